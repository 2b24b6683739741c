import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS } from '../../extract/lexicon.ts';
import { lowerAt } from '../../extract/slots.ts';

/** Pronouns and quantifiers that may be what is pulled out ("pulled them out", "pulled most of its troops out"). */
const PULLED_PRONOUNS = new Set(['them', 'it', 'its', 'their', 'all', 'most', 'some']);

/**
 * Whether the words between "pulled" and its particle, [from, to), are forces, a pronoun for them, or nothing:
 * "pulling the autonomous region out of the armed forces" pulls no forces out.
 */
export function pulledForces(ctx: ArticleContext, from: number, to: number): boolean {
  if (from >= to) return true;
  for (let j = from; j < to; j++)
    if (FORCE_NOUNS.has(lowerAt(ctx, j)) || PULLED_PRONOUNS.has(lowerAt(ctx, j))) return true;
  return false;
}
