/**
 * Embedded-store databases for integration tests: each `open()` is a new SQLite file in a temporary folder made
 * before the test file's tests; every database is closed and the folder removed after them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openSqliteStore, type SqliteDatabase } from '../../../shared/adapters/sqlite/database.ts';

export function useSqliteFiles(name: string): { open(): SqliteDatabase } {
  let dir: string | undefined;
  let count = 0;
  const dbs: SqliteDatabase[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `sitrep-${name}-`));
  });
  afterAll(async () => {
    dbs.forEach((db) => db.close());
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    open() {
      if (!dir) throw new Error('useSqliteFiles: open databases inside a test or hook');
      const db = openSqliteStore(join(dir, `${name}-${++count}.db`));
      dbs.push(db);
      return db;
    },
  };
}
