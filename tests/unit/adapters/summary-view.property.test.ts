/**
 * The DynamoDB adapter's way of running the synchronous summaries against an asynchronous store
 * (shared/adapters/aws/summary-view.ts): given any deliveries, when each batch runs against a `SummaryView` over
 * what was fetched so far, every miss is fetched from the stored entries and the run repeated until it misses
 * nothing, and its writes are stored, then the rows are those of the same summaries run directly on a store, and
 * those of the full recompute. And `sortKey` is an order-preserving, prefix-free encoding in printable ASCII.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SummaryReads, SummaryView } from '../../../shared/adapters/aws/summary-view.ts';
import type { LogEvent } from '../../../shared/events/envelope.ts';
import { isPlacement, type PlacementEvent } from '../../../shared/event-types/models.ts';
import {
  applyToFacts,
  emptyFacts,
  isArticleRecord,
  isDomainEvent,
  isVisible,
  projectMissions,
  sortedJson,
  type Facts,
} from '../../../shared/projections/index.ts';
import { theatreKey } from '../../../shared/projections/keys.ts';
import { MissionSummaries, type MemberChange } from '../../../shared/projections/mission-summaries.ts';
import type { MissionRow } from '../../../shared/projections/rows.ts';
import { InMemorySummaryStore, PREFIX_END, sortKey } from '../../../shared/projections/summary-store.ts';
import { deployment, processed, withdrawal } from '../projections/fixtures.ts';
import { deliveriesArb } from '../projections/generators.ts';

const MAX_ROUNDS = 64;

/** One batch through views over `stored`, as TheatreSummaries does over DynamoDB; returns the rows and rounds. */
function applyThroughView(
  stored: InMemorySummaryStore,
  facts: Facts,
  changes: MemberChange[],
): { rows: Map<string, MissionRow | undefined>; rounds: number } {
  const reads = new SummaryReads();
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const view = new SummaryView(reads);
    let rows: Map<string, MissionRow | undefined> | undefined;
    try {
      rows = new MissionSummaries(view, (t) => view.theatre(t)).apply(changes);
    } catch (error) {
      if (!view.missed) throw error;
    }
    if (!view.missed) {
      for (const w of view.writes()) stored.put(w.scope, w.row, w.dim, w.entry);
      return { rows: rows!, rounds: round };
    }
    for (const [id, g] of view.misses.gets) reads.gets.set(id, stored.get(g.row, g.dim, g.sort) ?? null);
    for (const [id, r] of view.misses.ranges) {
      const all = [...stored.range(r.row, r.dim, { prefix: r.prefix, desc: r.desc })];
      reads.ranges.set(id, { entries: all.slice(0, r.want), complete: all.length <= r.want });
    }
    for (const theatre of view.misses.theatres) reads.theatres.set(theatre, visibleOf(facts, theatre));
  }
  throw new Error('too many rounds');
}

function visibleOf(facts: Facts, theatre: string) {
  return [...facts.events.values()]
    .filter((e): e is PlacementEvent => isPlacement(e) && theatreKey(e) === theatre)
    .filter((e) => isVisible(e, facts.articles.get(e.article.key)))
    .map((event) => ({ event, doc: JSON.stringify(event) }));
}

function deliver(batches: LogEvent[][]): { rows: MissionRow[]; maxRounds: number } {
  let facts = emptyFacts;
  const stored = new InMemorySummaryStore();
  const rows = new Map<string, MissionRow>();
  let maxRounds = 0;
  for (const batch of batches) {
    facts = applyToFacts(facts, batch);
    const affected = new Set(batch.filter(isDomainEvent).map((e) => e.id));
    const articles = new Set(batch.filter(isArticleRecord).map((r) => r.article.key));
    for (const e of facts.events.values()) if (articles.has(e.article.key)) affected.add(e.id);
    const changes: MemberChange[] = [...affected].map((id) => {
      const event = facts.events.get(id)!;
      return isPlacement(event) && isVisible(event, facts.articles.get(event.article.key))
        ? { id, event, doc: JSON.stringify(event) }
        : { id, event: undefined, doc: undefined };
    });
    const result = applyThroughView(stored, facts, changes);
    maxRounds = Math.max(maxRounds, result.rounds);
    for (const [key, row] of result.rows) {
      if (row) rows.set(key, row);
      else rows.delete(key);
    }
  }
  return { rows: [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), maxRounds };
}

describe('summaries through a SummaryView (the DynamoDB adapter)', () => {
  it('any deliveries give the rows of the full recompute, byte for byte', () => {
    fc.assert(
      fc.property(deliveriesArb, ({ log, batches }) => {
        const { rows } = deliver(batches);
        expect(sortedJson(rows)).toBe(sortedJson(projectMissions(applyToFacts(emptyFacts, log))));
      }),
      { numRuns: 150 },
    );
  });

  it('a mission past the first page of every range, one article at a time, in a bounded number of rounds', () => {
    const log: LogEvent[] = [];
    for (let a = 0; a < 80; a++) {
      const key = `hot-${String(a).padStart(3, '0')}.txt`;
      const events = [
        deployment(`${key}:d`, {
          articleKey: key,
          location: 'Mali',
          occurredOn: `20${10 + (a % 12)}-0${1 + (a % 9)}-1${a % 10}`,
          personnel: 1000 + (a % 4) * 500,
        }),
        withdrawal(`${key}:w`, { articleKey: key, location: 'Mali', occurredOn: `20${12 + (a % 9)}` }),
      ];
      log.push(...events, processed(key, 1, events));
    }
    const batches = Array.from({ length: 80 }, (_, a) => log.slice(a * 3, a * 3 + 3));
    const { rows, maxRounds } = deliver(batches);
    expect(sortedJson(rows)).toBe(sortedJson(projectMissions(applyToFacts(emptyFacts, log))));
    expect(maxRounds).toBeLessThan(16);
  });
});

describe('sortKey', () => {
  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom('!', '"', '#', '~', '}', '\u007f', ' ', 'a', '0'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    ),
  });
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

  it('orders as the strings, component by component, in printable ASCII below PREFIX_END', () => {
    fc.assert(
      fc.property(text, text, text, text, (a, b, c, d) => {
        expect(cmp(sortKey(a), sortKey(b))).toBe(cmp(a, b));
        const ab = sortKey(a) + sortKey(c);
        const cd = sortKey(b) + sortKey(d);
        expect(cmp(ab, cd)).toBe(cmp(a, b) || cmp(c, d));
        expect(sortKey(a)).toMatch(/^[\u0021-\u007e]+$/);
        expect(sortKey(a) < sortKey(a) + PREFIX_END).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
