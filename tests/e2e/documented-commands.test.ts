/**
 * Every local `sitrep` command the README and the `--help` texts print runs as printed (exit 0), in a scratch
 * working directory holding what the commands name: `examples/`, a `story.txt` and, where it exists, `../shared`.
 * Only the program is resolved (`sitrep` and `npm run --silent sitrep --` → `node <repo>/bin/sitrep.js`). `dev`
 * runs until stopped: its banner's commands are run by dev-hostile-input.test.ts. A `--stack` command runs against an
 * emulated stack (dynalite tables and an s3rver bucket named by a `cdk-outputs.json` in the working directory, and,
 * where moto_server is installed, its bus and dead-letter queues on moto; the commands that need them are skipped
 * with a message elsewhere). A `--follow` command runs until it says it is following, then gets Ctrl-C (SIGINT) and
 * must exit 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_ENV, ROOT, run, sitrep, STORIES, waitFor } from './helpers/cli.ts';
import { startEmulatedStack, type EmulatedStack } from './helpers/emulated-stack.ts';
import { findMotoServer, startMotoServer, type MotoServer } from './helpers/moto-server.ts';

const COMMANDS = [
  'extract',
  'eval',
  'ingest',
  'status',
  'query',
  'tail',
  'rebuild',
  'backfill',
  'replay',
  'doctor',
  'test-event-pattern',
];
const SHARED = join(ROOT, '..', 'shared');

let tmp: string;
let cwd: string;
let stack: EmulatedStack;
let moto: MotoServer | undefined;
const motoProgram = findMotoServer();
/** `--stack` commands that need the stack's bus or queues (moto). */
const NEEDS_MOTO = [/ status --stack /, / --follow\b/, / replay --stack /, / redrive --stack /];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-documented-'));
  cwd = join(tmp, 'work');
  await mkdir(cwd);
  await symlink(join(ROOT, 'examples'), join(cwd, 'examples'));
  if (existsSync(SHARED)) await symlink(SHARED, join(tmp, 'shared'));
  await writeFile(join(cwd, 'story.txt'), STORIES['withdraw.txt']);
  moto = motoProgram ? await startMotoServer(motoProgram) : undefined;
  stack = await startEmulatedStack('Sitrep', join(cwd, 'cdk-outputs.json'), undefined, moto);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await moto?.stop();
  await rm(tmp, { recursive: true, force: true });
});

/** The `Example:` lines of every command's --help, then the README's shell lines that run sitrep locally. */
async function documentedCommands(): Promise<string[]> {
  const fromHelp: string[] = [];
  for (const name of COMMANDS) {
    const help = (await sitrep([name, '--help'])).stdout;
    const examples = help.split(/^Example:\n/m)[1] ?? '';
    fromHelp.push(
      ...examples
        .split('\n')
        .filter((l) => l.trim().startsWith('sitrep '))
        .map((l) => l.trim()),
    );
  }
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  // Blocks may be indented (inside a list item).
  const blocks = [...readme.matchAll(/^ *```sh\n([\s\S]*?)^ *```/gm)].map((m) => m[1]!);
  const fromReadme = blocks
    .flatMap((b) => b.split('\n').map((l) => l.trim()))
    .filter((l) => l.startsWith('npm run --silent sitrep -- ') && !/ -- dev\b/.test(l));
  return [...fromHelp, ...fromReadme];
}

const program = `${process.execPath} ${join(ROOT, 'bin', 'sitrep.js')}`;
const resolveProgram = (line: string) =>
  line.replace(/npm run --silent sitrep -- /g, `${program} `).replace(/^sitrep /, `${program} `);

describe('documented commands', () => {
  it('run as printed', async () => {
    const commands = await documentedCommands();
    expect(commands.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const line of commands) {
      if (line.includes('../shared/') && !existsSync(SHARED)) {
        console.warn(`documented-commands e2e: ${SHARED} is absent; skipped: ${line}`);
        continue;
      }
      if (line.includes(' --stack ') && !moto && NEEDS_MOTO.some((re) => re.test(line))) {
        console.warn(`documented-commands e2e: moto_server not found; skipped: ${line}`);
        continue;
      }
      if (/ --follow\b/.test(line) && line.includes(' --stack ')) {
        const r = await followThenInterrupt(resolveProgram(line));
        if (r.status !== 0) failures.push(`${line}\n  exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
        continue;
      }
      // A --stack command talks to emulators in this process: spawned asynchronously, not to block them.
      const r = line.includes(' --stack ')
        ? await run('sh', ['-c', resolveProgram(line)], { cwd, env: stack.env, timeoutMs: 120_000 }).then((x) => ({
            status: x.code,
            stderr: x.stderr,
          }))
        : spawnSync('sh', ['-c', resolveProgram(line)], { cwd, env: CHILD_ENV, encoding: 'utf8', timeout: 120_000 });
      if (r.status !== 0) failures.push(`${line}\n  exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
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
