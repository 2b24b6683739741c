/**
 * The publish handler: the event store table's DynamoDB Stream (NEW_IMAGE) → `publishStreamRecords` (the shared
 * publisher: INSERTs only, PutEvents batches of ≤ 10, per-entry retries, then `markPublished`).
 *
 * Failure handling with `reportBatchItemFailures` (set on the event source mapping, with bisect-on-error and an
 * on-failure destination): the response names the SequenceNumber of the FIRST record that was not published, so
 * Lambda checkpoints everything before it and retries from it. Records before it are published and, when
 * `publishStreamRecords` itself could not mark them (it marks only after the whole batch succeeded), marked here,
 * so the drain does not publish them again.
 *
 * - PUBLISH_FAILED (entries still failing after the publisher's retries): the first record holding a failed event.
 * - ENTRY_TOO_LARGE (refused before sending anything): the records before the first too-large one are published
 *   on their own, then that record is reported; it can never succeed and ends in the on-failure destination
 *   (and stays pending in the outbox, where the drain reports it on every run).
 * - An INSERT whose NEW_IMAGE is missing or not a commit item (cannot be unmarshalled or decoded): same as too
 *   large.
 * - Anything else (DynamoDB, network): thrown, so the whole batch is retried (and bisected).
 * Delivery is at least once either way; subscribers dedupe by event id.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { itemToCommit } from '../../shared/adapters/aws/event-store-item.ts';
import { publishStreamRecords, type StreamRecord } from '../../shared/adapters/aws/stream-publisher.ts';
import { OutboxError } from '../../shared/outbox/publish.ts';
import type { Commit, EventBus, EventStore } from '../../shared/ports.ts';
import { count, describeError, flushMetrics } from './observability.ts';

export interface PublishHandlerDeps {
  bus: EventBus;
  store: Pick<EventStore, 'markPublished'>;
  logger: Logger;
  metrics: Metrics;
  /** Publisher retry settings (tests make them fast). */
  retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number; sleep?: (ms: number) => Promise<void> };
}

export type PublishHandler = (event: DynamoDBStreamEvent, context?: Context) => Promise<DynamoDBBatchResponse>;

interface Prepared {
  sequenceNumber: string | undefined;
  record: StreamRecord;
  /** The decoded commit of an INSERT. */
  commit?: Commit;
  /** Why the record can never be published (its image is not a commit item). */
  unreadable?: string;
}

/** Unmarshalls a stream record's NEW_IMAGE (util-dynamodb) and decodes INSERTs as commits. */
export function prepareStreamRecord(r: DynamoDBRecord): Prepared {
  const sequenceNumber = r.dynamodb?.SequenceNumber;
  const image = r.dynamodb?.NewImage;
  if (r.eventName !== 'INSERT') {
    return { sequenceNumber, record: { ...(r.eventName ? { eventName: r.eventName } : {}) } };
  }
  // An INSERT without its image (a stream not of view type NEW_IMAGE) must not pass for nothing to publish.
  if (!image) return { sequenceNumber, record: { eventName: 'INSERT' }, unreadable: 'INSERT record without NewImage' };
  let newImage: Record<string, unknown>;
  try {
    newImage = unmarshall(image as Record<string, AttributeValue>);
  } catch (err) {
    return { sequenceNumber, record: { eventName: 'INSERT' }, unreadable: `NewImage: ${describeError(err).error}` };
  }
  try {
    return { sequenceNumber, record: { eventName: 'INSERT', newImage }, commit: itemToCommit(newImage) };
  } catch (err) {
    return { sequenceNumber, record: { eventName: 'INSERT', newImage }, unreadable: describeError(err).error };
  }
}

export function createPublishHandler(deps: PublishHandlerDeps): PublishHandler {
  const { logger, metrics, bus, store } = deps;

  /** Publishes `items` in order; returns the index of the first record not published, or -1. */
  async function publishInOrder(items: Prepared[], tally: { events: number; failed: number }): Promise<number> {
    const bad = items.findIndex((p) => p.unreadable !== undefined);
    const publishable = bad === -1 ? items : items.slice(0, bad);
    try {
      const report = await publishStreamRecords(
        publishable.map((p) => p.record),
        bus,
        { store, ...deps.retry },
      );
      tally.events += report.events;
      return bad;
    } catch (err) {
      if (!(err instanceof OutboxError)) throw err;
      const failedIds = new Set(err.failures.map((f) => f.eventId));
      tally.failed += Math.max(1, err.failures.length);
      let first = publishable.findIndex((p) => p.commit?.events.some((e) => failedIds.has(e.id)));
      // Failures that cannot be tied to a record: retry the whole range.
      if (first === -1) first = 0;
      logger.error('publishing failed: Lambda retries from the first unpublished record', {
        code: err.code,
        error: err.message,
        failedEvents: err.failures.length,
        firstFailedSequenceNumber: publishable[first]?.sequenceNumber,
      });
      const before = publishable.slice(0, first);
      if (err.code === 'ENTRY_TOO_LARGE') {
        // Nothing was sent: publish what comes before the refused record on its own.
        const earlier = await publishInOrder(before, tally);
        return earlier === -1 ? first : earlier;
      }
      // Everything before `first` was accepted but, the batch having failed, not marked: mark it now.
      for (const p of before) {
        if (!p.commit) continue;
        await store.markPublished(p.commit.stream, p.commit.version);
        tally.events += p.commit.events.length;
      }
      return first;
    }
  }

  return async function handler(event, context) {
    if (context) logger.addContext(context);
    const tally = { events: 0, failed: 0 };
    try {
      const records = (event as { Records?: unknown } | null)?.Records;
      if (!Array.isArray(records)) throw new Error('not a DynamoDB Streams event: no Records array');
      const items = (records as DynamoDBRecord[]).map(prepareStreamRecord);
      for (const p of items) {
        if (p.unreadable !== undefined) {
          tally.failed++;
          logger.error('stream record is not an event store commit: it can never be published', {
            sequenceNumber: p.sequenceNumber,
            reason: p.unreadable,
          });
        }
      }
      const failedAt = await publishInOrder(items, tally);
      const commits = items.filter((p) => p.commit).length;
      logger.info('stream batch published', {
        records: items.length,
        commits,
        events: tally.events,
        ...(failedAt !== -1 ? { firstFailedSequenceNumber: items[failedAt]?.sequenceNumber } : {}),
      });
      if (failedAt === -1) return { batchItemFailures: [] };
      const itemIdentifier = items[failedAt]?.sequenceNumber;
      if (!itemIdentifier) throw new Error(`stream record ${failedAt} failed and has no SequenceNumber to report`);
      return { batchItemFailures: [{ itemIdentifier }] };
    } catch (err) {
      logger.error('stream batch failed: the whole batch will be retried', describeError(err));
      throw err;
    } finally {
      count(metrics, 'EventsPublished', tally.events);
      count(metrics, 'PublishFailures', tally.failed);
      flushMetrics(metrics);
    }
  };
}
