import type { ChangeOutcome } from './handle-object-change.ts';
import { handleObjectChange } from './handle-object-change.ts';
import type { IngestDeps } from './ingest.ts';
import type { ObjectChange } from './s3-events.ts';

/** What became of one change of a batch: its outcome, or the error that a redelivery may fix. */
export type ChangeResult = { outcome: ChangeOutcome } | { error: Error };

/**
 * Applies a batch of object changes with at most `concurrency` in flight: the changes of one key one after another
 * in batch order, different keys side by side (an object's read from the bucket overlaps another's extraction).
 * One failure never stops the others; results come back in batch order.
 */
export async function handleObjectChanges(
  deps: IngestDeps,
  changes: readonly ObjectChange[],
  concurrency: number,
): Promise<ChangeResult[]> {
  const results: ChangeResult[] = new Array(changes.length);
  const byKey = new Map<string, number[]>();
  for (const [i, change] of changes.entries()) {
    const key = change.notice.key;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const queues = [...byKey.values()];
  let next = 0;
  const worker = async () => {
    while (next < queues.length) {
      for (const i of queues[next++]!) {
        try {
          results[i] = { outcome: await handleObjectChange(deps, changes[i]!) };
        } catch (err) {
          results[i] = { error: err instanceof Error ? err : new Error(String(err)) };
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queues.length)) }, worker));
  return results;
}
