/**
 * The DynamoDB adapter's way of running the synchronous summaries against an asynchronous store
 * (shared/adapters/aws/summary-view.ts): given any deliveries, when each batch runs against a `SummaryView` over
 * what was fetched so far, every miss is fetched from the stored entries and the run repeated until it misses
 * nothing, and its writes are stored, then the rows are those of the same summaries run directly on a store, and
 * those of the full recompute. And `sortKey` is an order-preserving, prefix-free encoding in printable ASCII.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SummaryReads,
  SummaryView,
  type Pack,
  type SummaryViewOptions,
} from '../../../shared/adapters/aws/summary-view.ts';
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
import { MissionSummaries, theatreRow, type MemberChange } from '../../../shared/projections/mission-summaries.ts';
import type { MissionRow } from '../../../shared/projections/rows.ts';
import {
  InMemorySummaryStore,
  PREFIX_END,
  sortKey,
  type SummaryEntry,
} from '../../../shared/projections/summary-store.ts';
import { deployment, processed, withdrawal } from '../projections/fixtures.ts';
import { deliveriesArb } from '../projections/generators.ts';

const MAX_ROUNDS = 64;

/** The stored summaries, and the dims each row has (what a row's pack holds). */
type Stored = { entries: InMemorySummaryStore; dims: Map<string, Set<string>> };

/** Rows stored spilled (one item per entry): a fixed pseudo-random half of them, the others packed. */
const spilled = (row: string) => [...row].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 2 === 0;

function packOf(stored: Stored, row: string): Pack {
  if (spilled(row)) return { spilled: true };
  const dims = new Map<string, SummaryEntry[]>();
  for (const dim of stored.dims.get(row) ?? []) {
    const entries = [...stored.entries.range(row, dim)];
    if (entries.length > 0) dims.set(dim, entries);
  }
  return { spilled: false, dims };
}

/** One batch through views over `stored`, as TheatreSummaries does over DynamoDB; returns the rows and rounds. */
function applyThroughView(
  stored: Stored,
  facts: Facts,
  changes: MemberChange[],
  options: SummaryViewOptions,
): { rows: Map<string, MissionRow | undefined>; rounds: number } {
  const reads = new SummaryReads();
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const view = new SummaryView(reads, options);
    let rows: Map<string, MissionRow | undefined> | undefined;
    try {
      rows = new MissionSummaries(view, (t) => view.theatre(t)).apply(changes);
    } catch (error) {
      if (!view.missed) throw error;
    }
    if (!view.missed) {
      // Stored as the adapter stores them: whole packs, or a spilled row's changed entries.
      for (const w of view.rowWrites()) {
        if ('spilled' in w) {
          for (const s of w.spilled) store(stored, s.row, s.dim, s.entry);
          continue;
        }
        for (const dim of stored.dims.get(w.row) ?? []) {
          for (const e of [...stored.entries.range(w.row, dim)]) stored.entries.put('', w.row, dim, { ...e, n: 0 });
        }
        for (const [dim, entries] of w.pack ?? []) for (const e of entries) store(stored, w.row, dim, e);
      }
      return { rows: rows!, rounds: round };
    }
    for (const row of view.misses.packs) reads.packs.set(row, packOf(stored, row));
    for (const [id, g] of view.misses.gets) reads.gets.set(id, stored.entries.get(g.row, g.dim, g.sort) ?? null);
    for (const [id, r] of view.misses.ranges) {
      const all = [...stored.entries.range(r.row, r.dim, { prefix: r.prefix, desc: r.desc })];
      reads.ranges.set(id, { entries: all.slice(0, r.want), complete: all.length <= r.want });
    }
    for (const theatre of view.misses.theatres) reads.theatres.set(theatre, visibleOf(facts, theatre));
  }
  throw new Error('too many rounds');
}

function store(stored: Stored, row: string, dim: string, entry: SummaryEntry): void {
  stored.entries.put('', row, dim, entry);
  const dims = stored.dims.get(row) ?? new Set<string>();
  dims.add(dim);
  stored.dims.set(row, dims);
}

function visibleOf(facts: Facts, theatre: string) {
  return [...facts.events.values()]
    .filter((e): e is PlacementEvent => isPlacement(e) && theatreKey(e) === theatre)
    .filter((e) => isVisible(e, facts.articles.get(e.article.key)))
    .map((event) => ({ event, doc: JSON.stringify(event) }));
}

/** Where the adapter keeps a theatre's scope registry: a dim of its theatre row (summary-items.ts). */
const IN_THEATRE_ROW: SummaryViewOptions = { registry: (theatre) => ({ row: theatreRow(theatre), dim: '@scope' }) };

/** The batches through views; `optionsOf` gives each batch's view options (default: the registry's own row). */
function deliver(
  batches: LogEvent[][],
  optionsOf: (batch: number) => SummaryViewOptions = () => ({}),
): { rows: MissionRow[]; maxRounds: number } {
  let facts = emptyFacts;
  const stored: Stored = { entries: new InMemorySummaryStore(), dims: new Map() };
  const rows = new Map<string, MissionRow>();
  let maxRounds = 0;
  for (const [b, batch] of batches.entries()) {
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
    const result = applyThroughView(stored, facts, changes, optionsOf(b));
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

  it('the same with the registry of each theatre in its theatre row, also after batches kept it in its own row', () => {
    fc.assert(
      fc.property(deliveriesArb, fc.nat(), ({ log, batches }, switchAt) => {
        const expected = sortedJson(projectMissions(applyToFacts(emptyFacts, log)));
        expect(sortedJson(deliver(batches, () => IN_THEATRE_ROW).rows)).toBe(expected);
        // A store whose first batches registered in the registry's own row (the earlier layout): clearScope reads both.
        const at = switchAt % (batches.length + 1);
        expect(sortedJson(deliver(batches, (b) => (b < at ? {} : IN_THEATRE_ROW)).rows)).toBe(expected);
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

describe('SummaryView reads (one huge article: issue 13)', () => {
  const N = 4000;
  const entry = (i: number) => ({ sort: sortKey(String(i).padStart(6, '0')), n: 1, a: 0, b: 0, doc: String(i) });

  /** N puts into one partition, each followed by bounded reads of it, as one article's events do in a batch. */
  function interleaved(reads: SummaryReads): SummaryView {
    const view = new SummaryView(reads);
    for (let i = 0; i < N; i++) {
      view.put('t', 'row', 'dim', entry(N + i));
      const first = [...view.range('row', 'dim', { limit: 1 })][0];
      const last = [...view.range('row', 'dim', { desc: true, limit: 1 })][0];
      const mine = [...view.range('row', 'dim', { prefix: entry(N + i).sort, limit: 1 })][0];
      expect([first?.doc, last?.doc, mine?.doc]).toEqual(['0', String(N + i), String(N + i)]);
    }
    expect(view.missed).toBe(false);
    return view;
  }

  it('a packed row: each range read looks at the entries it yields, not the whole partition', () => {
    const reads = new SummaryReads();
    const stored = Array.from({ length: N }, (_, i) => entry(i));
    reads.packs.set('row', { spilled: false, dims: new Map([['dim', stored]]) });
    reads.packs.set('#scope:t', { spilled: false, dims: new Map() });
    const view = interleaved(reads);
    // Re-merging the partition per read visits ~N entries per read (~1.5 N² here); linear reads visit a few each.
    expect(view.visited).toBeLessThan(10 * N);
  });

  it('a spilled row: the same with fetched ranges', () => {
    const reads = new SummaryReads();
    const stored = Array.from({ length: N }, (_, i) => entry(i));
    reads.packs.set('row', { spilled: true });
    reads.packs.set('#scope:t', { spilled: false, dims: new Map() });
    reads.ranges.set(SummaryReads.rangeId('row', 'dim', '', false), { entries: stored, complete: true });
    reads.ranges.set(SummaryReads.rangeId('row', 'dim', '', true), { entries: [...stored].reverse(), complete: true });
    for (let i = 0; i < N; i++) {
      reads.ranges.set(SummaryReads.rangeId('row', 'dim', entry(N + i).sort, false), { entries: [], complete: true });
    }
    const view = interleaved(reads);
    expect(view.visited).toBeLessThan(10 * N);
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
