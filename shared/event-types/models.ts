import type { DomainEvent, EventType } from '../events/contracts.ts';
import { deploymentModel } from './deployment-announced/model.ts';
import { dissolutionModel } from './entity-dissolved/model.ts';
import type { EventShape, EventTypeModel, TypedTimelineFields } from './model.ts';
import { withdrawalModel } from './withdrawal-begun/model.ts';

/** How each event type is projected and scored: one entry per type (the compiler names a missing one). */
export const EVENT_TYPE_MODELS: { readonly [T in EventType]: EventTypeModel<T> } = {
  DeploymentAnnounced: deploymentModel,
  WithdrawalBegun: withdrawalModel,
  EntityDissolved: dissolutionModel,
};

export function shapeOf(type: EventType): EventShape {
  return EVENT_TYPE_MODELS[type].shape;
}

/** An event about an actor's forces at a place. */
export type PlacementEvent = Extract<DomainEvent, { actor: unknown; location: unknown }>;
/** An event about a body or state. */
export type EntityEvent = Extract<DomainEvent, { entity: unknown }>;

export function isPlacement(event: DomainEvent): event is PlacementEvent {
  return shapeOf(event.type) === 'placement';
}

export function isEntityEvent(event: DomainEvent): event is EntityEvent {
  return shapeOf(event.type) === 'entity';
}

export function timelineFields(event: DomainEvent): TypedTimelineFields {
  // One registry entry per type; TypeScript cannot pair the entry with the event's own type through the index.
  const model = EVENT_TYPE_MODELS[event.type] as EventTypeModel<EventType>;
  return model.timelineFields(event);
}
