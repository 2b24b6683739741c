/**
 * The AWS publishing path: a Lambda on the event store table's DynamoDB Stream (NEW_IMAGE) publishes each new
 * commit as soon as it is written.
 *
 * - Only INSERT records are published: a commit item is inserted once (versions are never overwritten) and the
 *   MODIFY that `markPublished` causes must not publish again. REMOVE records are ignored.
 * - The handler unmarshalls `dynamodb.NewImage` (`@aws-sdk/util-dynamodb`) before calling this: this module stays
 *   free of AWS imports.
 * - Failure: throws (OutboxError) after the publisher's retries, so Lambda retries the batch (with
 *   bisect-on-error / a failure destination configured in the CDK app). Delivery is at least once.
 * - Outbox mark: pass `store` and each commit is marked published after its events were accepted, so the outbox
 *   GSI only holds what the stream path missed (records older than the stream's 24 h retention, a batch sent to
 *   the failure destination). A scheduled `drainOutbox` with `minAgeMs` sweeps those. Without `store` the marks
 *   stay and a drain would publish everything again (still correct, only duplicated).
 */
import { itemToCommit } from './event-store-item.ts';
import type { Commit, EventBus, EventStore } from '../../ports.ts';
import { publishCommits, type PublishOptions, type PublishReport } from '../../outbox/publish.ts';

export interface StreamRecord {
  /** `INSERT` | `MODIFY` | `REMOVE`, as DynamoDB Streams names them. */
  eventName?: string;
  /** The unmarshalled NEW_IMAGE: an event store item. */
  newImage?: Record<string, unknown>;
}

export interface StreamPublishOptions extends PublishOptions {
  store?: Pick<EventStore, 'markPublished'>;
}

export interface StreamPublishReport extends PublishReport {
  commits: number;
  /** Records that were not INSERTs of a commit (MODIFY from markPublished, REMOVE, no image). */
  skipped: number;
}

export async function publishStreamRecords(
  records: readonly StreamRecord[],
  bus: EventBus,
  opts: StreamPublishOptions = {},
): Promise<StreamPublishReport> {
  const commits: Commit[] = [];
  let skipped = 0;
  for (const record of records) {
    if (record.eventName !== 'INSERT' || !record.newImage) {
      skipped++;
      continue;
    }
    commits.push(itemToCommit(record.newImage));
  }
  // One publish for the whole batch: fewer PutEvents calls; all of it is retried together by Lambda on failure.
  const report = await publishCommits(
    bus,
    commits.flatMap((c) => c.events),
    opts,
  );
  if (opts.store) {
    for (const c of commits) await opts.store.markPublished(c.stream, c.version);
  }
  return { ...report, commits: commits.length, skipped };
}
