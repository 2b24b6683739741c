import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REBUILD_MARK } from '../../infra/local/data-dir-health.ts';
import type { Runtime } from '../../infra/local/runtime.ts';
import type { LogEvent } from '../../shared/events/envelope.ts';
import type { Commit, EventStore, ReadModelStore } from '../../shared/ports.ts';
import { CliUsageError } from '../usage.ts';

/**
 * Drops the read models and projects them again from the event log. A mark in the data directory says a rebuild is
 * under way: if it is killed, every command refuses the directory (REBUILD_INCOMPLETE) until a rebuild completes.
 */
export async function rebuildReadModels(runtime: Runtime): Promise<{ commits: number; events: number }> {
  const mark = join(runtime.dataDir, REBUILD_MARK);
  await writeFile(mark, `${new Date().toISOString()}\n`);
  await runtime.readModels.clear();
  const counts = await projectLog(runtime.store, runtime.readModels);
  await rm(mark, { force: true });
  return counts;
}

/** Applies every commit of the log, in log order, to the read models. */
export async function projectLog(
  store: Pick<EventStore, 'readAll'>,
  readModels: Pick<ReadModelStore, 'apply'>,
): Promise<{ commits: number; events: number }> {
  let commits = 0;
  let events = 0;
  for await (const commit of store.readAll()) {
    await readModels.apply(commit.events);
    commits++;
    events += commit.events.length;
  }
  return { commits, events };
}

/**
 * Segments of the parallel Scan `rebuild --stack` reads the event store table with, by default: each is one
 * concurrent reader and projector in this process. DynamoDB serves a segment from its own partitions, so more
 * segments read faster until the read-model writes (or the client's sockets) are the limit.
 */
export const REBUILD_SEGMENTS = 8;
/** The most segments `--segments` takes: each one is a concurrent worker in this process. */
export const MAX_REBUILD_SEGMENTS = 64;
/** Events projected per `apply`: a scan page (≤ 1 MB) is cut into batches of at most this many. */
export const REBUILD_APPLY_EVENTS = 200;

/** `--segments N` → the Scan's TotalSegments (pure): an integer in 1..MAX_REBUILD_SEGMENTS, or the default. */
export function decideSegments(option: string | undefined): number {
  if (option === undefined) return REBUILD_SEGMENTS;
  const n = Number(option);
  if (!/^\d+$/.test(option.trim()) || !Number.isSafeInteger(n) || n < 1 || n > MAX_REBUILD_SEGMENTS) {
    throw new CliUsageError(`--segments takes an integer from 1 to ${MAX_REBUILD_SEGMENTS}, not '${option}'`);
  }
  return n;
}

/** The events of a scan page's commits in batches of at most `maxEvents` (pure; a commit is never split). */
export function decideApplyBatches(commits: Commit[], maxEvents = REBUILD_APPLY_EVENTS): LogEvent[][] {
  const batches: LogEvent[][] = [];
  let batch: LogEvent[] = [];
  for (const commit of commits) {
    if (batch.length > 0 && batch.length + commit.events.length > maxEvents) {
      batches.push(batch);
      batch = [];
    }
    batch.push(...commit.events);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export interface SegmentedLog {
  scanSegment(segment: number, totalSegments: number): AsyncIterable<Commit[]>;
}

/**
 * Applies every commit of the log to the read models, reading it as `segments` parallel Scan segments, each
 * projected as it is read. Projections are order- and duplicate-insensitive (a row is a function of its facts),
 * so the result equals applying the log in order; `onProgress` gets the running totals after each page.
 */
export async function projectSegments(
  store: SegmentedLog,
  readModels: Pick<ReadModelStore, 'apply'>,
  segments: number,
  onProgress: (counts: { commits: number; events: number }) => void = () => {},
): Promise<{ commits: number; events: number }> {
  const counts = { commits: 0, events: 0 };
  let failed = false;
  await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      for await (const page of store.scanSegment(segment, segments)) {
        if (failed) return;
        for (const batch of decideApplyBatches(page)) await readModels.apply(batch);
        counts.commits += page.length;
        counts.events += page.reduce((n, c) => n + c.events.length, 0);
        onProgress(counts);
      }
    }).map((worker) =>
      worker.catch((err: unknown) => {
        failed = true; // the other segments stop at their next page
        throw err;
      }),
    ),
  );
  return counts;
}
