// The largest read-model item of an embedded (SQLite) data directory: the row, summary child item or fact a
// DynamoDB table would hold as one item (bench/growth.ts, bench/hot-row.ts).
import { join } from 'node:path';
import { openSqliteStore } from '../shared/adapters/sqlite/database.ts';
import { SQLITE_FILE, STORE_FOLDERS } from '../infra/local/embedded-store.ts';
import { createDynamoClients } from '../shared/adapters/aws/dynamo-client.ts';
import { scanAll } from '../shared/adapters/aws/read-model-ops.ts';
import { readModelTables } from '../shared/adapters/aws/read-model-tables.ts';

/** DynamoDB's item size limit. */
export const DYNAMODB_ITEM_LIMIT_BYTES = 400 * 1024;
/** Read-model tables whose items a DynamoDB store would hold one per item: rows, child summaries, facts. */
const ITEM_TABLES = ['rows', 'summaries', 'fact_events', 'fact_records'] as const;

export function largestItem(dataDir: string): { bytes: number; table: string } {
  const db = openSqliteStore(join(dataDir, STORE_FOLDERS.sqlite, SQLITE_FILE), { readonly: true });
  try {
    let best = { bytes: 0, table: '' };
    for (const table of ITEM_TABLES) {
      const { bytes } = db.prepare(`SELECT MAX(LENGTH(CAST(doc AS BLOB))) AS bytes FROM ${table}`).get() as {
        bytes: number | null;
      };
      if ((bytes ?? 0) > best.bytes) best = { bytes: bytes ?? 0, table };
    }
    return best;
  } finally {
    db.close();
  }
}

/** Tables of an embedded dynalite data directory whose items grow with a row: facts (with summaries) and rows. */
const DYNAMO_ITEM_TABLES = ['facts', 'missions', 'entities', 'timeline', 'articles'] as const;

/**
 * The largest item of the read-model tables on a DynamoDB endpoint (an embedded dynalite data directory), by
 * DynamoDB's size rule: attribute names plus values (strings as UTF-8, numbers as their digits, binaries by length,
 * maps and lists as their elements with a few bytes each: an upper bound).
 */
export async function largestDynamoItem(endpoint: string, prefix: string): Promise<{ bytes: number; table: string }> {
  const { client, doc } = createDynamoClients({ endpoint });
  try {
    let best = { bytes: 0, table: '' };
    for (const name of DYNAMO_ITEM_TABLES) {
      const table = readModelTables(prefix)[name];
      for (const item of await scanAll(doc, { TableName: table })) {
        let bytes = 0;
        for (const [attr, value] of Object.entries(item)) bytes += Buffer.byteLength(attr) + valueBytes(value);
        if (bytes > best.bytes) best = { bytes, table: name };
      }
    }
    return best;
  } finally {
    client.destroy();
  }
}

/** An attribute value's bytes (upper bound): a binary is its length, not its JSON (`{"0":31,…}`, ~5× larger). */
function valueBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (value instanceof Uint8Array) return value.length;
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + valueBytes(v), 0);
  if (value && typeof value === 'object') {
    return 3 + Object.entries(value).reduce((n, [k, v]) => n + 1 + Buffer.byteLength(k) + valueBytes(v), 0);
  }
  return Buffer.byteLength(String(value));
}
