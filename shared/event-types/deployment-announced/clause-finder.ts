import { mentionsExercise } from '../../extract/clauses/exercise.ts';
import { formerTerritory } from '../../extract/gazetteer/former-territories.ts';
import { resolvePlace } from '../../extract/gazetteer/geo.ts';
import { resultParticiple } from '../../extract/clauses/participles.ts';
import { contrastAfter, opposedGerund, orderedToLeave, pendingClause } from '../../extract/clauses/blockers.ts';
import { isStatePlace, placementCandidates } from '../placement.ts';
import type { Candidate } from '../../extract/candidate.ts';
import {
  actorsAt,
  lastForcesBefore,
  listFigures,
  namesArmedBody,
  type ActorSlot,
} from '../../extract/clauses/actors.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import {
  datelineState,
  placesAfter,
  placesAt,
  sharedObjectStart,
  type PlaceSlot,
} from '../../extract/clauses/phrases.ts';
import {
  adjectivalParticiple,
  adjectiveAfterPreposition,
  ARTICLES,
  DATE_PREPOSITIONS,
  MODALS,
  nounAfterArticle,
  statesFact,
  verbGroup,
  type VerbGroup,
} from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS, REPORTING, WORD_CLASS } from '../../extract/lexicon.ts';
import {
  findPersonnel,
  isVenue,
  talksHeldAt,
  inOriginPhrase,
  participleClauseBetween,
  nearestForce,
  joinedClauseEnd,
  joinedClauseStart,
  lowerAt,
  mentionAtToken,
  wordBetween,
  type NamedRef,
  forceObjectAfter,
  actorOf,
  placeOf,
} from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import {
  ARRIVE_VERBS,
  PARTICLE_ARRIVALS,
  TAKE_OVER_FORMS,
  HOME_ARRIVALS,
  REINFORCE_VERBS,
  ASHORE_VERBS,
  ADVANCE_VERBS,
  CROSS_VERBS,
  DEPLOYMENT_NOUNS,
  OBJECT_VERBS,
  RELIEF_VERBS,
  CAPTURE_VERBS,
  OPERATE_VERBS,
  KEEP_VERBS,
  ORDER_VERBS,
  READINESS_WORDS,
  SEND_VERBS,
  PLEDGE_VERBS,
  DROP_VERBS,
  LEAD_VERBS,
} from './lexicon.ts';
import { insideOwnState, placeState, plainlyInOwnState } from '../../extract/clauses/territory.ts';
import {
  civilObject,
  nonForceSent,
  movesNoForces,
  rotationOfUnits,
  standingPresence,
  titledPersonSubject,
  leadersNamedBy,
} from '../../extract/clauses/civil.ts';
import {
  landingPlaceBefore,
  nearestPlaceBefore,
  referredActor,
  referredPlace,
} from '../../extract/clauses/discourse.ts';
import { COMPASS_STARTS } from '../../extract/gazetteer/regions.ts';
import { commandedForceBefore, commandersSender } from './commanded-forces.ts';

/**
 * Verbs of movement that say nothing of a destination abroad on their own ("moved into", "marched to"; "redeployed to
 * Fort Bliss" goes home).
 */
const MOVE_VERBS = set(`move moved moving march marched marching poured streamed redeploy redeployed redeploying
  sail sailed sailing flew flown flying`);
const OPERATE_PREPOSITIONS = set('from out');
/** Trigger words that are as often nouns ("a navy ship", "the surge", "the march on Rome"). */
const NOUN_HOMOGRAPHS = set('ship surge march fly');
/** Words after which such a word is a verb ("to ship", "will surge", "they march"). */
const VERB_OPENERS = set('to will would shall should could might may must can did not also they we i you');
/** Verbs of presence: read as a passive or right after the forces ("troops stationed in X"). */
const PRESENCE_VERBS = set('based stationed positioned garrisoned');
/**
 * Verbs of entry: crossing into a state is an arrival, and so is entering a town abroad; forces entering a town of
 * their own state, or entering one "but" being stopped, are fighting there, not deployed.
 */
const ENTRY_VERBS = set('entered enter enters entering invaded invade invades invading re-entered reentered');
/** Prepositions before where forces are sent; "off" for ships ("sent two frigates off the Libyan coast"). */
const SEND_PREPOSITIONS = set('to into toward towards in at on across off');
/** Where an airborne landing puts its troops ("dropped over Dili", "jumped onto the airfield", "dropped around X"). */
const DROP_PREPOSITIONS = set('over onto on into around');
/** How far after a verb of leading its force noun may stand ("led some 4,800 troops"), and then its "into". */
const LED_FORCE_REACH = 4;
const LED_INTO_REACH = 5;
/** Forces that land from the air, by their own noun or their unit's ("the 3rd Parachute Regiment jumped over X"). */
const DROPPED_FORCES = set(`paratroopers paratroops paratrooper troops soldiers legionnaires commandos marines units
  battalion battalions companies company regiment regiments brigade brigades`);
/** Nouns that measure forces rather than name them ("the number of troops", "the strength of the regiment"). */
const MEASURE_NOUNS = set('number numbers strength size share proportion count');
/** How far before the forces' noun the "of" of a measure may stand ("the strength of the Dutch parachute regiment"). */
const MEASURE_REACH = 4;

/** Whether the forces' noun at `force` stands in an "of" phrase after a measure noun. */
function measuredForces(ctx: ArticleContext, s: Sentence, force: number): boolean {
  for (let j = force - 1; j > s.first && j >= force - MEASURE_REACH; j--)
    if (lowerAt(ctx, j) === 'of') return MEASURE_NOUNS.has(lowerAt(ctx, j - 1));
  return false;
}

/** A pledge names where its forces go with "to" or "for"; "pledged … at a meeting in Brussels" is where it was made. */
const PLEDGE_PREPOSITIONS = set('to for');
/** Words that end what is sent ("observers to"). */
const SEND_OBJECT_ENDS = set('to into toward towards');
const CROSS_PREPOSITIONS = set('into');
const NOUN_GOVERNORS = set(`approved approve approves authorized authorised authorize announced announce announces
  ordered order orders agreed confirmed began begin begun started completed decided endorsed`);
/** Determiners and adjectives between a governing verb and its verbal noun ("approved the planned deployment"). */
const NOUN_GAP = 4;

function nounGovernor(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t - 1; j >= s.first && j >= t - NOUN_GAP; j--) {
    const w = lowerAt(ctx, j);
    if (NOUN_GOVERNORS.has(w)) return j;
    if (w === 'on' && lowerAt(ctx, j - 1) === 'decided') return j - 1;
    if (ctx.tokens[j]!.kind !== 'word') return -1;
  }
  return -1;
}

/** A place the sentence opens with ("In Iraq, …", "In northern Mali, …"). */
export function frontedPlace(ctx: ArticleContext, s: Sentence, t: number): PlaceSlot[] {
  if (lowerAt(ctx, s.first) !== 'in') return [];
  const list = placesAt(ctx, s, s.first + 1);
  const end = list[list.length - 1]?.last ?? -1;
  if (end < 0 || end >= t || lowerAt(ctx, end) !== ',') return [];
  for (let j = end; j < t; j++) if (lowerAt(ctx, j) === ';' || SPEECH_VERBS.has(lowerAt(ctx, j))) return [];
  return list;
}
/**
 * "In London, the Prime Minister told the House that the troops had been sent": a fronted place before a speaker's
 * verb is where the words were spoken, not where the forces went.
 */
const SPEECH_VERBS = set('said told says tells stated declared informed assured');
const ARRIVE_PREPOSITIONS = set('in at on to into near off around');
/** Announcement verbs that make "would send" a stated decision rather than a condition. */
const DECISION_GOVERNORS = set(`decided agreed voted approved ordered authorized authorised announced
  committed confirmed resolved decides agrees votes approves orders authorizes authorises announces commits confirms
  resolves agree`);

/** Verbs of forces coming ashore that may stand with no place ("some 2,700 Marines landed and helped …"). */
const BARE_LANDINGS = set('landed');
/** Words right after a bare landing that go on to what the forces did ("landed and helped", "landed to protect"). */
const BARE_LANDING_FOLLOWERS = set('and to');

/** Tokens after a trigger in which its destination may stand ("sent 200 Marines and engineers to X"). */
const DESTINATION_WINDOW = 14;

/** Whether what starts at i is a date ("in September 1982", "on 5 May") that a comma or full stop closes. */
function datedThenClosed(ctx: ArticleContext, i: number): boolean {
  let j = DATE_PREPOSITIONS.has(lowerAt(ctx, i)) ? i + 1 : i;
  if (!ctx.inDate[j]) return false;
  while (ctx.inDate[j]) j++;
  return lowerAt(ctx, j) === ',' || lowerAt(ctx, j) === '.';
}

/** Words that open an adjunct of time naming an event ("after the massacre at X", "the day after the revolution in Y"). */
const EVENT_ADJUNCT_OPENERS = set('after before');

/**
 * "came ashore in September 1982, after the massacre of Palestinian refugees at the Sabra and Shatila camps": a place
 * inside an adjunct of time naming an event, between the trigger and the place, is where that event happened.
 */
function eventAdjunctBetween(ctx: ArticleContext, trigger: number, place: number): boolean {
  for (let j = trigger + 1; j < place - 1; j++)
    if (EVENT_ADJUNCT_OPENERS.has(lowerAt(ctx, j)) && ARTICLES.has(lowerAt(ctx, j + 1)) && !ctx.inDate[j + 2])
      return true;
  return false;
}

/** How far a long object may run to the force noun its destination follows right after. */
const LONG_OBJECT_WINDOW = 24;
/** Punctuation inside an object's name ("High-Altitude", "(THAAD)"), which does not end it. */
const NAME_PUNCTUATION = set('( ) -');
/** Prepositions of a destination right after a long object's force noun ("… military personnel to Israel"). */
const LONG_OBJECT_PREPOSITIONS = set('to into');

/**
 * Where the destination of a trigger whose object starts at `from` may stand: DESTINATION_WINDOW tokens, or past a
 * longer object that runs with no clause punctuation to a force noun right before "to" ("the deployment of a Terminal
 * High-Altitude Area Defense (THAAD) battery and associated crew of U.S. military personnel to Israel").
 */
function destinationWindowEnd(ctx: ArticleContext, s: Sentence, from: number): number {
  const end = from + DESTINATION_WINDOW;
  for (let j = from; j < s.last - 1 && j < from + LONG_OBJECT_WINDOW; j++) {
    const token = ctx.tokens[j]!;
    if (token.kind === 'punct' && !NAME_PUNCTUATION.has(token.lower)) return end;
    if (j + 1 >= end && FORCE_NOUNS.has(token.lower) && LONG_OBJECT_PREPOSITIONS.has(lowerAt(ctx, j + 1))) return j + 2;
  }
  return end;
}

/** Relative pronouns that restrict a generic subject ("those members that sent forces"). */
const RESTRICTIVE_RELATIVES = set('that who which');
/** Determiners of a generic subject that a restrictive relative defines ("those members", "any state"). */
const GENERIC_DETERMINERS = set('those any whichever');
/** How many lower-case words may stand between the determiner and the relative ("those few member states that"). */
const GENERIC_NOUN_WORDS = 3;

/**
 * "those members that sent forces to the war in Vietnam did so under bilateral arrangements": a verb in a restrictive
 * relative on a generic subject tells of whoever did it, no one named; it takes no actor from the clause before. The
 * verb is the one at t, with its auxiliaries.
 */
export function genericRelativeSubject(ctx: ArticleContext, s: Sentence, t: number): boolean {
  const groupFirst = verbGroup(ctx, s, t).first;
  if (!RESTRICTIVE_RELATIVES.has(lowerAt(ctx, groupFirst - 1))) return false;
  for (let j = groupFirst - 2; j >= s.first && j >= groupFirst - 2 - GENERIC_NOUN_WORDS; j--) {
    const t = ctx.tokens[j]!;
    if (GENERIC_DETERMINERS.has(t.lower)) return j < groupFirst - 2;
    if (t.kind !== 'word' || t.cap) return false;
  }
  return false;
}

/** Modals that with "have" and a participle tell what did not happen ("would have let", "could have sent"). */
const COUNTERFACTUAL_MODALS = set(`would could might should 'd`);
/** How many words ("also", "not", "never") may stand between such a modal and its "have". */
const MODAL_ADVERB_REACH = 2;
/** How far before a verb the perfect conditional that governs it may stand ("would also have let the army send"). */
const COUNTERFACTUAL_REACH = 10;

/**
 * Whether a perfect conditional ("would also have let", "could have sent") stands in the clause before `at`, no
 * further back than `floor` and with no punctuation between. "would have to send" is an obligation, not one.
 */
export function perfectConditionalBefore(ctx: ArticleContext, floor: number, at: number): boolean {
  for (let j = at - 1; j >= floor && j >= at - COUNTERFACTUAL_REACH; j--) {
    if (ctx.tokens[j]!.kind === 'punct') return false;
    if (!COUNTERFACTUAL_MODALS.has(ctx.tokens[j]!.lower)) continue;
    for (let k = j + 1; k < at && k <= j + 1 + MODAL_ADVERB_REACH; k++)
      if (lowerAt(ctx, k) === 'have') return lowerAt(ctx, k + 1) !== 'to';
  }
  return false;
}

/** Whether the place lies on the land of the former state `actor`, which one state of today holds whole. */
function onFormerOwnLand(place: NamedRef, actor: NamedRef): boolean {
  const territory = formerTerritory(actor.name);
  if (actor.code || territory.length !== 1) return false;
  // "Salisbury" is read first as the English town; on the former state's land it is the one there.
  return place.code === territory[0] || resolvePlace(place.name, territory)?.code === territory[0];
}

/** The "near" of "crossed the border near …" right after the verb at t, else -1. */
function borderCrossedNear(ctx: ArticleContext, t: number): number {
  if (lowerAt(ctx, t + 1) !== 'the' || !BORDER_WORDS.has(lowerAt(ctx, t + 2))) return -1;
  return lowerAt(ctx, t + 3) === 'near' ? t + 3 : -1;
}

/** Whether a modal stands in [from, to): "will", not the month "May". */
function modalBetween(ctx: ArticleContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (MODALS.has(lowerAt(ctx, j)) && !ctx.inDate[j]) return true;
  return false;
}

/** How many tokens the forces of a "with" clause may take ("with Turkish ground troops"). */
const WITH_FORCES_REACH = 6;

/**
 * "Turkey launched the offensive, with Turkish troops crossing the border into Tell Abyad": forces and a participle
 * after ", with" tell what the main clause's action did, a fact where the main clause has no modal or blocker.
 */
function withParticiple(ctx: ArticleContext, s: Sentence, g: VerbGroup): boolean {
  if (g.modal || g.first !== g.head || !lowerAt(ctx, g.head).endsWith('ing')) return false;
  let forces = false;
  for (let j = g.first - 1; j > s.first && j >= g.first - 1 - WITH_FORCES_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (w === 'with')
      return forces && lowerAt(ctx, j - 1) === ',' && !modalBetween(ctx, s.first, j) && !clauseBlocked(ctx, s, j - 1);
    if (ctx.tokens[j]!.kind === 'punct' && w !== '-') return false;
    if (FORCE_NOUNS.has(w)) forces = true;
  }
  return false;
}

/**
 * DeploymentAnnounced from clause structure: forces of an actor sent, ordered, arrived or stationed somewhere, stated as
 * fact or as a decision; one event per actor and destination in a coordinated list.
 */
export function findDeploymentClauses(
  ctx: ArticleContext,
  withdrawalSentences: ReadonlySet<number> = new Set(),
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    // Forces moving out of a place "to" another in a withdrawal's sentence are leaving, not deploying.
    if (withdrawalSentences.has(s.index)) continue;
    if (!(ctx.sentenceClass[s.index]! & WORD_CLASS.placement)) continue;
    if (mentionsExercise(ctx, s)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & WORD_CLASS.placement)) continue;
      const found = deploymentAt(ctx, s, t, out);
      if (found) out.push(...found);
    }
  }
  return out;
}

/** A decision stated in reported speech ("said the United States would send troops"), not a condition. */
function statedDecision(ctx: ArticleContext, s: Sentence, g: VerbGroup): boolean {
  if (g.negated) return false;
  if (g.infinitive && !g.modal) return !!g.governor && DECISION_GOVERNORS.has(g.governor);
  // "approved sending troops": a gerund governed by a decision — not "voted against sending troops".
  if (!g.modal && g.governor && DECISION_GOVERNORS.has(g.governor) && lowerAt(ctx, g.head).endsWith('ing'))
    return !opposedGerund(ctx, g.head);
  if (g.modal !== 'will' && g.modal !== 'would' && g.modal !== 'wo') return false;
  for (let j = s.first; j < s.last; j++) {
    const w = lowerAt(ctx, j);
    if (w === 'if' || w === 'unless' || w === 'whether') return false;
  }
  for (let j = g.first - 1; j >= s.first; j--) {
    const w = lowerAt(ctx, j);
    if (REPORTING.has(w) || DECISION_GOVERNORS.has(w)) return true;
  }
  return false;
}

function deploymentAt(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  earlier: readonly Candidate[],
): Candidate[] | undefined {
  // "By March 2019": the month, not the verb.
  if (ctx.inDate[t]) return undefined;
  const w = lowerAt(ctx, t);
  const noun = DEPLOYMENT_NOUNS.has(w) && lowerAt(ctx, t + 1) === 'of' ? nounGovernor(ctx, s, t) : -1;
  // "a forward land force", "land forces": a modifier of forces, not the verb.
  if (w === 'land' && FORCE_NOUNS.has(lowerAt(ctx, t + 1))) return undefined;
  // "boarded a navy ship in Dili harbour", "a troop surge": a word that is also a noun is a verb only after "to",
  // a modal or a pronoun.
  if (NOUN_HOMOGRAPHS.has(w) && !VERB_OPENERS.has(lowerAt(ctx, t - 1))) return undefined;
  // "a move critics said would weaken NATO": after an article the word is a noun; "the arrival of" has its own reading.
  if (noun < 0 && nounAfterArticle(ctx, t)) return undefined;
  // "touched down in", "took up positions in": the verb arrives only with its particle and object.
  // "took over Pristina airport": forces taking a place, its object after the particle.
  const takenOver = TAKE_OVER_FORMS.has(w) && lowerAt(ctx, t + 1) === 'over' && placeTakenOver(ctx, t + 2);
  const particles = takenOver ? undefined : PARTICLE_ARRIVALS.get(w);
  if (particles && !particlesFollow(ctx, t, particles)) return undefined;
  if (TAKE_OVER_FORMS.has(w) && !takenOver && !particles) return undefined;
  // "were dropped over Dili", "jumped onto Kolwezi": an airborne landing has its place right after the verb.
  const drop = DROP_VERBS.has(w);
  if (drop && !DROP_PREPOSITIONS.has(lowerAt(ctx, t + 1))) return undefined;
  const lead = LEAD_VERBS.has(w);
  if (lead && !forcesLedInto(ctx, s, t)) return undefined;
  const kind =
    drop ||
    lead ||
    SEND_VERBS.has(w) ||
    noun >= 0 ||
    (w === 'ordered' && orderedForces(ctx, s, t) && !orderedReadiness(ctx, s, t))
      ? 'send'
      : ARRIVE_VERBS.has(w) || particles || presentSince(ctx, s, t)
        ? 'arrive'
        : OBJECT_VERBS.has(w) || takenOver || (RELIEF_VERBS.has(w) && besiegedPlace(ctx, s, t))
          ? 'object'
          : CROSS_VERBS.has(w)
            ? 'cross'
            : OPERATE_VERBS.has(w)
              ? 'operate'
              : KEEP_VERBS.has(w) && forceObjectAfter(ctx, t, KEPT_FORCE_REACH)
                ? 'arrive'
                : undefined;
  if (!kind) return undefined;
  // "invaded Iraq in March and captured Baghdad on April 9": a capture joined to the forces' arrival is fighting there.
  if (CAPTURE_VERBS.has(w) && lowerAt(ctx, t - 1) === 'and' && placementBefore(ctx, s, t)) return undefined;
  // "came ashore at Beirut": the verb before "ashore" carries tense and modality.
  // "ordered some 400 Marines ashore": an order whose forces stand between it and "ashore" carries the verb group.
  const orderedAshore = w === 'ashore' && !ASHORE_VERBS.has(lowerAt(ctx, t - 1)) ? orderBefore(ctx, s, t) : -1;
  if (w === 'ashore' && !ASHORE_VERBS.has(lowerAt(ctx, t - 1)) && orderedAshore < 0) return undefined;
  // "approved the deployment of 300 troops to X": the governing verb carries tense and modality.
  const group = verbGroup(ctx, s, noun >= 0 ? noun : w === 'ashore' ? (orderedAshore >= 0 ? orderedAshore : t - 1) : t);
  // "…advanced into Georgian territory, occupying Gori on 13 August": a participle of result after the main clause
  // says what its forces did, as much as the main clause does.
  const result = resultParticiple(ctx, s, group.first, RESULT_PARTICIPLES);
  if (!statesFact(group) && !statedDecision(ctx, s, group) && !result && !withParticiple(ctx, s, group))
    return undefined;
  if (clauseBlocked(ctx, s, result ? group.first - 1 : group.first)) return undefined;
  if (pendingClause(ctx, s, group.first, t)) return undefined;
  if (genericRelativeSubject(ctx, s, t)) return undefined;
  // "The motion would also have let the army send troops into Iraq": a perfect conditional tells what did not happen.
  if (perfectConditionalBefore(ctx, s.first, group.first)) return undefined;
  // "U.S.-based troops": a compound adjective. "based"/"stationed" state presence as a passive or right after the
  // forces ("troops stationed in X").
  if (lowerAt(ctx, t - 1) === '-' || adjectiveAfterPreposition(ctx, t)) return undefined;
  if (PRESENCE_VERBS.has(w) && !group.passive && !FORCE_NOUNS.has(lowerAt(ctx, t - 1))) return undefined;
  // "French troops based in N'Djamena", "are stationed in Chad": a reduced relative or a present tense describes
  // where forces stand; it reports a deployment only in a sentence that also speaks of sending or arriving.
  if (
    PRESENCE_VERBS.has(w) &&
    (!group.passive || wordBetween(ctx, group.first, t, PRESENT_BE)) &&
    !(ctx.sentenceClass[s.index]! & WORD_CLASS.deploy)
  )
    return undefined;
  // "are still stationed in X": a standing presence described, not a deployment reported.
  if (PRESENCE_VERBS.has(w) && wordBetween(ctx, group.first, t, STILL)) return undefined;
  // "the deployed units", "a stationed brigade": an adjective, not a report.
  if (noun < 0 && adjectivalParticiple(ctx, t)) return undefined;

  // "sent election observers to Venezuela": people or aid that are not forces.
  if (kind === 'send' && (civilObject(ctx, s, t, SEND_OBJECT_ENDS) || nonForceSent(ctx, s, t))) return undefined;
  const from = takenOver ? t + 2 : t + 1;
  const to = Math.min(joinedClauseEnd(ctx, t, s), destinationWindowEnd(ctx, s, from));
  let places: PlaceSlot[];
  // "invaded and annexed Kuwait": a second verb shares the object.
  // "relieved the besieged legations": the place of the siege.
  const besieged = RELIEF_VERBS.has(w) ? besiegedPlace(ctx, s, t) : undefined;
  if (besieged) places = [besieged];
  else if (kind === 'object') places = placesAt(ctx, s, sharedObjectStart(ctx, s, from));
  else
    places = placesAfter(
      ctx,
      s,
      from,
      to,
      kind === 'send'
        ? drop
          ? DROP_PREPOSITIONS
          : PLEDGE_VERBS.has(w)
            ? PLEDGE_PREPOSITIONS
            : SEND_PREPOSITIONS
        : kind === 'cross'
          ? CROSS_PREPOSITIONS
          : kind === 'operate'
            ? OPERATE_PREPOSITIONS
            : ARRIVE_PREPOSITIONS,
    );
  // "special forces arrived there to support the campaign in Afghanistan": "there" is the destination, read below;
  // a place after it is another clause's (a purpose, a description).
  if ((kind === 'arrive' || kind === 'send') && lowerAt(ctx, t + 1) === 'there') places = [];
  places = places.filter((p) => !eventAdjunctBetween(ctx, t, p.first));
  // "crossing the border near Tell Abyad": the place the border is crossed at, where no "into" names another.
  const crossedNear = !places.length && kind === 'cross' ? borderCrossedNear(ctx, t) : -1;
  if (crossedNear > 0) places = placesAt(ctx, s, crossedNear + 1);
  // "poured across the Yalu into North Korea": what is crossed on the way is not where the forces went.
  if (
    places.length === 1 &&
    lowerAt(ctx, places[0]!.first - (lowerAt(ctx, places[0]!.first - 1) === 'the' ? 2 : 1)) === 'across'
  ) {
    const onward = lowerAt(ctx, places[0]!.last) === 'into' ? placesAt(ctx, s, places[0]!.last + 1) : [];
    if (onward.length) places = onward;
  }
  // "entered Svatove but were stopped": an entry turned back is fighting, not a deployment.
  if (w === 'entered' && contrastAfter(ctx, s, t)) return undefined;
  // "landed on Guadalcanal and on the neighbouring islands of Tulagi and Gavutu": a second phrase of the same kind.
  if (kind !== 'object') places = [...places, ...furtherPhrases(ctx, s, places, to)];
  // "In Iraq, thousands of troops had been deployed …": a place fronted before the clause.
  if (!places.length && kind !== 'object' && kind !== 'cross' && kind !== 'operate') places = frontedPlace(ctx, s, t);
  if (!places.length && kind === 'send') places = appositiveDeployment(ctx, s, t, group.first);
  // "In August 1912 some 2,700 Marines landed and helped suppress the revolt": forces that land with no place of their
  // own, the clause going straight on to what they did, land where the text has just been, as forces ordered ashore do.
  if (!places.length && BARE_LANDINGS.has(w) && BARE_LANDING_FOLLOWERS.has(lowerAt(ctx, t + 1))) {
    const senders = actorsAt(ctx, s, t, () => false)?.actors ?? [];
    const country = landingPlaceBefore(ctx, t, (p) => senders.some((a) => insideOwnState(p, a)));
    if (country) places = [{ place: country, first: t, last: t + 1 }];
  }
  // "BEIRUT — … The Marines came ashore in September 1982, after …": a landing whose verb phrase goes on only with a
  // date lands in the state of the dateline, where the story is.
  if (
    !places.length &&
    (BARE_LANDINGS.has(w) || (w === 'ashore' && orderedAshore < 0)) &&
    datedThenClosed(ctx, t + 1)
  ) {
    const story = datelineState(ctx);
    const senders = actorsAt(ctx, s, t, () => false)?.actors ?? [];
    if (story && !senders.some((a) => insideOwnState(story, a))) places = [{ place: story, first: t, last: t + 1 }];
  }
  // "Israeli forces left Khiam and Lebanese army units deployed there": the place named last before.
  if (!places.length && (kind === 'arrive' || kind === 'send') && lowerAt(ctx, t + 1) === 'there') {
    const there = referredPlace(ctx, t, 'there');
    if (there) places = [{ place: there, first: t + 1, last: t + 2 }];
  }
  // "As fighting spread through Santo Domingo, … Johnson ordered some 400 Marines ashore": forces ordered ashore with
  // no place of their own land where the text has just been. The senders' own state, named in passing ("the U.S. Embassy
  // reported …"), is not where their forces land.
  if (!places.length && orderedAshore >= 0) {
    const senders = actorsAt(ctx, s, t, () => false)?.actors ?? [];
    const country = landingPlaceBefore(ctx, t, (p) => senders.some((a) => insideOwnState(p, a)));
    if (country) places = [{ place: country, first: t, last: t + 1 }];
  }
  // "ordered the country's 1,300 soldiers in Iraq to come home": forces told to leave where they are.
  if (kind === 'send' && ORDER_VERBS.has(w) && orderedToLeave(ctx, s, t)) return undefined;
  // "General Juan Prim arrived to take command": a person arriving, whatever forces the clause names after.
  if (kind === 'arrive' && titledPersonSubject(ctx, s, t)) return undefined;
  if (rotationOfUnits(ctx, s, t) || movesNoForces(ctx, s, t) || standingPresence(ctx, t)) return undefined;
  // "The last convoy of troops rolled across the border into Kuwait": the last forces to move are leaving.
  if ((kind === 'cross' || kind === 'arrive') && lastForcesBefore(ctx, s, group.first)) return undefined;
  // "crossed the Friendship Bridge back into Uzbekistan", "airlifted the troops home, the first planes landing in X":
  // forces going back are coming home, not deployed.
  // "units transferred from U.N. operations in Sinai": where forces came from (aircraft "operated from" a base are there).
  // "sailed today, ending American military presence in the Philippines": a participle clause's place is its own.
  // "ordered three battalions currently in the Central Command area … to deploy to X": where forces are now.
  places = places.filter(
    (p) =>
      !wordBetween(ctx, t, p.first, BACK) &&
      (kind === 'operate' || !inOriginPhrase(ctx, t, p.first)) &&
      !participleClauseBetween(ctx, t, p.first) &&
      !(p.first > t && whereNow(ctx, p.first)),
  );
  if (!places.length) return undefined;

  const isPlace = (m: Mention) => places.some((p) => p.first === m.first) || isVenue(ctx, m);
  // "Having landed at Inchon on 15 September, the Marines recaptured Seoul": a fronted participle's subject is the
  // main clause's.
  const fronted = frontedParticipleEnd(ctx, s, t);
  const found =
    actorsAt(ctx, s, result ? group.first - 1 : t, isPlace) ??
    (fronted > 0 ? mainSubject(ctx, s, fronted, isPlace) : undefined);
  // "An expedition under General X landed": forces named only by their commander. "Portugal undertook to send a
  // force, and an expeditionary corps under General X landed": the actor found, with no forces of its own near the
  // verb, has them in the commanded force when that force is its.
  const commanded =
    !found || (found.force < 0 && !namesArmedBody(ctx, found.mention))
      ? commandedSlot(ctx, s, group.first, earlier)
      : undefined;
  const slot =
    commanded && (!found || found.actors.some((a) => a.name === commanded.actors[0]!.name)) ? commanded : found;
  if (!slot) return undefined;
  // Forces must be what moves: a force noun near the trigger, or an armed body as the subject.
  // A participle of result has the main clause's forces, wherever they stand in it.
  const mainForces = result ? nearestForce(ctx, s, group.first - 1, group.first - s.first, 0) : -1;
  if (slot.force < 0 && mainForces < 0 && !namesArmedBody(ctx, slot.mention)) return undefined;
  // "Khmer Rouge leaders … arrived in Phnom Penh": an armed body's leaders, with no forces named, are people arriving.
  if (slot.force < 0 && mainForces < 0 && slot.mention && leadersNamedBy(ctx, slot.mention)) return undefined;
  // Only troops land from the air; aircraft that "dropped" something on a place attacked it.
  if (drop && (slot.force < 0 || !DROPPED_FORCES.has(lowerAt(ctx, slot.force)))) return undefined;
  // "the strength of the Dutch regiment dropped around X": a measure of the forces fell; they landed nowhere.
  if (drop && measuredForces(ctx, s, slot.force)) return undefined;
  const destinations = places
    // "massed 100,000 troops near Ukraine's borders": forces near another state's border are not in it.
    .filter((p) => !nearBorder(ctx, p))
    // "approved the deployment of a standby force at a summit in Maputo": where the decision was taken.
    .filter((p) => !talksHeldAt(ctx, p.first))
    .map((p) => p.place)
    .filter((p) => !slot.actors.some((a) => a.name === p.name))
    // A state's forces moving, marching or landing inside its own territory are not deployed there.
    // "The Rhodesian Light Infantry … moved to Cranborne Barracks in Salisbury": so are the forces of a state that no
    // longer exists, moving on land that one state of today holds whole.
    .filter((p) => !MOVE_VERBS.has(w) || !slot.actors.some((a) => insideOwnState(p, a) || onFormerOwnLand(p, a)))
    // "crossed the border near Belgorod": a border crossed beside a town of the forces' own state leaves it behind.
    .filter((p) => crossedNear < 0 || !slot.actors.some((a) => insideOwnState(p, a)))
    .filter((p) => !HOME_ARRIVALS.has(w) || !slot.actors.some((a) => plainlyInOwnState(p, a)))
    // "troops from an infantry battalion based in Takoradi": a home base is where forces stand, not a deployment.
    .filter((p) => !PRESENCE_VERBS.has(w) || !slot.actors.some((a) => plainlyInOwnState(p, a)))
    // "Iranian troops entered Tabriz", "Ukrainian troops entered Kherson": forces entering a town of their own state
    // (retaken, or handed back) are deployed there as much as abroad; a place of no known state is no entry read.
    .filter(
      (p) =>
        !ENTRY_VERBS.has(w) ||
        isStatePlace(p) ||
        entryAbroad(slot.actors, p) ||
        slot.actors.every((a) => insideOwnState(p, a)),
    )
    // "captured Kherson" deploys a state's forces only abroad; at home, or by rebels, it is fighting over ground.
    .filter((p) => !CAPTURE_VERBS.has(w) || (slot.actors.every((a) => a.code) && entryAbroad(slot.actors, p)))
    // "reinforced its garrison in Belize": the actor's own forces, abroad ("its defences around Kyiv" are not).
    .filter((p) => !REINFORCE_VERBS.has(w) || (OWN_OBJECT.has(lowerAt(ctx, t + 1)) && entryAbroad(slot.actors, p)))
    // An advance into a town or region is fighting in narratives ("advanced into Lyman"); into a state, an invasion.
    .filter(
      (p) =>
        !ADVANCE_VERBS.has(w) ||
        ((isStatePlace(p) || compassRegion(p)) && entryAbroad(slot.actors, p) && !edgeBefore(ctx, t, places)),
    );
  if (!destinations.length) return undefined;

  const ownClause = joinedClauseStart(ctx, Math.min(t, slot.force >= 0 ? slot.force : t), s.first);
  const personnel = findPersonnel(ctx, Math.max(ownClause, t - DESTINATION_WINDOW), to);
  const date = dateNear(ctx, s, t, ARRIVAL_DATING);
  const read = placementCandidates('DeploymentAnnounced', s, slot, destinations, date, personnel);
  if (kind === 'arrive') for (const c of read) c.arrival = true;
  // "3,000 British soldiers and 2,000 Australian soldiers were sent": each listed actor keeps its own figure.
  const figures = slot.mention ? listFigures(ctx, slot.mention) : undefined;
  if (figures?.size) for (const c of read) c.personnel = figures.get(c.actor!.name) ?? null;
  // "British forces landed at Port Said and French forces at Port Fuad": a second subject with the verb left out.
  const gapped =
    kind === 'arrive' || kind === 'send' ? gappedSubject(ctx, s, places[places.length - 1]!.last) : undefined;
  if (gapped)
    read.push(...placementCandidates('DeploymentAnnounced', s, { actors: [gapped.actor] }, gapped.places, date));
  return read;
}

/**
 * "An expedition under Major General X landed at Y": forces named only by their commander belong to the state the
 * sentence or the deployment read just before names.
 */
function commandedSlot(
  ctx: ArticleContext,
  s: Sentence,
  verb: number,
  earlier: readonly Candidate[],
): ActorSlot | undefined {
  const head = commandedForceBefore(ctx, s, verb);
  const sender = head >= 0 ? commandersSender(ctx, s, head, earlier) : undefined;
  return sender ? { actors: [sender], force: head, referred: true } : undefined;
}

/** "… and French forces at Port Fuad": the actor and places of a clause whose verb is the one before. */
function gappedSubject(
  ctx: ArticleContext,
  s: Sentence,
  at: number,
): { actor: NamedRef; places: NamedRef[] } | undefined {
  // "…, and French forces at Port Fuad": the comma before the "and" is allowed.
  const and = lowerAt(ctx, at) === ',' ? at + 1 : at;
  if (lowerAt(ctx, and) !== 'and') return undefined;
  const m = mentionAtToken(ctx, and + 1);
  if (!m || m.first !== and + 1 || m.entry.kind !== 'demonym' || !FORCE_NOUNS.has(lowerAt(ctx, m.last)))
    return undefined;
  const actor = actorOf(m.entry);
  const prep = m.last + 1;
  if (!actor || !ARRIVE_PREPOSITIONS.has(lowerAt(ctx, prep))) return undefined;
  const places = placesAt(ctx, s, prep + 1).map((p) => p.place);
  return places.length ? { actor, places } : undefined;
}

/** Verbs that bring forces into a place before they take a town in it ("invaded Iraq … and captured Baghdad"). */
const ARRIVAL_BEFORE_CAPTURE = new Set([...SEND_VERBS, ...ARRIVE_VERBS, ...ENTRY_VERBS, ...CROSS_VERBS]);

/** Whether a verb of sending, arriving, entering or crossing stands before t in its sentence. */
function placementBefore(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = s.first; j < t; j++) if (ARRIVAL_BEFORE_CAPTURE.has(lowerAt(ctx, j))) return true;
  return false;
}

/** How far before "ashore" the order that sends forces there may stand ("ordered some 1,700 Marines ashore"). */
const ORDER_ASHORE_REACH = 6;

/** The order verb before "ashore" at t with a force noun between them, or -1. */
function orderBefore(ctx: ArticleContext, s: Sentence, t: number): number {
  let forces = false;
  for (let j = t - 1; j >= s.first && j >= t - ORDER_ASHORE_REACH; j--) {
    if (FORCE_NOUNS.has(lowerAt(ctx, j))) forces = true;
    else if ((ORDER_VERBS.has(lowerAt(ctx, j)) || SEND_VERBS.has(lowerAt(ctx, j))) && forces) return j;
    else if (ctx.tokens[j]!.kind === 'punct' && lowerAt(ctx, j) !== ',') return -1;
  }
  return -1;
}

/** Words that open a fronted participial clause ("Having landed …,", "After landing …,"). */
const PARTICIPLE_OPENERS = set('having after upon');
/** How far after a fronted clause's comma its main subject's force or name may stand. */
const MAIN_SUBJECT_REACH = 6;

/** The comma that closes a fronted participial clause holding t ("Having landed at Inchon …, the Marines"), or -1. */
function frontedParticipleEnd(ctx: ArticleContext, s: Sentence, t: number): number {
  const opener = lowerAt(ctx, s.first);
  if (!PARTICIPLE_OPENERS.has(opener)) return -1;
  if (opener !== 'having' && !lowerAt(ctx, s.first + 1).endsWith('ing')) return -1;
  for (let j = t + 1; j < s.last; j++) if (lowerAt(ctx, j) === ',') return j;
  return -1;
}

/** The forces opening the main clause after the comma at `comma` ("…, the Marines recaptured Seoul"). */
function mainSubject(
  ctx: ArticleContext,
  s: Sentence,
  comma: number,
  exclude: (m: Mention) => boolean,
): ActorSlot | undefined {
  for (let j = comma + 1; j < s.last && j <= comma + MAIN_SUBJECT_REACH; j++) {
    if (!FORCE_NOUNS.has(lowerAt(ctx, j)) && !mentionAtToken(ctx, j)) continue;
    const slot = actorsAt(ctx, s, j + 1, exclude);
    if (slot && (slot.force >= 0 || namesArmedBody(ctx, slot.mention))) return slot;
  }
  return undefined;
}

/** Possessives that make the object of a reinforcing verb the subject's own forces. */
const OWN_OBJECT = set('its their his');

/** Where an advance stops short of a place ("advanced into the outskirts of Bakhmut"): fighting, not arrival. */
const EDGE_NOUNS = set('outskirts suburbs edge edges approaches perimeter outskirt');

function edgeBefore(ctx: ArticleContext, t: number, places: readonly PlaceSlot[]): boolean {
  const first = places[0]?.first ?? t;
  for (let j = t + 1; j < first; j++) if (EDGE_NOUNS.has(lowerAt(ctx, j))) return true;
  return false;
}

/** How far after "been in X" its "since" may stand ("have been in Somalia since October 2011"). */
const SINCE_REACH = 8;

/** "Kenyan troops have been in Somalia since 2011": a presence since a date is a deployment then. */
function presentSince(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (lowerAt(ctx, t) !== 'been' || lowerAt(ctx, t + 1) !== 'in') return false;
  if (!['have', 'has', 'had'].includes(lowerAt(ctx, t - 1))) return false;
  for (let j = t + 2; j < s.last && j <= t + SINCE_REACH; j++) if (lowerAt(ctx, j) === 'since') return true;
  return false;
}

/** Places and facilities forces take over by their common nouns ("took over the city's airport"). */
const TAKEN_PLACES = set('airport airfield airbase base port harbour harbor city town capital barracks island village');
/** Determiners before what is taken over. */
const TAKEN_DETERMINERS = set('the its their');

/**
 * Whether what is taken over from `i` is a place ("Pristina airport", "the city's airport"), not a duty ("command of
 * the mission in Kosovo", "responsibility for the border").
 */
function placeTakenOver(ctx: ArticleContext, i: number): boolean {
  const head = TAKEN_DETERMINERS.has(lowerAt(ctx, i)) ? i + 1 : i;
  // "took over the capital of northern Indo-China": a city named by the land it heads, which the land is not.
  if (lowerAt(ctx, head) === 'capital' && lowerAt(ctx, head + 1) === 'of') return false;
  return (ctx.tokens[head]?.cap ?? false) || TAKEN_PLACES.has(lowerAt(ctx, head));
}

/** Participles of taking a place that, after a comma, report a result of the main clause. */
const RESULT_PARTICIPLES = set('occupying entering');

/** A compass part of a state ("southern Lebanon", "northern Iraq"): sweeping into it is an invasion, as into the state. */
function compassRegion(place: { name: string }): boolean {
  const space = place.name.indexOf(' ');
  return space > 0 && COMPASS_STARTS.has(place.name.slice(0, space).toLowerCase());
}

const PRESENT_BE = set('is are am');
const STILL = set('still');
/** Words between a verb and a place that send the forces back, not out ("back into Uzbekistan", "flew them home"). */
const BACK = set('back home');

/** How many further place phrases may follow the first ("… and on …, and at …"). */
const MAX_FURTHER_PHRASES = 2;

/** Place phrases joined to the last one by "and" and the same preposition ("and on the islands of X and Y"). */
function furtherPhrases(ctx: ArticleContext, s: Sentence, places: readonly PlaceSlot[], to: number): PlaceSlot[] {
  const out: PlaceSlot[] = [];
  let last = places[places.length - 1];
  for (let guard = 0; last && guard < MAX_FURTHER_PHRASES; guard++) {
    if (lowerAt(ctx, last.last) !== 'and') break;
    // "landed at Archangel and about 8,000 at Vladivostok": a figure for the second phrase, its verb left out.
    const at = gappedFigureEnd(ctx, last.last + 1);
    if (!ARRIVE_PREPOSITIONS.has(lowerAt(ctx, at))) break;
    const more = placesAt(ctx, s, at + 1).filter((p) => p.last <= Math.max(to, last!.last + 2 + DESTINATION_WINDOW));
    if (!more.length) break;
    out.push(...more);
    last = more[more.length - 1];
  }
  return out;
}

/** Words that may open a figure ("about 8,000", "some 2,000 more"). */
const FIGURE_OPENERS = set('about some around roughly nearly almost another over approximately');

/** The token after a gapped figure at i ("about 8,000 troops"), or i itself where no figure stands there. */
function gappedFigureEnd(ctx: ArticleContext, i: number): number {
  let j = FIGURE_OPENERS.has(lowerAt(ctx, i)) ? i + 1 : i;
  if (ctx.tokens[j]?.kind !== 'number' || ctx.inDate[j]) return i;
  j++;
  if (FORCE_NOUNS.has(lowerAt(ctx, j))) j++;
  return j;
}

/** Prepositions of standing close to a line rather than in a place ("near", "along"). */
const NEAR_WORDS = set('near along');
const BORDER_WORDS = set('border borders frontier frontiers');

/** "near Ukraine's borders", "along the Ukrainian border": a place slot that names only a state's border. */
function nearBorder(ctx: ArticleContext, p: PlaceSlot): boolean {
  const before = lowerAt(ctx, p.first - 1) === 'the' ? p.first - 2 : p.first - 1;
  if (!NEAR_WORDS.has(lowerAt(ctx, before))) return false;
  const after = ["'s", '’s'].includes(lowerAt(ctx, p.last)) ? p.last + 1 : p.last;
  return BORDER_WORDS.has(lowerAt(ctx, p.last - 1)) || BORDER_WORDS.has(lowerAt(ctx, after));
}

/** How far after "ordered" the forces ordered may stand ("ordered U.S. air and naval forces to …"). */
const ORDERED_FORCE_REACH = 6;

/** Whether forces are the object of "ordered" at t, before any "to" ("ordered Marines to Lebanon"). */
function orderedForces(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last && j <= t + ORDERED_FORCE_REACH; j++) {
    if (FORCE_NOUNS.has(lowerAt(ctx, j))) return true;
    if (lowerAt(ctx, j) === 'to' || lowerAt(ctx, j) === ',') return false;
  }
  return false;
}

/** Whether the order at t only readies its forces ("ordered troops to prepare for deployment to X"). */
function orderedReadiness(ctx: ArticleContext, s: Sentence, t: number): boolean {
  return wordBetween(ctx, t + 1, Math.min(s.last, t + ORDERED_FORCE_REACH * 2), READINESS_WORDS);
}

/** How far after a verb of keeping its forces may stand ("kept a large garrison"). */
const KEPT_FORCE_REACH = 4;

/** Entering a place outside the subject's own state. */
export function entryAbroad(subject: readonly NamedRef[], place: NamedRef): boolean {
  // A place the gazetteer cannot put in a state may be at home: no arrival is read.
  return subject.length > 0 && subject.every((a) => placeState(place, a) !== undefined && !insideOwnState(place, a));
}

/** Referring subjects that open a sentence and stand for forces named before. */
const FORCE_REFERENCES = set('troops soldiers peacekeepers forces contingent force units');

/**
 * "The troops, deployed in 1992 after a brief war, guard …": a participle set off after a referring subject
 * describes forces the text has just placed; they were deployed where it placed them.
 */
function appositiveDeployment(ctx: ArticleContext, s: Sentence, t: number, groupFirst: number): PlaceSlot[] {
  if (groupFirst !== t || lowerAt(ctx, t - 1) !== ',') return [];
  if (lowerAt(ctx, s.first) !== 'the' || !FORCE_REFERENCES.has(lowerAt(ctx, s.first + 1)) || s.first + 2 !== t - 1)
    return [];
  const actor = referredActor(ctx, s.first);
  const place = nearestPlaceBefore(ctx, s.first, actor);
  if (!place || (actor && insideOwnState(place, actor))) return [];
  return [{ place, first: -1, last: -1 }];
}

/** Adverbs that put forces where they are now, not where they go ("currently in", "already in"). */
const NOW_WORDS = set('currently already still now presently');

/** Whether the place phrase at `first` follows "currently in" or the like. */
function whereNow(ctx: ArticleContext, first: number): boolean {
  const prep = lowerAt(ctx, first - 1) === 'the' ? first - 2 : first - 1;
  return lowerAt(ctx, prep) === 'in' && NOW_WORDS.has(lowerAt(ctx, prep - 1));
}

/** Words that may stand inside an arrival's particles ("took up their positions", "took up defensive positions"). */
const PARTICLE_FILLERS = set('their its defensive new forward');

/**
 * Whether `particles` follow the verb at t in order, fillers allowed between them but not before the first; a particle
 * written "a|b" is either word.
 */
function particlesFollow(ctx: ArticleContext, t: number, particles: readonly string[]): boolean {
  let j = t + 1;
  for (const [k, particle] of particles.entries()) {
    while (k > 0 && PARTICLE_FILLERS.has(lowerAt(ctx, j))) j++;
    if (!particle.split('|').includes(lowerAt(ctx, j))) return false;
    j++;
  }
  return true;
}

/** Words between "relieved" and what was besieged ("relieved the besieged foreign legations"). */
const RELIEF_OBJECT_FILLERS = set('the besieged beleaguered foreign encircled surrounded');
/** How far after "relieved" the besieged noun may stand. */
const RELIEF_OBJECT_REACH = 4;
/** Words of a siege, whose place is named after them ("laid siege to the legations in Beijing", "besieged Mafeking"). */
const SIEGE_WORDS = set('siege besieged besieging besiege');
/** How many sentences back the siege relieved may have been told. */
const SIEGE_SENTENCES = 3;
/** How far after a siege word its place may stand ("laid siege to the foreign legation quarter in Beijing"). */
const SIEGE_PLACE_REACH = 8;

/**
 * "Boxers laid siege to the legations in Beijing … relieved the besieged legations on August 14": forces that lift a
 * siege are where it was; its place is the one named right after the siege word, in this sentence or one before.
 * Only a plain object ("the besieged legations", "the garrison") is read: "relieved General X of his command" is not.
 */
function besiegedPlace(ctx: ArticleContext, s: Sentence, t: number): PlaceSlot | undefined {
  let noun = t + 1;
  while (noun < s.last && noun <= t + RELIEF_OBJECT_REACH && RELIEF_OBJECT_FILLERS.has(lowerAt(ctx, noun))) noun++;
  if (noun === t + 1 || ctx.tokens[noun]?.kind !== 'word' || ctx.tokens[noun]!.cap) return undefined;
  const object = lowerAt(ctx, noun);
  const first = ctx.sentences[Math.max(0, s.index - SIEGE_SENTENCES)]!.first;
  for (let j = t - 1; j >= first; j--) {
    if (!SIEGE_WORDS.has(lowerAt(ctx, j))) continue;
    let named = false;
    for (let k = j + 1; k < ctx.tokens.length && k <= j + SIEGE_PLACE_REACH; k++) {
      if (ctx.tokens[k]!.sentence !== ctx.tokens[j]!.sentence) break;
      // "the legation quarter … the besieged legations": the noun in either number.
      named ||= singular(lowerAt(ctx, k)) === singular(object);
      const m = mentionAtToken(ctx, k);
      const place = m && m.first === k && m.entry.kind !== 'demonym' ? placeOf(m.entry) : undefined;
      if (place && named) return { place, first: k, last: m!.last };
    }
  }
  return undefined;
}

function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * "led some 4,800 troops across the border into Chihuahua": forces the object of the verb of leading (a figure or
 * words before their noun, no punctuation), then "into" a little after them.
 */
function forcesLedInto(ctx: ArticleContext, s: Sentence, t: number): boolean {
  let force = -1;
  for (let j = t + 1; j <= t + LED_FORCE_REACH && j < s.last && force < 0; j++) {
    if (FORCE_NOUNS.has(lowerAt(ctx, j))) force = j;
    else if (ctx.tokens[j]!.kind === 'punct') return false;
  }
  if (force < 0) return false;
  for (let j = force + 1; j <= force + LED_INTO_REACH && j < s.last; j++) {
    if (lowerAt(ctx, j) === 'into') return true;
    if (ctx.tokens[j]!.kind === 'punct') return false;
  }
  return false;
}
