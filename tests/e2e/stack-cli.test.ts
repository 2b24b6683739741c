/**
 * The CLI against a deployed stack (`query --stack`, `rebuild --stack`): the tables are named by a `cdk deploy
 * --outputs-file` file and reached with the real SDK through the adapters the Lambdas use, here on dynalite via
 * `AWS_ENDPOINT_URL_DYNAMODB`. The stack's event store holds the commits of a local `sitrep ingest` of the same
 * stories, so after `rebuild --stack` its read models must answer exactly as the local ones do.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoEventStore } from '../../shared/adapters/aws/event-store.ts';
import { createS3Client, S3ObjectStore } from '../../shared/adapters/aws/object-store.ts';
import { openSqliteStore } from '../../shared/adapters/sqlite/database.ts';
import { SqliteEventStore } from '../../shared/adapters/sqlite/event-store.ts';
import { SQLITE_FILE, STORE_FOLDERS } from '../../infra/local/embedded-store.ts';
import { queryJson, sitrep, STORIES, writeStories } from './helpers/cli.ts';
import { startEmulatedStack, type EmulatedStack } from './helpers/emulated-stack.ts';

const STACK = 'SitrepTest';
const MODELS = ['missions', 'entities', 'timeline', 'articles'] as const;

let tmp: string;
let dataDir: string;
let outputs: string;
let emulated: EmulatedStack;
let env: NodeJS.ProcessEnv;
let commits = 0;
/** The local pipeline's read models, which do not change after beforeAll: queried once. */
const localModels = new Map<string, unknown>();
const localRows = async (model: string): Promise<unknown> => {
  if (!localModels.has(model)) localModels.set(model, JSON.parse((await queryJson(dataDir, model)).text));
  return localModels.get(model);
};

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-stack-cli-'));
  dataDir = join(tmp, 'data');
  await writeStories(join(tmp, 'wire'));
  const ingest = await sitrep(['ingest', join(tmp, 'wire'), '--published', '2023-03-03', '--data-dir', dataDir], {
    timeoutMs: 120_000,
  });
  expect(ingest.code, ingest.stderr).toBe(0);

  emulated = await startEmulatedStack(STACK, (outputs = join(tmp, 'cdk-outputs.json')));
  // The deployed event store: the local log's commits, appended through the DynamoDB adapter.
  const db = openSqliteStore(join(dataDir, STORE_FOLDERS.sqlite, SQLITE_FILE), { readonly: true });
  const remote = new DynamoEventStore({ doc: emulated.clients.doc, tableName: emulated.eventStoreTable });
  for await (const commit of new SqliteEventStore(db).readAll()) {
    const { position: _position, ...rest } = commit;
    expect((await remote.append(rest)).status).toBe('appended');
    commits++;
  }
  db.close();
  env = emulated.env;
}, 180_000);

afterAll(async () => {
  await emulated?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const onStack = (args: string[]) =>
  sitrep([...args, '--stack', STACK, '--outputs', outputs], { env, timeoutMs: 60_000 });

describe('sitrep query/rebuild --stack', () => {
  it('rebuild --stack projects the stack event store; query --stack then answers as the local pipeline', async () => {
    expect(commits).toBeGreaterThan(0);
    const before = await onStack(['query', 'missions', '--json']);
    expect(before.code, before.stderr).toBe(0);
    expect(JSON.parse(before.stdout)).toEqual([]);

    const rebuilt = await onStack(['rebuild']);
    expect(rebuilt.stderr).toBe('');
    expect(rebuilt.stdout).toMatch(
      new RegExp(
        `^Rebuilt the read models of stack ${STACK} from ${commits} commits \\(\\d+ log events, 8 scan segments\\)\n$`,
      ),
    );
    for (const model of MODELS) {
      const remote = await onStack(['query', model, '--json']);
      expect(remote.code, remote.stderr).toBe(0);
      expect(JSON.parse(remote.stdout), model).toEqual(await localRows(model));
    }
    const filtered = await onStack(['query', 'timeline', '--type', 'WithdrawalBegun', '--json']);
    const localFiltered = await sitrep([
      'query',
      'timeline',
      '--type',
      'WithdrawalBegun',
      '--json',
      '--data-dir',
      dataDir,
    ]);
    expect(JSON.parse(filtered.stdout)).toEqual(JSON.parse(localFiltered.stdout));
  }, 120_000);

  // The rebuild above read the default 8 segments in parallel; this one reads the log as one segment, over the rows
  // the one before built (equal rows also show a rebuild is idempotent).
  it('rebuild --stack --segments N: any number of parallel scan segments gives the same read models', async () => {
    const rebuilt = await onStack(['rebuild', '--segments', '1']);
    expect(rebuilt.stderr).toBe('');
    expect(rebuilt.stdout).toBe(
      `Rebuilt the read models of stack ${STACK} from ${commits} commits ` +
        `(${rebuilt.stdout.match(/\((\d+) log events/)![1]} log events, 1 scan segment)\n`,
    );
    for (const model of MODELS) {
      const remote = await onStack(['query', model, '--json']);
      expect(JSON.parse(remote.stdout), `${model} with 1 segment`).toEqual(await localRows(model));
    }
    const bad = await onStack(['rebuild', '--segments', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("sitrep rebuild: error USAGE: --segments takes an integer from 1 to 64, not '0'\n");
  }, 120_000);

  it('refuses an unknown stack or a missing outputs file with one line naming the fix', async () => {
    const unknown = await sitrep(['query', 'missions', '--stack', 'Nope', '--outputs', outputs], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      `sitrep query: error NO_SUCH_STACK: no outputs for stack 'Nope' (stacks in the file: ${STACK})\n`,
    );
    const missing = await sitrep(['rebuild', '--stack', STACK, '--outputs', join(tmp, 'absent.json')], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^sitrep rebuild: error NO_OUTPUTS_FILE: cannot read .*absent\.json; write it with 'npx cdk deploy --outputs-file .*'\n$/,
    );
  });
});

describe('sitrep backfill --stack', () => {
  it('ingests the objects already in the bucket once; a second run appends nothing', async () => {
    const store = new S3ObjectStore({ client: createS3Client({ endpoint: emulated.s3.endpoint }) });
    const stories = Object.entries(STORIES);
    for (const [name, text] of stories) {
      await store.put(emulated.bucket, `news/${name}`, Buffer.from(text), { metadata: { published: '2023-03-03' } });
    }
    await store.put(emulated.bucket, 'other/ignored.txt', Buffer.from(stories[0]![1]));
    // The event store already holds the local ingest's keys (other names): these are new.
    const first = await onStack(['backfill', '--prefix', 'news/']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(
      `Backfilled ${stories.length} objects of ${emulated.bucket}: ${stories.length} ingested, 0 already ingested, 0 gone, 0 failed\n`,
    );
    const again = await onStack(['backfill', '--prefix', 'news/']);
    expect(again.stdout).toBe(
      `Backfilled ${stories.length} objects of ${emulated.bucket}: 0 ingested, ${stories.length} already ingested, 0 gone, 0 failed\n`,
    );
    expect((await onStack(['rebuild'])).code).toBe(0);
    const articles = JSON.parse((await onStack(['query', 'articles', '--json'])).stdout) as Array<{ key: string }>;
    const backfilled = articles.map((a) => a.key).filter((k) => k.startsWith('news/'));
    expect(backfilled.sort()).toEqual(stories.map(([name]) => `news/${name}`).sort());
    expect(articles.some((a) => a.key.startsWith('other/'))).toBe(false);
  }, 120_000);

  it('needs --stack (usage error, exit 2)', async () => {
    const r = await sitrep(['backfill'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--stack NAME is required/);
  });
});
