/**
 * The outbox guarantee of the embedded pipeline, on both store engines (SQLite, the default, and dynalite): a process that dies after appending (before publishing), or after
 * publishing (before projecting), loses nothing. A child process (helpers/crash-child.ts) runs the runtime on a
 * data directory and dies at that point; the test inspects what it left on disk, then restarts the runtime on the
 * same directory and checks the end state: every event of the article in the read models exactly once, nothing
 * left in the outbox or the delivery queue.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE, STORE_FOLDERS, type StoreEngine } from '../../infra/local/embedded-store.ts';
import { startRuntime, TABLE_PREFIX } from '../../infra/local/runtime.ts';
import { startDynalite } from '../../infra/local/servers.ts';
import { busTableSpecs } from '../../shared/adapters/aws/delivery-queue.ts';
import { createDynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import { DynamoEventStore } from '../../shared/adapters/aws/event-store.ts';
import { DynamoReadModelStore } from '../../shared/adapters/aws/read-model-store.ts';
import { openSqliteStore } from '../../shared/adapters/sqlite/database.ts';
import { SqliteDeliveryQueue } from '../../shared/adapters/sqlite/delivery-queue.ts';
import { SqliteEventStore } from '../../shared/adapters/sqlite/event-store.ts';
import { SqliteReadModelStore } from '../../shared/adapters/sqlite/read-model-store.ts';
import type { Commit } from '../../shared/ports.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = join(ROOT, 'tests/integration/helpers/crash-child.ts');
const KEY = 'de-lt.txt';
const ARTICLE =
  'Germany to send 500 troops to Lithuania\n\n' +
  'BERLIN, March 3 (Wire) - Germany will send 500 soldiers to Lithuania, the Defence Ministry said on Thursday. Separately, France began withdrawing its troops from Mali on Wednesday, the armed forces ministry in Paris said.\n';

let tmp: string;
let file: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-crash-'));
  file = join(tmp, KEY);
  await writeFile(file, ARTICLE);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Runs the crashing child to its end; resolves with its exit code and stderr. */
function crashChild(dataDir: string, mode: 'after-append' | 'after-publish', engine: StoreEngine) {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, mode, file, KEY, engine], {
      cwd: ROOT,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

interface LeftOver {
  commits: Commit[];
  pending: Commit[];
  queued: Array<{ rule: string }>;
  timeline: unknown[];
  articles: unknown[];
}

/** What a dead process left in the data directory, read without starting the runtime (which would recover). */
async function inspect(dataDir: string, engine: StoreEngine): Promise<LeftOver> {
  if (engine === 'sqlite') {
    const db = openSqliteStore(join(dataDir, STORE_FOLDERS.sqlite, SQLITE_FILE), { readonly: true });
    try {
      const store = new SqliteEventStore(db);
      const readModels = new SqliteReadModelStore(db);
      const commits: Commit[] = [];
      for await (const c of store.readAll()) commits.push(c);
      const queued: Array<{ rule: string }> = [];
      for (let page = await new SqliteDeliveryQueue(db).page(undefined); ;) {
        queued.push(...page.items.map((i) => ({ rule: i.rule })));
        if (page.next === undefined) break;
        page = await new SqliteDeliveryQueue(db).page(page.next);
      }
      return {
        commits,
        pending: await store.pending(10),
        queued,
        timeline: await readModels.query('timeline'),
        articles: await readModels.query('articles'),
      };
    } finally {
      db.close();
    }
  }
  const dynamo = await startDynalite(join(dataDir, 'dynamo'));
  const { client, doc } = createDynamoClients({ endpoint: dynamo.endpoint });
  try {
    const store = new DynamoEventStore({ doc, tableName: `${TABLE_PREFIX}events` });
    const readModels = new DynamoReadModelStore(doc, { tablePrefix: TABLE_PREFIX });
    const commits: Commit[] = [];
    for await (const c of store.readAll()) commits.push(c);
    const queue = await doc.send(new ScanCommand({ TableName: busTableSpecs(TABLE_PREFIX)[0]!.TableName }));
    return {
      commits,
      pending: await store.pending(10),
      queued: ((queue.Items ?? []) as Array<{ rule: string }>).map((i) => ({ rule: i.rule })),
      timeline: await readModels.query('timeline'),
      articles: await readModels.query('articles'),
    };
  } finally {
    client.destroy();
    await dynamo.close();
  }
}

/** Restarts the runtime on the directory, settles, and checks that the article's events are projected once. */
async function expectRecovered(dataDir: string, engine: StoreEngine): Promise<void> {
  const runtime = await startRuntime({ dataDir, store: engine });
  try {
    await runtime.settle();
    const commits: Commit[] = [];
    for await (const c of runtime.store.readAll()) commits.push(c);
    // The redelivered S3 notice found the version already ingested: the log still holds one ingestion.
    expect(new Set(commits.map((c) => c.ingestId)).size).toBe(1);
    const logged = commits.flatMap((c) => c.events);
    const domain = logged.filter((e) => !e.type.startsWith('Article'));
    expect(domain.map((e) => e.type).sort()).toEqual(['DeploymentAnnounced', 'WithdrawalBegun']);

    const timeline = await runtime.readModels.query('timeline');
    expect(timeline.map((t) => t['id']).sort()).toEqual(domain.map((e) => e.id).sort());
    const missions = await runtime.readModels.query('missions');
    expect(missions.map((m) => [m['key'], m['sourceCount']]).sort()).toEqual([
      ['DE|LT', 1],
      ['FR|ML', 1],
    ]);
    expect(missions.find((m) => m['key'] === 'DE|LT')).toMatchObject({ personnel: 500, status: 'announced' });
    expect(await runtime.readModels.query('articles')).toEqual([
      expect.objectContaining({ key: KEY, status: 'processed', eventCount: 2 }),
    ]);
    expect(await runtime.store.pending(10)).toEqual([]);
    expect(await runtime.bus.pendingCount()).toBe(0);
    expect(await runtime.bus.deadLetters()).toEqual([]);
  } finally {
    await runtime.close();
  }
}

for (const engine of ['sqlite', 'dynalite'] as const) {
  describe(`crash recovery of the embedded pipeline on ${engine}`, () => {
    it('publishes and projects a commit whose process died after the append, before publishing', async () => {
      const dataDir = join(tmp, `${engine}-after-append`);
      const child = await crashChild(dataDir, 'after-append', engine);
      expect(child.code, child.stderr).toBe(9);

      const left = await inspect(dataDir, engine);
      expect(left.commits).toHaveLength(1);
      expect(left.pending.map((c) => [c.stream, c.version])).toEqual([[KEY, 1]]);
      expect(left.pending[0]!.events.map((e) => e.type).sort()).toEqual([
        'ArticleProcessed',
        'DeploymentAnnounced',
        'WithdrawalBegun',
      ]);
      // The S3 notice was not acknowledged either: it is still queued for the ingest rule.
      expect(left.queued.map((q) => q.rule)).toEqual(['ingest']);
      expect(left.timeline).toEqual([]);
      expect(left.articles).toEqual([]);

      await expectRecovered(dataDir, engine);
    });

    it('projects published events whose process died before the projector ran', async () => {
      const dataDir = join(tmp, `${engine}-after-publish`);
      const child = await crashChild(dataDir, 'after-publish', engine);
      expect(child.code, child.stderr).toBe(10);

      const left = await inspect(dataDir, engine);
      expect(left.commits).toHaveLength(1);
      expect(left.pending).toEqual([]);
      // Every published event waits in the durable queue for the projector; nothing reached the read models.
      expect(left.queued.map((q) => q.rule)).toEqual(left.commits[0]!.events.map(() => 'project'));
      expect(left.timeline).toEqual([]);
      expect(left.articles).toEqual([]);

      await expectRecovered(dataDir, engine);
    });

    it('restarting a recovered directory again changes nothing', async () => {
      const dataDir = join(tmp, `${engine}-after-append`);
      const before = await inspect(dataDir, engine);
      const runtime = await startRuntime({ dataDir, store: engine });
      await runtime.settle();
      await runtime.close();
      const after = await inspect(dataDir, engine);
      expect(after).toEqual(before);
      expect(after.queued).toEqual([]);
      expect(after.pending).toEqual([]);
    });
  });
}
