import type { Candidate } from '../../extract/candidate.ts';
import { actorsAt, namesArmedBody } from '../../extract/clauses/actors.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { dateAfterMarker } from '../../extract/clauses/dating.ts';
import { referredPlace } from '../../extract/clauses/discourse.ts';
import { presenceBefore } from '../../extract/clauses/presence.ts';
import { placesAfter, placesAt } from '../../extract/clauses/phrases.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { lowerAt, placeOf, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs of staying or standing somewhere whose "until <date>" tells when the forces left ("was stationed in the country until 1991"). */
const STAY_VERBS = set('remained stayed stationed based garrisoned');
/** Prepositions of where the forces stayed ("remained in Haiti"). */
const STAY_PREPOSITIONS = set('in at on');
/** How far after the verb its "until" may stand ("remained in the country until 1934"). */
const UNTIL_REACH = 8;
const UNTIL = set('until');
/**
 * Verbs of leaving that, after a past "did not", say when the forces did leave: "Japanese troops did not leave
 * Vladivostok until October 1922" is a departure in October 1922 ("will not leave until" stays a plan).
 */
const HELD_ON_VERBS = set('leave evacuate quit depart withdraw');
/** Prepositions of the place a held-on verb leaves ("did not withdraw from Sinai until"). */
const HELD_ON_PREPOSITIONS = set('from');

/**
 * WithdrawalBegun from a stay with an end: "The Marines occupied Haiti in 1915 and remained there until August 1934",
 * "Cuban troops stayed in Angola until May 1991" — the forces left the place at the date after "until".
 */
export function findStayEnds(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    // Only a sentence with a date can say until when.
    if (!ctx.dates[s.index]?.length) continue;
    for (let t = s.first; t < s.last; t++) {
      if (STAY_VERBS.has(lowerAt(ctx, t))) out.push(...stayEnd(ctx, s, t));
      else if (HELD_ON_VERBS.has(lowerAt(ctx, t)) && pastDidNot(ctx, t)) out.push(...stayEnd(ctx, s, t, true));
    }
  }
  return out;
}

/** "did not" right before token t: the past negation that, with "until", dates the leaving. */
function pastDidNot(ctx: ArticleContext, t: number): boolean {
  return lowerAt(ctx, t - 1) === 'not' && lowerAt(ctx, t - 2) === 'did';
}

function stayEnd(ctx: ArticleContext, s: Sentence, t: number, heldOn = false): Candidate[] {
  const until = dateAfterMarker(ctx, s, t, UNTIL, UNTIL_REACH);
  if (!until) return [];
  const group = verbGroup(ctx, s, t);
  // "did not leave … until": the negation is the one "until" answers, so the rest of the group must state a fact.
  if (!statesFact(heldOn ? { ...group, negated: false } : group) || clauseBlocked(ctx, s, group.first)) return [];
  const there = lowerAt(ctx, t + 1) === 'there' ? referredPlace(ctx, t, 'there') : undefined;
  const places: NamedRef[] = there
    ? [there]
    : heldOn
      ? heldOnPlaces(ctx, s, t, until.at)
      : placesAfter(ctx, s, t + 1, until.at, STAY_PREPOSITIONS).map((p) => p.place);
  // "sent Marines to Nicaragua; they remained until 1925", "the last Tanzanian units did not leave until 1981": with
  // no place of its own, where the text put the forces.
  const unplaced = !places.length && lowerAt(ctx, t + 1) === 'until';
  if (!places.length && !unplaced) return [];
  // "occupied Haiti … and remained there": the place stayed in is not who stayed.
  const slot = actorsAt(ctx, s, t, (m) => places.some((p) => p.name === placeOf(m.entry)?.name));
  if (!slot || (slot.force < 0 && !slot.referred && !namesArmedBody(ctx, slot.mention))) return [];
  if (unplaced) places.push(...slot.actors.flatMap((a) => presenceBefore(ctx, s, t, a)));
  const away = places.filter((p) => slot.actors.every((a) => a.name !== p.name && (!a.code || a.code !== p.code)));
  return placementCandidates('WithdrawalBegun', s, slot, away, { value: until.value, source: 'stated' });
}

/** The place a held-on verb leaves: its object ("did not leave Vladivostok") or "from" phrase ("withdraw from X"). */
function heldOnPlaces(ctx: ArticleContext, s: Sentence, t: number, until: number): NamedRef[] {
  const object = placesAt(ctx, s, t + 1).map((p) => p.place);
  return object.length ? object : placesAfter(ctx, s, t + 1, until, HELD_ON_PREPOSITIONS).map((p) => p.place);
}
