/**
 * The embedded runtime's store: the event store, the read models and the bus's delivery queue, on one of two
 * engines behind the same ports:
 *
 * - `sqlite` (the default for a new data directory): one SQLite file, `sqlite/sitrep.db`, in process
 *   (shared/adapters/sqlite). Chosen by measurement (BENCHMARKS.md, "Choice of embedded store"): it takes the
 *   per-call cost of an HTTP round trip, the AWS SDK and an emulator off every store operation.
 * - `dynalite` (a data directory made before, holding `dynamo/`): dynalite persisting to LevelDB, reached through
 *   the production DynamoDB adapters (shared/adapters/aws) over loopback HTTP, exactly as on AWS.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import { busTableSpecs } from '../../shared/adapters/aws/delivery-queue.ts';
import { DynamoEventStore, ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import { createReadModelTables } from '../../shared/adapters/aws/read-model-tables.ts';
import { DynamoReadModelStore } from '../../shared/adapters/aws/read-model-store.ts';
import { openSqliteStore } from '../../shared/adapters/sqlite/database.ts';
import { SqliteDeliveryQueue } from '../../shared/adapters/sqlite/delivery-queue.ts';
import { SqliteEventStore } from '../../shared/adapters/sqlite/event-store.ts';
import { countStatements } from '../../shared/adapters/sqlite/instrument.ts';
import { SqliteReadModelStore } from '../../shared/adapters/sqlite/read-model-store.ts';
import type { DeliveryQueue } from '../../shared/adapters/local/delivery-queue.ts';
import type { EventStore, ReadModelStore } from '../../shared/ports.ts';
import type { DynamoBusTables } from './local-bus.ts';
import { startDynalite } from './servers.ts';

export type StoreEngine = 'sqlite' | 'dynalite';

/** Where each engine keeps its files inside the data directory. */
export const STORE_FOLDERS: Record<StoreEngine, string> = { sqlite: 'sqlite', dynalite: 'dynamo' };
export const SQLITE_FILE = 'sitrep.db';
export const TABLE_PREFIX = 'sitrep-';

/** What one store call did: its operation, and how many items it wrote and read. */
export type StoreCallListener = (operation: string, itemsWritten: number, itemsRead: number) => void;

export interface EmbeddedStore {
  engine: StoreEngine;
  store: EventStore;
  readModels: ReadModelStore;
  /** The bus's queue and dead letters. */
  busStorage: { queue: DeliveryQueue } | DynamoBusTables;
  /** dynalite's loopback endpoint (readers of a held data directory use it); none for SQLite (readers open the file). */
  dynamoEndpoint?: string;
  close(): Promise<void>;
}

/** The engine of an existing data directory (`dynamo/` with files: dynalite), else the default, SQLite. */
export function storeEngineOf(dataDir: string): StoreEngine {
  const dynamo = join(dataDir, STORE_FOLDERS.dynalite);
  const sqlite = join(dataDir, STORE_FOLDERS.sqlite);
  if (!existsSync(sqlite) && existsSync(dynamo) && readdirSync(dynamo).length > 0) return 'dynalite';
  return 'sqlite';
}

export async function openEmbeddedStore(
  dataDir: string,
  engine: StoreEngine,
  opts: {
    dynamoPort?: number;
    host: string;
    onCall?: StoreCallListener;
    /** Benchmarks: an external DynamoDB-compatible server (DynamoDB Local) in place of dynalite. */
    dynamoEndpoint?: string;
  },
): Promise<EmbeddedStore> {
  const folder = join(dataDir, STORE_FOLDERS[engine]);
  if (engine === 'sqlite') {
    await mkdir(folder, { recursive: true });
    const db = openSqliteStore(join(folder, SQLITE_FILE));
    if (opts.onCall) countStatements(db, opts.onCall);
    return {
      engine,
      store: new SqliteEventStore(db),
      readModels: new SqliteReadModelStore(db),
      busStorage: { queue: new SqliteDeliveryQueue(db) },
      close: async () => void db.close(),
    };
  }
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
    engine,
    store: new DynamoEventStore({ doc, tableName: `${TABLE_PREFIX}events` }),
    // One process writes a data directory (its lock): a pending summary commit not in flight here was abandoned.
    readModels: new DynamoReadModelStore(doc, { tablePrefix: TABLE_PREFIX, summaryLeaseMs: 0 }),
    busStorage: {
      doc,
      queueTable: `${TABLE_PREFIX}bus-deliveries`,
      deadLetterTable: `${TABLE_PREFIX}bus-dead-letters`,
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
