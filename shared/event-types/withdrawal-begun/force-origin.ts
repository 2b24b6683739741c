import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS } from '../../extract/lexicon.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import { coordinatedPlaces, lowerAt, type PlaceHit } from '../../extract/slots.ts';

/** How many words may describe the force an origin names ("the multinational peacekeeping force"). */
const FORCE_DESCRIPTION_WORDS = 3;
/** Prepositions that set the force an origin names in its place. */
const FORCE_PLACE_PREPOSITIONS = new Set(['in', 'at']);
const ARTICLES = new Set(['the', 'a']);

/**
 * "withdrew its contingent from the multinational force in Beirut": forces that leave a force or mission leave the
 * place that force is in. The origin phrase starts at "from" or "out of" in [from, to).
 */
export function forceInOrigin(
  ctx: ArticleContext,
  from: number,
  to: number,
  preps: ReadonlySet<string>,
  exclude: (m: Mention) => boolean,
): PlaceHit[] {
  let j = from;
  while (j < to && !originAt(ctx, j, preps)) j++;
  if (j >= to) return [];
  let k = j + 1;
  if (ARTICLES.has(lowerAt(ctx, k))) k++;
  for (const last = k + FORCE_DESCRIPTION_WORDS; k <= last && k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || lowerAt(ctx, k) === 'of') return [];
    if (FORCE_NOUNS.has(lowerAt(ctx, k))) break;
  }
  if (!FORCE_NOUNS.has(lowerAt(ctx, k)) || !FORCE_PLACE_PREPOSITIONS.has(lowerAt(ctx, k + 1))) return [];
  return coordinatedPlaces(ctx, k + 2, to, exclude);
}

/** "from", or "of" after "out": where an origin phrase starts ("the murder of ten of its paratroopers" is none). */
function originAt(ctx: ArticleContext, j: number, preps: ReadonlySet<string>): boolean {
  const w = lowerAt(ctx, j);
  return preps.has(w) && (w === 'from' || (w === 'of' && lowerAt(ctx, j - 1) === 'out'));
}
