/**
 * The stage of a mission an event states. Event contracts say only "deployment" or "withdrawal"; whether forces
 * have arrived, or the withdrawal is complete, is read from the evidence sentence with the narrow phrase lists
 * below (when extraction states the stage itself, this is where it will be read instead).
 */
import { assertNever } from '../assert-never.ts';
import type { PlacementEvent } from '../event-types/models.ts';

/** In lifecycle order: a mission's status is one of these. */
export const PHASES = ['announced', 'deployed', 'withdrawing', 'withdrawn'] as const;
export type Phase = (typeof PHASES)[number];

/** Forces are there: arrived, stationed, based. */
const PRESENCE =
  /\b(arrived|arrives|arriving|landed|stationed|are based|is based|were based|was based|took up positions|have been deployed|has been deployed|are deployed|is deployed|were deployed|are present)\b/i;

/** The withdrawal is over: completed, finished, the last troops left. */
const COMPLETION =
  /\b(complet(ed|es|ing) (the |its |their )?(withdrawal|pullout|pull-out|departure|exit)|withdrawal (was|is|has been) (completed|finished|over)|finished (the |its |their )?(withdrawal|pullout|pull-out)|fully withdrawn|last (remaining )?(troops|soldiers|forces|peacekeepers|units|contingent)|withdrew all|have all left|had all left)\b/i;

export function phaseOf(event: PlacementEvent): Phase {
  const text = event.evidence.text;
  switch (event.type) {
    case 'DeploymentAnnounced':
      return PRESENCE.test(text) ? 'deployed' : 'announced';
    case 'WithdrawalBegun':
      return COMPLETION.test(text) ? 'withdrawn' : 'withdrawing';
    default:
      return assertNever(event, 'placement event');
  }
}

/** Lifecycle order of a phase (announced 0 … withdrawn 3). */
export function phaseRank(phase: Phase): number {
  return PHASES.indexOf(phase);
}

/**
 * The status after `phase` is stated, given the status before: a deployment reopens a withdrawing or withdrawn
 * mission; `deployed` is not undone by a later announcement (reinforcements); `withdrawn` is not undone by a
 * later report that a withdrawal is under way (a look back at it).
 */
export function nextStatus(before: Phase | null, phase: Phase): Phase {
  switch (phase) {
    case 'announced':
      return before === 'deployed' ? 'deployed' : 'announced';
    case 'deployed':
      return 'deployed';
    case 'withdrawing':
      return before === 'withdrawn' ? 'withdrawn' : 'withdrawing';
    case 'withdrawn':
      return 'withdrawn';
    default:
      return assertNever(phase, 'phase');
  }
}
