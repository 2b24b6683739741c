/**
 * The incremental read-model summaries (shared/projections/summary-store.ts) in the embedded database's
 * `summaries` table: one row per entry, keyed (row, dim, sort), so the entries of one (row, dim) are read in sort
 * order through the primary key, a bounded number at a time; `scope` (a mission theatre) is indexed for clearing.
 */
import {
  PREFIX_END,
  type SummaryEntry,
  type SummaryRange,
  type SummaryStore,
} from '../../projections/summary-store.ts';
import type { SqliteDatabase } from './database.ts';

/** SQLite's "no limit". */
const NO_LIMIT = -1;

export class SqliteSummaryTable implements SummaryStore {
  readonly #sql;

  constructor(db: SqliteDatabase) {
    const select = 'SELECT sort, n, a, b, doc FROM summaries WHERE row = ? AND dim = ? AND sort >= ? AND sort < ?';
    this.#sql = {
      get: db.prepare('SELECT sort, n, a, b, doc FROM summaries WHERE row = ? AND dim = ? AND sort = ?'),
      put: db.prepare(
        'INSERT OR REPLACE INTO summaries (row, dim, sort, scope, n, a, b, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      delete: db.prepare('DELETE FROM summaries WHERE row = ? AND dim = ? AND sort = ?'),
      ascending: db.prepare(`${select} ORDER BY sort LIMIT ?`),
      descending: db.prepare(`${select} ORDER BY sort DESC LIMIT ?`),
      clearScope: db.prepare('DELETE FROM summaries WHERE scope = ?'),
    };
  }

  get(row: string, dim: string, sort: string): SummaryEntry | undefined {
    return this.#sql.get.get(row, dim, sort) as SummaryEntry | undefined;
  }

  put(scope: string, row: string, dim: string, entry: SummaryEntry): void {
    if (entry.n <= 0) this.#sql.delete.run(row, dim, entry.sort);
    else this.#sql.put.run(row, dim, entry.sort, scope, entry.n, entry.a, entry.b, entry.doc);
  }

  range(row: string, dim: string, range: SummaryRange = {}): Iterable<SummaryEntry> {
    const prefix = range.prefix ?? '';
    const statement = range.desc ? this.#sql.descending : this.#sql.ascending;
    return statement.iterate(row, dim, prefix, prefix + PREFIX_END, range.limit ?? NO_LIMIT) as Iterable<SummaryEntry>;
  }

  clearScope(scope: string): void {
    this.#sql.clearScope.run(scope);
  }
}
