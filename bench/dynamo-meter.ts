/**
 * A counting wrapper around a DynamoDB client (SDK middleware, so every adapter call through it is metered): read
 * units as the emulator reports them (`ReturnConsumedCapacity`), write units computed from each write's item
 * before and after (read aside through an unmetered client), table and index units apart (dynamo-capacity.ts). It
 * also records the new items put on `streamTable`: what that table's DynamoDB Stream (inserts, NEW_IMAGE) carries.
 */
import {
  DescribeTableCommand,
  GetItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { writeUnits, type Item, type TableSchema, type WriteUnits } from './dynamo-capacity.ts';

const READS = new Set(['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand']);
const SINGLE_WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand']);

export interface Meter {
  readUnits: number;
  writeUnits: { table: number; indexes: number };
  /** Write units by `<table>` (table) and `<table>/<index>`, and by operation, for the breakdown. */
  writeUnitsBy: Map<string, { units: number; byOp: Map<string, number> }>;
  /** Read units by table (the emulator's ConsumedCapacity names it), and by operation. */
  readUnitsBy: Map<string, { units: number; byOp: Map<string, number> }>;
  calls: Map<string, number>;
  streamInserts: Item[];
}

type Input = Record<string, unknown>;
interface ConsumedCapacity {
  CapacityUnits?: number;
  TableName?: string;
}

export function meterDynamo(client: DynamoDBClient, raw: DynamoDBClient, streamTable: string): Meter {
  const meter: Meter = {
    readUnits: 0,
    writeUnits: { table: 0, indexes: 0 },
    writeUnitsBy: new Map(),
    readUnitsBy: new Map(),
    calls: new Map(),
    streamInserts: [],
  };
  const schemas = new Map<string, Promise<TableSchema>>();
  const schemaOf = (table: string) => {
    if (!schemas.has(table)) schemas.set(table, describe(raw, table));
    return schemas.get(table)!;
  };
  const peek = async (table: string, key: Item) =>
    (await raw.send(new GetItemCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item as Item | undefined;
  const tallyIn =
    (by: Meter['writeUnitsBy']) =>
    (where: string, op: string, units: number): void => {
      if (!units) return;
      const entry = by.get(where) ?? { units: 0, byOp: new Map<string, number>() };
      entry.units += units;
      entry.byOp.set(op, (entry.byOp.get(op) ?? 0) + units);
      by.set(where, entry);
    };
  const tally = tallyIn(meter.writeUnitsBy);
  const tallyRead = tallyIn(meter.readUnitsBy);
  const addWrite = (table: string, op: string, units: WriteUnits) => {
    meter.writeUnits.table += units.table;
    meter.writeUnits.indexes += units.indexes;
    tally(table, op, units.table);
    for (const [index, n] of Object.entries(units.byIndex ?? {})) tally(`${table}/${index}`, op, n);
  };

  client.middlewareStack.add(
    (next, context) => async (args) => {
      const op = context.commandName ?? '';
      if (READS.has(op)) (args.input as Input)['ReturnConsumedCapacity'] = 'TOTAL';
      return next(args);
    },
    { step: 'initialize', name: 'costMeterAskCapacity' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const op = context.commandName ?? '';
      meter.calls.set(op, (meter.calls.get(op) ?? 0) + 1);
      const input = args.input as Input;
      if (READS.has(op)) {
        const result = await next(args);
        const consumed = (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] })
          .ConsumedCapacity;
        const list = [consumed ?? []].flat();
        if (list.length === 0 && input['TableName']) list.push({ TableName: String(input['TableName']) });
        for (const c of list) {
          // DynamoDB bills a GetItem, Query or Scan at least one read unit (strongly consistent) or half of one,
          // even when it returns nothing; the emulators report 0 then.
          const floor = op === 'BatchGetItemCommand' ? 0 : input['ConsistentRead'] ? 1 : 0.5;
          const units = Math.max(c.CapacityUnits ?? 0, floor);
          meter.readUnits += units;
          tallyRead(String(c.TableName ?? input['TableName'] ?? '?'), op, units);
        }
        return result;
      }
      if (SINGLE_WRITES.has(op)) {
        const table = String(input['TableName']);
        const schema = await schemaOf(table);
        const key = op === 'PutItemCommand' ? keyOf(schema, input['Item'] as Item) : (input['Key'] as Item);
        const before = await peek(table, key);
        try {
          const result = await next(args);
          const after =
            op === 'PutItemCommand'
              ? (input['Item'] as Item)
              : op === 'DeleteItemCommand'
                ? undefined
                : await peek(table, key);
          addWrite(table, op, writeUnits(schema, before, after));
          if (op === 'PutItemCommand' && !before && table === streamTable) meter.streamInserts.push(after!);
          return result;
        } catch (err) {
          // A failed conditional write still consumes the table's write units (not the indexes').
          if ((err as Error).name === 'ConditionalCheckFailedException') {
            addWrite(table, `${op} (failed condition)`, {
              table: writeUnits(schema, before, before ?? (input['Item'] as Item)).table,
              indexes: 0,
            });
          }
          throw err;
        }
      }
      if (op === 'BatchWriteItemCommand') {
        const requests = input['RequestItems'] as Record<
          string,
          Array<{ PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } }>
        >;
        const writes: Array<{
          table: string;
          schema: TableSchema;
          before: Item | undefined;
          after: Item | undefined;
        }> = [];
        for (const [table, list] of Object.entries(requests)) {
          const schema = await schemaOf(table);
          for (const r of list) {
            const key = r.PutRequest ? keyOf(schema, r.PutRequest.Item) : r.DeleteRequest!.Key;
            writes.push({ table, schema, before: await peek(table, key), after: r.PutRequest?.Item });
          }
        }
        const result = await next(args);
        for (const w of writes) addWrite(w.table, op, writeUnits(w.schema, w.before, w.after));
        return result;
      }
      if (op.startsWith('Transact')) throw new Error(`cost meter: ${op} is not metered`);
      return next(args);
    },
    { step: 'build', name: 'costMeterCount' },
  );
  return meter;
}

function keyOf(schema: TableSchema, item: Item): Item {
  return Object.fromEntries(schema.keys.map((k) => [k, item[k] as AttributeValue]));
}

async function describe(raw: DynamoDBClient, table: string): Promise<TableSchema> {
  const { Table } = await raw.send(new DescribeTableCommand({ TableName: table }));
  return {
    keys: (Table?.KeySchema ?? []).map((k) => k.AttributeName!),
    indexes: (Table?.GlobalSecondaryIndexes ?? []).map((i) => ({
      name: i.IndexName!,
      keys: (i.KeySchema ?? []).map((k) => k.AttributeName!),
      projection: (i.Projection?.ProjectionType ?? 'ALL') as 'ALL' | 'KEYS_ONLY' | 'INCLUDE',
      include: i.Projection?.NonKeyAttributes ?? [],
    })),
  };
}
