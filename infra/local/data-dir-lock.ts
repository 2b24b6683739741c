import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Who holds a data directory: the process and the loopback database endpoint readers may use meanwhile. */
export interface DataDirLock {
  pid: number;
  /** The holder's store engine (absent in locks written before SQLite: dynalite). */
  store?: 'sqlite' | 'dynalite';
  dynamoEndpoint?: string;
}

const LOCK_FILE = 'lock.json';
const FRESH_LOCK_MS = 2_000;
/** File system codes that mean "this user may not write here". */
const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

const fail = (code: string, message: string) => Object.assign(new Error(message), { code });

/**
 * Takes the data directory for this process (LevelDB allows one process): an exclusive lock file holding our pid.
 * A lock left by a dead process is taken over; a live holder → `DATA_DIR_IN_USE`; an unwritable directory →
 * `PERMISSION_DENIED`. Both are one-line errors for the commands.
 */
export async function acquireDataDirLock(dataDir: string): Promise<void> {
  const path = join(dataDir, LOCK_FILE);
  for (;;) {
    try {
      await writeFile(path, JSON.stringify({ pid: process.pid } satisfies DataDirLock), { flag: 'wx' });
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (DENIED.has(code)) throw fail('PERMISSION_DENIED', `cannot write to ${dataDir} (${code})`);
      if (code !== 'EEXIST') throw err;
    }
    const holder = await readDataDirLock(dataDir);
    if (holder || (await beingWritten(path))) {
      throw fail(
        'DATA_DIR_IN_USE',
        `${dataDir} is in use by another sitrep process${holder ? ` (pid ${holder.pid})` : ''}; wait for it or pass another --data-dir`,
      );
    }
    await rm(path, { force: true });
  }
}

/** Records the endpoint readers (`query`, `tail`) may use while this process holds the directory. */
export async function publishDataDirLock(dataDir: string, lock: DataDirLock): Promise<void> {
  await writeFile(join(dataDir, LOCK_FILE), JSON.stringify(lock));
}

export async function releaseDataDirLock(dataDir: string): Promise<void> {
  const holder = await readLockFile(dataDir);
  if (holder?.pid === process.pid) await rm(join(dataDir, LOCK_FILE), { force: true });
}

/** The live holder of the data directory other than this process, if any. */
export async function readDataDirLock(dataDir: string): Promise<DataDirLock | undefined> {
  const holder = await readLockFile(dataDir);
  if (!holder || holder.pid === process.pid || !isAlive(holder.pid)) return undefined;
  return holder;
}

/** A lock file just created by another process that has not written its pid yet. */
async function beingWritten(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return !!info && info.size === 0 && Date.now() - info.mtimeMs < FRESH_LOCK_MS;
}

async function readLockFile(dataDir: string): Promise<DataDirLock | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')) as DataDirLock;
  } catch {
    return undefined;
  }
}

/** Whether a process of this host still runs (EPERM: it does, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
