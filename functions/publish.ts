/**
 * Lambda entry: the event store's DynamoDB Stream (NEW_IMAGE) → EventBridge. `handler(event: DynamoDBStreamEvent)`
 * returns a DynamoDBBatchResponse naming the first unpublished record. Env: EVENTS_TABLE, EVENT_BUS_NAME.
 * See lib/publish.ts. Everything below runs once per cold start; the handler reuses it.
 */
import { EventBridgeBus } from '../shared/adapters/aws/event-bus.ts';
import { DynamoEventStore } from '../shared/adapters/aws/event-store.ts';
import { dynamoClients } from './lib/aws.ts';
import { publishConfig } from './lib/config.ts';
import { observability } from './lib/observability.ts';
import { createPublishHandler } from './lib/publish.ts';

const config = publishConfig();

export const handler = createPublishHandler({
  bus: new EventBridgeBus({ eventBusName: config.eventBusName }),
  store: new DynamoEventStore({ doc: dynamoClients().doc, tableName: config.eventsTable }),
  ...observability('publish'),
});
