import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DynamoClientOptions } from '../../shared/adapters/aws/dynamo-client.ts';
import type { DynamoEventStore } from '../../shared/adapters/aws/event-store.ts';
import type { DynamoReadModelStore } from '../../shared/adapters/aws/read-model-store.ts';
import { openSqliteStore } from '../../shared/adapters/sqlite/database.ts';
import { SqliteEventStore } from '../../shared/adapters/sqlite/event-store.ts';
import { SqliteReadModelStore } from '../../shared/adapters/sqlite/read-model-store.ts';
import { DEFAULT_OUTPUTS_FILE, readStackTables } from './stack-outputs.ts';
import { readDataDirLock } from '../../infra/local/data-dir-lock.ts';
import { SQLITE_FILE, STORE_FOLDERS, TABLE_PREFIX } from '../../infra/local/embedded-store.ts';
import { DEFAULT_DATA_DIR, readRuntimeFile, type RuntimeFile } from '../../infra/local/runtime-file.ts';
import type { Runtime, RuntimeOptions } from '../../infra/local/runtime.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

export const DATA_DIR_OPTION = { 'data-dir': { type: 'string' as const, default: DEFAULT_DATA_DIR } };

/**
 * A command either owns the data directory for its run (the embedded runtime) or, when `sitrep dev` holds it,
 * talks to that running instance. A reader (`query`, `tail`) may instead read the store of another command that
 * holds the directory (an `ingest` in progress) through its loopback database endpoint.
 */
export type Connection = { kind: 'embedded'; runtime: Runtime } | { kind: 'dev'; dev: RuntimeFile };
export type ReadConnection =
  Connection | { kind: 'reader'; runtime: Pick<Runtime, 'store' | 'readModels'>; close: () => void };

export async function connect(dataDir: string, opts?: RuntimeOptions, access?: 'write'): Promise<Connection>;
export async function connect(dataDir: string, opts: RuntimeOptions, access: 'read'): Promise<ReadConnection>;
export async function connect(
  dataDir: string,
  opts: RuntimeOptions = {},
  access: 'read' | 'write' = 'write',
): Promise<ReadConnection> {
  const dev = await readRuntimeFile(dataDir);
  if (dev) return { kind: 'dev', dev };
  if (access === 'read') {
    if (!existsSync(dataDir)) {
      throw Object.assign(new Error(`${resolve(dataDir)} does not exist; run 'sitrep ingest' or 'sitrep dev' first`), {
        code: 'NO_DATA_DIR',
      });
    }
    const holder = await readDataDirLock(resolve(dataDir));
    if (holder && holder.store === 'sqlite') {
      // SQLite in WAL mode: a reader in another process sees every committed transaction, never a partial one.
      const db = openSqliteStore(join(resolve(dataDir), STORE_FOLDERS.sqlite, SQLITE_FILE), { readonly: true });
      return {
        kind: 'reader',
        runtime: { store: new SqliteEventStore(db), readModels: new SqliteReadModelStore(db) },
        close: () => db.close(),
      };
    }
    if (holder?.dynamoEndpoint) {
      return dynamoReader({ endpoint: holder.dynamoEndpoint }, `${TABLE_PREFIX}events`, { tablePrefix: TABLE_PREFIX });
    }
  }
  // The runtime (its servers and SDK clients) loads only here: --help and usage errors never pay for it.
  const { startRuntime } = await import('../../infra/local/runtime.ts');
  return { kind: 'embedded', runtime: await startRuntime({ ...opts, dataDir }) };
}

/** `--stack NAME [--outputs FILE]`: what every command that works on a deployed stack accepts. */
export const STACK_OPTIONS = {
  stack: { type: 'string' as const },
  outputs: { type: 'string' as const, default: DEFAULT_OUTPUTS_FILE },
  region: { type: 'string' as const },
};

/** A deployed stack's event store and read models, with the DynamoDB adapters' own methods (parallel scan). */
export type StackConnection = Extract<ReadConnection, { kind: 'reader' }> & {
  runtime: { store: DynamoEventStore; readModels: DynamoReadModelStore };
};

/**
 * The event store and read models of a deployed stack, through the adapters its Lambdas use and the SDK's default
 * credentials. `AWS_ENDPOINT_URL_DYNAMODB` points them at another endpoint (an emulator in the tests).
 */
export async function connectStack(opts: {
  stack: string;
  outputs: string;
  region?: string | undefined;
}): Promise<StackConnection> {
  const tables = readStackTables(opts.outputs, opts.stack);
  const endpoint = process.env['AWS_ENDPOINT_URL_DYNAMODB'] || undefined;
  return dynamoReader(
    { ...(endpoint ? { endpoint } : {}), ...(opts.region ? { region: opts.region } : {}) },
    tables.eventStore,
    { tables: tables.readModels },
  );
}

/**
 * An event store and read models on DynamoDB, through the adapters the Lambdas use; the adapters load only here, so
 * a command on the SQLite default never loads the SDK's DynamoDB client.
 */
async function dynamoReader(
  client: DynamoClientOptions,
  eventTable: string,
  readModelTables: ConstructorParameters<typeof DynamoReadModelStore>[1],
): Promise<StackConnection> {
  const [clients, events, readModels] = await Promise.all([
    import('../../shared/adapters/aws/dynamo-client.ts'),
    import('../../shared/adapters/aws/event-store.ts'),
    import('../../shared/adapters/aws/read-model-store.ts'),
  ]);
  const { client: dynamo, doc } = clients.createDynamoClients(client);
  return {
    kind: 'reader',
    runtime: {
      store: new events.DynamoEventStore({ doc, tableName: eventTable }),
      readModels: new readModels.DynamoReadModelStore(doc, readModelTables),
    },
    close: () => dynamo.destroy(),
  };
}

export async function disconnect(conn: ReadConnection): Promise<void> {
  if (conn.kind === 'embedded') await conn.runtime.close();
  if (conn.kind === 'reader') conn.close();
}

/** GET a JSON resource of a running `sitrep dev`. */
export async function devGet<T>(dev: RuntimeFile, path: string): Promise<T> {
  if (!dev.apiUrl) throw Object.assign(new Error('the running sitrep dev has no API'), { code: 'DEV_UNREACHABLE' });
  const res = await fetch(`${dev.apiUrl}${path}`).catch((err: Error) => {
    throw Object.assign(new Error(`cannot reach sitrep dev at ${dev.apiUrl}: ${err.message}`), {
      code: 'DEV_UNREACHABLE',
    });
  });
  const body = (await res.json()) as T & { code?: string; message?: string };
  if (!res.ok) throw Object.assign(new Error(body.message ?? `HTTP ${res.status}`), { code: body.code ?? 'DEV_ERROR' });
  return body;
}

/** A one-line error for a failure that is not a usage mistake: `sitrep <cmd>: error CODE: message`. */
export function printError(command: string, err: unknown): number {
  const e = err as { code?: string; message?: string };
  process.stderr.write(
    `sitrep ${command}: error ${e.code ?? 'FAILED'}: ${(e.message ?? String(err)).split('\n')[0]}\n`,
  );
  return 1;
}
