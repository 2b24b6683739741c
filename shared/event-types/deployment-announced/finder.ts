import {
  nonForceSent,
  movesNoForces,
  rotationOfUnits,
  standingPresence,
  titledPersonSubject,
} from '../../extract/clauses/civil.ts';
import { referredMission, referredPlace } from '../../extract/clauses/discourse.ts';
import { frontedPlace, genericRelativeSubject, perfectConditionalBefore } from './clause-finder.ts';
import { headingState } from '../../extract/clauses/heading.ts';
import { mentionsExercise } from '../../extract/clauses/exercise.ts';
import { datelineCity } from '../../extract/clauses/phrases.ts';
import { insideOwnState, plainlyInOwnState } from '../../extract/clauses/territory.ts';
import { attachedDash } from '../../extract/clauses/entities.ts';
import { passiveAgentBetween } from '../../extract/clauses/agent-phrase.ts';
import {
  coordinatedActors,
  forCoordinatedActors,
  ownMilitarySpeaker,
  sendingSpeaker,
  senderOfNamedUnit,
  subjectForce,
  composedSubject,
} from '../../extract/clauses/actors.ts';
import type { Candidate } from '../../extract/candidate.ts';
import type { ArticleContext } from '../../extract/context.ts';
import {
  contrastAfter,
  gerundSubject,
  hypotheticalAfter,
  opposedGerund,
  orderedToLeave,
} from '../../extract/clauses/blockers.ts';
import { FORCE_NOUNS, WORD_CLASS } from '../../extract/lexicon.ts';
import {
  ARRIVAL_VERBS,
  DEPART_FOR_VERBS,
  DEPLOY_VERBS,
  DIRECT_OBJECT_DEPLOY,
  HOME_ARRIVALS,
  ORDER_VERBS,
  READINESS_WORDS,
} from './lexicon.ts';
import {
  blockedBetween,
  clauseStart,
  conditionalWould,
  coordinatedPlaces,
  findActor,
  joinedClauseEnd,
  joinedClauseStart,
  actorOf,
  findPersonnel,
  missionArea,
  nearestForce,
  unknownPlaceAfter,
  wordBetween,
  isVenue,
  lowerAt,
  mentionAtToken,
  mentionsIn,
  numberAt,
  placeOf,
  placesAfterPreposition,
  type NamedRef,
  type PlaceHit,
  forceObjectAfter,
  DESCRIBED_STATE_NOUNS,
} from '../../extract/slots.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { ARRIVAL_DATING, dateNear, evidenceSpan } from '../../extract/clauses/dating.ts';
import { nounAfterArticle } from '../../extract/clauses/verb-group.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import { resolvePlace } from '../../extract/gazetteer/geo.ts';
import { sentThereBefore } from './sent-before.ts';

// Tuning windows of this reader, in tokens unless named in sentences.
/** How far around a trigger its force noun may stand. */
const FORCE_REACH = 12;
/** How far back in the clause a modal or speech-act blocker may stand. */
const BLOCKER_REACH = 12;
/** Words before "to" that make the infinitive a readiness, request or wish, not a decision ("intends to send"). */
const INTENT_GOVERNORS = set(
  'ready prepared planning plans asked willing intends intend intended wants want wanted aims aim aimed eager keen',
);
/** How far after an infinitive of sending its condition may stand (a window, so long sentences stay linear). */
const CONDITION_REACH = 30;
/** How far before a trigger "would"/"will"/"ready to" may stand. */
const MODAL_REACH = 6;
/** How far after a trigger its destination (and a host reference) may stand. */
const DESTINATION_REACH = 16;
/** How far after "invaded"/"entered" its object list may start. */
const OBJECT_REACH = 4;
/** How far after a trigger an unknown destination name may stand ("to Port Sudan"). */
const UNKNOWN_PLACE_REACH = 10;
/** How far before a trigger a cleft's "that" may stand ("it was X that … invaded"). */
const CLEFT_REACH = 10;
/** How far after and before the trigger (or its forces) a head count may stand; in a subject, from its start. */
const FIGURE_REACH_AFTER = 14;
const FIGURE_REACH_BEFORE = 8;
const SUBJECT_FIGURE_REACH = 6;
/** How far after a contribution verb its number may stand ("contribute up to 700"). */
const NUMBER_REACH = 5;
/** A bare figure is a head count only in this range. */
const MIN_HEAD_COUNT = 5;
const MAX_HEAD_COUNT = 5_000_000;
/** How many sentences an actor, and a place, named before still stand for an unnamed one. */
const ACTOR_MEMORY_SENTENCES = 4;
const PLACE_MEMORY_SENTENCES = 6;
/** A place named by an earlier deployment, in play for a later one that names none; `memory` narrows how long. */
interface PlaceInPlay {
  place: NamedRef;
  sentence: number;
  memory?: number;
}
/** How many sentences back a place another reader found is still in play (it lends a place only to the next lines). */
const OTHER_READING_MEMORY_SENTENCES = 2;
/** The sentence index given to the article's first deployment actor, the fallback of last resort. */
const ARTICLE_ACTOR = -100;
/** A pattern reading's confidence, less for each slot inherited from before and for an undated report. */
const PATTERN_CONFIDENCE = 0.9;
const INHERITED_PENALTY = 0.15;
const UNDATED_PENALTY = 0.05;
const MIN_CONFIDENCE = 0.5;

/** Verbs that approve a deployment; what they approve must be forces. */
const APPROVAL_VERBS =
  set(`approve approves approved approving cleared clears authorise authorises authorised authorising
  authorize authorizes authorized authorizing`);
/** Words that make approved forces the United Nations' own ("authorized 15,000 peacekeepers"). */
const OWN_FORCE_WORDS = set('peacekeepers peacekeeping peace-keeping blue helmets observers');
/** How far before a force noun a relative clause's antecedent may say whose the forces are ("U.N. troops, which"). */
const ANTECEDENT_REACH = 3;

/**
 * "authorized up to 15,000 U.N. peacekeepers", "set up UNMEE … and later authorised 4,200 troops", "the force, known
 * as UNIFIL, which the Council authorized": the Council approves forces of its own — peacekeepers, U.N. forces, or
 * forces of a U.N. mission the sentence names. "approved the force", "the Kenyan-led mission, which the Security
 * Council authorised", "a multinational force": forces others send.
 */
function approvesOwnForces(ctx: ArticleContext, s: Sentence, t: number, force: number): boolean {
  if (force < 0) return false;
  const [from, to] = force > t ? [t + 1, force + 1] : [force - ANTECEDENT_REACH, force + 1];
  if (wordBetween(ctx, from, to, OTHERS_FORCE_WORDS)) return false;
  if (wordBetween(ctx, from, to, OWN_FORCE_WORDS)) return true;
  if (mentionsIn(ctx, from, to).some((m) => m.entry.name === UNITED_NATIONS)) return true;
  return mentionsIn(ctx, s.first, s.last).some((m) => m.entry.parentOrg === UNITED_NATIONS);
}

/** Words of a force that states other than the approving organization send ("a multinational force"). */
const OTHERS_FORCE_WORDS = set('multinational multi-national coalition');
const UNITED_NATIONS = 'United Nations';
const TO = new Set(['to', 'into', 'toward', 'towards']);
const TO_OR_FOR = new Set(['to', 'into', 'for']);
const IN_OR_TO = new Set(['to', 'into', 'in', 'at', 'inside']);
/** Prepositions that place forces beside a place rather than in it ("landing near Beirut", "anchored off Veracruz"). */
const OTHER_PLACE_PREPOSITIONS = new Set(['near', 'off', 'outside', 'around']);

/** Words of readiness between a verb and its destination ("ordered troops to prepare for deployment to X"). */

/** Verbs that need an explicit destination phrase and a force noun nearby to mean a deployment. */
const NEEDS_DESTINATION = new Set([
  'order',
  'orders',
  'ordered',
  'go',
  'goes',
  'move',
  'moves',
  'moving',
  'commit',
  'commits',
  'committed',
  'redeployed',
]);
const NEEDS_NUMBER = new Set(['provide', 'provides', 'contribute', 'contributes', 'contributed', 'contributing']);

/**
 * DeploymentAnnounced: forces of an actor are decided, announced, approved, ordered to be sent to, or have arrived in
 * a location. Announced futures ("will send", "to send") count; conditions, requests, plans and denials do not.
 */
export function findDeployments(
  ctx: ArticleContext,
  withdrawalSentences: ReadonlyMap<number, ReadonlySet<string>> = new Map(),
  otherReadings: readonly Candidate[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  let articleActor: NamedRef | undefined;
  // "U.S. Marines in Nicaragua, 1912–1933" above the text: the state the title names is in play for the first lines.
  const heading = headingState(ctx);
  let lastLocation: PlaceInPlay | undefined = heading ? { place: heading, sentence: 0 } : undefined;
  let lastActor: { actor: NamedRef; sentence: number } | undefined;
  const outBySentence = new Map<number, Candidate[]>();
  let evacuations: ReadonlyMap<string, number> | undefined;
  const placedReadings = readingsBySentence(otherReadings.filter((c) => c.location));
  for (const s of ctx.sentences) {
    const classes = ctx.sentenceClass[s.index]!;
    // "The first American units arrived at Pusan. Britain soon sent troops.": a place another reader found in an
    // earlier sentence is in play as much as one found here.
    for (const c of readingsBefore(placedReadings, s.index, OTHER_READING_MEMORY_SENTENCES))
      if (c.sentence > (lastLocation?.sentence ?? -1) && c.location!.name !== lastLocation?.place.name)
        lastLocation = { place: c.location!, sentence: c.sentence, memory: OTHER_READING_MEMORY_SENTENCES };
    if (mentionsExercise(ctx, s)) continue;
    const found: Candidate[] = [];
    for (let t = s.first; t < s.last && classes & (WORD_CLASS.deploy | WORD_CLASS.bound); t++) {
      if (!(ctx.wordClass[t]! & (WORD_CLASS.deploy | WORD_CLASS.bound))) continue;
      const w = ctx.tokens[t]!.lower;
      let trigger = DEPLOY_VERBS.has(w);
      // "bound for", "left for Mali", "headed to the Gulf": setting out names the destination.
      if (DEPART_FOR_VERBS.has(w) && settingOut(ctx, t)) trigger = true;
      if (!trigger) continue;
      // "a forward land force", "land forces": a modifier of forces, not the verb.
      if (w === 'land' && FORCE_NOUNS.has(lowerAt(ctx, t + 1))) continue;
      // "a move critics said would weaken NATO": after an article the word is a noun.
      // "the arrival of 300 troops" is read as a noun with its "of".
      if (nounAfterArticle(ctx, t) && lowerAt(ctx, t + 1) !== 'of') continue;
      if (opposedGerund(ctx, t)) continue;
      // Troops on their way out ("began pulling out ..., in a convoy bound for Tanzania") are not deploying; another
      // actor's forces, named in that sentence, arriving there ("the first US Marines arriving …, and most British
      // troops were withdrawn") are.
      const leavers = MOVEMENT.has(w) ? withdrawalSentences.get(s.index) : undefined;
      // The actor in play: the last one named within a few sentences, else the article's first deployment actor.
      const recent = lastActor && s.index - lastActor.sentence <= ACTOR_MEMORY_SENTENCES ? lastActor : undefined;
      const actorFallback = recent ?? (articleActor ? { actor: articleActor, sentence: ARTICLE_ACTOR } : undefined);
      // "the evacuation of PLO fighters … the first PLO contingent sailed for Cyprus": forces the text has evacuated
      // set out from where they were, not for a deployment.
      if (DEPART_FOR_VERBS.has(w)) evacuations ??= evacuatedActors(ctx);
      const evacuatedBefore = (actor: string) => (evacuations?.get(actor) ?? Infinity) < s.last;
      const c = deploymentAt(ctx, s, t, lastLocation, actorFallback).filter(
        (d) =>
          (!leavers ||
            (!leavers.has(gazetteer().actorFamily(d.actor!.name)) && d.actor!.name !== actorFallback?.actor.name)) &&
          !(DEPART_FOR_VERBS.has(w) && evacuatedBefore(d.actor!.name)),
      );
      if (c.length) {
        found.push(...c);
        // "..., and it deployed on Dec. 15": a pronoun later in the sentence means this actor.
        lastActor = { actor: c[0]!.actor!, sentence: s.index };
        articleActor ??= c[0]!.actor;
        // "…, and the first Thai soldiers arrived two weeks later": a later arrival in the sentence goes there too.
        if (c[0]!.location) lastLocation = { place: c[0]!.location, sentence: s.index };
      }
    }
    for (const c of found) {
      out.push(c);
      const same = outBySentence.get(c.sentence);
      if (same) same.push(c);
      else outBySentence.set(c.sentence, [c]);
      if (c.location) lastLocation = { place: c.location, sentence: s.index };
      if (c.actor) lastActor = { actor: c.actor, sentence: s.index };
    }
    // Size stated in the next sentence: "The mission comprised 1,960 troops".
    const prev = (outBySentence.get(s.index - 1) ?? []).filter((c) => c.personnel == null);
    if (prev.length === 1 && !found.length) {
      const size = sizeStatement(ctx, s);
      if (size) prev[0]!.personnel = size;
    }
  }
  return out;
}

/** Nouns of taking forces out of a place, read with "of" and the forces after them ("the evacuation of PLO fighters"). */
const EVACUATION_NOUNS = set('evacuation evacuations');
/** How far after "evacuation of" the evacuated forces' actor may start ("of the Palestine Liberation Organization"). */
const EVACUATED_ACTOR_REACH = 2;

/**
 * "to the Caribbean nation", "into the Balkan country": after "to"/"into" in [from, to), a capitalized word that is no
 * known name describing a lower-case state noun; the place is the state the text named before.
 */
function describedStateAfter(ctx: ArticleContext, from: number, to: number): PlaceHit[] {
  for (let j = from; j + 3 < to; j++) {
    if (!TO.has(lowerAt(ctx, j)) || lowerAt(ctx, j + 1) !== 'the') continue;
    const region = ctx.tokens[j + 2]!;
    const noun = ctx.tokens[j + 3]!;
    if (region.kind !== 'word' || !region.cap || mentionAtToken(ctx, j + 2)) continue;
    if (noun.cap || !DESCRIBED_STATE_NOUNS.has(noun.lower)) continue;
    const place = referredPlace(ctx, j + 1, 'country');
    if (!place) return [];
    return [
      { place, mention: { first: j + 1, last: j + 4, entry: { kind: 'place', name: place.name }, possessive: false } },
    ];
  }
  return [];
}

/**
 * The actors the text names as evacuated ("the evacuation of PLO fighters from Beirut"), each with the token where the
 * text first does so.
 */
function evacuatedActors(ctx: ArticleContext): Map<string, number> {
  const out = new Map<string, number>();
  for (let j = 0; j + 1 < ctx.tokens.length; j++) {
    if (!EVACUATION_NOUNS.has(ctx.tokens[j]!.lower) || lowerAt(ctx, j + 1) !== 'of') continue;
    const m = mentionsIn(ctx, j + 2, j + 2 + EVACUATED_ACTOR_REACH)[0];
    const actor = m ? actorOf(m.entry) : undefined;
    if (actor && !out.has(actor.name)) out.set(actor.name, j);
  }
  return out;
}

/** Readings grouped by sentence, each with its place in the list, so a window of sentences is read in list order. */
function readingsBySentence(readings: readonly Candidate[]): Map<number, { order: number; reading: Candidate }[]> {
  const bySentence = new Map<number, { order: number; reading: Candidate }[]>();
  readings.forEach((reading, order) => {
    const list = bySentence.get(reading.sentence) ?? [];
    list.push({ order, reading });
    bySentence.set(reading.sentence, list);
  });
  return bySentence;
}

/** The readings of the `memory` sentences before `sentence`, in their list order. */
function readingsBefore(
  bySentence: Map<number, { order: number; reading: Candidate }[]>,
  sentence: number,
  memory: number,
): Candidate[] {
  const window: { order: number; reading: Candidate }[] = [];
  for (let i = Math.max(0, sentence - memory); i < sentence; i++) window.push(...(bySentence.get(i) ?? []));
  return window.sort((a, b) => a.order - b.order).map((r) => r.reading);
}

function deploymentAt(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  lastLocation: PlaceInPlay | undefined,
  lastActor: { actor: NamedRef; sentence: number } | undefined,
): Candidate[] {
  const w = ctx.tokens[t]!.lower;
  const next = lowerAt(ctx, t + 1);
  if (next === 'home' || next === 'back' || next === 'out' || next === 'away') return [];
  if (nonForceSent(ctx, s, t)) return [];
  // "General Juan Prim arrived to take command of the Spanish force": a person arriving, not forces.
  if (ARRIVAL_VERBS.has(w) && titledPersonSubject(ctx, s, t)) return [];
  if (rotationOfUnits(ctx, s, t) || movesNoForces(ctx, s, t) || standingPresence(ctx, t)) return [];
  if (divertedFrom(ctx, s, t)) return [];
  // "The deployment marked an escalation": a reference back to a deployment already told, not a new one ("The arrival
  // of 1,000 Rwandan troops in Chad" tells a new one).
  if (
    (w === 'deployment' || w === 'deployments' || w === 'arrival') &&
    t - s.first <= 1 &&
    ['the', 'this', 'that'].includes(lowerAt(ctx, t - 1)) &&
    lowerAt(ctx, t + 1) !== 'of'
  )
    return [];
  if ((w === 'deployment' || w === 'deployments') && (hypotheticalAfter(ctx, s, t) || endedBefore(ctx, s, t)))
    return [];
  // "said that sending Western ground troops to Ukraine could not be ruled out": a gerund subject of a modal.
  if (gerundSubject(ctx, s, t) && hypotheticalAfter(ctx, s, t)) return [];
  if (genericRelativeSubject(ctx, s, t)) return [];
  if ((w === 'go' || w === 'goes') && next !== 'to') return [];
  if (w === 'order' || w === 'orders') {
    // "deployment orders" is a noun; "has not been given deployment orders" is negated below.
    if (lowerAt(ctx, t - 1) === 'deployment') return [];
  }
  const force = subjectForce(ctx, s, t, nearestForce(ctx, s, t, FORCE_REACH, FORCE_REACH));
  const isDeployWord = w.startsWith('deploy') || w === 'employment';
  // "Germany is to contribute up to 700": a figure continuing the article's deployment needs no force noun.
  const continuing =
    NEEDS_NUMBER.has(w) &&
    !!lastLocation &&
    s.index - lastLocation.sentence <= (lastLocation.memory ?? PLACE_MEMORY_SENTENCES) &&
    numberFollows(ctx, t);
  if (force < 0 && !isDeployWord && !DIRECT_OBJECT_DEPLOY.has(w) && !continuing) return [];
  if (APPROVAL_VERBS.has(w) && force < 0) return [];
  // "The employment runs from ...": only an authorised employment of forces is a deployment.
  if (w === 'employment' && !/^(authori[sz]ed|approved)$/.test(lowerAt(ctx, t - 2))) return [];

  // Modality: look back through the clause for blockers; "would" only blocks a true conditional.
  const from = clauseStart(ctx, Math.min(t, force >= 0 ? force : t), s.first, BLOCKER_REACH);
  const blocker = blockedBetween(ctx, from, t);
  if (blocker) return [];
  // "The motion would also have let the army send troops into Iraq": a perfect conditional tells what did not happen.
  if (perfectConditionalBefore(ctx, from, t)) return [];
  for (let j = Math.max(s.first, t - MODAL_REACH); j < t; j++) {
    const x = lowerAt(ctx, j);
    if ((x === 'would' || x === "'d") && conditionalWould(ctx, j, s.first, s.last)) return [];
    // "will send troops … if the coalition agrees": a condition, not a decision.
    if (x === 'will' && conditionAfter(ctx, j, s.last)) return [];
    // "vowed to send more troops to Syria if the militia does not pull back": an infinitive under a condition.
    if (x === 'to' && j === t - 1 && conditionAfter(ctx, j, Math.min(s.last, t + CONDITION_REACH))) return [];
    if (x === 'to' && INTENT_GOVERNORS.has(lowerAt(ctx, j - 1))) return [];
  }
  // A negation right after the trigger's auxiliary: "none of the soldiers would set foot".
  if (lowerAt(ctx, from) === 'none') return [];

  const exclude = (m: Mention) => isVenue(ctx, m);
  const searchFrom = Math.max(t + 1, force >= 0 && force > t ? force + 1 : t + 1);
  let places: PlaceHit[] = [];
  // "deploying a joint force of 1,000 members of the army and the police to X": the reach runs from the last force
  // noun of the forces named after the trigger, however long their phrase.
  const limit = Math.min(joinedClauseEnd(ctx, t, s), forcePhraseEnd(ctx, t, force, s.last) + DESTINATION_REACH);
  // "entered Svatove but were stopped": an entry turned back is fighting, not a deployment.
  if (w === 'entered' && contrastAfter(ctx, s, t)) return [];
  if (DIRECT_OBJECT_DEPLOY.has(w)) places = coordinatedPlaces(ctx, t + 1, Math.min(s.last, t + OBJECT_REACH), exclude);
  if (DIRECT_OBJECT_DEPLOY.has(w) && !places.length) places = cleftObject(ctx, s, t);
  // "arrived there to support the campaign in Afghanistan": "there" is the destination the clause states, no place
  // after it.
  if (!places.length && lowerAt(ctx, t + 1) !== 'there') {
    const preps = ARRIVAL_VERBS.has(w)
      ? IN_OR_TO
      : DEPART_FOR_VERBS.has(w) || FORCE_NOUNS.has(lowerAt(ctx, searchFrom - 1))
        ? TO_OR_FOR
        : TO;
    places = placesAfterPreposition(ctx, Math.min(t + 1, searchFrom), limit, preps, exclude);
    // "its deployment was delayed by a legal challenge in Kenya": a place in the noun's passive agent is not where
    // the forces go.
    if (isDeployWord) places = places.filter((p) => !passiveAgentBetween(ctx, s, t, p.mention.first));
    if (!places.length && force >= 0 && force < t) {
      places = placesAfterPreposition(ctx, force + 1, t, TO_OR_FOR, exclude);
    }
  }
  // "on its territory", "in the country": the host named earlier in the sentence.
  if (!places.length) places = hostReference(ctx, s, t);
  // A destination the gazetteer does not know ("to Port Sudan"), only right after "to"/"into".
  if (!places.length && force >= 0)
    places = unknownPlaceAfter(ctx, t + 1, Math.min(s.last, t + UNKNOWN_PLACE_REACH), TO, s.last);
  // "to deploy to the Caribbean nation": the state named before, which a region the gazetteer does not list describes.
  if (!places.length && force >= 0) places = describedStateAfter(ctx, t + 1, Math.min(s.last, t + UNKNOWN_PLACE_REACH));
  // "reached the Marne": a verb whose object is the destination names none when its object is no known place.
  if (!places.length && (NEEDS_DESTINATION.has(w) || DIRECT_OBJECT_DEPLOY.has(w))) return [];
  // "ordered the country's 1,300 soldiers in Iraq to come home": forces told to leave, not sent.
  if (ORDER_VERBS.has(w) && orderedToLeave(ctx, s, t)) return [];
  // "ordered 2,000 troops to prepare for deployment to X", "put on alert": readiness, not a deployment.
  if (places.length && wordBetween(ctx, t + 1, places[0]!.mention.first, READINESS_WORDS)) return [];

  const isPlace = (m: Mention) => places.some((p) => p.mention === m);
  // "The force, made up of contingents from India and Canada, landed": the force named before, not its contributors.
  const composed = composedSubject(ctx, s, t);
  const actorHit = composed
    ? undefined
    : senderOfNamedUnit(ctx, s, t, findActor(ctx, force, t, s.first, isPlace), isPlace);
  let actor = composed ?? actorHit?.actor;
  let inherited = 0;
  // "The SADC Mission in the DRC ... was deployed in December 2023": a mission deploys to its own area.
  const mission = !places.length ? missionBefore(ctx, s, t) : undefined;
  if (mission) {
    actor = actorOf(mission.entry);
    places = [];
  }
  // "Nigeria's air force said it had deployed 200 personnel": the state's own force that speaks.
  // "Britain said 150 soldiers would be sent": forces with no owner, reported by a state or alliance, are its own.
  if (!actor && force >= 0) actor = ownMilitarySpeaker(ctx, s, t) ?? sendingSpeaker(ctx, s, force);
  if (
    !actor &&
    lastActor &&
    (s.index - lastActor.sentence <= ACTOR_MEMORY_SENTENCES || lastActor.sentence === ARTICLE_ACTOR)
  ) {
    actor = lastActor.actor;
    inherited++;
  }
  if (!actor) return [];
  // "The UN Security Council authorised a multinational force for Liberia": the Council approves a force others send.
  if (
    APPROVAL_VERBS.has(w) &&
    gazetteer().actorFamily(actor.name) === UNITED_NATIONS &&
    !approvesOwnForces(ctx, s, t, force)
  )
    return [];
  places = places.filter((p) => p.place.name !== actor!.name);
  // "Ukrainian forces entered Kherson": forces entering a town of their own state retake it; they are not deployed.
  // "redeployed to Fort Bliss": forces moved back home are not deployed there.
  if (HOME_ARRIVALS.has(w)) places = places.filter((p) => !plainlyInOwnState(p.place, actor!));
  if (w === 'entered' || w === 'redeployed') {
    // "Turkish troops and allied Syrian fighters entered Afrin": the listed partner from another state is deployed.
    const own = (a: NamedRef) => places.length > 0 && places.every((p) => insideOwnState(p.place, a));
    const partner = actorHit && own(actor) ? coordinatedActors(ctx, actorHit.mention).find((a) => !own(a)) : undefined;
    if (partner) actor = partner;
    places = places.filter((p) => !insideOwnState(p.place, actor!));
  }
  let locations = places.map((p) => p.place);
  const area = missionArea(mission ?? actorHit?.mention);
  if (!locations.length && area) locations = [area];
  // "In Beirut, the Marines who landed on Tuesday were guarding the airport", "In Iraq, thousands of troops had been
  // deployed": a place fronted before an arrival or a placement is where the forces are, ahead of one carried over
  // from an earlier deployment ("In Brussels, ambassadors authorised a mission" names where a decision was taken).
  if (!locations.length && (ARRIVING.has(w) || PLACED.has(w)))
    locations = frontedPlace(ctx, s, t)
      .map((p) => p.place)
      .filter((p) => !insideOwnState(p, actor!));
  // "About 400 Marines landed here Wednesday", "landed 400 Marines here": in a wire story, the dateline's city.
  const here = !locations.length && ARRIVING.has(w) ? hereAfter(ctx, t, force) : undefined;
  // "WASHINGTON — … Marines landed here": forces home again are not deployed.
  if (here && !plainlyInOwnState(here, actor)) locations = [here];
  if (!locations.length) {
    // The place named by an earlier deployment in this article ("Ministers also approved ... 40 soldiers from Albania").
    if (
      lastLocation &&
      s.index - lastLocation.sentence <= (lastLocation.memory ?? PLACE_MEMORY_SENTENCES) &&
      lastLocation.place.name !== actor.name &&
      !ownDestinationAfter(ctx, t, limit) &&
      // "began landing near Beirut": a place of its own the clause states, by a preposition this reader does not take.
      !placesAfterPreposition(ctx, t + 1, limit, OTHER_PLACE_PREPOSITIONS, exclude).length
    ) {
      // "Honduras sent 250 soldiers … who arrived on May 14" after Marines went ashore at Santo Domingo: a place
      // carried over from another deployment stands for the theatre, its state.
      // In the same sentence the place is the one just named ("arrived in Monrovia …, and the Ghanaians arrived").
      // "… each send about 5,000 troops to Narvik. … Norway eventually sent 9,000 troops": an actor the article has
      // already sent to the place sends more forces to that place itself.
      const again = sentThereBefore(ctx, s, actor, lastLocation.place, PLACE_MEMORY_SENTENCES);
      const theatre = lastLocation.sentence === s.index || again ? lastLocation.place : theatreOf(lastLocation.place);
      // A state is never the theatre of its own forces ("Indian troops … Goa" is not India into India).
      locations = [theatre.code && theatre.code === actor.code ? lastLocation.place : theatre];
      inherited++;
    } else return [];
  }
  // A sentence that names neither who nor where is not evidence of a deployment on its own.
  if (inherited > 1) return [];
  // "contributed troops", "contributed an infantry battalion": forces named right after say as much as a figure.
  if (NEEDS_NUMBER.has(w) && !numberFollows(ctx, t) && !forceObjectAfter(ctx, t, CONTRIBUTED_FORCE_REACH)) return [];

  // The figure after the trigger ("sending roughly 2,000 soldiers"), else in the subject ("about 1,700 of the troops ... are bound for").
  // The figure is stated before the place ("sending 2,000 soldiers to Europe"), not in a later clause.
  const placeEnd =
    places.length && places[places.length - 1]!.mention.last > t ? places[places.length - 1]!.mention.last : s.last;
  const ownClause = joinedClauseStart(ctx, Math.min(t, force >= 0 ? force : t), s.first);
  const personnel =
    locations.length === 1
      ? (bareFigure(ctx, w, t) ??
        findPersonnel(ctx, t, Math.min(s.last, t + FIGURE_REACH_AFTER, figureEnd(ctx, placeEnd))) ??
        findPersonnel(ctx, Math.max(ownClause, Math.min(t, force >= 0 ? force : t) - FIGURE_REACH_BEFORE), t) ??
        findPersonnel(ctx, ownClause, Math.min(t, ownClause + SUBJECT_FIGURE_REACH)))
      : null;
  const date = dateNear(ctx, s, t, ARRIVAL_DATING);
  const span = evidenceSpan(s);
  const confidence = Math.max(
    MIN_CONFIDENCE,
    PATTERN_CONFIDENCE - INHERITED_PENALTY * inherited - (date.source === 'reference' ? UNDATED_PENALTY : 0),
  );
  const out: Candidate[] = locations.map((location) => ({
    type: 'DeploymentAnnounced',
    actor,
    location,
    personnel,
    ...(ARRIVING.has(w) ? { arrival: true } : {}),
    occurredOn: date.value,
    dateSource: date.source,
    ...(date.approx ? { dateApprox: true } : {}),
    sentence: s.index,
    ...span,
    confidence,
  }));
  // Gapping: "Germany is to contribute up to 700 and the Netherlands up to 200", "Chile sent 600 soldiers and Peru 40".
  if (NEEDS_NUMBER.has(w) || GAPPED_SEND_VERBS.has(w))
    out.push(...gapped(ctx, s, t, locations, date, span, confidence));
  return mission ? out : forCoordinatedActors(ctx, actorHit?.mention, out);
}

/**
 * The last force noun coordinated by "and" with the forces named after trigger t ("a joint force of 1,000 members of
 * the Defence Force and the National Police"), found within the destination reach of the one before it, before any
 * "to", "from" or comma; t itself when the forces stand before it or name one force noun only.
 */
function forcePhraseEnd(ctx: ArticleContext, t: number, force: number, sentenceLast: number): number {
  if (force <= t) return t;
  let end = force;
  let coordinated = false;
  for (let k = force + 1; k < sentenceLast && k <= end + DESTINATION_REACH; k++) {
    const w = ctx.tokens[k]!.lower;
    if (TO.has(w) || w === 'from' || w === ',' || w === ';') break;
    if (w === 'and') coordinated = true;
    if (coordinated && FORCE_NOUNS.has(w)) end = k;
  }
  if (end > force) return end;
  const counted = countedApposition(ctx, force, sentenceLast);
  return counted > force ? counted : t;
}

/** Words that may stand before the figure of a counted apposition (", approximately 750 soldiers,"). */
const APPOSITION_QUALIFIERS = set('approximately about some around nearly roughly');

/**
 * "a battalion from the 82nd Airborne Division, approximately 750 soldiers, to X": the closing comma of an
 * apposition counting the forces named after trigger t, found within the destination reach of the forces; else -1.
 */
function countedApposition(ctx: ArticleContext, force: number, sentenceLast: number): number {
  for (let k = force + 1; k < sentenceLast && k <= force + DESTINATION_REACH; k++) {
    const w = ctx.tokens[k]!.lower;
    if (TO.has(w) || w === ';') return -1;
    if (w !== ',') continue;
    let j = k + 1;
    if (APPOSITION_QUALIFIERS.has(lowerAt(ctx, j))) j++;
    if (ctx.tokens[j]?.kind !== 'number' || !FORCE_NOUNS.has(lowerAt(ctx, j + 1))) return -1;
    return lowerAt(ctx, j + 2) === ',' ? j + 2 : -1;
  }
  return -1;
}

/** Participles of a move turned away from where it was going ("diverted from a convoy bound for Malaya"). */
const DIVERSION_WORDS = set('diverted rerouted re-routed redirected');
/** How far before the trigger "diverted from" may stand ("diverted from a troop convoy bound for"). */
const DIVERSION_REACH = 6;

/**
 * "the brigade, diverted from a convoy bound for Malaya, began landing at Basra": a destination named inside what the
 * forces were diverted from is where they no longer go.
 */
function divertedFrom(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t - 1; j > s.first && j >= t - DIVERSION_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (w === 'from' && DIVERSION_WORDS.has(lowerAt(ctx, j - 1))) return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** The dateline's city where "here" follows an arrival at t or the forces it lands ("landed here", "landed troops here"). */
function hereAfter(ctx: ArticleContext, t: number, force: number): NamedRef | undefined {
  const at = force > t ? force + 1 : t + 1;
  return lowerAt(ctx, at) === 'here' ? datelineCity(ctx) : undefined;
}

/** The trigger words that tell the forces' arrival itself. */
const ARRIVING = set('arrive arrives arrived arriving arrival land landed landing');
/** Participles that tell where forces were put, as a place fronted before them may say ("In Iraq, … deployed"). */
const PLACED = set('deployed stationed');

const MOVEMENT = new Set([
  'bound',
  'move',
  'moves',
  'moving',
  'go',
  'goes',
  'arrive',
  'arrives',
  'arrived',
  'arriving',
  'reach',
  'reached',
  'reaches',
  'land',
  'landed',
  'landing',
  'sent',
  'sending',
]);

/** "it was Czechoslovakia that Warsaw Pact armies had invaded": the fronted object of the cleft. */
function cleftObject(ctx: ArticleContext, s: Sentence, t: number): PlaceHit[] {
  for (let j = t - 1; j >= Math.max(s.first, t - CLEFT_REACH); j--) {
    if (lowerAt(ctx, j) !== 'that') continue;
    const m = mentionAtToken(ctx, j - 1);
    const place = m ? placeOf(m.entry) : undefined;
    if (m && place && ['was', 'is'].includes(lowerAt(ctx, m.first - 1))) return [{ place, mention: m }];
  }
  return [];
}

function missionBefore(ctx: ArticleContext, s: Sentence, t: number): Mention | undefined {
  for (let j = s.first; j < t; j++) {
    const m = mentionAtToken(ctx, j);
    if (m && m.entry.area) return m;
    // "The mission was deployed in July 2013": the mission named before, as the trigger's own subject.
    if (lowerAt(ctx, j) === 'mission' && lowerAt(ctx, j - 1) === 'the' && !ctx.tokens[j]!.cap && subjectOf(ctx, j, t))
      return referredMission(ctx, j - 1);
  }
  return undefined;
}

/** Auxiliaries that may stand between a subject and its trigger ("The mission was deployed"). */
const SUBJECT_AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'is', 'are', 'been', 'be']);

/** Whether the noun at j is the subject of the trigger at t: only auxiliaries stand between them. */
function subjectOf(ctx: ArticleContext, j: number, t: number): boolean {
  for (let k = j + 1; k < t; k++) if (!SUBJECT_AUXILIARIES.has(lowerAt(ctx, k))) return false;
  return true;
}

/** "contribute up to 700": the figure right after a contribution verb is a head count. */
function bareFigure(ctx: ArticleContext, w: string, t: number): number | null {
  if (!NEEDS_NUMBER.has(w)) return null;
  let k = t + 1;
  while (['up', 'to', 'about', 'some', 'another', 'around', 'roughly'].includes(lowerAt(ctx, k))) k++;
  const n = numberAt(ctx, k);
  return n && n.value >= MIN_HEAD_COUNT && n.value <= MAX_HEAD_COUNT ? n.value : null;
}

function numberFollows(ctx: ArticleContext, t: number): boolean {
  for (let j = t + 1; j < t + NUMBER_REACH; j++) if (numberAt(ctx, j)) return true;
  return false;
}

/** Nouns of a host state asking for forces ("at the invitation of", "at the request of"). */
const HOST_REQUESTS = new Set(['invitation', 'request', 'behest']);
/** Who may ask for forces on a state's behalf: the state, its people's name, its leader. */
const HOST_KINDS = new Set(['state', 'demonym', 'leader']);

function hostReference(ctx: ArticleContext, s: Sentence, t: number): PlaceHit[] {
  // "Chad welcomed the arrival of 1,000 Rwandan troops": the state that receives the arrival is its host.
  if (ARRIVAL_NOUNS.has(lowerAt(ctx, t)) && lowerAt(ctx, t + 1) === 'of') {
    const m = mentionAtToken(ctx, s.first);
    const place = m && m.first === s.first && !m.possessive ? placeOf(m.entry) : undefined;
    if (m && place && m.entry.kind === 'state' && RECEIVING_VERBS.has(lowerAt(ctx, m.last)))
      return [{ place, mention: m }];
  }
  for (let j = t + 1; j < Math.min(s.last, t + DESTINATION_REACH); j++) {
    const a = lowerAt(ctx, j);
    const b = lowerAt(ctx, j + 1);
    const c = lowerAt(ctx, j + 2);
    // "arrived … at the invitation of the Solomons government", "at the request of Kazakhstan", "at Tokayev's
    // request": the state that asked.
    const ofForm = a === 'at' && b === 'the' && HOST_REQUESTS.has(c) && lowerAt(ctx, j + 3) === 'of';
    const asker = ofForm ? (lowerAt(ctx, j + 4) === 'the' ? j + 5 : j + 4) : a === 'at' ? j + 1 : -1;
    const m = asker >= 0 ? mentionAtToken(ctx, asker) : undefined;
    const possessed = !ofForm && !!m && m.possessive && HOST_REQUESTS.has(lowerAt(ctx, m.last + 1));
    if (m && m.first === asker && (ofForm || possessed) && HOST_KINDS.has(m.entry.kind)) {
      const place = m.entry.kind === 'state' ? placeOf(m.entry) : actorOf(m.entry);
      if (place?.code) return [{ place, mention: m }];
    }
    const host =
      (a === 'on' && (b === 'its' || b === 'their') && (c === 'territory' || c === 'soil')) ||
      (a === 'in' && b === 'the' && c === 'country');
    if (!host) continue;
    for (let k = s.first; k < t; k++) {
      const m = mentionAtToken(ctx, k);
      const place = m && m.first === k ? placeOf(m.entry) : undefined;
      if (m && place && m.entry.kind === 'state') return [{ place, mention: m }];
    }
  }
  return [];
}

/** Nouns of forces arriving whose host may be the subject that receives them. */
const ARRIVAL_NOUNS = new Set(['arrival', 'deployment']);
/** Verbs by which a state receives forces ("Chad welcomed the arrival of …"). */
const RECEIVING_VERBS = new Set(['welcomed', 'welcomes', 'confirmed', 'confirms', 'hailed', 'hails', 'announced']);

function gapped(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  locations: NamedRef[],
  date: { value: string | null; source: Candidate['dateSource'] },
  span: { evidenceStart: number; evidenceEnd: number },
  confidence: number,
): Candidate[] {
  const out: Candidate[] = [];
  if (locations.length !== 1) return out;
  for (let j = t + 2; j < s.last - 1; j++) {
    const w = lowerAt(ctx, j);
    if (w !== 'and' && w !== ',' && w !== 'while') continue;
    // Collect "X (and Y) (up to)? N" with no verb in between.
    const actors: NamedRef[] = [];
    let k = j + 1;
    while (k < s.last) {
      if (lowerAt(ctx, k) === 'the' && !mentionAtToken(ctx, k)) {
        k++;
        continue;
      }
      const m = mentionAtToken(ctx, k);
      if (!m || m.first !== k || m.entry.kind !== 'state') break;
      actors.push({ name: m.entry.name, ...(m.entry.code ? { code: m.entry.code } : {}) });
      k = m.last;
      if (lowerAt(ctx, k) === 'and') k++;
    }
    if (!actors.length) continue;
    while (['up', 'to', 'about', 'some', 'another'].includes(lowerAt(ctx, k))) k++;
    const n = numberAt(ctx, k);
    // "… and Jamaica a police detachment": forces named with an article in place of a figure.
    const forceEnd = n ? -1 : gappedForceEnd(ctx, k);
    if (n ? n.value < 1 || n.value > 5_000_000 : forceEnd < 0) continue;
    for (const actor of actors) {
      out.push({
        type: 'DeploymentAnnounced',
        actor,
        location: locations[0],
        personnel: n ? n.value : null,
        occurredOn: date.value,
        dateSource: date.source,
        sentence: s.index,
        ...span,
        confidence: confidence - 0.1,
      });
    }
    // "Brazil contributed 1,100 men, Paraguay 184 and Nicaragua 160": the link after this item opens the next one.
    j = (n ? n.last : forceEnd) - 1;
  }
  return out;
}

/** Forms of "send" after which a state and a figure may stand with the verb left out ("Chile sent 600 and Peru 40"). */
const GAPPED_SEND_VERBS = set('send sends sent sending');
/** How many words may describe the forces of a gapped sender ("a police detachment", "a small naval squadron"). */
const GAPPED_FORCE_WORDS = 3;

/** The token after "a police detachment" starting at k (an article, a few words, a force noun), else -1. */
function gappedForceEnd(ctx: ArticleContext, k: number): number {
  if (lowerAt(ctx, k) !== 'a' && lowerAt(ctx, k) !== 'an') return -1;
  for (let j = k + 1; j <= k + GAPPED_FORCE_WORDS; j++) {
    if (FORCE_NOUNS.has(lowerAt(ctx, j))) return j + 1;
    if (ctx.tokens[j]?.kind !== 'word') return -1;
  }
  return -1;
}

/** How many words may stand before the force noun that is a contribution's object ("an infantry battalion"). */
const CONTRIBUTED_FORCE_REACH = 3;

/**
 * The state a town or city lies in, for a place carried over to a deployment that names none; a region ("Sinai",
 * "Katanga") is a theatre of its own.
 */
function theatreOf(place: NamedRef): NamedRef {
  const state = place.code ? gazetteer().stateName(place.code) : undefined;
  if (!state || state === place.name) return place;
  const geo = resolvePlace(place.name, [place.code!]);
  const town =
    gazetteer().get(lookupKey(place.name))?.kind === 'capital' ||
    (geo?.precision === 'place' && geo.code === place.code);
  return town ? { name: state, code: place.code } : place;
}

/** Verbs of a purpose that names where forces go by whom they join ("to join NATO naval forces"). */
const JOINING = new Set(['join', 'reinforce', 'bolster']);

/**
 * "Spain is sending ships to the Black Sea", "… ships to join NATO naval forces": a destination stated after the
 * trigger, though no known place, so the place of an earlier deployment is not where these forces go.
 */
function ownDestinationAfter(ctx: ArticleContext, t: number, limit: number): boolean {
  for (let j = t + 1; j < limit; j++) {
    if (lowerAt(ctx, j) !== 'to' && lowerAt(ctx, j) !== 'into') continue;
    const next = ctx.tokens[j + 1];
    // "contributed troops to the peace force": a force the text is about goes where it was sent.
    if (next?.lower === 'the' && forceJoined(ctx, j + 2)) continue;
    if (next && (next.lower === 'the' || next.cap || JOINING.has(next.lower))) return true;
  }
  return false;
}

/** Heads of a force that others add troops to ("the peace force", "the UN mission", "the multinational contingent"). */
const JOINED_FORCE_HEADS = new Set(['force', 'mission', 'contingent', 'operation', 'coalition']);
/** How many describing words may stand before that head ("the Inter-American peace force"). */
const JOINED_FORCE_WORDS = 3;

/** Whether a lower-case force head follows within a few words of i, with no place or name of its own. */
function forceJoined(ctx: ArticleContext, i: number): boolean {
  for (let j = i; j <= i + JOINED_FORCE_WORDS && j < ctx.tokens.length; j++) {
    const w = lowerAt(ctx, j);
    // "the force in Mali" names its own place; "the force in May" does not.
    if (JOINED_FORCE_HEADS.has(w)) return !ctx.tokens[j]!.cap && (lowerAt(ctx, j + 1) !== 'in' || !!ctx.inDate[j + 2]);
    if (ctx.tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

/** "The mission comprised 1,960 troops": the size of the force just mentioned. */
function sizeStatement(ctx: ArticleContext, s: Sentence): number | null {
  for (let j = s.first; j < Math.min(s.last, s.first + 8); j++) {
    const w = lowerAt(ctx, j);
    if (
      [
        'comprised',
        'comprises',
        'numbered',
        'numbers',
        'included',
        'includes',
        'totalled',
        'totaled',
        'consisted',
        'consists',
      ].includes(w)
    ) {
      const subject = FORCE_NOUNS.has(lowerAt(ctx, j - 1)) || lowerAt(ctx, j - 1) === 'deployment';
      if (!subject) return null;
      return findPersonnel(ctx, j + 1, Math.min(s.last, j + 8));
    }
  }
  return null;
}

function conditionAfter(ctx: ArticleContext, i: number, sentenceLast: number): boolean {
  for (let j = i + 1; j < sentenceLast; j++) if (lowerAt(ctx, j) === 'if' || lowerAt(ctx, j) === 'unless') return true;
  return false;
}

/** How far after the place a figure may stand: just past it, or through "of" ("to Syria of an additional 250 troops"). */
function figureEnd(ctx: ArticleContext, placeEnd: number): number {
  return lowerAt(ctx, placeEnd) === 'of' ? placeEnd + OF_FIGURE_TOKENS : placeEnd + 2;
}
const OF_FIGURE_TOKENS = 6;

/** Verbs that end what they govern ("ending a decade-long deployment in the Sahel"). */
const ENDING_WORDS = new Set('ending ended ends end concluding concluded terminating terminated'.split(' '));
/** How far before a deployment noun its ending verb may stand ("ending a decade-long counter-terrorism deployment"). */
const ENDED_REACH = 8;

/** Whether the deployment noun at t is the object of a verb that ends it. */
function endedBefore(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t - 1; j >= s.first && j >= t - ENDED_REACH; j--) {
    if (ENDING_WORDS.has(lowerAt(ctx, j))) return true;
    if (ctx.tokens[j]!.kind === 'punct' && !attachedDash(ctx, j)) return false;
  }
  return false;
}

/** "left for Mali", "bound for", "headed to": a verb of setting out followed by its destination's preposition. */
function settingOut(ctx: ArticleContext, t: number): boolean {
  const w = lowerAt(ctx, t);
  // "will leave for Lithuania in early May": a departure ahead is part of the decision the article reports, not an
  // arrival of its own; only setting out stated as done ("left for", "departed for", "headed to", "set sail for") is
  // one.
  const setSail = w === 'sail' && SET_FORMS.has(lowerAt(ctx, t - 1));
  if (!SET_OUT_DONE.has(w) && !setSail) return false;
  // "set sail on Friday for the Gulf of Aden": a date may stand before the destination.
  let k = t + 1;
  if (['on', 'in'].includes(lowerAt(ctx, k)) && ctx.inDate[k + 1]) k++;
  while (k < ctx.tokens.length && (ctx.inDate[k] || (k > t + 1 && ctx.inDate[k - 1] && DAY_PARTS.has(lowerAt(ctx, k)))))
    k++;
  // "set sail Friday from Sanya for the Gulf of Aden": the port left may stand before the destination.
  const port = lowerAt(ctx, k) === 'from' ? mentionAtToken(ctx, k + 1) : undefined;
  if (port && port.first === k + 1) {
    k = port.last;
    // "from Sanya in south China's Hainan Province for …": where the port lies.
    if (lowerAt(ctx, k) === 'in')
      for (let j = k + 1; j < ctx.tokens.length && j <= k + PORT_SETTING_REACH; j++) {
        if (lowerAt(ctx, j) === 'for') {
          k = j;
          break;
        }
        if (ctx.tokens[j]!.kind === 'punct' && lowerAt(ctx, j) !== "'s") break;
      }
  }
  // "set sail from a naval port in this city for …", "from this southern port city Friday afternoon for …": a port
  // left that the text does not name; the phrase runs to "for" with no punctuation in it but a possessive.
  else if (lowerAt(ctx, k) === 'from')
    for (let j = k + 1; j < ctx.tokens.length && j <= k + UNNAMED_PORT_REACH; j++) {
      if (lowerAt(ctx, j) === 'for') {
        k = j;
        break;
      }
      if (ctx.tokens[j]!.kind === 'punct' && lowerAt(ctx, j) !== "'s") break;
    }
  const next = lowerAt(ctx, k);
  // "components bound for Houthi forces in Yemen": forces after "for" receive what is sent; they set out nowhere.
  if (next === 'for' && forceObjectAfter(ctx, k, RECEIVER_REACH)) return false;
  return next === 'for' || (w === 'headed' && (next === 'to' || next === 'toward'));
}

/** How many tokens a port left that the text does not name may take ("a naval port in this southernmost city"). */
const UNNAMED_PORT_REACH = 10;
/** How many tokens the setting of a port left may take ("in south China's Hainan Province"). */
const PORT_SETTING_REACH = 7;
/** Parts of a day that follow a dated day ("Friday afternoon"). */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** How far after "for" a receiving force's noun may stand ("for Houthi forces", "for the rebel army"). */
const RECEIVER_REACH = 4;

const SET_OUT_DONE = new Set(['bound', 'left', 'departed', 'headed', 'sailed']);
/** "set sail": the past of setting out by sea ("set sail for the Gulf of Aden"). */
const SET_FORMS = new Set(['set']);
