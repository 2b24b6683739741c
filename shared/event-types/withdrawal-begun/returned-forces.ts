import type { Candidate } from '../../extract/candidate.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { wordClassOf } from '../../extract/lexicon.ts';
import { lowerAt, mentionAtToken } from '../../extract/slots.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Words of forces coming back to a place they had left ("returned to Beirut", "sent the Marines back"). */
const RETURN_WORDS = set('returned back');
const RETURN_CLASS = wordClassOf(RETURN_WORDS);
/** Verbs that send forces back where "back" follows their object ("sent the Marines back"). */
const SENDING_BACK = set('sent ordered');
/** How far before "back" its sending verb may stand. */
const SEND_BACK_REACH = 4;
/** Words after "back" that make it a way home or out, not a return ("back home", "back from", "back across"). */
const NOT_A_RETURN = set('home from across to out');
/** The key of a return whose place is not named: it counts for every place. */
const ANY_PLACE = '*';

/**
 * "the Marines left the city on 10 September … the Marines returned to Beirut on 29 September … the last of them
 * left Beirut on 26 February": forces that came back between two dated withdrawals from a place left it twice. The
 * article's returns are logged once by place (the state code, or the name of a place with none; "*" where "sent the
 * Marines back" names none), read from the sentences the return words mark; each candidate from the first return on
 * carries the log and its own sentence.
 */
export function withReturnsBefore(ctx: ArticleContext, candidates: Candidate[]): Candidate[] {
  const log = new Map<string, number[]>();
  // The first sentence with a return: candidates before it have none.
  let first = Infinity;
  const add = (key: string, sentence: number) => {
    const list = log.get(key);
    if (list) list.push(sentence);
    else log.set(key, [sentence]);
    first = Math.min(first, sentence);
  };
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & RETURN_CLASS)) continue;
    for (let t = s.first; t < s.last; t++) {
      const w = lowerAt(ctx, t);
      if (w === 'returned' && lowerAt(ctx, t + 1) === 'to') {
        const m = mentionAtToken(ctx, lowerAt(ctx, t + 2) === 'the' ? t + 3 : t + 2);
        if (m && m.entry.kind !== 'demonym') add(m.entry.code ?? m.entry.name, s.index);
      } else if (w === 'back' && !NOT_A_RETURN.has(lowerAt(ctx, t + 1))) {
        for (let k = t - 1; k >= s.first && k >= t - SEND_BACK_REACH; k--)
          if (SENDING_BACK.has(lowerAt(ctx, k))) {
            add(ANY_PLACE, s.index);
            break;
          }
      }
    }
  }
  if (!log.size) return candidates;
  return candidates.map((c) => (c.sentence >= first ? { ...c, returnsBefore: { log, sentence: c.sentence } } : c));
}

/** How many returns to the candidate's place (its state code, or its name) came before it, up to its sentence. */
export function returnsTo(c: Candidate): number {
  if (!c.returnsBefore) return 0;
  const { log, sentence } = c.returnsBefore;
  const key = c.location?.code ?? c.location?.name;
  return countUpTo(log.get(ANY_PLACE), sentence) + (key === undefined ? 0 : countUpTo(log.get(key), sentence));
}

/** How many of the ascending sentence numbers are at most `sentence` (binary search: a return log can be long). */
function countUpTo(sentences: readonly number[] | undefined, sentence: number): number {
  if (!sentences) return 0;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]! <= sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
