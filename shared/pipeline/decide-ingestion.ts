import type { ArticleDeleted, ArticleProcessed, ArticleRecord } from '../events/article-records.ts';
import type { DomainEvent } from '../events/contracts.ts';
import { SCHEMA_VERSION } from '../events/contracts.ts';
import type { LogEvent } from '../events/envelope.ts';
import { contentHash } from '../events/ids.ts';
import type { Commit } from '../ports.ts';
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

/** What reading and extracting one object version gave, before anything is written. */
export interface ExtractedObject {
  /** One ingestion per change of the object (key, object version, sequencer). */
  ingestId: string;
  /** The object's bytes and metadata identity (objectContentId). */
  contentId: string;
  events: DomainEvent[];
  records: Array<Omit<ArticleProcessed, 'revision'>>;
}

export type NewCommit = Omit<Commit, 'position'>;

export type IngestionDecision =
  /** The stream already holds a later change of the key (by S3 sequencer): the last operation on a key wins. */
  | { kind: 'stale' }
  /** This change, or exactly this content, is already the stream's current state. */
  | { kind: 'duplicate' }
  | { kind: 'append'; commits: NewCommit[] };

export type DeletionDecision =
  | { kind: 'stale' }
  /** Nothing is live in the stream: nothing to retract. */
  | { kind: 'duplicate' }
  | { kind: 'append'; commits: NewCommit[]; retracted: number };

/**
 * Decides what an object-created notice appends to the key's stream, given the stream's history: nothing when a
 * later change (delete or put) of the key is already there, nothing when this change or this exact content is the
 * current state, else the commits (resuming a partly appended ingestion of the same change).
 */
export function decideIngestion(
  history: Commit[],
  notice: ObjectNotice,
  extracted: ExtractedObject,
): IngestionDecision {
  const head = history[history.length - 1];
  if (head && isNewer(history, notice.sequencer)) return { kind: 'stale' };
  const complete = head !== undefined && head.part === head.parts - 1;
  if (complete && head.ingestId === extracted.ingestId) return { kind: 'duplicate' };
  // The same bytes and metadata uploaded again (even under a new version id) change nothing; other metadata on the
  // same bytes ("published" corrected) is a new change.
  if (complete && currentContent(history) === extracted.contentId) return { kind: 'duplicate' };
  const resumeFrom = head && head.ingestId === extracted.ingestId ? head.part + 1 : 0;
  const base = (head?.version ?? 0) + 1 - resumeFrom;
  const gone = retractedKeys(history, new Set(extracted.records.map((r) => r.article.key)));
  const parts = buildParts(extracted.events, extracted.records, gone, notice, base);
  const commits = parts.slice(resumeFrom).map((events, i) => ({
    stream: notice.key,
    version: base + resumeFrom + i,
    ingestId: extracted.ingestId,
    part: resumeFrom + i,
    parts: parts.length,
    events,
  }));
  return commits.length ? { kind: 'append', commits } : { kind: 'duplicate' };
}

/**
 * Decides the retraction an object-removed notice appends: every live article of the key, unless a later change won.
 * A later change is a newer sequencer in the stream, or an object under the key now (`keyHasObject`, when the bucket
 * was asked): a re-put of the current bytes after the delete leaves no record (it changes nothing), so only the
 * bucket can tell that the delete is not the key's last operation. That re-put's own notice, or a later delete's,
 * brings the stream to the key's final state.
 */
export function decideDeletion(history: Commit[], notice: ObjectNotice, keyHasObject = false): DeletionDecision {
  const head = history[history.length - 1];
  if (!head) return { kind: 'duplicate' };
  if (keyHasObject || isNewer(history, notice.sequencer)) return { kind: 'stale' };
  const keys = [...liveKeys(history)];
  if (!keys.length) return { kind: 'duplicate' };
  const version = head.version + 1;
  const deletions: ArticleDeleted[] = keys.map((key) => ({
    type: 'ArticleDeleted',
    schemaVersion: SCHEMA_VERSION,
    id: recordId(key, `deleted@${version}`, 'deleted'),
    revision: version,
    article: { key, ...(notice.sequencer ? { sequencer: notice.sequencer } : {}) },
  }));
  const ingestId = contentHash(`${notice.key}\u001fdelete\u001f${notice.sequencer ?? version}`).slice(0, 32);
  return {
    kind: 'append',
    commits: [{ stream: notice.key, version, ingestId, part: 0, parts: 1, events: deletions }],
    retracted: keys.length,
  };
}

/** The object version the stream's latest ingestion holds, or undefined when it was deleted or never ingested. */
export function currentObjectVersion(history: Commit[]): string | undefined {
  const latest = latestRecord(history);
  return latest?.type === 'ArticleProcessed' ? latest.article.objectVersion : undefined;
}

export function recordId(key: string, objectVersion: string, kind: string): string {
  return contentHash(`${key}\u001f${objectVersion}\u001f${kind}`).slice(0, 32);
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

/** The first article record of the stream's latest commit that holds one. */
function latestRecord(history: Commit[]): ArticleRecord | undefined {
  for (let i = history.length - 1; i >= 0; i--)
    for (const e of history[i]!.events) if (e.type === 'ArticleProcessed' || e.type === 'ArticleDeleted') return e;
  return undefined;
}

/**
 * The content identity the stream's latest ingestion holds (for records written before contentId existed, the
 * object version with no metadata), or undefined when it was deleted or never ingested.
 */
function currentContent(history: Commit[]): string | undefined {
  const latest = latestRecord(history);
  return latest?.type === 'ArticleProcessed' ? (latest.article.contentId ?? latest.article.objectVersion) : undefined;
}

/** Articles of the previous version that this version no longer has (a JSONL line removed): they are retracted. */
function retractedKeys(history: Commit[], current: Set<string>): string[] {
  return [...liveKeys(history)].filter((k) => !current.has(k)).sort();
}

/** Whether the stream already holds a change of this key newer than `sequencer`. */
function isNewer(history: Commit[], sequencer: string | undefined): boolean {
  if (!sequencer) return false;
  for (let i = history.length - 1; i >= 0; i--)
    for (const e of history[i]!.events)
      if ((e.type === 'ArticleProcessed' || e.type === 'ArticleDeleted') && e.article.sequencer)
        return compareSequencers(e.article.sequencer, sequencer) > 0;
  return false;
}
