/**
 * The chaos run in a size that fits CI (`npm run chaos` runs 10 × 200 operations): random uploads, overwrites and
 * deletes through `dev`'s S3 endpoint, `ingest` runs and `kill -9` of `dev`/`ingest`; after a restart and settle the
 * read models equal a clean ingest of the bucket's final contents. Run through npm exactly as the README prints it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CHILD_ENV, ROOT } from './helpers/cli.ts';

const npm = (args: string) =>
  spawnSync('sh', ['-c', `npm run --silent ${args}`], {
    cwd: ROOT,
    env: CHILD_ENV,
    encoding: 'utf8',
    timeout: 600_000,
  });

describe('npm run chaos', () => {
  it('prints its usage with --help', () => {
    const r = npm('chaos -- --help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('usage: npm run chaos -- [RUNS=10] [OPERATIONS=200] [FIRST_SEED=1]');
  });

  it('refuses a bad count with one line and exit 2', () => {
    const r = npm('chaos -- many');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^BAD_ARGUMENT: usage: /)]);
  });

  it('ends with read models equal to a clean ingest of the bucket after 30 chaotic operations', () => {
    const r = npm('chaos -- 1 30 7');
    expect(r.stdout + r.stderr).toContain('1/1 runs equal a clean ingest');
    expect(r.stdout).toMatch(/[1-9]\d* kills of dev/);
    expect(r.status).toBe(0);
  }, 600_000);
});
