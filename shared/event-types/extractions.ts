import type { EventType } from '../events/contracts.ts';
import { deploymentExtraction } from './deployment-announced/extraction.ts';
import { dissolutionExtraction } from './entity-dissolved/extraction.ts';
import type { EventTypeExtraction } from './extraction.ts';
import { withdrawalExtraction } from './withdrawal-begun/extraction.ts';

/**
 * How each event type is extracted: one entry per type (the compiler names a missing one), run in this order —
 * withdrawals before deployments, which read where withdrawals were found.
 */
export const EVENT_TYPE_EXTRACTIONS: { readonly [T in EventType]: EventTypeExtraction<T> } = {
  WithdrawalBegun: withdrawalExtraction,
  DeploymentAnnounced: deploymentExtraction,
  EntityDissolved: dissolutionExtraction,
};

export function extractionOf<T extends EventType>(type: T): EventTypeExtraction<T> {
  return EVENT_TYPE_EXTRACTIONS[type];
}
