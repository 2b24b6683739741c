/**
 * The scheduled outbox sweep: `drainOutbox` publishes the commits still marked pending that are older than
 * `minAgeMs` (5 minutes) — those the DynamoDB Streams publisher missed (a batch sent to its failure destination,
 * records past the stream's 24 h retention). Fresh commits are left to the stream path, so the two rarely
 * publish the same commit (and when they do, subscribers dedupe by event id).
 *
 * A commit that cannot be published stays pending; the run publishes the others, then fails (DrainError, logged
 * with every stuck commit) so that the function's Errors metric shows it on every run until someone acts.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { DrainError, drainOutbox } from '../../shared/outbox/drain.ts';
import type { EventBus, EventStore } from '../../shared/ports.ts';
import { count, describeError, flushMetrics } from './observability.ts';

export interface DrainHandlerDeps {
  store: EventStore;
  bus: EventBus;
  minAgeMs: number;
  maxCommits: number;
  logger: Logger;
  metrics: Metrics;
  /** Publisher retry settings (tests make them fast). */
  retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number; sleep?: (ms: number) => Promise<void> };
}

export type DrainHandler = (event?: unknown, context?: Context) => Promise<{ published: number }>;

export function createDrainHandler(deps: DrainHandlerDeps): DrainHandler {
  const { logger, metrics } = deps;
  return async function handler(_event, context) {
    if (context) logger.addContext(context);
    let published = 0;
    let failed = 0;
    try {
      const report = await drainOutbox(deps.store, deps.bus, {
        minAgeMs: deps.minAgeMs,
        maxCommits: deps.maxCommits,
        ...deps.retry,
      });
      published = report.events;
      logger.info('outbox drained', { commits: report.commits, events: report.events, calls: report.calls });
      return { published };
    } catch (err) {
      if (err instanceof DrainError) {
        published = err.report.events;
        failed = err.report.failed.length;
        logger.error('outbox drain left commits pending', {
          commits: err.report.commits,
          events: err.report.events,
          stuck: err.report.failed,
        });
      } else {
        logger.error('outbox drain failed', describeError(err));
      }
      throw err;
    } finally {
      count(metrics, 'EventsPublished', published);
      count(metrics, 'PublishFailures', failed);
      flushMetrics(metrics);
    }
  };
}
