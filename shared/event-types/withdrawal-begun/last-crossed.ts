import type { Candidate } from '../../extract/candidate.ts';
import { actorsAt } from '../../extract/clauses/actors.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import { presenceBefore } from '../../extract/clauses/presence.ts';
import { placesAfter } from '../../extract/clauses/phrases.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS, LAST_FORCE_WORDS } from '../../extract/lexicon.ts';
import { lowerAt, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs of passing a border or river: the last forces doing so have left where they were ("crossed into Kuwait"). */
const CROSSING_VERBS = set('crossed');
/**
 * How far before the verb "last" may stand: "Israel's last soldiers in southern Lebanon crossed", "X, the last U.S.
 * combat brigade in Iraq, crossed".
 */
const LAST_REACH = 9;
/** Prepositions of where the last forces were, inside their own phrase ("the last troops in Iraq"). */
const IN = set('in');
/** Prepositions after the crossing verb of the place crossed out of ("crossed out of Iraq", "crossed from Iraq into"). */
const OUT_FROM = set('out from');
/** How far after the verb that preposition may stand ("crossed the Amu Darya bridge out of Afghanistan"). */
const OUT_FROM_REACH = 8;
/** Punctuation an appositive subject may end with before its verb ("…, the last brigade in Iraq, crossed"). */
const APPOSITIVE_END = set(',');

/**
 * WithdrawalBegun from the last forces crossing out: "The last U.S. combat brigade in Iraq crossed into Kuwait",
 * "Israel's last soldiers in southern Lebanon crossed back over the border" — the crossing ends the forces' presence
 * in the place their phrase names, else the place they crossed out of or from ("crossed out of Iraq into Kuwait"), or
 * else where the text last put them.
 */
export function findLastCrossings(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences)
    for (let t = s.first + 1; t < s.last; t++)
      if (CROSSING_VERBS.has(lowerAt(ctx, t))) out.push(...crossing(ctx, s, t));
  return out;
}

function crossing(ctx: ArticleContext, s: Sentence, t: number): Candidate[] {
  const last = lastForcesStart(ctx, s, t);
  if (last < 0) return [];
  const group = verbGroup(ctx, s, t);
  if (!statesFact(group) || clauseBlocked(ctx, s, group.first)) return [];
  const inside = placesAfter(ctx, s, last + 1, t, IN);
  const slot = actorsAt(ctx, s, t, (m) => inside.some((p) => p.first <= m.first && m.first <= p.last));
  if (!slot || slot.force < 0) return [];
  const crossedFrom = inside.length ? [] : placesAfter(ctx, s, t + 1, t + 1 + OUT_FROM_REACH, OUT_FROM);
  const named = inside.length ? inside : crossedFrom;
  const places: NamedRef[] = named.length
    ? named.map((p) => p.place)
    : slot.actors.flatMap((a) => presenceBefore(ctx, s, t, a));
  const away = places.filter((p) => slot.actors.every((a) => a.name !== p.name && (!a.code || a.code !== p.code)));
  return placementCandidates('WithdrawalBegun', s, slot, away, dateNear(ctx, s, t));
}

/** Where "last"/"final" stands before verb t with a force noun between them, in the verb's own subject; else -1. */
function lastForcesStart(ctx: ArticleContext, s: Sentence, t: number): number {
  let forces = false;
  const end = APPOSITIVE_END.has(lowerAt(ctx, t - 1)) ? t - 2 : t - 1;
  for (let j = end; j >= s.first && j >= t - LAST_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (FORCE_NOUNS.has(w)) forces = true;
    else if (LAST_FORCE_WORDS.has(w)) return forces ? j : -1;
    else if (ctx.tokens[j]!.kind === 'punct' && w !== '.' && w !== "'") return -1;
  }
  return -1;
}
