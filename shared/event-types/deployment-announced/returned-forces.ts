import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import { placesAt } from '../../extract/clauses/phrases.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';
import { findActor, lowerAt, nearestForce } from '../../extract/slots.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs of forces going back to a place ("returned to Beirut"). */
const RETURN_VERBS = set('returned return returns returning');
/** Verbs that go back with "back" after them ("came back to Beirut"). */
const BACK_VERBS = set('came come comes coming');
/** Prepositions before the place returned to. */
const RETURN_PREPOSITIONS = set('to into');
/** How far before the verb its forces may stand ("the Marines, who came back"). */
const RETURN_FORCE_REACH = 5;
/** A return read through an earlier reading of the same forces there tells a deployment less directly. */
const RETURN_CONFIDENCE = 0.6;

/**
 * "The last U.S. Marines left Beirut today … the Marines, who came back to Beirut on Sept. 29, 1982": forces going
 * back, stated as fact, to a place where the text has those forces deploy or withdraw are deployed there again.
 * A return anywhere else is read as no deployment: forces "returned to Germany" may be going back to their bases.
 */
export function findReturnedForces(ctx: ArticleContext, readings: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const family = (name: string) => gazetteer().actorFamily(name);
  for (const s of ctx.sentences) {
    for (let t = s.first; t < s.last; t++) {
      const at = returnedTo(ctx, t);
      if (at < 0) continue;
      const place = placesAt(ctx, s, at)[0]?.place;
      if (!place) continue;
      const group = verbGroup(ctx, s, t);
      if (!statesFact(group) || group.negated || clauseBlocked(ctx, s, group.first)) continue;
      const force = nearestForce(ctx, s, t, RETURN_FORCE_REACH, 0);
      if (force < 0) continue;
      const there = readings.filter((c) => c.location?.name === place.name && c.actor);
      if (!there.length) continue;
      // The forces' own owner, where the sentence names one, must be the one the text has there.
      const owner = findActor(ctx, force, t, s.first, () => false)?.actor;
      const earlier = owner ? there.find((c) => family(c.actor!.name) === family(owner.name)) : there[0];
      if (!earlier) continue;
      const date = dateNear(ctx, s, t, ARRIVAL_DATING);
      out.push(
        ...placementCandidates(
          'DeploymentAnnounced',
          s,
          { actors: [earlier.actor!] },
          [place],
          date,
          undefined,
          RETURN_CONFIDENCE,
        ),
      );
    }
  }
  return out;
}

/** Where the place after a return verb at t starts ("returned to Beirut", "came back into Kuwait"), else -1. */
function returnedTo(ctx: ArticleContext, t: number): number {
  const w = lowerAt(ctx, t);
  if (RETURN_VERBS.has(w)) return RETURN_PREPOSITIONS.has(lowerAt(ctx, t + 1)) ? t + 2 : -1;
  if (BACK_VERBS.has(w) && lowerAt(ctx, t + 1) === 'back')
    return RETURN_PREPOSITIONS.has(lowerAt(ctx, t + 2)) ? t + 3 : -1;
  return -1;
}
