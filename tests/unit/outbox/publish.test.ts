import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBusEntry, type BusEntry } from '../../../shared/events/envelope.ts';
import {
  backoffDelay,
  entrySize,
  MAX_ENTRY_BYTES,
  OutboxError,
  publishCommits,
  toBatches,
} from '../../../shared/outbox/index.ts';
import { awsError, eventIdOf, FakeBus, makeEvent, recordingSleep } from './fakes.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const noSleep = async () => {};

describe('entrySize (EventBridge PutEvents entry size rule)', () => {
  it('sums UTF-8 bytes of Source, DetailType, Detail and Resources, plus 14 for Time', () => {
    const entry: BusEntry = { Source: 'sitrep', DetailType: 'Déploiement', Detail: '{"a":"✓"}' };
    // 6 + 12 ("é" is 2 bytes) + 11 ("✓" is 3 bytes)
    expect(entrySize(entry)).toBe(6 + 12 + 11);
    expect(entrySize({ ...entry, Time: new Date() })).toBe(6 + 12 + 11 + 14);
    expect(entrySize({ ...entry, Resources: ['arn:x', 'ü'] })).toBe(6 + 12 + 11 + 5 + 2);
    // EventBusName does not count
    expect(entrySize({ ...entry, EventBusName: 'a-long-bus-name' })).toBe(6 + 12 + 11);
  });
});

describe('toBatches', () => {
  it('cuts at 10 entries and at the byte budget, keeping order', () => {
    expect(toBatches(range(25), () => 1).map((b) => b.length)).toEqual([10, 10, 5]);
    expect(toBatches(range(5), () => 100, 250).map((b) => b.length)).toEqual([2, 2, 1]);
    expect(toBatches(range(23), () => 1).flat()).toEqual(range(23));
    expect(toBatches([], () => 1)).toEqual([]);
  });
});

describe('backoffDelay', () => {
  it('is exponential with full jitter, capped', () => {
    const opts = { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5 };
    expect(range(6).map((i) => backoffDelay(i + 1, opts))).toEqual([50, 100, 200, 400, 500, 500]);
    expect(backoffDelay(3, { ...opts, random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { ...opts, random: () => 0.999 })).toBe(399);
  });
});

describe('publishCommits', () => {
  it('sends entries in order, in batches of at most 10, with the bus name', async () => {
    const bus = new FakeBus();
    const events = range(25).map((i) => makeEvent(i));
    const report = await publishCommits(bus, events, { eventBusName: 'sitrep-bus', sleep: noSleep });
    expect(bus.calls.map((c) => c.length)).toEqual([10, 10, 5]);
    expect(bus.delivered).toEqual(events.map((e) => e.id));
    expect(bus.calls.flat().every((e) => e.EventBusName === 'sitrep-bus' && e.Source === 'sitrep')).toBe(true);
    expect(bus.calls[0]![0]).toEqual(toBusEntry(events[0]!, 'sitrep-bus'));
    expect(report).toEqual({ events: 25, calls: 3, retries: 0 });
  });

  it('also cuts a batch when its entries add up to more than 256 KB', async () => {
    const bus = new FakeBus();
    const events = range(5).map((i) => makeEvent(i, 100 * 1024)); // ~100 KB entries
    await publishCommits(bus, events, { sleep: noSleep });
    expect(bus.calls.map((c) => c.length)).toEqual([2, 2, 1]);
    for (const call of bus.calls) {
      expect(call.reduce((n, e) => n + entrySize(e), 0)).toBeLessThanOrEqual(256 * 1024);
    }
  });

  it('retries only the failed entries, with backoff, until accepted', async () => {
    const bus = new FakeBus(({ index }) => {
      if (index === 0) return { fail: [[2, 'ThrottlingException']] }; // batch 1: entry 2
      if (index === 1) return { fail: [[0, 'InternalFailure']] }; // batch 2: entry 10
      if (index === 2) return { fail: [[1, 'InternalFailure']] }; // the retry: entry 10 again
      return undefined;
    });
    const { sleep, delays } = recordingSleep();
    const events = range(12).map((i) => makeEvent(i));
    const report = await publishCommits(bus, events, { sleep, random: () => 0.5, baseDelayMs: 100 });

    expect(bus.calls.map((c) => c.map(eventIdOf))).toEqual([
      events.slice(0, 10).map((e) => e.id),
      events.slice(10).map((e) => e.id),
      [events[2]!.id, events[10]!.id],
      [events[10]!.id],
    ]);
    expect(delays).toEqual([50, 100]);
    expect([...bus.delivered].sort()).toEqual(events.map((e) => e.id).sort());
    expect(report).toEqual({ events: 12, calls: 4, retries: 2 });
  });

  it('retries a whole call that throws (throttled request)', async () => {
    const bus = new FakeBus(({ index }) => (index < 2 ? { throw: awsError('ThrottlingException') } : undefined));
    const { sleep, delays } = recordingSleep();
    const events = range(3).map((i) => makeEvent(i));
    await publishCommits(bus, events, { sleep, random: () => 1, baseDelayMs: 10 });
    expect(bus.calls.length).toBe(3);
    expect(bus.delivered).toEqual(events.map((e) => e.id));
    expect(delays).toEqual([10, 20]);
  });

  it('treats entries without a result as failed (never assumes delivery)', async () => {
    let first = true;
    const bus = {
      calls: [] as BusEntry[][],
      async putEvents(entries: BusEntry[]) {
        this.calls.push(entries);
        if (first) {
          first = false;
          return { FailedEntryCount: 1, Entries: [{ EventId: 'a' }] }; // 2 sent, 1 result
        }
        return { FailedEntryCount: 0, Entries: entries.map((_, i) => ({ EventId: `b${i}` })) };
      },
    };
    const events = range(2).map((i) => makeEvent(i));
    await publishCommits(bus, events, { sleep: noSleep });
    expect(bus.calls.map((c) => c.map(eventIdOf))).toEqual([events.map((e) => e.id), [events[1]!.id]]);
  });

  it('throws PUBLISH_FAILED naming what still failed after maxAttempts', async () => {
    const bus = new FakeBus(({ entries }) => ({
      fail: entries.flatMap((e, i): Array<[number, string]> =>
        eventIdOf(e).endsWith('1') ? [[i, 'InternalFailure']] : [],
      ),
    }));
    const events = range(3).map((i) => makeEvent(i));
    const err = await publishCommits(bus, events, { sleep: noSleep, maxAttempts: 4 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboxError);
    expect((err as OutboxError).code).toBe('PUBLISH_FAILED');
    expect((err as OutboxError).message).toContain(events[1]!.id);
    expect((err as OutboxError).message).toContain('InternalFailure');
    expect((err as OutboxError).failures).toEqual([
      expect.objectContaining({ eventId: events[1]!.id, type: 'DeploymentAnnounced', errorCode: 'InternalFailure' }),
    ]);
    expect(bus.calls.length).toBe(4); // 1 + 3 retries, each with only the failing entry after the first
    expect(bus.calls.slice(1).every((c) => c.length === 1)).toBe(true);
    expect(bus.delivered).toEqual([events[0]!.id, events[2]!.id]);
  });

  it('does not retry permanent entry errors, but still delivers the rest before throwing', async () => {
    const bus = new FakeBus(({ index }) =>
      index === 0
        ? {
            fail: [
              [0, 'MalformedDetail'],
              [1, 'ThrottlingException'],
            ],
          }
        : undefined,
    );
    const events = range(3).map((i) => makeEvent(i));
    const err = await publishCommits(bus, events, { sleep: noSleep }).catch((e: unknown) => e);
    expect((err as OutboxError).code).toBe('PUBLISH_FAILED');
    expect((err as OutboxError).failures.map((f) => f.eventId)).toEqual([events[0]!.id]);
    expect(bus.calls.map((c) => c.map(eventIdOf))).toEqual([events.map((e) => e.id), [events[1]!.id]]);
  });

  it('refuses an oversized entry with ENTRY_TOO_LARGE naming the event, and sends nothing', async () => {
    const bus = new FakeBus();
    const big = makeEvent(7, MAX_ENTRY_BYTES);
    const err = await publishCommits(bus, [makeEvent(1), big], { sleep: noSleep }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboxError);
    expect((err as OutboxError).code).toBe('ENTRY_TOO_LARGE');
    expect((err as OutboxError).message).toContain(big.id);
    expect(bus.calls).toEqual([]);
  });

  it('accepts an entry of exactly 256 KB and refuses one byte more', async () => {
    const base = entrySize(toBusEntry(makeEvent(1)));
    const exact = makeEvent(1, MAX_ENTRY_BYTES - base);
    expect(entrySize(toBusEntry(exact))).toBe(MAX_ENTRY_BYTES);
    await expect(publishCommits(new FakeBus(), [exact], { sleep: noSleep })).resolves.toMatchObject({ events: 1 });
    const over = makeEvent(1, MAX_ENTRY_BYTES - base + 1);
    await expect(publishCommits(new FakeBus(), [over], { sleep: noSleep })).rejects.toMatchObject({
      code: 'ENTRY_TOO_LARGE',
    });
  });

  it('publishes nothing for no events', async () => {
    const bus = new FakeBus();
    await expect(publishCommits(bus, [], {})).resolves.toEqual({ events: 0, calls: 0, retries: 0 });
    expect(bus.calls).toEqual([]);
  });

  it('property: whatever the (eventually succeeding) failure pattern, every event arrives, batches ≤ 10', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 45 }),
        // per event: how many times its entry fails, and with which code
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('ThrottlingException', 'InternalFailure')), {
          minLength: 45,
          maxLength: 45,
        }),
        // which calls throw as a whole (at most 2 of them)
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 2 }),
        async (n, failures, throwingCalls) => {
          const events = range(n).map((i) => makeEvent(i));
          const remaining = new Map(events.map((e, i) => [e.id, failures[i]![0]]));
          const retriedOnlyFailed: string[] = [];
          const failedSoFar = new Set<string>();
          const bus = new FakeBus(({ index, entries }) => {
            for (const e of entries) if (failedSoFar.has(eventIdOf(e))) retriedOnlyFailed.push(eventIdOf(e));
            if (throwingCalls.includes(index)) {
              entries.forEach((e) => failedSoFar.add(eventIdOf(e)));
              return { throw: awsError('ThrottlingException') };
            }
            const fail: Array<[number, string]> = [];
            entries.forEach((e, i) => {
              const id = eventIdOf(e);
              const left = remaining.get(id)!;
              if (left > 0) {
                remaining.set(id, left - 1);
                fail.push([i, failures[events.findIndex((x) => x.id === id)]![1]]);
                failedSoFar.add(id);
              }
            });
            return { fail };
          });
          const { sleep } = recordingSleep();
          // each event fails at most 3 times and at most 2 calls throw: 6 attempts always suffice
          const report = await publishCommits(bus, events, { sleep, maxAttempts: 6 });

          expect(new Set(bus.delivered)).toEqual(new Set(events.map((e) => e.id)));
          expect(bus.delivered.length).toBe(n); // an accepted entry is never re-sent
          expect(bus.calls.every((c) => c.length >= 1 && c.length <= 10)).toBe(true);
          expect(report.events).toBe(n);
          // a retried entry always had failed before
          for (const id of retriedOnlyFailed) expect(failedSoFar.has(id)).toBe(true);
          // no entry is sent more often than it failed, plus the one accepted send
          const sends = new Map<string, number>();
          for (const c of bus.calls) for (const e of c) sends.set(eventIdOf(e), (sends.get(eventIdOf(e)) ?? 0) + 1);
          for (const [id, count] of sends) {
            expect(count).toBe(
              failures[events.findIndex((x) => x.id === id)]![0] + 1 + throwsSeen(bus, throwingCalls, id),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

function throwsSeen(bus: FakeBus, throwingCalls: number[], id: string): number {
  return throwingCalls.filter((c) => bus.calls[c]?.some((e) => eventIdOf(e) === id)).length;
}
