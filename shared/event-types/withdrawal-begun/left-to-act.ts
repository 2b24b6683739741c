import type { ArticleContext } from '../../extract/context.ts';
import { lowerAt, mentionAtToken } from '../../extract/slots.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Words after "to" that open a noun phrase ("leaving the city to the rebels"), not an infinitive. */
const NOUN_OPENERS = set('the a an its their his her our this that these those');

/**
 * Whether "leaving" at t, after a comma, leaves a state or people to act ("withdrew from Mexico, leaving France to
 * pursue the war alone"): the name is the subject of the infinitive, not a place the forces leave.
 */
export function leftToAct(ctx: ArticleContext, t: number): boolean {
  if (lowerAt(ctx, t) !== 'leaving' || lowerAt(ctx, t - 1) !== ',') return false;
  const first = lowerAt(ctx, t + 1) === 'the' ? t + 2 : t + 1;
  const m = mentionAtToken(ctx, first);
  if (!m || m.first !== first || (m.entry.kind !== 'state' && m.entry.kind !== 'demonym')) return false;
  if (lowerAt(ctx, m.last) !== 'to') return false;
  const next = ctx.tokens[m.last + 1];
  return !!next && next.kind === 'word' && !next.cap && !NOUN_OPENERS.has(next.lower) && ctx.inDate[m.last + 1] !== 1;
}
