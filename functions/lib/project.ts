/**
 * The projector. On AWS the projector rule puts every Sitrep event on the project queue and the function reads it
 * in batches (`createProjectQueueHandler`, below); `createProjectHandler` takes one envelope, as a rule targeting a
 * function directly would invoke it. The envelope is
 * validated (Powertools' EventBridge schema, `source` = `sitrep`, `detail` a LogEvent by the zod contracts, and
 * `detail-type` = `detail.type`), then `readModels.apply([detail])` — idempotent and order-insensitive, so
 * EventBridge's at-least-once, unordered delivery is fine. Any failure throws: the invocation is retried (Lambda's
 * asynchronous retries) and then goes to the dead-letter queue. An invalid envelope throws as well, so it is never
 * dropped silently either.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { EventBridgeSchema } from './envelopes.ts';
import type { Context, EventBridgeEvent, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { ArticleRecord } from '../../shared/events/article-records.ts';
import { DomainEvent } from '../../shared/events/contracts.ts';
import { EVENT_SOURCE, type LogEvent } from '../../shared/events/envelope.ts';
import type { ReadModelStore } from '../../shared/ports.ts';
import { count, describeError, flushMetrics } from './observability.ts';

export interface ProjectHandlerDeps {
  readModels: Pick<ReadModelStore, 'apply'>;
  logger: Logger;
  metrics: Metrics;
}

export type ProjectHandler = (event: EventBridgeEvent<string, unknown>, context?: Context) => Promise<void>;

const SitrepEnvelope = EventBridgeSchema.extend({
  source: z.literal(EVENT_SOURCE),
  detail: z.union([DomainEvent, ArticleRecord]),
});

export class InvalidEnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEnvelopeError';
  }
}

/** The LogEvent an EventBridge envelope carries; throws InvalidEnvelopeError with a one-line reason otherwise. */
export function parseSitrepEnvelope(event: unknown): { id: string; detail: LogEvent } {
  const parsed = SitrepEnvelope.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'invalid';
    throw new InvalidEnvelopeError(`not a Sitrep event envelope: ${where}`);
  }
  const { id, detail } = parsed.data;
  if (parsed.data['detail-type'] !== detail.type) {
    throw new InvalidEnvelopeError(
      `not a Sitrep event envelope: detail-type ${JSON.stringify(parsed.data['detail-type'])} but detail.type ${JSON.stringify(detail.type)}`,
    );
  }
  // The detail as published (zod strips unknown keys from its copy; the projections hash what they are given).
  return { id, detail: (event as { detail: LogEvent }).detail };
}

export function createProjectHandler(deps: ProjectHandlerDeps): ProjectHandler {
  const { logger, metrics, readModels } = deps;
  return async function handler(event, context) {
    if (context) logger.addContext(context);
    const envelopeId = (event as { id?: unknown } | null)?.id;
    let applied = 0;
    try {
      const { id, detail } = parseSitrepEnvelope(event);
      await readModels.apply([detail]);
      applied = 1;
      logger.info('event projected', {
        envelopeId: id,
        type: detail.type,
        eventId: detail.id,
        articleKey: detail.article.key,
      });
    } catch (err) {
      logger.error('projection failed: the invocation is retried, then dead-lettered', {
        ...(typeof envelopeId === 'string' ? { envelopeId } : {}),
        ...describeError(err),
      });
      throw err;
    } finally {
      count(metrics, 'ProjectionsApplied', applied);
      flushMetrics(metrics);
    }
  };
}

export type ProjectQueueHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/**
 * The projector behind its SQS queue (the projector rule's target): each record's body is one EventBridge envelope.
 * The batch's events are applied together (`readModels.apply` once: each affected row recomputed once). If that
 * fails, each event is applied alone, so one bad event does not hold back its batch-mates; the records that still
 * fail, and those that are not a Sitrep envelope, are reported in `batchItemFailures` (redelivered, then moved to
 * the projector-failure DLQ after the queue's maxReceiveCount). Never drops a record silently.
 */
export function createProjectQueueHandler(deps: ProjectHandlerDeps): ProjectQueueHandler {
  const { logger, metrics, readModels } = deps;
  return async function handler(event, context) {
    if (context) logger.addContext(context);
    const records = (event as { Records?: unknown } | null)?.Records;
    if (!Array.isArray(records)) throw new Error('not an SQS event: no Records array');
    const failures: string[] = [];
    const valid: Array<{ messageId: string; envelopeId: string; detail: LogEvent }> = [];
    for (const [i, record] of (records as SQSRecord[]).entries()) {
      const messageId = record?.messageId;
      if (typeof messageId !== 'string' || !messageId) {
        throw new Error(`SQS record ${i} has no messageId: it could not be reported as a batch item failure`);
      }
      try {
        const { id, detail } = parseSitrepEnvelope(JSON.parse(String(record.body)) as unknown);
        valid.push({ messageId, envelopeId: id, detail });
      } catch (err) {
        logger.error('not a Sitrep event: reported, redelivered, then dead-lettered', {
          messageId,
          ...describeError(err),
        });
        failures.push(messageId);
      }
    }
    let applied = 0;
    try {
      if (valid.length > 0) {
        try {
          await readModels.apply(valid.map((v) => v.detail));
          applied = valid.length;
        } catch (err) {
          logger.warn('batch projection failed: applying its events one by one', describeError(err));
          for (const v of valid) {
            try {
              await readModels.apply([v.detail]);
              applied++;
            } catch (one) {
              logger.error('projection failed: the message is redelivered, then dead-lettered', {
                messageId: v.messageId,
                envelopeId: v.envelopeId,
                eventId: v.detail.id,
                ...describeError(one),
              });
              failures.push(v.messageId);
            }
          }
        }
      }
      logger.info('batch projected', { events: valid.length, applied, failed: failures.length });
      return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
    } finally {
      count(metrics, 'ProjectionsApplied', applied);
      flushMetrics(metrics);
    }
  };
}
