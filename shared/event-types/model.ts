import type { EventOf, EventType } from '../events/contracts.ts';
import type { TimelineRow } from '../projections/rows.ts';

/**
 * What an event is about, which decides the read model it feeds and how the scorer matches it:
 * - `placement`: an actor's forces at a place (`actor`, `location`) → a mission row, matched on actor and place;
 * - `entity`: a body or state (`entity`) → an entity row, matched on the entity's name.
 */
export type EventShape = 'placement' | 'entity';

/** The timeline fields that depend on the type. */
export type TypedTimelineFields = Pick<
  TimelineRow,
  'actor' | 'location' | 'entity' | 'decidedOn' | 'effectiveOn' | 'personnel'
>;

/** How one event type is read after extraction: projections and scoring. One per type, registered in models.ts. */
export interface EventTypeModel<T extends EventType> {
  type: T;
  shape: EventShape;
  timelineFields(event: EventOf<T>): TypedTimelineFields;
}
