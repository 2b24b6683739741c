import type { ArticleContext } from '../context.ts';
import { lowerAt } from '../slots.ts';
import type { Sentence } from '../text/tokens.ts';

/** How far back from a coordinating "and" the clause holding its first predicate may open. */
const JOINED_CLAUSE_REACH = 30;

/**
 * "The contingents left, and on 1 March the Commission handed over the territory and was dissolved": the first token
 * of the clause whose predicate the "and" at `and` continues — after the ", and", ";" or ":" that opens it — else -1
 * where no such boundary stands within reach (the clause opens the sentence). Unlike slots.ts's `joinedClauseStart`
 * (the clause of a trigger, opened by any ", and/but/while"), it skips the ", and" right before `and`'s own predicate
 * and lets a colon open the clause ("Heading: The Authority transfers …, and is dissolved").
 */
export function joinedPredicateClauseStart(ctx: ArticleContext, s: Sentence, and: number): number {
  // "…ahead of schedule, and is dissolved": the comma of ", and" closes the first predicate.
  const from = lowerAt(ctx, and - 1) === ',' ? and - 2 : and - 1;
  for (let j = from; j > s.first && j >= and - JOINED_CLAUSE_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (w === ';' || w === ':') return j + 1;
    if (w === 'and' && lowerAt(ctx, j - 1) === ',') return j + 1;
  }
  return -1;
}
