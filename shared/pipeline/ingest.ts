import { parseArticleBytes } from '../articles/index.ts';
import { assertNever } from '../assert-never.ts';
import type { ArticleProcessed } from '../events/article-records.ts';
import type { DomainEvent } from '../events/contracts.ts';
import { SCHEMA_VERSION } from '../events/contracts.ts';
import { contentHash } from '../events/ids.ts';
import { extractEvents } from '../extract/index.ts';
import type { EventStore, ObjectStore } from '../ports.ts';
import {
  currentObjectVersion,
  decideDeletion,
  decideIngestion,
  type ExtractedObject,
  type NewCommit,
  type ObjectNotice,
  recordId,
} from './decide-ingestion.ts';
import { decideEventCap, DEFAULT_MAX_EVENTS_PER_ARTICLE } from './event-cap.ts';

export type { ObjectNotice } from './decide-ingestion.ts';

export interface IngestDeps {
  objects: ObjectStore;
  store: EventStore;
  /** Upper bound on the article size, as for `sitrep extract --max-bytes`. */
  maxBytes?: number;
  /** Events one article may state; more and it is recorded failed with TOO_MANY_EVENTS (default 2,000). */
  maxEventsPerArticle?: number;
}

export type IngestOutcome =
  | { status: 'appended'; articles: number; failed: number; events: DomainEvent[]; version: number }
  /** This exact object version was already ingested (S3 and EventBridge deliver at least once). */
  | { status: 'duplicate' }
  /** A newer change of the same key was already ingested: this notice arrived out of order. */
  | { status: 'stale' }
  /** The object is gone (deleted after the notice was sent): its deletion notice will retract it. */
  | { status: 'missing' };

const MAX_ATTEMPTS = 8;

/**
 * Ingests one object version: parse, extract, and append its events plus one ArticleProcessed record per article to
 * the object's stream. Idempotent on (key, object version); out-of-order notices are dropped by S3 sequencer and by
 * the bucket (a version that is no longer the key's current one).
 */
export async function ingestObject(deps: IngestDeps, notice: ObjectNotice): Promise<IngestOutcome> {
  // The key's current object, not the notice's version: the last operation on a key wins. A notice of an older
  // version (a later put or delete happened, whose own notice brings the stream there) changes nothing.
  const object = await deps.objects.get(notice.bucket, notice.key);
  if (!object) return { status: 'missing' };
  if (notice.versionId && object.versionId && object.versionId !== notice.versionId) return { status: 'stale' };
  const objectVersion = object.versionId ?? object.etag;
  const contentId = objectContentId(object.etag, object.metadata);
  // One ingestion per change of the object: a redelivered notice has the same sequencer (and so the same id),
  // while uploading earlier content again (A → B → A on a bucket without versions) is a new change.
  const ingestId = contentHash(`${notice.key}\u001f${objectVersion}\u001f${notice.sequencer ?? ''}`).slice(0, 32);
  const published = object.metadata['published'];
  const results = parseArticleBytes(object.bytes, notice.key, {
    ...(published ? { published } : {}),
    ...(deps.maxBytes ? { maxBytes: deps.maxBytes } : {}),
  });

  const events: DomainEvent[] = [];
  const records: Array<Omit<ArticleProcessed, 'revision'>> = [];
  for (const result of results) {
    const key = result.file === notice.key ? notice.key : result.file;
    const source = {
      key,
      objectVersion,
      contentId,
      ...(notice.sequencer ? { sequencer: notice.sequencer } : {}),
      ...('article' in result ? articleFields(result.article) : {}),
    };
    const failed = (error: { code: string; message: string }) =>
      records.push({
        type: 'ArticleProcessed',
        schemaVersion: SCHEMA_VERSION,
        id: recordId(key, `${objectVersion}\u001f${contentId}`, 'failed'),
        article: source,
        status: 'failed',
        error,
        eventIds: [],
      });
    if ('error' in result) {
      failed(result.error);
      continue;
    }
    try {
      const found = extractEvents({ ...result.article, key });
      const overCap = decideEventCap(found.length, deps.maxEventsPerArticle ?? DEFAULT_MAX_EVENTS_PER_ARTICLE);
      if (overCap) {
        failed(overCap);
        continue;
      }
      events.push(...found);
      records.push({
        type: 'ArticleProcessed',
        schemaVersion: SCHEMA_VERSION,
        id: recordId(key, `${objectVersion}\u001f${contentId}`, 'processed'),
        article: source,
        status: 'processed',
        eventIds: found.map((e) => e.id),
      });
    } catch (err) {
      failed({ code: 'EXTRACT_FAILED', message: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
    }
  }

  const extracted: ExtractedObject = { ingestId, contentId, events, records };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const decision = decideIngestion(await deps.store.readStream(notice.key), notice, extracted);
    switch (decision.kind) {
      case 'stale':
        return { status: 'stale' };
      case 'duplicate':
        return { status: 'duplicate' };
      case 'append': {
        const written = await appendAll(deps.store, decision.commits);
        if (written === 'conflict') continue;
        // Another delivery of this same version got there first.
        if (!written) return { status: 'duplicate' };
        return {
          status: 'appended',
          articles: records.length,
          failed: records.filter((r) => r.status === 'failed').length,
          events,
          version: decision.commits[decision.commits.length - 1]!.version,
        };
      }
      default:
        return assertNever(decision, 'ingestion decision');
    }
  }
  throw Object.assign(new Error(`could not append ${notice.key}: the stream kept changing under concurrent writers`), {
    code: 'APPEND_CONFLICT',
  });
}

export type DeleteOutcome =
  | { status: 'appended' | 'duplicate' | 'stale'; retracted: number }
  /** A version that is not the one ingested was removed (a lifecycle expiry of a noncurrent version): no change. */
  | { status: 'noncurrent'; retracted: 0 };

/**
 * Applies a deletion. When the key's current object is gone (a delete marker, or a delete in a bucket without
 * versions) its articles are retracted. When one version was removed for good (`versionRemoved`), nothing changes
 * unless it is the version ingested: then the version S3 now serves as current, if any, is ingested in its place,
 * else the articles are retracted. Idempotent: a second notice finds nothing left to do.
 */
export async function deleteObject(
  deps: Pick<IngestDeps, 'store'> & Partial<Pick<IngestDeps, 'objects' | 'maxBytes'>>,
  notice: ObjectNotice,
  deletion: 'versionRemoved' | 'objectGone' = 'objectGone',
): Promise<DeleteOutcome | IngestOutcome> {
  if (deletion === 'versionRemoved') {
    const history = await deps.store.readStream(notice.key);
    if (currentObjectVersion(history) !== notice.versionId) return { status: 'noncurrent', retracted: 0 };
    const current = deps.objects ? await deps.objects.get(notice.bucket, notice.key) : undefined;
    if (current && deps.objects) {
      const { versionId: _removed, ...rest } = notice;
      return ingestObject(deps as IngestDeps, {
        ...rest,
        ...(current.versionId ? { versionId: current.versionId } : {}),
      });
    }
  }
  // The bucket says whether the delete is still the key's last operation (see decideDeletion).
  const keyHasObject = deps.objects ? (await deps.objects.get(notice.bucket, notice.key)) !== undefined : false;
  return retractObject(deps, notice, keyHasObject);
}

/** Retracts every article of a deleted object. */
async function retractObject(
  deps: Pick<IngestDeps, 'store'>,
  notice: ObjectNotice,
  keyHasObject: boolean,
): Promise<{ status: 'appended' | 'duplicate' | 'stale'; retracted: number }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const decision = decideDeletion(await deps.store.readStream(notice.key), notice, keyHasObject);
    switch (decision.kind) {
      case 'stale':
      case 'duplicate':
        return { status: decision.kind, retracted: 0 };
      case 'append': {
        const written = await appendAll(deps.store, decision.commits);
        if (written === 'conflict') continue;
        return written ? { status: 'appended', retracted: decision.retracted } : { status: 'duplicate', retracted: 0 };
      }
      default:
        return assertNever(decision, 'deletion decision');
    }
  }
  throw Object.assign(new Error(`could not append the deletion of ${notice.key}`), { code: 'APPEND_CONFLICT' });
}

/** Appends commits in order: how many were new, or 'conflict' when another writer took a version first. */
async function appendAll(store: EventStore, commits: NewCommit[]): Promise<number | 'conflict'> {
  let appended = 0;
  for (const commit of commits) {
    const outcome = await store.append(commit);
    if (outcome.status === 'conflict') return 'conflict';
    if (outcome.status === 'appended') appended++;
  }
  return appended;
}

/** The content identity of an object: its ETag (a digest of its bytes) and its user metadata, in key order. */
export function objectContentId(etag: string, metadata: Readonly<Record<string, string>>): string {
  const meta = Object.keys(metadata)
    .sort()
    .map((k) => `${k.toLowerCase()}=${metadata[k]}`)
    .join('\u001e');
  return contentHash(`${etag.replace(/"/g, '')}\u001f${meta}`).slice(0, 32);
}

function articleFields(article: { contentHash: string; published?: string; title?: string; url?: string }) {
  return {
    contentHash: article.contentHash,
    ...(article.published ? { published: article.published } : {}),
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
  };
}
