/**
 * The projector: an EventBridge rule (source `sitrep`) invokes it with one envelope per event. The envelope is
 * validated (Powertools' EventBridge schema, `source` = `sitrep`, `detail` a LogEvent by the zod contracts, and
 * `detail-type` = `detail.type`), then `readModels.apply([detail])` — idempotent and order-insensitive, so
 * EventBridge's at-least-once, unordered delivery is fine. Any failure throws: the invocation is retried (Lambda's
 * asynchronous retries) and then goes to the dead-letter queue. An invalid envelope throws as well, so it is never
 * dropped silently either.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas/eventbridge';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { z } from 'zod';
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
