import type { Candidate } from '../../extract/candidate.ts';
import { candidatesBySentence, type CandidatesBySentence } from '../../extract/candidates-by-sentence.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';
import type { EventTypeExtraction } from '../extraction.ts';
import { placementSubjectKey } from '../placement.ts';
import { findDeploymentClauses } from './clause-finder.ts';
import { findDeployments } from './finder.ts';
import { findLooseDeployments } from './loose-reader.ts';
import { findMissionReinforcements } from './mission-reinforcement.ts';
import { placeFacilities } from './facilities.ts';
import { findMissionTakeovers } from './mission-takeover.ts';
import { findHostedArrivals } from './hosted-arrivals.ts';
import { findMissionCreations } from './mission-creation.ts';
import { findLaunchedForces } from './launched-force.ts';
import { findTakenUpDeployments } from './taken-up.ts';
import { findContributors } from './contributors.ts';
import { findForceCreations } from './force-creation.ts';
import { findServedBodies } from './served-body.ts';
import { findElapsedArrivals } from './elapsed-arrivals.ts';
import { findBareReturns, findReturnedForces } from './returned-forces.ts';
import { findReferredArrivals } from './referred-arrivals.ts';
import {
  collapseDeployments,
  combineDeployments,
  deploymentBucket,
  deploymentDateDistance,
  relateDeployments,
} from './merge-policy.ts';

/** How many sentences after a withdrawal its forces may still be told travelling home. */
const HOMEWARD_SENTENCES = 1;

/**
 * "Rwanda began pulling its troops out … The soldiers boarded planes bound for Kigali": forces moving into the home
 * state of forces that withdraw in that or the sentence before are those forces going home, whoever the clause
 * seems to name.
 */
function goingHome(c: Candidate, withdrawals: CandidatesBySentence): boolean {
  const code = c.location?.code;
  return !!code && withdrawals.between(c.sentence - HOMEWARD_SENTENCES, c.sentence).some((w) => w.actor?.code === code);
}

/** How many sentences after a withdrawal its forces may still be told landing at a place of no known state. */
const RETURN_FLIGHT_SENTENCES = 2;

/**
 * "The peacekeepers have begun withdrawing from Kazakhstan … The first aircraft carrying Russian peacekeepers landed
 * at the Ivanovo Severny airfield": just after a withdrawal, forces landing, no earlier than it, at a place the
 * gazetteer puts in no state and that is not the place they leave are flown home. ("U.S. forces arrived at K2 in
 * October 2001" after the withdrawal from K2 tells the deployment that ends.)
 */
function landedHome(c: Candidate, withdrawals: CandidatesBySentence): boolean {
  const place = c.location;
  if (!c.arrival || !place || place.code || !c.occurredOn) return false;
  return withdrawals
    .between(c.sentence - RETURN_FLIGHT_SENTENCES, c.sentence - 1)
    .some((w) => w.location?.name !== place.name && !!w.occurredOn && c.occurredOn! >= w.occurredOn);
}

function leavingKey(sentence: number, actor: string): string {
  return `${sentence}|${gazetteer().actorFamily(actor)}`;
}

export const deploymentExtraction: EventTypeExtraction<'DeploymentAnnounced'> = {
  type: 'DeploymentAnnounced',
  find(ctx, earlier) {
    // A sentence that reports a withdrawal speaks of the forces leaving, not of a deployment — of those forces:
    // another actor's forces arriving in it ("British troops landed as German forces withdrew") still deploy.
    const withdrawals = earlier.filter((c) => c.type === 'WithdrawalBegun');
    const withdrawalSentences = new Set(withdrawals.map((c) => c.sentence));
    // The families of the actors whose forces each such sentence withdraws.
    const leaversBySentence = new Map<number, Set<string>>();
    for (const c of withdrawals) {
      const families = leaversBySentence.get(c.sentence) ?? new Set<string>();
      leaversBySentence.set(c.sentence, families.add(gazetteer().actorFamily(c.actor!.name)));
    }
    // Those forces arriving where they later leave ("arrived in Beirut on 25 August and left on 10 September") did
    // deploy there.
    const leaving = new Map<string, Set<string>>();
    for (const c of earlier.filter((c) => c.type === 'WithdrawalBegun')) {
      const key = leavingKey(c.sentence, c.actor!.name);
      leaving.set(key, (leaving.get(key) ?? new Set()).add(c.location!.name));
    }
    const clauses = findDeploymentClauses(ctx).filter((c) => {
      const left = leaving.get(leavingKey(c.sentence, c.actor!.name));
      return !left || left.has(c.location!.name);
    });
    const found = [
      ...findDeployments(ctx, leaversBySentence, clauses),
      ...clauses,
      ...findMissionReinforcements(ctx),
      ...findLaunchedForces(ctx),
      ...findMissionTakeovers(ctx),
      ...findHostedArrivals(ctx),
    ];
    const read = [
      ...found,
      ...findTakenUpDeployments(
        ctx,
        found,
        earlier.filter((c) => c.type === 'WithdrawalBegun'),
      ),
    ];
    const loose = findLooseDeployments(ctx, read, withdrawalSentences);
    const forceCreations = findForceCreations(ctx, [...read, ...loose]);
    const all = placeFacilities(ctx, [
      ...read,
      ...loose,
      ...findElapsedArrivals(ctx, withdrawals, [...read, ...loose]),
      // "The OAS voted to create a peace force. Troops from A and B joined the U.S. contingent": where a force is
      // created for is a theatre its contributors go to, as much as a deployment read.
      ...findContributors(ctx, [...read, ...loose, ...forceCreations], withdrawals),
      ...forceCreations,
      ...findServedBodies(ctx, [...read, ...loose]),
    ]);
    // A mission created for a place is its deployment there only where no reading already deploys it there.
    const family = (c: Candidate) => gazetteer().actorFamily(c.actor!.name);
    const created = findMissionCreations(ctx).filter(
      (c) => !all.some((o) => family(o) === family(c) && o.location?.name === c.location?.name),
    );
    all.push(...created);
    all.push(...findReferredArrivals(ctx, withdrawals, [...all]));
    all.push(...findReturnedForces(ctx, [...withdrawals, ...all]));
    all.push(...findBareReturns(ctx, withdrawals, [...all]));
    const withdrawnBySentence = candidatesBySentence(withdrawals);
    return all.filter((c) => !goingHome(c, withdrawnBySentence) && !landedHome(c, withdrawnBySentence));
  },
  mergeBucket: deploymentBucket,
  relate: relateDeployments,
  dateDistance: deploymentDateDistance,
  combine: combineDeployments,
  collapse: collapseDeployments,
  subjectKey: placementSubjectKey,
  toEvent: (c, base) => ({
    ...base,
    type: 'DeploymentAnnounced',
    actor: c.actor!,
    location: c.location!,
    personnel: c.personnel ?? null,
  }),
};
