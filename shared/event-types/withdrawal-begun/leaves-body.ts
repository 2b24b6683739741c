import type { ArticleContext } from '../../extract/context.ts';
import { lowerAt, mentionAtToken } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { BODY_WORDS } from './lexicon.ts';

// What a withdrawal verb can move that is not forces: a state out of a treaty or body.

/** How many words of a name after "from" are looked at. */
const BODY_NAME_TOKENS = 8;
/** Lower-case words that may stand before a body's head ("landmine treaty", "peace talks"). */
const BODY_MODIFIERS = 2;
/** Words that end the name after "from" ("from the Gaza Strip under the peace agreement"). */
const ENDS_NAME = new Set(['under', 'in', 'with', 'at', 'by', 'after', 'before', 'during', 'to', 'into', 'as', 'amid']);

/**
 * Heads of an agreement or a body of states that name it even bare, right after "the" ("withdrew from the treaty",
 * "pulled out of the organization"); a bare "coalition" or "group" may be the forces' own.
 */
const BARE_BODY_HEADS = set(
  'treaty agreement accord accords pact convention organization organisation alliance protocol',
);

/** Whether "from" (or "out of") at `after`, or "from the", opens the name of a treaty or body rather than a place. */
export function leavesBody(ctx: ArticleContext, s: Sentence, after: number): boolean {
  const from = lowerAt(ctx, after);
  // The reader may hand over "out" of "out of", or the "of".
  const outOf = from === 'out' && lowerAt(ctx, after + 1) === 'of';
  if (from !== 'from' && !outOf && !(from === 'of' && lowerAt(ctx, after - 1) === 'out')) return false;
  let j = after + (outOf ? 2 : 1);
  const the = lowerAt(ctx, j) === 'the';
  if (the) j++;
  const m = mentionAtToken(ctx, j);
  if (m?.first === j && (m.entry.kind === 'org' || m.entry.kind === 'legislature')) return true;
  let modifiers = 0;
  for (let k = j; k < s.last && k < j + BODY_NAME_TOKENS; k++) {
    const t = ctx.tokens[k]!;
    if (BODY_WORDS.has(t.lower) && (t.cap || k > j)) return true;
    if (k === j && the && BARE_BODY_HEADS.has(t.lower)) return true;
    if (t.cap || ['on', 'of', 'the', 'for', 'and', '-'].includes(t.lower)) continue;
    // "the Ottawa landmine treaty", "the Iran nuclear deal": a few lower-case words before the body's head.
    if (t.kind !== 'word' || ENDS_NAME.has(t.lower) || ++modifiers > BODY_MODIFIERS) return false;
  }
  return false;
}
