/**
 * One article of 10,000 events as a user ingests it: it is recorded failed with TOO_MANY_EVENTS (the default cap),
 * and every command keeps working on the same data directory afterwards.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigArticle } from '../../bench/big-article.ts';
import { queryJson, sitrep, STORIES } from './helpers/cli.ts';

let tmp: string;
let dataDir: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-oversized-e2e-'));
  dataDir = join(tmp, 'data');
  await mkdir(join(tmp, 'big'));
  await mkdir(join(tmp, 'normal'));
  await writeFile(join(tmp, 'big', 'flood.txt'), bigArticle(10_000));
  await writeFile(join(tmp, 'normal', 'deploy.txt'), STORIES['deploy.txt']);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('an article of 10,000 events', () => {
  it('is recorded failed with TOO_MANY_EVENTS, then query and ingest of a normal article work', async () => {
    const big = await sitrep(['ingest', join(tmp, 'big'), '--published', '2023-03-03', '--data-dir', dataDir], {
      timeoutMs: 240_000,
    });
    expect(big.stderr).toBe('');
    expect(big.code).toBe(1);
    expect(big.stdout).toMatch(/failed big\/flood\.txt: TOO_MANY_EVENTS: 10000 events extracted/);

    const articles = await queryJson(dataDir, 'articles');
    expect(articles.rows).toEqual([
      expect.objectContaining({
        key: 'big/flood.txt',
        status: 'failed',
        error: expect.objectContaining({ code: 'TOO_MANY_EVENTS' }),
      }),
    ]);

    const normal = await sitrep(['ingest', join(tmp, 'normal'), '--published', '2023-03-03', '--data-dir', dataDir]);
    expect(normal.stderr).toBe('');
    expect(normal.code).toBe(0);
    const missions = await queryJson(dataDir, 'missions');
    expect(missions.rows).toEqual([
      expect.objectContaining({ actor: { name: 'Germany', code: 'DE' }, location: { name: 'Lithuania', code: 'LT' } }),
    ]);
    const after = await queryJson(dataDir, 'articles');
    expect(after.rows.map((r) => [r['key'], r['status']])).toEqual([
      ['big/flood.txt', 'failed'],
      ['normal/deploy.txt', 'processed'],
    ]);

    const status = await sitrep(['status', '--json', '--data-dir', dataDir]);
    expect(status.stderr).toBe('');
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual(expect.objectContaining({ idle: true, outbox: 0, deliveries: 0 }));
  }, 300_000);
});
