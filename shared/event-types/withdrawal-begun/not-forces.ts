import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS } from '../../extract/lexicon.ts';
import { lowerAt, mentionAtToken } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { BODY_WORDS, CIVIL_SUBJECTS } from './lexicon.ts';

// What a withdrawal verb can move that is not forces: a state out of a treaty or body, diplomats, staff, citizens.

/** How many words of a name after "from" are looked at. */
const BODY_NAME_TOKENS = 8;
/** Lower-case words that may stand before a body's head ("landmine treaty", "peace talks"). */
const BODY_MODIFIERS = 2;
/** Words that end the name after "from" ("from the Gaza Strip under the peace agreement"). */
const ENDS_NAME = new Set(['under', 'in', 'with', 'at', 'by', 'after', 'before', 'during', 'to', 'into', 'as', 'amid']);

/** Whether "from" at `after` (or "from the") opens the name of a treaty or body rather than a place. */
export function leavesBody(ctx: ArticleContext, s: Sentence, after: number): boolean {
  if (lowerAt(ctx, after) !== 'from') return false;
  let j = after + 1;
  if (lowerAt(ctx, j) === 'the') j++;
  const m = mentionAtToken(ctx, j);
  if (m?.first === j && (m.entry.kind === 'org' || m.entry.kind === 'legislature')) return true;
  let modifiers = 0;
  for (let k = j; k < s.last && k < j + BODY_NAME_TOKENS; k++) {
    const t = ctx.tokens[k]!;
    if (BODY_WORDS.has(t.lower) && (t.cap || k > j)) return true;
    if (t.cap || ['on', 'of', 'the', 'for', 'and', '-'].includes(t.lower)) continue;
    // "the Ottawa landmine treaty", "the Iran nuclear deal": a few lower-case words before the body's head.
    if (t.kind !== 'word' || ENDS_NAME.has(t.lower) || ++modifiers > BODY_MODIFIERS) return false;
  }
  return false;
}

/** How far after the verb its object may reach before "from" ("withdrew all of its remaining staff from"). */
const OBJECT_REACH = 6;

/** Whether what the verb withdraws, between it and "from", is people or things other than forces. */
export function civilObject(ctx: ArticleContext, s: Sentence, t: number): boolean {
  let civil = false;
  for (let j = t + 1; j < s.last && j <= t + OBJECT_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (w === 'from' || w === 'out' || ctx.tokens[j]!.kind === 'punct') break;
    if (FORCE_NOUNS.has(w)) return false;
    if (CIVIL_SUBJECTS.has(w)) civil = true;
  }
  return civil;
}

/** Whether the subject right before a verb group (at `groupFirst`) is people who are not forces ("U.S. citizens were"). */
export function civilSubject(ctx: ArticleContext, groupFirst: number): boolean {
  return CIVIL_SUBJECTS.has(lowerAt(ctx, groupFirst - 1));
}

const AUXILIARIES = new Set(['were', 'was', 'been', 'being', 'be', 'had', 'have', 'has', 'are', 'is']);
/** Auxiliaries and adverbs between a subject and its verb ("citizens had been quickly evacuated"). */
const SUBJECT_GAP = 4;

/** Whether the subject of the verb at t, past its auxiliaries and adverbs, is people who are not forces. */
export function civilSubjectOf(ctx: ArticleContext, s: Sentence, t: number): boolean {
  let j = t - 1;
  while (j > s.first && j >= t - SUBJECT_GAP) {
    const w = lowerAt(ctx, j);
    if (!AUXILIARIES.has(w) && !(w.endsWith('ly') && !ctx.tokens[j]!.cap)) break;
    j--;
  }
  return CIVIL_SUBJECTS.has(lowerAt(ctx, j));
}
