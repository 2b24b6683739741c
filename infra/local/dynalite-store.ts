/**
 * The embedded store on the `dynalite` engine (a data directory made before SQLite was the default): dynalite
 * persisting to LevelDB, reached through the production DynamoDB adapters over loopback HTTP, exactly as on AWS. Its
 * own module, so that the SQLite default never loads the SDK's DynamoDB client.
 */
import { mkdir } from 'node:fs/promises';
import { CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import { busTableSpecs, DynamoDeliveryQueue } from '../../shared/adapters/aws/delivery-queue.ts';
import { DynamoEventStore, ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import { createReadModelTables } from '../../shared/adapters/aws/read-model-tables.ts';
import { DynamoReadModelStore } from '../../shared/adapters/aws/read-model-store.ts';
import {
  TABLE_PREFIX,
  type EmbeddedStore,
  type EmbeddedStoreOptions,
  type StoreCallListener,
} from './embedded-store.ts';
import { startDynalite } from './servers.ts';

export async function openDynaliteStore(folder: string, opts: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  if (!opts.dynamoEndpoint) await mkdir(folder, { recursive: true });
  const dynamo = opts.dynamoEndpoint
    ? { endpoint: opts.dynamoEndpoint, close: async () => undefined }
    : await startDynalite(folder, opts.dynamoPort ?? 0, opts.host);
  const { client, doc } = createDynamoClients({ endpoint: dynamo.endpoint });
  try {
    if (opts.onCall) countCalls(client, opts.onCall);
    await ensureEventStoreTable(client, `${TABLE_PREFIX}events`);
    await createReadModelTables(client, TABLE_PREFIX);
    for (const spec of busTableSpecs(TABLE_PREFIX)) {
      await client.send(new CreateTableCommand(spec)).catch((err: Error) => {
        if (err.name !== 'ResourceInUseException') throw err;
      });
    }
  } catch (err) {
    client.destroy();
    await dynamo.close();
    throw err;
  }
  return {
    engine: 'dynalite',
    store: new DynamoEventStore({ doc, tableName: `${TABLE_PREFIX}events` }),
    // One process writes a data directory (its lock): a pending summary commit not in flight here was abandoned.
    readModels: new DynamoReadModelStore(doc, { tablePrefix: TABLE_PREFIX, summaryLeaseMs: 0 }),
    busStorage: {
      queue: new DynamoDeliveryQueue(doc, `${TABLE_PREFIX}bus-deliveries`, `${TABLE_PREFIX}bus-dead-letters`),
    },
    dynamoEndpoint: dynamo.endpoint,
    close: async () => {
      client.destroy();
      await dynamo.close();
    },
  };
}

/** Reports each DynamoDB call, how many items it writes (a BatchWriteItem one per request entry) and reads. */
function countCalls(client: DynamoDBClient, report: StoreCallListener): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = String(context.commandName ?? '').replace(/Command$/, '');
      const input = args.input as { RequestItems?: Record<string, unknown[]> };
      const written =
        operation === 'BatchWriteItem'
          ? Object.values(input.RequestItems ?? {}).reduce((n, list) => n + list.length, 0)
          : ['PutItem', 'UpdateItem', 'DeleteItem'].includes(operation)
            ? 1
            : 0;
      let result: Awaited<ReturnType<typeof next>>;
      try {
        result = await next(args);
      } catch (err) {
        report(operation, written, 0); // a refused condition is a call too
        throw err;
      }
      const output = result.output as {
        Items?: unknown[];
        Item?: unknown;
        Responses?: Record<string, unknown[]>;
      };
      const read =
        (output.Items?.length ?? 0) +
        (output.Item ? 1 : 0) +
        Object.values(output.Responses ?? {}).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
      report(operation, written, read);
      return result;
    },
    { step: 'initialize', name: 'sitrepCountCalls' },
  );
}
