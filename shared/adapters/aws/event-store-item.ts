/**
 * The event store's item format, item size and global positions: pure functions with no AWS import, shared by
 * the DynamoDB adapter (event-store.ts), the outbox's DynamoDB Streams path and the ingest core (splitting).
 *
 * One item = one commit:
 *
 * | attribute  | type | meaning                                                                        |
 * | ---------- | ---- | ------------------------------------------------------------------------------ |
 * | `stream`   | S    | partition key: the article's object key                                        |
 * | `version`  | N    | sort key: 1, 2, 3 … with no gaps                                               |
 * | `ingestId` | S    | the ingestion (article key + object version); with `part`, the idempotency key |
 * | `part`     | N    | part index (0-based) of the ingestion                                          |
 * | `parts`    | N    | part count of the ingestion                                                    |
 * | `position` | S    | global, sortable log position (see `makePosition`)                             |
 * | `events`   | S    | the commit's events as one JSON array, when it is short (≤ EVENTS_GZIP_ABOVE_BYTES)  |
 * | `eventsGz` | B    | otherwise that JSON gzipped (one of `events`, `eventsGz`; readers take either)  |
 * | `logPk`    | S    | `log#<shard of stream>`: the partition of GSI `byPosition` (`logPk`, `position`) |
 * | `outboxPk` | S    | `pending#<shard of stream>` until published, then removed: the sparse GSI `outbox` |
 *
 * The shards are in partition-shards.ts: no write goes to one constant index partition.
 *
 * Why gzip: a commit item is written twice (the append, and the update that clears its outbox mark rewrites the
 * whole item), and DynamoDB bills each write per started KB of the item. The events' JSON compresses about four
 * to one, so most commits fit in one or two KB instead of several. `gunzip` reads it back outside Sitrep too
 * (`aws dynamodb get-item … --query Item.eventsGz.B --output text | base64 -d | gunzip`).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LogEvent } from '../../events/envelope.ts';
import type { Commit } from '../../ports.ts';
import { logPartition, outboxPartition } from './partition-shards.ts';

/** DynamoDB's hard item limit is 400 KB; a commit item is refused above this. */
export const MAX_ITEM_BYTES = 350 * 1024;
/** Budget for the JSON of one part's events, leaving room for keys, position and the other attributes. */
/** Streams whose key is longer than this (UTF-8 bytes) are hashed inside the position (GSI sort keys ≤ 1 KB). */
export const MAX_STREAM_BYTES_IN_POSITION = 512;
/**
 * Events JSON longer than this (UTF-8 bytes) is stored gzipped: below it the item fits in one write unit (1 KB)
 * with its keys and position anyway, and stays readable as text.
 */
export const EVENTS_GZIP_ABOVE_BYTES = 600;

export type EventStoreErrorCode =
  /** A commit (or a single event) does not fit in one item. */
  | 'EVENT_TOO_LARGE'
  /** `append` was asked for a version beyond head + 1: versions have no gaps. */
  | 'VERSION_GAP'
  /** A malformed commit (version, part, parts, stream). */
  | 'BAD_COMMIT'
  /** A stored item that is not a commit of this table. */
  | 'BAD_ITEM';

export class EventStoreError extends Error {
  constructor(
    readonly code: EventStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EventStoreError';
  }
}

export interface CommitItem {
  stream: string;
  version: number;
  ingestId: string;
  part: number;
  parts: number;
  position: string;
  events?: string;
  eventsGz?: Uint8Array;
  logPk: string;
  outboxPk?: string;
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * `000001718000000000/<stream>/0000000003`: the append time in ms (15 digits), the stream, the version
 * (10 digits). Unique per (stream, version) and sortable as a string; positions of one stream grow with its
 * versions because `append` never lets a later version take an earlier time. A stream longer than
 * `MAX_STREAM_BYTES_IN_POSITION` is replaced by `#` + the first 32 hex digits of its sha256.
 */
export function makePosition(ms: number, stream: string, version: number): string {
  const streamPart =
    utf8(stream) > MAX_STREAM_BYTES_IN_POSITION
      ? '#' + createHash('sha256').update(stream, 'utf8').digest('hex').slice(0, 32)
      : stream;
  return `${String(Math.max(0, Math.floor(ms))).padStart(15, '0')}/${streamPart}/${String(version).padStart(10, '0')}`;
}

/** The time part of a position (ms), or 0 when it has none. */
export function positionTime(position: string): number {
  const ms = Number(position.slice(0, 15));
  return Number.isFinite(ms) ? ms : 0;
}

/** The item of a commit; `compress: false` keeps the events as text whatever their size (size checks). */
export function commitToItem(commit: Commit, pending: boolean, opts: { compress?: boolean } = {}): CommitItem {
  const json = JSON.stringify(commit.events);
  const gzip = (opts.compress ?? true) && utf8(json) > EVENTS_GZIP_ABOVE_BYTES;
  return {
    stream: commit.stream,
    version: commit.version,
    ingestId: commit.ingestId,
    part: commit.part,
    parts: commit.parts,
    position: commit.position,
    ...(gzip ? { eventsGz: new Uint8Array(gzipSync(json)) } : { events: json }),
    logPk: logPartition(commit.stream),
    ...(pending ? { outboxPk: outboxPartition(commit.stream) } : {}),
  };
}

/** Decodes an unmarshalled item (document client, or a DynamoDB Streams image after `unmarshall`). */
export function itemToCommit(item: Record<string, unknown>): Commit {
  const { stream, version, ingestId, part, parts, position } = item;
  let events = item.events;
  if (events === undefined && item.eventsGz !== undefined) events = gunzipEvents(item);
  if (
    typeof stream !== 'string' ||
    typeof version !== 'number' ||
    typeof ingestId !== 'string' ||
    typeof part !== 'number' ||
    typeof parts !== 'number' ||
    typeof position !== 'string' ||
    typeof events !== 'string'
  ) {
    throw new EventStoreError('BAD_ITEM', `not an event store commit item: ${describeKey(item)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(events);
  } catch {
    throw new EventStoreError('BAD_ITEM', `commit ${describeKey(item)}: events is not JSON`);
  }
  if (!Array.isArray(parsed)) throw new EventStoreError('BAD_ITEM', `commit ${describeKey(item)}: events not a list`);
  return { stream, version, ingestId, part, parts, position, events: parsed as LogEvent[] };
}

/**
 * The JSON of `eventsGz`: bytes from the SDK, or base64 text where the item comes from JSON (a Lambda's DynamoDB
 * Streams event carries binary attributes as base64, and `unmarshall` leaves them so).
 */
function gunzipEvents(item: Record<string, unknown>): string {
  const gz = item.eventsGz;
  const bytes = gz instanceof Uint8Array ? gz : typeof gz === 'string' ? Buffer.from(gz, 'base64') : undefined;
  if (!bytes) throw new EventStoreError('BAD_ITEM', `commit ${describeKey(item)}: eventsGz is not binary`);
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch {
    throw new EventStoreError('BAD_ITEM', `commit ${describeKey(item)}: eventsGz is not gzip`);
  }
}

function describeKey(item: Record<string, unknown>): string {
  return `${JSON.stringify(item.stream)}@${JSON.stringify(item.version)}`;
}

/**
 * DynamoDB's item size: per attribute, the UTF-8 bytes of its name plus its value (strings: UTF-8 bytes; binaries:
 * their length; numbers: 1 byte per two significant digits + 1; booleans and null: 1).
 */
export function dynamoItemSize(
  item: Record<string, string | number | boolean | null | undefined | Uint8Array>,
): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue;
    size += utf8(name);
    if (typeof value === 'string') size += utf8(value);
    else if (value instanceof Uint8Array) size += value.length;
    else if (typeof value === 'number') size += numberSize(value);
    else size += 1;
  }
  return size;
}

function numberSize(n: number): number {
  const digits = String(Math.abs(n)).replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

/**
 * Refuses a commit whose item would exceed MAX_ITEM_BYTES with EVENT_TOO_LARGE (the position's length does not depend
 * on the time, so this holds before the position is chosen). Every event store applies it: a log written locally fits
 * in DynamoDB too.
 */
export function assertCommitFits(input: Omit<Commit, 'position'>): void {
  // Measured uncompressed: a commit that fits as text fits on every store, whatever its JSON compresses to.
  const probe = commitToItem({ ...input, position: makePosition(0, input.stream, input.version) }, true, {
    compress: false,
  });
  const size = dynamoItemSize({ ...probe });
  if (size > MAX_ITEM_BYTES) {
    throw new EventStoreError(
      'EVENT_TOO_LARGE',
      `commit ${input.stream}@${input.version} (part ${input.part}/${input.parts}, ${input.events.length} events) ` +
        `is ${size} bytes as an item, over the ${MAX_ITEM_BYTES}-byte limit: split it with splitIntoCommits`,
    );
  }
}

/** Refuses a malformed commit with BAD_COMMIT (stream, version, part, parts, events), on every event store. */
export function validateCommit(c: Omit<Commit, 'position'>): void {
  const bad = (why: string) => new EventStoreError('BAD_COMMIT', `commit ${c.stream}@${c.version}: ${why}`);
  if (typeof c.stream !== 'string' || c.stream.length === 0) throw bad('stream must be a non-empty string');
  if (Buffer.byteLength(c.stream, 'utf8') > 2048) throw bad('stream longer than 2048 bytes');
  if (!Number.isSafeInteger(c.version) || c.version < 1) throw bad('version must be an integer ≥ 1');
  if (c.version > 9_999_999_999) throw bad('version above 9999999999');
  if (typeof c.ingestId !== 'string' || c.ingestId.length === 0) throw bad('ingestId must be a non-empty string');
  if (!Number.isSafeInteger(c.parts) || c.parts < 1) throw bad('parts must be an integer ≥ 1');
  if (!Number.isSafeInteger(c.part) || c.part < 0 || c.part >= c.parts) throw bad('part must be in [0, parts)');
  if (!Array.isArray(c.events)) throw bad('events must be a list');
}

export { DEFAULT_PART_BYTES, splitIntoCommits } from '../../pipeline/pack.ts';
