/**
 * The local EventBridge-like bus, its queue in SQLite (the embedded default) and in DynamoDB tables on dynalite:
 * PutEvents validation and per-entry results, routing by event
 * pattern, retries with back-off, dead letters, durable delivery across a restart, and best-effort rules.
 */
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEventBus, type BusBehaviour } from '../../infra/local/local-bus.ts';
import { busTableSpecs, DynamoDeliveryQueue } from '../../shared/adapters/aws/delivery-queue.ts';
import { createDynamoClients, type DynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import type { DeliveryQueue } from '../../shared/adapters/local/delivery-queue.ts';
import { SqliteDeliveryQueue } from '../../shared/adapters/sqlite/delivery-queue.ts';
import type { BusEntry, EventEnvelope } from '../../shared/events/envelope.ts';
import { startDynalite, type DynamoServer } from './helpers/dynamo-servers.ts';
import { useSqliteFiles } from './helpers/sqlite-files.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

let dynamo: DynamoServer;
let clients: DynamoClients;
let tableNo = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
  clients = createDynamoClients({ endpoint: dynamo.endpoint });
});
afterAll(async () => {
  clients?.client.destroy();
  await dynamo?.stop();
});

const sqliteFiles = useSqliteFiles('bus');

type Storage = { queue: DeliveryQueue };

/** A fresh queue and dead letters: DynamoDB tables, or an SQLite database file. */
async function freshStorage(kind: 'dynalite' | 'sqlite'): Promise<Storage> {
  const n = ++tableNo;
  if (kind === 'sqlite') {
    return { queue: new SqliteDeliveryQueue(sqliteFiles.open()) };
  }
  const prefix = `bus${n}-`;
  for (const spec of busTableSpecs(prefix)) await clients.client.send(new CreateTableCommand(spec));
  return { queue: new DynamoDeliveryQueue(clients.doc, `${prefix}bus-deliveries`, `${prefix}bus-dead-letters`) };
}

const buses: LocalEventBus[] = [];
afterAll(() => buses.forEach((b) => b.close()));

const entry = (detailType: string, detail: object = {}, source = 'test.app'): BusEntry => ({
  Source: source,
  DetailType: detailType,
  Detail: JSON.stringify(detail),
});

/** A target that records what it is given. */
function recorder() {
  const got: EventEnvelope[] = [];
  return { got, target: async (e: EventEnvelope) => void got.push(e) };
}

for (const kind of ['sqlite', 'dynalite'] as const) {
  const freshTables = () => freshStorage(kind);
  async function newBus(opts: BusBehaviour = {}): Promise<LocalEventBus> {
    const bus = new LocalEventBus({ ...(await freshTables()), retryBaseMs: 10, ...opts });
    buses.push(bus);
    return bus;
  }

  describe(`LocalEventBus.putEvents (queue on ${kind})`, () => {
    it('throws ValidationException for 0 or more than 10 entries', async () => {
      const bus = await newBus();
      await expect(bus.putEvents([])).rejects.toMatchObject({ name: 'ValidationException' });
      const eleven = Array.from({ length: 11 }, (_, i) => entry('Tick', { i }));
      await expect(bus.putEvents(eleven)).rejects.toMatchObject({ name: 'ValidationException' });
      expect(await bus.pendingCount()).toBe(0);
    });

    it('fails malformed entries one by one and accepts the others', async () => {
      const bus = await newBus();
      const { got, target } = recorder();
      bus.addRule('all', { source: ['test.app'] }, target);
      const result = await bus.putEvents([
        entry('Good', { n: 1 }),
        { Source: 'test.app', DetailType: 'Bad', Detail: '{"n":' },
        { Source: 'test.app', DetailType: 'Bad', Detail: '[1,2]' },
        { Source: '', DetailType: 'Bad', Detail: '{}' },
        entry('Good', { n: 2 }),
      ]);
      expect(result.FailedEntryCount).toBe(3);
      expect(result.Entries).toHaveLength(5);
      expect(result.Entries[0]).toEqual({ EventId: expect.any(String) });
      expect(result.Entries[1]).toEqual({ ErrorCode: 'MalformedDetail', ErrorMessage: expect.any(String) });
      expect(result.Entries[2]).toMatchObject({ ErrorCode: 'MalformedDetail' });
      expect(result.Entries[3]).toMatchObject({ ErrorCode: 'InvalidArgument' });
      expect(result.Entries[4]).toEqual({ EventId: expect.any(String) });
      await bus.idle();
      expect(got.map((e) => e.detail)).toEqual(expect.arrayContaining([{ n: 1 }, { n: 2 }]));
      expect(got).toHaveLength(2);
      expect(got.map((e) => e.id).sort()).toEqual([result.Entries[0]!.EventId, result.Entries[4]!.EventId].sort());
    });

    it('delivers EventBridge envelopes', async () => {
      const bus = await newBus({ account: '123456789012', region: 'eu-west-1' });
      const { got, target } = recorder();
      bus.addRule('all', { source: ['test.app'] }, target);
      const time = new Date('2023-03-03T10:11:12.345Z');
      await bus.putEvents([{ ...entry('Hello', { a: 1 }), Resources: ['arn:x'], Time: time }]);
      await bus.idle();
      expect(got).toEqual([
        {
          version: '0',
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          'detail-type': 'Hello',
          source: 'test.app',
          account: '123456789012',
          time: '2023-03-03T10:11:12Z',
          region: 'eu-west-1',
          resources: ['arn:x'],
          detail: { a: 1 },
        },
      ]);
    });
  });

  describe(`LocalEventBus rules (queue on ${kind})`, () => {
    it('routes each event to the rules whose pattern matches it', async () => {
      const bus = await newBus();
      const withdrawals = recorder();
      const russian = recorder();
      const everything = recorder();
      const other = recorder();
      bus.addRule('withdrawals', { 'detail-type': ['WithdrawalBegun'] }, withdrawals.target);
      bus.addRule('russian', { source: ['sitrep'], detail: { actor: { code: ['RU'] } } }, russian.target);
      bus.addRule('everything', { source: [{ prefix: '' }] }, everything.target);
      bus.addRule('other', { source: ['aws.s3'] }, other.target);
      await bus.putEvents([
        entry('WithdrawalBegun', { actor: { code: 'RU' } }, 'sitrep'),
        entry('WithdrawalBegun', { actor: { code: 'FR' } }, 'sitrep'),
        entry('DeploymentAnnounced', { actor: { code: 'RU' } }, 'sitrep'),
      ]);
      await bus.idle();
      const summary = (r: ReturnType<typeof recorder>) =>
        r.got
          .map((e) => `${e['detail-type']}:${(e.detail as unknown as { actor: { code: string } }).actor.code}`)
          .sort();
      expect(summary(withdrawals)).toEqual(['WithdrawalBegun:FR', 'WithdrawalBegun:RU']);
      expect(summary(russian)).toEqual(['DeploymentAnnounced:RU', 'WithdrawalBegun:RU']);
      expect(summary(everything)).toHaveLength(3);
      expect(other.got).toEqual([]);
    });

    it('refuses an invalid pattern with InvalidEventPatternException', async () => {
      const bus = await newBus();
      expect(() => bus.addRule('bad', { source: 'sitrep' }, async () => undefined)).toThrow(
        expect.objectContaining({ name: 'InvalidEventPatternException' }),
      );
      expect(() => bus.addRule('empty', { source: [] }, async () => undefined)).toThrow(/Event pattern is not valid/);
    });

    it('retries a failing target with back-off until it succeeds', async () => {
      const bus = await newBus({ retryBaseMs: 20, maxAttempts: 5 });
      const calls: number[] = [];
      bus.addRule('flaky', { source: ['test.app'] }, async () => {
        calls.push(Date.now());
        if (calls.length <= 2) throw new Error(`failure ${calls.length}`);
      });
      await bus.putEvents([entry('Tick')]);
      await bus.idle();
      expect(calls).toHaveLength(3);
      // Back-off: 20 ms before the 2nd attempt, 40 ms before the 3rd.
      expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(15);
      expect(calls[2]! - calls[1]!).toBeGreaterThanOrEqual(35);
      expect(await bus.pendingCount()).toBe(0);
      expect(await bus.deadLetters()).toEqual([]);
    });

    it('records an event whose target keeps failing as a dead letter after maxAttempts', async () => {
      const dead: Array<[string, string, string]> = [];
      const bus = await newBus({
        maxAttempts: 3,
        onDeadLetter: (rule, event, error) => dead.push([rule, event['detail-type'], error]),
      });
      let calls = 0;
      const healthy = recorder();
      bus.addRule('broken', { source: ['test.app'] }, async () => {
        calls++;
        throw new Error('target unavailable\nsecond line');
      });
      bus.addRule('healthy', { source: ['test.app'] }, healthy.target);
      const { Entries } = await bus.putEvents([entry('Tick', { n: 1 })]);
      await bus.idle();
      expect(calls).toBe(3);
      expect(healthy.got).toHaveLength(1);
      const letters = await bus.deadLetters();
      expect(letters).toEqual([
        {
          rule: 'broken',
          event: expect.objectContaining({ id: Entries[0]!.EventId, 'detail-type': 'Tick', detail: { n: 1 } }),
          error: 'target unavailable',
          attempts: 3,
        },
      ]);
      expect(dead).toEqual([['broken', 'Tick', 'target unavailable']]);
      expect(await bus.pendingCount()).toBe(0);
    });

    it('delivers accepted events after a restart (a new bus on the same tables)', async () => {
      const tables = await freshTables();
      const first = new LocalEventBus({ ...tables, retryBaseMs: 10 });
      const lost = recorder();
      first.addRule('durable', { source: ['test.app'] }, lost.target);
      // A closed bus still accepts (writes the queue) but delivers nothing: as if the process died right after.
      first.close();
      const { Entries } = await first.putEvents([entry('Tick', { n: 1 }), entry('Tick', { n: 2 })]);
      expect(await first.pendingCount()).toBe(2);
      expect(lost.got).toEqual([]);

      const second = new LocalEventBus({ ...tables, retryBaseMs: 10 });
      buses.push(second);
      const found = recorder();
      second.addRule('durable', { source: ['test.app'] }, found.target);
      await second.idle();
      expect(found.got.map((e) => e.id).sort()).toEqual(Entries.map((e) => e.EventId).sort());
      expect(await second.pendingCount()).toBe(0);
    });

    it('gives events to non-durable rules at once, without queue items', async () => {
      const bus = await newBus();
      const live = recorder();
      bus.addRule('live', { 'detail-type': ['Tick'] }, live.target, { durable: false });
      bus.addRule('failing-live', { 'detail-type': ['Tick'] }, async () => Promise.reject(new Error('gone')), {
        durable: false,
      });
      await bus.putEvents([entry('Tick', { n: 1 })]);
      expect(await bus.pendingCount()).toBe(0);
      expect(live.got.map((e) => e.detail)).toEqual([{ n: 1 }]);
      expect(await bus.deadLetters()).toEqual([]);

      bus.removeRule('live');
      await bus.putEvents([entry('Tick', { n: 2 })]);
      expect(live.got).toHaveLength(1);
    });

    it('retries only the events a batch target reports failed (partial batch failure)', async () => {
      const bus = await newBus({ maxAttempts: 2 });
      const calls: number[][] = [];
      bus.addBatchRule(
        'half',
        { source: ['test.app'] },
        async (events) => {
          calls.push(events.map((e) => (e.detail as unknown as { n: number }).n).sort());
          return events
            .filter((e) => (e.detail as unknown as { n: number }).n % 2 === 1)
            .map((e) => ({ id: e.id, error: 'odd' }));
        },
        { batchSize: 10 },
      );
      await bus.putEvents([1, 2, 3, 4].map((n) => entry('Tick', { n })));
      await bus.idle();
      // The first call had all four; retries (one call or several, as they fall due) had only the odd ones.
      expect(calls[0]).toEqual([1, 2, 3, 4]);
      expect(calls.slice(1).flat().sort()).toEqual([1, 3]);
      const dead = await bus.deadLetters();
      expect(dead.map((d) => [(d.event!.detail as unknown as { n: number }).n, d.error, d.attempts]).sort()).toEqual([
        [1, 'odd', 2],
        [3, 'odd', 2],
      ]);
      expect(await bus.pendingCount()).toBe(0);
    });
  });
}
