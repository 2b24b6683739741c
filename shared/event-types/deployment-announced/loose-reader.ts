import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked, hypotheticalAfter } from '../../extract/clauses/blockers.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import {
  LOOSE_CONFIDENCE,
  looseActors,
  loosePlaces,
  namesForces,
  uncoveredSentences,
} from '../../extract/clauses/loose-slots.ts';
import { placesAt } from '../../extract/clauses/phrases.ts';
import { verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { resolvePlace } from '../../extract/gazetteer/geo.ts';
import { EXERCISE_WORDS } from '../../extract/lexicon.ts';
import { findPersonnel, lowerAt, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Forms that report forces sent, arriving or present somewhere. */
const TRIGGERS = set(`deployed deploying deployment sent dispatched stationed landed arrived invaded occupied
  dropped airlifted flown shipped transferred redeployed moved`);
/** Triggers that move forces only with "into" ("moved troops into Hungary", not "moved to a new phase"). */
const INTO_ONLY = set('moved');
const INTO = set('into');
/** Triggers whose subject is a state taking a place: they need no force noun ("Germany invaded Poland"). */
const TAKING = set('invaded occupied');
/** Triggers that take their place as direct object. */
const OBJECT_PLACE = set('invaded occupied');
const DESTINATION = set('to into in at on toward towards across along near');
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
  const out: Candidate[] = [];
  for (const s of uncoveredSentences(ctx, TRIGGERS, found, withdrawalSentences)) {
    if (hasExercise(ctx, s)) continue;
    const forces = namesForces(ctx, s);
    for (let t = s.first; t < s.last; t++) {
      const w = lowerAt(ctx, t);
      if (!TRIGGERS.has(w) || (!forces && !TAKING.has(w))) continue;
      const read = deploymentAt(ctx, s, t);
      if (read.length) {
        out.push(...read);
        break;
      }
    }
  }
  return out;
}

function deploymentAt(ctx: ArticleContext, s: Sentence, t: number): Candidate[] {
  const w = lowerAt(ctx, t);
  // "the occupied territories", "a deployed unit": an adjective.
  if (['the', 'a', 'an', 'newly', 'recently', 'previously'].includes(lowerAt(ctx, t - 1)) && !w.endsWith('ment'))
    return [];
  // A verbal noun takes its modality from the clause it stands in ("the deployment … could be carried out").
  if (w === 'deployment' && hypotheticalAfter(ctx, s, t)) return [];
  const group = verbGroup(ctx, s, t);
  if (group.negated || (group.modal && HYPOTHETICAL.has(group.modal))) return [];
  if (clauseBlocked(ctx, s, group.first)) return [];
  let places = OBJECT_PLACE.has(w) ? placesAt(ctx, s, t + 1) : [];
  if (!places.length) places = loosePlaces(ctx, s, t, INTO_ONLY.has(w) ? INTO : DESTINATION);
  if (!places.length) return [];
  const actors = looseActors(ctx, s, t, (m) => places.some((p) => p.first === m.first));
  // A state's forces moving inside its own territory are not read loosely as a deployment.
  const away = (a: NamedRef) => places.map((p) => p.place).filter((p) => p.name !== a.name && !insideOwnState(p, a));
  const personnel = findPersonnel(ctx, s.first, s.last);
  const out: Candidate[] = [];
  const date = dateNear(ctx, s, t);
  for (const actor of actors) {
    const destinations = away(actor);
    if (destinations.length)
      out.push(...placementCandidates('DeploymentAnnounced', s, { actors: [actor] }, destinations, date, personnel));
  }
  for (const c of out) c.confidence = LOOSE_CONFIDENCE;
  return out;
}

function hasExercise(ctx: ArticleContext, s: Sentence): boolean {
  for (let j = s.first; j < s.last; j++) if (EXERCISE_WORDS.has(lowerAt(ctx, j))) return true;
  return false;
}

/** Whether the place lies in the actor's own state (by its code, or where the geocoder puts an unknown name). */
function insideOwnState(place: NamedRef, actor: NamedRef): boolean {
  if (!actor.code) return false;
  const code = place.code ?? resolvePlace(place.name, [actor.code])?.code;
  return code === actor.code;
}
