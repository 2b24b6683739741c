import type { ArticleContext } from '../context.ts';
import { EXERCISE_WORDS, QUOTE_MARKS, WORD_CLASS } from '../lexicon.ts';
import { lowerAt, mentionAtToken } from '../slots.ts';
import type { Sentence } from '../text/tokens.ts';
import { wordSet as set } from '../word-set.ts';

/** Words that make a stated exercise a pretext the text doubts ("ostensibly for military exercises"). */
const PRETEXT_WORDS = set('ostensibly purportedly supposedly allegedly nominally officially pretext guise cover');
/** How far before the exercise word a pretext word or an opening quote may stand. */
const PRETEXT_REACH = 4;

/**
 * Whether sentence s speaks of an exercise or drill, or a port or goodwill visit, as what the forces are there for:
 * then their movement is not a deployment. An exercise the text calls a pretext ("ostensibly 'for military exercises'") does not count.
 */
export function mentionsExercise(ctx: ArticleContext, s: Sentence): boolean {
  // Several readers ask of the same sentence; the answer is kept per article.
  if (ctx.sentences[s.index] !== s) return readsAsExercise(ctx, s);
  let known = EXERCISE_SENTENCES.get(ctx);
  if (!known) EXERCISE_SENTENCES.set(ctx, (known = new Map()));
  let answer = known.get(s.index);
  if (answer === undefined) known.set(s.index, (answer = readsAsExercise(ctx, s)));
  return answer;
}

const EXERCISE_SENTENCES = new WeakMap<ArticleContext, Map<number, boolean>>();

function readsAsExercise(ctx: ArticleContext, s: Sentence): boolean {
  if (ctx.sentenceClass[s.index]! & WORD_CLASS.exercise) {
    for (let j = s.first; j < s.last; j++) {
      if (!EXERCISE_WORDS.has(lowerAt(ctx, j))) continue;
      // "the Olympic Games" are no exercise; "war games", "war-games" are.
      if (lowerAt(ctx, j) === 'games' && !warGames(ctx, j)) continue;
      if (earlierStayOfPlace(ctx, s, j)) continue;
      if (!doubted(ctx, s, j)) return true;
    }
  }
  return takesPartInExerciseBefore(ctx, s) || onCourtesyVisit(ctx, s) || arrivalAmidExercise(ctx, s);
}

/** Verbs of forces' arrival that the sentences around may tie to an exercise. */
const ARRIVAL_WORDS = set('arrive arrives arrived arriving');

/**
 * "…began joint exercises on Thursday. Russian troops have been arriving in Belarus by rail for weeks. They will
 * return when the drills end": an arrival told between sentences that speak of the exercise, in the same paragraph,
 * is the forces coming for it.
 */
function arrivalAmidExercise(ctx: ArticleContext, s: Sentence): boolean {
  const before = ctx.sentences[s.index - 1];
  const after = ctx.sentences[s.index + 1];
  if (!before || !after || after.paragraph !== s.paragraph || !(ctx.sentenceClass[after.index]! & WORD_CLASS.exercise))
    return false;
  let exerciseBefore = false;
  for (let k = s.index - 1; k >= 0 && k >= s.index - EXERCISE_REFERENCE_SENTENCES; k--)
    if (ctx.sentenceClass[k]! & WORD_CLASS.exercise) exerciseBefore = true;
  if (!exerciseBefore) return false;
  for (let j = s.first; j < s.last; j++) if (ARRIVAL_WORDS.has(lowerAt(ctx, j))) return true;
  return false;
}

/** Nouns of a ship's or unit's visit ("a port visit", "a courtesy call"). */
const VISIT_NOUNS = set('visit visits call calls');
/** Words before a visit noun that make it a visit of courtesy, not a stay ("port visit", "goodwill visit"). */
const COURTESY_WORDS = set('port goodwill courtesy');

/** "arrived in Da Nang for a five-day port visit", "on a goodwill visit": forces that call and leave. */
function onCourtesyVisit(ctx: ArticleContext, s: Sentence): boolean {
  for (let j = s.first + 1; j < s.last; j++)
    if (VISIT_NOUNS.has(lowerAt(ctx, j)) && COURTESY_WORDS.has(lowerAt(ctx, j - 1))) return true;
  return false;
}

/** How many sentences back the exercise that "to take part" refers to may be named. */
const EXERCISE_REFERENCE_SENTENCES = 2;
/** Words after "take part" / "participate" that leave what is joined unnamed (or name it by reference). */
const BARE_PART_ENDS = set('. , ; in');
const REFERRING_OBJECTS = set('it them these those');

/**
 * "The Zapad-2017 exercises … Russian troops arrived in Belarus in recent weeks to take part": forces that come "to
 * take part" with nothing else named come for the exercise the sentences before speak of.
 */
function takesPartInExerciseBefore(ctx: ArticleContext, s: Sentence): boolean {
  // Only after a sentence that holds an exercise word (its word class says so) is the clause read at all.
  let exerciseBefore = false;
  for (let k = s.index - 1; k >= 0 && k >= s.index - EXERCISE_REFERENCE_SENTENCES; k--)
    if (ctx.sentenceClass[k]! & WORD_CLASS.exercise) exerciseBefore = true;
  if (!exerciseBefore) return false;
  for (let j = s.first; j < s.last - 1; j++) {
    const w = lowerAt(ctx, j);
    const at = w === 'take' && lowerAt(ctx, j + 1) === 'part' ? j + 2 : w === 'participate' ? j + 1 : -1;
    if (at < 0 || lowerAt(ctx, j - 1) !== 'to' || !BARE_PART_ENDS.has(lowerAt(ctx, at))) continue;
    if (lowerAt(ctx, at) !== 'in' || REFERRING_OBJECTS.has(lowerAt(ctx, at + 1))) return true;
  }
  return false;
}

function doubted(ctx: ArticleContext, s: Sentence, j: number): boolean {
  for (let k = j - 1; k >= s.first && k >= j - PRETEXT_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (PRETEXT_WORDS.has(t.lower) || QUOTE_MARKS.has(t.text)) return true;
  }
  return false;
}

/** "war games", "war-games": the word before "games" (past a hyphen) is "war". */
function warGames(ctx: ArticleContext, j: number): boolean {
  const before = lowerAt(ctx, j - 1) === '-' ? j - 2 : j - 1;
  return lowerAt(ctx, before) === 'war';
}

/** How far back from the exercise word the ", where" of its relative clause may stand. */
const RELATIVE_REACH = 12;

/**
 * "crossed into Ukraine from Belarus, where they had been massed for joint exercises": an exercise told in the past
 * perfect of a relative clause on the place forces come from is what they did there before; the move is not one.
 */
function earlierStayOfPlace(ctx: ArticleContext, s: Sentence, j: number): boolean {
  let pastPerfect = false;
  for (let k = j - 1; k > s.first && k >= j - RELATIVE_REACH; k--) {
    const w = lowerAt(ctx, k);
    if (w === 'had' && (lowerAt(ctx, k + 1) === 'been' || lowerAt(ctx, k + 1).endsWith('ed'))) pastPerfect = true;
    if (w === 'where') return pastPerfect && lowerAt(ctx, k - 1) === ',' && fromPlaceEndingAt(ctx, k - 1);
    if (ctx.tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/** Whether a place governed by "from" ends right before token `end` ("from Belarus"). */
function fromPlaceEndingAt(ctx: ArticleContext, end: number): boolean {
  const m = mentionAtToken(ctx, end - 1);
  return !!m && m.last === end && lowerAt(ctx, m.first - 1) === 'from';
}
