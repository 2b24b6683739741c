/**
 * The read-model tables, as CreateTable inputs shared by the local runtime (`createReadModelTables`) and the CDK
 * stack (which maps each spec to a `dynamodb.Table`), so both create identical tables.
 *
 * | table       | key                     | holds                                                                  |
 * | ----------- | ----------------------- | ---------------------------------------------------------------------- |
 * | `facts`     | `pk` (S), `sk` (S)      | what rows are computed from (see read-model-items.ts)                  |
 * | `missions`  | `key` (S)               | one item per mission key: `rev`, and `docGz` (the row's JSON, gzipped) if visible |
 * | `entities`  | `key` (S)               | likewise per entity key                                                |
 * | `timeline`  | `id` (S)                | per event id: `rev`, `doc` (the row's JSON text), index attributes below |
 * | `articles`  | `key` (S)               | per article key: `rev`, `doc` (the row's JSON text)                    |
 *
 * Timeline indexes (sparse: only visible rows carry their keys; they project `doc`, all that queries read;
 * eventually consistent on AWS): `byType` (`gsiType`, `gsiDate`), `byActor` (`gsiActor`, `gsiDate`), `byLocation`
 * (`gsiLocation`, `gsiDate`), where `gsiType` is the event type sharded by event id (`WithdrawalBegun#3`, see
 * partition-shards.ts: a type is too few values for a partition key), `gsiActor`/`gsiLocation` are the normalized
 * names and `gsiDate` is `occurredOn` or `~` when undated.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

export const DEFAULT_TABLE_PREFIX = 'sitrep-';

export interface ReadModelTables {
  facts: string;
  missions: string;
  entities: string;
  timeline: string;
  articles: string;
}

export const TIMELINE_INDEXES = { byType: 'byType', byActor: 'byActor', byLocation: 'byLocation' } as const;

/** Table names under a prefix: `sitrep-facts`, `sitrep-missions`… */
export function readModelTables(prefix = DEFAULT_TABLE_PREFIX): ReadModelTables {
  return {
    facts: `${prefix}facts`,
    missions: `${prefix}missions`,
    entities: `${prefix}entities`,
    timeline: `${prefix}timeline`,
    articles: `${prefix}articles`,
  };
}

function keyedBy(TableName: string, key: string): CreateTableCommandInput {
  return {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
  };
}

function timelineIndex(IndexName: string, hash: string) {
  return {
    IndexName,
    KeySchema: [
      { AttributeName: hash, KeyType: 'HASH' as const },
      { AttributeName: 'gsiDate', KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: ['doc'] },
  };
}

/** CreateTable inputs of every read-model table (PAY_PER_REQUEST). */
export function readModelTableSpecs(prefix = DEFAULT_TABLE_PREFIX): CreateTableCommandInput[] {
  const t = readModelTables(prefix);
  const timeline = keyedBy(t.timeline, 'id');
  return [
    {
      TableName: t.facts,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
    },
    keyedBy(t.missions, 'key'),
    keyedBy(t.entities, 'key'),
    {
      ...timeline,
      AttributeDefinitions: [
        ...timeline.AttributeDefinitions!,
        ...['gsiType', 'gsiActor', 'gsiLocation', 'gsiDate'].map((AttributeName) => ({
          AttributeName,
          AttributeType: 'S' as const,
        })),
      ],
      GlobalSecondaryIndexes: [
        timelineIndex(TIMELINE_INDEXES.byType, 'gsiType'),
        timelineIndex(TIMELINE_INDEXES.byActor, 'gsiActor'),
        timelineIndex(TIMELINE_INDEXES.byLocation, 'gsiLocation'),
      ],
    },
    keyedBy(t.articles, 'key'),
  ];
}

/** Creates the tables that do not exist yet and waits until all are ACTIVE (local runtime and tests). */
export async function createReadModelTables(client: DynamoDBClient, prefix = DEFAULT_TABLE_PREFIX): Promise<void> {
  const specs = readModelTableSpecs(prefix);
  await Promise.all(
    specs.map(async (spec) => {
      try {
        await client.send(new CreateTableCommand(spec));
      } catch (error) {
        if ((error as Error).name !== 'ResourceInUseException') throw error;
      }
    }),
  );
  for (const spec of specs) {
    for (let i = 0; ; i++) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: spec.TableName }));
      const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((x) => x.IndexStatus === 'ACTIVE');
      if (Table?.TableStatus === 'ACTIVE' && indexesActive) break;
      if (i >= 600) throw new Error(`table ${spec.TableName} not ACTIVE after 60 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
