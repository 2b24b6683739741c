/**
 * Benchmarks only: counts the statements run on an embedded SQLite database and the rows they read or change, in
 * the shape the runtime reports DynamoDB calls (operation, items written, items read); the operation is
 * `sql:<VERB> <table>`, e.g. `sql:SELECT fact_events`. Wraps `prepare`, so it must be
 * installed before the adapters prepare their statements.
 */
import type { SqliteDatabase } from './database.ts';

export type StatementListener = (operation: string, itemsWritten: number, itemsRead: number) => void;

export function countStatements(db: SqliteDatabase, report: StatementListener): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    const verb = source.trim().split(/\s+/, 1)[0]!.toUpperCase();
    const table = /\b(?:FROM|INTO|UPDATE)\s+(\w+)/i.exec(source)?.[1] ?? '';
    const operation = `sql:${verb}${table ? ` ${table}` : ''}`;
    const run = statement.run.bind(statement);
    const get = statement.get.bind(statement);
    const all = statement.all.bind(statement);
    statement.run = ((...args: unknown[]) => {
      const result = run(...args);
      report(operation, result.changes, 0);
      return result;
    }) as typeof statement.run;
    statement.get = ((...args: unknown[]) => {
      const row = get(...args);
      report(operation, 0, row === undefined ? 0 : 1);
      return row;
    }) as typeof statement.get;
    const iterate = statement.iterate.bind(statement);
    statement.iterate = function* (...args: unknown[]) {
      let rows = 0;
      try {
        for (const row of iterate(...args)) {
          rows++;
          yield row;
        }
      } finally {
        report(operation, 0, rows);
      }
    } as typeof statement.iterate;
    statement.all = ((...args: unknown[]) => {
      const rows = all(...args);
      report(operation, 0, rows.length);
      return rows;
    }) as typeof statement.all;
    return statement;
  }) as typeof db.prepare;
}
