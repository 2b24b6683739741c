import type { ArticleContext } from '../../extract/context.ts';
import { actorOf, afterDateline, lowerAt, mentionAtToken, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Auxiliaries that may stand between "it" and its verb ("it had withdrawn"). */
const AUXILIARIES = set('has had have was');

/**
 * "Israel proved more reluctant, but in March 1957 … it withdrew from the Sinai": "it" as the subject of a later
 * clause of the sentence stands for the actor opening the sentence, not for whoever withdrew in the sentence before.
 */
export function sentenceSubjectOfIt(ctx: ArticleContext, s: Sentence, t: number): NamedRef | undefined {
  const it = AUXILIARIES.has(lowerAt(ctx, t - 1)) ? t - 2 : t - 1;
  const first = afterDateline(ctx, s);
  if (lowerAt(ctx, it) !== 'it' || it <= first) return undefined;
  const m = mentionAtToken(ctx, first);
  // A possessive opens a longer subject ("Israel's army"), which the pronoun need not stand for.
  if (!m || m.first !== first || m.possessive) return undefined;
  return actorOf(m.entry);
}
