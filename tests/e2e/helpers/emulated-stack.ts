/**
 * A deployed stack's tables on dynalite, its bucket on s3rver, and the `cdk deploy --outputs-file` file that names them: what the
 * `--stack` commands need, reached through `AWS_ENDPOINT_URL_DYNAMODB` and `AWS_ENDPOINT_URL_S3`.
 */
import { writeFile } from 'node:fs/promises';
import { createDynamoClients, type DynamoClients } from '../../../shared/adapters/aws/dynamo-client.ts';
import { ensureEventStoreTable } from '../../../shared/adapters/aws/event-store.ts';
import { createReadModelTables, readModelTables } from '../../../shared/adapters/aws/read-model-tables.ts';
import { startDynalite, type DynamoServer } from '../../integration/helpers/dynamo-servers.ts';
import { startS3rver, type StartedS3rver } from '../../integration/helpers/s3-server.ts';
import { CHILD_ENV } from './cli.ts';

export interface EmulatedStack {
  server: DynamoServer;
  s3: StartedS3rver;
  bucket: string;
  clients: DynamoClients;
  eventStoreTable: string;
  /** CHILD_ENV with the DynamoDB and S3 endpoint overrides. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Starts dynalite and s3rver, creates the stack's tables (`<stack>-events`, `<stack>-missions`, …) and articles
 * bucket, and writes `outputsFile` naming them.
 */
export async function startEmulatedStack(
  stack: string,
  outputsFile: string,
  bucket = `${stack.toLowerCase()}-articles`,
): Promise<EmulatedStack> {
  const server = await startDynalite();
  const s3 = await startS3rver({ bucket });
  const clients = createDynamoClients({ endpoint: server.endpoint });
  const prefix = `${stack}-`;
  const eventStoreTable = `${prefix}events`;
  await ensureEventStoreTable(clients.client, eventStoreTable);
  await createReadModelTables(clients.client, prefix);
  const tables = readModelTables(prefix);
  const outputs = {
    ArticlesBucketName: bucket,
    EventStoreTableName: eventStoreTable,
    FactsTableName: tables.facts,
    MissionsTableName: tables.missions,
    EntitiesTableName: tables.entities,
    TimelineTableName: tables.timeline,
    ArticlesTableName: tables.articles,
  };
  await writeFile(outputsFile, JSON.stringify({ [stack]: outputs }));
  return {
    server,
    s3,
    bucket,
    clients,
    eventStoreTable,
    env: { ...CHILD_ENV, AWS_ENDPOINT_URL_DYNAMODB: server.endpoint, AWS_ENDPOINT_URL_S3: s3.endpoint },
    stop: async () => {
      clients.client.destroy();
      await server.stop();
      await s3.stop();
    },
  };
}
