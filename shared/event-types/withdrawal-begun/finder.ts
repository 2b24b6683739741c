import { placementCandidates } from '../placement.ts';
import { wordSet } from '../../extract/word-set.ts';
import { carriedBy, forCoordinatedActors, forcesNamedBefore, partOfThem } from '../../extract/clauses/actors.ts';
import type { Candidate } from '../../extract/candidate.ts';
import { referredActor, referredMission, referredPlace } from '../../extract/clauses/discourse.ts';
import { lastPresence, presenceBefore, presenceStateBefore } from '../../extract/clauses/presence.ts';
import { datelineState, namesMedia, placesAt, spanText } from '../../extract/clauses/phrases.ts';
import { bearingAt } from '../../extract/clauses/loose-slots.ts';
import type { ArticleContext } from '../../extract/context.ts';
import {
  BASE_NOUNS,
  BASE_RELEASE_BASE_FORMS,
  BASE_RELEASE_WORDS,
  FORCE_NOUNS,
  LAST_FORCE_WORDS,
  WORD_CLASS,
} from '../../extract/lexicon.ts';
import {
  BEGIN_CUES,
  BODY_WORDS,
  HOME_COMING,
  MOVE_OUT_NOUNS,
  MOVE_OUT_VERBS,
  STATED_CUES,
  STATED_WITHDRAW_BLOCKERS,
  WITHDRAW_BLOCKERS,
  DRAW_DOWN_VERBS,
  WITHDRAW_DONE,
  WITHDRAW_VERBS,
} from './lexicon.ts';
import { civilObject, civilSubject } from '../../extract/clauses/civil.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { leavesBody } from './leaves-body.ts';
import { afterAppositive } from './dated-objects.ts';
import { disbandedLeaveOwnBase } from './disbanded-unit.ts';
import { leftToAct } from './left-to-act.ts';
import { setsOutFromHome } from './sets-out.ts';
import { leftInState } from './left-in-state.ts';
import { heldPositionPlaces } from './held-positions.ts';
import { sentenceSubjectOfIt } from './it-subject.ts';
import { reportedCompletion } from './reported-completion.ts';
import { pulledForces } from './pulled-forces.ts';
import { askedToAct } from '../../extract/clauses/called-to-act.ts';
import { forceInOrigin } from './force-origin.ts';
import { attachedDash } from '../../extract/clauses/entities.ts';
import {
  blockedBetween,
  clauseStart,
  joinedClauseStart,
  joinedClauseEnd,
  coordinatedPlaces,
  findActor,
  isCompoundAdjective,
  missionArea,
  missionAreasIn,
  nearestForce,
  unknownPlaceAfter,
  isVenue,
  clauseAround,
  lowerAt,
  mentionAtToken,
  mentionsIn,
  actorOf,
  placeOf,
  placesAfterPreposition,
  type NamedRef,
  type PlaceHit,
  isNameNumber,
  wordBetween,
  personSubjectAt,
  inDateline,
} from '../../extract/slots.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { dateNear, evidenceSpan, startDate } from '../../extract/clauses/dating.ts';
import { adjectivalParticiple, statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import { resultParticiple } from '../../extract/clauses/participles.ts';
import { posOf } from '../../extract/text/pos.ts';

// Tuning windows of this reader, in tokens unless named in sentences.
/** How far around a trigger its force noun may stand. */
const FORCE_REACH = 8;
/** How far after "pulled" its particle may stand ("pulled its troops out"). */
const PARTICLE_REACH = 5;
/** How far after "pulled" its particle may stand behind a longer object ("pulling its small military and police
 * contingent out"), with no punctuation between. */
const PULLED_OBJECT_REACH = 9;
/** Punctuation that ends a clause, and so a pulled object. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '(', ')']);
const punctAt = (ctx: ArticleContext, k: number) => CLAUSE_PUNCT.has(lowerAt(ctx, k));
/** How far after "left"/"abandoned" its object list may start, and a "from" phrase after a leave verb. */
const OBJECT_REACH = 4;
const LEAVE_FROM_REACH = 3;
/** How far after a trigger its origin ("from X") may stand. */
const ORIGIN_REACH = 12;
/** How far back in the clause a modal or speech-act blocker may stand. */
const BLOCKER_REACH = 10;
/** How far into a sentence a referring subject of a pending withdrawal ("The process …") may stand. */
const ANAPHOR_REACH = 4;
/** How many sentences an actor named before stands for an unnamed one, and a pending origin waits. */
const ACTOR_MEMORY_SENTENCES = 3;
const PENDING_SENTENCES = 4;
/** Confidences: an actor read in the sentence, one inherited from before, a pending origin taken up. */
const PATTERN_CONFIDENCE = 0.85;
/** Words after a leave verb that has no object ("left in May 1991", "departed, and …", "went home under the plan"). */
const LEFT_ALONE_FOLLOWERS = new Set([
  'in',
  'on',
  'by',
  'after',
  'before',
  'during',
  'over',
  'within',
  'under',
  ',',
  '.',
  ';',
  'and',
  'when',
]);
/** An origin read from where an earlier sentence put the forces. */
const PRESENCE_CONFIDENCE = 0.6;
const INHERITED_ACTOR_CONFIDENCE = 0.7;
const PENDING_CONFIDENCE = 0.75;

const FROM = new Set(['from']);
/** Auxiliaries that make "withdrawn" or "drawn (down)" a done withdrawal ("had been withdrawn", "has drawn down"). */
const PERFECT_OR_PASSIVE = new Set(['been', 'have', 'has', 'had', 'were', 'was']);
/** Cue verbs in their bare form, which state a start only in the group they stand in ("and complete the withdrawal"). */
const BARE_CUE_VERBS = new Set(['begin', 'start', 'complete', 'finish']);
const NOT_BEGUN_BEFORE_CUE = new Set(['to', 'will', 'would', 'shall', 'should', 'could', 'may', 'must', 'might']);
const ANAPHORS = new Set([
  'process',
  'withdrawal',
  'pullout',
  'pullback',
  'departure',
  'drawdown',
  'exit',
  'disengagement',
  'pull-out',
  'retrograde',
]);

/** A withdrawal mention whose start is not (yet) stated: kept so that "The process has already begun." can complete it. */
interface Pending {
  actor?: NamedRef;
  locations: NamedRef[];
  sentence: number;
}

/**
 * WithdrawalBegun: the pullout of an actor's forces from a location has started, is under way or is completed.
 * A decision, plan or demand alone is not enough.
 */
export function findWithdrawals(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  let pending: Pending | undefined;
  let lastActor: { actor: NamedRef; sentence: number } | undefined;
  for (const s of ctx.sentences) {
    const classes = ctx.sentenceClass[s.index]!;
    if (!(classes & (WORD_CLASS.withdraw | WORD_CLASS.handover)) && !pending) continue;
    const here: Candidate[] = [];
    // Whether a withdrawal word stood earlier in this sentence ("the Volunteers would leave …, and … called on").
    let toldBefore = false;
    for (let t = s.first; t < s.last && classes & (WORD_CLASS.withdraw | WORD_CLASS.handover); t++) {
      if (!(ctx.wordClass[t]! & (WORD_CLASS.withdraw | WORD_CLASS.handover))) continue;
      const w = ctx.tokens[t]!.lower;
      if (!WITHDRAW_VERBS.has(w) && !isBaseHandover(ctx, s, t)) continue;
      const told = toldBefore;
      toldBefore = true;
      const r = withdrawalAt(ctx, s, t, lastActor);
      if (!r) continue;
      // A second trigger in the sentence ("..., completing a pullout") restates the first unless it names its own place.
      if (r.begun && here.length && !r.explicitPlace) continue;
      if (r.begun && !leftInState(ctx, s, t)) here.push(...r.candidates.filter((c) => !setsOutFromHome(ctx, s, t, c)));
      else if (r.leftOn && pending && s.index - pending.sentence <= PENDING_SENTENCES) {
        const left = leftFromPending(s, pending, r.pending?.actor, r.leftOn);
        // A pending withdrawal with no origin of its own leaves the reading to where the text put the forces.
        here.push(...(left.length ? left : (r.presence ?? [])));
        if (left.length) pending = undefined;
      } else if (r.presence && !placedHere(here, r.presence)) here.push(...r.presence);
      // "would leave North Korea …, and called on the United States and its allies to withdraw their forces": a call,
      // condition or denial does not replace the withdrawal said before it, in an earlier sentence or this one.
      else if (r.pending && !((pending || told) && (clauseBlocked(ctx, s, t) || askedToAct(ctx, s, t)))) {
        // A later mention without a place ("the early withdrawal of Russian peacekeepers") keeps the earlier place.
        const keep =
          pending &&
          s.index - pending.sentence <= PENDING_SENTENCES &&
          (!r.pending.actor || !pending.actor || r.pending.actor.name === pending.actor.name);
        const actor = r.pending.actor ?? (keep ? pending!.actor : undefined);
        const own = r.pending.locations.filter((l) => l.name !== actor?.name);
        pending = { actor, locations: own.length || !keep ? own : pending!.locations, sentence: s.index };
      }
      t = Math.max(t, r.end - 1);
    }
    if (!here.length && pending && s.index - pending.sentence <= PENDING_SENTENCES) {
      const c = anaphoricStart(ctx, s, pending);
      if (c.length) {
        here.push(...c);
        pending = undefined;
      }
    }
    for (const c of here) {
      out.push(c);
      if (c.actor) lastActor = { actor: c.actor, sentence: s.index };
    }
    // "The process began on May 19." after a reported withdrawal dates its start.
    if (here.length)
      pending = { actor: here[0]!.actor, locations: here.map((c) => c.location!).slice(0, 1), sentence: s.index };
  }
  return out;
}

/**
 * "began withdrawing from the island …, and the last of them had left by 15 December": forces this sentence already
 * withdrew from a place are not read again from where an earlier sentence put them.
 */
function placedHere(here: readonly Candidate[], presence: readonly Candidate[]): boolean {
  return here.some((c) => c.actor?.name === presence[0]?.actor?.name);
}

interface WithdrawalReading {
  begun: boolean;
  candidates: Candidate[];
  pending?: Pending;
  end: number;
  explicitPlace?: boolean;
  /** Forces stated as having left, with no origin named: when they left, for a pending origin. */
  leftOn?: ReturnType<typeof dateNear>;
  /** The same, read from where the text last put those forces, for when no origin is pending. */
  presence?: Candidate[];
}

function withdrawalAt(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  lastActor: { actor: NamedRef; sentence: number } | undefined,
): WithdrawalReading | undefined {
  const w = ctx.tokens[t]!.lower;
  let after = t + 1;
  const passive = BASE_RELEASE_WORDS.has(w) ? passiveHandedBase(ctx, s, t) : undefined;
  const handover = passive !== undefined || isActiveBaseHandover(ctx, s, t);
  if (w === 'pull' || w === 'pulls' || w === 'pulled' || w === 'pulling') {
    // "pull out", "pulled back", "pulling fighters out of", "pulling its small military and police contingent out of":
    // the particle after the object, within the clause.
    let k = t + 1;
    const particleEnd = t + PULLED_OBJECT_REACH;
    while (k < s.last && k < particleEnd && !['out', 'back'].includes(lowerAt(ctx, k)) && !punctAt(ctx, k)) k++;
    if (lowerAt(ctx, k) !== 'out' && lowerAt(ctx, k) !== 'back') return undefined;
    // "pulling the autonomous region out of the armed forces": what is pulled out must be forces.
    if (!pulledForces(ctx, t + 1, k)) return undefined;
    after = k + 1;
  }
  if (DRAW_DOWN_VERBS.has(w)) {
    // "drew down its forces in Somalia", "drawing down from Lebanon" (not "drew criticism", "drew down savings").
    let k = t + 1;
    while (k < s.last && k < t + PARTICLE_REACH && lowerAt(ctx, k) !== 'down') k++;
    if (lowerAt(ctx, k) !== 'down' || !pulledForces(ctx, t + 1, k)) return undefined;
    after = k + 1;
  }
  if (MOVE_OUT_VERBS.has(w)) {
    // "began relocating its peacekeepers out of Eritrea": forces moved out of a place (not "relocated to Gao").
    let k = t + 1;
    while (k < s.last && k < t + PARTICLE_REACH && lowerAt(ctx, k) !== 'out') k++;
    if (lowerAt(ctx, k) !== 'out' || lowerAt(ctx, k + 1) !== 'of' || !pulledForces(ctx, t + 1, k)) return undefined;
    after = k + 1;
  }
  if (w === 'rolled' && lowerAt(ctx, t + 1) !== 'out') return undefined;
  // ", leaving France to pursue the war alone": a state left to act, not a place left.
  if (leftToAct(ctx, t)) return undefined;
  // "deploy into the evacuated settlements of Rafah": an adjective, not a report.
  if (w.endsWith('ed') && adjectivalParticiple(ctx, t)) return undefined;
  // "the retrograde of U.S. forces": the military noun, never the adjective ("a retrograde step").
  if (w === 'retrograde' && lowerAt(ctx, t + 1) !== 'of') return undefined;
  if (MOVE_OUT_NOUNS.has(w)) {
    const out = outOfAfter(ctx, s, t);
    if (out < 0) return undefined;
    after = out + 1;
  }
  // "troops were removed from X", "removed its troops from X" — not "removed $500,000 from the bank".
  if (w === 'removed' && !removesForces(ctx, s, t)) return undefined;
  // "most of the remaining troops had returned home", "came home from Iraq": only home-coming leaves the place the
  // forces were in.
  const home = HOME_VERBS.has(w) && lowerAt(ctx, t + 1) === 'home';
  if (HOME_VERBS.has(w) && !home && !handover && !lastForcesGoing(ctx, s, t)) return undefined;
  if (home) after = t + 2;
  if (w === 'rolled') after = t + 2;
  if (lowerAt(ctx, t + 1) === '-' && lowerAt(ctx, t + 2) === 'out') after = t + 3;
  let leaveWithoutOrigin = false;
  let placeSubject = false;
  const leaveLike =
    [
      'leave',
      'leaves',
      'left',
      'leaving',
      'exit',
      'exited',
      'abandoned',
      'evacuated',
      'vacate',
      'vacates',
      'vacated',
      'vacating',
      'depart',
      'departs',
      'departed',
      'departing',
      'quit',
    ].includes(w) || home;
  // "weapons left over from the war", "left behind" (but "left over the following weeks": a span of time).
  if (w === 'left' && ['behind', 'over', '-'].includes(lowerAt(ctx, t + 1)) && !spanAfterOver(ctx, t + 1))
    return undefined;

  // "withdrew from the Treaty on Conventional Armed Forces in Europe": a state leaving a treaty or body; "withdrew
  // its ambassador from", "citizens were evacuated from": people who are not forces.
  if (leavesBody(ctx, s, after) || civilObject(ctx, s, t) || civilSubject(ctx, s, t)) return undefined;
  if (w === 'evacuation' && evacuatesPeople(ctx, t)) return undefined;
  // The forces handing something over stand before the verb; those after it ("to Iraqi forces") receive it.
  // "U.S. troops were in the final weeks of their chaotic withdrawal": the forces stand before the phase.
  const phase = phaseOfWithdrawal(ctx, s, t);
  const anchor = phase >= 0 ? phase - PHASE_LEAD_TOKENS : t;
  const force = carriedBy(
    ctx,
    t,
    nearestForce(ctx, s, anchor, FORCE_REACH, handover ? 0 : FORCE_REACH + ownerNameAfterOf(ctx, t)),
  );
  const exclude = (m: Mention) => isVenue(ctx, m) || m.possessive || namesMedia(ctx, m);
  let places: PlaceHit[] = [];
  if (handover) {
    places = passive?.places ?? basePlace(ctx, s, t);
    if (!places.length) return undefined;
  } else if (leaveLike) {
    // "were leaving the group", "quit the alliance": a state leaving a body.
    if (BODY_WORDS.has(lowerAt(ctx, after + (lowerAt(ctx, after) === 'the' ? 1 : 0)))) return undefined;
    // "the regiment was disbanded … Its legionnaires left their base": a disbanded unit's men leaving their own base.
    if (disbandedLeaveOwnBase(ctx, s, after)) return undefined;
    places = coordinatedPlaces(ctx, after, Math.min(s.last, after + OBJECT_REACH), exclude);
    // "abandoned their positions along the river": the places the forces' positions are in.
    if (!places.length) places = heldPositionPlaces(ctx, after - 1, Math.min(s.last, after + ORIGIN_REACH), exclude);
    // "quit the Chadian town of Faya-Largeau": the object read as a place phrase.
    if (!places.length) places = slotPlaces(ctx, s, after).filter((p) => p.place.code);
    if (!places.length) places = baseObjectPlace(ctx, s, after);
    // "Bagram Airfield, which U.S. forces departed on July 1": the place the relative clause hangs on.
    if (!places.length && leftAlone(ctx, after)) places = relativeAntecedent(ctx, s, t);
    // "British troops held Basra until 2007; it was evacuated in September": a place as the passive subject.
    if (
      !places.length &&
      PASSIVE_LEAVES.has(w) &&
      ['was', 'were'].includes(lowerAt(ctx, t - 1)) &&
      lowerAt(ctx, t + 1) !== 'of'
    ) {
      places = passivePlaceSubject(ctx, s, t - 2);
      placeSubject = places.length > 0;
    }
    if (!places.length && !['departure', 'exit'].includes(w)) {
      const p = placesAfterPreposition(ctx, after, Math.min(s.last, after + LEAVE_FROM_REACH), FROM, exclude);
      places = p;
    }
    // "troops stationed in the country would leave within weeks": no origin after the verb; the clause may still
    // name one, for a later "The withdrawal has begun" to take up, but it is never read as begun here.
    if (!places.length && w !== 'departure' && w !== 'exit') leaveWithoutOrigin = true;
    // "following Mali, which quit in May 2022": leaving with neither an origin nor forces named is a state quitting
    // a body, not a withdrawal.
    const forcesNamed = force >= 0 && !BODY_WORDS.has(lowerAt(ctx, force));
    if (
      leaveWithoutOrigin &&
      !forcesNamed &&
      !['they', 'them'].some((w) => wordNear(ctx, s, t, w)) &&
      theySubject(ctx, s, t) < 0
    )
      return undefined;
  } else {
    const afterOut = lowerAt(ctx, after - 1) === 'out' ? OUT_OF : FROM;
    const originEnd = Math.min(joinedClauseEnd(ctx, t, s), after + ORIGIN_REACH);
    // "pulling out of its positions along the Gaza Strip": the places the forces' positions are in.
    places = afterOut.has(lowerAt(ctx, after)) ? heldPositionPlaces(ctx, after, originEnd, exclude) : [];
    if (!places.length) places = placesAfterPreposition(ctx, after, originEnd, afterOut, exclude);
    // "withdrew all of its forces from Kharkiv Oblast": a place the mention gazetteer does not name whole, geocoded
    // in the origin's own slot (never a place elsewhere in the sentence); also where a known place stands only
    // further on ("out of the Shirak and Lori provinces of Armenia").
    if (!places.length || places[0]!.mention.first > firstOf(ctx, after, originEnd, afterOut) + SLOT_FILLER_REACH) {
      const origin = geocodedOrigin(ctx, s, after, originEnd, afterOut);
      if (origin.length) places = origin;
    }
    // "withdrew its contingent from the multinational force in Beirut": the place of the force left.
    if (!places.length) places = forceInOrigin(ctx, after, originEnd, afterOut, exclude);
    // "the evacuation of Gallipoli" (but "the evacuation of U.S. troops from Somalia"): the place left follows "of".
    if (!places.length && w === 'evacuation' && lowerAt(ctx, t + 1) === 'of') places = slotPlaces(ctx, s, t + 2);
    if (!places.length && force >= 0) {
      const end = joinedClauseEnd(ctx, t, s);
      places = unknownPlaceAfter(
        ctx,
        after,
        Math.min(end, after + ORIGIN_REACH),
        w === 'evacuation' ? OUT_OF : afterOut,
        end,
      );
    }
    // "the withdrawal of Soviet troops from Czechoslovakia": "from" comes after the force phrase.
  }

  const explicitPlace = places.length > 0;
  // "he left Iraq later that day", "the president resigned and fled the country": a person leaving is not a
  // withdrawal of forces (civil subjects are refused above).
  if ((leaveLike || w === 'fled') && personSubjectAt(ctx, t - 1)) return undefined;
  const done =
    WITHDRAW_DONE.has(w) ||
    lastToLeave(ctx, s, t) ||
    resultParticiple(ctx, s, t, LEAVING_PARTICIPLES) ||
    (handover && !BASE_RELEASE_BASE_FORMS.has(w)) ||
    // "were subsequently withdrawn": an adverb may stand between the auxiliary and the participle.
    ((w === 'withdrawn' || w === 'drawn') &&
      PERFECT_OR_PASSIVE.has(lowerAt(ctx, lowerAt(ctx, t - 1).endsWith('ly') ? t - 2 : t - 1)));
  const cue = findCue(ctx, s, t, phase);
  const begun = done || cue >= 0;
  const lo = Math.min(t, cue >= 0 ? cue : t);
  const hi = Math.max(t, cue >= 0 ? cue : t);
  // "the Cubans agreed to leave, and the last of them departed": a joined clause's plan does not block this one.
  const from = Math.max(clauseStart(ctx, lo, s.first, BLOCKER_REACH), joinedClauseStart(ctx, lo, s.first));
  // "started to withdraw": that "to" belongs to the begin cue, not to an intention ("decided to withdraw").
  const cueTo = cue >= 0 && cue === t - 2 && lowerAt(ctx, t - 1) === 'to';
  // "announced that most of the troops had returned home": a perfect reported after "that" is a fact announced.
  const reportedPerfect = ['had', 'has', 'have'].includes(lowerAt(ctx, t - 1)) && thatBefore(ctx, s, t);
  // "announced the completion of the withdrawal": an announcement of a stated begin or end reports a fact.
  const blockers = cue >= 0 && statedCue(ctx, cue) ? STATED_WITHDRAW_BLOCKERS : WITHDRAW_BLOCKERS;
  const lastLeft = lastToLeave(ctx, s, t);
  // "came to oversee the evacuation of the fighters from the city, which began on August 21": a relative clause on the
  // noun states the start itself, whatever purpose or plan the clause around the noun has.
  const relative = cue > t ? relativeOpening(ctx, cue) : -1;
  const blocker = cueTo
    ? (blockedBetween(ctx, from, cue, blockers) ?? blockedBetween(ctx, cue + 2, hi, blockers))
    : blockedBetween(
        ctx,
        relative >= 0 ? relative : reportedPerfect ? thatBefore(ctx, s, t) : from,
        lastLeft ? t - 1 : hi,
        blockers,
      );
  // "is to begin pulling its troops out … and complete the withdrawal": a bare cue verb sharing a planned infinitive.
  const cueNotBegun =
    cue >= 0 &&
    (NOT_BEGUN_BEFORE_CUE.has(lowerAt(ctx, cue - 1)) ||
      (BARE_CUE_VERBS.has(lowerAt(ctx, cue)) && !statesFact(verbGroup(ctx, s, cue))));
  const toBeforeTrigger = lowerAt(ctx, t - 1) === 'to' && !(cue >= 0 && cue < t) && !lastLeft;

  // A base released in the passive is left by its holder, never by a name in its subject or its receiver.
  const actorHit = passive
    ? undefined
    : (findActor(ctx, force, t, s.first, (m) => places.some((p) => p.mention === m)) ??
      (force < 0 ? nounOwner(ctx, t) : undefined));
  // "Cuba sent troops to Ethiopia in 1977. They were withdrawn in 1989.": "they" for the forces named just before.
  const they = force < 0 ? theySubject(ctx, s, t) : -1;
  // "sent 7,000 troops to Somalia in 1993 and withdrew them in 1995": "them" for the forces named before.
  const them =
    lowerAt(ctx, t + 1) === 'them' &&
    (force >= 0 || forcesNamedBefore(ctx, s) || wordBetween(ctx, s.first, t, FORCE_NOUNS));
  const referringForces = (they >= 0 && forcesNamedBefore(ctx, s)) || (them && force < 0);
  // "UNMEE was set up in 2000 … and in February the mission began relocating its peacekeepers": the organization
  // named before, not a name earlier in the sentence.
  const missionNamed = missionSubject(ctx, s, t, actorHit?.mention.last ?? s.first);
  let actor =
    missionNamed ??
    actorHit?.actor ??
    passive?.owner ??
    (referringForces ? referredActor(ctx, they >= 0 ? they : t) : undefined);
  // A place merely in the sentence stands for the origin only for nouns and begun actions ("the mission in eastern
  // Congo began pulling out"), not for "troops being withdrawn will reposition in western Iraq".
  if (!places.length) places = placeInSentence(ctx, s, t, actorHit?.mention);
  // "pull its troops out of Aceh on Thursday, completing a withdrawal that began in September": a withdrawal the
  // participle restates leaves the place of the clause before it.
  const restated = places.length ? -1 : restatingComma(ctx, s, t);
  if (restated >= 0) places = restatedOrigin(ctx, s, restated, exclude);
  const locations = places.map((p) => p.place).filter((p) => p.name !== actor?.name);
  // "the troops stationed in the country would leave": the place a reference in the clause names.
  if (!locations.length) locations.push(...referredInClause(ctx, s, t, actor));
  // "Belgium, whose contingent was the backbone of the U.N. Assistance Mission for Rwanda, pulled its soldiers out":
  // forces the sentence sets in a mission, leaving with no place of their own, leave the mission's area.
  // "The withdrawal of the mission's 13,000 soldiers began": forces of the mission named before.
  const mission = !actor && force >= 0 ? missionOwningForces(ctx, s, force) : undefined;
  if (mission) actor = actorOf(mission.entry);
  const area =
    missionArea(actorHit?.mention ?? mission) ?? (force >= 0 ? missionAreasIn(ctx, s.first, t).at(-1) : undefined);
  if (!locations.length && area) locations.push(area);
  // "The withdrawal began on 15 May 1988": a withdrawal named alone is of the forces the text last placed ("French
  // and Belgian troops marched into the Ruhr … The evacuation began": each actor listed with them).
  let presentOwner: Mention | undefined;
  if (!actor && !locations.length && begun && bareWithdrawalNoun(ctx, s, t)) {
    const present = lastPresence(ctx, s);
    if (present) {
      actor = present.actor;
      presentOwner = present.mention;
      locations.push(...present.places);
    }
  }
  // "The withdrawal, during which the PLA demolished roads, was completed": a withdrawal named alone whose sentence
  // names the forces' owner is of that owner's forces where the text last put them.
  if (actorHit && !locations.length && begun && bareWithdrawalNoun(ctx, s, t))
    locations.push(...presenceStateBefore(ctx, s, t, actorHit.actor));
  // "Georgia sent troops to Iraq. The contingent was flown home in August 2008": forces referred to are the ones
  // named before.
  // "the Marine brigade began leaving": a capitalized word naming the branch may stand between.
  const definite =
    force >= 0 &&
    (DEFINITE_FORCES.has(lowerAt(ctx, force - 1)) ||
      (ctx.tokens[force - 1]?.cap === true &&
        ctx.tokens[force - 1]!.kind === 'word' &&
        !mentionAtToken(ctx, force - 1) &&
        DEFINITE_FORCES.has(lowerAt(ctx, force - 2))));
  if (!actor && leaveWithoutOrigin && definite) actor = referredActor(ctx, force - 1);
  const pending: Pending | undefined = locations.length || actor ? { actor, locations, sentence: s.index } : undefined;
  if (!begun || blocker || cueNotBegun || toBeforeTrigger || leaveWithoutOrigin) {
    // "… agreed to withdraw its forces from Iran, and the last Soviet troops left in May 1946": leaving stated as done
    // with no origin of its own, for the pending withdrawal's origin to take up.
    const leftAway = leaveWithoutOrigin && begun && !blocker && !cueNotBegun && !toBeforeTrigger && !!actor;
    const date = leftAway ? dateNear(ctx, s, t) : undefined;
    // With no pending origin, where the text last put those forces ("sent to Angola in 1975 … left in May 1991").
    const present =
      leftAway && (force >= 0 || referringForces) && leftAlone(ctx, home ? after : t + 1)
        ? presenceBefore(ctx, s, t, actor!)
        : [];
    // "The Soviet, American, British and French contingents left": each listed actor's forces left.
    const presence = present.length
      ? forCoordinatedActors(
          ctx,
          actorHit?.mention,
          placementCandidates(
            'WithdrawalBegun',
            s,
            { actors: [actor!] },
            present,
            date!,
            undefined,
            PRESENCE_CONFIDENCE,
          ),
        )
      : undefined;
    return {
      begun: false,
      candidates: [],
      pending,
      end: t + 1,
      ...(date ? { leftOn: date } : {}),
      ...(presence ? { presence } : {}),
    };
  }
  if (!actor) actor = sentenceSubjectOfIt(ctx, s, t);
  if (!actor && lastActor && s.index - lastActor.sentence <= ACTOR_MEMORY_SENTENCES) actor = lastActor.actor;
  // A base released in the passive with no owner named and no withdrawal just read: the holder named before it.
  if (!actor && passive?.holder) actor = passive.holder;
  // The place abandoned was held by the forces named before it ("British troops held Basra …; it was evacuated").
  if (!actor && placeSubject && wordBetween(ctx, ctx.sentences[Math.max(0, s.index - 1)]!.first, t, FORCE_NOUNS))
    actor = referredActor(ctx, places[0]!.mention.first);
  // "The Marines were withdrawn in February 1984": forces withdrawn with no origin anywhere in the sentence left
  // where an earlier sentence naming them put them.
  // "the withdrawal of the Soviet contingent began on 15 May 1988": a withdrawal noun's forces, then nothing of where.
  const nounForces = WITHDRAWAL_OF_NOUNS.has(w) && lowerAt(ctx, t + 1) === 'of' ? forceAfter(ctx, t + 2) : -1;
  const presentOnly =
    !!actor &&
    !locations.length &&
    (force >= 0 || referringForces) &&
    (nounForces >= 0
      ? nounPredicateNext(ctx, nounForces + 1)
      : leftAlone(ctx, them ? t + 2 : afterOwnForces(ctx, after))) &&
    !leaveLike;
  if (presentOnly) locations.push(...(nounForces >= 0 ? presenceStateBefore : presenceBefore)(ctx, s, t, actor!));
  // "PRISTINA … The withdrawal of Yugoslav forces began on Thursday", "N'DJAMENA … France began pulling out its own
  // forces in late September": forces placed nowhere before leave the state the report is datelined in, where that is
  // not their own. A verb's forces ("began pulling out its own forces") leave it only where it hosts forces (see
  // datelineHost).
  if (presentOnly && !locations.length) {
    const state = datelineState(ctx);
    if (state && state.code !== actor!.code && (nounForces >= 0 || datelineHost(ctx, s, state.code!)))
      locations.push(state);
  }
  // Forces going home ("for their home base in Nancy, in eastern France") do not withdraw from home.
  const away = locations.filter(
    (l) => l.name !== actor?.name && (!actor?.code || l.code !== actor.code || l.name !== actor.name),
  );
  // The start date is the one stated with the cue ("began on Feb. 26, 1990"); "and from Hungary the following month" adds more.
  const start = cue >= 0 && !done ? startDate(ctx, s, cue) : undefined;
  // "Clark Air Base, damaged that June, was turned over … on November 26": a passive release is dated after its verb.
  const released = passive ? dateNear(ctx, s, t, { after: t }) : undefined;
  const date = start
    ? { value: start.value, source: 'start' as const, approx: start.approx }
    : released?.value
      ? released
      : dateNear(ctx, s, t);
  // "… the evacuation of PLO fighters from Beirut. The departure of the PLO fighters began on August 21": a begun
  // withdrawal of named forces with no place of its own, for the pending origin of those forces to take up.
  if (actor && !away.length && nounForcesOf(ctx, w, t))
    return { begun: false, candidates: [], pending, end: t + 1, leftOn: date };
  if (!actor || !away.length) return { begun: false, candidates: [], pending, end: t + 1 };
  locations.length = 0;
  locations.push(...away);
  const span = evidenceSpan(s);
  const confidence = presentOnly ? PRESENCE_CONFIDENCE : actorHit ? PATTERN_CONFIDENCE : INHERITED_ACTOR_CONFIDENCE;
  const candidates = placementCandidates(
    'WithdrawalBegun',
    s,
    { actors: [actor] },
    locations,
    date,
    undefined,
    confidence,
  );
  candidates.push(
    ...moreOrigins(ctx, s, places.length ? places[places.length - 1]!.mention.last : t + 1, actor, span, leaveLike),
  );
  return {
    begun: true,
    candidates: forCoordinatedActors(ctx, actorHit?.mention ?? presentOwner, candidates),
    end: t + 1,
    explicitPlace,
  };
}

/**
 * "announced the completion of the U.S. withdrawal from Afghanistan": a state or body named right before a withdrawal
 * noun owns the forces withdrawn, wherever the noun phrase stands in the clause.
 */
function nounOwner(ctx: ArticleContext, t: number): { actor: NamedRef; mention: Mention } | undefined {
  if (!OWNED_WITHDRAWAL_NOUNS.has(lowerAt(ctx, t))) return undefined;
  const m = mentionAtToken(ctx, t - 1);
  if (!m || m.last !== t || m.entry.kind === 'place' || m.entry.kind === 'capital') return undefined;
  const actor = actorOf(m.entry);
  return actor ? { actor, mention: m } : undefined;
}

/**
 * "the withdrawal of the Collective Security Treaty Organization's peacekeeping forces": the words a possessive name
 * after "of" (and "the") adds to the reach for the forces, which counts that name as one word.
 */
function ownerNameAfterOf(ctx: ArticleContext, t: number): number {
  if (lowerAt(ctx, t + 1) !== 'of') return 0;
  const m = mentionAtToken(ctx, lowerAt(ctx, t + 2) === 'the' ? t + 3 : t + 2);
  return m && m.possessive ? m.last - m.first - 1 : 0;
}

/** How far before its forces "the mission's" may stand ("the mission's roughly 13,000 soldiers"). */
const MISSION_OWNER_REACH = 4;

/** "the mission's 13,000 soldiers": the mission named before that owns the forces at `force`, else undefined. */
function missionOwningForces(ctx: ArticleContext, s: Sentence, force: number): Mention | undefined {
  // "the mission's soldiers", where "mission" itself is the force noun found.
  if (lowerAt(ctx, force) === 'mission' && lowerAt(ctx, force - 1) === 'the' && !ctx.tokens[force]!.cap)
    return referredMission(ctx, force - 1);
  for (let j = force - 1; j >= s.first + 1 && j >= force - MISSION_OWNER_REACH; j--) {
    if (!["'s", '’s'].includes(lowerAt(ctx, j))) continue;
    if (lowerAt(ctx, j - 1) !== 'mission' || lowerAt(ctx, j - 2) !== 'the') return undefined;
    return referredMission(ctx, j - 2);
  }
  return undefined;
}

/**
 * Whether the verb before token i has no object or origin: a follower such as "in", a date ("departed the next
 * month"), or a destination that is no place ("were withdrawn to ships offshore").
 */
function leftAlone(ctx: ArticleContext, i: number): boolean {
  if (LEFT_ALONE_FOLLOWERS.has(lowerAt(ctx, i)) || ctx.inDate[i] === 1) return true;
  // "left at the end of June", "left at dawn": a time, not a place.
  if (lowerAt(ctx, i) === 'at') return timeAt(ctx, i + 1);
  // "were withdrawn for service elsewhere" (but "left for Mali" names where they went).
  return (lowerAt(ctx, i) === 'to' || lowerAt(ctx, i) === 'for') && !destinationNamed(ctx, i + 1);
}

/** Whether the noun at t names the leaving forces after "of" ("the departure of the PLO fighters"). */
function nounForcesOf(ctx: ArticleContext, w: string, t: number): boolean {
  return LEAVING_OF_NOUNS.has(w) && lowerAt(ctx, t + 1) === 'of' && forceAfter(ctx, t + 2) >= 0;
}

/** Words after "over the" that make what follows a span of time ("over the following weeks"). */
const SPAN_OPENERS = new Set(['following', 'next', 'coming', 'ensuing', 'subsequent']);

/** Whether "over" at i opens a span of time ("over the following weeks", "over the summer of 1955"). */
function spanAfterOver(ctx: ArticleContext, i: number): boolean {
  if (lowerAt(ctx, i) !== 'over') return false;
  if (ctx.inDate[i + 1] === 1) return true;
  return lowerAt(ctx, i + 1) === 'the' && (SPAN_OPENERS.has(lowerAt(ctx, i + 2)) || ctx.inDate[i + 2] === 1);
}

/** How far before its verb "the mission" may stand as the subject ("the mission had already begun relocating"). */
const MISSION_SUBJECT_REACH = 4;

/**
 * "the mission began relocating its peacekeepers": the organization a subject "the mission" standing after token
 * `after` refers to, else undefined.
 */
function missionSubject(ctx: ArticleContext, s: Sentence, t: number, after: number): NamedRef | undefined {
  for (let j = t - 1; j > after && j >= t - MISSION_SUBJECT_REACH; j--) {
    if (ctx.tokens[j]!.kind !== 'word') return undefined;
    if (lowerAt(ctx, j) === 'mission' && lowerAt(ctx, j - 1) === 'the') return referredActor(ctx, j - 1, 'mission');
  }
  return undefined;
}

/** Participles that restate the clause before them as a withdrawal ("…, completing a phased withdrawal"). */
const RESTATING_PARTICIPLES = new Set(['completing', 'ending', 'finishing', 'concluding']);
/** How many words may stand between the participle and its withdrawal noun ("completing a phased withdrawal"). */
const RESTATED_NOUN_REACH = 3;

/** The comma before "…, completing a withdrawal" whose noun is at t, else -1. */
function restatingComma(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t - 1; j > s.first && j >= t - 1 - RESTATED_NOUN_REACH; j--) {
    if (RESTATING_PARTICIPLES.has(lowerAt(ctx, j))) return lowerAt(ctx, j - 1) === ',' ? j - 1 : -1;
    if (ctx.tokens[j]!.kind !== 'word') return -1;
  }
  return -1;
}

/** The origin ("out of X", "from X") of the clause that ends at the comma `comma`, read as a trigger's origin. */
function restatedOrigin(ctx: ArticleContext, s: Sentence, comma: number, exclude: (m: Mention) => boolean): PlaceHit[] {
  let j = comma - 1;
  while (j > s.first && lowerAt(ctx, j) !== 'from' && !(lowerAt(ctx, j) === 'of' && lowerAt(ctx, j - 1) === 'out')) j--;
  if (j <= s.first) return [];
  const preps = lowerAt(ctx, j) === 'of' ? OUT_OF : FROM;
  const places = placesAfterPreposition(ctx, j, comma, preps, exclude);
  return places.length ? places : geocodedOrigin(ctx, s, j, comma, preps);
}

/** Parts of a period named before it ("the end of June"). */
const PERIOD_PARTS = new Set(['end', 'start', 'beginning', 'middle', 'close', 'turn']);
/** Times of day a departure may be set at. */
const TIMES_OF_DAY = new Set(['dawn', 'dusk', 'midnight', 'noon', 'night', 'daybreak', 'first']);

/** Whether a time starts at i: a date, "the end of" one, or a time of day ("midnight on 30 August"). */
function timeAt(ctx: ArticleContext, i: number): boolean {
  if (ctx.inDate[i] === 1 || TIMES_OF_DAY.has(lowerAt(ctx, i))) return true;
  return (
    lowerAt(ctx, i) === 'the' &&
    PERIOD_PARTS.has(lowerAt(ctx, i + 1)) &&
    lowerAt(ctx, i + 2) === 'of' &&
    ctx.inDate[i + 3] === 1
  );
}

/** How far before a leave verb its pronoun subject may stand ("they finally left"). */
const PRONOUN_REACH = 4;

/** Whether `word` stands just before t in its sentence. */
function wordNear(ctx: ArticleContext, s: Sentence, t: number, word: string): boolean {
  for (let j = t - 1; j >= s.first && j >= t - PRONOUN_REACH; j--) if (lowerAt(ctx, j) === word) return true;
  return false;
}

/** Determiners that make a force noun a reference to forces named before ("the contingent", "these troops"). */
const DEFINITE_FORCES = new Set(['the', 'these', 'those']);

/** Participles that, after a past main clause, tell a withdrawal done ("remained longer, withdrawing from X in 1922"). */
const LEAVING_PARTICIPLES = new Set(['withdrawing', 'leaving', 'evacuating', 'abandoning']);

/** Verbs that leave a place only as a home-coming ("returned home", "was flown home", "were shipped home"). */
const HOME_VERBS = new Set([...HOME_COMING, 'flown', 'flew', 'shipped', 'sailed', 'went', 'gone', 'headed']);

/** Voyages that leave a place when the last forces there make them ("the last troops sailed from Veracruz"). */
const VOYAGE_VERBS = new Set(['sailed', 'flew', 'flown']);

/** How far before its verb the "last" of "the last American troops" may stand. */
const LAST_FORCES_REACH = 6;

/** How far after a voyage verb its destination may stand ("sailed from Toulon for Lebanon"). */
const VOYAGE_DESTINATION_REACH = 8;

/**
 * "The last American troops sailed from Veracruz", "the final contingent flew out of Kabul": the last forces leaving
 * by sea or air leave the place they sail from; a fleet that sails from its home port does not.
 */
function lastForcesGoing(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (!VOYAGE_VERBS.has(lowerAt(ctx, t))) return false;
  const next = lowerAt(ctx, t + 1);
  if (next !== 'from' && !(next === 'out' && lowerAt(ctx, t + 2) === 'of')) return false;
  // "the last French troops sailed from Toulon for Lebanon": a voyage to a named place is a move between posts;
  // "withdraw the army from Slovenia, and the last soldiers sailed from the port of Koper", "sailed from this port":
  // a port of embarkation for an origin named before is no place of its own.
  for (let j = t + 2; j < s.last && j <= t + VOYAGE_DESTINATION_REACH; j++) {
    const x = lowerAt(ctx, j);
    if ((x === 'to' || x === 'for') && ctx.tokens[j + 1]?.cap) return false;
    if (EMBARKATION_NOUNS.has(x) && (wordBetween(ctx, t + 2, j, THIS) || originNamedBefore(ctx, s, t))) return false;
    if (ctx.tokens[j]!.kind === 'punct' && x !== '-') break;
  }
  let forces = false;
  for (let j = t - 1; j >= s.first && j >= t - LAST_FORCES_REACH; j--) {
    const x = lowerAt(ctx, j);
    if (FORCE_NOUNS.has(x)) forces = true;
    else if (LAST_FORCE_WORDS.has(x)) return forces;
    // "the last blue-helmeted soldiers": a hyphen joins an adjective before the forces.
    else if (ctx.tokens[j]!.kind === 'punct' && x !== '-') return false;
  }
  return false;
}

const THIS = new Set(['this']);

/** Whether a place after "from" stands before token t in the sentence ("withdraw the army from Slovenia, and …"). */
function originNamedBefore(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = s.first; j < t - 1; j++) {
    if (lowerAt(ctx, j) !== 'from') continue;
    const m = mentionAtToken(ctx, j + 1) ?? mentionAtToken(ctx, j + 2);
    if (m && placeOf(m.entry)) return true;
  }
  return false;
}

/** Where forces board for a voyage, not a place they held ("the port of Koper"). */
const EMBARKATION_NOUNS = new Set(['port', 'harbour', 'harbor']);

/** How far after a moving noun its "out of" may stand ("the repositioning of the last U.S. forces out of"). */
const OUT_OF_REACH = 8;

/** The "out" of "… of FORCES out of" after a moving noun at t, else -1. */
function outOfAfter(ctx: ArticleContext, s: Sentence, t: number): number {
  if (lowerAt(ctx, t + 1) !== 'of') return -1;
  for (let j = t + 2; j < s.last && j <= t + OUT_OF_REACH; j++) {
    if (lowerAt(ctx, j) === 'out' && lowerAt(ctx, j + 1) === 'of') return forceAfter(ctx, t + 2) >= 0 ? j : -1;
    if (ctx.tokens[j]!.kind === 'punct') return -1;
  }
  return -1;
}

/** How many words a destination after "to" may take ("to their ships offshore"). */
const DESTINATION_REACH = 4;

/** Whether a name (capitalized word or known mention) stands in the destination after "to" at i. */
function destinationNamed(ctx: ArticleContext, i: number): boolean {
  for (let j = i; j < i + DESTINATION_REACH && j < ctx.tokens.length; j++) {
    const t = ctx.tokens[j]!;
    if (t.kind === 'punct' || ctx.inDate[j]) return false;
    if (t.cap || mentionAtToken(ctx, j)) return true;
  }
  return false;
}

/** Words after "the" that make the forces after a verb the subject's own ("withdrew the last Marines"). */
const LAST_WORDS = new Set(['last', 'remaining']);

/** Possessives that make the forces after a verb the subject's own ("withdrew their forces in December"). */
const OWN = new Set(['its', 'their', 'his', 'her']);

/** The token after an object "its/their (remaining) forces" at i, else i. */
function afterOwnForces(ctx: ArticleContext, i: number): number {
  // "withdrawing some of its forces", "the bulk of its troops": a part of the subject's own forces.
  const part = lowerAt(ctx, i) === 'the' ? i + 1 : i;
  if (PARTITIVES.has(lowerAt(ctx, part)) && lowerAt(ctx, part + 1) === 'of' && OWN.has(lowerAt(ctx, part + 2)))
    i = part + 2;
  // "withdrew the last Marines in August 1934": forces after "the" with "last"/"remaining" are the subject's own.
  const theLast = lowerAt(ctx, i) === 'the' && LAST_WORDS.has(lowerAt(ctx, i + 1));
  if (!OWN.has(lowerAt(ctx, i)) && !theLast) return i;
  for (let j = i + 1; j <= i + 3; j++) if (FORCE_NOUNS.has(lowerAt(ctx, j))) return j + 1;
  return i;
}

/** Words naming a part of a set of forces before "of" ("some of its forces", "the bulk of its troops"). */
const PARTITIVES = new Set(['some', 'part', 'most', 'half', 'many', 'all', 'bulk', 'rest', 'remainder']);

/** How far back from a trigger the "that" of a reported clause may stand. */
const REPORTED_THAT_REACH = 10;

/** The token after the "that" opening the reported clause of trigger t, or 0 where there is none. */
function thatBefore(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t - 1; j >= s.first && j >= t - REPORTED_THAT_REACH; j--) if (lowerAt(ctx, j) === 'that') return j + 1;
  return 0;
}

/** How far after a release verb its base noun may stand ("handed over the Al-Asad air base"). */
const BASE_OBJECT_REACH = 9;

/**
 * "handed its base at Kamanyola to ...", "gave up their forward base at Gossi", "closed its last base in Niger":
 * leaving a place, base by base.
 */
function isBaseHandover(ctx: ArticleContext, s: Sentence, t: number): boolean {
  return isActiveBaseHandover(ctx, s, t) || (BASE_RELEASE_WORDS.has(lowerAt(ctx, t)) && !!passiveHandedBase(ctx, s, t));
}

/** As isBaseHandover, without the passive release (which withdrawalAt reads once for its places and holder). */
function isActiveBaseHandover(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (!BASE_RELEASE_WORDS.has(lowerAt(ctx, t))) return false;
  if (handedOverPlace(ctx, s, t).length) return true;
  for (let j = t + 1; j < Math.min(s.last, t + BASE_OBJECT_REACH); j++) {
    const w = lowerAt(ctx, j);
    if (HELD_NOUNS.has(w)) return true;
    // "handed Bagram Air Field, the hub of the war, to Afghan forces": a base by its own name.
    if (namedBase(ctx, s, j)) return true;
    if (w === 'control') return controlledPlace(ctx, s, t).length > 0;
    // "transferred troops to the base in X": a base after a preposition is not what is released.
    if (OBJECT_ENDS.has(w)) return false;
    // "Kyrgyzstan closed the U.S. base at Manas": the base of another owner, whose forces are the ones leaving.
    if (OWNER_KINDS.has(mentionsIn(ctx, j, j + 1)[0]?.entry.kind ?? 'place')) return false;
    if (ctx.tokens[j]!.kind === 'punct' && !attachedDash(ctx, j)) return false;
  }
  return false;
}

const HAND_FORMS = new Set(['handed', 'hands', 'handing', 'hand']);

/** Participles of a release verb that state a base released in the passive ("was handed over", "were transferred"). */
const PASSIVE_RELEASE_FORMS = new Set(['handed', 'turned', 'transferred', 'returned', 'ceded', 'relinquished']);
/** Of those, the ones that need a particle to release ("handed over", "turned over", not "turned to"). */
const PARTICLE_RELEASE_FORMS = new Set(['handed', 'turned']);
/** How far back from a passive release its subject may reach ("Camp X, the largest French facility …, was"). */
const PASSIVE_SUBJECT_REACH = 30;
/** How far before a base noun its owner may stand ("the largest U.S. air base", "France's largest base"). */
const BASE_OWNER_REACH = 4;
/** How many sentences back a base's short name may name it ("Clark Air Base … Clark was turned over"). */
const SHORT_BASE_NAME_SENTENCES = 4;

/** A base released in the passive: where it is, and whose forces held it. */
interface PassiveRelease {
  places: PlaceHit[];
  /** The owner named on the base or on the presence the release ended. */
  owner?: NamedRef;
  /** Else the state or body named last before, for when no withdrawal just read names one. */
  holder?: NamedRef;
}

/**
 * "Clark Air Base … was turned over to the Philippine Government", "Gao, France's largest base, which was handed
 * over to the Malian army", "the third Coalition site handed over this month": a base, installation or site
 * released in the passive (or a participle on its noun) is left by the forces that held it. Planned releases ("will
 * be handed over", "bases to be handed over") and denials are refused by the verb group; the subject must name a base.
 */
function passiveHandedBase(ctx: ArticleContext, s: Sentence, t: number): PassiveRelease | undefined {
  const w = lowerAt(ctx, t);
  if (!PASSIVE_RELEASE_FORMS.has(w)) return undefined;
  const next = lowerAt(ctx, t + 1);
  if (PARTICLE_RELEASE_FORMS.has(w) ? !RELEASE_PARTICLES.has(next) : !['to', 'over', 'back'].includes(next))
    return undefined;
  const g = verbGroup(ctx, s, t);
  // "was not handed over", "bases to be handed over", "will be transferred": no release done.
  if (g.negated || g.infinitive || g.modal) return undefined;
  // "the third Coalition site handed over this month": a participle right after its base noun.
  const reduced = g.first === t && HELD_NOUNS.has(lowerAt(ctx, t - 1));
  if (!g.passive && !reduced) return undefined;
  let end = g.first;
  // "…, which was handed over": the subject is what the relative hangs on.
  if (['which', 'that'].includes(lowerAt(ctx, end - 1))) end -= 1;
  // The subject runs back to the clause's start; a participle's noun phrase, to the comma before it.
  const stops = reduced ? [';', ':', ','] : [';', ':'];
  let first = end;
  while (
    first > s.first &&
    first > end - PASSIVE_SUBJECT_REACH &&
    !stops.includes(lowerAt(ctx, first - 1)) &&
    // "…, after the garrisons in A and B were handed over": the subject starts after its subordinator.
    !SUBJECT_SUBORDINATORS.has(lowerAt(ctx, first - 1))
  )
    first--;
  const receiver = receiverOf(ctx, s, t);
  let places = releasedBase(ctx, s, first, end);
  // "The drone base near Agadez was handed over to Nigerien authorities": a base with no place of its own is left
  // in the state whose authorities receive it.
  if (!places.length && wordBetween(ctx, first, end, HELD_NOUNS) && receiver?.receiverMention)
    places = [{ place: receiver.state!, mention: receiver.receiverMention }];
  if (!places.length) return undefined;
  const owner = baseOwner(ctx, s, first, end) ?? presenceEnded(ctx, s, t);
  const holder = holderBefore(ctx, s, first, receiver?.actor);
  return { places, ...(owner ? { owner } : {}), ...(holder ? { holder } : {}) };
}

/** The base a passive subject in [first, end) names: a named base, a place on a base noun, or a base's short name. */
function releasedBase(ctx: ArticleContext, s: Sentence, first: number, end: number): PlaceHit[] {
  let baseNoun = false;
  for (let j = first; j < end; j++) {
    // "The Rivermouth Air Base": the article opens the subject, not the name.
    const named = lowerAt(ctx, j) === 'the' ? namedBase(ctx, s, j + 1, true) : namedBase(ctx, s, j);
    if (named) return [named];
    if (HELD_NOUNS.has(lowerAt(ctx, j))) baseNoun = true;
  }
  if (baseNoun) {
    for (let j = first; j < end; j++) {
      // "the drone base near the northern city of Agadez": a base near a place is not in it.
      if (NEAR_BASE.has(lowerAt(ctx, j))) return [];
      const m = mentionAtToken(ctx, j);
      const place = m && m.first === j ? placeOf(m.entry) : undefined;
      if (m && place && !m.possessive && m.entry.kind !== 'state' && !isCompoundAdjective(ctx, m))
        return [{ place, mention: m }];
      // "set off from Gao, France's largest base", "the base at Kidal": a town GeoNames knows, in a place slot.
      // A name that opens the subject stands in apposition to its base ("Gao, France's largest base").
      const opens = j === first && lowerAt(ctx, j + 1) === ',';
      const slotted =
        ctx.tokens[j]!.cap &&
        !m &&
        !HELD_NOUNS.has(lowerAt(ctx, j)) &&
        (opens || PLACE_SLOT_WORDS.has(lowerAt(ctx, j - 1)));
      // A base's own name read as a slot ("the Sergent Adji Kossei base") is no town.
      const slot = slotted
        ? slotPlaces(ctx, s, j).filter(
            (p) => p.mention.first === j && !wordBetween(ctx, p.mention.first, p.mention.last, HELD_NOUNS),
          )
        : [];
      if (slot.length) return slot;
    }
    return [];
  }
  // "Clark was formally turned over": one capitalized word that opens a base named shortly before.
  if (end - first !== 1 || !ctx.tokens[first]!.cap || mentionAtToken(ctx, first)) return [];
  const word = lowerAt(ctx, first);
  for (let k = s.index; k >= 0 && k >= s.index - SHORT_BASE_NAME_SENTENCES; k--) {
    const before = ctx.sentences[k]!;
    for (let j = before.first; j < (k === s.index ? first : before.last); j++) {
      if (lowerAt(ctx, j) !== word) continue;
      const named = namedBase(ctx, before, j);
      if (named) return [named];
    }
  }
  return [];
}

/** Subordinators that open the clause of a passive release ("after the garrisons … were handed over"). */
const SUBJECT_SUBORDINATORS = new Set(['after', 'when', 'before', 'while', 'since', 'because', 'until']);
/** Words that put a base beside a place, not in it ("near Agadez", "outside Bishkek"). */
const NEAR_BASE = new Set(['near', 'outside', 'adjoining', 'beside']);
/** Words after which a capitalized word in a base's subject is read as a place slot ("from Gao", "the Gao base"). */
const PLACE_SLOT_WORDS = new Set(['from', 'at', 'in', 'the']);

/** "the largest U.S. air base", "France's largest base", "the Coalition site": the owner on a base noun. */
function baseOwner(ctx: ArticleContext, s: Sentence, first: number, end: number): NamedRef | undefined {
  for (let j = first; j < end; j++) {
    if (!HELD_NOUNS.has(lowerAt(ctx, j))) continue;
    for (let k = j - 1; k >= first && k >= j - BASE_OWNER_REACH; k--) {
      const m = mentionAtToken(ctx, k);
      if (m && OWNER_KINDS.has(m.entry.kind)) return actorOf(m.entry);
      if (ctx.tokens[k]!.kind === 'punct' && !["'s", '’s'].includes(lowerAt(ctx, k))) break;
    }
  }
  return undefined;
}

/** Words after an owner that name its forces' presence ("ending 12 years of U.S. military operations"). */
const PRESENCE_WORDS = new Set(['military', 'presence', 'forces', 'troops', 'operations']);

/** "…, ending more than 12 years of U.S. military presence at the facility": the owner whose presence ended. */
function presenceEnded(ctx: ArticleContext, s: Sentence, t: number): NamedRef | undefined {
  let ending = false;
  for (let j = t + 1; j < s.last; j++) {
    if (lowerAt(ctx, j) === 'ending') ending = true;
    if (!ending) continue;
    const m = mentionAtToken(ctx, j);
    if (m && m.first === j && OWNER_KINDS.has(m.entry.kind) && PRESENCE_WORDS.has(lowerAt(ctx, m.last)))
      return actorOf(m.entry);
  }
  return undefined;
}

/**
 * "the United States decided to abandon it; Clark was formally turned over", "… the United States accelerated the
 * closure of its installations. Clark Air Base … was turned over": the state or body named last before the subject,
 * in its sentence or the one before.
 */
function holderBefore(
  ctx: ArticleContext,
  s: Sentence,
  first: number,
  receiver: NamedRef | undefined,
): NamedRef | undefined {
  const from = ctx.sentences[Math.max(0, s.index - 1)]!.first;
  const mentions = mentionsIn(ctx, from, first).filter(
    (m) =>
      (m.entry.kind === 'state' || m.entry.kind === 'org') &&
      !m.possessive &&
      // "sent troops to Ghana": where forces went is not who holds the base.
      !MOVED_TO.has(lowerAt(ctx, m.first - 1)) &&
      (!receiver?.code || actorOf(m.entry)?.code !== receiver.code),
  );
  const last = mentions[mentions.length - 1];
  return last ? actorOf(last.entry) : undefined;
}

/** Prepositions that make a name where forces went or were, not who acts. */
const MOVED_TO = new Set(['to', 'into', 'in', 'from', 'at']);

/** Heads after a state's name or people that make it the state's authorities ("Nigerien authorities"). */
const AUTHORITY_NOUNS = new Set(['authorities', 'government', 'army', 'forces', 'military', 'troops', 'police']);

/**
 * "… to the Ghanaian army": the side a released base goes to, by the first owner named after "to"; where that is a
 * state's authorities ("to Nigerien authorities", "to the Kyrgyz government"), also that state and its mention.
 */
function receiverOf(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
): { actor?: NamedRef; state?: NamedRef; receiverMention?: Mention } | undefined {
  const to = lowerAt(ctx, t + 1) === 'to' ? t + 1 : lowerAt(ctx, t + 2) === 'to' ? t + 2 : -1;
  if (to < 0) return undefined;
  const m = mentionsIn(ctx, to + 1, Math.min(s.last, to + 1 + RECEIVER_REACH))[0];
  if (!m || !OWNER_KINDS.has(m.entry.kind)) return undefined;
  const actor = actorOf(m.entry);
  const authorities = AUTHORITY_NOUNS.has(lowerAt(ctx, m.last)) || m.entry.kind === 'state';
  const state = authorities && actor?.code && m.entry.kind !== 'org' ? actor : undefined;
  return { ...(actor ? { actor } : {}), ...(state ? { state, receiverMention: m } : {}) };
}

/** "Armenian forces handed over Kalbajar to Azerbaijan", "handed back Gaza to Egypt": a place handed to another side. */
function handedOverPlace(ctx: ArticleContext, s: Sentence, t: number): PlaceHit[] {
  if (!HAND_FORMS.has(lowerAt(ctx, t)) || !['over', 'back'].includes(lowerAt(ctx, t + 1))) return [];
  const at = lowerAt(ctx, t + 2) === 'the' ? t + 3 : t + 2;
  const places = slotPlaces(ctx, s, at);
  const one = places.length === 1 ? places[0]! : undefined;
  if (!one || lowerAt(ctx, one.mention.last) !== 'to') return [];
  // The receiver is another side: a state, its people or forces, an organization.
  const receiver = mentionsIn(ctx, one.mention.last + 1, one.mention.last + RECEIVER_REACH)[0];
  return receiver && OWNER_KINDS.has(receiver.entry.kind) ? [one] : [];
}
/** How far after "to" the receiver of a handed-over place is named ("to the Afghan army"). */
const RECEIVER_REACH = 3;

const OUT_OF = new Set(['of', 'from']);

/** How far after "removed" the forces removed may be named ("removed all its remaining troops"). */
const REMOVED_OBJECT_REACH = 4;

/** "removed" moves forces: a passive of forces, or forces as its object. */
function removesForces(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (verbGroup(ctx, s, t).passive) return true;
  for (let j = t + 1; j <= t + REMOVED_OBJECT_REACH; j++) {
    if (FORCE_NOUNS.has(lowerAt(ctx, j))) return true;
    if (ctx.tokens[j]?.kind !== 'word') return false;
  }
  return false;
}

/** Withdrawal nouns that name the whole of one withdrawal ("The withdrawal began", "The pullout was completed"). */
const WHOLE_WITHDRAWAL_NOUNS = new Set(['withdrawal', 'pullout', 'pull-out', 'evacuation', 'drawdown', 'retrograde']);

/** "The withdrawal began …": the noun opens its sentence (or clause) after "the", with nothing owning it. */
function bareWithdrawalNoun(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (!WHOLE_WITHDRAWAL_NOUNS.has(lowerAt(ctx, t)) || lowerAt(ctx, t - 1) !== 'the') return false;
  // "The evacuation of civilians began": what is withdrawn is named, and it is not those forces.
  if (lowerAt(ctx, t + 1) === 'of') return false;
  const before = t - 2;
  // "…, and the withdrawal began two days later": a clause joined by ", and" opens with it too.
  const joined = ['and', 'but'].includes(lowerAt(ctx, before)) && [',', ';'].includes(lowerAt(ctx, before - 1));
  return before < s.first || [',', ';'].includes(lowerAt(ctx, before)) || joined || ctx.inDate[before] === 1;
}

/** "the evacuation of Americans from Kabul": a people evacuated, not forces. */
function evacuatesPeople(ctx: ArticleContext, t: number): boolean {
  if (lowerAt(ctx, t + 1) !== 'of') return false;
  const m = mentionsIn(ctx, t + 2, t + 3)[0];
  return !!m && m.first === t + 2 && m.entry.kind === 'demonym' && !FORCE_NOUNS.has(lowerAt(ctx, m.last));
}

const OWNER_KINDS = new Set(['demonym', 'state', 'org', 'orgAdjective']);

/** What a withdrawal hands over or leaves: installations, and the positions or garrison held in them. */
const HELD_NOUNS = new Set([...BASE_NOUNS, 'positions', 'garrison']);
const OBJECT_ENDS = new Set(['to', 'into', 'from', 'at', 'in', 'for', 'with', 'near']);

/** "evacuated its last base in Mali": the place a base named as the object of a leave verb stands in. */
function baseObjectPlace(ctx: ArticleContext, s: Sentence, after: number): PlaceHit[] {
  for (let j = after; j < Math.min(s.last, after + BASE_OBJECT_REACH); j++) {
    if (HELD_NOUNS.has(lowerAt(ctx, j)) && BASE_PREPOSITIONS.has(lowerAt(ctx, j + 1))) return slotPlaces(ctx, s, j + 2);
    if (ctx.tokens[j]!.kind === 'punct' && !attachedDash(ctx, j)) return [];
  }
  return [];
}

/** How far after the handover verb "control of" may stand ("handed over full control of"). */
const CONTROL_REACH = 4;

/** "handed over control of Basra to Iraqi forces": the named place whose control is handed over. */
function controlledPlace(ctx: ArticleContext, s: Sentence, t: number): PlaceHit[] {
  for (let j = t + 1; j < Math.min(s.last, t + CONTROL_REACH + 1); j++) {
    if (lowerAt(ctx, j) !== 'control' || lowerAt(ctx, j + 1) !== 'of') continue;
    return slotPlaces(ctx, s, j + 2);
  }
  return [];
}

/** Leave verbs whose passive subject may be the place left ("the town was abandoned", "it was evacuated"). */
const PASSIVE_LEAVES = new Set(['evacuated', 'abandoned', 'vacated']);
/** Withdrawal nouns whose forces follow "of" ("the withdrawal of the Soviet contingent"). */
const WITHDRAWAL_OF_NOUNS = new Set(['withdrawal', 'pullout', 'evacuation', 'repatriation', 'retrograde']);
/** Withdrawal nouns whose owner may stand right before them as a modifier ("the U.S. withdrawal"). */
const OWNED_WITHDRAWAL_NOUNS = new Set([...WITHDRAWAL_OF_NOUNS, 'departure', 'pullback', 'drawdown', 'disengagement']);
/** Nouns of forces leaving that name the forces after "of" ("the departure of the PLO fighters"). */
const LEAVING_OF_NOUNS = new Set([...WITHDRAWAL_OF_NOUNS, 'departure', 'pullback', 'exit']);

/** How far after "of" the forces' noun may stand ("of the remaining 12,000 Soviet troops"). */
const OF_FORCES_REACH = 6;

/** Whether the subject "the withdrawal of X's forces" ends at i, its predicate next ("began", "was completed"). */
function nounPredicateNext(ctx: ArticleContext, i: number): boolean {
  const w = lowerAt(ctx, i);
  return BEGIN_CUES.has(w) || w === 'was' || w === 'had' || w === 'has' || w === ',';
}

/** The force noun of the phrase starting at i, or -1. */
function forceAfter(ctx: ArticleContext, i: number): number {
  for (let j = i; j < i + OF_FORCES_REACH && j < ctx.tokens.length; j++) {
    if (FORCE_NOUNS.has(lowerAt(ctx, j))) return j;
    if (ctx.tokens[j]!.kind === 'punct') return -1;
  }
  return -1;
}

/** Nouns by which a passive subject refers to a place named before ("the town was abandoned"). */
const PLACE_REFERENCES = new Set(['town', 'city', 'village', 'port', 'island', 'capital', 'base', 'garrison']);
/** How many sentences back "it" may look for the place it stands for. */
const PLACE_IT_SENTENCES = 1;

/** The place that is the subject ending at token j: a place's name, or "it" for the last place named before. */
function passivePlaceSubject(ctx: ArticleContext, s: Sentence, j: number): PlaceHit[] {
  // "The town was abandoned": the place the reference names.
  if (PLACE_REFERENCES.has(lowerAt(ctx, j)) && lowerAt(ctx, j - 1) === 'the') {
    const place = referredPlace(ctx, j - 1, lowerAt(ctx, j));
    const mention = {
      first: j - 1,
      last: j + 1,
      entry: { kind: 'place' as const, name: place?.name ?? '' },
      possessive: false,
    };
    return place ? [{ place, mention }] : [];
  }
  if (lowerAt(ctx, j) !== 'it') {
    const m = mentionsIn(ctx, s.first, j + 1).find((x) => x.last === j + 1);
    const place = m && !m.possessive ? placeOf(m.entry) : undefined;
    return place && m!.entry.kind !== 'state' ? [{ place, mention: m! }] : [];
  }
  const from = ctx.sentences[Math.max(0, s.index - PLACE_IT_SENTENCES)]!.first;
  const mentions = mentionsIn(ctx, from, j).filter((m) => m.entry.kind === 'place' && !m.possessive);
  const last = mentions[mentions.length - 1];
  const place = last ? placeOf(last.entry) : undefined;
  return place ? [{ place, mention: last! }] : [];
}

/** The places of the slot the first origin preposition in [from, to) opens, named or geocoded. */
/** How many tokens may stand between a preposition and its place before the place is read as another slot's. */
const SLOT_FILLER_REACH = 3;

/** The first token of `preps` in [from, to), or `to`. */
function firstOf(ctx: ArticleContext, from: number, to: number, preps: Set<string>): number {
  for (let j = from; j < to; j++) if (preps.has(lowerAt(ctx, j))) return j;
  return to;
}

function geocodedOrigin(ctx: ArticleContext, s: Sentence, from: number, to: number, preps: Set<string>): PlaceHit[] {
  for (let j = from; j < to && j < s.last; j++) {
    const w = lowerAt(ctx, j);
    if (w === ',' || w === ';' || w === '.') break;
    if (preps.has(w)) return slotPlaces(ctx, s, j + 1);
  }
  return [];
}

/** The places of a place slot at i, named or geocoded, as hits. */
function slotPlaces(ctx: ArticleContext, s: Sentence, i: number): PlaceHit[] {
  return placesAt(ctx, s, i).map((slot) => ({
    place: slot.place,
    mention: {
      first: slot.first,
      last: slot.last,
      entry: { kind: 'place', name: slot.place.name },
      possessive: false,
    },
  }));
}

/** Prepositions after "base" that name where it stands ("its base at Nasiriyah", "the base in Kidal"). */
const BASE_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside']);
/** Of those, the ones that put the base inside the place named. */
const BASE_INSIDE = new Set(['at', 'in']);

/** The place of the base handed over: "its base at Kamanyola in South Kivu", "first Congo base", "base in Chad". */
function basePlace(ctx: ArticleContext, s: Sentence, t: number): PlaceHit[] {
  const controlled = controlledPlace(ctx, s, t);
  if (controlled.length) return controlled;
  const handed = handedOverPlace(ctx, s, t);
  if (handed.length) return handed;
  for (let j = t + 1; j < Math.min(s.last, t + 12); j++) {
    // "… to Morocco": who receives the base, not where it stands.
    if (lowerAt(ctx, j) === 'to') break;
    // A town the mention gazetteer does not know, in the base's own place slot ("the naval base of Mers-el-Kebir").
    if ((BASE_PREPOSITIONS.has(lowerAt(ctx, j)) || lowerAt(ctx, j) === 'of') && BASE_NOUNS.has(lowerAt(ctx, j - 1))) {
      const slot = slotPlaces(ctx, s, j + 1);
      if (slot.length) return slot;
    }
    // "the transfer of Camp Taji to Iraqi forces": a base named with its base noun ("Camp X", "X Air Base").
    // A base named with the place it stands in ("Clark Air Base in the Philippines") is read at that place; one
    // near a place ("K1 Air Base near Kirkuk") is not in it.
    const named = namedBase(ctx, s, j);
    if (named && !BASE_INSIDE.has(lowerAt(ctx, named.mention.last))) return [named];
    const m = mentionsIn(ctx, j, j + 1)[0];
    // "transferred their portion of Al-Qaim base": a town nobody names before its lower-case base noun.
    if (!m && ctx.tokens[j]!.cap && BASE_NOUNS.has(ctx.tokens[j + 1]?.text ?? '')) {
      // "Al-Qaim": the name starts before a dash inside it.
      const start = lowerAt(ctx, j - 1) === '-' && attachedDash(ctx, j - 1) && ctx.tokens[j - 2]?.cap ? j - 2 : j;
      const slot = slotPlaces(ctx, s, start).filter((p) => p.mention.first === start);
      if (slot.length) return slot;
    }
    if (!m) continue;
    const place = placeOf(m.entry);
    if (place) return [{ place, mention: m }];
    j = m.last - 1;
  }
  return includedBase(ctx, s, t) ?? baseReferredBack(ctx, s, t);
}

/** "handed over seven facilities to the Afghan Ministry of Defense, including Bagram Airfield": the base listed. */
function includedBase(ctx: ArticleContext, s: Sentence, t: number): PlaceHit[] | undefined {
  for (let j = t + 1; j < s.last - 1; j++) {
    if (lowerAt(ctx, j) === ';') return undefined;
    if (lowerAt(ctx, j) !== 'including') continue;
    const named = namedBase(ctx, s, j + 1);
    if (named) return [named];
    const m = mentionsIn(ctx, j + 1, j + 2)[0];
    const place = m ? placeOf(m.entry) : undefined;
    return place && m ? [{ place, mention: m }] : undefined;
  }
  return undefined;
}

/** How many sentences back "the base" may name a base named before ("Clark Air Base … turned the base over"). */
const BASE_REFERENCE_SENTENCES = 4;

/** "the U.S. Air Force turned the base over": the base of that sort named last before, by its own name. */
function baseReferredBack(ctx: ArticleContext, s: Sentence, t: number): PlaceHit[] {
  // "turned over the base", "gave up their base".
  const object = RELEASE_PARTICLES.has(lowerAt(ctx, t + 1)) ? t + 2 : t + 1;
  if (!['the', 'its', 'their'].includes(lowerAt(ctx, object))) return [];
  // "the sprawling desert base": a few describing words may stand before the noun.
  let at = object + 1;
  while (at <= object + BASE_DESCRIBING_WORDS && !BASE_NOUNS.has(lowerAt(ctx, at)) && isLowerWord(ctx, at)) at++;
  const noun = lowerAt(ctx, at);
  if (!BASE_NOUNS.has(noun)) return [];
  for (let k = s.index; k >= 0 && k >= s.index - BASE_REFERENCE_SENTENCES; k--) {
    const sentence = ctx.sentences[k]!;
    const end = k === s.index ? t : sentence.last;
    for (let j = end - 1; j >= sentence.first; j--) {
      const named = namedBase(ctx, sentence, j);
      // "the camp" is the camp named before; "the base" any base so named ("Camp Bastion … the base").
      if (named && (GENERIC_BASE_NOUNS.has(noun) || lowerAt(ctx, named.mention.last - 1) === noun)) return [named];
    }
  }
  return siteBefore(ctx, s, t);
}

/** "lowered the flag at Subic Bay, turning over its largest base": the place just after "at" earlier in the clause. */
function siteBefore(ctx: ArticleContext, s: Sentence, t: number): PlaceHit[] {
  for (let j = t - 1; j > s.first; j--) {
    if (lowerAt(ctx, j) === ';') return [];
    if (lowerAt(ctx, j - 1) !== 'at') continue;
    return slotPlaces(ctx, s, j);
  }
  return [];
}
/** Particles of a release verb before its object ("handed over", "gave up"). */
const RELEASE_PARTICLES = new Set(['over', 'back', 'up']);
/** How many describing words may stand between "the" and a base noun that refers back ("the sprawling desert base"). */
const BASE_DESCRIBING_WORDS = 3;
/** Base nouns that may refer back to a base of any kind named before ("Camp Bastion … the base"). */
const GENERIC_BASE_NOUNS = new Set(['base', 'facility', 'installation']);

const isLowerWord = (ctx: ArticleContext, i: number) =>
  ctx.tokens[i]?.kind === 'word' && !ctx.tokens[i]!.cap && !mentionAtToken(ctx, i);

/** How many capitalized words a base's own name may take ("Camp Taji", "Al Asad Air Base"). */
const BASE_NAME_TOKENS = 5;

/** A capitalized name starting at j that holds a base noun ("Camp Taji", "K1 Air Base"), as a place. */
/** How far before "to" such a word may stand ("the last convoy of U.S. troops to leave"). */
const LAST_TO_LEAVE_REACH = 6;
/** Words after the infinitive that put the leaving ahead ("… to leave Estonia will depart next week"). */
const AHEAD_WORDS = new Set(['will', 'would', 'shall', 'expected', 'due', 'scheduled', 'may', 'could']);

/**
 * "The last convoy of U.S. troops to leave Iraq crossed into Kuwait": the last forces "to leave" a place, in a
 * sentence that tells what they did, left it.
 */
function lastToLeave(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (lowerAt(ctx, t - 1) !== 'to') return false;
  let last = false;
  let forces = false;
  for (let j = t - 2; j > s.first && j >= t - 1 - LAST_TO_LEAVE_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (FORCE_NOUNS.has(w) || w === 'convoy') forces = true;
    // "the last troops to leave", and "the first Soviet troops to leave Hungary … boarded a train".
    if ((LAST_FORCE_WORDS.has(w) || w === 'first') && lowerAt(ctx, j - 1) === 'the') last = true;
    if (ctx.tokens[j]!.kind === 'punct' && w !== '.' && w !== '-') break;
  }
  if (!last || !forces) return false;
  for (let j = t + 1; j < s.last; j++) if (AHEAD_WORDS.has(lowerAt(ctx, j))) return false;
  return true;
}

/** How far before a leave verb its "which" may stand (", which the last U.S. forces departed"). */
const RELATIVE_REACH = 6;

/** The place right before ", which" that opens the clause of the leave verb at t ("Camp X, which … left"). */
function relativeAntecedent(ctx: ArticleContext, s: Sentence, t: number): PlaceHit[] {
  let which = -1;
  for (let j = t - 1; j > s.first && j >= t - RELATIVE_REACH; j--) {
    if (lowerAt(ctx, j) === 'which') which = j;
    if (which >= 0 || ctx.tokens[j]!.kind === 'punct') break;
  }
  if (which < 0 || lowerAt(ctx, which - 1) !== ',') return [];
  // The clause's subject is forces ("which U.S. forces departed"), so "which" is what they left.
  let forces = false;
  for (let j = which + 1; j < t; j++) if (FORCE_NOUNS.has(lowerAt(ctx, j))) forces = true;
  if (!forces) return [];
  const end = which - 1;
  const m = mentionAtToken(ctx, end - 1);
  const known = m && m.last === end ? placeOf(m.entry) : undefined;
  if (known && m) return [{ place: known, mention: m }];
  let start = end;
  while (
    start > s.first &&
    start > end - BASE_NAME_TOKENS &&
    (ctx.tokens[start - 1]!.cap || isNameNumber(ctx, start - 1))
  )
    start--;
  let base = false;
  for (let k = start; k < end; k++) if (BASE_NOUNS.has(lowerAt(ctx, k))) base = true;
  if (!base || end - start < 2) return [];
  const name = spanText(ctx, start, end);
  return [{ place: { name }, mention: { first: start, last: end, entry: { kind: 'place', name }, possessive: false } }];
}

/** Heads of a facility's capitalized name that are no base noun alone ("Transit Center", "Logistics Centre"). */
const FACILITY_NAME_HEADS = new Set(['center', 'centre']);

function namedBase(ctx: ArticleContext, s: Sentence, j: number, afterArticle = false): PlaceHit | undefined {
  if (!ctx.tokens[j]?.cap || (ctx.tokens[j - 1]?.cap && !afterArticle) || mentionAtToken(ctx, j)) return undefined;
  let k = j;
  let base = false;
  while (k < s.last && k < j + BASE_NAME_TOKENS && (ctx.tokens[k]!.cap || isNameNumber(ctx, k))) {
    // "Bagram Air Field": the two-word airfield.
    // "the Transit Center at Manas": a facility's capitalized head after a word of its own name.
    if (
      BASE_NOUNS.has(lowerAt(ctx, k)) ||
      (lowerAt(ctx, k) === 'field' && lowerAt(ctx, k - 1) === 'air') ||
      (k > j && FACILITY_NAME_HEADS.has(lowerAt(ctx, k)))
    )
      base = true;
    k++;
  }
  if (!base || k - j < 2) return undefined;
  const name = spanText(ctx, j, k);
  return { place: { name }, mention: { first: j, last: k, entry: { kind: 'place', name }, possessive: false } };
}

/** Whether the cue at i states the withdrawal as begun or done: a past form, or a noun after a determiner. */
function statedCue(ctx: ArticleContext, i: number): boolean {
  const w = lowerAt(ctx, i);
  if (!STATED_CUES.has(w)) return false;
  return !['beginning', 'start', 'completion'].includes(w) || ['the', 'its', 'their'].includes(lowerAt(ctx, i - 1));
}

/** Periods of a happening under way ("in the final weeks of their withdrawal"). */
const PHASE_PERIODS = new Set(['stage', 'stages', 'phase', 'phases', 'days', 'weeks', 'months']);
/** The tokens of "in the final" before a phase's period noun. */
const PHASE_LEAD_TOKENS = 3;
/** Which part of it: any but the start is under way, and the start of it too ("in the first days of"). */
const PHASE_ADJECTIVES = new Set(['final', 'last', 'closing', 'late', 'later', 'early', 'first', 'initial', 'middle']);

/**
 * "U.S. forces were in the final weeks of their chaotic withdrawal": the withdrawal under way. Returns the period
 * noun as the cue, else -1.
 */
function phaseOfWithdrawal(ctx: ArticleContext, s: Sentence, t: number): number {
  let j = t - 1;
  if (j > s.first && isLowerWord(ctx, j) && !['its', 'their'].includes(lowerAt(ctx, j))) j--;
  if (!['its', 'their'].includes(lowerAt(ctx, j)) || lowerAt(ctx, j - 1) !== 'of') return -1;
  const period = j - 2;
  if (!PHASE_PERIODS.has(lowerAt(ctx, period)) || !PHASE_ADJECTIVES.has(lowerAt(ctx, period - 1))) return -1;
  return lowerAt(ctx, period - 2) === 'the' && lowerAt(ctx, period - 3) === 'in' ? period : -1;
}

/** How far before a withdrawal its begin cue may stand ("began its phased withdrawal"). */
const CUE_BEFORE_REACH = 4;
/** How far before "the process of" its begin cue may stand ("has begun the process of"). */
const PROCESS_CUE_REACH = 2;

/** How far after a withdrawal its begin cue may stand ("the retrograde of U.S. forces … is now 90 percent complete"). */
const CUE_AFTER_REACH = 14;

/**
 * A begin/complete cue tied to the trigger: "began withdrawing", "starting its withdrawal" (just before it) or
 * "the withdrawal ... has already started", "under way" (after it, in the same clause). "a complete withdrawal" is an
 * adjective, and "after withdrawal, provocations start" another clause.
 */
function findCue(ctx: ArticleContext, s: Sentence, t: number, phase = phaseOfWithdrawal(ctx, s, t)): number {
  if (phase >= 0) return phase;
  let reach = CUE_BEFORE_REACH;
  for (let j = t - 1; j >= Math.max(s.first, t - reach); j--) {
    const w = lowerAt(ctx, j);
    if (ctx.tokens[j]!.kind === 'punct') break;
    // "has begun the process of our deliberate withdrawal": the process is the withdrawal.
    if (w === 'process' && lowerAt(ctx, j + 1) === 'of') reach = t - j + PROCESS_CUE_REACH;
    if (ATTRIBUTIVE_CUES.has(w)) {
      if (modifiesNoun(ctx, j, t)) return j;
      continue;
    }
    if (!BEGIN_CUES.has(w)) continue;
    if (ADJECTIVE_CUES.has(w) && ['a', 'the', 'an', 'its', 'their'].includes(lowerAt(ctx, j - 1))) continue;
    // "retreating in disarray rather than conducting an orderly withdrawal": what was not done.
    const before = `${lowerAt(ctx, j - 2)} ${lowerAt(ctx, j - 1)}`;
    if (before === 'rather than' || before === 'instead of') return -1;
    return j;
  }
  let afterReach = CUE_AFTER_REACH;
  for (let j = t + 1; j < Math.min(s.last, t + afterReach); j++) {
    const w = lowerAt(ctx, j);
    // "the withdrawal of U.S. forces from X, which formally began on May 1,": a relative clause on the noun.
    if (w === ',' && lowerAt(ctx, j + 1) === 'which') return relativeCue(ctx, s, j + 2);
    // "its withdrawal from Mali, completed in August 2022,": a reduced relative clause on the noun.
    // The clause is the nearest noun's ("its exit from Niger follows its withdrawal from Mali, completed …").
    if (w === ',' && REDUCED_RELATIVE_CUES.has(lowerAt(ctx, j + 1)))
      return wordBetween(ctx, t + 1, j, WITHDRAW_VERBS) ? -1 : j + 1;
    // "The withdrawal, during which the PLA demolished roads, bridges and mines, was completed": a relative clause
    // inserted between the noun and its verb.
    if (w === ',' && j === t + 1 && RELATIVE_PREPOSITIONS.has(lowerAt(ctx, j + 1)) && lowerAt(ctx, j + 2) === 'which')
      return insertedRelativeCue(ctx, s, j + 3);
    // "from the right bank, including the city of Kherson, has been completed": an inserted list of what is left.
    const insertEnd = w === ',' && INSERT_OPENERS.has(lowerAt(ctx, j + 1)) ? closingComma(ctx, s, j + 2) : -1;
    if (insertEnd > 0) {
      afterReach += insertEnd - j + 1;
      j = insertEnd;
      continue;
    }
    if (w === ',' || w === ';' || w === 'but' || w === 'while' || w === 'rather' || w === 'instead') break;
    if (BEGIN_CUES.has(w)) return j;
    if (w === 'under' && lowerAt(ctx, j + 1) === 'way') return j;
    if (w === 'carried' && lowerAt(ctx, j + 1) === 'out') return j;
  }
  return -1;
}

/** Adjectives that state the withdrawal noun they modify as under way ("the ongoing withdrawal of American troops"). */
const ATTRIBUTIVE_CUES = new Set(['ongoing']);
/** Words the lexicon may not class as adjectives that stand before a withdrawal noun ("the ongoing phased pullout"). */
const MANNER_WORDS = new Set(['phased', 'staged', 'military', 'troop']);

/**
 * Whether the adjective at j modifies the noun at t ("the ongoing responsible drawdown", "the ongoing U.S.
 * withdrawal"): only adjectives and names stand between, not another noun or a verb ("ongoing clashes delayed a
 * withdrawal").
 */
function modifiesNoun(ctx: ArticleContext, j: number, t: number): boolean {
  for (let k = j + 1; k < t; k++) {
    const w = lowerAt(ctx, k);
    if (!MANNER_WORDS.has(w) && posOf(w) !== 'adjective' && !mentionAtToken(ctx, k) && w !== '.') return false;
  }
  return true;
}

/** Participles that state a withdrawal begun or done as a reduced relative clause after its origin. */
const REDUCED_RELATIVE_CUES = new Set(['completed', 'begun', 'started', 'finished']);
/** Words that open an insertion set off by commas after an origin (", including the city of Kherson,"). */
const INSERT_OPENERS = new Set(['including', 'notably', 'among']);
/** How long such an insertion may run to its closing comma. */
const INSERT_TOKENS = 8;

/** The closing comma of an insertion opened before i, or -1. */
function closingComma(ctx: ArticleContext, s: Sentence, i: number): number {
  for (let j = i; j < s.last && j < i + INSERT_TOKENS; j++) if (lowerAt(ctx, j) === ',') return j;
  return -1;
}

/** Prepositions that open a relative clause on a withdrawal noun ("during which", "in which", "under which"). */
const RELATIVE_PREPOSITIONS = new Set(['during', 'in', 'under', 'after', 'throughout']);
/** How long a relative clause inserted after a withdrawal noun may run to the verb after it. */
const INSERTED_RELATIVE_TOKENS = 30;
/** Auxiliaries of the verb after such a clause ("…, was completed", "…, had been completed"). */
const INSERTED_RELATIVE_AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'been']);

/** The begin cue right after a comma and auxiliaries past the relative clause opening at i, or -1. */
function insertedRelativeCue(ctx: ArticleContext, s: Sentence, i: number): number {
  for (let j = i; j < s.last - 1 && j < i + INSERTED_RELATIVE_TOKENS; j++) {
    if (lowerAt(ctx, j) !== ',') continue;
    let k = j + 1;
    while (INSERTED_RELATIVE_AUXILIARIES.has(lowerAt(ctx, k))) k++;
    if (k > j + 1 && BEGIN_CUES.has(lowerAt(ctx, k))) return k;
  }
  return -1;
}

/** Words that may stand between "which" and its begin cue ("which had formally begun"). */
const RELATIVE_CUE_FILLERS = new Set(['had', 'has', 'have', 'was', 'formally', 'officially', 'already', 'first']);
/** How many such words may stand there. */
const RELATIVE_CUE_REACH = 3;

/** The "which" of ", which (had) began" whose begin cue is at `cue`, else -1. */
function relativeOpening(ctx: ArticleContext, cue: number): number {
  let j = cue - 1;
  while (j > cue - 1 - RELATIVE_CUE_REACH && RELATIVE_CUE_FILLERS.has(lowerAt(ctx, j))) j--;
  return lowerAt(ctx, j) === 'which' && lowerAt(ctx, j - 1) === ',' ? j : -1;
}

/** The begin cue of a relative clause opening at i ("began", "had formally begun"), or -1. */
function relativeCue(ctx: ArticleContext, s: Sentence, i: number): number {
  for (let j = i; j < s.last && j <= i + RELATIVE_CUE_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (BEGIN_CUES.has(w)) return j;
    if (!RELATIVE_CUE_FILLERS.has(w)) return -1;
  }
  return -1;
}

const ONWARD = new Set([
  'reposition',
  'redeploy',
  'redeployed',
  'regroup',
  'relocate',
  'relocated',
  'return',
  'returned',
  'arrive',
  'arrived',
  'based',
  'stationed',
  'consolidated',
  'home',
]);

const ADJECTIVE_CUES = new Set(['complete', 'completed', 'full', 'partial']);

/** Auxiliaries and adverbs between "they" and its verb ("they were finally withdrawn"). */
const THEY_GAP = 3;

/** The "they" subject of the trigger's verb group, or -1. */
function theySubject(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t - 1; j >= s.first && j >= t - 1 - THEY_GAP; j--) {
    const w = lowerAt(ctx, j);
    if (w === 'they') return j;
    // "The 10th Mountain Division deployed to Somalia. It returned home in 1994.": "It" for a formation opening the
    // sentence before.
    if (w === 'it' && j === s.first && formationOpensPrevious(ctx, s)) return j;
    // "the last of them left": a part of the forces named before.
    const part = partOfThem(ctx, j);
    if (part >= 0) return part;
    if (ctx.tokens[j]!.kind !== 'word' || ctx.tokens[j]!.cap) return -1;
  }
  return -1;
}

/** Singular heads of a formation that "It" may stand for. */
const FORMATIONS = new Set([
  ...['division', 'brigade', 'battalion', 'regiment', 'contingent', 'force', 'unit', 'squadron', 'detachment'],
  ...['expedition', 'fleet', 'garrison', 'corps', 'battlegroup', 'flotilla'],
]);
/** How far into the sentence before a formation's head may stand ("The U.S. Army's 10th Mountain Division"). */
const FORMATION_SUBJECT_TOKENS = 8;

/** Whether the sentence before `s` (same paragraph) opens with a formation as its subject. */
function formationOpensPrevious(ctx: ArticleContext, s: Sentence): boolean {
  const before = ctx.sentences[s.index - 1];
  if (!before || before.paragraph !== s.paragraph) return false;
  for (let j = before.first; j < before.last && j < before.first + FORMATION_SUBJECT_TOKENS; j++) {
    if (FORMATIONS.has(lowerAt(ctx, j))) return true;
    if (ctx.wordClass[j]! & (WORD_CLASS.deploy | WORD_CLASS.withdraw)) return false;
  }
  return formationEndsPrevious(ctx, before);
}

/** Verb forms after which "the expedition" is the subject of a clause ("the expedition was held in place"). */
const FORMATION_SUBJECT_VERBS = wordSet('was had remained stayed stood halted');

/**
 * "…, and after a clash in June the expedition was held in place. It began withdrawing in January": the sentence
 * before ends in a clause whose subject is "the" formation, which "It" then stands for.
 */
function formationEndsPrevious(ctx: ArticleContext, before: Sentence): boolean {
  for (let j = before.last - 1; j > before.first; j--) {
    const w = lowerAt(ctx, j);
    if (FORMATIONS.has(w)) return lowerAt(ctx, j - 1) === 'the' && FORMATION_SUBJECT_VERBS.has(lowerAt(ctx, j + 1));
    // Only the last clause: a comma or a link word before it opens another.
    if (w === ',' || w === ';' || w === 'and' || w === 'but') return false;
  }
  return false;
}

/** Where no "from X" is said: a place in the subject ("the mission in eastern Congo began pulling out") or sentence. */
function placeInSentence(ctx: ArticleContext, s: Sentence, t: number, actorMention: Mention | undefined): PlaceHit[] {
  const hits: PlaceHit[] = [];
  const clause = clauseAround(ctx, s, t);
  for (const m of mentionsIn(ctx, clause.first, clause.last)) {
    if (m === actorMention || isVenue(ctx, m) || m.possessive || isCompoundAdjective(ctx, m)) continue;
    // "2,500 U.S. troops … remained": the forces' own name says whose they are, not where they are.
    if (FORCE_NOUNS.has(lowerAt(ctx, m.last)) || ownerInList(ctx, m)) continue;
    const start = ownerStart(ctx, m.first);
    const prev = lowerAt(ctx, start - 1);
    const prev2 = lowerAt(ctx, start - 2);
    if (['into', 'to', 'toward', 'towards', 'via', 'through'].includes(prev) || ['into', 'to'].includes(prev2))
      continue;
    // "Ukrainian forces recaptured Kherson after Russian troops withdrew": the place retaken is the one left.
    if (!['in', 'from', 'of', 'at'].includes(prev) && !['in', 'from', 'at'].includes(prev2) && !RETAKING.has(prev))
      continue;
    // "The Federation of Mali was dissolved when Senegal withdrew from it": a body named for a place is not the place.
    if (prev === 'of' && ctx.tokens[start - 2]?.cap && BODY_NAMED_FOR_PLACE.has(prev2)) continue;
    // Where the forces go next ("will reposition in western Iraq") is not where they leave.
    let onward = false;
    for (let j = m.first - 1; j >= Math.max(s.first, m.first - 4); j--) if (ONWARD.has(lowerAt(ctx, j))) onward = true;
    if (onward) continue;
    const place = placeOf(m.entry);
    // A capital is a place here only after a bearing ("units north of Kyiv"); elsewhere it may speak for its state.
    if (place && (m.entry.kind !== 'capital' || bearingAt(ctx, m.first - 2))) hits.push({ place, mention: m });
  }
  // Prefer the one closest before the trigger.
  const before = hits.filter((h) => h.mention.first < t);
  const pick = before.length ? before[before.length - 1] : hits[0];
  return pick ? [pick] : [];
}

/** Words that join owners listed before their forces' noun ("U.S. and other NATO forces", "French, British or"). */
const OWNER_LIST_WORDS = wordSet(', and or other allied');
/** How far after a name the forces' noun of its list may stand ("U.S., British and other NATO forces"). */
const OWNER_LIST_REACH = 8;

/**
 * "the withdrawal of U.S. and other NATO forces", "of Czech, Polish and Dutch troops": a name listed with other
 * owners before the forces' noun says whose the forces are, not where they are.
 */
function ownerInList(ctx: ArticleContext, m: Mention): boolean {
  let j = m.last;
  if (!OWNER_LIST_WORDS.has(lowerAt(ctx, j))) return false;
  const end = j + OWNER_LIST_REACH;
  while (j < end) {
    const w = lowerAt(ctx, j);
    if (FORCE_NOUNS.has(w)) return true;
    const next = mentionAtToken(ctx, j);
    if (next && next.first === j) j = next.last;
    else if (OWNER_LIST_WORDS.has(w)) j++;
    else return false;
  }
  return false;
}

/** Heads of a body's name that "of" and a place complete ("the Federation of Mali", "the Council of Europe"). */
const BODY_NAMED_FOR_PLACE = wordSet(`federation confederation union league council commission assembly ministry
  government party front movement organization organisation pact alliance committee congress parliament`);

/** "troops in Congo's North Kivu province": a place its state owns is governed by the words before that owner. */
function ownerStart(ctx: ArticleContext, first: number): number {
  const owner = mentionAtToken(ctx, first - 2);
  const owns = owner && owner.possessive && owner.last === first - 1 && owner.entry.kind === 'state';
  return owns ? owner.first : first;
}

/** Verbs whose object is a place taken back from the forces that left it. */
const RETAKING = new Set([
  'recaptured',
  'retook',
  'liberated',
  'regained',
  'reclaimed',
  'retaken',
  'recaptures',
  'retakes',
  'retake',
  'recapture',
  // "Ukrainian troops enter Kherson after Russian forces complete their withdrawal": entered once the others left.
  'entered',
  'enter',
  'enters',
]);

/** Words before a reference phrase that put forces in the place it names ("stationed in the country"). */
const IN_PLACE = new Set(['in', 'from', 'at']);

/** Reference nouns a withdrawal's origin may be named by in passing ("stationed in the country"). */
const ORIGIN_REFERENCES = new Set(['country', 'city', 'town', 'region', 'island', 'base']);

/** The place "in the country", "from the city" in the trigger's clause refers to, other than the actor's own. */
function referredInClause(ctx: ArticleContext, s: Sentence, t: number, actor: NamedRef | undefined): NamedRef[] {
  const clause = clauseAround(ctx, s, t);
  for (let j = clause.first; j < clause.last - 1; j++) {
    const noun = lowerAt(ctx, j + 1);
    if (lowerAt(ctx, j) !== 'the' || !IN_PLACE.has(lowerAt(ctx, j - 1)) || !ORIGIN_REFERENCES.has(noun)) continue;
    const place = referredPlace(ctx, j, noun, (p) => p.name === actor?.name || (!!p.code && p.code === actor?.code));
    if (place) return [place];
  }
  return [];
}

/** "..., and from Hungary the following month": further origins of the same withdrawal with their own dates. */
function moreOrigins(
  ctx: ArticleContext,
  s: Sentence,
  from: number,
  actor: NamedRef,
  span: { evidenceStart: number; evidenceEnd: number },
  leaveLike: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (let j = from; j < s.last - 1; j++) {
    // "The Americans began leaving X in June, and the British … evacuated the port on 27 September and Murmansk on
    // 12 October": the places after another withdrawal verb are that verb's.
    if (j > from && ctx.wordClass[j]! & WORD_CLASS.withdraw && WITHDRAW_VERBS.has(lowerAt(ctx, j))) break;
    if (lowerAt(ctx, j) !== 'and') continue;
    // "left Hungary on June 19 and Czechoslovakia on June 21": a second object of the leave verb with its own date.
    const gapped = leaveLike && lowerAt(ctx, j + 1) !== 'from' ? datedPlaceAt(ctx, s, j + 1) : undefined;
    if (lowerAt(ctx, j + 1) !== 'from' && !gapped) continue;
    let places = gapped ? [gapped] : coordinatedPlaces(ctx, j + 2, Math.min(s.last, j + 6), () => false);
    // "and from northern Sakhalin in 1925": a place GeoNames knows in the same slot.
    if (!places.length) places = slotPlaces(ctx, s, j + 2);
    for (const p of places) {
      const date = dateNear(ctx, s, p.mention.last, { after: p.mention.last });
      out.push({
        type: 'WithdrawalBegun',
        actor,
        location: p.place,
        occurredOn: date.value,
        dateSource: date.value ? 'start' : 'none',
        sentence: s.index,
        ...span,
        confidence: PENDING_CONFIDENCE,
      });
    }
  }
  return out;
}

/** A place named at i and dated right after it ("Czechoslovakia on June 21"), as a hit. */
function datedPlaceAt(ctx: ArticleContext, s: Sentence, i: number): PlaceHit | undefined {
  // A name the gazetteer knows, or a town GeoNames knows read as a place slot ("and Murmansk on 12 October").
  const m = mentionAtToken(ctx, i);
  const place = m && m.first === i && !m.possessive ? placeOf(m.entry) : undefined;
  const hit = m && place ? { place, mention: m } : slotPlaces(ctx, s, i).find((h) => h.mention.first === i);
  if (!hit || !ctx.tokens[i]!.cap) return undefined;
  const end = afterAppositive(ctx, s, hit.mention.last);
  const at = ['on', 'in'].includes(lowerAt(ctx, end)) ? end + 1 : end;
  return at < s.last && ctx.inDate[at] ? hit : undefined;
}

/** People and bodies whose leaving is no withdrawal of forces, as the head right before a leave verb. */

/** The pending withdrawal's origins, left by the same actor's forces on the date stated with the leaving. */
function leftFromPending(
  s: Sentence,
  pending: Pending,
  actor: NamedRef | undefined,
  date: ReturnType<typeof dateNear>,
): Candidate[] {
  if (!actor || !pending.actor || actor.name !== pending.actor.name) return [];
  const origins = pending.locations.filter((l) => l.name !== actor.name);
  return placementCandidates('WithdrawalBegun', s, { actors: [actor] }, origins, date, undefined, PENDING_CONFIDENCE);
}

/** "The process has already begun." right after a withdrawal decision: that withdrawal has started. */
function anaphoricStart(ctx: ArticleContext, s: Sentence, pending: Pending): Candidate[] {
  if (!pending.actor) return [];
  if (pending.locations.some((l) => l.name === pending.actor!.name)) return [];
  // "The process has already begun."; "The ministry stated that the withdrawal … had been completed.": the withdrawal
  // just told as ordered or planned, now stated as begun or done.
  const opening = openingAnaphorCue(ctx, s);
  const reported = opening < 0 ? reportedCompletion(ctx, s, ANAPHORS) : -1;
  if (reported >= 0 && blockedBetween(ctx, s.first, reported, STATED_WITHDRAW_BLOCKERS)) return [];
  const cue = opening >= 0 ? opening : reported;
  if (cue < 0) return [];
  const first = ctx.sentences[pending.sentence]!;
  // "Moscow undertook to withdraw its forces within nine months. The withdrawal began on 15 May 1988.": a plan that
  // names no origin is of the actor's forces where the text, up to the plan, put them.
  const locations = pending.locations.length
    ? pending.locations
    : presenceStateBefore(ctx, first, first.last, pending.actor);
  if (!locations.length) return [];
  const stated = startDate(ctx, s, cue);
  const date = stated ? { value: stated.value, source: 'start' as const } : dateNear(ctx, s, cue);
  return locations.map((location) => ({
    type: 'WithdrawalBegun' as const,
    actor: pending.actor,
    location,
    occurredOn: date.value,
    dateSource: date.source,
    sentence: s.index,
    ...evidenceSpan(first, s),
    confidence: PENDING_CONFIDENCE,
  }));
}

/** The begin cue of an anaphor opening the sentence ("The process has already begun"), or -1. */
function openingAnaphorCue(ctx: ArticleContext, s: Sentence): number {
  for (let j = s.first; j < Math.min(s.last, s.first + ANAPHOR_REACH); j++) {
    if (!ANAPHORS.has(lowerAt(ctx, j))) continue;
    const cue = findCue(ctx, s, j);
    if (cue < 0 || cue > j + 4 || NOT_BEGUN_BEFORE_CUE.has(lowerAt(ctx, cue - 1))) continue;
    if (blockedBetween(ctx, s.first, cue, WITHDRAW_BLOCKERS)) continue;
    return cue;
  }
  return -1;
}

/**
 * Whether the dateline's state `code` is a host the forces of a verb with no origin left: the body names it as a place
 * ("Libyan troops were still in northern Chad"), names no forces of its own ("Cambodia and Thailand pulled their
 * soldiers out", "Austria's decision to pull its 377 soldiers out" are forces of it), and the withdrawal's own
 * sentence does not name it ("verify that Israel had withdrawn").
 */
function datelineHost(ctx: ArticleContext, s: Sentence, code: string): boolean {
  let host = DATELINE_HOST.get(ctx);
  if (!host) {
    const naming = new Set<number>();
    for (const m of ctx.mentions) if (m.entry.code === code) naming.add(ctx.tokens[m.first]!.sentence);
    host = { hosts: namedAsPlace(ctx, code) && !forcesOfState(ctx, code), naming };
    DATELINE_HOST.set(ctx, host);
  }
  return host.hosts && !host.naming.has(s.index);
}

/** Whether the dateline's state hosts forces, and the sentences that name it, computed once per article (the
 * dateline is one). */
const DATELINE_HOST = new WeakMap<ArticleContext, { hosts: boolean; naming: Set<number> }>();

/** How far after a state's name its forces or its withdrawing verb may stand ("Austrian peacekeeping troops",
 * "Cambodia and Thailand pulled", "Austria's decision to pull"). */
const OWNER_REACH = 4;

/** Whether the text names forces of the state `code`, or that state withdrawing. */
function forcesOfState(ctx: ArticleContext, code: string): boolean {
  for (const m of ctx.mentions) {
    if (m.entry.code !== code || (m.entry.kind !== 'state' && m.entry.kind !== 'demonym')) continue;
    const sentence = ctx.tokens[m.first]!.sentence;
    for (let k = m.last; k <= m.last + OWNER_REACH && k < ctx.tokens.length; k++) {
      if (ctx.tokens[k]!.sentence !== sentence) break;
      if (FORCE_NOUNS.has(lowerAt(ctx, k)) || (ctx.wordClass[k]! & WORD_CLASS.withdraw) !== 0) return true;
    }
  }
  return false;
}

/** Prepositions before a place the text puts forces or people in ("in northern Chad", "sent … to Chad"). */
const PLACE_PREPOSITIONS = wordSet('in into to from');

/** Whether the text's body names the state `code`, or a place in it, after a preposition ("troops were still in
 * northern Chad"), and not only as an actor ("Austria's decision", "The Austrians"). */
function namedAsPlace(ctx: ArticleContext, code: string): boolean {
  for (const m of ctx.mentions) {
    if (m.entry.code !== code || !HOST_KINDS.has(m.entry.kind) || inDateline(ctx, m.first)) continue;
    let k = m.first - 1;
    // "in northern Chad": a compass word may stand between.
    if (COMPASS_WORDS.has(lowerAt(ctx, k))) k--;
    if (PLACE_PREPOSITIONS.has(lowerAt(ctx, k))) return true;
  }
  return false;
}

/** Names of a state or of a place in it ("in northern Chad", "in Pristina"). */
const HOST_KINDS = new Set(['state', 'place', 'capital']);
/** Lower-case compass words before a state's name ("northern Chad"). */
const COMPASS_WORDS = wordSet('northern southern eastern western central north south east west');
