import type { ArticleContext } from '../../extract/context.ts';
import { coordinatedPlaces, DETERMINERS, lowerAt, type PlaceHit } from '../../extract/slots.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Nouns of the ground forces hold, whose place follows them ("its positions along the frontier"). */
const POSITION_NOUNS = set(
  'positions position posts outposts garrisons bases camps barracks lines trenches strongholds emplacements',
);
/** Prepositions that set those positions in a place. */
const LOCATIVES = set('along in on at near around inside across throughout');
/** How many modifiers may stand between the determiner and the noun ("their last forward positions"). */
const MODIFIER_REACH = 2;
/** How many further locative phrases may add places ("along the frontier and in the Gaza Strip"). */
const MAX_MORE_PHRASES = 2;

/**
 * "began pulling out of its positions along the Gaza Strip and Sinai frontier", "withdrew from their posts in the
 * south", "abandoned their posts in Sinai": an origin that is the forces' own positions leaves the places those
 * positions are in. `opener` is the token before the origin's determiner: its preposition ("of" of "out of",
 * "from") or its verb ("abandoned"); none where the origin is no such phrase.
 */
export function heldPositionPlaces(
  ctx: ArticleContext,
  opener: number,
  end: number,
  exclude: (m: Mention) => boolean,
): PlaceHit[] {
  let j = opener + 1;
  if (!DETERMINERS.has(lowerAt(ctx, j))) return [];
  j++;
  for (let k = 0; k < MODIFIER_REACH && j < end && !POSITION_NOUNS.has(lowerAt(ctx, j)); k++, j++)
    if (ctx.tokens[j]!.kind !== 'word' || ctx.tokens[j]!.cap) return [];
  if (!POSITION_NOUNS.has(lowerAt(ctx, j)) || !LOCATIVES.has(lowerAt(ctx, j + 1))) return [];
  const places = coordinatedPlaces(ctx, j + 2, end, exclude);
  for (let more = 0; places.length && more < MAX_MORE_PHRASES; more++) {
    const after = places[places.length - 1]!.mention.last;
    // "along the Sinai frontier and in the Gaza Strip": the place's own head noun may stand before "and".
    const and = lowerAt(ctx, after) === 'and' ? after : lowerAt(ctx, after + 1) === 'and' ? after + 1 : -1;
    if (and < 0 || !LOCATIVES.has(lowerAt(ctx, and + 1))) break;
    const next = coordinatedPlaces(ctx, and + 2, end, exclude);
    if (!next.length) break;
    places.push(...next);
  }
  return places;
}
