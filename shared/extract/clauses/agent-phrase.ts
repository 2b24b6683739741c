import type { ArticleContext } from '../context.ts';
import type { Sentence } from '../text/tokens.ts';
import { verbGroup } from './verb-group.ts';

/**
 * Whether a passive's agent phrase opens between `from` and `to` ("its deployment was delayed by a legal challenge
 * in Kenya"): what follows "by" tells who or what acted, and where that was, not where forces go. Linear in the span;
 * each verb group is read in constant time.
 */
export function passiveAgentBetween(ctx: ArticleContext, s: Sentence, from: number, to: number): boolean {
  for (let j = Math.max(from + 1, s.first + 1); j < to && j <= s.last; j++) {
    if (ctx.tokens[j]!.lower !== 'by') continue;
    if (verbGroup(ctx, s, j - 1).passive) return true;
  }
  return false;
}
