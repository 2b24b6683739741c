/**
 * The event store on DynamoDB (SDK v3 document client), for AWS and for the local runtime (dynalite or DynamoDB
 * Local). The item format is in event-store-item.ts.
 *
 * - `append` decides with ONE conditional PutItem (`attribute_not_exists(version)`), so a crash can never leave
 *   half a commit: the commit, its global position and its outbox mark are one item.
 * - Idempotency: before writing, `append` reads the stream's commits with a strongly consistent Query and
 *   returns `duplicate` when the same (ingestId, part) is stored. Versions have no gaps (`append` at
 *   head + 1 only, else `VERSION_GAP`), which makes that check race-free: a writer whose put at version v
 *   succeeds had seen every commit below v, and any other writer of the same (ingestId, part) either took a
 *   version below v (seen), took v (we get `conflict`) or is above v and saw ours.
 * - A put that fails its condition re-reads the slot: when it holds the same (ingestId, part) (an SDK retry of a
 *   put whose response was lost), the outcome is `duplicate`, otherwise `conflict`.
 * - GSI `byPosition` (`logPk`, `position`) gives the global order; GSI `outbox` (`outboxPk`, `position`) is
 *   sparse: `markPublished` removes `outboxPk`. Both are write-sharded by the commit's stream (`log#00`…,
 *   `pending#00`…, see partition-shards.ts), so no write goes to one constant partition; `readAll` and `pending`
 *   query every shard and merge by position. Both project keys only (an index write then costs one write unit
 *   whatever the commit's size); the commits themselves are read from the table with BatchGetItem. GSIs are
 *   eventually consistent on AWS, so `pending` may briefly still list a commit just marked (the table read drops
 *   it when the mark is already gone; publishing is at-least-once anyway) and `readAll` may briefly miss one just
 *   appended.
 * - `scanSegment` reads one segment of a parallel Scan of the table (`Segment`/`TotalSegments`): every commit once,
 *   in no global order, a page at a time; what `sitrep rebuild --stack` projects, since projections are
 *   order-insensitive. `approximateCommits` is the table's `ItemCount` (refreshed by DynamoDB about every six
 *   hours), for a progress bar.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AppendOutcome, Commit, EventStore } from '../../ports.ts';
import {
  commitToItem,
  EventStoreError,
  itemToCommit,
  makePosition,
  positionTime,
  validateCommit,
  assertCommitFits,
} from './event-store-item.ts';
import { mergeSorted } from './merge-sorted.ts';
import { logPartitions, outboxPartitions } from './partition-shards.ts';
import { batchGet } from './read-model-ops.ts';

export {
  DEFAULT_PART_BYTES,
  EventStoreError,
  MAX_ITEM_BYTES,
  splitIntoCommits,
  type EventStoreErrorCode,
} from './event-store-item.ts';

export const BY_POSITION_INDEX = 'byPosition';
export const OUTBOX_INDEX = 'outbox';
/** Commits fetched from the table per BatchGetItem while `readAll` walks the index (BatchGetItem's maximum). */
const READ_ALL_BATCH = 100;

/** CreateTable input of the event store table: the CDK app and the local runtime both build from it. */
export function eventStoreTableSpec(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'stream', AttributeType: 'S' },
      { AttributeName: 'version', AttributeType: 'N' },
      { AttributeName: 'logPk', AttributeType: 'S' },
      { AttributeName: 'outboxPk', AttributeType: 'S' },
      { AttributeName: 'position', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'stream', KeyType: 'HASH' },
      { AttributeName: 'version', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: BY_POSITION_INDEX,
        KeySchema: [
          { AttributeName: 'logPk', KeyType: 'HASH' },
          { AttributeName: 'position', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
      {
        IndexName: OUTBOX_INDEX,
        KeySchema: [
          { AttributeName: 'outboxPk', KeyType: 'HASH' },
          { AttributeName: 'position', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ],
    // The AWS publisher reads new commits from DynamoDB Streams (see shared/outbox/stream.ts).
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
  };
}

/** Creates the table when it does not exist and waits until it is ACTIVE (local runtime and tests). */
export async function ensureEventStoreTable(client: DynamoDBClient, tableName: string, timeoutMs = 60_000) {
  try {
    await client.send(new CreateTableCommand(eventStoreTableSpec(tableName)));
  } catch (err) {
    if (errorName(err) !== 'ResourceInUseException') throw err;
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every(
      (i) => i.IndexStatus === undefined || i.IndexStatus === 'ACTIVE',
    );
    if (Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    if (Date.now() > deadline) throw new Error(`table ${tableName} not ACTIVE after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface DynamoEventStoreOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** Clock for positions (ms); tests inject it. */
  now?: () => number;
  /** Items per Query page for `readAll` and `readStream` (default: DynamoDB's 1 MB pages). */
  pageSize?: number;
}

type Item = Record<string, unknown>;

export class DynamoEventStore implements EventStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly table: string;
  private readonly now: () => number;
  private readonly pageSize: number | undefined;

  constructor(opts: DynamoEventStoreOptions) {
    this.doc = opts.doc;
    this.table = opts.tableName;
    this.now = opts.now ?? Date.now;
    this.pageSize = opts.pageSize;
  }

  async head(stream: string): Promise<Commit | undefined> {
    const res = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: '#s = :s',
        ExpressionAttributeNames: { '#s': 'stream' },
        ExpressionAttributeValues: { ':s': stream },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = res.Items?.[0];
    return item ? itemToCommit(item) : undefined;
  }

  async readStream(stream: string): Promise<Commit[]> {
    const commits: Commit[] = [];
    for await (const item of this.queryAll(this.streamQuery(stream))) commits.push(itemToCommit(item));
    return commits;
  }

  async append(input: Omit<Commit, 'position'>): Promise<AppendOutcome> {
    validateCommit(input);
    // Refuse an oversized commit before reading anything.
    assertCommitFits(input);

    // Strongly consistent read of the stream's slots: duplicate check, head, and the last position.
    let head = 0;
    let lastPosition: string | undefined;
    for await (const slot of this.queryAll({
      ...this.streamQuery(input.stream),
      ProjectionExpression: '#v, ingestId, #p, #pos',
      ExpressionAttributeNames: { '#s': 'stream', '#v': 'version', '#p': 'part', '#pos': 'position' },
    })) {
      if (slot.ingestId === input.ingestId && slot.part === input.part) {
        const stored = await this.get(input.stream, Number(slot.version));
        if (stored) return { status: 'duplicate', commit: stored };
      }
      head = Math.max(head, Number(slot.version));
      if (typeof slot.position === 'string') lastPosition = slot.position;
    }
    if (input.version <= head) return { status: 'conflict' };
    if (input.version > head + 1) {
      throw new EventStoreError(
        'VERSION_GAP',
        `append at ${input.stream}@${input.version} but the stream's head is ${head}: append at ${head + 1}`,
      );
    }

    // Positions of one stream never go back in time, whatever the writers' clocks.
    const ms = Math.max(this.now(), lastPosition ? positionTime(lastPosition) : 0);
    const commit: Commit = { ...input, position: makePosition(ms, input.stream, input.version) };
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: commitToItem(commit, true),
          ConditionExpression: 'attribute_not_exists(#v)',
          ExpressionAttributeNames: { '#v': 'version' },
        }),
      );
      return { status: 'appended', commit };
    } catch (err) {
      if (errorName(err) !== 'ConditionalCheckFailedException') throw err;
      const taken = await this.get(input.stream, input.version);
      if (taken && taken.ingestId === input.ingestId && taken.part === input.part) {
        return { status: 'duplicate', commit: taken };
      }
      return { status: 'conflict' };
    }
  }

  async *readAll(afterPosition?: string): AsyncIterable<Commit> {
    const shards = logPartitions().map((partition) =>
      this.queryAll(this.shardQuery(BY_POSITION_INDEX, 'logPk', partition, afterPosition)),
    );
    let keys: Item[] = [];
    for await (const key of mergeSorted(shards, (k) => String(k.position))) {
      keys.push(key);
      if (keys.length < READ_ALL_BATCH) continue;
      yield* await this.commitsAt(keys, false);
      keys = [];
    }
    if (keys.length > 0) yield* await this.commitsAt(keys, false);
  }

  /** One segment of a parallel Scan: its commits, a page (≤ 1 MB, or `pageSize` items) at a time. */
  async *scanSegment(segment: number, totalSegments: number): AsyncGenerator<Commit[]> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const res = await this.doc.send(
        new ScanCommand({
          TableName: this.table,
          Segment: segment,
          TotalSegments: totalSegments,
          ...(this.pageSize ? { Limit: this.pageSize } : {}),
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      yield (res.Items ?? []).map(itemToCommit);
      startKey = res.LastEvaluatedKey;
    } while (startKey);
  }

  /** The table's item count as DynamoDB last refreshed it (about every six hours): a progress bar's total. */
  async approximateCommits(): Promise<number> {
    const { Table } = await this.doc.send(new DescribeTableCommand({ TableName: this.table }));
    return Table?.ItemCount ?? 0;
  }

  async pending(limit: number): Promise<Commit[]> {
    if (!(limit > 0)) return [];
    const shards = outboxPartitions().map((partition) =>
      this.queryAll({ ...this.shardQuery(OUTBOX_INDEX, 'outboxPk', partition), Limit: limit }),
    );
    const keys: Item[] = [];
    for await (const key of mergeSorted(shards, (k) => String(k.position))) {
      keys.push(key);
      if (keys.length >= limit) break;
    }
    return this.commitsAt(keys, true);
  }

  async markPublished(stream: string, version: number): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { stream, version },
          UpdateExpression: 'REMOVE #o',
          // Never create an item: marking a commit that does not exist is a no-op, like marking one twice.
          ConditionExpression: 'attribute_exists(#v)',
          ExpressionAttributeNames: { '#o': 'outboxPk', '#v': 'version' },
        }),
      );
    } catch (err) {
      if (errorName(err) !== 'ConditionalCheckFailedException') throw err;
    }
  }

  private async get(stream: string, version: number): Promise<Commit | undefined> {
    const res = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: { stream, version }, ConsistentRead: true }),
    );
    return res.Item ? itemToCommit(res.Item) : undefined;
  }

  /** The commits at index keys, in the keys' order; `stillPending` drops those whose outbox mark is gone. */
  private async commitsAt(keys: Item[], stillPending: boolean): Promise<Commit[]> {
    const items = await batchGet(
      this.doc,
      this.table,
      keys.map((k) => ({ stream: String(k.stream), version: Number(k.version) })),
    );
    const slot = (item: Item) => `${String(item.version)}/${String(item.stream)}`;
    const bySlot = new Map(items.map((item) => [slot(item), item]));
    return keys.flatMap((key) => {
      const item = bySlot.get(slot(key));
      return item && (!stillPending || item.outboxPk !== undefined) ? [itemToCommit(item)] : [];
    });
  }

  /** One shard of a sharded index in position order, after `afterPosition` when given. */
  private shardQuery(index: string, hashKey: string, partition: string, afterPosition?: string): QueryCommandInput {
    return {
      TableName: this.table,
      IndexName: index,
      KeyConditionExpression: afterPosition === undefined ? '#h = :h' : '#h = :h AND #pos > :after',
      ExpressionAttributeNames: { '#h': hashKey, ...(afterPosition === undefined ? {} : { '#pos': 'position' }) },
      ExpressionAttributeValues: {
        ':h': partition,
        ...(afterPosition === undefined ? {} : { ':after': afterPosition }),
      },
      ScanIndexForward: true,
    };
  }

  private streamQuery(stream: string): QueryCommandInput {
    return {
      TableName: this.table,
      KeyConditionExpression: '#s = :s',
      ExpressionAttributeNames: { '#s': 'stream' },
      ExpressionAttributeValues: { ':s': stream },
      ScanIndexForward: true,
      ConsistentRead: true,
    };
  }

  private async *queryAll(input: QueryCommandInput): AsyncGenerator<Item> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const res = await this.doc.send(
        new QueryCommand({
          ...(this.pageSize ? { Limit: this.pageSize } : {}),
          ...input,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of res.Items ?? []) yield item;
      startKey = res.LastEvaluatedKey;
    } while (startKey);
  }
}

function errorName(err: unknown): string | undefined {
  return err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : undefined;
}
