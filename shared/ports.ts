/**
 * Ports: what the core needs from the outside world. Adapters implement them for AWS (SDK v3 clients) and for the
 * local runtime (the same AWS adapters pointed at dynalite and s3rver, plus an in-process EventBridge-like bus).
 * Nothing here imports an AWS package.
 */
import type { BusEntry, LogEvent, PutEventsResult } from './events/envelope.ts';

export interface StoredObject {
  bytes: Uint8Array;
  etag: string;
  versionId?: string;
  /** User metadata (x-amz-meta-*), keys lower-cased without the prefix: e.g. `published`. */
  metadata: Record<string, string>;
  contentType?: string;
}

export interface ObjectStore {
  get(bucket: string, key: string, versionId?: string): Promise<StoredObject | undefined>;
  put(
    bucket: string,
    key: string,
    bytes: Uint8Array,
    opts?: { metadata?: Record<string, string>; contentType?: string },
  ): Promise<{ etag: string; versionId?: string }>;
  delete(bucket: string, key: string): Promise<void>;
  list(bucket: string, prefix?: string): AsyncIterable<{ key: string; etag: string; size: number }>;
}

/**
 * One commit: the events of one ingestion (or one part of it), appended atomically as one item at one stream
 * version. A stream is one article (its object key).
 */
export interface Commit {
  stream: string;
  version: number;
  /** Identifies the ingestion (article key + object version): re-appending it is a no-op. */
  ingestId: string;
  /** Part index and count when an ingestion is split to keep each item well under DynamoDB's 400 KB. */
  part: number;
  parts: number;
  /** Global, sortable position in the log: usable for ordered replay. */
  position: string;
  events: LogEvent[];
}

export type AppendOutcome =
  | { status: 'appended'; commit: Commit }
  /** The same (ingestId, part) is already stored: nothing was written. */
  | { status: 'duplicate'; commit: Commit }
  /** Another writer took `version` first: re-read the head and decide again. */
  | { status: 'conflict' };

export interface EventStore {
  /** The last commit of a stream, if any. */
  head(stream: string): Promise<Commit | undefined>;
  /** All commits of a stream in version order. */
  readStream(stream: string): Promise<Commit[]>;
  /**
   * Appends at exactly `version` (conditional write: the slot must be free). The commit is stored with a pending
   * outbox mark in the same item, so an appended commit is never lost to a crash before publishing.
   */
  append(commit: Omit<Commit, 'position'>): Promise<AppendOutcome>;
  /** Every commit in log order, from the start or after a position. */
  readAll(afterPosition?: string): AsyncIterable<Commit>;
  /** Commits not yet confirmed published (the outbox), oldest first. */
  pending(limit: number): Promise<Commit[]>;
  /** Clears the outbox mark once every event of the commit reached the bus. */
  markPublished(stream: string, version: number): Promise<void>;
}

/** A commit the outbox gave up publishing (a permanent refusal): kept with its reason, then marked published. */
export interface UnpublishedCommit {
  stream: string;
  version: number;
  /** `ENTRY_TOO_LARGE` or `PUBLISH_FAILED` (see shared/outbox/publish.ts). */
  code: string;
  message: string;
  /** The events the bus refused. */
  eventIds: string[];
  /** ISO time it was dead-lettered. */
  failedAt: string;
}

/** Where the outbox puts what can never be published, so that it moves on (locally a table, on AWS a DLQ). */
export interface OutboxDeadLetters {
  put(letter: UnpublishedCommit): Promise<void>;
}

/** The raw PutEvents call: at most 10 entries; reports failures per entry and never throws for them. */
export interface EventBus {
  putEvents(entries: BusEntry[]): Promise<PutEventsResult>;
}

/** Read models: the projections' persistent state. Applying is idempotent and order-insensitive. */
export interface ReadModelStore {
  /** Applies published log events (any order, any duplication): facts are merged, derived rows recomputed. */
  apply(events: LogEvent[]): Promise<void>;
  /** Rows of one read model, filtered; rows are plain JSON objects (see shared/projections/rows.ts). */
  query(model: ReadModelName, filter?: ReadModelFilter): Promise<Array<Record<string, unknown>>>;
  /** Drops every row, for `rebuild`. */
  clear(): Promise<void>;
}

export type ReadModelName = 'missions' | 'entities' | 'timeline' | 'articles';

export interface ReadModelFilter {
  type?: string;
  actor?: string;
  location?: string;
  /** Inclusive date bounds compared on the date prefix (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  since?: string;
  until?: string;
  /** Missions and timeline events at or inside a place (a state, region or area, by name or ISO code): hierarchy-aware. */
  within?: string;
  /** Rows whose `status` is this (missions, entities, articles). */
  status?: string;
  /** Missions present on this date (see shared/projections/filter.ts). */
  activeOn?: string;
  /** Row order (see `ROW_SORTS`); default: the model's order. */
  sort?: string;
  /**
   * `full`: mission rows carry their whole history (every stage × date, in date order, with the articles reporting
   * it), read from the store's summaries, instead of the row's first `MAX_HISTORY_ENTRIES` (`sitrep query --json`).
   */
  history?: 'full';
}
