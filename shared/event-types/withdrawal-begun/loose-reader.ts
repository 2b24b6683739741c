import { resultParticiple } from '../../extract/clauses/participles.ts';
import { civilObject, civilSubject } from '../../extract/clauses/civil.ts';
import { leavesBody } from './leaves-body.ts';
import { setsOutFromHome } from './sets-out.ts';
import { leftInState } from './left-in-state.ts';
import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { dateAfterMarker, dateNear } from '../../extract/clauses/dating.ts';
import {
  bearingAt,
  byAgents,
  looseActors,
  looseCandidates,
  loosePlaces,
  readLoosely,
  subjectPlaces,
} from '../../extract/clauses/loose-slots.ts';
import { placesAfter, placesAt } from '../../extract/clauses/phrases.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { actorOf, lowerAt, mentionAtToken, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { wordClassOf } from '../../extract/lexicon.ts';

/** Forms that report forces leaving a place. */
const TRIGGERS = set(`withdrew withdrawn withdrawing withdrawal pulled pullout retreated retreating evacuated
  abandoned departed evacuation presence vacated mission deployment occupation fell participation`);
const TRIGGER_CLASS = wordClassOf(TRIGGERS);
/**
 * "ended its military presence in X", "ended its occupation of X", "ends its participation in MINUSMA": the end of a
 * presence is a withdrawal done.
 */
const PRESENCE_NOUNS = set('presence mission deployment occupation participation');
/** The preposition that names the place of each ("presence in", "occupation of"). */
const OF = set('of');
/** Verbs that end a presence before it ("ended", "concluded its deployment in", "wrapped up their mission in"). */
const ENDED = set('ended ends ending end concluded concludes concluding wrapped');
/** Words before "mission" that name a role the forces may end while staying ("combat mission"). */
const ROLE_WORDS = set('combat training advisory');
/** How far before "presence" its "ended" may stand ("ended nearly half a century of military presence"). */
const PRESENCE_REACH = 8;
/** The prepositions that name a presence's place ("presence in X", "presence on German soil"). */
const IN = set('in on');
/** Verbal nouns: a fact only where a verb after them says the withdrawal began, went on or ended. */
const NOUNS = set('withdrawal pullout evacuation');
/** Past forms that state a withdrawal noun before them as begun ("the withdrawal … began on 3 May"). */
const BEGUN = set('began begun started underway completed finished');
/** Verbs that report a withdrawal noun after them as seen ("reported a withdrawal"), not as planned. */
const REPORTED = set('reported confirmed observed witnessed');
/** How far before the noun such a verb may stand ("reported a hasty US withdrawal"). */
const REPORTED_REACH = 4;
/** How far after the noun its verb may stand. */
const NOUN_VERB_REACH = 8;
/** Triggers that take the place left as direct object ("abandoned the town"). */
const OBJECT_PLACE = set('abandoned evacuated departed vacated');
/** Triggers that need forces named in the sentence (a state can "withdraw" from a treaty, a person "departed"). */
const FORCES_ONLY = set('abandoned evacuated departed pulled evacuation vacated fell');
const ORIGIN = set('from out');
const PARTICLES = set('out back');
/** How far a particle may follow "pulled" ("pulled its last troops out of"). */
const PARTICLE_REACH = 5;

/**
 * WithdrawalBegun from sentences no clause reading explained: a withdrawal stated as done or under way, the
 * nearest actor and the place it leaves. Lower confidence than a clause reading.
 */
export function findLooseWithdrawals(ctx: ArticleContext, found: readonly Candidate[]): Candidate[] {
  return readLoosely(
    ctx,
    TRIGGER_CLASS,
    found,
    new Set(),
    (w, forces) => !FORCES_ONLY.has(w) || forces,
    (s, t) => (leftInState(ctx, s, t) ? [] : withdrawalAt(ctx, s, t).filter((c) => !setsOutFromHome(ctx, s, t, c))),
  );
}

function withdrawalAt(ctx: ArticleContext, s: Sentence, t: number): Candidate[] {
  const w = lowerAt(ctx, t);
  let after = t;
  if (w === 'pulled') {
    after = particleAfter(ctx, s, t);
    if (after < 0) return [];
  }
  // "fell back from Izium": only with its particle.
  if (w === 'fell') {
    if (lowerAt(ctx, t + 1) !== 'back') return [];
    after = t + 1;
  }
  // "the end of the Coalition's combat mission in Iraq": a change of role; the forces stay.
  if (PRESENCE_NOUNS.has(w)) return ROLE_WORDS.has(lowerAt(ctx, t - 1)) ? [] : presenceEnded(ctx, s, t);
  // A state out of a treaty or body, diplomats or citizens: not forces.
  if (leavesBody(ctx, s, after + 1) || civilObject(ctx, s, t) || civilSubject(ctx, s, t)) return [];
  const group = NOUNS.has(w) ? undefined : verbGroup(ctx, s, t);
  if (!group) {
    if (!(begunAfter(ctx, s, t) || reportedBefore(ctx, s, t)) || clauseBlocked(ctx, s, t)) return [];
  } else {
    if (!statesFact(group) || clauseBlocked(ctx, s, group.first)) return [];
    // "the abandoned village": an adjective.
    if (['the', 'a', 'an'].includes(lowerAt(ctx, t - 1))) return [];
  }
  // A passive names its agent after "by" and, for a verb that takes the place as object, the place as subject:
  // "Kherson was evacuated by Russian troops".
  const agents = group?.passive ? byAgents(ctx, s, t) : [];
  let places = group?.passive && OBJECT_PLACE.has(w) ? subjectPlaces(ctx, s, group.first) : [];
  if (!places.length && !group?.passive && OBJECT_PLACE.has(w)) places = placesAt(ctx, s, t + 1);
  // "withdrew east of the Euphrates": a bearing right after the verb is where the forces went.
  if (!places.length && group && bearingAt(ctx, after + 1)) return [];
  if (!places.length) places = loosePlaces(ctx, s, after, ORIGIN);
  const actors = agents.length ? agents : looseActors(ctx, s, t, (m) => places.some((p) => p.first === m.first));
  return looseCandidates('WithdrawalBegun', s, actors, places, dateNear(ctx, s, t));
}

function presenceEnded(ctx: ArticleContext, s: Sentence, t: number): Candidate[] {
  let ended = -1;
  for (let j = t - 1; j >= s.first && j >= t - PRESENCE_REACH; j--) if (ENDED.has(lowerAt(ctx, j))) ended = j;
  if (ended < 0) return presenceEndedAfter(ctx, s, t);
  const group = verbGroup(ctx, s, ended);
  // "The last ships sailed today, ending a century of American military presence": a participle of the main clause.
  const result = resultParticiple(ctx, s, ended, ENDED);
  if (!(statesFact(group) || result) || clauseBlocked(ctx, s, group.first)) return [];
  const places = placesAfter(ctx, s, t + 1, Math.min(s.last, t + 3), lowerAt(ctx, t) === 'occupation' ? OF : IN);
  const owner = presenceOwner(ctx, t);
  const actors = owner ? [owner] : looseActors(ctx, s, ended, (m) => places.some((p) => p.first === m.first));
  // "The U.N. force ended its mission in X": an organization (no state code) ending its mission ends the mission,
  // which is a dissolution; a state ending its mission in a place withdraws its forces.
  if (lowerAt(ctx, t) === 'mission' && actors.length && actors.every((a) => !a.code)) return [];
  return looseCandidates('WithdrawalBegun', s, actors, places, dateNear(ctx, s, t));
}

/** Words between a presence's owner and the noun ("American military presence"). */
const PRESENCE_MODIFIERS = set('military naval armed troop');

/** "ending nearly a century of American military presence": the state whose presence it was, named before it. */
function presenceOwner(ctx: ArticleContext, t: number): NamedRef | undefined {
  let j = t - 1;
  while (PRESENCE_MODIFIERS.has(lowerAt(ctx, j))) j--;
  const m = mentionAtToken(ctx, j);
  return m && m.last === j + 1 && (m.entry.kind === 'demonym' || m.possessive) ? actorOf(m.entry) : undefined;
}

/** Past forms that end a presence named before them ("the U.S. occupation of Haiti ended in 1934"). */
const ENDED_AFTER = set('ended');

/** "The U.S. occupation of the Dominican Republic ended in 1924": a presence as subject of "ended". */
function presenceEndedAfter(ctx: ArticleContext, s: Sentence, t: number): Candidate[] {
  // "The United Nations peacekeeping mission in Liberia ended": an organization's mission ending is the mission
  // dissolved, not a state's forces leaving.
  if (lowerAt(ctx, t) === 'mission' && organizationBefore(ctx, s, t)) return [];
  const places = placesAfter(ctx, s, t + 1, Math.min(s.last, t + 3), lowerAt(ctx, t) === 'occupation' ? OF : IN);
  if (!places.length) return [];
  const from = places[places.length - 1]!.last;
  let ended = -1;
  for (let j = from; j < s.last && j <= from + 1; j++) if (ENDED_AFTER.has(lowerAt(ctx, j))) ended = j;
  // "The occupation of Nicaragua came to an end in January 1933".
  if (ended < 0 && cameToAnEnd(ctx, from)) ended = from;
  // "lasted from 1916 to 1924", "lasted until 1934": it ended at the last date.
  const lastedTo =
    ended < 0 && lowerAt(ctx, from) === 'lasted'
      ? dateAfterMarker(ctx, s, from, SPAN_ENDS, SPAN_REACH)?.value
      : undefined;
  if (ended < 0 && !lastedTo) return [];
  const verb = ended >= 0 ? ended : from;
  const group = verbGroup(ctx, s, verb);
  if (!statesFact(group) || clauseBlocked(ctx, s, group.first)) return [];
  const actors = looseActors(ctx, s, t, (m) => places.some((p) => p.first === m.first));
  const date = lastedTo ? { value: lastedTo, source: 'stated' as const } : dateNear(ctx, s, verb);
  return looseCandidates('WithdrawalBegun', s, actors, places, date);
}

/** How far before "mission" the organization running it may be named ("United Nations peacekeeping mission"). */
const MISSION_RUNNER_REACH = 4;

/** Whether an organization is named right before the noun at t, in its own phrase. */
function organizationBefore(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t - 1; j >= s.first && j >= t - MISSION_RUNNER_REACH; j--) {
    if (mentionAtToken(ctx, j)?.entry.kind === 'org') return true;
    if (ctx.tokens[j]!.kind !== 'word' || lowerAt(ctx, j) === 'the') return false;
  }
  return false;
}

/** Whether "came to an end" (or "comes to an end") opens at i. */
function cameToAnEnd(ctx: ArticleContext, i: number): boolean {
  const verb = lowerAt(ctx, i);
  return (
    (verb === 'came' || verb === 'comes') &&
    lowerAt(ctx, i + 1) === 'to' &&
    lowerAt(ctx, i + 2) === 'an' &&
    lowerAt(ctx, i + 3) === 'end'
  );
}

/** How far after "lasted" the word opening the end of its span may stand ("lasted from 1916 to 1924"). */
const SPAN_REACH = 7;
/** Words that open the end of a span. */
const SPAN_ENDS = set('to until till through');

function particleAfter(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t + 1; j < s.last && j <= t + PARTICLE_REACH; j++) if (PARTICLES.has(lowerAt(ctx, j))) return j;
  return -1;
}

/** "The observers reported a US withdrawal from X": a withdrawal reported as seen is under way. */
function reportedBefore(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t - 1; j >= s.first && j >= t - REPORTED_REACH; j--) if (REPORTED.has(lowerAt(ctx, j))) return true;
  return false;
}

function begunAfter(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last && j <= t + NOUN_VERB_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (w === ',' || w === ';' || w === 'but') return false;
    // "the withdrawal … began", not "the pullout to be completed within months" nor "would be completed".
    if (BEGUN.has(w)) return lowerAt(ctx, j - 1) !== 'to' && statesFact(verbGroup(ctx, s, j));
  }
  return false;
}
