/**
 * Lambda entry: the project queue (the target of the EventBridge rule for source `sitrep`) → read models, in SQS
 * batches with partial batch responses (failed records are redelivered, then dead-lettered). Env: READ_MODEL_TABLES.
 * See lib/project.ts.
 * Everything below runs once per cold start; the handler reuses it.
 */
import { DynamoReadModelStore } from '../shared/adapters/aws/read-model-store.ts';
import { dynamoClients } from './lib/aws.ts';
import { projectConfig } from './lib/config.ts';
import { observability } from './lib/observability.ts';
import { createProjectQueueHandler } from './lib/project.ts';

const config = projectConfig();

export const handler = createProjectQueueHandler({
  readModels: new DynamoReadModelStore(dynamoClients().doc, { tables: config.tables }),
  ...observability('project'),
});
