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

const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

/** Token kind from its text: cheaper than asking wink for its type of every token. */
function kindOf(value: string): Token['kind'] {
  const c = value.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'word';
  if (c === 10 || c === 13 || c === 9) return 'break';
  if (c >= 48 && c <= 57) return /^[\d.,]+$/.test(value) ? 'number' : 'word';
  if (/[\p{L}\p{N}]/u.test(value)) return 'word';
  return 'punct';
}

/** Sentences and tokens with character offsets, by wink-nlp (which keeps every character, so offsets are exact). */
export function tokenize(text: string): Tokenized {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tokens: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink keeps every character, so each token is the next occurrence of its text (only spaces lie between).
    offset = text.indexOf(value, offset);
    const first = value.charCodeAt(0);
    tokens[i] = {
      text: value,
      lower: value.toLowerCase(),
      start: offset,
      end: offset + value.length,
      kind: kindOf(value),
      cap: first >= 65 && first <= 90 ? true : first > 127 && value[0] !== value[0]!.toLowerCase(),
      sentence: 0,
    };
    offset += value.length;
  }
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, lastInclusive] = s.out(its.span) as [number, number];
    // wink reports one empty sentence for text without tokens.
    if (!tokens[first] || lastInclusive < first) return;
    // A blank line between sentences starts a new paragraph.
    const gap = text.slice(lastEnd, tokens[first]!.start);
    if (sentences.length && /\n[^\S\n]*\n/.test(gap)) paragraph++;
    // wink may fold a line break into a sentence (headline + dateline); split there so headlines stand alone.
    let from = first;
    for (let i = first; i <= lastInclusive; i++) {
      const t = tokens[i]!;
      if (t.kind === 'break' && i > from) {
        pushSentence(from, i);
        if (/\n[^\S\n]*\n/.test(t.text)) paragraph++;
        from = i + 1;
      } else if (t.kind === 'break') {
        from = i + 1;
      }
    }
    if (from <= lastInclusive) pushSentence(from, lastInclusive + 1);
    lastEnd = tokens[lastInclusive]!.end;
  });

  function pushSentence(first: number, last: number) {
    // Trim trailing line-break tokens.
    while (last > first && tokens[last - 1]!.kind === 'break') last--;
    if (last <= first) return;
    const index = sentences.length;
    for (let i = first; i < last; i++) tokens[i]!.sentence = index;
    sentences.push({ index, first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end, paragraph });
  }
  return { text, tokens, sentences };
}
