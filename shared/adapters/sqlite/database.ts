/**
 * The embedded store's database: one SQLite file (better-sqlite3, in process, synchronous) holding the event store,
 * the read models and the local bus's delivery queue. WAL mode: readers in other processes (`sitrep query` while an
 * `ingest` runs) read a consistent snapshot while one process writes; `synchronous = NORMAL` in WAL keeps every
 * committed transaction across a process crash (only an OS crash or power loss may lose the last ones).
 *
 * Why SQLite and not the DynamoDB emulators for the embedded default: see BENCHMARKS.md ("Choice of embedded
 * store"). The DynamoDB adapters (shared/adapters/aws) stay the production code and are tested against dynalite and
 * DynamoDB Local; these adapters implement the same ports with the same guarantees.
 */
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** How long a writer waits for another connection's lock before SQLITE_BUSY (ms). */
const BUSY_TIMEOUT_MS = 10_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS commits (
  stream TEXT NOT NULL,
  version INTEGER NOT NULL,
  ingest_id TEXT NOT NULL,
  part INTEGER NOT NULL,
  parts INTEGER NOT NULL,
  position TEXT NOT NULL,
  events TEXT NOT NULL,
  pending INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (stream, version)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS commits_by_position ON commits (position);
CREATE INDEX IF NOT EXISTS commits_pending ON commits (position) WHERE pending = 1;

CREATE TABLE IF NOT EXISTS fact_events (
  article_key TEXT NOT NULL,
  id TEXT NOT NULL,
  tie TEXT NOT NULL,
  subject TEXT NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (article_key, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS fact_events_by_subject ON fact_events (subject, article_key, id);
CREATE TABLE IF NOT EXISTS fact_records (
  article_key TEXT NOT NULL,
  part TEXT NOT NULL,
  revision INTEGER NOT NULL,
  tie TEXT NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (article_key, part)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS summaries (
  row TEXT NOT NULL,
  dim TEXT NOT NULL,
  sort TEXT NOT NULL,
  scope TEXT NOT NULL,
  n INTEGER NOT NULL,
  a INTEGER NOT NULL,
  b INTEGER NOT NULL,
  doc TEXT,
  PRIMARY KEY (row, dim, sort)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS summaries_by_scope ON summaries (scope);
CREATE TABLE IF NOT EXISTS rows (
  model TEXT NOT NULL,
  key TEXT NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (model, key)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS bus_deliveries (
  id TEXT PRIMARY KEY,
  rule TEXT NOT NULL,
  envelope TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  due INTEGER NOT NULL,
  last_error TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bus_dead_letters (
  id TEXT PRIMARY KEY,
  rule TEXT NOT NULL,
  envelope TEXT,
  commit_ref TEXT,
  attempts INTEGER NOT NULL,
  error TEXT NOT NULL,
  failed_at TEXT NOT NULL
) WITHOUT ROWID;
`;

/** Opens (creating when absent) the embedded store at `path`; `readonly` for a reader beside a running writer. */
export function openSqliteStore(path: string, opts: { readonly?: boolean } = {}): SqliteDatabase {
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA);
  }
  return db;
}
