/**
 * DynamoDB tables built from the CreateTable inputs the local runtime uses (`eventStoreTableSpec`,
 * `readModelTableSpecs`), so AWS and the embedded default have the same keys, indexes and stream by construction.
 * Anything a spec holds that this mapping does not understand throws instead of being dropped.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { CreateTableCommandInput, KeySchemaElement } from '@aws-sdk/client-dynamodb';
import type { Construct } from 'constructs';

/** A capacity range for auto scaling: never below `min` or above `max` capacity units. */
export interface CapacityRange {
  readonly min: number;
  readonly max: number;
}

/**
 * How the tables are billed: on demand (per request: nothing to size, any burst absorbed), or provisioned capacity
 * under auto scaling (read and write capacity of every table and GSI between `min` and `max`, tracking
 * `AUTO_SCALING_TARGET_PERCENT` utilization): cheaper per unit for a steady load, throttled for a burst until it
 * scales up (minutes).
 */
export type TableBilling =
  | { readonly mode: 'onDemand' }
  | { readonly mode: 'provisioned'; readonly read: CapacityRange; readonly write: CapacityRange };

/** Target utilization of provisioned capacity: auto scaling keeps consumed/provisioned near this. */
export const AUTO_SCALING_TARGET_PERCENT = 70;
/** Capacity range of every table and GSI when provisioned and no range is given. */
export const DEFAULT_CAPACITY: CapacityRange = { min: 1, max: 100 };

export interface SpecTableOptions {
  removalPolicy: RemovalPolicy;
  deletionProtection: boolean;
  /** Default: on demand. */
  billing?: TableBilling;
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

/**
 * A `dynamodb.Table` (on demand or provisioned under auto scaling, point-in-time recovery) equal to `spec` in keys,
 * GSIs and stream.
 */
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
  const billing = opts.billing ?? { mode: 'onDemand' };
  const provisioned = billing.mode === 'provisioned' ? billing : undefined;
  if (provisioned) for (const range of [provisioned.read, provisioned.write]) checkRange(spec, range);
  // Provisioned: start at the minimum, auto scaling raises it.
  const capacity = provisioned
    ? { readCapacity: provisioned.read.min, writeCapacity: provisioned.write.min }
    : ({} as const);
  const table = new dynamodb.Table(scope, id, {
    ...keys(spec, spec.KeySchema, 'table'),
    billingMode: provisioned ? dynamodb.BillingMode.PROVISIONED : dynamodb.BillingMode.PAY_PER_REQUEST,
    ...capacity,
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
      ...capacity,
    });
  }
  if (provisioned) {
    const scaled = (attribute: dynamodb.IScalableTableAttribute) =>
      attribute.scaleOnUtilization({ targetUtilizationPercent: AUTO_SCALING_TARGET_PERCENT });
    const range = (r: CapacityRange) => ({ minCapacity: r.min, maxCapacity: r.max });
    scaled(table.autoScaleReadCapacity(range(provisioned.read)));
    scaled(table.autoScaleWriteCapacity(range(provisioned.write)));
    for (const index of spec.GlobalSecondaryIndexes ?? []) {
      scaled(table.autoScaleGlobalSecondaryIndexReadCapacity(index.IndexName!, range(provisioned.read)));
      scaled(table.autoScaleGlobalSecondaryIndexWriteCapacity(index.IndexName!, range(provisioned.write)));
    }
  }
  return table;
}

function checkRange(spec: CreateTableCommandInput, range: CapacityRange): void {
  if (!(Number.isInteger(range.min) && Number.isInteger(range.max) && range.min >= 1 && range.max >= range.min)) {
    throw new Error(
      `${spec.TableName}: capacity range ${range.min}..${range.max}: expected whole numbers 1 <= min <= max`,
    );
  }
}
