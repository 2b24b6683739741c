import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyToFacts,
  emptyFacts,
  InMemoryReadModelStore,
  projectAll,
  READ_MODELS,
  sortedJson,
} from '../../../shared/projections/index.ts';
import { deliveriesArb } from './generators.ts';

describe('rebuild equivalence', () => {
  it('any permutation, duplication and batching of deliveries gives the rows of the log applied once in order', () => {
    fc.assert(
      fc.property(deliveriesArb, ({ log, batches }) => {
        const rebuilt = sortedJson(projectAll(applyToFacts(emptyFacts, log)));
        const delivered = batches.reduce((facts, batch) => applyToFacts(facts, batch), emptyFacts);
        expect(sortedJson(projectAll(delivered))).toBe(rebuilt);
      }),
      { numRuns: 300 },
    );
  });

  it('the in-memory store answers the same after any deliveries', async () => {
    await fc.assert(
      fc.asyncProperty(deliveriesArb, async ({ log, batches }) => {
        const once = new InMemoryReadModelStore();
        await once.apply(log);
        const delivered = new InMemoryReadModelStore();
        for (const batch of batches) await delivered.apply(batch);
        for (const model of READ_MODELS) {
          expect(sortedJson(await delivered.query(model))).toBe(sortedJson(await once.query(model)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('rows are well formed: no undefined, unique keys, counts match', () => {
    fc.assert(
      fc.property(deliveriesArb, ({ log }) => {
        const rows = projectAll(applyToFacts(emptyFacts, log));
        expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
        for (const model of ['missions', 'entities', 'articles'] as const) {
          const keys = rows[model].map((r) => r.key);
          expect(new Set(keys).size).toBe(keys.length);
        }
        const visible = rows.timeline.length;
        const inMissions = rows.missions.reduce((n, m) => n + m.eventCount, 0);
        const inEntities = rows.entities.reduce((n, e) => n + e.eventCount, 0);
        expect(inMissions + inEntities).toBe(visible);
      }),
      { numRuns: 200 },
    );
  });
});
