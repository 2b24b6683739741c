/**
 * Publishing log events on an EventBus (ports only): PutEvents batches of at most 10 entries, EventBridge's
 * entry size rule checked before sending, and per-entry retries with exponential backoff and full jitter.
 *
 * Entry size, as EventBridge computes it ("Calculating Amazon EventBridge PutEvents event entry size"): the
 * UTF-8 bytes of Source, DetailType, Detail and each Resources string, plus 14 bytes when Time is set. An entry
 * may be at most 256 KB. The docs also say "the total entry size must be less than 256KB" for a batched
 * request, so a batch is cut as well when its entries add up to more than 256 KB. An ArticleProcessed record too
 * large for one entry is published as parts (see shared/events/record-parts.ts); any other event that large is
 * refused with ENTRY_TOO_LARGE.
 */
import { EVENT_SOURCE, toBusEntry, type BusEntry, type LogEvent, type PutEventsResult } from '../events/envelope.ts';
import { splitArticleRecord } from '../events/record-parts.ts';
import type { EventBus } from '../ports.ts';

export const MAX_BATCH_ENTRIES = 10;
export const MAX_ENTRY_BYTES = 256 * 1024;
export const MAX_BATCH_BYTES = 256 * 1024;

export type OutboxErrorCode =
  /** An event's PutEvents entry is over 256 KB: it is never sent. */
  | 'ENTRY_TOO_LARGE'
  /** Some entries still failed after the last attempt (or failed permanently). */
  | 'PUBLISH_FAILED'
  /** A drain left commits unpublished (see `failed`). */
  | 'DRAIN_FAILED';

export interface EntryFailure {
  eventId: string;
  type: string;
  errorCode: string;
  errorMessage?: string;
}

export class OutboxError extends Error {
  constructor(
    readonly code: OutboxErrorCode,
    message: string,
    /** The entries that were not delivered (PUBLISH_FAILED) or refused (ENTRY_TOO_LARGE). */
    readonly failures: EntryFailure[] = [],
  ) {
    super(message);
    this.name = 'OutboxError';
  }
}

export interface RetryOptions {
  /** Calls per entry, the first included (default 8). */
  maxAttempts?: number;
  /** Backoff before retry n (1-based) is random() × min(maxDelayMs, baseDelayMs × 2^(n-1)). Defaults 100, 10 000. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); Math.random by default. */
  random?: () => number;
}

export interface PublishOptions extends RetryOptions {
  /** Written into each entry's EventBusName (the adapter may also default it). */
  eventBusName?: string;
  /** Entry size limit (default 256 KB); tests lower it. */
  maxEntryBytes?: number;
}

export interface PublishReport {
  /** Events delivered (each at least once). */
  events: number;
  /** PutEvents calls made, retries included. */
  calls: number;
  /** Retry rounds after the first. */
  retries: number;
}

/** Error codes that retrying cannot fix: such entries fail at once. */
const PERMANENT_ERRORS = new Set([
  'MalformedDetail',
  'InvalidArgument',
  'InvalidArgumentException',
  'ValidationException',
  'AccessDeniedException',
  'NotAuthorizedForSourceException',
  'ResourceNotFoundException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
]);

export function isPermanentError(code: string): boolean {
  return PERMANENT_ERRORS.has(code);
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** EventBridge's PutEventsRequestEntry size. */
export function entrySize(entry: BusEntry): number {
  let size = entry.Time ? 14 : 0;
  size += utf8(entry.Source) + utf8(entry.DetailType);
  if (entry.Detail !== undefined) size += utf8(entry.Detail);
  for (const r of entry.Resources ?? []) size += utf8(r);
  return size;
}

/** Consecutive batches of at most 10 entries and at most `maxBytes` in total (entry sizes are precomputed). */
export function toBatches<T>(items: readonly T[], sizeOf: (t: T) => number, maxBytes = MAX_BATCH_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (current.length >= MAX_BATCH_ENTRIES || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export function backoffDelay(retry: number, opts: RetryOptions = {}): number {
  const base = opts.baseDelayMs ?? 100;
  const max = opts.maxDelayMs ?? 10_000;
  const cap = Math.min(max, base * 2 ** Math.max(0, retry - 1));
  const r = (opts.random ?? Math.random)();
  return Math.floor(Math.min(Math.max(r, 0), 1) * cap);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Pending {
  event: LogEvent;
  entry: BusEntry;
  size: number;
  lastError?: { code: string; message?: string };
}

/**
 * Publishes `events` (in order, at least once each). Resolves when every entry was accepted; otherwise throws
 * `OutboxError` (ENTRY_TOO_LARGE before anything is sent, PUBLISH_FAILED after the last attempt, listing the
 * events that were not accepted) so the caller keeps its commit pending and a later run publishes it again.
 */
export async function publishCommits(
  bus: EventBus,
  events: readonly LogEvent[],
  opts: PublishOptions = {},
): Promise<PublishReport> {
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 8);
  const maxEntryBytes = opts.maxEntryBytes ?? MAX_ENTRY_BYTES;
  const sleep = opts.sleep ?? defaultSleep;

  const busEvents = toBusEvents(events, maxEntryBytes);
  let queue: Pending[] = busEvents.map((event) => {
    const entry = toBusEntry(event, opts.eventBusName);
    return { event, entry, size: entrySize(entry) };
  });
  const tooLarge = queue.filter((p) => p.size > maxEntryBytes);
  if (tooLarge.length > 0) {
    const failures = tooLarge.map((p) => ({
      eventId: p.event.id,
      type: p.event.type,
      errorCode: 'ENTRY_TOO_LARGE',
      errorMessage: `${p.size} bytes`,
    }));
    throw new OutboxError(
      'ENTRY_TOO_LARGE',
      `PutEvents entry over ${maxEntryBytes} bytes, not sent: ` +
        tooLarge.map((p) => `event ${p.event.id} (${p.event.type}, ${p.size} bytes)`).join(', '),
      failures,
    );
  }

  const report: PublishReport = { events: 0, calls: 0, retries: 0 };
  const permanent: Pending[] = [];
  for (let attempt = 1; queue.length > 0; attempt++) {
    if (attempt > 1) {
      report.retries++;
      await sleep(backoffDelay(attempt - 1, opts));
    }
    const failed: Pending[] = [];
    for (const batch of toBatches(queue, (p) => p.size)) {
      report.calls++;
      let result: PutEventsResult;
      try {
        result = await bus.putEvents(batch.map((p) => p.entry));
      } catch (err) {
        // The whole call failed (throttled request, network, 5xx): every entry of it is retried.
        const code = errorCode(err);
        for (const p of batch) {
          p.lastError = { code, message: errorMessage(err) };
          (isPermanentError(code) ? permanent : failed).push(p);
        }
        continue;
      }
      const failedIdx = failedIndices(result, batch.length);
      batch.forEach((p, i) => {
        if (!failedIdx.has(i)) {
          report.events++;
          return;
        }
        const r = result.Entries[i];
        p.lastError = {
          code: r?.ErrorCode ?? 'MissingResult',
          ...(r?.ErrorMessage ? { message: r.ErrorMessage } : {}),
        };
        (isPermanentError(p.lastError.code) ? permanent : failed).push(p);
      });
    }
    if (failed.length > 0 && attempt >= maxAttempts) {
      permanent.push(...failed);
      break;
    }
    queue = failed;
  }

  if (permanent.length > 0) {
    const failures = permanent.map((p) => ({
      eventId: p.event.id,
      type: p.event.type,
      errorCode: p.lastError?.code ?? 'Unknown',
      ...(p.lastError?.message ? { errorMessage: p.lastError.message } : {}),
    }));
    throw new OutboxError(
      'PUBLISH_FAILED',
      `${permanent.length} of ${busEvents.length} events not accepted by the bus after up to ${maxAttempts} attempts: ` +
        failures.map((f) => `${f.eventId} (${f.type}): ${f.errorCode}`).join(', '),
      failures,
    );
  }
  return report;
}

/** The events as published: oversized ArticleProcessed records replaced by their parts, in order. */
export function toBusEvents(events: readonly LogEvent[], maxEntryBytes = MAX_ENTRY_BYTES): LogEvent[] {
  return events.flatMap((event): LogEvent[] => {
    if (event.type !== 'ArticleProcessed') return [event];
    const envelopeBytes = utf8(EVENT_SOURCE) + utf8(event.type);
    return splitArticleRecord(event, maxEntryBytes - envelopeBytes);
  });
}

/**
 * The failed entries of one call: those with an ErrorCode or with no result at all. When the count says more
 * failed than carry a code, the entries without an EventId count as failed too (never assume delivery).
 */
function failedIndices(result: PutEventsResult, sent: number): Set<number> {
  const failed = new Set<number>();
  for (let i = 0; i < sent; i++) {
    const r = result.Entries?.[i];
    if (!r || r.ErrorCode) failed.add(i);
  }
  if ((result.FailedEntryCount ?? 0) > failed.size) {
    for (let i = 0; i < sent; i++) if (!result.Entries?.[i]?.EventId) failed.add(i);
  }
  return failed;
}

function errorCode(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { name?: unknown; code?: unknown };
    if (typeof e.name === 'string' && e.name !== 'Error') return e.name;
    if (typeof e.code === 'string') return e.code;
  }
  return 'CallFailed';
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
