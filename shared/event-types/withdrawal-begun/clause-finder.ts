import { setsOutFromHome } from './sets-out.ts';
import { leftInState } from './left-in-state.ts';
import { mentionsExercise } from '../../extract/clauses/exercise.ts';
import { placementCandidates } from '../placement.ts';
import type { Candidate } from '../../extract/candidate.ts';
import {
  actorsAt,
  forcesNamedBefore,
  lastForcesBefore,
  namesArmedBody,
  type ActorSlot,
} from '../../extract/clauses/actors.ts';
import { MAX_REFERENCE_SENTENCES, referredPlace } from '../../extract/clauses/discourse.ts';
import { placesAfter, placesAt, type PlaceSlot } from '../../extract/clauses/phrases.ts';
import { adjectivalParticiple, MODALS, statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { BLOCKERS, FORCE_NOUNS, WORD_CLASS, wordClassOf } from '../../extract/lexicon.ts';
import { HOME_COMING } from './lexicon.ts';
import { pulledForces } from './pulled-forces.ts';
import { invertedCondition } from './inverted-condition.ts';
import { inSupposedCase } from './hypothetical-scope.ts';
import { disbandedLeaveOwnBase } from './disbanded-unit.ts';
import { embassyPeople } from './embassy-people.ts';
import { civilObject, civilSubject } from '../../extract/clauses/civil.ts';
import { leavesBody } from './leaves-body.ts';
import { dateAt, datedSecondObject } from './dated-objects.ts';
import { leftToAct } from './left-to-act.ts';
import { presenceBefore } from '../../extract/clauses/presence.ts';
import { ACTIVE_EXPULSION_VERBS, activeExpulsion, RETAKING_VERBS, retakenFrom } from './active-expulsion.ts';
import {
  actorOf,
  afterDateline,
  isVenue,
  joinedClauseEnd,
  lowerAt,
  mentionAtToken,
  mentionsIn,
  nearestForce,
  ownerBefore,
  OWNER_PRONOUNS,
  placeOf,
  type NamedRef,
  personSubjectAt,
} from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { frontedParticipleMainVerb } from '../../extract/clauses/fronted-participle.ts';
import { bearingPlaces } from '../../extract/clauses/loose-slots.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Verbs whose origin follows "from" / "out of" ("withdrew from", "retreated from", "pulled out of"). */
const RECALL_VERBS = set('recalled recall recalls');
const FROM_VERBS = new Set([
  ...set(`withdraw withdraws withdrew withdrawn withdrawing retreat retreats retreated retreating depart departs
  departed departing evacuated evacuate evacuates evacuating relocated relocating relocate relocates redeployed fled`),
  ...RECALL_VERBS,
]);
/** Verbs by which forces referred to leave the place the text put them in ("The troops withdrew in 1991"); a retreat
 * with no origin is a move in battle. */
const REFERRED_LEAVING = set('withdraw withdraws withdrew withdrawn departed left redeployed');
/** Verbs that withdraw only forces named with them ("recalled its troops from Cuba", not "recalled its envoy"). */
const FORCES_NAMED = new Set([...RECALL_VERBS, ...set('bring brings brought bringing')]);
/** Verbs whose origin is the direct object ("left the city", "abandoned Kherson", "vacated the base"). */
const OBJECT_VERBS = set(
  `left leave leaves leaving abandoned abandon abandoning vacated vacate evacuated evacuate evacuates evacuating exited fled
  departed departs departing`,
);
/** "pulled out", "pulled back", "moved out": a verb with its particle. */
const PARTICLE_VERBS = new Set([
  ...set(`pull pulls pulled pulling move moves moved moving fly flies flew flown flying bring brings brought bringing
    streamed poured marched`),
  ...HOME_COMING,
]);
const PARTICLES = set('out back away home');
/** Particle verbs that leave a place only with "out" ("moved out of", "flew out of"; not "moved back"). */
const OUT_ONLY = set('move moves moved moving fly flies flew flown flying streamed poured marched');
const FROM = set('from out');
const FROM_OR_OF = set('from out of');
/** Verbs of moving across, by which the last forces leave the place they come from. */
const LAST_CROSSING_VERBS = set('crossed rolled drove passed');
/** Verbs that, in the passive, put their subject's forces out of a place ("were expelled from", "were ousted from"). */
const EXPULSION_VERBS = set('expelled ousted evicted dislodged');
/** Verbs that do so with "out" ("were driven out of", "were forced out of", "were pushed out of"). */
const EXPULSION_OUT_VERBS = set('driven forced pushed chased thrown');
/** Past forms that state the withdrawal as done even with no auxiliary. */
const BASE_FORMS = set('withdraw retreat depart leave abandon vacate evacuate pull move');

const WITHDRAWAL_NOUNS = set(
  'withdrawal withdrawals retreat pullout pullouts pull-out pullback departure departures repatriation redeployment',
);
/** Withdrawal nouns that leave only a place named after "from" ("completed its redeployment from Iraq"; a
 * redeployment to a place is a deployment). */
const FROM_ONLY_NOUNS = set('redeployment');
/** Verbs that state a withdrawal noun as an action: "made a withdrawal", "began their retreat". Never "ordered": an
 * order is a decision, and the withdrawal ordered has begun only where the text says so. */
const LIGHT_VERBS = set(`made make makes making conducted conduct conducts carried began begin begins begun started
  start starts completed complete completes staged stages executed undertook undertaken`);
/** Determiners and adjectives between a light verb and its noun ("a controlled", "their hasty"). */
const LIGHT_GAP = 4;

/** Words that take a withdrawal noun after them as having happened ("after the withdrawal", "amid the pullout",
 * "The move follows the departure of French troops from Mali"). */
const BACKGROUND_GOVERNORS = set('after following since upon amid during follows followed');
/** The governors among them that are finite verbs, which a modal makes unreal ("would have followed the pullout"). */
const GOVERNING_VERBS = set('follows followed');
/** How far before such a verb its modal may stand ("would have followed"). */
const MODAL_REACH = 2;
/** Determiners, actor names and adjectives between such a word and the noun ("after the hasty Russian withdrawal"). */
const BACKGROUND_GAP = 5;

function backgroundBefore(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t - 1; j >= s.first && j >= t - BACKGROUND_GAP; j--) {
    const w = lowerAt(ctx, j);
    if (BACKGROUND_GOVERNORS.has(w)) return GOVERNING_VERBS.has(w) && modalBefore(ctx, j) ? -1 : j;
    const tok = ctx.tokens[j]!;
    if (tok.kind === 'punct' && tok.text !== '-' && tok.text !== "'s" && tok.text !== '’s' && tok.text !== '.')
      return -1;
  }
  return -1;
}

function modalBefore(ctx: ArticleContext, j: number): boolean {
  for (let k = j - 1; k >= j - MODAL_REACH && k >= 0; k--) if (MODALS.has(lowerAt(ctx, k))) return true;
  return false;
}

/** Finite past forms that state what a withdrawal noun as their subject did ("The departure … ended a decade"). */
const PAST_PREDICATES = set(`was were ended began marked came followed left completed concluded closed brought
  took meant signalled signaled`);
/** How far after the noun its verb may stand ("The departure of the last French soldiers from Niger on … ended"). */
const SUBJECT_PREDICATE_REACH = 16;

/**
 * "The departure of the last French soldiers from Niger … ended a decade of operations": a withdrawal noun opening
 * the sentence as the subject of a past-tense verb, with no modal, is told as having happened.
 */
function subjectOfPastVerb(ctx: ArticleContext, s: Sentence, t: number): boolean {
  const start = afterDateline(ctx, s);
  if (lowerAt(ctx, t - 1) !== 'the' || t - 1 !== start) return false;
  for (let j = t + 1; j < s.last && j <= t + SUBJECT_PREDICATE_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (MODALS.has(w) || w === ';' || w === 'that' || w === 'which') return false;
    if (!PAST_PREDICATES.has(w)) continue;
    // "was demanded", "was postponed", "was to begin": a withdrawal asked for or put off, not one that happened.
    const next = lowerAt(ctx, j + 1);
    return !((w === 'was' || w === 'were') && (BLOCKERS.has(next) || PUT_OFF.has(next) || next === 'to'));
  }
  return false;
}
const PUT_OFF = set('postponed delayed scheduled suspended halted cancelled canceled planned expected due');

function lightVerbBefore(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t - 1; j >= s.first && j >= t - LIGHT_GAP; j--) {
    const w = lowerAt(ctx, j);
    if (LIGHT_VERBS.has(w) || (w === 'out' && lowerAt(ctx, j - 1) === 'carried')) return w === 'out' ? j - 1 : j;
    if (ctx.tokens[j]!.kind !== 'word' || ctx.tokens[j]!.cap) return -1;
  }
  return -1;
}

/** Tokens after a trigger in which its origin may stand ("withdrew its remaining troops from X"). */
const ORIGIN_WINDOW = 12;
/** How many further "from" phrases may follow the first, and how far apart ("…, but also from Sumy"). */
const MAX_ORIGIN_PHRASES = 3;
const ORIGIN_GAP = 5;

/**
 * WithdrawalBegun from clause structure: a withdrawal verb stated as fact (past, perfect, progressive, passive, or
 * governed by "began", "forced … to"), its actor(s) from the clause, and one event per origin in its list.
 */
export function findWithdrawalClauses(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  let previous: Candidate | undefined;
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & WORD_CLASS.withdraw) && !hasParticleVerb(ctx, s)) continue;
    if (mentionsExercise(ctx, s)) continue;
    // "Sweden completed its own withdrawal in June": the place of the withdrawal just reported.
    const recent = previous && s.index - previous.sentence <= MAX_REFERENCE_SENTENCES ? previous.location : undefined;
    for (let t = s.first; t < s.last; t++) {
      const found = leftInState(ctx, s, t)
        ? undefined
        : withdrawalAt(ctx, s, t, recent)?.filter((c) => !setsOutFromHome(ctx, s, t, c));
      if (found?.length) {
        out.push(...found);
        previous = found[found.length - 1];
      }
    }
  }
  return out;
}

/** Verbs that cut forces somewhere down ("reduced its force in Yemen from 15,000 to 5,000"): a withdrawal begun. */
const REDUCE_VERBS = set('reduced reduces reducing reduce halved downsized');
/** What is reduced must be forces or a presence. */
const REDUCED_NOUNS = set('presence contingent deployment garrison');
/** How far after the verb its object's head may stand ("reduced its military presence"). */
const REDUCED_OBJECT_REACH = 4;

/** Triggers outside the withdrawal word class, looked up once per token. */
const UNMARKED_TRIGGERS = new Set([
  ...RECALL_VERBS,
  ...EXPULSION_VERBS,
  ...EXPULSION_OUT_VERBS,
  ...ACTIVE_EXPULSION_VERBS,
  ...RETAKING_VERBS,
  ...FROM_VERBS,
  ...REDUCE_VERBS,
  ...FROM_ONLY_NOUNS,
]);

/**
 * Whether the sentence holds a trigger the word-class pre-filter does not mark: a particle verb, "recalled",
 * "redeployed from".
 */
function hasParticleVerb(ctx: ArticleContext, s: Sentence): boolean {
  if (!(ctx.sentenceClass[s.index]! & UNMARKED_OR_PARTICLE_CLASS)) return false;
  for (let t = s.first; t < s.last - 1; t++) {
    if (!(ctx.wordClass[t]! & UNMARKED_OR_PARTICLE_CLASS)) continue;
    const w = ctx.tokens[t]!.lower;
    if (UNMARKED_TRIGGERS.has(w)) return true;
    if (!PARTICLE_VERBS.has(w)) continue;
    if (particleAfter(ctx, s, t) >= 0) return true;
  }
  return false;
}
/** How far after its verb a particle may stand ("pulled its troops out", "brought its last troops home"). */
const PARTICLE_WINDOW = 6;
/** How far it may stand behind an object listed with commas ("moving their headquarters, depots, and personnel out"). */
const LIST_PARTICLE_WINDOW = 10;

/** The particle of the particle verb at t ("pulled its troops out"), within its window, else -1. */
function particleAfter(ctx: ArticleContext, s: Sentence, t: number): number {
  let list = false;
  for (let k = t + 1; k < s.last && k < t + (list ? LIST_PARTICLE_WINDOW : PARTICLE_WINDOW); k++) {
    if (PARTICLES.has(ctx.tokens[k]!.lower)) return k;
    if (ctx.tokens[k]!.lower === ',') list = true;
  }
  return -1;
}
/** hasParticleVerb's words as a word class: most sentences and tokens are ruled out without a lookup. */
const UNMARKED_OR_PARTICLE_CLASS = wordClassOf(new Set([...UNMARKED_TRIGGERS, ...PARTICLE_VERBS]));
/** Every word withdrawalAt reads on from, as a word class: any other token is ruled out without a lookup. */
const READ_CLASS = wordClassOf(
  new Set([
    ...FROM_VERBS,
    ...OBJECT_VERBS,
    ...PARTICLE_VERBS,
    ...EXPULSION_VERBS,
    ...EXPULSION_OUT_VERBS,
    ...ACTIVE_EXPULSION_VERBS,
    ...RETAKING_VERBS,
    ...REDUCE_VERBS,
    ...WITHDRAWAL_NOUNS,
    ...LAST_CROSSING_VERBS,
  ]),
);

/** Verbs that make their object do what the infinitive after it says ("forced them to abandon"). */
const CAUSATIVES = set('forced compelled obliged');
/** Object pronouns that stand for forces named before ("forced them to abandon"). */
const OBJECT_PRONOUNS = set('them it');

/** Withdrawal nouns an owner's possessive may stand before ("Washington's retreat", "Moscow's pullout"). */
const OWNED_WITHDRAWAL_NOUNS = new Set(['retreat', 'withdrawal', 'pullout', 'drawdown', 'departure', 'exit']);

/** The actor of a possessive right before a withdrawal noun at t, if any. */
function ownerOfNoun(ctx: ArticleContext, t: number): NamedRef | undefined {
  if (!OWNED_WITHDRAWAL_NOUNS.has(lowerAt(ctx, t)) || !["'s", '’s'].includes(lowerAt(ctx, t - 1))) return undefined;
  const m = mentionAtToken(ctx, t - 2);
  return m && m.last === t - 1 && m.possessive ? actorOf(m.entry) : undefined;
}

function withdrawalAt(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  recentOrigin: NamedRef | undefined,
): Candidate[] | undefined {
  if (!(ctx.wordClass[t]! & READ_CLASS)) return undefined;
  const w = lowerAt(ctx, t);
  // "filling the vacuum left by Washington's retreat": a participle describing a noun, not forces leaving.
  if (w === 'left' && lowerAt(ctx, t + 1) === 'by' && ctx.tokens[t - 1]?.kind === 'word') return undefined;
  // "deploy into the evacuated settlements of Gush Katif": an adjective, not a report.
  if ((w.endsWith('ed') || w === 'withdrawn') && adjectivalParticiple(ctx, t)) return undefined;
  // ", leaving France to pursue the war alone": a state left to act, not a place left.
  if (leftToAct(ctx, t)) return undefined;
  // "an offensive forced them to abandon the town": forces a pronoun names leave, never the causing subject's.
  if (lowerAt(ctx, t - 1) === 'to' && OBJECT_PRONOUNS.has(lowerAt(ctx, t - 2)) && CAUSATIVES.has(lowerAt(ctx, t - 3)))
    return undefined;
  // "drove the Ugandan forces out of Kagera": the object's forces leave.
  if (ACTIVE_EXPULSION_VERBS.has(w) && !verbGroup(ctx, s, t).passive) return activeExpulsion(ctx, s, t);
  // "recaptured Wad Madani from the Rapid Support Forces": the forces it was taken from leave it.
  if (RETAKING_VERBS.has(w)) return retakenFrom(ctx, s, t);
  let after = t + 1;
  // Whether a particle stands behind a listed object, past the plain window ("moving their headquarters, depots …").
  let listed = false;
  let kind: 'from' | 'object';
  // "fled from X" and "fled X", "evacuated from X" and "evacuated X": the verb takes either.
  if (FROM_VERBS.has(w) && (!OBJECT_VERBS.has(w) || FROM.has(lowerAt(ctx, t + 1)))) kind = 'from';
  else if (OBJECT_VERBS.has(w)) kind = 'object';
  else if (PARTICLE_VERBS.has(w)) {
    // "pulled its troops out of", "moved out of": the particle within a few tokens.
    const k = particleAfter(ctx, s, t);
    if (k < 0) return undefined;
    if (!pulledForces(ctx, t + 1, k)) return undefined;
    listed = k >= t + PARTICLE_WINDOW;
    // "are coming home from Uruzgan": going home leaves a place only "home from" it (not "came back").
    if (HOME_COMING.has(w) && !(k === t + 1 && lowerAt(ctx, k) === 'home' && lowerAt(ctx, k + 1) === 'from'))
      return undefined;
    // "was flown home from Iraq": home, where an origin follows.
    if (OUT_ONLY.has(w) && lowerAt(ctx, k) !== 'out' && !(lowerAt(ctx, k) === 'home' && lowerAt(ctx, k + 1) === 'from'))
      return undefined;
    // The particle itself may govern the origin ("pulled out of X").
    after = k;
    kind = 'from';
  } else if (EXPULSION_VERBS.has(w) && FROM.has(lowerAt(ctx, t + 1))) kind = 'from';
  else if (EXPULSION_OUT_VERBS.has(w) && lowerAt(ctx, t + 1) === 'out') {
    after = t + 1;
    kind = 'from';
  } else if (LAST_CROSSING_VERBS.has(w) && lastForcesBefore(ctx, s, verbGroup(ctx, s, t).first)) {
    // "The last convoy of U.S. troops rolled across the border from Iraq into Kuwait": the last forces to cross
    // leave where they come from.
    kind = 'from';
  } else if (REDUCE_VERBS.has(w)) {
    // "reduced its force in Yemen": the place after the forces reduced.
    const head = reducedObject(ctx, s, t);
    if (head < 0) return undefined;
    after = head + 1;
    kind = 'from';
  } else if (
    WITHDRAWAL_NOUNS.has(w) &&
    (lightVerbBefore(ctx, s, t) >= 0 || backgroundBefore(ctx, s, t) >= 0 || subjectOfPastVerb(ctx, s, t))
  ) {
    // "made a controlled withdrawal from", "began their retreat from": the light verb carries tense and modality;
    // "following the Russian withdrawal from X": a withdrawal the sentence takes as having happened.
    kind = 'from';
  } else return undefined;
  // "left behind", "left over", "the left bank".
  if (w === 'left' && ['behind', 'over', '-', 'bank', 'wing', 'flank'].includes(lowerAt(ctx, t + 1))) return undefined;
  const light = WITHDRAWAL_NOUNS.has(w) ? lightVerbBefore(ctx, s, t) : -1;
  const background =
    WITHDRAWAL_NOUNS.has(w) && light < 0 ? (subjectOfPastVerb(ctx, s, t) ? t : backgroundBefore(ctx, s, t)) : -1;
  const group = verbGroup(ctx, s, light >= 0 ? light : t);
  // A base form after a determiner is a noun ("the retreat"); otherwise a present tense report or an infinitive.
  if (background < 0 && BASE_FORMS.has(w) && ['the', 'a', 'an', 'its', 'their'].includes(lowerAt(ctx, t - 1)))
    return undefined;
  // "will reduce its forces and, provided the rebels keep the truce, withdraw all troops": a base form right after a
  // comma has no subject of its own; it shares an earlier verb's (and its modal).
  if (background < 0 && BASE_FORMS.has(w) && lowerAt(ctx, t - 1) === ',') return undefined;
  // "After leaving Kidal …, French forces handed over …": the main clause's subject and tense are the participle's.
  const main = frontedParticipleMainVerb(ctx, s, t);
  if (background < 0 && main < 0 && !statesFact(group) && !describesSubject(ctx, s, group.first)) return undefined;
  // "could be protected should the United States withdraw its forces": a condition, not a report.
  if (invertedCondition(ctx, s, group.first)) return undefined;
  // "in the event of an advance following the withdrawal of American forces": a supposed case, not a report.
  if (background >= 0 && inSupposedCase(ctx, s, background)) return undefined;
  // "withdrew from the New START treaty": a state leaving a treaty or body.
  if (leavesBody(ctx, s, after)) return undefined;
  // "withdrew its ambassador from", "U.S. citizens were evacuated from": people who are not forces.
  if (civilObject(ctx, s, t) || civilSubject(ctx, s, t)) return undefined;
  // "drove the rebels out of X": in the active voice the subject is who expels, not who leaves.
  if ((EXPULSION_VERBS.has(w) || EXPULSION_OUT_VERBS.has(w)) && !group.passive) return undefined;
  if (clauseBlocked(ctx, s, background >= 0 ? background : group.first)) return undefined;
  // "the regiment was disbanded … Its legionnaires left their base": a disbanded unit's men leaving their own base.
  if (kind === 'object' && disbandedLeaveOwnBase(ctx, s, after)) return undefined;

  let places: PlaceSlot[] =
    kind === 'object'
      ? placesAt(ctx, s, after)
      : placesAfter(
          ctx,
          s,
          after,
          Math.min(joinedClauseEnd(ctx, t, s), after + ORIGIN_WINDOW),
          REDUCE_VERBS.has(w) ? IN : FROM,
        );
  if (kind === 'object' && !places.length) places = placesAfter(ctx, s, after, Math.min(s.last, after + 4), FROM);
  // "made a withdrawal northwest of Senaki": where a withdrawal noun took place; a verb's bearing ("withdrew east of
  // the Euphrates") is where the forces went.
  if (FROM_ONLY_NOUNS.has(w) && (lowerAt(ctx, after) !== 'from' || !places.length)) return undefined;
  if (kind === 'from' && !places.length && WITHDRAWAL_NOUNS.has(w))
    places = bearingPlaces(ctx, s, after, Math.min(s.last, after + ORIGIN_WINDOW));
  // "not just from Kyiv Oblast, but also from Sumy and Chernihiv Oblasts": further origins of the same withdrawal.
  // "forced out of Mali in 2022 and of Burkina Faso in 2023": after "out of", "of" alone repeats the origin.
  const links = places.length && lowerAt(ctx, places[0]!.first - 2) === 'out' ? FROM_OR_OF : FROM;
  // "… from Mali in 2022 and from Niger in 2023": a further origin dated right after it keeps its own date.
  const ownDates = new Map<string, string>();
  for (let guard = 0; places.length && guard < MAX_ORIGIN_PHRASES; guard++) {
    const end = places[places.length - 1]!.last;
    const more = placesAfter(ctx, s, end, Math.min(s.last, end + ORIGIN_GAP), links);
    if (!more.length) break;
    const dated = dateAt(ctx, s, more[more.length - 1]!.last)?.value;
    if (dated) for (const p of more) ownDates.set(p.place.name, dated);
    places = [...places, ...more];
  }

  // "departed Tikrit on 3 May and Baiji, north of it, on 9 May": a further object of the leave verb, each with its date.
  const second =
    kind === 'object' && places.length ? datedSecondObject(ctx, s, places[places.length - 1]!.last) : undefined;
  if (second) {
    for (const p of places) ownDates.set(p.place.name, second.firstDate);
    ownDates.set(second.place.place.name, second.date);
    places = [...places, second.place];
  }

  // "British troops arrived in Dili in 1999 and left in 2000": "left" with no object, its forces the sentence's.
  const intransitive = kind === 'object' && !places.length && INTRANSITIVE_AFTER.has(lowerAt(ctx, t + 1));
  // "Washington's retreat": the owner of a withdrawal noun is whose forces withdraw.
  const owner = ownerOfNoun(ctx, t);
  const slot = owner
    ? { actors: [owner], force: -1, mention: undefined }
    : background >= 0
      ? nounActor(ctx, s, t)
      : actorsAt(
          ctx,
          s,
          main >= 0 ? main : t,
          (m) => places.some((p) => p.first === m.first) || isVenue(ctx, m) || m.possessive,
        );
  if (!slot) return undefined;
  // "firms began moving their stores, vehicles, and offices out of X": a listed object moves out only with forces.
  if ((FORCES_NAMED.has(w) || listed) && slot.force < 0) return undefined;
  // "Russian diplomats were expelled from London": only forces (or an armed body) expelled withdraw.
  if ((EXPULSION_VERBS.has(w) || EXPULSION_OUT_VERBS.has(w)) && slot.force < 0 && !namesArmedBody(ctx, slot.mention))
    return undefined;
  // Leaving a place is a withdrawal of forces only when forces (or an armed body) are the subject.
  if (
    kind === 'object' &&
    slot.force < 0 &&
    !namesArmedBody(ctx, slot.mention) &&
    !(slot.referred && forcesNamedBefore(ctx, s)) &&
    !(intransitive && nearestForce(ctx, s, t, t - s.first, 0) >= 0)
  )
    return undefined;
  if (personSubjectAt(ctx, group.first - 1)) return undefined;
  // "The 30 Libyans who had been holed up in their country's embassy … were flown out of Britain": people the subject's
  // own words put in a mission abroad are its staff, not forces.
  if (slot.force < 0 && slot.mention && embassyPeople(ctx, s, slot.mention.last, group.first)) return undefined;

  let origins: NamedRef[] = places.map((p) => p.place);
  const forces = slot.force >= 0 ? slot.force : nearestForce(ctx, s, t, t - s.first, 0);
  // "the Marines arrived in Beirut on 25 August and left on 10 September": an intransitive "left" leaves the place
  // the sentence put the forces in.
  if (!origins.length && intransitive) {
    const here = placeEarlierInSentence(ctx, s, t, forces);
    if (here && here.code !== slot.actors[0]?.code) origins = [here];
    else if (!here && slot.referred && REFERRED_LEAVING.has(w) && statesFact(group))
      origins = presenceBefore(ctx, s, t, slot.actors[0]!);
  }
  if (!origins.length && kind === 'from' && !hasPreposition(ctx, s, after)) {
    // "… the U.S. troops did not retaliate, but withdrew after the shelling ended": from where they were.
    const here =
      placeEarlierInSentence(ctx, s, t) ??
      (WITHDRAWAL_NOUNS.has(w) ? recentOrigin : undefined) ??
      (group.first === t && FROM_VERBS.has(w) ? askedOrigin(ctx, s, slot.actors) : undefined);
    if (here && here.code !== slot.actors[0]?.code) origins = [here];
    // "U.S. Marines landed in Lebanon in July 1958. The troops withdrew in October.": forces referred to leave
    // where the text last put them.
    else if (!here && slot.referred && REFERRED_LEAVING.has(w) && statesFact(group))
      origins = presenceBefore(ctx, s, t, slot.actors[0]!);
  }
  let away = origins.filter((o) => !slot.actors.some((a) => a.name === o.name));
  // "U.S. troops left the country": the country meant is not the actor's own, named last in passing.
  const referred = places.find((p) => p.referred);
  if (!away.length && referred?.referred) {
    const other = referredPlace(ctx, referred.first, referred.referred, (p) =>
      slot.actors.some((a) => a.name === p.name),
    );
    if (other) away = [other];
  }
  if (!away.length) return undefined;
  const found = placementCandidates('WithdrawalBegun', s, slot, away, dateNear(ctx, s, t));
  if (!ownDates.size) return found;
  return found.map((c) => {
    const own = ownDates.get(c.location!.name);
    return own ? { ...c, occurredOn: own, dateSource: 'stated' as const } : c;
  });
}

/**
 * "The Iraqi army, retreating from Kuwait, was attacked": a present participle set off by commas right after the
 * forces describes what they were doing, as fact.
 */
function describesSubject(ctx: ArticleContext, s: Sentence, first: number): boolean {
  if (lowerAt(ctx, first - 1) !== ',' || !lowerAt(ctx, first).endsWith('ing')) return false;
  if (MODALS.has(lowerAt(ctx, first + 1))) return false;
  const before = first - 2;
  return before >= s.first && (FORCE_NOUNS.has(lowerAt(ctx, before)) || !!mentionAtToken(ctx, before));
}

const IN = set('in');

/** The head of a reduced object that is forces or a presence ("its force", "its 3,000 troops"), or -1. */
function reducedObject(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t + 1; j < s.last && j <= t + REDUCED_OBJECT_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (FORCE_NOUNS.has(w) || REDUCED_NOUNS.has(w)) return j;
    if (ctx.tokens[j]!.kind === 'punct') return -1;
  }
  return -1;
}

/** Whether a "from"/"to" phrase follows the trigger (then the sentence's other places are not the origin). */
function hasPreposition(ctx: ArticleContext, s: Sentence, after: number): boolean {
  for (let j = after; j < s.last && j < after + ORIGIN_WINDOW; j++) {
    const w = lowerAt(ctx, j);
    if (w === ',' || w === ';') return false;
    if (w === 'from' || w === 'to' || w === 'into' || w === 'toward' || w === 'towards') return true;
  }
  return false;
}

/** How near a withdrawal word its actor's name must stand in a sentence that asked for it. */
const ASKED_ACTOR_REACH = 6;

/**
 * "… called for the withdrawal of Turkish troops from northern Iraq. Turkish troops withdrew on 29 February.": the
 * place a withdrawal of the same actor was asked for, promised or planned in the sentences just before.
 */
function askedOrigin(ctx: ArticleContext, s: Sentence, actors: readonly NamedRef[]): NamedRef | undefined {
  const families = new Set(actors.map((a) => gazetteer().actorFamily(a.name)));
  for (let k = s.index - 1; k >= 0 && k >= s.index - MAX_REFERENCE_SENTENCES; k--) {
    const before = ctx.sentences[k]!;
    if (before.paragraph !== s.paragraph) return undefined;
    for (let j = before.first; j < before.last; j++) {
      const w = lowerAt(ctx, j);
      if (!FROM_VERBS.has(w) && !WITHDRAWAL_NOUNS.has(w)) continue;
      const origin = placesAfter(ctx, before, j + 1, Math.min(before.last, j + 1 + ORIGIN_WINDOW), FROM)[0];
      if (!origin) continue;
      for (const m of mentionsIn(ctx, Math.max(before.first, j - ASKED_ACTOR_REACH), origin.first)) {
        const actor = actorOf(m.entry);
        if (actor && families.has(gazetteer().actorFamily(actor.name))) return origin.place;
      }
    }
  }
  return undefined;
}

/** Words right after "left" that show it has no object ("left on 10 September", "left in July"). */
const INTRANSITIVE_AFTER = set('on in by at during shortly soon early late');

const SETTLEMENT_NOUNS = set('city town village cities towns villages');

/** The place the sentence puts the forces in before the trigger ("In the city of Kobanî, … the troops withdrew"). */
function placeEarlierInSentence(ctx: ArticleContext, s: Sentence, t: number, forces = -1): NamedRef | undefined {
  let found: NamedRef | undefined;
  for (const m of mentionsIn(ctx, s.first, t)) {
    const place = placeOf(m.entry);
    // A capital before the forces speaks for its government ("In Moscow, officials said …"); after them it is
    // where they were ("the Marines arrived in Beirut").
    if (!place || (m.entry.kind === 'capital' && (forces < 0 || m.first < forces)) || m.possessive) continue;
    // "arrived in the Solomon Islands": the article before a name is not what governs it.
    const first = lowerAt(ctx, m.first - 1) === 'the' ? m.first - 1 : m.first;
    const before = lowerAt(ctx, first - 1);
    const before2 = lowerAt(ctx, first - 2);
    // "In the city of X", "entered X after the withdrawal of …", "withdrawn from X, and the first units left":
    // where the sentence puts the forces.
    if (
      ['in', 'at', 'inside', 'into', 'entered'].includes(before) ||
      (before === 'from' && FROM_VERBS.has(before2)) ||
      (before === 'of' && SETTLEMENT_NOUNS.has(before2)) ||
      // "the towns of Trostianets and Okhtyrka": the last of a list of them.
      (before === 'and' && SETTLEMENT_NOUNS.has(lowerAt(ctx, first - 4)) && lowerAt(ctx, first - 3) === 'of')
    )
      found = place;
  }
  return found;
}

/** Whose withdrawal a noun names: "the Russian withdrawal", "Russia's retreat", "the withdrawal of Turkish troops". */
function nounActor(ctx: ArticleContext, s: Sentence, t: number): ActorSlot | undefined {
  for (let j = t - 1; j >= s.first && j >= t - NOUN_ACTOR_GAP; j--) {
    // "entered Kosovo after the withdrawal of …": a name before the governing word is another clause's.
    if (BACKGROUND_GOVERNORS.has(lowerAt(ctx, j))) break;
    const m = mentionAtToken(ctx, j);
    const actor = m && actorOf(m.entry);
    if (m && actor) return { actors: [actor], mention: m, force: -1 };
    if (ctx.tokens[j]!.kind !== 'word' && !["'s", '’s', '-'].includes(lowerAt(ctx, j))) return undefined;
  }
  if (lowerAt(ctx, t + 1) !== 'of') return undefined;
  for (let j = t + 2; j < s.last && j < t + 2 + NOUN_ACTOR_GAP; j++) {
    const m = mentionAtToken(ctx, j);
    const actor = m && actorOf(m.entry);
    if (m && actor) return { actors: [actor], mention: m, force: j };
  }
  // "France's last foothold after the withdrawal of its troops": "its" forces are the owner's named before.
  if (OWNER_PRONOUNS.has(lowerAt(ctx, t + 2))) {
    for (let f = t + 3; f < s.last && f <= t + 2 + NOUN_ACTOR_GAP; f++) {
      if (!FORCE_NOUNS.has(lowerAt(ctx, f))) continue;
      const owner = ownerBefore(ctx, s.first, t);
      return owner && { actors: [owner.actor], mention: owner.mention, force: f };
    }
  }
  return undefined;
}

/** How far from a withdrawal noun its owner may be named. */
const NOUN_ACTOR_GAP = 3;
