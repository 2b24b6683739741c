/**
 * Incremental entity rows (shared/projections/entity-summaries.ts) against the full recompute (`projectEntities`):
 * given any permutation, duplication and batching of a log, when each batch's changed events are applied to the
 * summaries, then the rows they give are byte for byte the rows projected from all the facts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../shared/events/envelope.ts';
import { isEntityEvent } from '../../../shared/event-types/models.ts';
import {
  applyToFacts,
  emptyFacts,
  isArticleRecord,
  isDomainEvent,
  isVisible,
  projectEntities,
  sortedJson,
} from '../../../shared/projections/index.ts';
import { EntitySummaries, type EntityChange } from '../../../shared/projections/entity-summaries.ts';
import type { EntityRow } from '../../../shared/projections/rows.ts';
import { InMemorySummaryStore } from '../../../shared/projections/summary-store.ts';
import { dissolution, processed } from './fixtures.ts';
import { deliveriesArb } from './generators.ts';

function deliver(batches: LogEvent[][]): EntityRow[] {
  let facts = emptyFacts;
  const rows = new Map<string, EntityRow>();
  const summaries = new EntitySummaries(new InMemorySummaryStore());
  for (const batch of batches) {
    facts = applyToFacts(facts, batch);
    const affected = new Set(batch.filter(isDomainEvent).map((e) => e.id));
    const articles = new Set(batch.filter(isArticleRecord).map((r) => r.article.key));
    for (const e of facts.events.values()) if (articles.has(e.article.key)) affected.add(e.id);
    const changes: EntityChange[] = [...affected].map((id) => {
      const event = facts.events.get(id)!;
      return isEntityEvent(event) && isVisible(event, facts.articles.get(event.article.key))
        ? { id, event, doc: JSON.stringify(event) }
        : { id, event: undefined, doc: undefined };
    });
    for (const [key, row] of summaries.apply(changes)) {
      if (row) rows.set(key, row);
      else rows.delete(key);
    }
  }
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

describe('incremental entity rows', () => {
  it('any deliveries give the rows of the full recompute, byte for byte', () => {
    fc.assert(
      fc.property(deliveriesArb, ({ log, batches }) => {
        expect(sortedJson(deliver(batches))).toBe(sortedJson(projectEntities(applyToFacts(emptyFacts, log))));
      }),
      { numRuns: 400 },
    );
  });

  it('an entity of many articles and name variants, past the caps of its row', () => {
    const log: LogEvent[] = [];
    for (let a = 0; a < 60; a++) {
      const key = `e-${String(a).padStart(2, '0')}.txt`;
      const events = [
        dissolution(`${key}:x`, {
          articleKey: key,
          entity: a % 2 ? 'Warsaw Pact' : 'the Warsaw Pact',
          occurredOn: `19${91 - (a % 3)}`,
        }),
      ];
      log.push(...events, processed(key, 1, events));
    }
    const batches = Array.from({ length: 30 }, (_, i) => log.slice(i * 4, i * 4 + 4));
    expect(sortedJson(deliver(batches))).toBe(sortedJson(projectEntities(applyToFacts(emptyFacts, log))));
  });
});
