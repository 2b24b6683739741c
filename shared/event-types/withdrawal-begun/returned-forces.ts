import type { Candidate } from '../../extract/candidate.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { wordClassOf } from '../../extract/lexicon.ts';
import { lowerAt, mentionAtToken } from '../../extract/slots.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { WITHDRAW_VERBS } from './lexicon.ts';

/** Words of forces coming back to a place they had left ("returned to Beirut", "sent the Marines back"). */
const RETURN_WORDS = set('returned back');
const RETURN_CLASS = wordClassOf(RETURN_WORDS);
/** Verbs that send forces back where "back" follows their object ("sent the Marines back"). */
const SENDING_BACK = set('sent ordered');
/** How far before "back" its sending verb may stand. */
const SEND_BACK_REACH = 4;
/** Words after "back" that make it a way home or out, not a return ("back home", "back from", "back across"). */
const NOT_A_RETURN = set('home from across to out');
/** Prepositions that take a return's time ("returned in 1926"). */
const TIME_PREPOSITIONS = set('in on');
/** The key of a return whose place is not named: it counts for every place. */
const ANY_PLACE = '*';

/**
 * "the Marines left the city on 10 September … the Marines returned to Beirut on 29 September … the last of them
 * left Beirut on 26 February": forces that came back between two dated withdrawals from a place left it twice. The
 * article's returns are logged once by place (the state code, or the name of a place with none; "*" where "sent the
 * Marines back" or a bare "returned in 1926" names none), read from the sentences the return words mark, each at its
 * position (see returnPosition); each candidate from the first return on carries the log and its own sentence.
 */
export function withReturnsBefore(ctx: ArticleContext, candidates: Candidate[]): Candidate[] {
  const log = new Map<string, number[]>();
  // The first return's position: candidates before it have none.
  let first = Infinity;
  const add = (key: string, position: number) => {
    const list = log.get(key);
    if (list) list.push(position);
    else log.set(key, [position]);
    first = Math.min(first, position);
  };
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & RETURN_CLASS)) continue;
    // "It was withdrawn in August 1925, … and in 1926 … sent the Marines back": a return told after a withdrawal word
    // of its own sentence came after that withdrawal.
    let afterLeaving = false;
    for (let t = s.first; t < s.last; t++) {
      const w = lowerAt(ctx, t);
      const leaving = WITHDRAW_VERBS.has(w) && !RETURN_WORDS.has(w);
      const position = returnPosition(s.index, afterLeaving);
      if (w === 'returned' && bareReturnTimed(ctx, t)) add(ANY_PLACE, position);
      else if (w === 'returned' && lowerAt(ctx, t + 1) === 'to') {
        const m = mentionAtToken(ctx, lowerAt(ctx, t + 2) === 'the' ? t + 3 : t + 2);
        if (m && m.entry.kind !== 'demonym') add(m.entry.code ?? m.entry.name, position);
      } else if (w === 'back' && !NOT_A_RETURN.has(lowerAt(ctx, t + 1))) {
        for (let k = t - 1; k >= s.first && k >= t - SEND_BACK_REACH; k--)
          if (SENDING_BACK.has(lowerAt(ctx, k))) {
            add(ANY_PLACE, position);
            break;
          }
      }
      if (leaving) afterLeaving = true;
    }
  }
  if (!log.size) return candidates;
  return candidates.map((c) =>
    returnPosition(c.sentence, false) >= first ? { ...c, returnsBefore: { log, sentence: c.sentence } } : c,
  );
}

/**
 * Where a return stands for the withdrawals it may come before: returns of earlier sentences come before a sentence's
 * withdrawals, and so do returns of the sentence itself unless told after one of its withdrawal words. Ascending in
 * text order.
 */
const returnPosition = (sentence: number, afterLeaving: boolean) => 2 * sentence + (afterLeaving ? 1 : 0);

/** How many returns to the candidate's place (its state code, or its name) came before it. */
export function returnsTo(c: Candidate): number {
  if (!c.returnsBefore) return 0;
  const { log, sentence } = c.returnsBefore;
  const upTo = returnPosition(sentence, false);
  const key = c.location?.code ?? c.location?.name;
  return countUpTo(log.get(ANY_PLACE), upTo) + (key === undefined ? 0 : countUpTo(log.get(key), upTo));
}

/** How many of the ascending positions are at most `upTo` (binary search: a return log can be long). */
function countUpTo(positions: readonly number[] | undefined, upTo: number): number {
  if (!positions) return 0;
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid]! <= upTo) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "the Marines returned in 1926", "returned on 3 May": a return with no place that goes on with its time. */
function bareReturnTimed(ctx: ArticleContext, t: number): boolean {
  if (ctx.inDate[t + 1]) return true;
  return TIME_PREPOSITIONS.has(lowerAt(ctx, t + 1)) && !!ctx.inDate[t + 2];
}
