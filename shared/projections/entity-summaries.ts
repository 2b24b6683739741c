/**
 * Incremental entity rows, like the mission rows (mission-summaries.ts): each visible dissolution adds its
 * contribution to commutative summaries in a `SummaryStore` (every entry a refcount, so any order and duplication of
 * additions and removals gives the same entries), and a row is composed from bounded reads of them. The result is
 * byte for byte `projectEntity` of all the entity's visible events (entities.ts), which stays the check.
 *
 * Summaries of entity row `e:<key>` (scope the same): `src` (counted) one entry per event in source order →
 * `sources`, `eventCount`; `art`, `pub` (counted) per article, publisher → `sourceCount`, `publisherCount`; `name`,
 * `kind` per distinct value with its count → `name`, `names`, `kind`; `d:<field>` per (date, article) of
 * `decidedOn`, `effectiveOn`, `occurredOn` → the earliest date and the articles stating it. Each member event
 * records its row and body (`em:<id>`).
 */
import type { EntityEvent } from '../event-types/models.ts';
import { entityDates, MAX_DATE_SOURCES, MAX_ENTITY_NAMES, type DatedField } from './entities.ts';
import { entityKey } from './keys.ts';
import { sourceSort } from './mission-summaries.ts';
import { MAX_SOURCES_PER_ROW, type EntityRow, type SourceRef } from './rows.ts';
import { publisherOf, representativeOf, toSource } from './sources.ts';
import { sortKey, type SummaryStore } from './summary-store.ts';

/** A dissolution's wanted state: its visible body (`doc` its stored JSON), or undefined when not visible. */
export type EntityChange = { id: string; event: EntityEvent | undefined; doc: string | undefined };

const SEP = '\u0000';
const COUNT_PREFIX = '#';
const DATE_FIELDS = ['decidedOn', 'effectiveOn', 'occurredOn'] as const;
type DateField = (typeof DATE_FIELDS)[number];

export const entitySummaryRow = (key: string) => `e:${key}`;
const memberRow = (id: string) => `em:${id}`;

export class EntitySummaries {
  readonly #store: SummaryStore;

  constructor(store: SummaryStore) {
    this.#store = store;
  }

  /** Brings the summaries to the changes' wanted state; returns every entity row that may have changed, by key. */
  apply(changes: Iterable<EntityChange>): Map<string, EntityRow | undefined> {
    const touched = new Set<string>();
    for (const { id, event, doc } of changes) {
      const known = this.#store.get(memberRow(id), 'm', '')?.doc ?? undefined;
      const wanted = event && doc !== undefined ? [entityKey(event.entity), doc].join(SEP) : undefined;
      if (known === wanted) continue;
      if (known) {
        const at = known.indexOf(SEP);
        const key = known.slice(0, at);
        this.#contribute(key, JSON.parse(known.slice(at + 1)) as EntityEvent, -1);
        this.#store.put(entitySummaryRow(key), memberRow(id), 'm', { sort: '', n: 0, a: 0, b: 0, doc: null });
        touched.add(key);
      }
      if (event && wanted) {
        const key = entityKey(event.entity);
        this.#contribute(key, event, 1);
        this.#store.put(entitySummaryRow(key), memberRow(id), 'm', { sort: '', n: 1, a: 0, b: 0, doc: wanted });
        touched.add(key);
      }
    }
    return new Map([...touched].map((key) => [key, this.compose(key)]));
  }

  #contribute(key: string, event: EntityEvent, sign: number): void {
    const row = entitySummaryRow(key);
    const source = toSource(event);
    this.#adjust(row, 'src', sourceSort(source), sign, JSON.stringify(source), true);
    this.#adjust(row, 'art', sortKey(event.article.key), sign, null, true);
    const publisher = publisherOf(event.article.url);
    if (publisher) this.#adjust(row, 'pub', sortKey(publisher), sign, null, true);
    this.#adjust(row, 'name', sortKey(event.entity.name), sign, event.entity.name);
    if (event.entity.kind) this.#adjust(row, 'kind', sortKey(event.entity.kind), sign, event.entity.kind);
    for (const field of DATE_FIELDS) {
      const on = event[field];
      if (on)
        this.#adjust(
          row,
          `d:${field}`,
          sortKey(on) + sortKey(event.article.key),
          sign,
          JSON.stringify([on, event.article.key]),
        );
    }
  }

  #adjust(row: string, dim: string, sort: string, sign: number, doc: string | null, counted = false): void {
    const known = this.#store.get(row, dim, sort);
    const before = known?.n ?? 0;
    const after = before + sign;
    this.#store.put(row, row, dim, { sort, n: after, a: 0, b: 0, doc: doc ?? known?.doc ?? null });
    if (counted && before > 0 !== after > 0) this.#adjust(row, COUNT_PREFIX + dim, '', after > 0 ? 1 : -1, null);
  }

  #counter(row: string, dim: string): number {
    return this.#store.get(row, COUNT_PREFIX + dim, '')?.n ?? 0;
  }

  /** The row from its summaries (bounded reads, but for the distinct names and kinds); undefined without events. */
  compose(key: string): EntityRow | undefined {
    const row = entitySummaryRow(key);
    const eventCount = this.#counter(row, 'src');
    if (eventCount === 0) return undefined;
    const s = this.#store;
    const names = [...s.range(row, 'name')].map((e) => ({ value: e.doc!, n: e.n }));
    const kinds = [...s.range(row, 'kind')].map((e) => ({ value: e.doc!, n: e.n }));
    const dated = (field: DateField): DatedField => {
      const firstEntry = [...s.range(row, `d:${field}`, { limit: 1 })][0];
      if (!firstEntry) return { on: null, articleKeys: [] };
      const on = (JSON.parse(firstEntry.doc!) as [string, string])[0];
      const stating = s.range(row, `d:${field}`, { prefix: sortKey(on), limit: MAX_DATE_SOURCES });
      return { on, articleKeys: [...stating].map((e) => (JSON.parse(e.doc!) as [string, string])[1]) };
    };
    const decided = dated('decidedOn');
    const effective = dated('effectiveOn');
    const occurred = dated('occurredOn');
    return {
      key,
      name: representativeOf(names),
      names: names.slice(0, MAX_ENTITY_NAMES).map((n) => n.value),
      kind: kinds.length > 0 ? representativeOf(kinds) : null,
      status: 'dissolved',
      ...entityDates(decided, effective, occurred),
      eventCount,
      sourceCount: this.#counter(row, 'art'),
      publisherCount: this.#counter(row, 'pub'),
      sources: [...s.range(row, 'src', { limit: MAX_SOURCES_PER_ROW })].map((e) => JSON.parse(e.doc!) as SourceRef),
    };
  }
}
