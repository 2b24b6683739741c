/**
 * The outbox drain (ports only): publish every pending commit, then mark it published. Publish-then-mark makes
 * it crash-safe by construction: a crash between the two leaves the commit pending and the next drain publishes
 * it again, so delivery is at least once and subscribers dedupe by event id. A commit the bus refuses for good
 * (too large, or only permanent entry errors) goes to the dead letters, when given, and is marked published, so one
 * bad commit never holds the outbox.
 */
import type { Commit, EventBus, EventStore, OutboxDeadLetters } from '../ports.ts';
import { isPermanentError, OutboxError, publishCommits, type PublishOptions } from './publish.ts';

export interface DrainOptions extends PublishOptions {
  /** Commits read from the outbox per round (default 25). */
  batchSize?: number;
  /** Stop after this many commits were handled (published or failed); default unbounded. */
  maxCommits?: number;
  /**
   * Only publish commits appended at least this long ago (by their position's time). On AWS the DynamoDB Streams
   * publisher handles fresh commits; a scheduled drain with e.g. 5 minutes only sweeps what it missed.
   */
  minAgeMs?: number;
  now?: () => number;
  /** Called after each commit is published and marked. */
  onPublished?: (commit: Commit) => void;
  /** Receives commits that can never be published; without it they stay pending and the drain fails. */
  deadLetters?: OutboxDeadLetters;
}

export interface DrainReport {
  commits: number;
  events: number;
  calls: number;
  failed: Array<{ stream: string; version: number; code: string; message: string }>;
  /** Commits given up on and handed to `deadLetters` (then marked published). */
  deadLettered: Array<{ stream: string; version: number; code: string; message: string }>;
}

/**
 * Drains the outbox until it is empty (or only holds commits that failed in this run, or younger than
 * `minAgeMs`). A commit whose publishing fails is skipped for the rest of the run and left pending; after the
 * loop a `DRAIN_FAILED` OutboxError lists them (its `report` holds what was done). Store errors propagate.
 */
export async function drainOutbox(store: EventStore, bus: EventBus, opts: DrainOptions = {}): Promise<DrainReport> {
  const batchSize = Math.max(1, opts.batchSize ?? 25);
  const now = opts.now ?? Date.now;
  const report: DrainReport = { commits: 0, events: 0, calls: 0, failed: [], deadLettered: [] };
  const failed = new Set<string>();
  // Every commit handled in this run is handled once, even if the outbox GSI (eventually consistent on AWS)
  // still lists it after its mark was removed; the page grows by the ones most likely still listed.
  const done = new Set<string>();
  let justMarked = new Set<string>();
  const key = (c: Pick<Commit, 'stream' | 'version'>) => `${c.version}\u0000${c.stream}`;

  for (;;) {
    const page = await store.pending(batchSize + failed.size + justMarked.size);
    const fresh = page.filter((c) => !done.has(key(c)));
    if (fresh.length === 0) break;
    const marked = new Set<string>();
    let tooYoung = false;
    for (const commit of fresh) {
      const handled = report.commits + report.failed.length + report.deadLettered.length;
      if (opts.maxCommits !== undefined && handled >= opts.maxCommits) {
        return finish(report);
      }
      if (opts.minAgeMs !== undefined && positionTime(commit.position) > now() - opts.minAgeMs) {
        tooYoung = true; // pending is oldest first: everything after is younger still
        break;
      }
      try {
        const r = await publishCommits(bus, commit.events, opts);
        report.calls += r.calls;
      } catch (err) {
        if (!(err instanceof OutboxError)) throw err;
        done.add(key(commit));
        const failure = { stream: commit.stream, version: commit.version, code: err.code, message: err.message };
        if (opts.deadLetters && isRefusedForGood(err)) {
          await opts.deadLetters.put({
            ...failure,
            eventIds: err.failures.map((f) => f.eventId),
            failedAt: new Date(now()).toISOString(),
          });
          await store.markPublished(commit.stream, commit.version);
          marked.add(key(commit));
          report.deadLettered.push(failure);
          continue;
        }
        failed.add(key(commit));
        report.failed.push(failure);
        continue;
      }
      await store.markPublished(commit.stream, commit.version);
      marked.add(key(commit));
      done.add(key(commit));
      report.commits++;
      report.events += commit.events.length;
      opts.onPublished?.(commit);
    }
    if (tooYoung) break;
    justMarked = marked;
  }
  return finish(report);
}

/** Too large, or every refused entry refused with an error no retry fixes. */
function isRefusedForGood(err: OutboxError): boolean {
  if (err.code === 'ENTRY_TOO_LARGE') return true;
  return err.failures.length > 0 && err.failures.every((f) => isPermanentError(f.errorCode));
}

function finish(report: DrainReport): DrainReport {
  if (report.failed.length === 0) return report;
  throw new DrainError(report);
}

export class DrainError extends OutboxError {
  constructor(readonly report: DrainReport) {
    super(
      'DRAIN_FAILED',
      `${report.failed.length} commit(s) left pending (published ${report.commits}): ` +
        report.failed.map((f) => `${f.stream}@${f.version} ${f.code}: ${f.message}`).join('; '),
    );
    this.name = 'DrainError';
  }
}

/** The time (ms) at the head of a position (`makePosition` in the DynamoDB adapter: 15 zero-padded digits). */
function positionTime(position: string): number {
  const ms = Number(position.slice(0, 15));
  return Number.isFinite(ms) ? ms : 0;
}
