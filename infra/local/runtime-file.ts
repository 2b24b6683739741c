/**
 * What a running `sitrep dev` leaves in its data directory (`runtime.json`) so that other commands talk to it
 * instead of opening the directory themselves, and the data directory's defaults. Kept apart from the runtime so a
 * command can find a running instance, or print its help, without loading the servers.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const DEFAULT_DATA_DIR = '.sitrep';
export const DEFAULT_BUCKET = 'articles';

/** What `sitrep dev` leaves in the data directory so other commands can find it. */
export interface RuntimeFile {
  pid: number;
  s3Endpoint: string;
  dynamoEndpoint?: string;
  apiUrl?: string;
  bucket: string;
}

/** The runtime file of a live `sitrep dev`, if one holds the data directory. Stale files are removed. */
export async function readRuntimeFile(dataDir: string): Promise<RuntimeFile | undefined> {
  const path = join(resolve(dataDir), 'runtime.json');
  let file: RuntimeFile;
  try {
    file = JSON.parse(await readFile(path, 'utf8')) as RuntimeFile;
  } catch {
    return undefined;
  }
  if (file.pid === process.pid) return undefined;
  let alive = true;
  try {
    process.kill(file.pid, 0);
  } catch {
    alive = false;
  }
  // A killed process not yet reaped still answers kill(pid, 0): ask its API as well.
  if (alive && file.apiUrl) {
    alive = await fetch(`${file.apiUrl}/health`, { signal: AbortSignal.timeout(1500) })
      .then((r) => r.ok)
      .catch(() => false);
  }
  if (alive) return file;
  await rm(path, { force: true });
  return undefined;
}

export async function writeRuntimeFile(dataDir: string, file: RuntimeFile): Promise<void> {
  await writeFile(join(resolve(dataDir), 'runtime.json'), `${JSON.stringify(file, null, 2)}\n`);
}

export async function removeRuntimeFile(dataDir: string): Promise<void> {
  await rm(join(resolve(dataDir), 'runtime.json'), { force: true });
}
