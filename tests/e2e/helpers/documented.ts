/**
 * The local `sitrep` commands the README and the `--help` texts print, and how to run one as printed in a scratch
 * working directory holding what the commands name: `examples/`, a `story.txt` and, where it exists, `../shared`.
 * Only the program is resolved (`sitrep` and `npm run --silent sitrep --` → `node <repo>/bin/sitrep.js`). `dev` runs
 * until stopped: its banner's commands are run by dev-hostile-input.test.ts. documented-commands.test.ts runs the
 * commands on the local data directory, documented-stack-commands.test.ts the `--stack` ones (`isStackCommand`):
 * each line is run by exactly one of them, in the order printed.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandHelp } from '../../../cli/main.ts';
import { ROOT, STORIES } from './cli.ts';

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
export const SHARED = join(ROOT, '..', 'shared');

/** The `Example:` lines of every command's --help, then the README's shell lines that run sitrep locally. */
export async function documentedCommands(): Promise<string[]> {
  // The texts `sitrep <name> --help` prints (pipeline-cli.test.ts runs --help itself for every command), read in
  // process rather than by a dozen spawns per file.
  const helps = await Promise.all(COMMANDS.map(async (name) => (await commandHelp(name)) ?? ''));
  const fromHelp = helps.flatMap((help) =>
    (help.split(/^Example:\n/m)[1] ?? '')
      .split('\n')
      .filter((l) => l.trim().startsWith('sitrep '))
      .map((l) => l.trim()),
  );
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  // Blocks may be indented (inside a list item).
  const blocks = [...readme.matchAll(/^ *```sh\n([\s\S]*?)^ *```/gm)].map((m) => m[1]!);
  const fromReadme = blocks
    .flatMap((b) => b.split('\n').map((l) => l.trim()))
    .filter((l) => l.startsWith('npm run --silent sitrep -- ') && !/ -- dev\b/.test(l));
  return [...fromHelp, ...fromReadme];
}

/** The READMEs of the evaluation sets, whose commands score a set where it lies in the checkout. */
export const EVAL_READMES = ['eval/fresh/README.md', 'eval/probes/README.md'];

/** The `sitrep` shell lines of one README under the checkout (`path` relative to it). */
export async function readmeCommands(path: string): Promise<string[]> {
  const text = await readFile(join(ROOT, path), 'utf8');
  return [...text.matchAll(/^ *```sh\n([\s\S]*?)^ *```/gm)]
    .flatMap((m) => m[1]!.split('\n').map((l) => l.trim()))
    .filter((l) => l.startsWith('npm run --silent sitrep -- '));
}

/** A command on a deployed stack (its emulation): run by documented-stack-commands.test.ts. */
export const isStackCommand = (line: string) => line.includes(' --stack ');

const program = `${process.execPath} ${join(ROOT, 'bin', 'sitrep.js')}`;
export const resolveProgram = (line: string) =>
  line.replace(/npm run --silent sitrep -- /g, `${program} `).replace(/^sitrep /, `${program} `);

/** A scratch `tmp/work` directory with `examples/`, `story.txt` and `tmp/shared` (when the corpus exists). */
export async function scratchWorkDir(prefix: string): Promise<{ tmp: string; cwd: string }> {
  const tmp = await mkdtemp(join(tmpdir(), prefix));
  const cwd = join(tmp, 'work');
  await mkdir(cwd);
  await symlink(join(ROOT, 'examples'), join(cwd, 'examples'));
  if (existsSync(SHARED)) await symlink(SHARED, join(tmp, 'shared'));
  await writeFile(join(cwd, 'story.txt'), STORIES['withdraw.txt']);
  return { tmp, cwd };
}

/** The first line of a failed command's stderr, under the command as printed. */
export const failure = (line: string, r: { status: number | null; stderr: string }) =>
  `${line}\n  exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
