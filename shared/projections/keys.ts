import { assertNever } from '../assert-never.ts';
import type { DomainEvent, EventType } from '../events/contracts.ts';
import { isEntityEvent, isPlacement, shapeOf } from '../event-types/models.ts';
import { gazetteer } from '../extract/gazetteer/index.ts';
import { KEY_SEPARATOR, nameKey } from './name-key.ts';
import { gazetteerEntry, placePath } from './place-hierarchy.ts';

/**
 * The actor part of a mission key: the ISO code when known (upper case), else the normalized name of the
 * organization behind it (a mission's parent: SAMIDRC → `sadc`, MONUSCO → `united nations`).
 */
export function actorKey(actor: { name: string; code?: string }): string {
  return actor.code || nameKey(gazetteer().actorFamily(gazetteerEntry(actor.name)?.name ?? actor.name));
}

type Placed = { actor: { name: string; code?: string }; location: Parameters<typeof placePath>[0] };

/**
 * An actor's theatre: the actor and the state its place lies in (`RU|AZ`), or, for a place of no state, its
 * outermost region (`US|europe`). The missions of one theatre are decided together (see mission-identity.ts).
 */
export function theatreKey(event: Placed): string {
  return `${actorKey(event.actor)}${KEY_SEPARATOR}${placePath(event.location).root.key}`;
}

/** The theatre of a mission key: its first two parts. */
export function theatreOfMission(missionKey: string): string {
  return missionKey.split(KEY_SEPARATOR).slice(0, 2).join(KEY_SEPARATOR);
}

/**
 * The mission of the event's own place: its theatre and, for a place inside the state, the outermost area
 * (`RU|AZ|nagorno karabakh`, `RU|UA|kyiv city`); the theatre itself for a report about the whole state (`RU|AZ`).
 * A state-level report may still join the single area mission of its theatre (see mission-identity.ts).
 */
export function missionKey(event: Placed): string {
  const area = placePath(event.location).chain[0];
  return area ? `${theatreKey(event)}${KEY_SEPARATOR}${area.key}` : theatreKey(event);
}

/** Gazetteer kinds whose canonical name is also the name of a dissolvable entity. */
const ENTITY_KINDS: ReadonlySet<string> = new Set(['state', 'org', 'operation', 'legislature']);
/** Gazetteer kinds that name the territory of a republic. */
const TERRITORY_KINDS: ReadonlySet<string> = new Set(['state', 'place', 'capital']);
const REPUBLIC_OF = /^(?:the\s+)?republic\s+of\s+(?:the\s+)?(.+)$/i;
const X_REPUBLIC = /^(?:the\s+)?(.+?)\s+republic$/i;

/**
 * One entity row per entity across name variants: a name the gazetteer knows as a state, organization, operation
 * or legislature keys by its canonical name (`USSR` → `soviet union`); "Republic of X" and "X Republic" key as
 * `<X> republic` with X's canonical place name (`Republic of Artsakh` = `Nagorno-Karabakh Republic` →
 * `nagorno karabakh republic`); any other name by itself, normalized.
 */
export function entityKey(entity: { name: string }): string {
  const known = gazetteerEntry(entity.name);
  if (known && ENTITY_KINDS.has(known.kind)) return nameKey(known.name);
  const territory = REPUBLIC_OF.exec(entity.name)?.[1] ?? X_REPUBLIC.exec(entity.name)?.[1];
  if (territory) {
    const place = gazetteerEntry(territory);
    return `${nameKey(place && TERRITORY_KINDS.has(place.kind) ? place.name : territory)} republic`;
  }
  return nameKey(entity.name);
}

/** The row group a domain event feeds: its missions' theatre (rows decided together), or its entity's row. */
export function subjectOf(event: DomainEvent): { model: 'missions' | 'entities'; key: string } {
  const shape = shapeOf(event.type);
  switch (shape) {
    case 'placement':
      if (isPlacement(event)) return { model: 'missions', key: theatreKey(event) };
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
 * precision the article knows it (`DeploymentAnnounced|FR|ML|2013-01`, `EntityDissolved|artsakh|2024-01-01`,
 * a trailing `|` when undated). Timeline rows sharing one key corroborate each other.
 */
export function happeningKey(event: DomainEvent): string {
  const type: EventType = event.type;
  const subject = isPlacement(event) ? missionKey(event) : subjectOf(event).key;
  return `${type}|${subject}|${event.occurredOn ?? ''}`;
}
