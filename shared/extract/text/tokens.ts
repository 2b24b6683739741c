import { scanTokensWith } from './scanner.ts';

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

/** Token kind from its text. */
function kindOf(value: string): Token['kind'] {
  const c = value.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'word';
  if (c === 10 || c === 13 || c === 9) return 'break';
  if (c >= 48 && c <= 57) return /^[\d.,]+$/.test(value) ? 'number' : 'word';
  if (c < 128 && value.length === 1) return 'punct';
  if (/[\p{L}\p{N}]/u.test(value)) return 'word';
  return 'punct';
}

function makeToken(value: string, start: number): Token {
  const first = value.charCodeAt(0);
  return {
    text: value,
    lower: value.toLowerCase(),
    start,
    end: start + value.length,
    kind: kindOf(value),
    cap: first >= 65 && first <= 90 ? true : first > 127 && value[0] !== value[0]!.toLowerCase(),
    sentence: 0,
  };
}

/** Longer sentences are cut into pieces of this many tokens, so that per-sentence work stays bounded. */
const MAX_SENTENCE_TOKENS = 250;

/** Sentences and tokens with exact character offsets. Linear in the text. */
export function tokenize(text: string): Tokenized {
  // Tokens are made as the scanner finds them (no intermediate list of raw tokens).
  const tokens = scanTokensWith(text, makeToken);
  const sentences: Sentence[] = [];
  splitSentences(text, tokens, sentences);
  return { text, tokens, sentences };
}

/**
 * Sentence boundaries: a line break, a run-in heading's end (see runInHeadingEnds), or ". ! ?" followed (after closing quotes/brackets) by a capital, digit,
 * opening quote or the end. Abbreviations and initials keep their period inside their token ("Feb.", "U.S.",
 * "L."), so a lone period token ends a sentence.
 */
function splitSentences(text: string, tokens: Token[], sentences: Sentence[]): void {
  const state = { paragraph: 0, lastEnd: 0 };
  const close = (from: number, to: number) => {
    if (to <= from) return;
    // A blank line before the sentence starts a new paragraph.
    if (sentences.length && /\n[^\S\n]*\n/.test(text.slice(state.lastEnd, tokens[from]!.start))) state.paragraph++;
    pushSentence(tokens, sentences, state, from, to);
    state.lastEnd = tokens[to - 1]!.end;
  };
  const last = tokens.length;
  let start = 0;
  for (let i = 0; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind === 'break') {
      close(start, i);
      start = i + 1;
      continue;
    }
    if (runInHeadingEnds(tokens, start, i)) {
      close(start, i);
      start = i;
      continue;
    }
    if (!(t.text === '.' || t.text === '!' || t.text === '?' || t.text === '...' || t.text === '…')) continue;
    let j = i + 1;
    while (j < last && CLOSERS.has(tokens[j]!.text)) j++;
    const next = tokens[j];
    if (next && next.kind !== 'break' && !(next.cap || next.kind === 'number' || OPENERS.has(next.text))) continue;
    close(start, j);
    start = j;
    i = j - 1;
  }
  close(start, last);
}

/** Words after which a capitalized "The" still belongs to a name ("in The Hague", "Senegal and The Gambia"). */
const NAME_JOINERS = new Set(
  `in of at from to by for and or nor with on near into onto under over between against via as than the a an said
  says told tells reported reports newspaper magazine daily weekly`.split(/\s+/),
);

/** Places whose name is written with a capitalized "The" ("The Gambia", "The Hague"). */
const NAMES_WITH_THE = new Set(['Gambia', 'Hague', 'Bahamas', 'Netherlands', 'Philippines']);

/**
 * "Haitian crisis The first contingent of Kenyan police arrives": a news digest's topic runs into its sentence with no
 * stop; a capitalized "The" right after another word, which prose never writes, starts the sentence.
 */
function runInHeadingEnds(tokens: Token[], start: number, i: number): boolean {
  if (i === start || tokens[i]!.text !== 'The') return false;
  // "entered The Gambia": names written with "The" are no new sentence after any word.
  if (NAMES_WITH_THE.has(tokens[i + 1]?.text ?? '')) return false;
  const prev = tokens[i - 1]!;
  return prev.kind === 'word' && !NAME_JOINERS.has(prev.lower) && prev.end < tokens[i]!.start;
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
