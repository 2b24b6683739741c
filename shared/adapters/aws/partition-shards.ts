/**
 * Write-sharded partition keys for the indexes whose natural key has (almost) one value: the event store's global
 * order (`byPosition`), its outbox (`outbox`) and the timeline's per-type index (`byType`). One DynamoDB partition
 * takes about 1,000 write units per second, so an index whose every write goes to one constant key caps the whole
 * table's write rate at that. Each write goes instead to one of `shards` partitions chosen by a hash of a
 * high-cardinality value of the item (the commit's stream, the timeline row's event id); readers query every
 * shard and merge. All key builders of these indexes live here, so the shard counts are the only knobs.
 */
import { createHash } from 'node:crypto';

/** `byPosition` partitions: `log#00` … `log#15`. 16 × ~1,000 WCU/s of GSI write capacity for the log. */
export const LOG_SHARDS = 16;
/** `outbox` partitions: `pending#00` … `pending#15`, as many as the log (each commit is written to both). */
export const OUTBOX_SHARDS = 16;
/** `byType` partitions per event type: `WithdrawalBegun#0` … `WithdrawalBegun#7`. */
export const TIMELINE_TYPE_SHARDS = 8;

const LOG_PREFIX = 'log';
const OUTBOX_PREFIX = 'pending';

/** The shard (0 … shards − 1) of a value: the first 32 bits of its SHA-256, modulo `shards`. */
export function shardOf(value: string, shards: number): number {
  return createHash('sha256').update(value, 'utf8').digest().readUInt32BE(0) % shards;
}

/** `<base>#<shard>`, the shard zero-padded to the width of the largest, so that partitions sort by shard. */
export function shardedKey(base: string, shard: number, shards: number): string {
  return `${base}#${String(shard).padStart(String(shards - 1).length, '0')}`;
}

/** Every partition key of a sharded base, in shard order: what a reader queries. */
export function allShardKeys(base: string, shards: number): string[] {
  return Array.from({ length: shards }, (_, shard) => shardedKey(base, shard, shards));
}

/** `byPosition` partition of a commit: by its stream, so one stream's commits stay in one partition, in order. */
export const logPartition = (stream: string): string => shardedKey(LOG_PREFIX, shardOf(stream, LOG_SHARDS), LOG_SHARDS);
export const logPartitions = (): string[] => allShardKeys(LOG_PREFIX, LOG_SHARDS);

/** `outbox` partition of a pending commit, by its stream. */
export const outboxPartition = (stream: string): string =>
  shardedKey(OUTBOX_PREFIX, shardOf(stream, OUTBOX_SHARDS), OUTBOX_SHARDS);
export const outboxPartitions = (): string[] => allShardKeys(OUTBOX_PREFIX, OUTBOX_SHARDS);

/** `byType` partition of a timeline row: its type, sharded by its event id. */
export const timelineTypePartition = (type: string, eventId: string): string =>
  shardedKey(type, shardOf(eventId, TIMELINE_TYPE_SHARDS), TIMELINE_TYPE_SHARDS);
export const timelineTypePartitions = (type: string): string[] => allShardKeys(type, TIMELINE_TYPE_SHARDS);
