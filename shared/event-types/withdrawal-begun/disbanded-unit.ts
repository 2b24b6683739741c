import type { ArticleContext } from '../../extract/context.ts';
import { BASE_NOUNS, wordClassOf } from '../../extract/lexicon.ts';
import { lowerAt } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Words that state a unit disbanded. */
const DISBANDED = set('disbanded dissolved deactivated inactivated disestablished');
const DISBANDED_CLASS = wordClassOf(DISBANDED);
/** Possessives that make a base the leavers' own ("left their base at X"). */
const OWN = set('its their');

/**
 * "the regiment was disbanded on 30 April. Its legionnaires left their base at X": the men of a unit disbanded in this
 * sentence or the one before, leaving their own base, go their ways; no forces withdraw from the place. `after` is
 * the first token after the leave verb.
 */
export function disbandedLeaveOwnBase(ctx: ArticleContext, s: Sentence, after: number): boolean {
  if (!OWN.has(lowerAt(ctx, after)) || !BASE_NOUNS.has(lowerAt(ctx, after + 1))) return false;
  const here = ctx.sentenceClass[s.index]! & DISBANDED_CLASS;
  const before = s.index > 0 && ctx.sentenceClass[s.index - 1]! & DISBANDED_CLASS;
  return !!(here || before);
}
