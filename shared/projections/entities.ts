import type { DomainEvent } from '../events/contracts.ts';
import { isEntityEvent, type EntityEvent } from '../event-types/models.ts';
import { earliest } from './dates.ts';
import type { Facts } from './facts.ts';
import { visibleEvents } from './facts.ts';
import { entityKey } from './keys.ts';
import type { EntityRow } from './rows.ts';
import { representative, sourcesOf } from './sources.ts';

const isDissolution = isEntityEvent;

/** Name variants kept per row, and articles kept per date (the first ones, sorted). */
export const MAX_ENTITY_NAMES = 20;
export const MAX_DATE_SOURCES = 10;

/** The earliest of the events' values of one date field, and the articles stating exactly that date. */
function earliestWithSources(
  events: readonly EntityEvent[],
  dateOf: (e: EntityEvent) => string | null | undefined,
): DatedField {
  const on = earliest(events.map(dateOf));
  const stating = on ? new Set(events.filter((e) => dateOf(e) === on).map((e) => e.article.key)) : [];
  return { on, articleKeys: [...stating].sort().slice(0, MAX_DATE_SOURCES) };
}

/** One date field of an entity row: its earliest value and the articles stating exactly that date. */
export interface DatedField {
  on: string | null;
  articleKeys: string[];
}

/** An entity row's dates and the articles behind each, from its three date fields. */
export function entityDates(decided: DatedField, effective: DatedField, occurred: DatedField) {
  return {
    decidedOn: decided.on,
    effectiveOn: effective.on,
    occurredOn: occurred.on,
    dateSources: {
      decidedOn: decided.articleKeys,
      effectiveOn: effective.articleKeys,
      occurredOn: occurred.articleKeys,
    },
  };
}

/** The row of one dissolved entity from its visible events; undefined when it has none. */
export function projectEntity(key: string, visible: readonly DomainEvent[]): EntityRow | undefined {
  const events = visible.filter(isDissolution).filter((e) => entityKey(e.entity) === key);
  if (events.length === 0) return undefined;
  const kinds = events.flatMap((e) => (e.entity.kind ? [e.entity.kind] : []));
  const decided = earliestWithSources(events, (e) => e.decidedOn);
  const effective = earliestWithSources(events, (e) => e.effectiveOn);
  const occurred = earliestWithSources(events, (e) => e.occurredOn);
  return {
    key,
    name: representative(events.map((e) => e.entity.name)),
    names: [...new Set(events.map((e) => e.entity.name))].sort().slice(0, MAX_ENTITY_NAMES),
    kind: kinds.length > 0 ? representative(kinds) : null,
    status: 'dissolved',
    ...entityDates(decided, effective, occurred),
    ...sourcesOf(events),
  };
}

/** All entity rows, by key. */
export function projectEntities(facts: Facts): EntityRow[] {
  const byKey = new Map<string, EntityEvent[]>();
  for (const e of visibleEvents(facts)) {
    if (!isDissolution(e)) continue;
    const key = entityKey(e.entity);
    const group = byKey.get(key);
    if (group) group.push(e);
    else byKey.set(key, [e]);
  }
  return [...byKey.keys()]
    .sort()
    .map((key) => projectEntity(key, byKey.get(key)!))
    .filter((row): row is EntityRow => row !== undefined);
}
