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
import { openSqliteStore } from '../../shared/adapters/sqlite/database.ts';
import { SqliteDeliveryQueue } from '../../shared/adapters/sqlite/delivery-queue.ts';
import { SqliteEventStore } from '../../shared/adapters/sqlite/event-store.ts';
import { countStatements } from '../../shared/adapters/sqlite/instrument.ts';
import { SqliteReadModelStore } from '../../shared/adapters/sqlite/read-model-store.ts';
import type { DeliveryQueue } from '../../shared/adapters/local/delivery-queue.ts';
import type { EventStore, ReadModelStore } from '../../shared/ports.ts';

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
  busStorage: { queue: DeliveryQueue };
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

export interface EmbeddedStoreOptions {
  dynamoPort?: number;
  host: string;
  onCall?: StoreCallListener;
  /** Benchmarks: an external DynamoDB-compatible server (DynamoDB Local) in place of dynalite. */
  dynamoEndpoint?: string;
}

/** The store of a data directory; dynalite's engine, the SDK and the DynamoDB adapters load only for that engine. */
export async function openEmbeddedStore(
  dataDir: string,
  engine: StoreEngine,
  opts: EmbeddedStoreOptions,
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
  const { openDynaliteStore } = await import('./dynalite-store.ts');
  return openDynaliteStore(folder, opts);
}
