/**
 * DynamoDB tables built from the CreateTable inputs the local runtime uses (`eventStoreTableSpec`,
 * `readModelTableSpecs`), so AWS and the embedded default have the same keys, indexes and stream by construction.
 * Anything a spec holds that this mapping does not understand throws instead of being dropped.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { CreateTableCommandInput, KeySchemaElement } from '@aws-sdk/client-dynamodb';
import type { Construct } from 'constructs';

export interface SpecTableOptions {
  removalPolicy: RemovalPolicy;
  deletionProtection: boolean;
}

const ATTRIBUTE_TYPES: Record<string, dynamodb.AttributeType> = {
  S: dynamodb.AttributeType.STRING,
  N: dynamodb.AttributeType.NUMBER,
  B: dynamodb.AttributeType.BINARY,
};

const STREAM_VIEWS: Record<string, dynamodb.StreamViewType> = {
  NEW_IMAGE: dynamodb.StreamViewType.NEW_IMAGE,
  OLD_IMAGE: dynamodb.StreamViewType.OLD_IMAGE,
  NEW_AND_OLD_IMAGES: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  KEYS_ONLY: dynamodb.StreamViewType.KEYS_ONLY,
};

const PROJECTIONS: Record<string, dynamodb.ProjectionType> = {
  ALL: dynamodb.ProjectionType.ALL,
  KEYS_ONLY: dynamodb.ProjectionType.KEYS_ONLY,
  INCLUDE: dynamodb.ProjectionType.INCLUDE,
};

function keys(spec: CreateTableCommandInput, schema: KeySchemaElement[] | undefined, where: string) {
  const attribute = (name: string | undefined): dynamodb.Attribute => {
    const def = spec.AttributeDefinitions?.find((d) => d.AttributeName === name);
    const type = def?.AttributeType ? ATTRIBUTE_TYPES[def.AttributeType] : undefined;
    if (!name || !type) throw new Error(`${spec.TableName} ${where}: no attribute definition for key "${name}"`);
    return { name, type };
  };
  const hash = schema?.find((k) => k.KeyType === 'HASH');
  const range = schema?.find((k) => k.KeyType === 'RANGE');
  if (!hash) throw new Error(`${spec.TableName} ${where}: no HASH key`);
  return {
    partitionKey: attribute(hash.AttributeName),
    ...(range ? { sortKey: attribute(range.AttributeName) } : {}),
  };
}

/** A `dynamodb.Table` (on-demand, point-in-time recovery) equal to `spec` in keys, GSIs and stream. */
export function tableFromSpec(
  scope: Construct,
  id: string,
  spec: CreateTableCommandInput,
  opts: SpecTableOptions,
): dynamodb.Table {
  if (spec.BillingMode !== 'PAY_PER_REQUEST') throw new Error(`${spec.TableName}: only PAY_PER_REQUEST is mapped`);
  if (spec.LocalSecondaryIndexes?.length) throw new Error(`${spec.TableName}: local secondary indexes are not mapped`);
  const stream = spec.StreamSpecification?.StreamEnabled
    ? STREAM_VIEWS[spec.StreamSpecification.StreamViewType ?? '']
    : undefined;
  if (spec.StreamSpecification?.StreamEnabled && !stream) {
    throw new Error(`${spec.TableName}: unknown stream view ${spec.StreamSpecification.StreamViewType}`);
  }
  const table = new dynamodb.Table(scope, id, {
    ...keys(spec, spec.KeySchema, 'table'),
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    // Restores to any second of the last 35 days: the event store is the source of truth, and the read models,
    // though rebuildable from it, are what analysts query.
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: opts.deletionProtection,
    removalPolicy: opts.removalPolicy,
    ...(stream ? { stream } : {}),
  });
  for (const index of spec.GlobalSecondaryIndexes ?? []) {
    const projectionType = PROJECTIONS[index.Projection?.ProjectionType ?? 'ALL'];
    if (!index.IndexName || !projectionType) throw new Error(`${spec.TableName}: malformed GSI ${index.IndexName}`);
    table.addGlobalSecondaryIndex({
      indexName: index.IndexName,
      ...keys(spec, index.KeySchema, `index ${index.IndexName}`),
      projectionType,
      ...(index.Projection?.NonKeyAttributes ? { nonKeyAttributes: index.Projection.NonKeyAttributes } : {}),
    });
  }
  return table;
}
