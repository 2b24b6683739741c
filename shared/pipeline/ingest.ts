import { parseArticleBytes } from '../articles/index.ts';
import type { ArticleDeleted, ArticleProcessed, ArticleRecord } from '../events/article-records.ts';
import type { DomainEvent } from '../events/contracts.ts';
import { SCHEMA_VERSION } from '../events/contracts.ts';
import type { LogEvent } from '../events/envelope.ts';
import { contentHash } from '../events/ids.ts';
import { extractEvents } from '../extract/index.ts';
import type { Commit, EventStore, ObjectStore } from '../ports.ts';
import { decideEventCap, DEFAULT_MAX_EVENTS_PER_ARTICLE } from './event-cap.ts';
import { splitIntoCommits } from './pack.ts';
import { compareSequencers } from './sequencer.ts';

/** What an object-created or object-removed notification tells us (from S3 via EventBridge, or the local bucket). */
export interface ObjectNotice {
  bucket: string;
  key: string;
  versionId?: string;
  etag?: string;
  sequencer?: string;
}

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
 * the object's stream. Idempotent on (key, object version); out-of-order notices are dropped by S3 sequencer.
 */
export async function ingestObject(deps: IngestDeps, notice: ObjectNotice): Promise<IngestOutcome> {
  const object = await deps.objects.get(notice.bucket, notice.key, notice.versionId);
  if (!object) return { status: 'missing' };
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

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const history = await deps.store.readStream(notice.key);
    const head = history[history.length - 1];
    if (head && isNewer(history, notice.sequencer)) return { status: 'stale' };
    if (head && head.ingestId === ingestId && head.part === head.parts - 1) return { status: 'duplicate' };
    // The stream already holds exactly this content as its current version: nothing changes (the same bytes and
    // metadata uploaded again, even under a new version id, or the same object announced again). Other metadata
    // on the same bytes ("published" corrected) is a new change.
    if (head && head.part === head.parts - 1 && currentContent(history) === contentId) return { status: 'duplicate' };
    // Resume a partly appended ingestion of this same version, else start after the head.
    const resumeFrom = head && head.ingestId === ingestId ? head.part + 1 : 0;
    const base = (head?.version ?? 0) + 1 - resumeFrom;
    const gone = retractedKeys(history, new Set(records.map((r) => r.article.key)));
    const parts = buildParts(events, records, gone, notice, base);
    let conflicted = false;
    let appended = 0;
    for (let p = resumeFrom; p < parts.length; p++) {
      const outcome = await deps.store.append({
        stream: notice.key,
        version: base + p,
        ingestId,
        part: p,
        parts: parts.length,
        events: parts[p]!,
      });
      if (outcome.status === 'conflict') {
        conflicted = true;
        break;
      }
      if (outcome.status === 'appended') appended++;
    }
    if (conflicted) continue;
    // Another delivery of this same version got there first.
    if (!appended) return { status: 'duplicate' };
    return {
      status: 'appended',
      articles: records.length,
      failed: records.filter((r) => r.status === 'failed').length,
      events,
      version: base + parts.length - 1,
    };
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
  return retractObject(deps, notice);
}

/** Retracts every article of a deleted object. */
async function retractObject(
  deps: Pick<IngestDeps, 'store'>,
  notice: ObjectNotice,
): Promise<{ status: 'appended' | 'duplicate' | 'stale'; retracted: number }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const history = await deps.store.readStream(notice.key);
    const head = history[history.length - 1];
    if (!head) return { status: 'duplicate', retracted: 0 };
    if (isNewer(history, notice.sequencer)) return { status: 'stale', retracted: 0 };
    const keys = [...liveKeys(history)];
    if (!keys.length) return { status: 'duplicate', retracted: 0 };
    const version = head.version + 1;
    const deletions: ArticleDeleted[] = keys.map((key) => ({
      type: 'ArticleDeleted',
      schemaVersion: SCHEMA_VERSION,
      id: recordId(key, `deleted@${version}`, 'deleted'),
      revision: version,
      article: { key, ...(notice.sequencer ? { sequencer: notice.sequencer } : {}) },
    }));
    const ingestId = contentHash(`${notice.key}\u001fdelete\u001f${notice.sequencer ?? version}`).slice(0, 32);
    const outcome = await deps.store.append({
      stream: notice.key,
      version,
      ingestId,
      part: 0,
      parts: 1,
      events: deletions,
    });
    if (outcome.status === 'conflict') continue;
    return { status: outcome.status, retracted: outcome.status === 'appended' ? keys.length : 0 };
  }
  throw Object.assign(new Error(`could not append the deletion of ${notice.key}`), { code: 'APPEND_CONFLICT' });
}

function buildParts(
  events: DomainEvent[],
  records: Array<Omit<ArticleProcessed, 'revision'>>,
  gone: string[],
  notice: ObjectNotice,
  base: number,
): LogEvent[][] {
  // Records go last so that they land in the final part; their revision is that part's version.
  const probe = splitIntoCommits([...events, ...records.map((r) => ({ ...r, revision: 1 }) as ArticleRecord)]);
  const revision = base + probe.length - 1;
  const finalRecords: ArticleRecord[] = [
    ...records.map((r) => ({ ...r, revision }) as ArticleProcessed),
    ...gone.map((key) => ({
      type: 'ArticleDeleted' as const,
      schemaVersion: SCHEMA_VERSION,
      id: recordId(key, `deleted@${revision}`, 'deleted'),
      revision,
      article: { key, ...(notice.sequencer ? { sequencer: notice.sequencer } : {}) },
    })),
  ];
  const parts = splitIntoCommits([...events, ...finalRecords]);
  // Adding the deletion records can only add a part when they do not fit: then pack them into the last part anyway.
  if (parts.length !== probe.length) {
    const head = splitIntoCommits(events);
    if (!head.length) return [finalRecords];
    return [...head.slice(0, -1), [...head[head.length - 1]!, ...finalRecords]];
  }
  return parts;
}

/** The article keys whose latest record in the stream is ArticleProcessed. */
function liveKeys(history: Commit[]): Set<string> {
  const latest = new Map<string, ArticleRecord>();
  for (const commit of history)
    for (const e of commit.events)
      if (e.type === 'ArticleProcessed' || e.type === 'ArticleDeleted') latest.set(e.article.key, e);
  return new Set([...latest].filter(([, r]) => r.type === 'ArticleProcessed').map(([k]) => k));
}

/** The content identity of an object: its ETag (a digest of its bytes) and its user metadata, in key order. */
export function objectContentId(etag: string, metadata: Readonly<Record<string, string>>): string {
  const meta = Object.keys(metadata)
    .sort()
    .map((k) => `${k.toLowerCase()}=${metadata[k]}`)
    .join('\u001e');
  return contentHash(`${etag.replace(/"/g, '')}\u001f${meta}`).slice(0, 32);
}

/**
 * The content identity the stream's latest ingestion holds (for records written before contentId existed, the
 * object version with no metadata), or undefined when it was deleted or never ingested.
 */
function currentContent(history: Commit[]): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    for (const e of history[i]!.events) {
      if (e.type === 'ArticleProcessed') return e.article.contentId ?? e.article.objectVersion;
      if (e.type === 'ArticleDeleted') return undefined;
    }
  }
  return undefined;
}

/** The object version the stream's latest ingestion holds, or undefined when it was deleted or never ingested. */
function currentObjectVersion(history: Commit[]): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    for (const e of history[i]!.events) {
      if (e.type === 'ArticleProcessed') return e.article.objectVersion;
      if (e.type === 'ArticleDeleted') return undefined;
    }
  }
  return undefined;
}

/** Articles of the previous version that this version no longer has (a JSONL line removed): they are retracted. */
function retractedKeys(history: Commit[], current: Set<string>): string[] {
  return [...liveKeys(history)].filter((k) => !current.has(k)).sort();
}

/** Whether the stream already holds a change of this key newer than `sequencer`. */
function isNewer(history: Commit[], sequencer: string | undefined): boolean {
  if (!sequencer) return false;
  for (let i = history.length - 1; i >= 0; i--) {
    for (const e of history[i]!.events) {
      if ((e.type === 'ArticleProcessed' || e.type === 'ArticleDeleted') && e.article.sequencer) {
        return compareSequencers(e.article.sequencer, sequencer) > 0;
      }
    }
  }
  return false;
}

function articleFields(article: { contentHash: string; published?: string; title?: string; url?: string }) {
  return {
    contentHash: article.contentHash,
    ...(article.published ? { published: article.published } : {}),
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
  };
}

function recordId(key: string, objectVersion: string, kind: string): string {
  return contentHash(`${key}\u001f${objectVersion}\u001f${kind}`).slice(0, 32);
}
