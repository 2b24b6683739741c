/**
 * Incremental mission rows (shared/projections/mission-summaries.ts) against the full recompute (`projectMissions`):
 * given any permutation, duplication and batching of a log (retractions, deletions, failures, rival records and
 * out-of-record events included), when each batch's changed events are applied to the summaries, then the rows
 * they give are byte for byte the rows projected from all the facts. And the status derived from each stage's
 * latest date equals the status folded over every event.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
import { foldStatus, stageExtremes, statusFromExtremes } from '../../../shared/projections/lifecycle.ts';
import { MissionSummaries, type MemberChange } from '../../../shared/projections/mission-summaries.ts';
import type { MissionRow } from '../../../shared/projections/rows.ts';
import { InMemorySummaryStore } from '../../../shared/projections/summary-store.ts';
import { theatreKey } from '../../../shared/projections/keys.ts';
import { deleted, deployment, processed, withdrawal } from './fixtures.ts';
import { deliveriesArb, logArb } from './generators.ts';

const DATES = ['2020-01-01', '2020-01-02', '2020-01-20', '2020-02', '2021', null];

/**
 * Many articles about one mission (and its state): enough to pass every cap of a row (sources, history, figures,
 * conflicts and their values and sources); some articles are re-uploaded with other events or deleted afterwards.
 */
function bigMissionLog(articles: number, seed: number): LogEvent[] {
  const log: LogEvent[] = [];
  for (let a = 0; a < articles; a++) {
    const key = `hot-${a}.txt`;
    const pick = (n: number) => (a * 7919 + seed * 104729 + n * 31) % 9973;
    const version = (revision: number) =>
      [0, 1].map((j) => {
        const p = (n: number) => pick(n + revision * 17);
        const on = j === 0 ? `20${10 + (p(j) % 12)}-0${1 + (p(j) % 9)}-1${p(j) % 10}` : DATES[p(j) % DATES.length]!;
        const place =
          p(j + 2) % 5 === 0 ? { name: 'Azerbaijan', code: 'AZ', precision: 'country' as const } : 'Nagorno-Karabakh';
        const common = {
          articleKey: key,
          occurredOn: on,
          published: '2024-01-01',
          url: `https://p${a % 13}.example/x`,
        };
        const seedOf = `${key}:${revision}:${j}`;
        return p(j + 3) % 4 === 0
          ? withdrawal(seedOf, { ...common, location: place, evidence: j ? 'The last soldiers left.' : undefined })
          : deployment(seedOf, { ...common, location: place, personnel: 1000 + (p(j + 4) % 4) * 500 });
      });
    const events = version(1);
    log.push(...events, processed(key, 1, events));
    if (pick(9) % 5 === 0) {
      const again = version(2);
      log.push(...again, processed(key, 2, again));
    } else if (pick(9) % 7 === 0) {
      log.push(deleted(key, 2));
    }
  }
  return log;
}

/** What a store does per batch: merge the facts, then hand every affected event's wanted state to the summaries. */
function deliver(batches: LogEvent[][]): { facts: Facts; rows: MissionRow[] } {
  let facts = emptyFacts;
  const rows = new Map<string, MissionRow>();
  const summaries = new MissionSummaries(new InMemorySummaryStore(), (theatre) =>
    [...facts.events.values()]
      .filter((e): e is PlacementEvent => isPlacement(e) && theatreKey(e) === theatre)
      .filter((e) => isVisible(e, facts.articles.get(e.article.key)))
      .map((event) => ({ event, doc: JSON.stringify(event) })),
  );
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
    for (const [key, row] of summaries.apply(changes)) {
      if (row) rows.set(key, row);
      else rows.delete(key);
    }
  }
  return { facts, rows: [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}

describe('incremental mission rows', () => {
  it('any deliveries give the rows of the full recompute, byte for byte', () => {
    fc.assert(
      fc.property(deliveriesArb, ({ log, batches }) => {
        const { rows } = deliver(batches);
        expect(sortedJson(rows)).toBe(sortedJson(projectMissions(applyToFacts(emptyFacts, log))));
      }),
      { numRuns: 400 },
    );
  });

  it('a mission of many articles, past every cap of its row, in shuffled batches', () => {
    // The generated mission does reach every cap: sources, history, figures, conflicts, values' sources.
    const sample = projectMissions(applyToFacts(emptyFacts, bigMissionLog(160, 0)));
    expect(sample.some((m) => m.historyCount > 100 && m.eventCount > 50 && m.figureCount > 50)).toBe(true);
    expect(sample.some((m) => m.conflicts.length === 10)).toBe(true);
    expect(sample.flatMap((m) => m.conflicts).some((c) => c.values.some((v) => v.articleKeys.length === 3))).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 40 }), (seed, size) => {
        const log = bigMissionLog(160, seed);
        const shuffled = log
          .map((e, i) => ({ e, k: (i * 2654435761 + seed) % 4294967296 }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.e);
        const batches = Array.from({ length: Math.ceil(shuffled.length / size) }, (_, i) =>
          shuffled.slice(i * size, (i + 1) * size),
        );
        const expected = projectMissions(applyToFacts(emptyFacts, log));
        expect(sortedJson(deliver(batches).rows)).toBe(sortedJson(expected));
      }),
      { numRuns: 15 },
    );
  });

  it('one event at a time, in log order, gives the same rows as the whole log at once', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const { rows } = deliver(log.map((e) => [e]));
        expect(sortedJson(rows)).toBe(sortedJson(deliver([log]).rows));
      }),
      { numRuns: 200 },
    );
  });

  it('the status from each stage latest date is the status folded over all events', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const events = log.filter(isDomainEvent).filter(isPlacement);
        const latest = events.reduce<string | null>((max, e) => {
          const on = e.occurredOn ?? e.article.published ?? null;
          return on !== null && (max === null || on > max) ? on : max;
        }, null);
        expect(statusFromExtremes(stageExtremes(events))).toBe(foldStatus(events, latest));
      }),
      { numRuns: 500 },
    );
  });
});
