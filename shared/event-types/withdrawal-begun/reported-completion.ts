import type { ArticleContext } from '../../extract/context.ts';
import { REPORTING } from '../../extract/lexicon.ts';
import { lowerAt } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Determiners of the withdrawal noun a report takes up ("that the withdrawal", "that its pullout"). */
const DETERMINERS = set('the its their this');
/** Participles that, after "was" or "been", state a withdrawal as done. */
const COMPLETED = set('completed finished concluded');
/** Auxiliaries of a passive completion ("was completed", "had been completed"). */
const PASSIVE_AUXILIARIES = set('was were been');
/** "had not been completed": a completion denied. */
const NEGATIONS = set('not never');
/** How far after the noun its passive predicate may stand, past what is withdrawn and where it goes ("the withdrawal
 * of more than 30,000 servicemen and some 5,000 pieces of equipment to the east bank had been completed"). */
const PREDICATE_REACH = 24;

/**
 * "The ministry stated that the withdrawal of 30,000 servicemen to the east bank had been completed": a reported
 * clause whose subject is a withdrawal noun in `nouns` and whose predicate is a passive completion. Returns the index of
 * the completion participle, or -1.
 */
export function reportedCompletion(ctx: ArticleContext, s: Sentence, nouns: ReadonlySet<string>): number {
  for (let j = s.first + 2; j < s.last - 1; j++) {
    if (lowerAt(ctx, j) !== 'that' || !REPORTING.has(lowerAt(ctx, j - 1))) continue;
    if (!DETERMINERS.has(lowerAt(ctx, j + 1)) || !nouns.has(lowerAt(ctx, j + 2))) return -1;
    for (let k = j + 3; k < s.last && k <= j + 2 + PREDICATE_REACH; k++) {
      const w = lowerAt(ctx, k);
      // A comma or semicolon closes the subject: what follows is another clause.
      if (w === ',' || w === ';' || NEGATIONS.has(w)) return -1;
      if (COMPLETED.has(w) && PASSIVE_AUXILIARIES.has(lowerAt(ctx, k - 1))) return k;
    }
    return -1;
  }
  return -1;
}
