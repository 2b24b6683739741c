import { randomUUID } from 'node:crypto';
import type { DeliveryQueue, QueuedDelivery } from '../../shared/adapters/local/delivery-queue.ts';
import { compileEventPattern } from '../../shared/adapters/local/event-pattern/index.ts';
import type { BusEntry, EventEnvelope, PutEventsResult } from '../../shared/events/envelope.ts';
import { entrySize, MAX_ENTRY_BYTES } from '../../shared/outbox/publish.ts';
import type { EventBus, OutboxDeadLetters, UnpublishedCommit } from '../../shared/ports.ts';

/** EventBridge's limits that PutEvents enforces. */
const MAX_ENTRIES = 10;

/** The dead-letter rule name of commits the outbox could not publish. */
export const OUTBOX_RULE = 'outbox';

export interface DeadLetter {
  rule: string;
  /** The undelivered event (deliveries to a rule). */
  event?: EventEnvelope;
  /** The unpublished commit (rule `outbox`): its events stay in the event store. */
  commit?: { stream: string; version: number; eventIds: string[] };
  error: string;
  attempts: number;
}

export type Target = (event: EventEnvelope) => Promise<void>;
/**
 * A target that takes up to `batchSize` events per call, like a Lambda behind an SQS queue. It may report some
 * events failed (SQS's partial batch response): only those are retried; a throw retries the whole batch.
 */
export type BatchTarget = (events: EventEnvelope[]) => Promise<void | BatchItemFailure[]>;

/** One event of a batch that its target could not handle (by envelope id), and why. */
export interface BatchItemFailure {
  id: string;
  error: string;
}

interface Rule {
  name: string;
  matches: (event: unknown) => boolean;
  deliver: BatchTarget;
  batchSize: number;
  /** Durable rules deliver through the persistent queue (at least once across restarts); others are best effort. */
  durable: boolean;
}

/** Where the bus keeps its queue: any DeliveryQueue (the engine's own: SQLite's, or DynamoDB tables on dynalite). */
export type LocalBusOptions = { queue: DeliveryQueue } & BusBehaviour;

export interface BusBehaviour {
  busName?: string;
  account?: string;
  region?: string;
  /** Deliveries a target may fail before its event goes to the dead-letter table. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt. */
  retryBaseMs?: number;
  onDeadLetter?: (rule: string, event: EventEnvelope, error: string) => void;
}

/**
 * An in-process event bus with EventBridge semantics: PutEvents validation and per-entry results, rules with event
 * patterns, and at-least-once delivery to targets with retries and a dead-letter record. Accepted events are
 * written to the persistent delivery queue before PutEvents returns, so a crash never loses an accepted event.
 */
export class LocalEventBus implements EventBus, OutboxDeadLetters {
  private readonly rules = new Map<string, Rule>();
  private pass: Promise<void> | undefined;
  private rerun = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private readonly queue: DeliveryQueue;
  private readonly opts: {
    busName: string;
    account: string;
    region: string;
    maxAttempts: number;
    retryBaseMs: number;
    onDeadLetter?: BusBehaviour['onDeadLetter'];
  };

  constructor(opts: LocalBusOptions) {
    this.queue = opts.queue;
    this.opts = {
      busName: opts.busName ?? 'sitrep',
      account: opts.account ?? '000000000000',
      region: opts.region ?? 'local',
      maxAttempts: opts.maxAttempts ?? 5,
      retryBaseMs: opts.retryBaseMs ?? 200,
      ...(opts.onDeadLetter ? { onDeadLetter: opts.onDeadLetter } : {}),
    };
  }

  /** Adds a rule; an invalid pattern throws InvalidEventPatternException like PutRule. */
  addRule(name: string, pattern: unknown, target: Target, opts: { durable?: boolean } = {}): void {
    this.addBatchRule(
      name,
      pattern,
      async (events) => {
        for (const e of events) await target(e);
      },
      { durable: opts.durable ?? true, batchSize: 1 },
    );
  }

  /** Adds a rule whose target takes several events per call (a failed call retries all of them). */
  addBatchRule(
    name: string,
    pattern: unknown,
    target: BatchTarget,
    opts: { durable?: boolean; batchSize?: number } = {},
  ): void {
    this.rules.set(name, {
      name,
      matches: compileEventPattern(pattern as object),
      deliver: target,
      batchSize: Math.max(1, opts.batchSize ?? 10),
      durable: opts.durable ?? true,
    });
  }

  removeRule(name: string): void {
    this.rules.delete(name);
  }

  async putEvents(entries: BusEntry[]): Promise<PutEventsResult> {
    if (entries.length < 1 || entries.length > MAX_ENTRIES) {
      throw Object.assign(new Error(`PutEvents takes 1 to ${MAX_ENTRIES} entries, got ${entries.length}`), {
        name: 'ValidationException',
      });
    }
    const results: PutEventsResult['Entries'] = [];
    const accepted: EventEnvelope[] = [];
    let failed = 0;
    for (const entry of entries) {
      const problem = invalidEntry(entry);
      if (problem) {
        failed++;
        results.push({ ErrorCode: problem.code, ErrorMessage: problem.message });
        continue;
      }
      const envelope: EventEnvelope = {
        version: '0',
        id: randomUUID(),
        'detail-type': entry.DetailType as EventEnvelope['detail-type'],
        source: entry.Source,
        account: this.opts.account,
        time: (entry.Time ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        region: this.opts.region,
        resources: entry.Resources ?? [],
        detail: JSON.parse(entry.Detail),
      };
      accepted.push(envelope);
      results.push({ EventId: envelope.id });
    }
    // Every accepted entry is stored before PutEvents answers (one write for the batch).
    await this.enqueue(accepted);
    void this.kick();
    return { FailedEntryCount: failed, Entries: results };
  }

  /** Resolves when no durable delivery is queued (retries waiting on back-off count as queued). */
  async idle(): Promise<void> {
    for (;;) {
      await this.kick();
      if (!(await this.pendingCount())) return;
      await sleep(Math.min(50, this.opts.retryBaseMs));
    }
  }

  async pendingCount(): Promise<number> {
    return this.queue.count();
  }

  /** Keeps a commit the outbox could not publish in the dead-letter table (rule `outbox`, no envelope). */
  async put(letter: UnpublishedCommit): Promise<void> {
    await this.queue.putDeadLetter({
      id: `${OUTBOX_RULE}#${letter.version}#${letter.stream}`,
      rule: OUTBOX_RULE,
      commit: JSON.stringify({ stream: letter.stream, version: letter.version, eventIds: letter.eventIds }),
      attempts: 1,
      error: `${letter.code}: ${letter.message}`,
      failedAt: letter.failedAt,
    });
  }

  /** Undeliverable events per rule, and (rule `outbox`) commits that could not be published. */
  async deadLetters(): Promise<DeadLetter[]> {
    return (await this.queue.deadLetters()).map((i) => ({
      rule: i.rule,
      ...(i.envelope !== undefined ? { event: JSON.parse(i.envelope) as EventEnvelope } : {}),
      ...(i.commit !== undefined ? { commit: JSON.parse(i.commit) as DeadLetter['commit'] } : {}),
      error: i.error,
      attempts: i.attempts,
    }));
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private async enqueue(envelopes: readonly EventEnvelope[]): Promise<void> {
    const durable: QueuedDelivery[] = [];
    for (const envelope of envelopes) {
      let body: string | undefined;
      for (const rule of this.rules.values()) {
        if (!rule.matches(envelope)) continue;
        if (!rule.durable) {
          // Best-effort subscribers (a terminal, a browser) get it now; a failure only costs them this event.
          void rule.deliver([envelope]).catch(() => undefined);
          continue;
        }
        body ??= JSON.stringify(envelope);
        durable.push({ id: `${rule.name}#${envelope.id}`, rule: rule.name, envelope: body, attempts: 0, due: 0 });
      }
    }
    if (durable.length) await this.queue.enqueue(durable);
  }

  /** Runs delivery passes until a pass starts with nothing new; one runs at a time. */
  private kick(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.pass) {
      this.rerun = true;
      return this.pass;
    }
    this.pass = (async () => {
      let nextDue = Infinity;
      do {
        this.rerun = false;
        nextDue = await this.deliverDue();
      } while (this.rerun && !this.closed);
      // A retry waiting on back-off gets its own wake-up.
      if (nextDue < Infinity && !this.closed) {
        if (this.retryTimer) clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => void this.kick(), Math.max(0, nextDue - Date.now()));
        this.retryTimer.unref?.();
      }
    })().finally(() => (this.pass = undefined));
    return this.pass;
  }

  /** Delivers every due queue item once, in batches per rule; returns when the earliest pending retry falls due. */
  private async deliverDue(): Promise<number> {
    let nextDue = Infinity;
    let start: unknown;
    do {
      const page = await this.queue.page(start);
      start = page.next;
      const now = Date.now();
      const due = new Map<string, QueuedDelivery[]>();
      for (const item of page.items) {
        if (item.due > now) {
          nextDue = Math.min(nextDue, item.due);
          continue;
        }
        const list = due.get(item.rule);
        if (list) list.push(item);
        else due.set(item.rule, [item]);
      }
      for (const [name, items] of due) {
        const rule = this.rules.get(name);
        if (!rule) {
          // A delivery for a rule that no longer exists can never succeed: keep it in the dead-letter table.
          for (const item of items) await this.deadLetter(item, name, 'no rule with this name is registered');
          continue;
        }
        for (let i = 0; i < items.length; i += rule.batchSize) {
          if (this.closed) return Infinity;
          const retryAt = await this.deliver(rule, items.slice(i, i + rule.batchSize));
          if (retryAt) nextDue = Math.min(nextDue, retryAt);
        }
      }
    } while (start);
    return nextDue;
  }

  private async deadLetter(item: QueuedDelivery, rule: string, error: string, attempts = item.attempts): Promise<void> {
    await this.queue.putDeadLetter({
      id: item.id,
      rule,
      envelope: item.envelope,
      attempts,
      error,
      failedAt: new Date().toISOString(),
    });
    this.opts.onDeadLetter?.(rule, JSON.parse(item.envelope) as EventEnvelope, error);
  }

  /** Delivers a batch of one rule's items; returns the retry time when it failed and will be retried. */
  private async deliver(rule: Rule, items: QueuedDelivery[]): Promise<number | undefined> {
    const envelopes = items.map((item) => JSON.parse(item.envelope) as EventEnvelope);
    let failures: BatchItemFailure[];
    try {
      failures = (await rule.deliver(envelopes)) ?? [];
    } catch (err) {
      const error = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      failures = envelopes.map((e) => ({ id: e.id, error }));
    }
    const failed = new Map(failures.map((f) => [f.id, f.error]));
    await this.queue.remove(items.filter((_, i) => !failed.has(envelopes[i]!.id)).map((item) => item.id));
    let retryAt: number | undefined;
    for (const [i, item] of items.entries()) {
      const error = failed.get(envelopes[i]!.id);
      if (error === undefined) continue;
      const attempts = item.attempts + 1;
      if (attempts >= this.opts.maxAttempts) {
        await this.deadLetter(item, rule.name, error, attempts);
        continue;
      }
      const at = Date.now() + this.opts.retryBaseMs * 2 ** (attempts - 1);
      retryAt = Math.min(retryAt ?? Infinity, at);
      await this.queue.reschedule(item.id, attempts, at, error);
    }
    return retryAt;
  }
}

function invalidEntry(entry: BusEntry): { code: string; message: string } | undefined {
  if (!entry.Source) return { code: 'InvalidArgument', message: 'Parameter Source is not valid.' };
  if (!entry.DetailType) return { code: 'InvalidArgument', message: 'Parameter DetailType is not valid.' };
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail);
  } catch {
    return { code: 'MalformedDetail', message: 'Detail is malformed.' };
  }
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail))
    return { code: 'MalformedDetail', message: 'Detail is malformed.' };
  if (entrySize(entry) > MAX_ENTRY_BYTES)
    return { code: 'InvalidArgument', message: `Total size of the entry exceeds the ${MAX_ENTRY_BYTES}-byte limit.` };
  return undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
