/**
 * The local bus's delivery queue and dead letters in the embedded SQLite database (tables `bus_deliveries`,
 * `bus_dead_letters`; see database.ts). Enqueueing a batch is one transaction: the bus acknowledges a PutEvents only
 * after every accepted entry is stored.
 */
import type { DeliveryQueue, QueuedDelivery, StoredDeadLetter } from '../local/delivery-queue.ts';
import type { SqliteDatabase } from './database.ts';

/** Queue items per page of a delivery pass. */
const PAGE_SIZE = 500;

export class SqliteDeliveryQueue implements DeliveryQueue {
  readonly #db: SqliteDatabase;
  readonly #sql;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#sql = {
      // A redelivered id keeps its queue entry (and attempts): enqueueing is idempotent per (rule, event id).
      put: db.prepare(
        'INSERT OR IGNORE INTO bus_deliveries (id, rule, envelope, attempts, due) VALUES (@id, @rule, @envelope, @attempts, @due)',
      ),
      page: db.prepare('SELECT id, rule, envelope, attempts, due FROM bus_deliveries WHERE id > ? ORDER BY id LIMIT ?'),
      remove: db.prepare('DELETE FROM bus_deliveries WHERE id = ?'),
      reschedule: db.prepare('UPDATE bus_deliveries SET attempts = ?, due = ?, last_error = ? WHERE id = ?'),
      count: db.prepare('SELECT count(*) AS n FROM bus_deliveries'),
      putDead: db.prepare(
        `INSERT OR REPLACE INTO bus_dead_letters (id, rule, envelope, commit_ref, attempts, error, failed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      dead: db.prepare('SELECT id, rule, envelope, commit_ref, attempts, error, failed_at FROM bus_dead_letters'),
    };
  }

  async enqueue(items: readonly QueuedDelivery[]): Promise<void> {
    this.#db.transaction(() => {
      for (const item of items) this.#sql.put.run(item);
    })();
  }

  async page(after: unknown): Promise<{ items: QueuedDelivery[]; next: unknown }> {
    const items = this.#sql.page.all(typeof after === 'string' ? after : '', PAGE_SIZE) as QueuedDelivery[];
    return { items, next: items.length === PAGE_SIZE ? items[items.length - 1]!.id : undefined };
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.#db.transaction(() => {
      for (const id of ids) this.#sql.remove.run(id);
    })();
  }

  async reschedule(id: string, attempts: number, due: number, error: string): Promise<void> {
    this.#sql.reschedule.run(attempts, due, error, id);
  }

  async count(): Promise<number> {
    return (this.#sql.count.get() as { n: number }).n;
  }

  async putDeadLetter(letter: StoredDeadLetter): Promise<void> {
    this.#db.transaction(() => {
      this.#sql.putDead.run(
        letter.id,
        letter.rule,
        letter.envelope ?? null,
        letter.commit ?? null,
        letter.attempts,
        letter.error,
        letter.failedAt,
      );
      this.#sql.remove.run(letter.id);
    })();
  }

  async deadLetters(): Promise<StoredDeadLetter[]> {
    const rows = this.#sql.dead.all() as Array<{
      id: string;
      rule: string;
      envelope: string | null;
      commit_ref: string | null;
      attempts: number;
      error: string;
      failed_at: string;
    }>;
    return rows.map((r) => ({
      id: r.id,
      rule: r.rule,
      ...(r.envelope !== null ? { envelope: r.envelope } : {}),
      ...(r.commit_ref !== null ? { commit: r.commit_ref } : {}),
      attempts: r.attempts,
      error: r.error,
      failedAt: r.failed_at,
    }));
  }
}
