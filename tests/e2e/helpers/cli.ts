/**
 * Helpers for end-to-end tests of the pipeline commands: run `node bin/sitrep.js ...` as a user does, start and
 * stop `sitrep dev` on ephemeral ports, poll until a condition holds, and write small wire-style articles.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The environment of every spawned command: no AWS SDK Node version warning on stderr. */
export const CHILD_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/sitrep.js ARGS` from the project root and resolves when it exits (killed after `timeoutMs`). */
export function sitrep(args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return run(process.execPath, ['bin/sitrep.js', ...args], opts);
}

/** Runs any program from the project root. */
export function run(
  file: string,
  args: string[],
  opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: opts.cwd ?? ROOT,
      env: opts.env ?? CHILD_ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const timer = setTimeout(() => {
      stderr += `\n[test helper: killed ${file} ${args.join(' ')} after ${timeoutMs} ms]\n`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** `sitrep query MODEL --json ...` parsed; throws with its stderr when it fails. */
export async function queryJson(
  dataDir: string,
  model: string,
  ...filters: string[]
): Promise<{ text: string; rows: Array<Record<string, unknown>> }> {
  const r = await sitrep(['query', model, '--json', '--data-dir', dataDir, ...filters]);
  if (r.code !== 0) throw new Error(`sitrep query ${model} exited ${r.code}: ${r.stderr}`);
  return { text: r.stdout, rows: JSON.parse(r.stdout) as Array<Record<string, unknown>> };
}

/** Polls `check` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 15_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface DevProcess {
  child: ChildProcess;
  apiUrl: string;
  s3Endpoint: string;
  bucket: string;
  stdout(): string;
  stderr(): string;
  /** Sends SIGINT and resolves with the exit code (SIGKILL after `timeoutMs`). Safe to call twice. */
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `sitrep dev --data-dir D --port 0 --s3-port 0 [extra]` and waits for the endpoints it prints. */
export async function startDev(dataDir: string, timeoutMs = 30_000, extra: string[] = []): Promise<DevProcess> {
  const child = spawn(
    process.execPath,
    ['bin/sitrep.js', 'dev', '--data-dir', dataDir, '--port', '0', '--s3-port', '0', ...extra],
    { cwd: ROOT, env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let stopping: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
  const stop = (ms = 15_000) => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      const force = setTimeout(() => child.kill('SIGKILL'), ms);
      try {
        return await exited;
      } finally {
        clearTimeout(force);
      }
    })();
    return stopping;
  };
  try {
    await waitFor(
      'sitrep dev to print its endpoints',
      () => {
        if (child.exitCode !== null) throw new Error(`sitrep dev exited ${child.exitCode}: ${err}`);
        return out.includes('Ctrl-C to stop.');
      },
      timeoutMs,
      50,
    );
  } catch (e) {
    await stop(2_000);
    throw new Error(`${(e as Error).message}\nstdout: ${out}\nstderr: ${err}`);
  }
  const s3 = /S3 endpoint\s+(http:\/\/\S+)\s+\(bucket: ([^)]+)\)/.exec(out);
  const api = /read models\s+(http:\/\/\S+)\/missions/.exec(out);
  if (!s3 || !api) {
    await stop(2_000);
    throw new Error(`cannot read the endpoints of sitrep dev from: ${out}`);
  }
  return {
    child,
    apiUrl: api[1]!,
    s3Endpoint: s3[1]!,
    bucket: s3[2]!,
    stdout: () => out,
    stderr: () => err,
    stop,
  };
}

/** GET a JSON resource. */
export async function getJson<T = unknown>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Short invented wire stories, each with one clear event (or none), by file name. */
export const STORIES = {
  'deploy.txt':
    'Germany to send 500 troops to Lithuania\n\n' +
    "BERLIN, March 3 (Wire) - Germany will send 500 soldiers to Lithuania, the Defence Ministry said on Thursday, to reinforce the allied battlegroup on NATO's eastern flank.\n",
  'withdraw.txt':
    'French troops begin pullout from Mali\n\n' +
    'PARIS, March 2 (Wire) - France began withdrawing its troops from Mali on Wednesday, the armed forces ministry said. The first convoy left the base at Gao in the morning.\n',
  'dissolve.md':
    '# Slovak president dissolves National Council\n\n' +
    "BRATISLAVA, March 1 (Wire) - Slovakia's president dissolved the National Council by decree on Tuesday and called an early election, her office said.\n",
  'negative.txt':
    'Minister rules out sending troops\n\n' +
    'VIENNA, March 3 (Wire) - Austria has no plans to send troops abroad, the defence minister said on Friday. "We are not deploying anyone," she told reporters at a conference on energy prices.\n',
} as const;

/** The withdrawal story moved to another country: a changed article whose event changes. */
export const WITHDRAW_NIGER =
  'French troops begin pullout from Niger\n\n' +
  'PARIS, March 2 (Wire) - France began withdrawing its troops from Niger on Wednesday, the armed forces ministry said. The first convoy left the base at Niamey in the morning.\n';

/** Writes the stories (and, with `broken`, a .json that does not parse) into `dir`. */
export async function writeStories(dir: string, opts: { broken?: boolean } = {}): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(STORIES)) await writeFile(join(dir, name), text);
  if (opts.broken) await writeFile(join(dir, 'broken.json'), '{"title": "Broken", "text": ');
}
