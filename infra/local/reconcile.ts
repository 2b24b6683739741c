import type { Commit } from '../../shared/ports.ts';

/** What the event log says about one object key: the object version last ingested, or that it was deleted. */
export interface IngestedObject {
  live: boolean;
  objectVersion?: string;
}

/** The changes that make the event log match the bucket: keys to ingest and keys to retract. */
export interface Reconciliation {
  ingest: string[];
  retract: string[];
}

/** Folds the log (in log order) into the last known state of each object key (the commit stream). */
export function ingestedObjects(commits: Iterable<Commit>): Map<string, IngestedObject> {
  const objects = new Map<string, IngestedObject>();
  for (const commit of commits) foldIngestedObject(objects, commit);
  return objects;
}

/** Folds the next commit of the log into `objects` (see `ingestedObjects`). */
export function foldIngestedObject(objects: Map<string, IngestedObject>, commit: Commit): void {
  if (commit.events.length && commit.events.every((e) => e.type === 'ArticleDeleted')) {
    objects.set(commit.stream, { live: false });
    return;
  }
  // Later parts of a split ingestion carry only domain events: the first part said which version it was.
  const processed = commit.events.find((e) => e.type === 'ArticleProcessed');
  if (!processed || !('article' in processed)) return;
  objects.set(commit.stream, { live: true, objectVersion: processed.article.objectVersion });
}

/**
 * Compares the bucket (key → ETag or version id) with the log: an object the log does not have at this version is
 * ingested (uploaded while nothing was listening, or acknowledged and then lost to a crash); a key the log holds as
 * live but the bucket no longer has is retracted (deleted while down).
 */
export function decideReconciliation(
  bucket: ReadonlyMap<string, string>,
  ingested: ReadonlyMap<string, IngestedObject>,
): Reconciliation {
  const ingest: string[] = [];
  for (const [key, version] of bucket) {
    const known = ingested.get(key);
    if (!known?.live || known.objectVersion !== version) ingest.push(key);
  }
  const retract = [...ingested].filter(([key, state]) => state.live && !bucket.has(key)).map(([key]) => key);
  return { ingest: ingest.sort(), retract: retract.sort() };
}
