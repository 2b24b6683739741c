import { assertNever } from '../assert-never.ts';
import type { DomainEvent, EventType } from '../events/contracts.ts';
import { isEntityEvent, isPlacement, shapeOf } from '../event-types/models.ts';
import { normalizeName } from '../names.ts';

/** A name as keys compare it; a name with no letters or digits keeps its own text so that a key is never empty. */
function nameKey(name: string): string {
  return normalizeName(name) || name;
}

/** The actor part of a mission key: the ISO code when known (upper case), else the normalized name (lower case). */
export function actorKey(actor: { name: string; code?: string }): string {
  return actor.code || nameKey(actor.name);
}

/** One mission per actor and place: `US|iraq`, `nato|kosovo`. */
export function missionKey(actor: { name: string; code?: string }, location: { name: string }): string {
  return `${actorKey(actor)}|${nameKey(location.name)}`;
}

/** One entity row per normalized name: `republic of artsakh`. */
export function entityKey(entity: { name: string }): string {
  return nameKey(entity.name);
}

/** The row a domain event feeds: its mission or its entity. */
export function subjectOf(event: DomainEvent): { model: 'missions' | 'entities'; key: string } {
  const shape = shapeOf(event.type);
  switch (shape) {
    case 'placement':
      if (isPlacement(event)) return { model: 'missions', key: missionKey(event.actor, event.location) };
      break;
    case 'entity':
      if (isEntityEvent(event)) return { model: 'entities', key: entityKey(event.entity) };
      break;
    default:
      return assertNever(shape, 'event shape');
  }
  throw new Error(`${event.type} lacks the fields of its ${shape} shape`);
}

/**
 * The real-world happening an event reports, across articles: type, mission or entity key, and the date at the
 * precision the article knows it (`DeploymentAnnounced|FR|mali|2013-01`, `EntityDissolved|artsakh|2024-01-01`,
 * a trailing `|` when undated). Timeline rows sharing one key corroborate each other.
 */
export function happeningKey(event: DomainEvent): string {
  const type: EventType = event.type;
  return `${type}|${subjectOf(event).key}|${event.occurredOn ?? ''}`;
}
