/**
 * DynamoDB calls the read-model store needs, with their limits handled: BatchGetItem (100 keys, unprocessed keys
 * retried), BatchWriteItem (25 items, unprocessed items retried), paginated Query and Scan, and a bounded pool.
 * Only operations that dynalite and DynamoDB Local both support (no transactions: dynalite has none).
 */
import {
  BatchGetCommand,
  BatchWriteCommand,
  QueryCommand,
  ScanCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';

export type Item = Record<string, unknown>;
export type Key = Record<string, string | number>;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Full-jitter exponential backoff: up to 10 ms × 2^attempt, capped at 250 ms. */
export function backoff(attempt: number): Promise<void> {
  return sleep(Math.random() * Math.min(250, 10 * 2 ** attempt));
}

export function isConditionalCheckFailed(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'ConditionalCheckFailedException';
}

/** Runs `fn` over `items` with at most `limit` calls in flight; rejects on the first failure. */
export async function mapPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function uniqueKeys(keys: readonly Key[]): Key[] {
  const seen = new Map<string, Key>();
  for (const k of keys) seen.set(JSON.stringify(Object.entries(k).sort()), k);
  return [...seen.values()];
}

const MAX_BATCH_ATTEMPTS = 20;

/** Strongly consistent BatchGetItem of any number of keys (duplicates allowed); returns the items found. */
export async function batchGet(
  doc: DynamoDBDocumentClient,
  table: string,
  keys: readonly Key[],
  projection?: { expression: string; names: Record<string, string> },
): Promise<Item[]> {
  const found: Item[] = [];
  for (const chunk of chunks(uniqueKeys(keys), 100)) {
    let pending: Key[] = chunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_BATCH_ATTEMPTS) throw new Error(`BatchGetItem on ${table}: keys still unprocessed`);
      if (attempt > 0) await backoff(attempt);
      const out = await doc.send(
        new BatchGetCommand({
          RequestItems: {
            [table]: {
              Keys: pending,
              ConsistentRead: true,
              ...(projection
                ? { ProjectionExpression: projection.expression, ExpressionAttributeNames: projection.names }
                : {}),
            },
          },
        }),
      );
      found.push(...((out.Responses?.[table] ?? []) as Item[]));
      pending = (out.UnprocessedKeys?.[table]?.Keys ?? []) as Key[];
    }
  }
  return found;
}

/** BatchWriteItem of puts and deletes (no two on one key), retrying unprocessed items. */
export async function batchWrite(
  doc: DynamoDBDocumentClient,
  table: string,
  requests: ReadonlyArray<{ put: Item } | { delete: Key }>,
): Promise<void> {
  const writes = requests.map((r) =>
    'put' in r ? { PutRequest: { Item: r.put } } : { DeleteRequest: { Key: r.delete } },
  );
  for (const chunk of chunks(writes, 25)) {
    let pending = chunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_BATCH_ATTEMPTS) throw new Error(`BatchWriteItem on ${table}: items still unprocessed`);
      if (attempt > 0) await backoff(attempt);
      const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
    }
  }
}

/** Every item of a Query, following pagination. */
export async function queryAll(doc: DynamoDBDocumentClient, input: QueryCommandInput): Promise<Item[]> {
  const items: Item[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new QueryCommand({ ...input, ExclusiveStartKey }));
    items.push(...((out.Items ?? []) as Item[]));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** Every item of a Scan, following pagination. */
export async function scanAll(doc: DynamoDBDocumentClient, input: ScanCommandInput): Promise<Item[]> {
  const items: Item[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new ScanCommand({ ...input, ExclusiveStartKey }));
    items.push(...((out.Items ?? []) as Item[]));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}
