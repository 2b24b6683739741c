import { nonForceSent, rotationOfUnits, movesNoForces, standingPresence } from '../../extract/clauses/civil.ts';
import type { Candidate } from '../../extract/candidate.ts';
import { insideOwnState } from '../../extract/clauses/territory.ts';
import { clauseBlocked, hypotheticalAfter, pendingClause } from '../../extract/clauses/blockers.ts';
import { genericRelativeSubject } from './clause-finder.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import {
  byAgents,
  looseActors,
  looseCandidates,
  loosePlaces,
  readLoosely,
  subjectPlaces,
} from '../../extract/clauses/loose-slots.ts';
import { placesAfter, placesAt, sharedObjectStart } from '../../extract/clauses/phrases.ts';
import { adjectiveAfterPreposition, statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { findPersonnel, inOriginPhrase, lowerAt, mentionAtToken, talksHeldAt } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { FORCE_NOUNS, WORD_CLASS, wordClassOf } from '../../extract/lexicon.ts';

/** Forms that report forces sent, arriving or present somewhere. */
const TRIGGERS = set(`deployed deploying deployment sent dispatched stationed landed arrived invaded occupied
  dropped airlifted flown shipped transferred redeployed moved intervened joined invasion intervention incursion
  base presence occupation landings operations`);
const TRIGGER_CLASS = wordClassOf(TRIGGERS);
/** Nouns of forces entering a place, facts only with a verb that carries them out ("launched an invasion of"). */
const ENTRY_NOUNS = set('invasion intervention incursion occupation landings operations');
/** Predicates after an entry noun that state it as done ("The Soviet invasion of Afghanistan began on 24 December"). */
const BEGAN = set('began begun started commenced');
/** How far after its noun such a predicate may stand (past the place: "the landings at Port Said and Port Fuad"). */
const BEGAN_REACH = 10;
const LAUNCHING =
  set(`launched launches began begins begun started starts mounted conducted undertook led ordered ordering
  authorized authorised`);
/** How far before its noun a launching verb may stand ("began its military intervention"). */
const LAUNCH_REACH = 6;
const ENTRY_PREPOSITIONS = set('of into in at on');
/** A military base a state opens abroad stations its forces there ("established its first overseas base in X"). */
const BASE_NOUNS = set('base presence');
const ESTABLISHING = set('established establishes establish opened opens open');
const BASE_PREPOSITIONS = set('in at');
const AWAY = set('home back away out');
/** Words before "stationed" that describe a standing presence. */
const PRESENT_STATE = set('still is are remain remains currently');
/** Triggers that need forces named in the sentence. */
const FORCES_ONLY = set('joined');
/** Triggers that move forces only with "into" ("moved troops into Hungary", not "moved to a new phase"). */
const INTO_ONLY = set('moved');
const INTO = set('into');
/** Triggers whose subject is a state taking a place: they need no force noun ("Germany invaded Poland"). */
const TAKING = set('invaded occupied');
/** Triggers that take their place as direct object. */
const OBJECT_PLACE = set('invaded occupied');
const DESTINATION = set('to into in at on toward towards across along near');
/** Participles of presence that may follow the forces as a reduced relative ("troops stationed in X"). */
const REDUCED_PRESENCE = set('stationed based garrisoned positioned');
/** Participles that, right after the forces, are passives naming who sent them ("troops sent … by X"). */
const REDUCED_PASSIVES = set('sent deployed dispatched airlifted flown shipped transferred');
/** Modals under which a deployment is a hypothesis, not an announcement ("could send", "would deploy"). */
const HYPOTHETICAL = set('could might may would should must');

/**
 * DeploymentAnnounced from sentences no clause reading explained: a deployment word, forces named in the
 * sentence, the nearest actor and the place it governs. Lower confidence than a clause reading.
 */
export function findLooseDeployments(
  ctx: ArticleContext,
  found: readonly Candidate[],
  withdrawalSentences: ReadonlySet<number>,
): Candidate[] {
  return readLoosely(
    ctx,
    TRIGGER_CLASS,
    found,
    withdrawalSentences,
    (w, forces) =>
      FORCES_ONLY.has(w)
        ? forces
        : forces || TAKING.has(w) || ENTRY_NOUNS.has(w) || BASE_NOUNS.has(w) || w === 'intervened',
    (s, t) => deploymentAt(ctx, s, t),
  );
}

/** Words after which a participle describes a noun rather than telling an act ("the occupied territories"). */
const ADJECTIVE_OPENERS = set('the a an newly recently previously');

function deploymentAt(ctx: ArticleContext, s: Sentence, t: number): Candidate[] {
  const w = lowerAt(ctx, t);
  // "sent Leopard tanks to Ukraine": weapons handed over.
  if (nonForceSent(ctx, s, t) || rotationOfUnits(ctx, s, t) || movesNoForces(ctx, s, t)) return [];
  // "the occupied territories", "a deployed unit", "from across occupied Europe": an adjective.
  if (
    (ADJECTIVE_OPENERS.has(lowerAt(ctx, t - 1)) || adjectiveAfterPreposition(ctx, t)) &&
    !w.endsWith('ment') &&
    !ENTRY_NOUNS.has(w)
  )
    return [];
  // "The observer force began operations in the Sinai": a force starting its work arrives; "conducted operations in"
  // is work of forces already there.
  if (w === 'operations' && !BEGAN.has(lowerAt(ctx, t - 1))) return [];
  // A verbal noun takes its modality from the clause it stands in ("the deployment … could be carried out").
  if (w === 'deployment' && hypotheticalAfter(ctx, s, t)) return [];
  // "Finland, which joined NATO in 2023": joining an alliance or body sends no forces ("joined the UN mission" may).
  if (w === 'joined' && joinsBody(ctx, t)) return [];
  // "the 2nd Battalion at Tabora soon joined the revolt": forces joining an uprising take a side where they are.
  if (w === 'joined' && joinsUprising(ctx, t)) return [];
  // "being sent home", "sent back": forces going home are not deployed.
  if (AWAY.has(lowerAt(ctx, t + 1))) return [];
  // "are still stationed in X": a presence described as it stands, not a deployment reported.
  if ((w === 'stationed' && PRESENT_STATE.has(lowerAt(ctx, t - 1))) || standingPresence(ctx, t)) return [];
  // "the Greek contingent stationed on the island withdrew": a reduced relative describes where forces stand; it
  // reports a deployment only in a sentence that also speaks of sending or arriving.
  if (
    REDUCED_PRESENCE.has(w) &&
    FORCE_NOUNS.has(lowerAt(ctx, t - 1)) &&
    !(ctx.sentenceClass[s.index]! & WORD_CLASS.deploy)
  )
    return [];
  const head = ENTRY_NOUNS.has(w) ? launchingVerb(ctx, s, t) : BASE_NOUNS.has(w) ? establishingVerb(ctx, s, t) : t;
  if (head < 0) return [];
  const group = verbGroup(ctx, s, head);
  if (group.negated || (group.modal && HYPOTHETICAL.has(group.modal))) return [];
  if (!ENTRY_NOUNS.has(w) && w !== 'deployment' && !statesFactOrAnnounces(group)) return [];
  if (BASE_NOUNS.has(w) && (group.negated || group.infinitive)) return [];
  if (clauseBlocked(ctx, s, group.first) || pendingClause(ctx, s, group.first, t)) return [];
  if (genericRelativeSubject(ctx, s, head)) return [];
  // A passive names its agent after "by" and, for "occupied"/"invaded", the place as subject: "Haiti was occupied
  // by U.S. Marines", "two companies were sent to Kosovo by Germany".
  // "Troops sent to Kazakhstan by the CSTO": a participle right after the forces is a passive of its own.
  const reduced = FORCE_NOUNS.has(lowerAt(ctx, t - 1)) && REDUCED_PASSIVES.has(w);
  const agents = group.passive || reduced ? byAgents(ctx, s, t) : [];
  let places = OBJECT_PLACE.has(w)
    ? group.passive
      ? subjectPlaces(ctx, s, group.first)
      : placesAt(ctx, s, sharedObjectStart(ctx, s, t + 1))
    : [];
  // "occupied various buildings in Luhansk Oblast": what was occupied is the object, not a place after it.
  if (!places.length && OBJECT_PLACE.has(w) && !group.passive) return [];
  if (!places.length)
    places = ENTRY_NOUNS.has(w)
      ? placesAfter(ctx, s, t + 1, Math.min(s.last, t + 4), ENTRY_PREPOSITIONS)
      : BASE_NOUNS.has(w)
        ? placesAfter(ctx, s, t + 1, Math.min(s.last, t + 4), BASE_PREPOSITIONS)
        : loosePlaces(ctx, s, t, INTO_ONLY.has(w) ? INTO : DESTINATION);
  // "arrived there to support the campaign in Afghanistan": "there" is the destination (the clause finder reads it);
  // a place after it is another clause's.
  if (lowerAt(ctx, t + 1) === 'there') return [];
  // "approved the deployment of a standby force at a summit in Maputo": where the decision was taken.
  places = places.filter((p) => !talksHeldAt(ctx, p.first) && !inOriginPhrase(ctx, t, p.first));
  if (!places.length) return [];
  const actors = agents.length ? agents : looseActors(ctx, s, t, (m) => places.some((p) => p.first === m.first));
  // A state's forces moving inside its own territory are not read loosely as a deployment.
  return looseCandidates('DeploymentAnnounced', s, actors, places, dateNear(ctx, s, t, ARRIVAL_DATING), {
    keep: (place, actor) => !insideOwnState(place, actor),
    personnel: findPersonnel(ctx, s.first, s.last),
  });
}

/** Nouns of an uprising that forces may join where they stand ("joined the revolt", "joined the mutineers"). */
const UPRISING_NOUNS = set(`revolt revolts mutiny mutinies mutineers uprising uprisings rebellion rebellions rebels
  insurrection insurgents rising coup putsch protests protesters strike`);
/** How many words may stand between "joined" and its uprising noun ("joined the growing revolt"). */
const UPRISING_REACH = 3;

/** "joined the revolt", "joined the growing mutiny": what is joined is an uprising, not a force abroad. */
function joinsUprising(ctx: ArticleContext, t: number): boolean {
  for (let j = t + 1; j <= t + UPRISING_REACH && j < ctx.tokens.length; j++) {
    if (UPRISING_NOUNS.has(lowerAt(ctx, j))) return true;
    if (ctx.tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

/** Nouns after a body's name that make joining it joining its forces ("joined the UN mission"). */
const JOINED_FORCE_HEADS = set('mission force forces operation coalition contingent');

/** "joined NATO", "joined the European Union": the object is a body, not its forces in a place. */
function joinsBody(ctx: ArticleContext, t: number): boolean {
  const at = lowerAt(ctx, t + 1) === 'the' ? t + 2 : t + 1;
  const m = mentionAtToken(ctx, at);
  if (!m || m.first !== at || m.entry.kind !== 'org') return false;
  const next = lowerAt(ctx, m.last);
  return !JOINED_FORCE_HEADS.has(next) && !FORCE_NOUNS.has(next) && !m.entry.area;
}

/**
 * The verb that carries out an entry noun ("launched a full-scale invasion"), or that the noun as subject says began
 * ("The Anglo-French landings at Port Said began on 6 November", "the invasion took place on 1 September"), or -1.
 */
function launchingVerb(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t - 1; j >= s.first && j >= t - LAUNCH_REACH; j--) if (LAUNCHING.has(lowerAt(ctx, j))) return j;
  for (let j = t + 1; j < s.last && j <= t + BEGAN_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (w === ',' || w === ';' || w === 'which' || w === 'that') return -1;
    if (BEGAN.has(w) || (w === 'took' && lowerAt(ctx, j + 1) === 'place')) return j;
    // "The U.S. occupation of the Dominican Republic lasted from 1916 to 1924": it began at the first date.
    if (w === 'lasted' && lowerAt(ctx, j + 1) === 'from') return j;
  }
  return -1;
}

/** The verb that opens a base ("established its first overseas military base", "set up an air base"), or -1. */
function establishingVerb(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t - 1; j >= s.first && j >= t - LAUNCH_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (ESTABLISHING.has(w)) return j;
    if (w === 'up' && lowerAt(ctx, j - 1) === 'set') return j - 1;
  }
  return -1;
}

/** A deployment verb stated as done or under way, or announced for the future ("will send"). */
function statesFactOrAnnounces(group: ReturnType<typeof verbGroup>): boolean {
  return statesFact(group) || group.modal === 'will' || group.modal === "'ll";
}
