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
 * | `events`   | S    | the commit's events as one JSON array                                          |
 * | `logPk`    | S    | `log#<shard of stream>`: the partition of GSI `byPosition` (`logPk`, `position`) |
 * | `outboxPk` | S    | `pending#<shard of stream>` until published, then removed: the sparse GSI `outbox` |
 *
 * The shards are in partition-shards.ts: no write goes to one constant index partition.
 */
import { createHash } from 'node:crypto';
import type { LogEvent } from '../../events/envelope.ts';
import type { Commit } from '../../ports.ts';
import { logPartition, outboxPartition } from './partition-shards.ts';

/** DynamoDB's hard item limit is 400 KB; a commit item is refused above this. */
export const MAX_ITEM_BYTES = 350 * 1024;
/** Budget for the JSON of one part's events, leaving room for keys, position and the other attributes. */
/** Streams whose key is longer than this (UTF-8 bytes) are hashed inside the position (GSI sort keys ≤ 1 KB). */
export const MAX_STREAM_BYTES_IN_POSITION = 512;

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
  events: string;
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

export function commitToItem(commit: Commit, pending: boolean): CommitItem {
  return {
    stream: commit.stream,
    version: commit.version,
    ingestId: commit.ingestId,
    part: commit.part,
    parts: commit.parts,
    position: commit.position,
    events: JSON.stringify(commit.events),
    logPk: logPartition(commit.stream),
    ...(pending ? { outboxPk: outboxPartition(commit.stream) } : {}),
  };
}

/** Decodes an unmarshalled item (document client, or a DynamoDB Streams image after `unmarshall`). */
export function itemToCommit(item: Record<string, unknown>): Commit {
  const { stream, version, ingestId, part, parts, position, events } = item;
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

function describeKey(item: Record<string, unknown>): string {
  return `${JSON.stringify(item.stream)}@${JSON.stringify(item.version)}`;
}

/**
 * DynamoDB's item size: per attribute, the UTF-8 bytes of its name plus its value (strings: UTF-8 bytes;
 * numbers: 1 byte per two significant digits + 1; booleans and null: 1).
 */
export function dynamoItemSize(item: Record<string, string | number | boolean | null | undefined>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue;
    size += utf8(name);
    if (typeof value === 'string') size += utf8(value);
    else if (typeof value === 'number') size += numberSize(value);
    else size += 1;
  }
  return size;
}

function numberSize(n: number): number {
  const digits = String(Math.abs(n)).replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

export { DEFAULT_PART_BYTES, splitIntoCommits } from '../../pipeline/pack.ts';
