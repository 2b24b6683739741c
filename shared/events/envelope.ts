import type { ArticleRecord } from './article-records.ts';
import type { DomainEvent } from './contracts.ts';

/** Anything appended to the log and published on the bus. */
export type LogEvent = DomainEvent | ArticleRecord;

/** EventBridge `source` of every Sitrep event. */
export const EVENT_SOURCE = 'sitrep';

/** The EventBridge envelope as subscribers and `sitrep tail` see it (`detail-type` = event type, `detail` = event). */
export interface EventEnvelope<T extends LogEvent = LogEvent> {
  version: '0';
  id: string;
  'detail-type': T['type'];
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: T;
}

/** A PutEvents request entry, as the AWS SDK names its fields. */
export interface BusEntry {
  Source: string;
  DetailType: string;
  Detail: string;
  Resources?: string[];
  Time?: Date;
  EventBusName?: string;
}

/** The PutEvents response: one result per entry, in order; failed entries carry an error code. */
export interface PutEventsResult {
  FailedEntryCount: number;
  Entries: Array<{ EventId?: string; ErrorCode?: string; ErrorMessage?: string }>;
}

export function toBusEntry(event: LogEvent, eventBusName?: string): BusEntry {
  return {
    Source: EVENT_SOURCE,
    DetailType: event.type,
    Detail: JSON.stringify(event),
    ...(eventBusName ? { EventBusName: eventBusName } : {}),
  };
}
