import type { ArticleContext } from '../context.ts';
import { lowerAt } from '../slots.ts';
import { posOf } from '../text/pos.ts';
import type { Sentence } from '../text/tokens.ts';
import { MODALS } from './verb-group.ts';

/** Past forms that make the main clause before a participle of result a fact. */
const MAIN_CLAUSE_PAST = /(?:ed|rew|ent|ook|ept)$/;

/**
 * "…advanced into Georgia, occupying Gori on 13 August", "Japanese forces remained longer, withdrawing from the
 * Maritime Province in 1922": a participle after a comma, following a main clause stated in the past, tells what the
 * main clause's forces did.
 */
export function resultParticiple(
  ctx: ArticleContext,
  s: Sentence,
  first: number,
  participles: ReadonlySet<string>,
): boolean {
  if (!participles.has(lowerAt(ctx, first)) || lowerAt(ctx, first - 1) !== ',') return false;
  for (let j = first - 2; j >= s.first; j--) {
    const tok = ctx.tokens[j]!;
    if (tok.lower === ';' || MODALS.has(tok.lower)) return false;
    if (!tok.cap && tok.kind === 'word' && MAIN_CLAUSE_PAST.test(tok.lower) && posOf(tok.lower) === 'verb') return true;
  }
  return false;
}
