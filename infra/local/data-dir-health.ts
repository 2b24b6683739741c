import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What a data directory holds, as far as its health goes. */
export interface DataDirListing {
  /** Files in `dynamo/` (undefined: no such folder). */
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

/**
 * The problems of a data directory. A fresh one (neither store nor bucket) has none; a store without its bucket, a
 * bucket without its store, a LevelDB folder without CURRENT, or an unfinished rebuild would otherwise start silently
 * empty or show partial read models.
 */
export function decideDataDirHealth(listing: DataDirListing): DataDirProblem[] {
  const problems: DataDirProblem[] = [];
  const store = listing.dynamo?.length ? listing.dynamo : undefined;
  if (store && !store.includes('CURRENT')) {
    problems.push({ code: 'STORE_CORRUPT', message: 'dynamo/CURRENT is missing: the event store cannot be opened' });
  }
  if (!store && listing.s3) {
    problems.push({ code: 'STORE_MISSING', message: 'dynamo/ is missing or empty while the bucket (s3/) exists' });
  }
  if (store && !listing.s3) {
    problems.push({ code: 'BUCKET_MISSING', message: 's3/ is missing while the event store (dynamo/) exists' });
  }
  if (listing.rebuilding) {
    problems.push({ code: 'REBUILD_INCOMPLETE', message: 'a rebuild of the read models did not finish' });
  }
  return problems;
}

export function listDataDir(dataDir: string): DataDirListing {
  const dynamo = join(dataDir, 'dynamo');
  return {
    ...(existsSync(dynamo) ? { dynamo: readdirSync(dynamo) } : {}),
    s3: existsSync(join(dataDir, 's3')),
    rebuilding: existsSync(join(dataDir, REBUILD_MARK)),
  };
}
