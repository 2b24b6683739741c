/**
 * drainOutbox and publishStreamRecords with a real DynamoEventStore on dynalite; only the bus is faked (and a
 * store wrapper that crashes between publishing and marking), for faults no emulator can produce.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoEventStore, ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import type { EventStore, UnpublishedCommit } from '../../shared/ports.ts';
import { publishStreamRecords } from '../../shared/adapters/aws/stream-publisher.ts';
import { DrainError, drainOutbox, OutboxError } from '../../shared/outbox/index.ts';
import { useDynalite } from './helpers/dynamo-servers.ts';
import { awsError, eventIdOf, FakeBus, makeEvent } from '../unit/outbox/fakes.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const noSleep = async () => {};

const dynamo = useDynalite();
let tables = 0;

async function newStore(now?: () => number) {
  const tableName = `outbox_${++tables}`;
  await ensureEventStoreTable(dynamo.client, tableName);
  return { store: new DynamoEventStore({ doc: dynamo.doc, tableName, ...(now ? { now } : {}) }), tableName };
}

/** Three commits on two streams: 2 + 12 + 1 events (the middle one needs two PutEvents calls). */
async function seed(store: EventStore) {
  const commits = [
    { stream: 'news/a.txt', version: 1, ingestId: 'a@1', events: [makeEvent(1), makeEvent(2)] },
    { stream: 'news/b.txt', version: 1, ingestId: 'b@1', events: range(12).map((i) => makeEvent(100 + i)) },
    { stream: 'news/a.txt', version: 2, ingestId: 'a@2', events: [makeEvent(3)] },
  ];
  for (const c of commits) {
    expect((await store.append({ ...c, part: 0, parts: 1 })).status).toBe('appended');
  }
  return commits.flatMap((c) => c.events.map((e) => e.id));
}

const count = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());

describe('drainOutbox on a DynamoEventStore (dynalite)', () => {
  it('publishes every pending commit in batches of ≤ 10, marks it, and leaves the outbox empty', async () => {
    const { store } = await newStore();
    const ids = await seed(store);
    const bus = new FakeBus();
    const published: string[] = [];
    const report = await drainOutbox(store, bus, {
      batchSize: 2,
      sleep: noSleep,
      onPublished: (c) => published.push(`${c.stream}@${c.version}`),
    });
    expect(report).toMatchObject({ commits: 3, events: 15, failed: [] });
    expect(bus.delivered).toEqual(ids); // oldest commit first, events in order
    expect(bus.calls.every((c) => c.length <= 10)).toBe(true);
    expect(published).toEqual(['news/a.txt@1', 'news/b.txt@1', 'news/a.txt@2']);
    expect(await store.pending(10)).toEqual([]);

    // nothing left: a second drain publishes nothing
    const again = new FakeBus();
    expect(await drainOutbox(store, again, { sleep: noSleep })).toMatchObject({ commits: 0, events: 0 });
    expect(again.calls).toEqual([]);
  });

  it('is at-least-once when the bus "crashes" after accepting: a second drain publishes again and marks', async () => {
    const { store } = await newStore();
    const ids = await seed(store);
    // Accepts every entry, then the call blows up (the response is lost): the publisher cannot know.
    const crashing = new FakeBus();
    const crashingBus = {
      async putEvents(entries: Parameters<FakeBus['putEvents']>[0]) {
        await crashing.putEvents(entries);
        throw awsError('NetworkingError', 'socket hang up');
      },
    };
    const err = await drainOutbox(store, crashingBus, { maxAttempts: 1, sleep: noSleep }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DrainError);
    expect((err as DrainError).code).toBe('DRAIN_FAILED');
    expect((err as DrainError).report.failed.map((f) => `${f.stream}@${f.version}`)).toEqual([
      'news/a.txt@1',
      'news/b.txt@1',
      'news/a.txt@2',
    ]);
    expect(new Set(crashing.delivered)).toEqual(new Set(ids)); // they did reach the bus …
    expect(await store.pending(10)).toHaveLength(3); // … but nothing was marked

    const healthy = new FakeBus();
    expect(await drainOutbox(store, healthy, { sleep: noSleep })).toMatchObject({ commits: 3, events: 15 });
    const total = count([...crashing.delivered, ...healthy.delivered]);
    for (const id of ids) expect(total.get(id)).toBe(2); // delivered twice: at least once
    expect(await store.pending(10)).toEqual([]);
  });

  it('is at-least-once when the process dies between publishing and marking', async () => {
    const { store } = await newStore();
    const ids = await seed(store);
    let crashes = 1;
    const crashingStore: EventStore = {
      head: (s) => store.head(s),
      readStream: (s) => store.readStream(s),
      append: (c) => store.append(c),
      readAll: (p) => store.readAll(p),
      pending: (n) => store.pending(n),
      async markPublished(stream, version) {
        if (crashes-- > 0) throw new Error('process killed');
        return store.markPublished(stream, version);
      },
    };
    const bus = new FakeBus();
    await expect(drainOutbox(crashingStore, bus, { sleep: noSleep })).rejects.toThrow('process killed');
    expect(bus.delivered).toEqual(ids.slice(0, 2)); // the first commit was published, not marked
    expect(await store.pending(10)).toHaveLength(3);

    await drainOutbox(crashingStore, bus, { sleep: noSleep });
    expect(count(bus.delivered).get(ids[0]!)).toBe(2);
    expect(new Set(bus.delivered)).toEqual(new Set(ids));
    expect(await store.pending(10)).toEqual([]);
  });

  it('skips a commit that cannot be published, publishes the others, then reports it', async () => {
    const { store } = await newStore();
    const ids = await seed(store);
    const poison = ids[2]!; // the first event of news/b.txt@1
    const bus = new FakeBus(({ entries }) => ({
      fail: entries.flatMap((e, i): Array<[number, string]> =>
        eventIdOf(e) === poison ? [[i, 'InternalFailure']] : [],
      ),
    }));
    const err = (await drainOutbox(store, bus, { batchSize: 1, maxAttempts: 3, sleep: noSleep }).catch(
      (e: unknown) => e,
    )) as DrainError;
    expect(err).toBeInstanceOf(DrainError);
    expect(err.report).toMatchObject({ commits: 2, events: 3 });
    expect(err.report.failed).toEqual([
      expect.objectContaining({ stream: 'news/b.txt', version: 1, code: 'PUBLISH_FAILED' }),
    ]);
    expect(err.message).toContain(poison);
    expect((await store.pending(10)).map((c) => `${c.stream}@${c.version}`)).toEqual(['news/b.txt@1']);
  });

  it('leaves a commit with an oversized event pending with ENTRY_TOO_LARGE, sending none of its events', async () => {
    const { store } = await newStore();
    const big = makeEvent(9, 300 * 1024); // fits a commit item (< 350 KB) but not a PutEvents entry
    await store.append({ stream: 's', version: 1, ingestId: 'i', part: 0, parts: 1, events: [makeEvent(1), big] });
    const bus = new FakeBus();
    const err = (await drainOutbox(store, bus, { sleep: noSleep }).catch((e: unknown) => e)) as DrainError;
    expect(err.report.failed[0]).toMatchObject({ code: 'ENTRY_TOO_LARGE' });
    expect(err.report.failed[0]!.message).toContain(big.id);
    expect(bus.calls).toEqual([]);
    expect(await store.pending(10)).toHaveLength(1);
  });

  it('with dead letters, hands a commit refused for good to them with its reason, marks it and moves on', async () => {
    const { store } = await newStore();
    const big = makeEvent(9, 300 * 1024);
    await store.append({ stream: 's', version: 1, ingestId: 'i', part: 0, parts: 1, events: [makeEvent(1), big] });
    await store.append({ stream: 't', version: 1, ingestId: 'j', part: 0, parts: 1, events: [makeEvent(2)] });
    const letters: UnpublishedCommit[] = [];
    const bus = new FakeBus();
    const report = await drainOutbox(store, bus, {
      sleep: noSleep,
      deadLetters: { put: async (l) => void letters.push(l) },
    });
    expect(report).toMatchObject({ commits: 1, failed: [], deadLettered: [{ stream: 's', version: 1 }] });
    expect(letters).toMatchObject([{ stream: 's', version: 1, code: 'ENTRY_TOO_LARGE', eventIds: [big.id] }]);
    expect(bus.delivered).toEqual([makeEvent(2).id]);
    expect(await store.pending(10)).toEqual([]);
  });

  it('with dead letters, still leaves a commit pending when its failure may pass (throttling)', async () => {
    const { store } = await newStore();
    await store.append({ stream: 's', version: 1, ingestId: 'i', part: 0, parts: 1, events: [makeEvent(1)] });
    const bus = new FakeBus(() => ({ fail: [[0, 'ThrottlingException']] }));
    const letters: UnpublishedCommit[] = [];
    const err = (await drainOutbox(store, bus, {
      sleep: noSleep,
      maxAttempts: 2,
      deadLetters: { put: async (l) => void letters.push(l) },
    }).catch((e: unknown) => e)) as DrainError;
    expect(err.report.failed).toMatchObject([{ stream: 's', code: 'PUBLISH_FAILED' }]);
    expect(letters).toEqual([]);
    expect(await store.pending(10)).toHaveLength(1);
  });

  it('with minAgeMs only sweeps commits older than that', async () => {
    let clock = 1_000;
    const { store } = await newStore(() => clock);
    await store.append({ stream: 'old', version: 1, ingestId: 'o', part: 0, parts: 1, events: [makeEvent(1)] });
    clock = 9_000;
    await store.append({ stream: 'new', version: 1, ingestId: 'n', part: 0, parts: 1, events: [makeEvent(2)] });
    const bus = new FakeBus();
    const report = await drainOutbox(store, bus, { minAgeMs: 5_000, now: () => 10_000, sleep: noSleep });
    expect(report.commits).toBe(1);
    expect(bus.delivered).toEqual([makeEvent(1).id]);
    expect((await store.pending(10)).map((c) => c.stream)).toEqual(['new']);
  });

  it('stops after maxCommits', async () => {
    const { store } = await newStore();
    await seed(store);
    const report = await drainOutbox(store, new FakeBus(), { maxCommits: 2, sleep: noSleep });
    expect(report.commits).toBe(2);
    expect(await store.pending(10)).toHaveLength(1);
  });
});

describe('publishStreamRecords (DynamoDB Streams NEW_IMAGE path)', () => {
  it('publishes INSERTed commits, skips MODIFY/REMOVE, and marks them published when given the store', async () => {
    const { store, tableName } = await newStore();
    const ids = await seed(store);
    // The unmarshalled NEW_IMAGE of an INSERT is the item as written: read the items back.
    const image = async (stream: string, version: number) =>
      (await dynamo.doc.send(new GetCommand({ TableName: tableName, Key: { stream, version } }))).Item!;
    const records = [
      { eventName: 'INSERT', newImage: await image('news/a.txt', 1) },
      { eventName: 'INSERT', newImage: await image('news/b.txt', 1) },
      { eventName: 'MODIFY', newImage: await image('news/a.txt', 1) },
      { eventName: 'INSERT', newImage: await image('news/a.txt', 2) },
      { eventName: 'REMOVE' },
    ];
    const bus = new FakeBus();
    const report = await publishStreamRecords(records, bus, { store, sleep: noSleep });
    expect(report).toMatchObject({ commits: 3, skipped: 2, events: 15 });
    expect(bus.delivered).toEqual(ids);
    expect(bus.calls.map((c) => c.length)).toEqual([10, 5]);
    expect(await store.pending(10)).toEqual([]);
  });

  it('throws (so Lambda retries the batch) and marks nothing when publishing fails', async () => {
    const { store, tableName } = await newStore();
    await seed(store);
    const item = (
      await dynamo.doc.send(new GetCommand({ TableName: tableName, Key: { stream: 'news/a.txt', version: 1 } }))
    ).Item!;
    const bus = new FakeBus(() => ({ throw: awsError('ThrottlingException') }));
    const err = await publishStreamRecords([{ eventName: 'INSERT', newImage: item }], bus, {
      store,
      maxAttempts: 2,
      sleep: noSleep,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboxError);
    expect((err as OutboxError).code).toBe('PUBLISH_FAILED');
    expect(await store.pending(10)).toHaveLength(3);
  });

  it('rejects an image that is not a commit item', async () => {
    await expect(
      publishStreamRecords([{ eventName: 'INSERT', newImage: { stream: 'x' } }], new FakeBus()),
    ).rejects.toMatchObject({ code: 'BAD_ITEM' });
  });
});
