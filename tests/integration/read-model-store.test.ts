/**
 * DynamoReadModelStore through the real AWS SDK clients against dynalite (always) and DynamoDB Local (when `java`
 * is on PATH), and SqliteReadModelStore (the embedded default) on a database file: the projection behaviours,
 * permuted and duplicated deliveries, clear(); concurrent projectors (DynamoDB: optimistic concurrency per row).
 * Every result is compared byte for byte (`sortedJson`) with the pure projection / in-memory store.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { gunzipSync } from 'node:zlib';
import { DynamoDBClient, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModelTables } from '../../shared/adapters/aws/read-model-tables.ts';
import { DynamoReadModelStore } from '../../shared/adapters/aws/read-model-store.ts';
import { SqliteReadModelStore } from '../../shared/adapters/sqlite/read-model-store.ts';
import type { LogEvent } from '../../shared/events/envelope.ts';
import { splitArticleRecord } from '../../shared/events/record-parts.ts';
import type { ReadModelFilter, ReadModelStore } from '../../shared/ports.ts';
import {
  applyToFacts,
  emptyFacts,
  InMemoryReadModelStore,
  MAX_SOURCES_PER_ROW,
  projectAll,
  READ_MODELS,
  sortedJson,
} from '../../shared/projections/index.ts';
import { deleted, deployment, dissolution, processed, withdrawal } from '../unit/projections/fixtures.ts';
import { MAX_HISTORY_ENTRIES } from '../../shared/projections/lifecycle.ts';
import { deliveriesArb, relabel } from '../unit/projections/generators.ts';
import { useSqliteFiles } from './helpers/sqlite-files.ts';
import { javaAvailable, startDynalite, startDynamoDbLocal, type DynamoServer } from './helpers/dynamo-servers.ts';

const NO_JAVA = 'skipped: java not found on PATH, DynamoDB Local cannot run';
if (!javaAvailable()) console.warn(`read-model-store: DynamoDB Local tests ${NO_JAVA}`);

/**
 * The same adapter on two servers: dynalite samples the delivery-order property widely (the SQLite store, faster
 * still, more widely); DynamoDB Local (the real engine's condition and index semantics, but ~5× slower per call)
 * samples it less, and skips the cases that count the adapter's own reads or migrate its own layout (`thorough`),
 * which no engine changes.
 */
const targets: Array<{
  name: string;
  start: () => Promise<DynamoServer | undefined>;
  skip: boolean;
  propertyRuns: number;
  thorough: boolean;
}> = [
  { name: 'dynalite', start: startDynalite, skip: false, propertyRuns: 8, thorough: true },
  {
    name: javaAvailable() ? 'DynamoDB Local' : `DynamoDB Local (${NO_JAVA})`,
    start: startDynamoDbLocal,
    skip: !javaAvailable(),
    propertyRuns: 4,
    thorough: false,
  },
];

async function allRows(store: ReadModelStore): Promise<string> {
  const rows: Record<string, unknown> = {};
  for (const model of READ_MODELS) rows[model] = await store.query(model);
  return sortedJson(rows);
}

const pure = (log: LogEvent[]) => sortedJson(projectAll(applyToFacts(emptyFacts, log)));

const FILTERS: ReadModelFilter[] = [
  {},
  { type: 'WithdrawalBegun' },
  { actor: 'Russia' },
  { actor: 'ru' },
  { actor: 'the NATO', since: '2020-03' },
  { location: 'Nagorno-Karabakh', until: '2020-03-05' },
  { location: 'mali', type: 'DeploymentAnnounced' },
  { since: '2020', until: '2020-12' },
  { type: 'EntityDissolved', since: '2021' },
  { since: '2022-06' },
  { within: 'Ukraine' },
  { within: 'Kyiv Oblast', status: 'announced' },
  { activeOn: '2021', sort: 'sources' },
  { status: 'processed', sort: 'last-reported' },
];

/**
 * What every ReadModelStore must do, byte for byte like the pure projection (`freshStore`: a store on empty tables;
 * `propertyRuns`: samples of the permuted-deliveries property, more where a store is fast).
 */
function storeBehaviour(freshStore: () => Promise<ReadModelStore>, propertyRuns = 12, thorough = true): void {
  /** Long scenarios whose logic the faster stores already cover; on the slow engine only its semantics are checked. */
  const longIt = thorough ? it : it.skip;
  it('re-upload replaces, deletion retracts, failure shows its error, corroboration merges', async () => {
    const store = await freshStore();
    const old = deployment('old', { articleKey: 'a.txt', personnel: 100, occurredOn: '2020-11-10' });
    const fresh = deployment('new', { articleKey: 'a.txt', personnel: 200, occurredOn: '2020-11-10' });
    const other = deployment('other', {
      articleKey: 'b.txt',
      actor: { name: 'Russian Federation', code: 'RU' },
      occurredOn: '2020-11-10',
      personnel: null,
    });
    const gone = dissolution('gone', { articleKey: 'c.txt' });
    const log: LogEvent[] = [
      old,
      processed('a.txt', 1, [old]),
      other,
      processed('b.txt', 1, [other]),
      gone,
      processed('c.txt', 1, [gone]),
      fresh,
      processed('a.txt', 2, [fresh]),
      deleted('c.txt', 2),
      processed('d.txt', 1, [], { status: 'failed', error: { code: 'BAD_JSON', message: 'bad' } }),
    ];
    await store.apply(log.slice(0, 6));
    expect((await store.query('entities')).map((r) => r.key)).toEqual(['nagorno karabakh republic']);
    await store.apply(log.slice(6));

    const missions = await store.query('missions');
    expect(missions).toHaveLength(1);
    expect(missions[0]).toMatchObject({
      key: 'RU|AZ|nagorno karabakh',
      personnel: 200,
      eventCount: 2,
      sourceCount: 2,
    });
    expect((missions[0]!.sources as Array<{ eventId: string }>).map((s) => s.eventId).sort()).toEqual(
      [fresh.id, other.id].sort(),
    );
    expect(await store.query('entities')).toEqual([]);
    expect((await store.query('timeline')).map((r) => r.id).sort()).toEqual([fresh.id, other.id].sort());
    const articles = await store.query('articles');
    expect(articles.map((r) => [r.key, r.status, r.revision, r.eventCount])).toEqual([
      ['a.txt', 'processed', 2, 1],
      ['b.txt', 'processed', 1, 1],
      ['d.txt', 'failed', 1, 0],
    ]);
    expect(articles[2]!.error).toEqual({ code: 'BAD_JSON', message: 'bad' });
    expect(await allRows(store)).toBe(pure(log));
  });

  it('answers every filter like the in-memory store, through indexes and scans', async () => {
    const events = fc.sample(deliveriesArb, { numRuns: 12, seed: 42 }).flatMap((s, i) => relabel(s.log, `~${i}`));
    const store = await freshStore();
    const memory = new InMemoryReadModelStore();
    await store.apply(events);
    await memory.apply(events);
    let nonEmpty = 0;
    for (const model of READ_MODELS) {
      for (const filter of FILTERS) {
        const expected = await memory.query(model, filter);
        expect(sortedJson(await store.query(model, filter)), `${model} ${JSON.stringify(filter)}`).toBe(
          sortedJson(expected),
        );
        if (model === 'timeline' && expected.length > 0) nonEmpty++;
      }
    }
    // All but `since: 2022-06` and the mission and article filters (status, activeOn); `within` places events too.
    expect(nonEmpty, 'timeline filters that select something').toBe(FILTERS.length - 4);
    await expect(store.query('timeline', { until: '2020-1' })).rejects.toThrow(/until/);
  });

  it('permuted, duplicated and batched deliveries give the rows of the log applied once; clear() resets', async () => {
    const store = await freshStore();
    await fc.assert(
      fc.asyncProperty(deliveriesArb, async ({ log, batches }) => {
        await store.clear();
        for (const batch of batches) await store.apply(batch);
        expect(await allRows(store)).toBe(pure(log));
      }),
      { numRuns: propertyRuns, seed: 20_260_601 },
    );
  });

  longIt('a record published in parts, delivered out of order, gives the rows of the whole record', async () => {
    const store = await freshStore();
    const events = Array.from({ length: 240 }, (_, i) =>
      deployment(`big${i}`, { articleKey: 'big.txt', location: ['Mali', 'Kosovo', 'Chad'][i % 3]! }),
    );
    const record = processed('big.txt', 2, events);
    const parts = splitArticleRecord(record, 3_000);
    expect(parts.length).toBeGreaterThan(2);
    const older = processed('big.txt', 1, events.slice(0, 5));
    const deliveries: LogEvent[] = [...parts.reverse(), older, ...events];
    for (let i = 0; i < deliveries.length; i += 25) await store.apply(deliveries.slice(i, i + 25));
    expect(await allRows(store)).toBe(pure([older, ...events, record]));
  });

  it('caps the sources of a large mission and keeps exact counts', async () => {
    const store = await freshStore();
    const events = Array.from({ length: MAX_SOURCES_PER_ROW + 5 }, (_, i) =>
      deployment(`cap${i}`, { evidence: 'é'.repeat(2_000), occurredOn: null }),
    );
    const log = [...events, processed('a.txt', 1, events)];
    await store.apply(log);
    const [mission] = await store.query('missions');
    expect(mission).toMatchObject({ eventCount: MAX_SOURCES_PER_ROW + 5, sourceCount: 1 });
    expect(mission!.sources).toHaveLength(MAX_SOURCES_PER_ROW);
    expect(await allRows(store)).toBe(pure(log));
  });

  longIt(
    "history 'full' gives a mission's whole history, past the row's cap, with the articles of each entry",
    async () => {
      const store = await freshStore();
      const log: LogEvent[] = [];
      const days = MAX_HISTORY_ENTRIES + 20;
      for (let i = 0; i < days; i++) {
        const key = `day-${String(i).padStart(3, '0')}.txt`;
        const on = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
        const events = [deployment(`h${i}`, { articleKey: key, occurredOn: on, personnel: 100 })];
        log.push(...events, processed(key, 1, events));
      }
      const again = [deployment('h-again', { articleKey: 'again.txt', occurredOn: '2020-01-01', personnel: 100 })];
      log.push(...again, processed('again.txt', 1, again));
      await store.apply(log);
      const [capped] = await store.query('missions');
      const [full] = await store.query('missions', { history: 'full' });
      const history = full!['history'] as Array<{ on: string; sourceCount: number; articleKeys: string[] }>;
      expect(capped!['history']).toHaveLength(MAX_HISTORY_ENTRIES);
      expect(history).toHaveLength(days);
      expect(capped!['historyCount']).toBe(days);
      expect(history.map((h) => h.on)).toEqual([...history.map((h) => h.on)].sort());
      expect(history[0]).toMatchObject({ on: '2020-01-01', sourceCount: 2, articleKeys: ['again.txt', 'day-000.txt'] });
      const strip = (entries: Array<Record<string, unknown>>) => entries.map(({ articleKeys: _, ...e }) => e);
      expect(strip(history.slice(0, MAX_HISTORY_ENTRIES))).toEqual(capped!['history']);
      expect(await allRows(store)).toBe(pure(log));
    },
  );

  it('a state-level report joins the single area mission, and leaves it when a second area appears and returns', async () => {
    const store = await freshStore();
    const ru = { name: 'Russia', code: 'RU' };
    const karabakh = deployment('nk', { actor: ru, location: { name: 'Nagorno-Karabakh', code: 'AZ' } });
    const azerbaijan = withdrawal('az', {
      actor: ru,
      location: { name: 'Azerbaijan', code: 'AZ', precision: 'country' },
      articleKey: 'b.txt',
    });
    const baku = deployment('baku', {
      actor: ru,
      location: { name: 'Baku', code: 'AZ', admin1: 'Baku', precision: 'place' },
      articleKey: 'c.txt',
    });
    const keys = async () => (await store.query('missions')).map((r) => [r.key, r.eventCount]);
    await store.apply([karabakh, processed('a.txt', 1, [karabakh]), azerbaijan, processed('b.txt', 1, [azerbaijan])]);
    expect(await keys()).toEqual([['RU|AZ|nagorno karabakh', 2]]);
    await store.apply([baku, processed('c.txt', 1, [baku])]);
    expect(await keys()).toEqual([
      ['RU|AZ', 1],
      ['RU|AZ|baku', 1],
      ['RU|AZ|nagorno karabakh', 1],
    ]);
    await store.apply([deleted('c.txt', 2)]);
    expect(await keys()).toEqual([['RU|AZ|nagorno karabakh', 2]]);
  });

  it('clear() then re-applying gives the same rows', async () => {
    const store = await freshStore();
    const log = fc.sample(deliveriesArb, { numRuns: 1, seed: 99 })[0]!.log;
    await store.apply(log);
    const first = await allRows(store);
    await store.clear();
    expect(await allRows(store)).toBe(sortedJson({ missions: [], entities: [], timeline: [], articles: [] }));
    await store.apply([...log].reverse());
    expect(await allRows(store)).toBe(first);
  });
}

describe('SqliteReadModelStore (the embedded default)', () => {
  const files = useSqliteFiles('read-models');
  // Incremental mission rows and record diffs: many samples (SQLite is fast).
  storeBehaviour(async () => new SqliteReadModelStore(files.open()), 150);

  it('a database whose mission rows predate the summaries gets them on open, and stays incremental', async () => {
    const db = files.open();
    const [sample] = fc.sample(deliveriesArb, { numRuns: 1, seed: 7 });
    const { log, batches } = sample!;
    const half = Math.ceil(batches.length / 2);
    const before = new SqliteReadModelStore(db);
    for (const batch of batches.slice(0, half)) await before.apply(batch);
    const rows = await allRows(before);
    expect(JSON.parse(rows).missions.length).toBeGreaterThan(0);
    db.exec('DELETE FROM summaries'); // as a data directory written before the summaries existed
    const upgraded = new SqliteReadModelStore(db);
    expect(await allRows(upgraded)).toBe(rows);
    expect(db.prepare('SELECT COUNT(*) AS n FROM summaries').get()).not.toEqual({ n: 0 });
    for (const batch of batches.slice(half)) await upgraded.apply(batch);
    expect(await allRows(upgraded)).toBe(pure(log));
  });
  it('summaries stored with another sort encoding are recomputed on open', async () => {
    const db = files.open();
    const [sample] = fc.sample(deliveriesArb, { numRuns: 1, seed: 11 });
    const { log, batches } = sample!;
    const half = Math.ceil(batches.length / 2);
    const before = new SqliteReadModelStore(db);
    for (const batch of batches.slice(0, half)) await before.apply(batch);
    const rows = await allRows(before);
    // As a data directory written with the first encoding (hex digits per code unit): other sorts, older marker.
    db.exec("UPDATE summaries SET sort = sort || '.' WHERE row <> '#meta'");
    db.exec("UPDATE summaries SET n = 1 WHERE row = '#meta'");
    const upgraded = new SqliteReadModelStore(db);
    expect(await allRows(upgraded)).toBe(rows);
    for (const batch of batches.slice(half)) await upgraded.apply(batch);
    expect(await allRows(upgraded)).toBe(pure(log));
  });
});

for (const target of targets) {
  describe.skipIf(target.skip)(`DynamoReadModelStore on ${target.name}`, () => {
    let server: DynamoServer;
    let client: DynamoDBClient;
    let tableSets = 0;
    /** Conditional-write conflicts on row tables, counted by a client middleware. */
    let rowConflicts = 0;
    /** Random latency added before each call (ms), to shuffle how concurrent projectors interleave. */
    let jitterMs = 0;

    beforeAll(async () => {
      server = (await target.start())!;
      client = new DynamoDBClient(clientConfig());
      client.middlewareStack.add(
        (next) => async (args) => {
          if (jitterMs > 0) await new Promise((r) => setTimeout(r, Math.random() * jitterMs));
          try {
            return await next(args);
          } catch (error) {
            const table = (args.input as { TableName?: string }).TableName ?? '';
            if ((error as Error).name === 'ConditionalCheckFailedException' && !table.endsWith('facts')) rowConflicts++;
            throw error;
          }
        },
        { step: 'initialize', name: 'countRowConflicts' },
      );
    });

    const clientConfig = () => ({
      endpoint: server.endpoint,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });

    afterAll(async () => {
      client?.destroy();
      await server?.stop();
    });

    /** A store on fresh tables (own prefix). */
    async function freshStore(): Promise<DynamoReadModelStore> {
      const prefix = `t${tableSets++}-`;
      await createReadModelTables(client, prefix);
      return new DynamoReadModelStore(client, { tablePrefix: prefix });
    }

    /** The summary items of a store's facts table (packs, spilled entries), without heads and commit marks. */
    async function summaryItems(store: DynamoReadModelStore): Promise<string[]> {
      const out = await client.send(new ScanCommand({ TableName: store.tables.facts, ConsistentRead: true }));
      return (out.Items ?? [])
        .filter((item) => /^(pack|spill|bundle)#/.test(item['pk']!.S!))
        .map(({ commit: _mark, ...item }) => JSON.stringify(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))))
        .sort();
    }

    storeBehaviour(freshStore, target.propertyRuns, target.thorough);

    // Summary rows past a pack's bound are spilled to one item per entry: with a bound of 300 bytes most rows spill
    // as they grow, the same deliveries go through both layouts and the transition between them.
    (target.thorough ? describe : describe.skip)('with summary rows spilled past a small pack', () => {
      storeBehaviour(
        async () => {
          const prefix = `t${tableSets++}-`;
          await createReadModelTables(client, prefix);
          return new DynamoReadModelStore(client, { tablePrefix: prefix, summaryPackMaxBytes: 300 });
        },
        target.propertyRuns,
        false,
      );

      it('a row outgrowing its pack is spilled, and later reports update it', async () => {
        const prefix = `t${tableSets++}-`;
        await createReadModelTables(client, prefix);
        const store = new DynamoReadModelStore(client, { tablePrefix: prefix, summaryPackMaxBytes: 300 });
        const log: LogEvent[] = [];
        for (let a = 0; a < 6; a++) {
          const key = `grow-${a}.txt`;
          const events = [
            deployment(`grow${a}`, { articleKey: key, occurredOn: `2020-0${a + 1}`, personnel: 100 + a }),
          ];
          log.push(...events, processed(key, 1, events));
          await store.apply(log.slice(-2));
        }
        const spilled = await client.send(
          new ScanCommand({ TableName: store.tables.facts, FilterExpression: 'attribute_exists(spilled)' }),
        );
        expect(spilled.Count).toBeGreaterThan(0);
        expect(await allRows(store)).toBe(pure(log));
      });
    });

    // A theatre's rows are bundled in one item up to a bound; past it the largest move to their own pack items: with
    // a bound of 200 bytes most theatres outgrow their bundle, so deliveries go through both and the move between.
    (target.thorough ? describe : describe.skip)('with theatre bundles outgrown past a small bound', () => {
      storeBehaviour(
        async () => {
          const prefix = `t${tableSets++}-`;
          await createReadModelTables(client, prefix);
          return new DynamoReadModelStore(client, { tablePrefix: prefix, summaryBundleMaxBytes: 200 });
        },
        target.propertyRuns,
        false,
      );
    });

    // A commit's writes past what its head holds go to redo chunks first: with a bound of 300 bytes every commit does.
    (target.thorough ? describe : describe.skip)('with every commit in redo chunks', () => {
      storeBehaviour(
        async () => {
          const prefix = `t${tableSets++}-`;
          await createReadModelTables(client, prefix);
          return new DynamoReadModelStore(client, { tablePrefix: prefix, summaryInlineMaxBytes: 300 });
        },
        target.propertyRuns,
        false,
      );

      it('a projector that dies after committing leaves chunks the next one applies, then drops', async () => {
        const store = await freshStore();
        let dead = false;
        const dyingClient = new DynamoDBClient({ ...clientConfig(), maxAttempts: 1 });
        dyingClient.middlewareStack.add(
          (next) => async (args) => {
            if (dead) throw new Error('projector died');
            const input = args.input as { Item?: Record<string, unknown> };
            const result = await next(args);
            if (input.Item && 'pending' in input.Item) dead = true; // the head put: committed
            return result;
          },
          { step: 'initialize', name: 'dieAfterCommit' },
        );
        const e1 = deployment('chunked', { articleKey: 'a.txt', personnel: 100, occurredOn: '2020' });
        const log = [e1, processed('a.txt', 1, [e1])];
        const dying = new DynamoReadModelStore(dyingClient, { tables: store.tables, summaryInlineMaxBytes: 300 });
        await expect(dying.apply(log)).rejects.toThrow('projector died');
        dyingClient.destroy();
        const chunks = async () =>
          (
            await client.send(
              new ScanCommand({
                TableName: store.tables.facts,
                ConsistentRead: true,
                FilterExpression: 'begins_with(sk, :redo)',
                ExpressionAttributeValues: { ':redo': { S: 'redo#' } },
              }),
            )
          ).Count ?? 0;
        expect(await chunks()).toBeGreaterThan(0);
        const next = new DynamoReadModelStore(client, {
          tables: store.tables,
          summaryLeaseMs: 0,
          summaryInlineMaxBytes: 300,
        });
        await next.apply(log);
        expect(await allRows(store)).toBe(pure(log));
        expect(await chunks()).toBe(0);
      });
    });

    it("keeps a theatre's theatre, place and mission rows, and an entity's row, in its head", async () => {
      const store = await freshStore();
      const events = [
        deployment('b1', { articleKey: 'b1.txt', location: 'Mali', occurredOn: '2020-01' }),
        withdrawal('b2', { articleKey: 'b2.txt', location: 'Mali', occurredOn: '2021-01' }),
        dissolution('b3', { articleKey: 'b2.txt', entity: 'Warsaw Pact' }),
      ];
      const log: LogEvent[] = [events[0]!, processed('b1.txt', 1, [events[0]!])];
      await store.apply(log);
      log.push(events[1]!, events[2]!, processed('b2.txt', 1, events.slice(1)));
      await store.apply(log.slice(2));
      expect(await allRows(store)).toBe(pure(log));
      const { Items = [] } = await client.send(
        new ScanCommand({ TableName: store.tables.facts, ConsistentRead: true }),
      );
      const head = Items.find((item) => item['pk']!.S === 'head#missions#RU|ML' && item['sk']!.S === 'head@2');
      expect(head?.['z']?.B, 'the bundle').toBeDefined();
      const entityHead = Items.find(
        (item) => item['pk']!.S === 'head#entities#warsaw pact' && item['sk']!.S === 'head@2',
      );
      expect(entityHead?.['z']?.B, "the entity's bundle").toBeDefined();
      // Own pack items only for the member rows (one per event).
      const packs = Items.map((item) => item['pk']!.S!).filter((pk) => pk.startsWith('pack#'));
      expect(packs.length).toBe(3);
      expect(packs.every((pk) => pk.startsWith('pack#m:') || pk.startsWith('pack#em:'))).toBe(true);
      // A subject's link to an event says where its body is, nothing more (what is never read is not written).
      const links = Items.filter((item) => item['pk']!.S!.startsWith('subject#'));
      expect(links.length).toBe(3);
      for (const link of links) expect(Object.keys(link).sort()).toEqual(['articleKey', 'pk', 'sk']);
    });

    it('an event whose body moves to another theatre (a variant of its id) leaves the first for the second', async () => {
      // Out of contract (one id, two contents), but the rows must still be those of the preferred variant.
      const inMali = deployment('moved', { articleKey: 'm.txt', location: 'Mali', occurredOn: '2020-01' });
      const inChad = { ...deployment('moved', { articleKey: 'm.txt', location: 'Chad', occurredOn: '2020-01' }) };
      const other = deployment('stays', { articleKey: 'o.txt', location: 'Mali', occurredOn: '2020-02' });
      for (const [first, second] of [
        [inMali, inChad],
        [inChad, inMali],
      ] as const) {
        const store = await freshStore();
        const log: LogEvent[] = [first, processed('m.txt', 1, [first]), other, processed('o.txt', 1, [other])];
        await store.apply(log);
        log.push(second, processed('m.txt', 1, [second]));
        await store.apply(log.slice(4));
        await store.apply([other]); // a later delivery to the first theatre
        expect(await allRows(store)).toBe(pure(log));
      }
    });

    (target.thorough ? it : it.skip)(
      'two events whose bodies move between two theatres (or entities), in every order, give the rows of the preferred bodies',
      async () => {
        const theatres = (seed: string) => [
          deployment(seed, { articleKey: 'swap.txt', location: 'Mali', occurredOn: '2020-01' }),
          deployment(seed, { articleKey: 'swap.txt', location: 'Chad', occurredOn: '2020-01' }),
        ];
        const entities = (seed: string) => [
          dissolution(seed, { articleKey: 'swap.txt', entity: 'Warsaw Pact' }),
          dissolution(seed, { articleKey: 'swap.txt', entity: 'Soviet Union' }),
        ];
        for (const variants of [theatres, entities]) {
          const deliveries = [...variants('swap-a'), ...variants('swap-b')];
          const record = processed('swap.txt', 1, [deliveries[0]!, deliveries[2]!]);
          const permutations = (list: number[]): number[][] =>
            list.length <= 1
              ? [list]
              : list.flatMap((x) => permutations(list.filter((y) => y !== x)).map((p) => [x, ...p]));
          // Every order, batched in one of two ways by turns (each way over half the orders), on one store cleared
          // between orders (fresh tables cost more than the orders).
          const store = await freshStore();
          for (const [k, order] of permutations([0, 1, 2, 3]).entries()) {
            const log = order.map((i) => deliveries[i]!);
            const batches =
              k % 2 === 0
                ? [
                    [log[0]!, record],
                    [log[1]!, log[2]!],
                    [log[3]!, record],
                  ]
                : [[log[0]!], [log[1]!, record], [log[2]!], [log[3]!]];
            await store.clear();
            for (const batch of batches) await store.apply(batch);
            expect(await allRows(store), `${JSON.stringify(order)} in ${batches.length} batches`).toBe(
              pure([...log, record]),
            );
          }
        }
      },
    );

    (target.thorough ? it : it.skip)(
      'summaries stored without bundles (an earlier version) stay exact as bundles take them over',
      async () => {
        await fc.assert(
          fc.asyncProperty(deliveriesArb, fc.integer({ min: 0, max: 100 }), async (deliveries, cut) => {
            const prefix = `t${tableSets++}-`;
            await createReadModelTables(client, prefix);
            const before = new DynamoReadModelStore(client, { tablePrefix: prefix, summaryBundleMaxBytes: 0 });
            const after = new DynamoReadModelStore(client, { tablePrefix: prefix });
            const half = Math.floor((deliveries.batches.length * cut) / 100);
            for (const batch of deliveries.batches.slice(0, half)) await before.apply(batch);
            for (const batch of deliveries.batches.slice(half)) await after.apply(batch);
            expect(await allRows(after)).toBe(pure(deliveries.log));
          }),
          { numRuns: target.propertyRuns, seed: 11 },
        );
      },
    );

    (target.thorough ? it : it.skip)(
      'concurrent projectors on overlapping missions converge to the projection of all facts',
      async () => {
        // Five articles about the same two missions, each re-uploaded once and one deleted: every delivery (twice
        // each) is its own apply call, all in flight at once, on separate store instances.
        const log: LogEvent[] = [];
        for (let a = 0; a < 5; a++) {
          const key = `art-${a}.txt`;
          const v1 = [
            deployment(`${a}:1:d`, {
              articleKey: key,
              location: 'Mali',
              occurredOn: `2020-0${1 + (a % 9)}`,
              personnel: 100 + a,
            }),
            withdrawal(`${a}:1:w`, { articleKey: key, occurredOn: '2024' }),
          ];
          const v2 = [
            deployment(`${a}:2:d`, { articleKey: key, location: 'Mali', occurredOn: '2021-05-01', personnel: 500 + a }),
          ];
          log.push(...v1, processed(key, 1, v1), ...v2, a % 4 === 3 ? deleted(key, 2) : processed(key, 2, v2));
        }
        const store = await freshStore();
        const projectors = Array.from({ length: 6 }, () => new DynamoReadModelStore(client, { tables: store.tables }));
        const deliveries = fc.sample(fc.shuffledSubarray([...log, ...log], { minLength: log.length * 2 }), {
          numRuns: 1,
          seed: 3,
        })[0]!;
        const before = rowConflicts;
        jitterMs = 4;
        try {
          // Staggered starts: facts keep arriving while earlier projectors are still recomputing.
          await Promise.all(
            deliveries.map(async (e, i) => {
              await new Promise((r) => setTimeout(r, (i * 37) % 150));
              await projectors[i % projectors.length]!.apply([e]);
            }),
          );
        } finally {
          jitterMs = 0;
        }
        expect(await allRows(store)).toBe(pure(log));
        expect(rowConflicts - before, 'the optimistic-concurrency retry path ran').toBeGreaterThan(0);
      },
    );

    it('stores mission and entity rows gzipped (docGz), and still reads rows stored as doc text', async () => {
      const store = await freshStore();
      const events = [
        ...Array.from({ length: 12 }, (_, i) =>
          deployment(`gz${i}`, { articleKey: `gz${i}.txt`, personnel: 100 + i, occurredOn: `2020-0${1 + (i % 9)}` }),
        ),
        dissolution('gz-d', { articleKey: 'gz-d.txt' }),
      ];
      const log: LogEvent[] = [...events, ...events.map((e) => processed(e.article.key, 1, [e]))];
      await store.apply(log);
      const expected = await allRows(store);
      expect(expected).toBe(pure(log));
      for (const table of [store.tables.missions, store.tables.entities]) {
        const { Items = [] } = await client.send(new ScanCommand({ TableName: table, ConsistentRead: true }));
        expect(Items.length).toBeGreaterThan(0);
        for (const item of Items) {
          expect(item['doc'], 'no text doc').toBeUndefined();
          const json = gunzipSync(item['docGz']!.B!).toString('utf8');
          // Billed per started KB: the mission row's JSON is several KB, gzipped well under half of it.
          if (table === store.tables.missions) {
            expect(Buffer.byteLength(json)).toBeGreaterThan(2048);
            expect(item['docGz']!.B!.length * 2).toBeLessThan(Buffer.byteLength(json));
          } else expect(item['docGz']!.B!.length).toBeLessThan(Buffer.byteLength(json));
        }
        // A row written by an earlier version (`doc` text) reads the same.
        for (const item of Items) {
          const { docGz, ...rest } = item;
          await client.send(
            new PutItemCommand({
              TableName: table,
              Item: { ...rest, doc: { S: gunzipSync(docGz!.B!).toString('utf8') } },
            }),
          );
        }
      }
      expect(await allRows(store)).toBe(expected);
    });

    (target.thorough ? it : it.skip)(
      'reads each event body once per apply, for its timeline row and its mission or entity row',
      async () => {
        const store = await freshStore();
        const bodyReads: string[] = [];
        const counting = new DynamoDBClient(clientConfig());
        counting.middlewareStack.add(
          (next) => async (args) => {
            const requests = (
              args.input as { RequestItems?: Record<string, { Keys?: Array<Record<string, unknown>> }> }
            ).RequestItems;
            for (const { Keys = [] } of Object.values(requests ?? {})) {
              for (const key of Keys) {
                const sk = key['sk'] as { S?: string } | string | undefined;
                const text = typeof sk === 'string' ? sk : sk?.S;
                if (text?.startsWith('event#')) bodyReads.push(text);
              }
            }
            return next(args);
          },
          { step: 'initialize', name: 'countBodyReads' },
        );
        const projector = new DynamoReadModelStore(counting, { tables: store.tables });
        const log: LogEvent[] = [];
        // New subjects (summarized from their visible events), then known ones (their changed events).
        for (const round of [0, 1]) {
          const events = [
            deployment(`once${round}`, { articleKey: `once${round}.txt`, location: 'Mali' }),
            withdrawal(`once${round}w`, { articleKey: `once${round}.txt`, location: 'Chad' }),
            dissolution(`once${round}d`, { articleKey: `once${round}.txt` }),
          ];
          const batch = [...events, processed(`once${round}.txt`, 1, events)];
          log.push(...batch);
          bodyReads.length = 0;
          await projector.apply(batch);
          // Each of this batch's events once; the new subjects also read the earlier events of their subject, once.
          expect(new Set(bodyReads).size).toBe(bodyReads.length);
          if (round === 1) expect(bodyReads.length).toBe(events.length);
        }
        counting.destroy();
        expect(await allRows(store)).toBe(pure(log));
      },
    );

    (target.thorough ? it : it.skip)(
      'reads each article record once per apply, for all its rows and parts',
      async () => {
        const store = await freshStore();
        let recordReads = 0;
        const counting = new DynamoDBClient(clientConfig());
        counting.middlewareStack.add(
          (next) => async (args) => {
            const values = (args.input as { ExpressionAttributeValues?: Record<string, { S?: string }> })
              .ExpressionAttributeValues;
            const prefix = values?.[':prefix'] as unknown;
            if (prefix === 'record' || (prefix as { S?: string } | undefined)?.S === 'record') recordReads++;
            return next(args);
          },
          { step: 'initialize', name: 'countRecordReads' },
        );
        const events = [
          ...Array.from({ length: 240 }, (_, i) =>
            deployment(`many${i}`, { articleKey: 'many.txt', location: ['Mali', 'Kosovo', 'Chad'][i % 3]! }),
          ),
          dissolution('many-d', { articleKey: 'many.txt' }),
        ];
        const parts = splitArticleRecord(processed('many.txt', 1, events), 3_000);
        expect(parts.length).toBeGreaterThan(2);
        const projector = new DynamoReadModelStore(counting, { tables: store.tables });
        await projector.apply([...events, ...parts]);
        counting.destroy();
        // Rows: the article, 241 timeline rows, three theatres, one entity; parts folded: one record.
        expect(recordReads).toBe(1);
        expect(await allRows(store)).toBe(pure([...events, ...parts]));
      },
    );

    it.each([
      ['', {}],
      [' (a commit of a version before bundles, completed by this one)', { summaryBundleMaxBytes: 0 }],
    ])(
      'a projector that dies after committing a theatre leaves a commit the next one completes%s',
      async (_, layout) => {
        const store = await freshStore();
        // The dying projector's client fails every call after its first theatre commit (the head put with `pending`).
        let committed = false;
        const dyingClient = new DynamoDBClient({ ...clientConfig(), maxAttempts: 1 });
        dyingClient.middlewareStack.add(
          (next) => async (args) => {
            if (committed) throw new Error('projector died');
            const result = await next(args);
            const input = args.input as { Item?: Record<string, unknown> };
            if (input.Item && 'pending' in input.Item) committed = true;
            return result;
          },
          { step: 'initialize', name: 'dieAfterCommit' },
        );
        const e1 = deployment('first', { articleKey: 'a.txt', personnel: 100, occurredOn: '2020' });
        const e2 = deployment('second', { articleKey: 'b.txt', personnel: 200, occurredOn: '2021' });
        const dying = new DynamoReadModelStore(dyingClient, { tables: store.tables, ...layout });
        await expect(dying.apply([e1, processed('a.txt', 1, [e1])])).rejects.toThrow('projector died');
        dyingClient.destroy();
        // Another process (nothing of the dead one in flight there): its lease over, the commit is applied first.
        const next = new DynamoReadModelStore(client, { tables: store.tables, summaryLeaseMs: 0 });
        await next.apply([e2, processed('b.txt', 1, [e2])]);
        await next.apply([e1, processed('a.txt', 1, [e1])]); // the redelivery of the dead projector's batch
        expect(await allRows(store)).toBe(pure([e1, processed('a.txt', 1, [e1]), e2, processed('b.txt', 1, [e2])]));
      },
    );

    it('a projector that dies before the mark of its commit leaves a commit the next one completes', async () => {
      const store = await freshStore();
      // Every write of the first theatre commit but the last: its mark (the item put with `commit`, written after all
      // the others, see shared/adapters/aws/summary-items.ts), which fails, and so does everything after it.
      let dead = false;
      const dyingClient = new DynamoDBClient({ ...clientConfig(), maxAttempts: 1 });
      dyingClient.middlewareStack.add(
        (next) => async (args) => {
          const input = args.input as { Item?: Record<string, unknown> };
          if (input.Item && 'commit' in input.Item) dead = true;
          if (dead) throw new Error('projector died');
          return next(args);
        },
        { step: 'initialize', name: 'dieBeforeMark' },
      );
      const e1 = deployment('first', { articleKey: 'a.txt', personnel: 100, occurredOn: '2020' });
      const e2 = deployment('second', { articleKey: 'b.txt', personnel: 200, occurredOn: '2021' });
      const dying = new DynamoReadModelStore(dyingClient, { tables: store.tables });
      await expect(dying.apply([e1, processed('a.txt', 1, [e1])])).rejects.toThrow('projector died');
      dyingClient.destroy();
      expect(dead).toBe(true);
      // Every write but one is done. The redelivery of the batch changes no summary: only the commit, seen not applied
      // (its mark lacks its writer) and past its lease (0 here), completes it.
      const next = new DynamoReadModelStore(client, { tables: store.tables, summaryLeaseMs: 0 });
      await next.apply([e1, processed('a.txt', 1, [e1])]);
      expect(await allRows(store)).toBe(pure([e1, processed('a.txt', 1, [e1])]));
      // And the summaries are whole: item for item those of an uninterrupted projector (heads and marks aside).
      const clean = await freshStore();
      await clean.apply([e1, processed('a.txt', 1, [e1])]);
      expect(await summaryItems(store)).toEqual(await summaryItems(clean));
      // A later report of the same mission builds on them.
      await next.apply([e2, processed('b.txt', 1, [e2])]);
      expect(await allRows(store)).toBe(pure([e1, processed('a.txt', 1, [e1]), e2, processed('b.txt', 1, [e2])]));
    });

    it('a projector that read stale facts loses its write and retries (no lost update)', async () => {
      const store = await freshStore();
      // The slow projector's client holds its first theatre commit (the summary head put with its pending writes,
      // shared/adapters/aws/summary-items.ts) until the fast projector is done.
      let reached!: () => void;
      const atGate = new Promise<void>((r) => (reached = r));
      let open!: () => void;
      const gate = new Promise<void>((r) => (open = r));
      let slowConflicts = 0;
      const slowClient = new DynamoDBClient({ ...clientConfig(), maxAttempts: 1 });
      slowClient.middlewareStack.add(
        (next) => async (args) => {
          const input = args.input as { TableName?: string; Item?: Record<string, unknown> };
          if (input.TableName === store.tables.facts && input.Item && 'pending' in input.Item) {
            reached();
            await gate;
          }
          try {
            return await next(args);
          } catch (error) {
            if ((error as Error).name === 'ConditionalCheckFailedException') slowConflicts++;
            throw error;
          }
        },
        { step: 'initialize', name: 'holdMissionWrites' },
      );
      const slow = new DynamoReadModelStore(slowClient, { tables: store.tables });
      const fast = new DynamoReadModelStore(client, { tables: store.tables });
      const e1 = deployment('slow', { articleKey: 'a.txt', personnel: 100, occurredOn: '2020' });
      const e2 = deployment('fast', { articleKey: 'b.txt', personnel: 200, occurredOn: '2021' });
      const slowDone = slow.apply([e1, processed('a.txt', 1, [e1])]);
      await atGate; // slow has read its facts and summaries (without e2) and is about to commit the mission
      await fast.apply([e2, processed('b.txt', 1, [e2])]);
      open();
      await slowDone;
      slowClient.destroy();
      const [mission] = await store.query('missions');
      expect(mission).toMatchObject({ sourceCount: 2, personnel: 200 });
      expect(await allRows(store)).toBe(pure([e1, processed('a.txt', 1, [e1]), e2, processed('b.txt', 1, [e2])]));
      expect(slowConflicts, 'the slow write was refused').toBeGreaterThan(0);
    });

    it('a projector that read a record before it was superseded loses its commit, though the superseding one writes nothing', async () => {
      const store = await freshStore();
      let reached!: () => void;
      const atGate = new Promise<void>((r) => (reached = r));
      let open!: () => void;
      const gate = new Promise<void>((r) => (open = r));
      let held = false;
      const slowClient = new DynamoDBClient({ ...clientConfig(), maxAttempts: 1 });
      slowClient.middlewareStack.add(
        (next) => async (args) => {
          const input = args.input as { TableName?: string; Item?: Record<string, unknown> };
          if (!held && input.TableName === store.tables.facts && input.Item && 'pending' in input.Item) {
            held = true;
            reached();
            await gate;
          }
          return next(args);
        },
        { step: 'initialize', name: 'holdFirstCommit' },
      );
      const slow = new DynamoReadModelStore(slowClient, { tables: store.tables });
      const fast = new DynamoReadModelStore(client, { tables: store.tables });
      const w = withdrawal('w1', { articleKey: 'x.txt', occurredOn: '2024' });
      // Revision 1 lists the withdrawal; the slow projector reads it, then holds its commit of the theatre.
      await fast.apply([processed('x.txt', 1, [w])]);
      const slowDone = slow.apply([w]);
      await atGate;
      // Revision 2 lists nothing: the withdrawal is gone, and the theatre has nothing to write.
      await fast.apply([processed('x.txt', 2, [])]);
      open();
      await slowDone;
      slowClient.destroy();
      expect(await store.query('missions')).toEqual([]);
      expect(await allRows(store)).toBe(pure([processed('x.txt', 1, [w]), w, processed('x.txt', 2, [])]));
    });
  });
}
