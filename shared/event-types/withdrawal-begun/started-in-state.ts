import type { Candidate } from '../../extract/candidate.ts';
import { formerTerritory } from '../../extract/gazetteer/former-territories.ts';
import { resolvePlace } from '../../extract/gazetteer/geo.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import { combine } from '../../extract/merging.ts';
import type { NamedRef } from '../../extract/slots.ts';
import { indicesByActorFamily, isStatePlace } from '../placement.ts';

/** How many sentences from a state's report a place nobody knows may stand and still be told of that state. */
const DETAIL_SENTENCES = 3;

/**
 * "The last French troops left Niger on Friday … The pullout began on October 10, when a first convoy left the base
 * at Ouallam": the place inside a state whose leaving the text dates as the start of a withdrawal, and the actor's
 * withdrawal from that state told no earlier, are one withdrawal, told by the state and dated by its start. A town
 * left on a day the text does not call a start ("handed over Batumi on Tuesday … Akhalkalaki in June") stays a
 * withdrawal of its own. A facility nobody knows, described by a common noun and left in the sentence and on the day
 * of a state's report ("flew out of Ndjili airport"), is folded into it too. Runs after merging (the merge keeps
 * reports dated apart apart); linear in the candidates.
 */
export function collapseStartsIntoStates(merged: Candidate[]): Candidate[] {
  const statesOf = indicesByActorFamily(merged, (c) => isStatePlace(c.location!));
  if (!statesOf.size) return merged;
  const out = [...merged];
  const absorbed = new Set<number>();
  merged.forEach((c, i) => {
    if (!c.occurredOn || isStatePlace(c.location!)) return;
    // "The operation in the Congo came to an end today as the last soldiers flew out of Ndjili airport": a place
    // nobody knows, left in the sentence and on the day the actor's forces left a state, is that withdrawal's detail.
    if (c.dateSource !== 'start') {
      if (sameReportState(c, statesOf.get(gazetteer().actorFamily(c.actor!.name)) ?? [], merged) !== undefined)
        absorbed.add(i);
      return;
    }
    const states = (statesOf.get(gazetteer().actorFamily(c.actor!.name)) ?? []).filter(
      (k) => !merged[k]!.occurredOn || merged[k]!.occurredOn! >= c.occurredOn!,
    );
    const k = stateOf(c, states, merged);
    if (k === undefined) return;
    out[k] = { ...combine(out[k]!, c, true), location: merged[k]!.location };
    absorbed.add(i);
  });
  return out.filter((_, i) => !absorbed.has(i));
}

/** Of the state reports at `states`, the one whose state holds the place `c` left, if one does. */
function stateOf(c: Candidate, states: readonly number[], merged: readonly Candidate[]): number | undefined {
  const place = c.location!;
  const known = !!place.code || !!gazetteer().get(lookupKey(place.name)) || !!resolvePlace(place.name);
  if (known) return states.find((k) => holds(merged[k]!.location!, place));
  // A place nobody knows ("Camp Geille"): the state whose report stands nearest it, within a few sentences.
  let best: number | undefined;
  let bestDistance = DETAIL_SENTENCES + 1;
  let tie = false;
  for (const k of states) {
    const d = Math.abs(merged[k]!.sentence - c.sentence);
    if (d < bestDistance) [best, bestDistance, tie] = [k, d, false];
    else if (d === bestDistance && merged[k]!.location!.name !== merged[best!]!.location!.name) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * Of the state reports at `states`, one told in the sentence and on the day of `c`, whose place nobody knows and is
 * a facility described by a common noun ("Ndjili airport"), not named ("Bagram Airfield", "Port-Bouet").
 */
function sameReportState(c: Candidate, states: readonly number[], merged: readonly Candidate[]): number | undefined {
  const place = c.location!;
  const words = place.name.split(' ');
  const head = words[words.length - 1]!;
  if (words.length < 2 || head !== head.toLowerCase()) return undefined;
  if (place.code || gazetteer().get(lookupKey(place.name)) || resolvePlace(place.name)) return undefined;
  return states.find((k) => merged[k]!.sentence === c.sentence && merged[k]!.occurredOn === c.occurredOn);
}

/** Whether a known place lies in `state`: by its code, or on the land of a state that no longer exists. */
function holds(state: NamedRef, place: NamedRef): boolean {
  const territory = formerTerritory(state.name);
  const code = place.code ?? gazetteer().get(lookupKey(place.name))?.code ?? resolvePlace(place.name, territory)?.code;
  if (!code) return false;
  return territory.length ? territory.includes(code) : gazetteer().get(lookupKey(state.name))?.code === code;
}
