/**
 * Lambda entry: scheduled outbox sweep (commits older than 5 minutes) → EventBridge. `handler()` returns
 * `{ published }` (events). Env: EVENTS_TABLE, EVENT_BUS_NAME. See lib/drain.ts.
 * Everything below runs once per cold start; the handler reuses it.
 */
import { EventBridgeBus } from '../shared/adapters/aws/event-bus.ts';
import { DynamoEventStore } from '../shared/adapters/aws/event-store.ts';
import { dynamoClients } from './lib/aws.ts';
import { DRAIN_MAX_COMMITS, DRAIN_MIN_AGE_MS, publishConfig } from './lib/config.ts';
import { createDrainHandler } from './lib/drain.ts';
import { observability } from './lib/observability.ts';

const config = publishConfig();

export const handler = createDrainHandler({
  store: new DynamoEventStore({ doc: dynamoClients().doc, tableName: config.eventsTable }),
  bus: new EventBridgeBus({ eventBusName: config.eventBusName }),
  minAgeMs: DRAIN_MIN_AGE_MS,
  maxCommits: DRAIN_MAX_COMMITS,
  ...observability('drain'),
});
