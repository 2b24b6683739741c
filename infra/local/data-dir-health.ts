import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_FILE, STORE_FOLDERS } from './embedded-store.ts';

/** What a data directory holds, as far as its health goes. */
export interface DataDirListing {
  /** Files in `sqlite/` (undefined: no such folder): the embedded store. */
  sqlite?: string[];
  /** Whether `sqlite/sitrep.db` starts with SQLite's file header. */
  sqliteHeader?: boolean;
  /** Files in `dynamo/` (undefined: no such folder): a data directory made with dynalite. */
  dynamo?: string[];
  /** Whether `s3/` exists. */
  s3: boolean;
  /** Whether a `rebuild` started and did not finish. */
  rebuilding: boolean;
}

export type DataDirProblem =
  | { code: 'STORE_MISSING'; message: string }
  | { code: 'STORE_CORRUPT'; message: string }
  | { code: 'BUCKET_MISSING'; message: string }
  | { code: 'REBUILD_INCOMPLETE'; message: string };

export const REBUILD_MARK = 'rebuilding';
/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * The problems of a data directory. A fresh one (neither store nor bucket) has none; a store without its bucket, a
 * bucket without its store, a store that cannot be opened (an SQLite file without its header, a LevelDB folder
 * without CURRENT), or an unfinished rebuild would otherwise start silently empty or show partial read models.
 */
export function decideDataDirHealth(listing: DataDirListing): DataDirProblem[] {
  const problems: DataDirProblem[] = [];
  const sqlite = listing.sqlite?.length ? listing.sqlite : undefined;
  const dynamo = listing.dynamo?.length ? listing.dynamo : undefined;
  const folder = sqlite ? `${STORE_FOLDERS.sqlite}/` : `${STORE_FOLDERS.dynalite}/`;
  if (sqlite && !(sqlite.includes(SQLITE_FILE) && listing.sqliteHeader)) {
    problems.push({
      code: 'STORE_CORRUPT',
      message: `${STORE_FOLDERS.sqlite}/${SQLITE_FILE} is missing or not an SQLite database: the event store cannot be opened`,
    });
  } else if (!sqlite && dynamo && !dynamo.includes('CURRENT')) {
    problems.push({ code: 'STORE_CORRUPT', message: 'dynamo/CURRENT is missing: the event store cannot be opened' });
  }
  const store = sqlite ?? dynamo;
  if (!store && listing.s3) {
    problems.push({
      code: 'STORE_MISSING',
      message: 'the event store (sqlite/) is missing or empty while the bucket (s3/) exists',
    });
  }
  if (store && !listing.s3) {
    problems.push({ code: 'BUCKET_MISSING', message: `s3/ is missing while the event store (${folder}) exists` });
  }
  if (listing.rebuilding) {
    problems.push({ code: 'REBUILD_INCOMPLETE', message: 'a rebuild of the read models did not finish' });
  }
  return problems;
}

export function listDataDir(dataDir: string): DataDirListing {
  const sqlite = join(dataDir, STORE_FOLDERS.sqlite);
  const dynamo = join(dataDir, STORE_FOLDERS.dynalite);
  return {
    ...(existsSync(sqlite)
      ? { sqlite: readdirSync(sqlite), sqliteHeader: startsWithSqliteHeader(join(sqlite, SQLITE_FILE)) }
      : {}),
    ...(existsSync(dynamo) ? { dynamo: readdirSync(dynamo) } : {}),
    s3: existsSync(join(dataDir, 's3')),
    rebuilding: existsSync(join(dataDir, REBUILD_MARK)),
  };
}

function startsWithSqliteHeader(path: string): boolean {
  if (!existsSync(path)) return false;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}
