import type { ArticleContext } from '../context.ts';
import { afterDateline, lowerAt } from '../slots.ts';
import { posOf } from '../text/pos.ts';
import type { Sentence } from '../text/tokens.ts';
import { wordSet as set } from '../word-set.ts';
import { MODALS, statesFact, verbGroup } from './verb-group.ts';

/** Words that open a fronted participle clause ("After leaving Kidal, …", "Upon withdrawing from X, …"). */
const OPENERS = set('after upon');
/** How far after the participle the comma closing its clause may stand ("After leaving X, Y and Z in 2021,"). */
const CLAUSE_REACH = 24;
/** How many tokens the main clause's subject may take ("the last French forces"). */
const SUBJECT_TOKENS = 6;

/**
 * "After leaving Kidal, Tessalit and Timbuktu at the end of 2021, French forces handed over …": a participle clause
 * fronted before the main clause tells what the main clause's subject did first, and as fact where the main clause
 * states one. Returns the main clause's verb, or -1 where the participle at t opens no such clause.
 */
export function frontedParticipleMainVerb(ctx: ArticleContext, s: Sentence, t: number): number {
  let k = afterDateline(ctx, s);
  if (OPENERS.has(lowerAt(ctx, k))) k++;
  const having = lowerAt(ctx, k) === 'having';
  if (having) k++;
  if (k !== t || (!having && !lowerAt(ctx, t).endsWith('ing')) || t === afterDateline(ctx, s)) return -1;
  for (let c = t + 1; c < s.last && c <= t + CLAUSE_REACH; c++) {
    const w = lowerAt(ctx, c);
    if (w === ';' || w === ':') return -1;
    if (w !== ',') continue;
    for (let j = c + 2; j < s.last && j <= c + 1 + SUBJECT_TOKENS; j++) {
      const token = ctx.tokens[j]!;
      if (token.kind === 'punct') break;
      if (MODALS.has(token.lower)) return -1;
      if (token.cap || ctx.inDate[j] || posOf(token.lower) !== 'verb') continue;
      return statesFact(verbGroup(ctx, s, j)) ? j : -1;
    }
  }
  return -1;
}
