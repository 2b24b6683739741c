/**
 * Powertools Logger (structured JSON on stdout, one service name per function) and Metrics (CloudWatch EMF,
 * namespace `Sitrep`). Metrics are stored during an invocation and flushed at its end with `flushMetrics`.
 *
 * | metric               | unit  | emitted by | counts                                                                      |
 * | -------------------- | ----- | ---------- | --------------------------------------------------------------------------- |
 * | `ArticlesProcessed`  | Count | ingest     | articles ingested with status `processed`                                   |
 * | `ArticlesFailed`     | Count | ingest     | articles ingested with status `failed` + SQS records reported as failed     |
 * | `EventsExtracted`    | Count | ingest     | domain events appended, one EMF blob per `EventType` dimension value        |
 * | `EventsPublished`    | Count | publish, drain | events accepted by EventBridge                                          |
 * | `PublishFailures`    | Count | publish, drain | events not accepted + commit items that cannot be read/left pending     |
 * | `ProjectionsApplied` | Count | project    | events applied to the read models                                           |
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const METRICS_NAMESPACE = 'Sitrep';

export type FunctionName = 'ingest' | 'publish' | 'project' | 'drain';

export interface Observability {
  logger: Logger;
  metrics: Metrics;
}

export function observability(fn: FunctionName): Observability {
  const serviceName = `sitrep-${fn}`;
  return {
    logger: new Logger({ serviceName }),
    metrics: new Metrics({ namespace: METRICS_NAMESPACE, serviceName }),
  };
}

/** Adds a count (zero included, so that alarms and metric math see every invocation). */
export function count(metrics: Metrics, name: string, value: number): void {
  metrics.addMetric(name, MetricUnit.Count, value);
}

/** One EMF blob per dimension value (e.g. EventsExtracted by EventType), published right away. */
export function countBy(metrics: Metrics, name: string, dimension: string, counts: Map<string, number>): void {
  for (const [value, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (n <= 0) continue;
    const single = metrics.singleMetric();
    single.addDimension(dimension, value);
    single.addMetric(name, MetricUnit.Count, n);
  }
}

/** Writes the invocation's stored metrics (no-op, and no warning, when there are none). */
export function flushMetrics(metrics: Metrics): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}

/** A one-line message and the error's name/code for logs. */
export function describeError(err: unknown): { error: string; errorName?: string; errorCode?: string } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return {
      error: err.message.split('\n')[0] ?? err.message,
      errorName: err.name,
      ...(typeof code === 'string' ? { errorCode: code } : {}),
    };
  }
  return { error: String(err) };
}
