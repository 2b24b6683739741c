/**
 * The embedded commands on awkward data directories and inputs: a directory another process holds, a directory that
 * does not exist, file names near and past S3's key limit, and invalid dates. Every refusal is one line, no trace.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRuntime, type Runtime } from '../../infra/local/runtime.ts';
import { queryJson, sitrep, STORIES, writeStories, type CliRun } from './helpers/cli.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-data-dir-e2e-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

function expectOneErrorLine(r: CliRun, pattern: RegExp): void {
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
}

describe('dates and missing directories', () => {
  it('refuses an impossible --since date as a usage error (exit 2)', async () => {
    for (const date of ['2024-13-45', 'notadate']) {
      const r = await sitrep(['query', 'missions', '--since', date, '--data-dir', join(tmp, 'unused')]);
      expect(r.code).toBe(2);
      expectOneErrorLine(r, /^sitrep query: error USAGE: --since must be YYYY, YYYY-MM or YYYY-MM-DD/);
    }
  });

  it('refuses a --published date after tomorrow (exit 2)', async () => {
    const r = await sitrep(['ingest', '--published', '2999-01-01', 'examples', '--data-dir', join(tmp, 'unused')]);
    expect(r.code).toBe(2);
    expectOneErrorLine(r, /^sitrep ingest: error USAGE: --published 2999-01-01 is in the future/);
    expect(existsSync(join(tmp, 'unused'))).toBe(false);
  });

  it('prints its version with --version', async () => {
    const r = await sitrep(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sitrep \d+\.\d+\.\d+\n$/);
  });

  it('does not create a data directory that does not exist to query it', async () => {
    const missing = join(tmp, 'missing');
    const r = await sitrep(['query', 'missions', '--data-dir', missing]);
    expect(r.code).toBe(1);
    expectOneErrorLine(r, /^sitrep query: error NO_DATA_DIR: .*does not exist/);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('ports', () => {
  it('refuses an S3 port in use with one PORT_IN_USE line', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const r = await sitrep(['dev', '--port', '0', '--s3-port', String(port), '--data-dir', join(tmp, 'ports')]);
      expect(r.code).toBe(1);
      expectOneErrorLine(r, /^sitrep dev: error PORT_IN_USE: S3 port \d+ is in use/);
    } finally {
      taken.close();
    }
  });
});

describe('long file names', () => {
  it('ingests a 250-character file name and reports a path past 1,024 bytes without stopping the others', async () => {
    const folder = join(tmp, 'long');
    await writeStories(folder);
    const longName = `${'n'.repeat(246)}.txt`;
    await writeFile(join(folder, longName), STORIES['withdraw.txt']);
    const deep = join(folder, ...Array.from({ length: 6 }, () => 'd'.repeat(200)));
    await mkdir(deep, { recursive: true });
    await writeFile(join(deep, 'deep.txt'), STORIES['deploy.txt']);

    const dataDir = join(tmp, 'long-data');
    const r = await sitrep(['ingest', folder, '--json', '--data-dir', dataDir], { timeoutMs: 60_000 });
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout) as { files: number; failed: number; failures: Array<{ code: string }> };
    expect(summary.files).toBe(6);
    expect(summary.failures.map((f) => f.code)).toEqual(['KEY_TOO_LONG']);
    const keys = (await queryJson(dataDir, 'articles')).rows.map((a) => a['key']);
    expect(keys).toContain(`long/${longName}`);
    expect(keys).toHaveLength(5);
  });
});

describe('a data directory held by another process', () => {
  let dataDir: string;
  let holder: Runtime;

  beforeAll(async () => {
    dataDir = join(tmp, 'held');
    await writeStories(join(tmp, 'held-wire'));
    const first = await sitrep(['ingest', join(tmp, 'held-wire'), '--data-dir', dataDir]);
    expect(first.code, first.stderr).toBe(0);
    // This test process holds the directory as an `ingest` in progress would.
    holder = await startRuntime({ dataDir });
  });
  afterAll(() => holder?.close());

  it('refuses a second writer with one DATA_DIR_IN_USE line', async () => {
    for (const args of [['ingest', join(tmp, 'held-wire')], ['rebuild'], ['dev', '--port', '0', '--s3-port', '0']]) {
      const r = await sitrep([...args, '--data-dir', dataDir]);
      expect(r.code, args.join(' ')).toBe(1);
      expectOneErrorLine(r, new RegExp(`^sitrep ${args[0]}: error DATA_DIR_IN_USE: .*pid ${process.pid}`));
    }
  });

  it('lets query and tail read meanwhile', async () => {
    const { rows } = await queryJson(dataDir, 'articles');
    expect(rows).toHaveLength(4);
    const tail = await sitrep(['tail', '--data-dir', dataDir]);
    expect(tail.code, tail.stderr).toBe(0);
    expect(tail.stdout.trim().split('\n').length).toBeGreaterThan(0);
    expect(JSON.parse(await readFile(join(dataDir, 'lock.json'), 'utf8'))).toMatchObject({ pid: process.pid });
  });
});

describe('a damaged data directory', () => {
  it('is refused with one line, reported by doctor and repaired by doctor --repair', async () => {
    const dataDir = join(tmp, 'damaged');
    await writeStories(join(tmp, 'damaged-wire'));
    expect((await sitrep(['ingest', join(tmp, 'damaged-wire'), '--data-dir', dataDir])).code).toBe(0);
    // The store file overwritten by something that is not a database (a bad copy, a disk error).
    await writeFile(join(dataDir, 'sqlite', 'sitrep.db'), 'not a database\n');

    const query = await sitrep(['query', 'articles', '--data-dir', dataDir]);
    expect(query.code).toBe(1);
    expectOneErrorLine(query, /^sitrep query: error DATA_DIR_DAMAGED: .*sqlite\/sitrep.db is missing or not an SQLite/);
    const check = await sitrep(['doctor', '--data-dir', dataDir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^STORE_CORRUPT: /);

    const repair = await sitrep(['doctor', '--repair', '--data-dir', dataDir], { timeoutMs: 60_000 });
    expect(repair.code, repair.stderr).toBe(0);
    expect((await queryJson(dataDir, 'articles')).rows).toHaveLength(4);
    expect((await sitrep(['doctor', '--data-dir', dataDir])).code).toBe(0);
  });

  it('refuses commands after an interrupted rebuild until a rebuild completes', async () => {
    const dataDir = join(tmp, 'damaged');
    // What a rebuild killed half-way leaves: its mark.
    await writeFile(join(dataDir, 'rebuilding'), 'killed\n');
    const query = await sitrep(['query', 'articles', '--data-dir', dataDir]);
    expect(query.code).toBe(1);
    expectOneErrorLine(query, /^sitrep query: error DATA_DIR_DAMAGED: .*rebuild of the read models did not finish/);
    expect((await sitrep(['rebuild', '--data-dir', dataDir])).code).toBe(0);
    expect((await queryJson(dataDir, 'articles')).rows).toHaveLength(4);
  });
});
