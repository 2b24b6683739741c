/**
 * A deployed stack's tables on dynalite, and the `cdk deploy --outputs-file` file that names them: what the
 * `--stack` commands need, reached through `AWS_ENDPOINT_URL_DYNAMODB`.
 */
import { writeFile } from 'node:fs/promises';
import { createDynamoClients, type DynamoClients } from '../../../shared/adapters/aws/dynamo-client.ts';
import { ensureEventStoreTable } from '../../../shared/adapters/aws/event-store.ts';
import { createReadModelTables, readModelTables } from '../../../shared/adapters/aws/read-model-tables.ts';
import { startDynalite, type DynamoServer } from '../../integration/helpers/dynamo-servers.ts';
import { CHILD_ENV } from './cli.ts';

export interface EmulatedStack {
  server: DynamoServer;
  clients: DynamoClients;
  eventStoreTable: string;
  /** CHILD_ENV with the DynamoDB endpoint override. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** Starts dynalite, creates the stack's tables (`<stack>-events`, `<stack>-missions`, …), writes `outputsFile`. */
export async function startEmulatedStack(stack: string, outputsFile: string): Promise<EmulatedStack> {
  const server = await startDynalite();
  const clients = createDynamoClients({ endpoint: server.endpoint });
  const prefix = `${stack}-`;
  const eventStoreTable = `${prefix}events`;
  await ensureEventStoreTable(clients.client, eventStoreTable);
  await createReadModelTables(clients.client, prefix);
  const tables = readModelTables(prefix);
  const outputs = {
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
    clients,
    eventStoreTable,
    env: { ...CHILD_ENV, AWS_ENDPOINT_URL_DYNAMODB: server.endpoint },
    stop: async () => {
      clients.client.destroy();
      await server.stop();
    },
  };
}
