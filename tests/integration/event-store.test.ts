/**
 * The EventStore contract: DynamoEventStore through the real SDK against dynalite (always) and DynamoDB Local (where
 * `java` runs), each test on its own table (where the two emulators differ, the difference is tested explicitly),
 * and SqliteEventStore (the embedded default), each test on its own database file.
 */
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import {
  DEFAULT_PART_BYTES,
  DynamoEventStore,
  ensureEventStoreTable,
  eventStoreTableSpec,
  MAX_ITEM_BYTES,
  splitIntoCommits,
} from '../../shared/adapters/aws/event-store.ts';
import { makePosition } from '../../shared/adapters/aws/event-store-item.ts';
import { SqliteEventStore } from '../../shared/adapters/sqlite/event-store.ts';
import type { LogEvent } from '../../shared/events/envelope.ts';
import type { AppendOutcome, Commit, EventStore } from '../../shared/ports.ts';
import { publishStreamRecords, type StreamRecord } from '../../shared/adapters/aws/stream-publisher.ts';
import { FakeBus, makeEvent } from '../unit/outbox/fakes.ts';
import { useSqliteFiles } from './helpers/sqlite-files.ts';
import { javaAvailable, startDynalite, startDynamoDbLocal, type DynamoServer } from './helpers/dynamo-servers.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function commit(
  stream: string,
  version: number,
  ingestId: string,
  extra: { part?: number; parts?: number; events?: LogEvent[] } = {},
): Omit<Commit, 'position'> {
  return {
    stream,
    version,
    ingestId,
    part: extra.part ?? 0,
    parts: extra.parts ?? 1,
    events: extra.events ?? [makeEvent(version)],
  };
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Appends at head + 1 until the store says appended or duplicate (what the ingest core does). */
async function appendWithRetry(store: EventStore, c: Omit<Commit, 'version' | 'position'>): Promise<AppendOutcome> {
  for (let i = 0; i < 100; i++) {
    const head = await store.head(c.stream);
    const out = await store.append({ ...c, version: (head?.version ?? 0) + 1 });
    if (out.status !== 'conflict') return out;
  }
  throw new Error('no progress after 100 conflicts');
}

const JAVA = javaAvailable();
if (!JAVA) console.warn('event-store.test: java not found on PATH: the DynamoDB Local suite is skipped');

const backends = [
  { name: 'dynalite', skip: false, start: startDynalite },
  {
    name: JAVA ? 'DynamoDB Local' : 'DynamoDB Local (SKIPPED: java not found on PATH)',
    skip: !JAVA,
    start: async () => {
      const server = await startDynamoDbLocal();
      if (!server) throw new Error('DynamoDB Local did not start');
      return server;
    },
  },
] as const;

describe('splitIntoCommits', () => {
  it('packs events in order into parts whose JSON fits the budget', () => {
    const events = range(30).map((i) => makeEvent(i, (i * 997) % 3000));
    const parts = splitIntoCommits(events, 8_000);
    expect(parts.flat()).toEqual(events);
    for (const p of parts) {
      expect(p.length).toBeGreaterThan(0);
      expect(Buffer.byteLength(JSON.stringify(p))).toBeLessThanOrEqual(8_000);
    }
    // greedy: each part but the last could not take the next event
    for (let i = 0; i + 1 < parts.length; i++) {
      const grown = [...parts[i]!, parts[i + 1]![0]!];
      expect(Buffer.byteLength(JSON.stringify(grown))).toBeGreaterThan(8_000);
    }
  });

  it('gives no parts for no events, one part when all fit', () => {
    expect(splitIntoCommits([])).toEqual([]);
    expect(splitIntoCommits([makeEvent(1), makeEvent(2)])).toEqual([[makeEvent(1), makeEvent(2)]]);
  });

  it('throws EVENT_TOO_LARGE naming an event that alone exceeds the budget', () => {
    const big = makeEvent(9, 10_000);
    expect(() => splitIntoCommits([makeEvent(1), big], 5_000)).toThrowError(big.id);
    try {
      splitIntoCommits([big], 5_000);
    } catch (err) {
      expect((err as { code?: string }).code).toBe('EVENT_TOO_LARGE');
    }
  });
});

/** What every EventStore must do (`newStore`: a store on an empty table, with an injected clock and page size). */
function eventStoreBehaviour(
  newStore: (opts?: { now?: () => number; pageSize?: number }) => Promise<{ store: EventStore }>,
): void {
  it('appends, reads the head and the stream in version order', async () => {
    const { store } = await newStore();
    expect(await store.head('news/a.txt')).toBeUndefined();
    expect(await store.readStream('news/a.txt')).toEqual([]);

    const events1 = [makeEvent(1), makeEvent(2)];
    const a1 = await store.append(commit('news/a.txt', 1, 'a@v1', { part: 0, parts: 2, events: events1 }));
    expect(a1.status).toBe('appended');
    const a2 = await store.append(commit('news/a.txt', 2, 'a@v1', { part: 1, parts: 2 }));
    expect(a2.status).toBe('appended');
    await store.append(commit('news/b.txt', 1, 'b@v1'));

    const head = await store.head('news/a.txt');
    expect(head).toEqual(a2.status === 'appended' ? a2.commit : undefined);
    const stream = await store.readStream('news/a.txt');
    expect(stream.map((c) => [c.version, c.ingestId, c.part, c.parts])).toEqual([
      [1, 'a@v1', 0, 2],
      [2, 'a@v1', 1, 2],
    ]);
    expect(stream[0]!.events).toEqual(events1);
    expect(stream[0]).toEqual(a1.status === 'appended' ? a1.commit : undefined);
  });

  it('reports conflict when the version is taken, and writes nothing', async () => {
    const { store } = await newStore();
    await store.append(commit('s', 1, 'first'));
    expect(await store.append(commit('s', 1, 'second'))).toEqual({ status: 'conflict' });
    expect((await store.readStream('s')).map((c) => c.ingestId)).toEqual(['first']);
  });

  it('refuses gaps (VERSION_GAP) and malformed commits (BAD_COMMIT)', async () => {
    const { store } = await newStore();
    await expect(store.append(commit('s', 2, 'x'))).rejects.toMatchObject({ code: 'VERSION_GAP' });
    await expect(store.append(commit('s', 0, 'x'))).rejects.toMatchObject({ code: 'BAD_COMMIT' });
    await expect(store.append(commit('s', 1, 'x', { part: 2, parts: 2 }))).rejects.toMatchObject({
      code: 'BAD_COMMIT',
    });
    await expect(store.append(commit('', 1, 'x'))).rejects.toMatchObject({ code: 'BAD_COMMIT' });
    expect(await store.head('s')).toBeUndefined();
  });

  it('detects a duplicate (ingestId, part) at any version and returns the stored commit', async () => {
    const { store } = await newStore();
    const first = await store.append(commit('s', 1, 'ing-A', { part: 0, parts: 2 }));
    await store.append(commit('s', 2, 'ing-B'));
    const stored = first.status === 'appended' ? first.commit : undefined;

    // the same ingestion retried later, at the next free version
    expect(await store.append(commit('s', 3, 'ing-A', { part: 0, parts: 2 }))).toEqual({
      status: 'duplicate',
      commit: stored,
    });
    // or at the version it already holds
    expect(await store.append(commit('s', 1, 'ing-A', { part: 0, parts: 2 }))).toEqual({
      status: 'duplicate',
      commit: stored,
    });
    // its other part is new
    expect((await store.append(commit('s', 3, 'ing-A', { part: 1, parts: 2 }))).status).toBe('appended');
    expect((await store.readStream('s')).map((c) => `${c.version}:${c.ingestId}/${c.part}`)).toEqual([
      '1:ing-A/0',
      '2:ing-B/0',
      '3:ing-A/1',
    ]);
  });

  it('reads every commit in global position order, across pages and after a position', async () => {
    let clock = 1_000;
    const { store } = await newStore({ now: () => clock, pageSize: 2 });
    await store.append(commit('s1', 1, 'i1'));
    await store.append(commit('s2', 1, 'i2'));
    clock = 500; // a writer with a clock behind: s1's positions must still grow with its versions
    await store.append(commit('s1', 2, 'i3'));
    clock = 2_000;
    await store.append(commit('s3', 1, 'i4'));
    await store.append(commit('s2', 2, 'i5'));

    const all = await collect(store.readAll());
    expect(all.map((c) => `${c.stream}@${c.version}`)).toEqual(['s1@1', 's1@2', 's2@1', 's2@2', 's3@1']);
    const positions = all.map((c) => c.position);
    expect([...positions].sort()).toEqual(positions);
    expect(new Set(positions).size).toBe(positions.length);
    expect(all[1]!.position.startsWith('000000000001000/')).toBe(true);

    const after = await collect(store.readAll(all[2]!.position));
    expect(after.map((c) => `${c.stream}@${c.version}`)).toEqual(['s2@2', 's3@1']);
    expect(await collect(store.readAll(all[4]!.position))).toEqual([]);
  });

  it('pages readAll over many commits without losing or repeating one', async () => {
    let clock = 0;
    const { store } = await newStore({ now: () => ++clock, pageSize: 7 });
    for (const i of range(40)) await store.append(commit(`s${i % 6}`, Math.floor(i / 6) + 1, `i${i}`));
    const all = await collect(store.readAll());
    expect(all.map((c) => c.ingestId)).toEqual(range(40).map((i) => `i${i}`));
  });

  it('keeps a bounded position for a long stream key', async () => {
    const { store } = await newStore();
    const key = 'news/' + 'é'.repeat(500) + '.txt'; // > 1000 bytes
    const out = await store.append(commit(key, 1, 'long'));
    expect(out.status).toBe('appended');
    const pos = out.status === 'appended' ? out.commit.position : '';
    expect(Buffer.byteLength(pos)).toBeLessThan(100);
    expect((await store.readStream(key))[0]!.position).toBe(pos);
    expect(pos).toBe(makePosition(Number(pos.slice(0, 15)), key, 1));
  });

  it('lists pending commits oldest first until marked published (idempotently)', async () => {
    let clock = 10;
    const { store } = await newStore({ now: () => (clock += 10) });
    await store.append(commit('a', 1, 'a1'));
    await store.append(commit('b', 1, 'b1'));
    await store.append(commit('a', 2, 'a2'));
    const key = (c: Commit) => `${c.stream}@${c.version}`;

    expect((await store.pending(10)).map(key)).toEqual(['a@1', 'b@1', 'a@2']);
    expect((await store.pending(2)).map(key)).toEqual(['a@1', 'b@1']);
    expect(await store.pending(0)).toEqual([]);

    await store.markPublished('a', 1);
    await store.markPublished('a', 1);
    expect((await store.pending(10)).map(key)).toEqual(['b@1', 'a@2']);

    // marking a commit that does not exist creates nothing
    await store.markPublished('ghost', 1);
    expect(await store.head('ghost')).toBeUndefined();
    expect((await collect(store.readAll())).map(key)).toEqual(['a@1', 'b@1', 'a@2']);

    // a duplicate append does not put a published commit back in the outbox
    expect((await store.append(commit('a', 3, 'a1'))).status).toBe('duplicate');
    expect((await store.pending(10)).map(key)).toEqual(['b@1', 'a@2']);

    await store.markPublished('b', 1);
    await store.markPublished('a', 2);
    expect(await store.pending(10)).toEqual([]);
    // the log keeps everything, marked or not
    expect((await store.readStream('a')).map((c) => c.version)).toEqual([1, 2]);
  });

  it('returns at most `limit` pending commits from a long outbox', async () => {
    let clock = 0;
    const { store } = await newStore({ now: () => ++clock });
    for (const i of range(30)) await store.append(commit(`s${i}`, 1, `i${i}`));
    const page = await store.pending(25);
    expect(page.map((c) => c.ingestId)).toEqual(range(25).map((i) => `i${i}`));
  });

  it('refuses a commit over 350 KB with EVENT_TOO_LARGE and stores one just under it', async () => {
    const { store } = await newStore();
    const tooBig = range(4).map((i) => makeEvent(i, 90 * 1024)); // ~360 KB
    const err = await store.append(commit('s', 1, 'big', { events: tooBig })).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('EVENT_TOO_LARGE');
    expect((err as Error).message).toMatch(/splitIntoCommits/);
    expect(await store.head('s')).toBeUndefined();

    const justUnder = range(4).map((i) => makeEvent(i, 86 * 1024)); // ~344 KB
    const ok = await store.append(commit('s', 1, 'ok', { events: justUnder }));
    expect(ok.status).toBe('appended');
    expect((await store.head('s'))!.events).toEqual(justUnder);
  });

  it('appends every part of splitIntoCommits (default budget) without EVENT_TOO_LARGE', async () => {
    const { store } = await newStore();
    const events = range(60).map((i) => makeEvent(i, 20_000)); // ~1.2 MB in all
    const parts = splitIntoCommits(events, DEFAULT_PART_BYTES);
    expect(parts.length).toBeGreaterThan(3);
    for (const [i, part] of parts.entries()) {
      const out = await store.append(commit('big', i + 1, 'ing', { part: i, parts: parts.length, events: part }));
      expect(out.status).toBe('appended');
    }
    expect((await store.readStream('big')).flatMap((c) => c.events)).toEqual(events);
  });

  it('lets exactly one of many concurrent appends take a version', async () => {
    const { store } = await newStore();
    const outcomes = await Promise.all(range(12).map((i) => store.append(commit('race', 1, `w${i}`))));
    expect(outcomes.filter((o) => o.status === 'appended')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'conflict')).toHaveLength(11);
    expect(await store.readStream('race')).toHaveLength(1);
  });

  it('concurrent writers that retry on conflict fill versions 1..n with no gap and no loss', async () => {
    const { store } = await newStore();
    const outcomes = await Promise.all(
      range(10).map((i) =>
        appendWithRetry(store, { stream: 'race', ingestId: `w${i}`, part: 0, parts: 1, events: [makeEvent(i)] }),
      ),
    );
    expect(outcomes.every((o) => o.status === 'appended')).toBe(true);
    const stream = await store.readStream('race');
    expect(stream.map((c) => c.version)).toEqual(range(10).map((i) => i + 1));
    expect(new Set(stream.map((c) => c.ingestId))).toEqual(new Set(range(10).map((i) => `w${i}`)));
  });

  it('concurrent retries of the same ingestion store it exactly once', async () => {
    const { store } = await newStore();
    // 4 ingestions, each submitted by 3 racing writers (a redelivered S3 event, a retried Lambda …)
    const writers = range(12).map((i) =>
      appendWithRetry(store, {
        stream: 'dup-race',
        ingestId: `ing${i % 4}`,
        part: 0,
        parts: 1,
        events: [makeEvent(i % 4)],
      }),
    );
    const outcomes = await Promise.all(writers);
    expect(outcomes.filter((o) => o.status === 'appended')).toHaveLength(4);
    expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(8);
    const stream = await store.readStream('dup-race');
    expect(stream.map((c) => c.version)).toEqual([1, 2, 3, 4]);
    expect(stream.map((c) => c.ingestId).sort()).toEqual(['ing0', 'ing1', 'ing2', 'ing3']);
    // every duplicate outcome points at the one stored commit of its ingestion
    for (const o of outcomes) {
      if (o.status === 'conflict') continue;
      expect(stream.find((c) => c.ingestId === o.commit.ingestId)).toEqual(o.commit);
    }
  });
}

describe('SqliteEventStore (the embedded default)', () => {
  const files = useSqliteFiles('event-store');
  eventStoreBehaviour(async (opts = {}) => ({ store: new SqliteEventStore(files.open(), opts) }));
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`DynamoEventStore on ${backend.name}`, () => {
    let server: DynamoServer;
    let client: DynamoDBClient;
    let doc: DynamoDBDocumentClient;
    let tables = 0;

    beforeAll(async () => {
      server = await backend.start();
      ({ client, doc } = createDynamoClients({ endpoint: server.endpoint }));
    });

    afterAll(async () => {
      client?.destroy();
      await server?.stop();
    });

    async function newStore(opts: { now?: () => number; pageSize?: number } = {}) {
      const tableName = `events_${++tables}`;
      await ensureEventStoreTable(client, tableName);
      return { store: new DynamoEventStore({ doc, tableName, ...opts }), tableName };
    }

    eventStoreBehaviour(newStore);

    it('the emulator itself rejects an item over 400 KB (why the 350 KB guard exists)', async () => {
      const { tableName } = await newStore();
      const put = doc.send(
        new PutCommand({ TableName: tableName, Item: { stream: 'raw', version: 1, blob: 'x'.repeat(410 * 1024) } }),
      );
      await expect(put).rejects.toMatchObject({ name: 'ValidationException' });
      expect(MAX_ITEM_BYTES).toBeLessThan(400 * 1024);
    });

    it('creates the table idempotently from the exported spec', async () => {
      const { tableName } = await newStore();
      await ensureEventStoreTable(client, tableName); // exists: no error
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      expect(Table?.KeySchema).toEqual(eventStoreTableSpec(tableName).KeySchema);
      expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(['byPosition', 'outbox']);
      expect(Table?.BillingModeSummary?.BillingMode ?? 'PAY_PER_REQUEST').toBe('PAY_PER_REQUEST');
    });

    // Emulator difference: dynalite accepts but ignores StreamSpecification (it has no DynamoDB Streams), so the
    // AWS stream publisher can only be exercised against DynamoDB Local; the local runtime uses drainOutbox.
    it(`${backend.name.startsWith('dynalite') ? 'ignores' : 'enables'} the NEW_IMAGE stream of the table spec`, async () => {
      const { tableName } = await newStore();
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (backend.name.startsWith('dynalite')) {
        expect(Table?.StreamSpecification).toBeUndefined();
        expect(Table?.LatestStreamArn).toBeUndefined();
      } else {
        expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
        expect(Table?.LatestStreamArn).toMatch(/^arn:aws:dynamodb:/);
      }
    });

    // Only DynamoDB Local has DynamoDB Streams: the AWS publishing path end to end, from real stream records.
    it.skipIf(backend.name.startsWith('dynalite'))(
      '(DynamoDB Local only: dynalite has no Streams) feeds publishStreamRecords from the table stream',
      async () => {
        const { store, tableName } = await newStore();
        await store.append(commit('news/a.txt', 1, 'a@1', { events: [makeEvent(1), makeEvent(2)] }));
        await store.append(commit('news/b.txt', 1, 'b@1', { events: [makeEvent(3)] }));
        const bus = new FakeBus();
        const first = await publishStreamRecords(await readTableStream(server.endpoint, tableName), bus, { store });
        expect(first).toMatchObject({ commits: 2, skipped: 0, events: 3 });
        expect(await store.pending(10)).toEqual([]);

        // the stream now also holds the two MODIFYs caused by markPublished: replaying it publishes nothing new
        const replay = await readTableStream(server.endpoint, tableName);
        expect(replay.map((r) => r.eventName)).toEqual(['INSERT', 'INSERT', 'MODIFY', 'MODIFY']);
        const records = replay.filter((r) => r.eventName === 'MODIFY');
        expect(await publishStreamRecords(records, bus, { store })).toMatchObject({ commits: 0, skipped: 2 });
        expect(bus.delivered).toEqual([makeEvent(1).id, makeEvent(2).id, makeEvent(3).id]);
      },
    );
  });
}

/**
 * Every record of a table's stream, with NEW_IMAGE unmarshalled (S and N only: all this table uses), through the
 * DynamoDB Streams JSON API of DynamoDB Local (no SDK client for it is installed; Local ignores signatures).
 */
async function readTableStream(endpoint: string, tableName: string): Promise<StreamRecord[]> {
  const call = async <T>(target: string, body: unknown): Promise<T> => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': `DynamoDBStreams_20120810.${target}`,
        'X-Amz-Date': '20240101T000000Z',
        Authorization:
          'AWS4-HMAC-SHA256 Credential=local/20240101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${target}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  type Image = Record<string, { S?: string; N?: string; B?: string }>;
  const { Streams } = await call<{ Streams: Array<{ StreamArn: string }> }>('ListStreams', { TableName: tableName });
  const arn = Streams[0]!.StreamArn;
  const { StreamDescription } = await call<{ StreamDescription: { Shards: Array<{ ShardId: string }> } }>(
    'DescribeStream',
    { StreamArn: arn },
  );
  const records: StreamRecord[] = [];
  for (const shard of StreamDescription.Shards) {
    let { ShardIterator } = await call<{ ShardIterator?: string }>('GetShardIterator', {
      StreamArn: arn,
      ShardId: shard.ShardId,
      ShardIteratorType: 'TRIM_HORIZON',
    });
    while (ShardIterator) {
      const page = await call<{
        Records: Array<{ eventName: string; dynamodb: { NewImage?: Image } }>;
        NextShardIterator?: string;
      }>('GetRecords', { ShardIterator });
      for (const r of page.Records) {
        const image = r.dynamodb.NewImage;
        records.push({
          eventName: r.eventName,
          ...(image
            ? {
                newImage: Object.fromEntries(
                  // As `unmarshall` leaves a Lambda event's JSON: binaries (`eventsGz`) stay base64 text.
                  Object.entries(image).map(([k, v]) => [k, v.N !== undefined ? Number(v.N) : (v.S ?? v.B)]),
                ),
              }
            : {}),
        });
      }
      if (page.Records.length === 0) break; // an open shard always returns a next iterator
      ShardIterator = page.NextShardIterator;
    }
  }
  return records;
}
