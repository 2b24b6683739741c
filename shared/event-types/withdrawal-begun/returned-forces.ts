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
 * left Beirut on 26 February": forces that came back between two dated withdrawals from a place left it twice. Each
 * candidate gets the places returned to up to its sentence (the state code, or the name of a place with none; "*"
 * where "sent the Marines back" names none), read from the sentences the return words mark.
 */
export function withReturnsBefore(ctx: ArticleContext, candidates: Candidate[]): Candidate[] {
  const returns: Array<{ sentence: number; key: string; afterLeaving: boolean }> = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & RETURN_CLASS)) continue;
    // "It was withdrawn in August 1925, … and in 1926 … sent the Marines back": a return told after a withdrawal word
    // of its own sentence came after that withdrawal.
    let afterLeaving = false;
    for (let t = s.first; t < s.last; t++) {
      const w = lowerAt(ctx, t);
      const leaving = WITHDRAW_VERBS.has(w) && !RETURN_WORDS.has(w);
      if (w === 'returned' && bareReturnTimed(ctx, t)) {
        returns.push({ sentence: s.index, key: ANY_PLACE, afterLeaving });
      } else if (w === 'returned' && lowerAt(ctx, t + 1) === 'to') {
        const m = mentionAtToken(ctx, lowerAt(ctx, t + 2) === 'the' ? t + 3 : t + 2);
        if (m && m.entry.kind !== 'demonym')
          returns.push({ sentence: s.index, key: m.entry.code ?? m.entry.name, afterLeaving });
      } else if (w === 'back' && !NOT_A_RETURN.has(lowerAt(ctx, t + 1))) {
        for (let k = t - 1; k >= s.first && k >= t - SEND_BACK_REACH; k--)
          if (SENDING_BACK.has(lowerAt(ctx, k))) {
            returns.push({ sentence: s.index, key: ANY_PLACE, afterLeaving });
            break;
          }
      }
      if (leaving) afterLeaving = true;
    }
  }
  if (!returns.length) return candidates;
  return candidates.map((c) => {
    const before = returns
      .filter((r) => r.sentence < c.sentence || (r.sentence === c.sentence && !r.afterLeaving))
      .map((r) => r.key);
    return before.length ? { ...c, returnedTo: before } : c;
  });
}

/** How many returns to the candidate's place (its state code, or its name) came before it. */
export function returnsTo(c: Candidate): number {
  const key = c.location?.code ?? c.location?.name;
  return (c.returnedTo ?? []).filter((k) => k === ANY_PLACE || k === key).length;
}

/** "the Marines returned in 1926", "returned on 3 May": a return with no place that goes on with its time. */
function bareReturnTimed(ctx: ArticleContext, t: number): boolean {
  if (ctx.inDate[t + 1]) return true;
  return TIME_PREPOSITIONS.has(lowerAt(ctx, t + 1)) && !!ctx.inDate[t + 2];
}
