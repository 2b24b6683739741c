/**
 * Every `sitrep ... --stack` command the README and the `--help` texts print runs as printed (exit 0), in order,
 * in a scratch working directory (helpers/documented.ts) against an emulated stack: dynalite tables and an s3rver
 * bucket named by a `cdk-outputs.json` in the working directory, and, where moto_server is installed, its bus and
 * dead-letter queues on moto (the commands that need them are skipped with a message elsewhere). A `--follow`
 * command runs until it says it is following, then gets Ctrl-C (SIGINT) and must exit 0.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, waitFor } from './helpers/cli.ts';
import { documentedCommands, failure, isStackCommand, resolveProgram, scratchWorkDir } from './helpers/documented.ts';
import { startEmulatedStack, type EmulatedStack } from './helpers/emulated-stack.ts';
import { findMotoServer, startMotoServer, type MotoServer } from './helpers/moto-server.ts';

let tmp: string;
let cwd: string;
let stack: EmulatedStack;
let moto: MotoServer | undefined;
const motoProgram = findMotoServer();
/** `--stack` commands that need the stack's bus or queues (moto). */
const NEEDS_MOTO = [/ status --stack /, / --follow\b/, / replay --stack /, / redrive --stack /];

beforeAll(async () => {
  ({ tmp, cwd } = await scratchWorkDir('sitrep-documented-stack-'));
  moto = motoProgram ? await startMotoServer(motoProgram) : undefined;
  stack = await startEmulatedStack('Sitrep', join(cwd, 'cdk-outputs.json'), undefined, moto);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await moto?.stop();
  await rm(tmp, { recursive: true, force: true });
});

describe('documented --stack commands', () => {
  it('run as printed', async () => {
    const commands = (await documentedCommands()).filter(isStackCommand);
    expect(commands.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const line of commands) {
      if (!moto && NEEDS_MOTO.some((re) => re.test(line))) {
        console.warn(`documented-stack-commands e2e: moto_server not found; skipped: ${line}`);
        continue;
      }
      // Spawned asynchronously: the emulators run in this process.
      const r = / --follow\b/.test(line)
        ? await followThenInterrupt(resolveProgram(line))
        : await run('sh', ['-c', resolveProgram(line)], { cwd, env: stack.env, timeoutMs: 120_000 }).then((x) => ({
            status: x.code,
            stderr: x.stderr,
          }));
      if (r.status !== 0) failures.push(failure(line, r));
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

/** Runs a `--follow` command until it reports that it follows, then interrupts it as Ctrl-C does. */
async function followThenInterrupt(command: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn('sh', ['-c', `exec ${command}`], { cwd, env: stack.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await waitFor('the command to follow', () => stderr.includes('following'), 60_000);
  } catch {
    child.kill('SIGKILL');
    return { status: await exited, stderr };
  }
  child.kill('SIGINT');
  return { status: await exited, stderr };
}
