/**
 * Lambda entry: S3 object events (EventBridge → SQS) → event store. `handler(event: SQSEvent)` returns an
 * SQSBatchResponse (partial batch failures). Env: EVENTS_TABLE, optional MAX_ARTICLE_BYTES and
 * MAX_EVENTS_PER_ARTICLE. See lib/ingest.ts.
 * Everything below runs once per cold start; the handler reuses it.
 */
import { DynamoEventStore } from '../shared/adapters/aws/event-store.ts';
import { createS3Client, S3ObjectStore } from '../shared/adapters/aws/object-store.ts';
import { dynamoClients, s3ClientOptions } from './lib/aws.ts';
import { ingestConfig } from './lib/config.ts';
import { createIngestHandler } from './lib/ingest.ts';
import { observability } from './lib/observability.ts';

const config = ingestConfig();

export const handler = createIngestHandler({
  objects: new S3ObjectStore(createS3Client(s3ClientOptions())),
  store: new DynamoEventStore({ doc: dynamoClients().doc, tableName: config.eventsTable }),
  ...(config.maxBytes !== undefined ? { maxBytes: config.maxBytes } : {}),
  ...(config.maxEventsPerArticle !== undefined ? { maxEventsPerArticle: config.maxEventsPerArticle } : {}),
  ...observability('ingest'),
});
