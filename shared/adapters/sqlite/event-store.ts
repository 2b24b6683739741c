/**
 * The event store on the embedded SQLite database (see database.ts), with the DynamoDB adapter's rules: one row per
 * commit, appended at exactly head + 1 (no gaps, `VERSION_GAP` otherwise), a duplicate (ingestId, part) is a no-op,
 * a taken version is a `conflict`, an oversized commit is refused with `EVENT_TOO_LARGE` (the same item limit as on
 * DynamoDB, so a log written here also fits there). The commit and its outbox mark (`pending`) are one row written
 * in one transaction: a crash never leaves half a commit or a commit without its mark. Positions are the DynamoDB
 * adapter's (`makePosition`), never going back in time within a stream.
 */
import type { AppendOutcome, Commit, EventStore } from '../../ports.ts';
import {
  assertCommitFits,
  EventStoreError,
  makePosition,
  positionTime,
  validateCommit,
} from '../aws/event-store-item.ts';
import type { SqliteDatabase } from './database.ts';

/** Commits per page when `readAll` walks the log (bounded memory for any log size). */
const READ_ALL_PAGE = 500;

interface CommitRow {
  stream: string;
  version: number;
  ingest_id: string;
  part: number;
  parts: number;
  position: string;
  events: string;
}

const COLUMNS = 'stream, version, ingest_id, part, parts, position, events';

function rowToCommit(row: CommitRow): Commit {
  let events: unknown;
  try {
    events = JSON.parse(row.events);
  } catch {
    throw new EventStoreError('BAD_ITEM', `commit ${JSON.stringify(row.stream)}@${row.version}: events is not JSON`);
  }
  if (!Array.isArray(events)) {
    throw new EventStoreError('BAD_ITEM', `commit ${JSON.stringify(row.stream)}@${row.version}: events not a list`);
  }
  return {
    stream: row.stream,
    version: row.version,
    ingestId: row.ingest_id,
    part: row.part,
    parts: row.parts,
    position: row.position,
    events: events as Commit['events'],
  };
}

export class SqliteEventStore implements EventStore {
  readonly #db: SqliteDatabase;
  readonly #now: () => number;
  readonly #pageSize: number;
  readonly #statements;

  /** `now`: the clock of positions (ms; tests inject it); `pageSize`: commits per page of `readAll`. */
  constructor(db: SqliteDatabase, opts: { now?: () => number; pageSize?: number } = {}) {
    this.#db = db;
    this.#now = opts.now ?? Date.now;
    this.#pageSize = opts.pageSize ?? READ_ALL_PAGE;
    this.#statements = {
      head: db.prepare(`SELECT ${COLUMNS} FROM commits WHERE stream = ? ORDER BY version DESC LIMIT 1`),
      stream: db.prepare(`SELECT ${COLUMNS} FROM commits WHERE stream = ? ORDER BY version`),
      slot: db.prepare(`SELECT ${COLUMNS} FROM commits WHERE stream = ? AND ingest_id = ? AND part = ?`),
      insert: db.prepare(
        `INSERT INTO commits (stream, version, ingest_id, part, parts, position, events, pending)
         VALUES (@stream, @version, @ingestId, @part, @parts, @position, @events, 1)`,
      ),
      all: db.prepare(`SELECT ${COLUMNS} FROM commits ORDER BY position LIMIT ?`),
      after: db.prepare(`SELECT ${COLUMNS} FROM commits WHERE position > ? ORDER BY position LIMIT ?`),
      pending: db.prepare(`SELECT ${COLUMNS} FROM commits WHERE pending = 1 ORDER BY position LIMIT ?`),
      mark: db.prepare('UPDATE commits SET pending = 0 WHERE stream = ? AND version = ?'),
    };
  }

  async head(stream: string): Promise<Commit | undefined> {
    const row = this.#statements.head.get(stream) as CommitRow | undefined;
    return row ? rowToCommit(row) : undefined;
  }

  async readStream(stream: string): Promise<Commit[]> {
    return (this.#statements.stream.all(stream) as CommitRow[]).map(rowToCommit);
  }

  async append(input: Omit<Commit, 'position'>): Promise<AppendOutcome> {
    validateCommit(input);
    assertCommitFits(input);
    const events = JSON.stringify(input.events);
    // One transaction: the duplicate check, the head and the insert see one state of the stream.
    return this.#db
      .transaction((): AppendOutcome => {
        const same = this.#statements.slot.get(input.stream, input.ingestId, input.part) as CommitRow | undefined;
        if (same) return { status: 'duplicate', commit: rowToCommit(same) };
        const head = this.#statements.head.get(input.stream) as CommitRow | undefined;
        const headVersion = head?.version ?? 0;
        if (input.version <= headVersion) return { status: 'conflict' };
        if (input.version > headVersion + 1) {
          throw new EventStoreError(
            'VERSION_GAP',
            `append at ${input.stream}@${input.version} but the stream's head is ${headVersion}: append at ${headVersion + 1}`,
          );
        }
        const ms = Math.max(this.#now(), head ? positionTime(head.position) : 0);
        const commit: Commit = { ...input, position: makePosition(ms, input.stream, input.version) };
        this.#statements.insert.run({ ...commit, events });
        return { status: 'appended', commit };
      })
      .immediate();
  }

  async *readAll(afterPosition?: string): AsyncIterable<Commit> {
    let after = afterPosition;
    for (;;) {
      const rows = (
        after === undefined
          ? this.#statements.all.all(this.#pageSize)
          : this.#statements.after.all(after, this.#pageSize)
      ) as CommitRow[];
      for (const row of rows) yield rowToCommit(row);
      if (rows.length < this.#pageSize) return;
      after = rows[rows.length - 1]!.position;
    }
  }

  async pending(limit: number): Promise<Commit[]> {
    if (!(limit > 0)) return [];
    return (this.#statements.pending.all(Math.floor(limit)) as CommitRow[]).map(rowToCommit);
  }

  async markPublished(stream: string, version: number): Promise<void> {
    this.#statements.mark.run(stream, version);
  }
}
