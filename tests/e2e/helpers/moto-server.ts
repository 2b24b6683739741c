/**
 * moto_server (a Python emulator of AWS APIs: here SQS and EventBridge) on an ephemeral loopback port, for the
 * `--stack` commands that need queues and a bus. Installed under pyenv on the team's machines; `findMotoServer`
 * returns undefined where it is absent, and the tests skip with a message.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface MotoServer {
  /** `http://127.0.0.1:PORT` */
  endpoint: string;
  stop(): Promise<void>;
}

/** How long moto_server may take to import its services and print its address. */
const MOTO_START_TIMEOUT_MS = 60_000;

/** The moto_server program: a pyenv version's own (no shim in between), else the one on PATH. */
export function findMotoServer(): string | undefined {
  const versions = join(homedir(), '.pyenv', 'versions');
  if (existsSync(versions)) {
    for (const version of readdirSync(versions).sort().reverse()) {
      const candidate = join(versions, version, 'bin', 'moto_server');
      if (existsSync(candidate)) return candidate;
    }
  }
  const onPath = spawnSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' });
  return onPath.status === 0 && onPath.stdout.trim() ? onPath.stdout.trim() : undefined;
}

/** Starts moto_server on 127.0.0.1 and an ephemeral port (it prints the address it took). */
export async function startMotoServer(program: string): Promise<MotoServer> {
  const child = spawn(program, ['-H', '127.0.0.1', '-p', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`moto_server printed no address in ${MOTO_START_TIMEOUT_MS} ms: ${output}`));
    }, MOTO_START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Running on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`moto_server exited (${code}) before it listened: ${output}`));
    });
  });
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
