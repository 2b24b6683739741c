/**
 * Every local `sitrep` command the README and the `--help` texts print that works on the local data directory (not
 * `--stack`: documented-stack-commands.test.ts) runs as printed (exit 0), in order, in a scratch working directory
 * (helpers/documented.ts). The evaluation sets' READMEs (`EVAL_READMES`) print commands that score a set in the
 * checkout: those run from the checkout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_ENV } from './helpers/cli.ts';
import {
  documentedCommands,
  EVAL_READMES,
  failure,
  isStackCommand,
  readmeCommands,
  resolveProgram,
  scratchWorkDir,
  SHARED,
} from './helpers/documented.ts';
import { ROOT } from './helpers/cli.ts';

let tmp: string;
let cwd: string;

beforeAll(async () => {
  ({ tmp, cwd } = await scratchWorkDir('sitrep-documented-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('documented commands', () => {
  it('run as printed', async () => {
    const commands = (await documentedCommands()).filter((line) => !isStackCommand(line));
    expect(commands.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const line of commands) {
      if (line.includes('../shared/') && !existsSync(SHARED)) {
        console.warn(`documented-commands e2e: ${SHARED} is absent; skipped: ${line}`);
        continue;
      }
      const r = spawnSync('sh', ['-c', resolveProgram(line)], {
        cwd,
        env: CHILD_ENV,
        encoding: 'utf8',
        timeout: 120_000,
      });
      if (r.status !== 0) failures.push(failure(line, r));
    }
    expect(failures).toEqual([]);
  }, 600_000);

  // The evaluation sets' READMEs print how to score a set where it lies: run from the checkout, which they only read.
  it.each(EVAL_READMES)('%s: its commands run as printed from the checkout', async (path) => {
    const commands = await readmeCommands(path);
    expect(commands.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const line of commands) {
      const r = spawnSync('sh', ['-c', resolveProgram(line)], { cwd: ROOT, env: CHILD_ENV, encoding: 'utf8' });
      if (r.status !== 0) failures.push(failure(line, r));
    }
    expect(failures).toEqual([]);
  });
});
