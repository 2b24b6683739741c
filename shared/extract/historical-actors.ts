import type { Candidate } from './candidate.ts';
import type { NamedRef } from './slots.ts';

/**
 * States whose name for a span of years was another state's: "Moscow sent its troops into Afghanistan in December
 * 1979" is the Soviet Union acting. Each row: today's state code, the span its forces acted under the other name,
 * and that name.
 */
const FORMER_ACTORS: ReadonlyArray<{ code: string; from: string; until: string; actor: NamedRef }> = [
  // Through 1990: in 1991 reports already name the Soviet forces that Russia took over as Russia's.
  { code: 'RU', from: '1922-12-30', until: '1991', actor: { name: 'Soviet Union', code: 'SU' } },
  // Serbia's army and police acted as Yugoslavia's until the state union ended in June 2006.
  { code: 'RS', from: '1992-04-27', until: '2006-06-05', actor: { name: 'Yugoslavia', code: 'YU' } },
];

/**
 * One name for a state and the state it was before ("Moscow" read as Russia and "the Soviet Union" in one account of
 * 1979-1989): the former name where either code is a row's, else the name given. For comparing actors across
 * sentences, not for naming them (their date decides that).
 */
export function lineageName(actor: NamedRef): string {
  const row = FORMER_ACTORS.find((r) => r.code === actor.code || r.actor.code === actor.code);
  return row ? row.actor.name : actor.name;
}

/** Candidates whose actor acted, on the event's date, as the state of that time. */
export function withHistoricalActors(candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const date = c.occurredOn;
    if (!c.actor || !date) return c;
    const row = FORMER_ACTORS.find((r) => r.code === c.actor!.code && date >= r.from && date < r.until);
    return row ? { ...c, actor: row.actor } : c;
  });
}
