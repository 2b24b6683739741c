/**
 * The publish handler in process: DynamoDB Streams records built from real event store items (dynalite), a
 * scripted bus for the faults (partial failures, oversized entries), the partial batch response.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { DynamoEventStore, ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import type { Commit } from '../../shared/ports.ts';
import { createPublishHandler, prepareStreamRecord } from '../../functions/lib/publish.ts';
import { useDynalite } from '../integration/helpers/dynamo-servers.ts';
import { eventIdOf, FakeBus, makeEvent, type CallScript } from '../unit/outbox/fakes.ts';
import { captureOutput, logsAt, metricsOf } from './helpers/capture.ts';
import { insertRecordOf, modifyRecordOf, streamRecord } from './helpers/events.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const dynamo = useDynalite();
let tables = 0;

/** Three commits appended for real (pending in the outbox): 2, 3 and 1 events. */
async function setup(script?: CallScript, eventsOf?: (i: number) => ReturnType<typeof makeEvent>[]) {
  const tableName = `publish_${++tables}`;
  await ensureEventStoreTable(dynamo.client, tableName);
  const store = new DynamoEventStore({ doc: dynamo.doc, tableName });
  const bus = new FakeBus(script);
  const sizes = [2, 3, 1];
  const commits: Commit[] = [];
  for (const [i, n] of sizes.entries()) {
    const events = eventsOf?.(i) ?? Array.from({ length: n }, (_, j) => makeEvent(i * 10 + j + 1));
    const outcome = await store.append({
      stream: `news/${i}.txt`,
      version: 1,
      ingestId: `i${i}`,
      part: 0,
      parts: 1,
      events,
    });
    if (outcome.status !== 'appended') throw new Error('seed failed');
    commits.push(outcome.commit);
  }
  const handler = createPublishHandler({
    bus,
    store,
    logger: new Logger({ serviceName: 'sitrep-publish' }),
    metrics: new Metrics({ namespace: 'Sitrep', serviceName: 'sitrep-publish' }),
    retry: { maxAttempts: 2, sleep: async () => {} },
  });
  const pendingStreams = async () => (await store.pending(10)).map((c) => c.stream);
  return { store, bus, commits, handler, pendingStreams };
}

describe('prepareStreamRecord', () => {
  it('unmarshalls an INSERT image into its commit and leaves other records alone', () => {
    const commit: Commit = {
      stream: 's',
      version: 3,
      ingestId: 'x',
      part: 0,
      parts: 1,
      position: 'p',
      events: [makeEvent(1)],
    };
    expect(prepareStreamRecord(insertRecordOf(commit)).commit).toEqual(commit);
    expect(prepareStreamRecord(modifyRecordOf(commit))).toMatchObject({ record: { eventName: 'MODIFY' } });
    expect(prepareStreamRecord(modifyRecordOf(commit)).commit).toBeUndefined();
  });

  it('flags an INSERT that is not a commit item', () => {
    const bad = streamRecord(
      'INSERT',
      { stream: { S: 's' }, version: { N: '1' } },
      { stream: { S: 's' }, version: { N: '1' } },
    );
    expect(prepareStreamRecord(bad).unreadable).toMatch(/not an event store commit item/);
    const keysOnly = streamRecord('INSERT', undefined, { stream: { S: 's' }, version: { N: '1' } });
    expect(prepareStreamRecord(keysOnly).unreadable).toBe('INSERT record without NewImage');
  });
});

describe('publish handler', () => {
  it('publishes every INSERT, skips the MODIFY of markPublished, and marks the commits published', async () => {
    const { bus, commits, handler, pendingStreams } = await setup();
    const event: DynamoDBStreamEvent = {
      Records: [...commits.map(insertRecordOf), modifyRecordOf(commits[0]!)],
    };
    const { result, lines } = await captureOutput(() => handler(event));
    expect(result).toEqual({ batchItemFailures: [] });
    expect(bus.delivered).toEqual(commits.flatMap((c) => c.events.map((e) => e.id)));
    expect(await pendingStreams()).toEqual([]);
    expect(metricsOf(lines).get('EventsPublished')).toBe(6);
    expect(metricsOf(lines).get('PublishFailures')).toBe(0);
    expect(logsAt(lines, 'INFO')[0]).toMatchObject({ service: 'sitrep-publish', records: 4, commits: 3, events: 6 });
  });

  it('reports the first record with a failed event; marks the records before it', async () => {
    // The second commit's second event is refused for good (a permanent error code: no retry).
    const { bus, commits, handler, pendingStreams } = await setup(({ entries }) => ({
      fail: entries
        .map((e, i) => [i, eventIdOf(e) === commits[1]!.events[1]!.id ? 'AccessDeniedException' : ''])
        .filter(([, c]) => c) as Array<[number, string]>,
    }));
    const records = commits.map(insertRecordOf);
    const { result, lines } = await captureOutput(() => handler({ Records: records }));
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: records[1]!.dynamodb!.SequenceNumber }] });
    expect(await pendingStreams()).toEqual(['news/1.txt', 'news/2.txt']);
    expect(bus.delivered).toContain(commits[0]!.events[0]!.id);
    expect(logsAt(lines, 'ERROR')[0]).toMatchObject({
      code: 'PUBLISH_FAILED',
      firstFailedSequenceNumber: records[1]!.dynamodb!.SequenceNumber,
    });
    expect(metricsOf(lines).get('PublishFailures')).toBe(1);
  });

  it('an oversized entry: publishes the records before it on their own, then reports it', async () => {
    const { bus, commits, handler, pendingStreams } = await setup(undefined, (i) =>
      i === 1 ? [makeEvent(11), makeEvent(12, 260 * 1024)] : [makeEvent(i * 10 + 1)],
    );
    const records = commits.map(insertRecordOf);
    const { result } = await captureOutput(() => handler({ Records: records }));
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: records[1]!.dynamodb!.SequenceNumber }] });
    expect(bus.delivered).toEqual([commits[0]!.events[0]!.id]);
    expect(await pendingStreams()).toEqual(['news/1.txt', 'news/2.txt']);
  });

  it('a record that is not a commit item: publishes the records before it, then reports it', async () => {
    const { bus, commits, handler, pendingStreams } = await setup();
    const bad = streamRecord(
      'INSERT',
      { stream: { S: 'x' }, version: { N: '1' }, events: { N: '3' } },
      {
        stream: { S: 'x' },
        version: { N: '1' },
      },
    );
    const records = [insertRecordOf(commits[0]!), bad, insertRecordOf(commits[1]!)];
    const { result, lines } = await captureOutput(() => handler({ Records: records }));
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: bad.dynamodb!.SequenceNumber }] });
    expect(bus.delivered).toEqual(commits[0]!.events.map((e) => e.id));
    expect(await pendingStreams()).toEqual(['news/1.txt', 'news/2.txt']);
    expect(logsAt(lines, 'ERROR')[0]).toMatchObject({ sequenceNumber: bad.dynamodb!.SequenceNumber });
  });

  it('throws (the whole batch is retried, and bisected) on anything but a publishing failure', async () => {
    const { bus, commits } = await setup();
    const handler = createPublishHandler({
      bus,
      store: {
        markPublished: async () =>
          Promise.reject(Object.assign(new Error('throttled'), { name: 'ThrottlingException' })),
      },
      logger: new Logger({ serviceName: 'sitrep-publish' }),
      metrics: new Metrics({ namespace: 'Sitrep', serviceName: 'sitrep-publish' }),
    });
    const notStream = await captureOutput(() => handler({} as DynamoDBStreamEvent));
    expect((notStream.error as Error).message).toBe('not a DynamoDB Streams event: no Records array');
    const storeDown = await captureOutput(() => handler({ Records: [insertRecordOf(commits[0]!)] }));
    expect(storeDown.error).toMatchObject({ name: 'ThrottlingException' });
    expect(logsAt(storeDown.lines, 'ERROR')[0]).toMatchObject({ errorName: 'ThrottlingException' });
  });
});
