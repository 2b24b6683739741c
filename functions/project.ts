/**
 * Lambda entry: an EventBridge rule (source `sitrep`) → read models. `handler(event: EventBridgeEvent)` throws on
 * failure (retried, then dead-lettered). Env: READ_MODEL_TABLES. See lib/project.ts.
 * Everything below runs once per cold start; the handler reuses it.
 */
import { DynamoReadModelStore } from '../shared/adapters/aws/read-model-store.ts';
import { dynamoClients } from './lib/aws.ts';
import { projectConfig } from './lib/config.ts';
import { observability } from './lib/observability.ts';
import { createProjectHandler } from './lib/project.ts';

const config = projectConfig();

export const handler = createProjectHandler({
  readModels: new DynamoReadModelStore(dynamoClients().doc, { tables: config.tables }),
  ...observability('project'),
});
