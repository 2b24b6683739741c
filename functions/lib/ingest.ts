/**
 * The ingest handler: SQS messages, each carrying one S3 "Object Created"/"Object Deleted" event that EventBridge
 * forwarded, go to `handleObjectChange` — the same core function the local runtime calls.
 *
 * Partial batch response: every record that did not succeed is listed in `batchItemFailures`, so SQS redelivers
 * only those and, after the queue's maxReceiveCount, moves them to the DLQ. That includes records that can never
 * succeed (not an S3 object event): they are logged as errors with their messageId and reported too, so nothing
 * is dropped silently. Records are handled one after another, in batch order (changes of one key stay in order).
 *
 * Idempotency needs no table of its own: the core keys each ingestion on (bucket key, object version) — the S3
 * version id, or the ETag where the bucket is not versioned — as its `ingestId`, stored with the commit; a
 * redelivered notice (SQS and EventBridge both deliver at least once) finds that ingestion in the stream and
 * appends nothing (`duplicate`), and a notice older than what the stream holds is dropped by the S3 sequencer
 * (`stale`). A crash in the middle of a multi-part ingestion is resumed by the redelivery.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { EventBridgeSchema, SqsRecordSchema } from './envelopes.ts';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { handleObjectChange, type ChangeOutcome } from '../../shared/pipeline/handle-object-change.ts';
import { parseObjectChange, type ObjectChange } from '../../shared/pipeline/s3-events.ts';
import type { EventStore, ObjectStore } from '../../shared/ports.ts';
import { count, countBy, describeError, flushMetrics } from './observability.ts';

export interface IngestHandlerDeps {
  objects: ObjectStore;
  store: EventStore;
  maxBytes?: number;
  maxEventsPerArticle?: number;
  logger: Logger;
  metrics: Metrics;
}

export type IngestHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/** The object change an SQS record carries, or why it carries none (such a record can never succeed). */
export function parseIngestRecord(record: unknown): { change: ObjectChange } | { error: string } {
  const sqs = SqsRecordSchema.safeParse(record);
  if (!sqs.success) return { error: `not an SQS record: ${firstIssue(sqs.error.issues)}` };
  let body: unknown;
  try {
    body = JSON.parse(sqs.data.body);
  } catch {
    return { error: 'message body is not JSON' };
  }
  const envelope = EventBridgeSchema.safeParse(body);
  if (!envelope.success)
    return { error: `message body is not an EventBridge event: ${firstIssue(envelope.error.issues)}` };
  return parseObjectChange(envelope.data);
}

function firstIssue(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

/** The messageId of every record; throws when one has none (it could not be reported as failed). */
function messageIds(event: SQSEvent): string[] {
  const records = (event as { Records?: unknown } | null)?.Records;
  if (!Array.isArray(records)) throw new Error('not an SQS event: no Records array');
  return records.map((r, i) => {
    const id = (r as { messageId?: unknown } | null)?.messageId;
    if (typeof id !== 'string' || !id) {
      throw new Error(`SQS record ${i} has no messageId: it could not be reported as a batch item failure`);
    }
    return id;
  });
}

export function createIngestHandler(deps: IngestHandlerDeps): IngestHandler {
  const { logger, metrics } = deps;
  const core = {
    objects: deps.objects,
    store: deps.store,
    ...(deps.maxBytes ? { maxBytes: deps.maxBytes } : {}),
    ...(deps.maxEventsPerArticle ? { maxEventsPerArticle: deps.maxEventsPerArticle } : {}),
  };

  return async function handler(event, context) {
    if (context) logger.addContext(context);
    const failures: string[] = [];
    const extracted = new Map<string, number>();
    let processed = 0;
    let failedArticles = 0;
    try {
      const ids = messageIds(event);
      for (const [i, record] of event.Records.entries()) {
        const messageId = ids[i]!;
        const parsed = parseIngestRecord(record);
        if ('error' in parsed) {
          logger.error('unusable record: reported as failed, it goes to the DLQ after maxReceiveCount', {
            messageId,
            reason: parsed.error,
          });
          failures.push(messageId);
          continue;
        }
        const { kind, notice } = parsed.change;
        const where = { messageId, bucket: notice.bucket, key: notice.key, change: kind };
        let outcome: ChangeOutcome;
        try {
          outcome = await handleObjectChange(core, parsed.change);
        } catch (err) {
          logger.error('ingestion failed: reported for redelivery', { ...where, ...describeError(err) });
          failures.push(messageId);
          continue;
        }
        if ('events' in outcome) {
          processed += outcome.articles - outcome.failed;
          failedArticles += outcome.failed;
          for (const e of outcome.events) extracted.set(e.type, (extracted.get(e.type) ?? 0) + 1);
          logger.info('article ingested', {
            ...where,
            outcome: outcome.status,
            articles: outcome.articles,
            failedArticles: outcome.failed,
            events: outcome.events.length,
            version: outcome.version,
          });
        } else {
          logger.info(kind === 'deleted' ? 'article deletion handled' : 'article notice skipped', {
            ...where,
            outcome: outcome.status,
            ...('retracted' in outcome ? { retracted: outcome.retracted } : {}),
          });
        }
      }
    } catch (err) {
      logger.error('batch rejected: every record will be redelivered', describeError(err));
      throw err;
    } finally {
      count(metrics, 'ArticlesProcessed', processed);
      count(metrics, 'ArticlesFailed', failedArticles + failures.length);
      countBy(metrics, 'EventsExtracted', 'EventType', extracted);
      flushMetrics(metrics);
    }
    return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
