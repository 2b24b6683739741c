import { deleteObject, ingestObject, type DeleteOutcome, type IngestDeps, type IngestOutcome } from './ingest.ts';
import type { ObjectChange } from './s3-events.ts';

export type ChangeOutcome = IngestOutcome | DeleteOutcome;

/** Applies one object change to the event store: ingest a created object, retract a deleted one. */
export async function handleObjectChange(deps: IngestDeps, change: ObjectChange): Promise<ChangeOutcome> {
  return change.kind === 'created'
    ? ingestObject(deps, change.notice)
    : deleteObject(deps, change.notice, change.deletion ?? 'objectGone');
}
