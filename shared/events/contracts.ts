import * as z from 'zod';
import { DeploymentAnnounced } from '../event-types/deployment-announced/contract.ts';
import { EntityDissolved } from '../event-types/entity-dissolved/contract.ts';
import { WithdrawalBegun } from '../event-types/withdrawal-begun/contract.ts';

export { SCHEMA_VERSION, PartialDate, NamedPlace, Actor, Location, Evidence, ArticleRef } from './fields.ts';
export { DeploymentAnnounced, WithdrawalBegun, EntityDissolved };

/**
 * The contract of every event type, by type: the one list a new type is added to (its folder under
 * shared/event-types/ holds the rest). Order is the order of EVENT_TYPES.
 */
export const EVENT_SCHEMAS = { DeploymentAnnounced, WithdrawalBegun, EntityDissolved } as const;

export type EventType = keyof typeof EVENT_SCHEMAS;
export const EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as EventType[];

export const DomainEvent = z.discriminatedUnion('type', [DeploymentAnnounced, WithdrawalBegun, EntityDissolved]);
export type DomainEvent = z.infer<typeof DomainEvent>;
/** The event of one type. */
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;
