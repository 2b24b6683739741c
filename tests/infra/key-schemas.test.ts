/**
 * No write path of the synthesized stack puts every item under one partition key. Each partition key of every
 * DynamoDB table and GSI in the template (read from the template, so a new index must be added here to pass) is
 * paired with the real item builder that writes it; a varied sample of writes must spread over many partitions.
 * The formerly constant keys (`logPk` = "log", `outboxPk` = "pending", `gsiType` = the type) must use every shard.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SitrepStack } from '../../infra/aws/index.ts';
import { commitToItem, makePosition } from '../../shared/adapters/aws/event-store-item.ts';
import {
  LOG_SHARDS,
  OUTBOX_SHARDS,
  TIMELINE_TYPE_SHARDS,
  shardedKey,
  shardOf,
} from '../../shared/adapters/aws/partition-shards.ts';
import { bodyKey, recordKey, rowItem, subjectPartition } from '../../shared/adapters/aws/read-model-items.ts';
import type { ArticleRecord } from '../../shared/events/article-records.ts';
import type { ReadModelName } from '../../shared/ports.ts';
import type { TimelineRow } from '../../shared/projections/rows.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized CloudFormation JSON, checked by shape
type Cfn = any;
type Item = Record<string, unknown>;

const SAMPLE = 400;
/** The fewest partitions a write path may use over the sample: the smallest shard count (a constant key gives 1). */
const MIN_PARTITIONS = Math.min(LOG_SHARDS, OUTBOX_SHARDS, TIMELINE_TYPE_SHARDS);
const outdir = mkdtempSync(join(tmpdir(), 'sitrep-keys-'));
let stack: SitrepStack;
let tables: Record<string, Cfn>;

beforeAll(() => {
  const synth = createApp({ outdir, skipBundling: true });
  stack = synth.stack;
  synth.app.synth();
  tables = Object.fromEntries(
    Object.entries(synth.app.synth().getStackArtifact(stack.artifactId).template.Resources as Record<string, Cfn>)
      .filter(([, r]) => r.Type === 'AWS::DynamoDB::Table')
      .map(([logical, r]) => [tableName(logical), r.Properties]),
  );
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** `PipelineTimelineTableABC123` → `timeline`, `PipelineEventStoreXYZ` → `eventStore`. */
function tableName(logical: string): string {
  const m = /^Pipeline(EventStore|[A-Z][a-z]+Table)[0-9A-F]{8}$/.exec(logical);
  if (!m) throw new Error(`unexpected table ${logical}`);
  const name = m[1]!.replace(/Table$/, '');
  return name[0]!.toLowerCase() + name.slice(1);
}

const streams = Array.from({ length: SAMPLE }, (_, i) => `news/2024/article-${i}.html`);
const commitItems = (): Item[] =>
  streams.map(
    (stream, i) =>
      commitToItem(
        {
          stream,
          version: 1 + (i % 3),
          ingestId: `${stream}@v1`,
          part: 0,
          parts: 1,
          position: makePosition(i, stream, 1),
          events: [],
        },
        true,
      ) as unknown as Item,
  );

const TYPES = ['DeploymentAnnounced', 'WithdrawalBegun', 'EntityDissolved'] as const;
const timelineRow = (i: number): TimelineRow =>
  ({
    id: i.toString(16).padStart(32, '0'),
    // Worst case for a type-keyed index: every row of one type.
    type: TYPES[0],
    occurredOn: '2024-04-17',
    actor: { name: `Actor ${i % 50}` },
    location: { name: `Place ${i % 70}` },
  }) as unknown as TimelineRow;
const rowItems = (model: ReadModelName): Item[] =>
  Array.from({ length: SAMPLE }, (_, i) => rowItem(model, `${model}-key-${i}`, 1, timelineRow(i)));
const record = (key: string) => ({ type: 'ArticleDeleted', article: { key }, revision: 1 }) as unknown as ArticleRecord;
const factItems = (): Item[] => [
  ...streams.map((key) => recordKey(record(key))),
  ...streams.map((key, i) => bodyKey(key, String(i))),
  ...streams.map((_, i) => ({ pk: subjectPartition(`missions#RU|place-${i % 40}`), sk: `event#${i}` })),
];

/** The items every write path puts in each table (the real builders), by table name. */
const WRITES: Record<string, () => Item[]> = {
  eventStore: commitItems,
  facts: factItems,
  missions: () => rowItems('missions'),
  entities: () => rowItems('entities'),
  articles: () => rowItems('articles'),
  timeline: () => rowItems('timeline'),
};

/** Keys that used to be constant (or one per type): each must use all of its shards. */
const SHARDED: Record<string, number> = { logPk: LOG_SHARDS, outboxPk: OUTBOX_SHARDS, gsiType: TIMELINE_TYPE_SHARDS };

function partitionKeys(): Array<{ table: string; index: string; hash: string; projection?: Cfn }> {
  return Object.entries(tables).flatMap(([table, p]) => [
    { table, index: '(table)', hash: hashOf(p.KeySchema) },
    ...(p.GlobalSecondaryIndexes ?? []).map((g: Cfn) => ({
      table,
      index: g.IndexName,
      hash: hashOf(g.KeySchema),
      projection: g.Projection,
    })),
  ]);
}
const hashOf = (schema: Cfn[]) => schema.find((k) => k.KeyType === 'HASH').AttributeName as string;

describe('partition keys of the synthesized tables', () => {
  it('are the ones this test knows a writer for', () => {
    expect(Object.keys(tables).sort()).toEqual(Object.keys(WRITES).sort());
    expect(partitionKeys().map((k) => `${k.table}.${k.index}:${k.hash}`)).toEqual(
      expect.arrayContaining([
        'eventStore.(table):stream',
        'eventStore.byPosition:logPk',
        'eventStore.outbox:outboxPk',
        'timeline.byType:gsiType',
      ]),
    );
  });

  it('spread every write path over many partitions: no constant partition key', () => {
    for (const { table, index, hash } of partitionKeys()) {
      const values = new Set(
        WRITES[table]!()
          .map((item) => item[hash])
          .filter((v) => v !== undefined),
      );
      const where = `${table} ${index} (${hash})`;
      expect(values.size, where).toBeGreaterThanOrEqual(MIN_PARTITIONS);
    }
  });

  it('give the formerly constant keys every one of their shards, chosen by a stable hash', () => {
    for (const { table, index, hash } of partitionKeys().filter((k) => k.hash in SHARDED)) {
      const values = new Set(WRITES[table]!().map((item) => item[hash]));
      expect(values.size, `${table} ${index}`).toBe(SHARDED[hash]);
    }
    const item = commitItems()[7]!;
    expect(item.logPk).toBe(shardedKey('log', shardOf(streams[7]!, LOG_SHARDS), LOG_SHARDS));
    expect(item.outboxPk).toBe(shardedKey('pending', shardOf(streams[7]!, OUTBOX_SHARDS), OUTBOX_SHARDS));
  });

  it('project only what readers use: keys for the event store indexes, the row document for the timeline', () => {
    for (const { table, index, projection } of partitionKeys()) {
      if (index === '(table)') continue;
      if (table === 'eventStore') expect(projection, index).toEqual({ ProjectionType: 'KEYS_ONLY' });
      else expect(projection, index).toEqual({ ProjectionType: 'INCLUDE', NonKeyAttributes: ['doc'] });
    }
  });
});
