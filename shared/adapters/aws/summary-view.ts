/**
 * The incremental summaries (shared/projections/summary-store.ts) as DynamoDB child items, through the same
 * synchronous `SummaryStore` port the embedded store implements, so `MissionSummaries` runs unchanged on both.
 *
 * The port is synchronous and DynamoDB is not, so a projection runs against a `SummaryView`: reads are served from
 * a `SummaryReads` cache of items already fetched, writes go to an overlay. A read the cache cannot answer is
 * recorded as a miss (and answers "nothing"); after the run the caller fetches every miss at once (one BatchGetItem
 * for the gets, one Query per range) and runs the projection again from scratch, until a run completes without a
 * miss. That run saw only fetched items, so its overlay is the exact set of child items to write. Each round
 * discovers the reads that depend on the previous round's (a handful: a member's entry, then its row's entries),
 * so a batch costs O(its events) reads, never O(the row's history). Where the items live: summary-items.ts.
 */
import type { PlacementEvent } from '../../event-types/models.ts';
import {
  PREFIX_END,
  sortKey,
  type SummaryEntry,
  type SummaryRange,
  type SummaryStore,
} from '../../projections/summary-store.ts';

/** A range is fetched this many entries at a time (more when the projection iterates past them). */
export const RANGE_PAGE = 25;

/** The partitions (row, dim) a scope has written: kept as summary entries of a pseudo row, read by `clearScope`. */
const scopeRow = (scope: string) => `#scope:${scope}`;
const SCOPE_DIM = 'parts';

export const partitionId = (row: string, dim: string) => JSON.stringify([row, dim]);
const rangeId = (row: string, dim: string, prefix: string, desc: boolean) => JSON.stringify([row, dim, prefix, desc]);

export type FetchedRange = { entries: SummaryEntry[]; complete: boolean };

export type RangeMiss = { row: string; dim: string; prefix: string; desc: boolean; want: number };

/** What a run could not answer. */
export interface Misses {
  gets: Map<string, { row: string; dim: string; sort: string }>;
  ranges: Map<string, RangeMiss>;
  theatres: Set<string>;
}

/** Items fetched so far for one attempt (a consistent snapshot is not needed: the commit's condition checks it). */
export class SummaryReads {
  readonly gets = new Map<string, SummaryEntry | null>();
  readonly ranges = new Map<string, FetchedRange>();
  readonly theatres = new Map<string, Array<{ event: PlacementEvent; doc: string }>>();

  static getId(row: string, dim: string, sort: string): string {
    return JSON.stringify([row, dim, sort]);
  }

  static rangeId = rangeId;
}

/** A write the run decided: the entry of (row, dim, entry.sort), or its deletion when `entry.n <= 0`. */
export type SummaryWrite = { scope: string; row: string; dim: string; entry: SummaryEntry };

export class SummaryView implements SummaryStore {
  readonly #reads: SummaryReads;
  /** partition → sort → written entry (null: deleted). */
  readonly #overlay = new Map<
    string,
    Map<string, { scope: string; row: string; dim: string; entry: SummaryEntry | null }>
  >();
  readonly misses: Misses = { gets: new Map(), ranges: new Map(), theatres: new Set() };

  constructor(reads: SummaryReads) {
    this.#reads = reads;
  }

  get missed(): boolean {
    return this.misses.gets.size + this.misses.ranges.size + this.misses.theatres.size > 0;
  }

  get(row: string, dim: string, sort: string): SummaryEntry | undefined {
    const written = this.#overlay.get(partitionId(row, dim))?.get(sort);
    if (written) return written.entry ?? undefined;
    const id = SummaryReads.getId(row, dim, sort);
    const known = this.#reads.gets.get(id);
    if (known !== undefined) return known ?? undefined;
    this.misses.gets.set(id, { row, dim, sort });
    return undefined;
  }

  put(scope: string, row: string, dim: string, entry: SummaryEntry): void {
    const partition = partitionId(row, dim);
    let writes = this.#overlay.get(partition);
    if (!writes) this.#overlay.set(partition, (writes = new Map()));
    writes.set(entry.sort, { scope, row, dim, entry: entry.n > 0 ? { ...entry } : null });
    if (entry.n > 0 && !row.startsWith('#scope:')) {
      const sort = sortKey(row) + sortKey(dim);
      if (!this.get(scopeRow(scope), SCOPE_DIM, sort)) {
        this.put(scope, scopeRow(scope), SCOPE_DIM, { sort, n: 1, a: 0, b: 0, doc: partition });
      }
    }
  }

  *range(row: string, dim: string, range: SummaryRange = {}): Iterable<SummaryEntry> {
    const prefix = range.prefix ?? '';
    const desc = range.desc ?? false;
    const limit = range.limit ?? Infinity;
    const writes = this.#overlay.get(partitionId(row, dim));
    const id = rangeId(row, dim, prefix, desc);
    const fetched = this.#reads.ranges.get(id);
    const need = (want: number) => {
      const known = this.misses.ranges.get(id);
      if (!known || known.want < want) this.misses.ranges.set(id, { row, dim, prefix, desc, want });
    };
    // Deleted entries of the overlay may hide fetched ones: fetch enough to still fill the limit.
    const deleted = writes ? [...writes.values()].filter((w) => w.entry === null).length : 0;
    if (!fetched) {
      need(Math.min(Number.isFinite(limit) ? limit : RANGE_PAGE, 1000) + deleted);
      return;
    }
    const merged = new Map<string, SummaryEntry>();
    for (const e of fetched.entries) merged.set(e.sort, e);
    for (const [sort, w] of writes ?? []) {
      if (!sort.startsWith(prefix)) continue;
      if (w.entry) merged.set(sort, w.entry);
      else merged.delete(sort);
    }
    const boundary = fetched.complete ? undefined : fetched.entries[fetched.entries.length - 1]?.sort;
    const entries = [...merged.values()].sort((x, y) => (x.sort < y.sort ? -1 : x.sort > y.sort ? 1 : 0));
    if (desc) entries.reverse();
    let yielded = 0;
    for (const e of entries) {
      if (yielded >= limit) return;
      // Past the last fetched entry of an incomplete range, unfetched entries may come first.
      if (!fetched.complete && (boundary === undefined || (desc ? e.sort < boundary : e.sort > boundary))) break;
      yield e;
      yielded++;
    }
    if (yielded < limit && !fetched.complete) need(Math.max(RANGE_PAGE, fetched.entries.length * 2) + deleted);
  }

  clearScope(scope: string): void {
    for (const part of [...this.range(scopeRow(scope), SCOPE_DIM)]) {
      const [row, dim] = JSON.parse(part.doc!) as [string, string];
      for (const e of [...this.range(row, dim)]) this.put(scope, row, dim, { ...e, n: 0 });
    }
  }

  /** A theatre's visible placement events (`MissionSummaries`' recompute), or a miss. */
  theatre(theatre: string): Iterable<{ event: PlacementEvent; doc: string }> {
    const known = this.#reads.theatres.get(theatre);
    if (known) return known;
    this.misses.theatres.add(theatre);
    return [];
  }

  /** Every write of the run, one per (row, dim, sort), deletions as `n = 0`. */
  writes(): SummaryWrite[] {
    const out: SummaryWrite[] = [];
    for (const writes of this.#overlay.values()) {
      for (const [sort, w] of writes) {
        out.push({ scope: w.scope, row: w.row, dim: w.dim, entry: w.entry ?? { sort, n: 0, a: 0, b: 0, doc: null } });
      }
    }
    return out;
  }
}

export { PREFIX_END };
