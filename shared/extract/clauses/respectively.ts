import type { Candidate } from '../candidate.ts';
import type { ArticleContext } from '../context.ts';

/** The word that pairs a list of subjects with a list of dates in order. */
const RESPECTIVELY = 'respectively';
/** How many readings of one sentence "respectively" may pair. */
const MAX_PAIRED = 12;

/**
 * "the German National People's Party and the Centre Party dissolved themselves on 27 June and 5 July
 * respectively": where a sentence says "respectively" and names as many dates after its subjects as it has subjects,
 * the i-th subject (in text order) takes the i-th date. Other sentences are left as read.
 */
export function withRespectiveDates(ctx: ArticleContext, candidates: readonly Candidate[]): Candidate[] {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const dated = new Map<Candidate, string>();
  for (const [index, list] of bySentence) {
    // A list longer than any that "respectively" pairs in prose is left as read (and keeps the search linear).
    if (list.length > MAX_PAIRED) continue;
    const s = ctx.sentences[index]!;
    let says = false;
    for (let j = s.first; j < s.last && !says; j++) says = ctx.tokens[j]!.lower === RESPECTIVELY;
    if (!says) continue;
    const start = ctx.tokens[s.first]!.start;
    const text = ctx.text.slice(start, ctx.tokens[s.last - 1]!.end).toLowerCase();
    // Each candidate's subject by where the sentence names it; one subject may come from several readers.
    const at = new Map<Candidate, number>();
    for (const c of list) {
      const name = c.entity?.surface ?? c.entity?.name ?? c.location?.name ?? '';
      const pos = name ? text.indexOf(name.toLowerCase()) : -1;
      if (pos >= 0) at.set(c, start + pos);
    }
    if (at.size !== list.length) continue;
    const subjects = [...new Set(at.values())].sort((a, b) => a - b);
    const lastSubject = subjects[subjects.length - 1]!;
    const dates = (ctx.dates[index] ?? []).filter((d) => ctx.tokens[d.first]!.start > lastSubject);
    if (subjects.length < 2 || dates.length !== subjects.length) continue;
    for (const c of list) dated.set(c, dates[subjects.indexOf(at.get(c)!)]!.value);
  }
  if (!dated.size) return [...candidates];
  return candidates.map((c) => {
    const value = dated.get(c);
    if (!value) return c;
    return { ...c, occurredOn: value, dateSource: 'stated', ...(c.effectiveOn ? { effectiveOn: value } : {}) };
  });
}
