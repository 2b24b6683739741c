import type { Candidate } from '../../extract/candidate.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { lowerAt, mentionsIn, placeOf } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Words before where forces that leave are going ("left Accra for southern Lebanon", "bound for Mali"). */
const DESTINATION_WORDS = set('for to');
/** How far after the verb the destination may stand ("left Accra on Tuesday for southern Lebanon"). */
const DESTINATION_REACH = 8;
/** How far after "for"/"to" the destination's name may stand ("for southern Lebanon"). */
const DESTINATION_NAME_REACH = 3;

/** Words naming warships, whose leaving a home port is a voyage out. */
const SHIP_WORDS = set(
  'ship ships warship warships vessel vessels carrier destroyer destroyers frigate frigates fleet',
);
/** How far before the verb the ships may be named ("the amphibious assault ship USS Bataan …, which departed"). */
const SHIPS_REACH = 24;

/**
 * "About 870 Ghanaian soldiers left Accra on Tuesday for southern Lebanon": forces leaving a place of their own state
 * for a place abroad set out on a deployment; they withdraw from nothing.
 */
export function setsOutFromHome(ctx: ArticleContext, s: Sentence, t: number, c: Candidate): boolean {
  const code = c.actor?.code;
  if (!code || c.location?.code !== code) return false;
  // "USS Bataan …, which departed Norfolk, Va., July 10": warships leaving a port of their own state sail out.
  for (let j = Math.max(s.first, t - SHIPS_REACH); j < t; j++) if (SHIP_WORDS.has(lowerAt(ctx, j))) return true;
  for (let j = t + 1; j < s.last && j <= t + DESTINATION_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (w === ';' || w === ',') return false;
    if (!DESTINATION_WORDS.has(w)) continue;
    for (const m of mentionsIn(ctx, j + 1, Math.min(s.last, j + 1 + DESTINATION_NAME_REACH))) {
      const place = placeOf(m.entry);
      if (place?.code && place.code !== code) return true;
    }
  }
  return false;
}
