/**
 * Where the local bus keeps what it accepted and has not delivered yet (at least once across restarts), and what it
 * gave up on. Two stores implement it: the embedded SQLite database (shared/adapters/sqlite/delivery-queue.ts) and
 * DynamoDB tables (shared/adapters/aws/delivery-queue.ts; the bus's integration tests run it against dynalite).
 */
/** One accepted event waiting for one rule. */
export interface QueuedDelivery {
  /** `<rule>#<event id>` */
  id: string;
  rule: string;
  /** The envelope's JSON. */
  envelope: string;
  attempts: number;
  /** Epoch ms before which it is not retried (0: now). */
  due: number;
}

/** An undeliverable event (with its envelope) or an unpublished commit (rule `outbox`, with `commit`). */
export interface StoredDeadLetter {
  id: string;
  rule: string;
  envelope?: string;
  /** JSON of `{stream, version, eventIds}`. */
  commit?: string;
  attempts: number;
  error: string;
  failedAt: string;
}

export interface DeliveryQueue {
  enqueue(items: readonly QueuedDelivery[]): Promise<void>;
  /** Every queued item, page by page (`after` = the previous page's cursor). */
  page(after: unknown): Promise<{ items: QueuedDelivery[]; next: unknown }>;
  remove(ids: readonly string[]): Promise<void>;
  reschedule(id: string, attempts: number, due: number, error: string): Promise<void>;
  count(): Promise<number>;
  putDeadLetter(letter: StoredDeadLetter): Promise<void>;
  deadLetters(): Promise<StoredDeadLetter[]>;
}
