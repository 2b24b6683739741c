import type { DomainEvent } from '../events/contracts.ts';
import { isEntityEvent, type EntityEvent } from '../event-types/models.ts';
import { earliest } from './dates.ts';
import type { Facts } from './facts.ts';
import { visibleEvents } from './facts.ts';
import { entityKey } from './keys.ts';
import type { EntityRow } from './rows.ts';
import { representative, sourcesOf } from './sources.ts';

const isDissolution = isEntityEvent;

/** The row of one dissolved entity from its visible events; undefined when it has none. */
export function projectEntity(key: string, visible: readonly DomainEvent[]): EntityRow | undefined {
  const events = visible.filter(isDissolution).filter((e) => entityKey(e.entity) === key);
  if (events.length === 0) return undefined;
  const kinds = events.flatMap((e) => (e.entity.kind ? [e.entity.kind] : []));
  return {
    key,
    name: representative(events.map((e) => e.entity.name)),
    kind: kinds.length > 0 ? representative(kinds) : null,
    status: 'dissolved',
    decidedOn: earliest(events.map((e) => e.decidedOn)),
    effectiveOn: earliest(events.map((e) => e.effectiveOn)),
    occurredOn: earliest(events.map((e) => e.occurredOn)),
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
