import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Text exactly as in the article. */
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'break' | 'other';
  /** Starts with an upper-case letter. */
  cap: boolean;
  sentence: number;
}

export interface Sentence {
  index: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) it belongs to. */
  paragraph: number;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Tokenization only: sentence boundaries are found on the tokens below, which costs less than wink's 'sbd' step.
const nlp = winkNLP(model, []);
const its = nlp.its;

/** Token kind from its text: cheaper than asking wink for its type of every token. */
function kindOf(value: string): Token['kind'] {
  const c = value.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'word';
  if (c === 10 || c === 13 || c === 9) return 'break';
  if (c >= 48 && c <= 57) return /^[\d.,]+$/.test(value) ? 'number' : 'word';
  if (c < 128 && value.length === 1) return 'punct';
  if (/[\p{L}\p{N}]/u.test(value)) return 'word';
  return 'punct';
}

/** Runs of this many characters without white space are kept as one opaque token (wink-nlp is quadratic on them). */
const LONG_RUN = 200;
/** Longer sentences are cut into pieces of this many tokens, so that per-sentence work stays bounded. */
const MAX_SENTENCE_TOKENS = 250;

const isSpace = (c: number) =>
  c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

/**
 * Sentences and tokens with character offsets, by wink-nlp (which keeps every character, so offsets are exact).
 * Linear in the text: over-long runs of non-space characters bypass wink, and sentences are capped in length.
 */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const state = { paragraph: 0, lastEnd: 0 };
  let segmentStart = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space && runStart < 0) runStart = i;
    if (space && runStart >= 0) {
      if (i - runStart > LONG_RUN) {
        tokenizeSegment(text, segmentStart, runStart, tokens, sentences, state);
        const value = text.slice(runStart, i);
        const index = tokens.length;
        tokens.push({
          text: value,
          lower: value.toLowerCase(),
          start: runStart,
          end: i,
          kind: 'other',
          cap: false,
          sentence: sentences.length,
        });
        pushSentence(tokens, sentences, state, index, index + 1);
        segmentStart = i;
      }
      runStart = -1;
    }
  }
  tokenizeSegment(text, segmentStart, text.length, tokens, sentences, state);
  return { text, tokens, sentences };
}

function tokenizeSegment(
  text: string,
  from: number,
  to: number,
  tokens: Token[],
  sentences: Sentence[],
  state: { paragraph: number; lastEnd: number },
): void {
  if (to <= from) return;
  const segment = from === 0 && to === text.length ? text : text.slice(from, to);
  const doc = nlp.readDoc(segment);
  const values = doc.tokens().out() as string[];
  const base = tokens.length;
  let offset = 0;
  let spaces: string[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink keeps every character, so each token is the next occurrence of its text after white space.
    let at = segment.indexOf(value, offset);
    if (at < 0 || at - offset > 64) {
      spaces ??= doc.tokens().out(its.precedingSpaces) as string[];
      at = offset + spaces[i]!.length;
    }
    offset = at;
    const first = value.charCodeAt(0);
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start: from + offset,
      end: from + offset + value.length,
      kind: kindOf(value),
      cap: first >= 65 && first <= 90 ? true : first > 127 && value[0] !== value[0]!.toLowerCase(),
      sentence: 0,
    });
    offset += value.length;
  }
  // Sentence boundaries: a line break, or ". ! ?" followed (after closing quotes/brackets) by a capital, digit,
  // opening quote or the end. wink keeps abbreviations ("Feb.", "U.S.", "Lt.") as single tokens, so a lone period
  // token ends a sentence.
  const last = tokens.length;
  let start = base;
  for (let i = base; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind === 'break') {
      if (i > start) {
        if (sentences.length && /\n[^\S\n]*\n/.test(text.slice(state.lastEnd, tokens[start]!.start))) state.paragraph++;
        pushSentence(tokens, sentences, state, start, i);
        state.lastEnd = tokens[i - 1]!.end;
      }
      start = i + 1;
      continue;
    }
    if (!(t.text === '.' || t.text === '!' || t.text === '?' || t.text === '...' || t.text === '…')) continue;
    let j = i + 1;
    while (j < last && CLOSERS.has(tokens[j]!.text)) j++;
    const next = tokens[j];
    if (next && next.kind !== 'break' && !(next.cap || next.kind === 'number' || OPENERS.has(next.text))) continue;
    if (sentences.length && /\n[^\S\n]*\n/.test(text.slice(state.lastEnd, tokens[start]!.start))) state.paragraph++;
    pushSentence(tokens, sentences, state, start, j);
    state.lastEnd = tokens[j - 1]!.end;
    start = j;
    i = j - 1;
  }
  if (start < last) {
    if (sentences.length && /\n[^\S\n]*\n/.test(text.slice(state.lastEnd, tokens[start]!.start))) state.paragraph++;
    pushSentence(tokens, sentences, state, start, last);
    state.lastEnd = tokens[last - 1]!.end;
  }
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '—']);

function pushSentence(
  tokens: Token[],
  sentences: Sentence[],
  state: { paragraph: number },
  first: number,
  last: number,
): void {
  while (last > first && tokens[last - 1]!.kind === 'break') last--;
  for (let from = first; from < last; from += MAX_SENTENCE_TOKENS) {
    const to = Math.min(last, from + MAX_SENTENCE_TOKENS);
    const index = sentences.length;
    for (let i = from; i < to; i++) tokens[i]!.sentence = index;
    sentences.push({
      index,
      first: from,
      last: to,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      paragraph: state.paragraph,
    });
  }
}
