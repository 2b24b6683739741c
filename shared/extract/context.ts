import type { Article } from '../articles/article.ts';
import { findDateline, type Dateline } from './dateline.ts';
import { WORD_CLASSES } from './lexicon.ts';
import { findDates, parseDay, type DateMention, type Day } from './text/dates.ts';
import { withGroupNames } from './text/group-names.ts';
import { findMentions, type Mention } from './text/mentions.ts';
import { withSlotPlaces } from './text/slot-places.ts';
import { withMissionNames } from './text/mission-names.ts';
import { tokenize, type Sentence, type Token } from './text/tokens.ts';

/** Everything the rules read about one article, computed once. */
export interface ArticleContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  /** For each token, the index of the mention covering it, or -1. */
  mentionAt: Int32Array;
  dateline?: Dateline;
  /** The day relative dates resolve against: the dateline's date, else the publication date. */
  reference?: Day;
  referenceDate?: string;
  /** Date mentions per sentence. */
  dates: DateMention[][];
  /** 1 for tokens inside a date expression. */
  inDate: Uint8Array;
  /** Per token and per sentence: the WORD_CLASS and wordClassOf flags present (see lexicon.ts). */
  wordClass: Uint32Array;
  sentenceClass: Uint32Array;
}

export function analyze(article: Article): ArticleContext {
  const text = article.text;
  const { tokens, sentences } = tokenize(text);
  const dateline = findDateline(text, article.published);
  const published = article.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? article.published : undefined;
  const referenceDate = dateline?.date ?? published;
  const reference = parseDay(referenceDate);
  // Dates inside the dateline only set the reference; they are not event dates.
  const dates = findDates(tokens, sentences, reference).map((found) =>
    dateline
      ? found.filter((d) => tokens[d.first]!.start >= dateline.end || tokens[d.last - 1]!.end <= dateline.start)
      : found,
  );
  const inDate = new Uint8Array(tokens.length);
  for (const list of dates) for (const d of list) inDate.fill(1, d.first, d.last);
  const mentions = withMissionNames(
    tokens,
    withSlotPlaces(tokens, withGroupNames(tokens, findMentions(tokens)), inDate),
  );
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let t = m.first; t < m.last; t++) mentionAt[t] = i;
  });
  const wordClass = new Uint32Array(tokens.length);
  const sentenceClass = new Uint32Array(sentences.length);
  for (let i = 0; i < tokens.length; i++) {
    const flags = WORD_CLASSES.get(tokens[i]!.lower);
    if (!flags) continue;
    wordClass[i] = flags;
    const sentence = tokens[i]!.sentence;
    sentenceClass[sentence] = sentenceClass[sentence]! | flags;
  }
  return {
    text,
    tokens,
    sentences,
    mentions,
    mentionAt,
    dateline,
    reference,
    referenceDate,
    dates,
    inDate,
    wordClass,
    sentenceClass,
  };
}
