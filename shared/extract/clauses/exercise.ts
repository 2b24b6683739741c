import type { ArticleContext } from '../context.ts';
import { EXERCISE_WORDS, WORD_CLASS } from '../lexicon.ts';
import { lowerAt } from '../slots.ts';
import type { Sentence } from '../text/tokens.ts';
import { wordSet as set } from '../word-set.ts';

/** Words that make a stated exercise a pretext the text doubts ("ostensibly for military exercises"). */
const PRETEXT_WORDS = set('ostensibly purportedly supposedly allegedly nominally officially pretext guise cover');
const QUOTES = new Set(['"', '“', '”', "'", '‘']);
/** How far before the exercise word a pretext word or an opening quote may stand. */
const PRETEXT_REACH = 4;

/**
 * Whether sentence s speaks of an exercise or drill as what the forces are there for: then their movement is not a
 * deployment. An exercise the text calls a pretext ("ostensibly 'for military exercises'") does not count.
 */
export function mentionsExercise(ctx: ArticleContext, s: Sentence): boolean {
  if (!(ctx.sentenceClass[s.index]! & WORD_CLASS.exercise)) return false;
  for (let j = s.first; j < s.last; j++) {
    if (!EXERCISE_WORDS.has(lowerAt(ctx, j))) continue;
    if (!doubted(ctx, s, j)) return true;
  }
  return false;
}

function doubted(ctx: ArticleContext, s: Sentence, j: number): boolean {
  for (let k = j - 1; k >= s.first && k >= j - PRETEXT_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (PRETEXT_WORDS.has(t.lower) || QUOTES.has(t.text)) return true;
  }
  return false;
}
