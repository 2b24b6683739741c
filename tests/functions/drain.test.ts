/**
 * The drain handler in process: a real DynamoEventStore (dynalite) holding an old and a fresh pending commit,
 * a fake bus; only commits older than the age limit are swept, stuck ones fail the run.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { describe, expect, it } from 'vitest';
import { DynamoEventStore, ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import { DrainError } from '../../shared/outbox/drain.ts';
import { DRAIN_MIN_AGE_MS } from '../../functions/lib/config.ts';
import { createDrainHandler } from '../../functions/lib/drain.ts';
import { useDynalite } from '../integration/helpers/dynamo-servers.ts';
import { FakeBus, makeEvent, type CallScript } from '../unit/outbox/fakes.ts';
import { captureOutput, logsAt, metricsOf } from './helpers/capture.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const dynamo = useDynalite();
let tables = 0;

async function setup(script?: CallScript) {
  const tableName = `drain_${++tables}`;
  await ensureEventStoreTable(dynamo.client, tableName);
  const old = new DynamoEventStore({ doc: dynamo.doc, tableName, now: () => Date.now() - 2 * DRAIN_MIN_AGE_MS });
  const store = new DynamoEventStore({ doc: dynamo.doc, tableName });
  await old.append({
    stream: 'old.txt',
    version: 1,
    ingestId: 'o',
    part: 0,
    parts: 1,
    events: [makeEvent(1), makeEvent(2)],
  });
  await store.append({ stream: 'new.txt', version: 1, ingestId: 'n', part: 0, parts: 1, events: [makeEvent(3)] });
  const bus = new FakeBus(script);
  const handler = createDrainHandler({
    store,
    bus,
    minAgeMs: DRAIN_MIN_AGE_MS,
    maxCommits: 1000,
    logger: new Logger({ serviceName: 'sitrep-drain' }),
    metrics: new Metrics({ namespace: 'Sitrep', serviceName: 'sitrep-drain' }),
    retry: { maxAttempts: 2, sleep: async () => {} },
  });
  return { store, bus, handler };
}

describe('drain handler', () => {
  it('publishes only the commits older than 5 minutes, and returns how many events it published', async () => {
    const { store, bus, handler } = await setup();
    const { result, lines } = await captureOutput(() => handler());
    expect(result).toEqual({ published: 2 });
    expect(bus.delivered).toEqual([makeEvent(1).id, makeEvent(2).id]);
    expect((await store.pending(10)).map((c) => c.stream)).toEqual(['new.txt']);
    expect(metricsOf(lines).get('EventsPublished')).toBe(2);
    expect(logsAt(lines, 'INFO')[0]).toMatchObject({ service: 'sitrep-drain', commits: 1, events: 2 });
  });

  it('fails the run when a commit stays pending, after logging every stuck commit', async () => {
    const { store, handler } = await setup(() => ({ fail: [[0, 'AccessDeniedException']] }));
    const { error, lines } = await captureOutput(() => handler());
    expect(error).toBeInstanceOf(DrainError);
    expect(logsAt(lines, 'ERROR')[0]).toMatchObject({
      stuck: [expect.objectContaining({ stream: 'old.txt', version: 1, code: 'PUBLISH_FAILED' })],
    });
    expect(metricsOf(lines).get('PublishFailures')).toBe(1);
    expect((await store.pending(10)).map((c) => c.stream)).toEqual(['old.txt', 'new.txt']);
  });
});
