// The largest read-model item of an embedded (SQLite) data directory: the row, summary child item or fact a
// DynamoDB table would hold as one item (bench/growth.ts, bench/hot-row.ts).
import { join } from 'node:path';
import { openSqliteStore } from '../shared/adapters/sqlite/database.ts';
import { SQLITE_FILE, STORE_FOLDERS } from '../infra/local/embedded-store.ts';

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
