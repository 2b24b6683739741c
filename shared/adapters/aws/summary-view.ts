/**
 * The incremental summaries (shared/projections/summary-store.ts) on DynamoDB, through the same synchronous
 * `SummaryStore` port the embedded store implements, so `MissionSummaries` runs unchanged on both.
 *
 * Where entries live (summary-items.ts): a summary row (a mission row, its place or theatre counts, one member
 * event…) is one **pack** item holding every entry of every dim of the row while it is small, and only a row whose
 * pack would grow past a bound is **spilled**: its pack then only says so, and each entry is a child item of its
 * (row, dim) partition, read by key or by range. DynamoDB bills writes per started KB of an item and reads per
 * 4 KB, so a small row changed by a batch costs one write of its pack, not one per changed entry.
 *
 * The port is synchronous and DynamoDB is not, so a projection runs against a `SummaryView`: reads are served from
 * a `SummaryReads` cache of items already fetched, writes go to an overlay. A read the cache cannot answer is
 * recorded as a miss (and answers "nothing"); after the run the caller fetches every miss at once (one BatchGetItem
 * for the packs and the gets, one Query per range) and runs the projection again from scratch, until a run completes
 * without a miss. That run saw only fetched items, so its overlay is the exact set of changes to write. A row's pack
 * is read before anything else of the row (and before any write to it: a pack is rewritten whole). Each round
 * discovers the reads that depend on the previous round's (a handful: a member's entry, then its row's entries),
 * so a batch costs O(its events) reads, never O(a spilled row's history).
 *
 * Reads are linear in what they return: each partition's entries (fetched, and the overlay's writes) are kept
 * sorted, and a range merges the two from the prefix's first entry on, lazily (`visited` counts the entries a run
 * looked at), so a batch of one huge article does not re-sort a partition per read.
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

/**
 * The partitions (row, dim) a scope has written: kept as summary entries of a registry partition, read by
 * `clearScope`. Only for scopes that may be cleared (see `SummaryViewOptions.clearable`). By default the registry
 * is a pseudo row of its own (`#scope:<scope>`), whose pack is rewritten whenever the scope writes a new partition
 * (every new member event); `SummaryViewOptions.registry` can place it in a row the scope rewrites anyway.
 */
export type ScopeRegistry = { row: string; dim: string };
const defaultRegistry = (scope: string): ScopeRegistry => ({ row: `#scope:${scope}`, dim: 'parts' });

export const partitionId = (row: string, dim: string) => JSON.stringify([row, dim]);
const rangeId = (row: string, dim: string, prefix: string, desc: boolean) => JSON.stringify([row, dim, prefix, desc]);

/** A range as fetched: its entries in the range's order (descending for a `desc` range). */
export type FetchedRange = { entries: SummaryEntry[]; complete: boolean };

export type RangeMiss = { row: string; dim: string; prefix: string; desc: boolean; want: number };

/**
 * A row's pack as read: `dims` maps each dim to its entries in ascending sort order (every entry of the row), or the
 * row is `spilled` (its entries are child items). An absent pack is a row with no entries that never spilled.
 */
export type Pack = { spilled: false; dims: Map<string, SummaryEntry[]> } | { spilled: true };

export const EMPTY_PACK: Pack = { spilled: false, dims: new Map() };

/** What a run could not answer. */
export interface Misses {
  packs: Set<string>;
  gets: Map<string, { row: string; dim: string; sort: string }>;
  ranges: Map<string, RangeMiss>;
  theatres: Set<string>;
}

/** Items fetched so far for one attempt (a consistent snapshot is not needed: the commit's condition checks it). */
export class SummaryReads {
  readonly packs = new Map<string, Pack>();
  readonly gets = new Map<string, SummaryEntry | null>();
  readonly ranges = new Map<string, FetchedRange>();
  readonly theatres = new Map<string, Array<{ event: PlacementEvent; doc: string }>>();
  /** Per packed partition: sort → entry (built once per attempt, on first use). */
  readonly #packIndex = new Map<string, Map<string, SummaryEntry>>();

  static getId(row: string, dim: string, sort: string): string {
    return JSON.stringify([row, dim, sort]);
  }

  static rangeId = rangeId;

  /** The packed entry of (row, dim, sort) of an unspilled pack. */
  packed(row: string, dim: string, entries: readonly SummaryEntry[], sort: string): SummaryEntry | undefined {
    const id = partitionId(row, dim);
    let index = this.#packIndex.get(id);
    if (!index) this.#packIndex.set(id, (index = new Map(entries.map((e) => [e.sort, e]))));
    return index.get(sort);
  }
}

/** A write the run decided: the entry of (row, dim, entry.sort), or its deletion when `entry.n <= 0`. */
export type SummaryWrite = { scope: string; row: string; dim: string; entry: SummaryEntry };

/** How a row's changes are stored: its whole new pack (null: none left), or child items of a spilled row. */
export type RowWrite =
  | { row: string; pack: Array<[dim: string, entries: SummaryEntry[]]> | null }
  | { row: string; spilled: SummaryWrite[] };

type Written = { scope: string; row: string; dim: string; entry: SummaryEntry | null };

/** One partition's writes: by sort, their sorts in ascending order, and how many are deletions. */
class PartitionWrites {
  readonly bySort = new Map<string, Written>();
  readonly sorted: string[] = [];
  deleted = 0;

  set(sort: string, w: Written): void {
    const known = this.bySort.get(sort);
    if (known) {
      if (known.entry === null) this.deleted--;
    } else {
      this.sorted.splice(
        lowerBound(this.sorted, sort, (s) => s),
        0,
        sort,
      );
    }
    if (w.entry === null) this.deleted++;
    this.bySort.set(sort, w);
  }
}

export interface SummaryViewOptions {
  /**
   * Whether the projection may call `clearScope` (default true): the mission summaries recompute a theatre that way,
   * the entity summaries never clear, so their scopes keep no registry of the partitions they wrote.
   */
  clearable?: boolean;
  /**
   * Where a scope's registry lives (default: `#scope:<scope>`, dim `parts`). `clearScope` also reads the default
   * place, so that a registry written there before is still honoured.
   */
  registry?: (scope: string) => ScopeRegistry;
}

export class SummaryView implements SummaryStore {
  readonly #reads: SummaryReads;
  readonly #clearable: boolean;
  readonly #registry: (scope: string) => ScopeRegistry;
  /** partition → its writes (an entry, or null: deleted). */
  readonly #overlay = new Map<string, PartitionWrites>();
  readonly misses: Misses = { packs: new Set(), gets: new Map(), ranges: new Map(), theatres: new Set() };
  /** Entries the run's range reads looked at (fetched and written): linear in what they yield, see the header. */
  visited = 0;

  constructor(reads: SummaryReads, options: SummaryViewOptions = {}) {
    this.#reads = reads;
    this.#clearable = options.clearable ?? true;
    this.#registry = options.registry ?? defaultRegistry;
  }

  get missed(): boolean {
    return this.misses.packs.size + this.misses.gets.size + this.misses.ranges.size + this.misses.theatres.size > 0;
  }

  /** The row's pack, or undefined (a miss) when not fetched yet. */
  #pack(row: string): Pack | undefined {
    const pack = this.#reads.packs.get(row);
    if (!pack) this.misses.packs.add(row);
    return pack;
  }

  get(row: string, dim: string, sort: string): SummaryEntry | undefined {
    const written = this.#overlay.get(partitionId(row, dim))?.bySort.get(sort);
    if (written) return written.entry ?? undefined;
    const pack = this.#pack(row);
    if (!pack) return undefined;
    if (!pack.spilled) {
      const entries = pack.dims.get(dim);
      return entries ? this.#reads.packed(row, dim, entries, sort) : undefined;
    }
    const id = SummaryReads.getId(row, dim, sort);
    const known = this.#reads.gets.get(id);
    if (known !== undefined) return known ?? undefined;
    this.misses.gets.set(id, { row, dim, sort });
    return undefined;
  }

  put(scope: string, row: string, dim: string, entry: SummaryEntry): void {
    this.#pack(row); // a pack is rewritten whole: it must be known
    const partition = partitionId(row, dim);
    let writes = this.#overlay.get(partition);
    if (!writes) this.#overlay.set(partition, (writes = new PartitionWrites()));
    writes.set(entry.sort, { scope, row, dim, entry: entry.n > 0 ? { ...entry } : null });
    if (this.#clearable && entry.n > 0) {
      const registry = this.#registry(scope);
      if (row === registry.row && dim === registry.dim) return;
      const sort = sortKey(row) + sortKey(dim);
      if (!this.get(registry.row, registry.dim, sort)) {
        this.put(scope, registry.row, registry.dim, { sort, n: 1, a: 0, b: 0, doc: partition });
      }
    }
  }

  *range(row: string, dim: string, range: SummaryRange = {}): Iterable<SummaryEntry> {
    const prefix = range.prefix ?? '';
    const desc = range.desc ?? false;
    const limit = range.limit ?? Infinity;
    const writes = this.#overlay.get(partitionId(row, dim));
    const deleted = writes?.deleted ?? 0;
    const pack = this.#pack(row);
    if (!pack) return;
    let base: readonly SummaryEntry[];
    let complete: boolean;
    const id = rangeId(row, dim, prefix, desc);
    const need = (want: number) => {
      const known = this.misses.ranges.get(id);
      if (!known || known.want < want) this.misses.ranges.set(id, { row, dim, prefix, desc, want });
    };
    if (!pack.spilled) {
      base = pack.dims.get(dim) ?? [];
      complete = true;
    } else {
      const fetched = this.#reads.ranges.get(id);
      if (!fetched) {
        // Deleted entries of the overlay may hide fetched ones: fetch enough to still fill the limit.
        need(Math.min(Number.isFinite(limit) ? limit : RANGE_PAGE, 1000) + deleted);
        return;
      }
      base = fetched.entries;
      complete = fetched.complete;
      if (desc) base = ascendingView(base);
    }
    // Past the last fetched entry of an incomplete range, unfetched entries may come first.
    const boundary = complete ? undefined : (desc ? base[0] : base[base.length - 1])?.sort;
    const beyond = (sort: string) =>
      !complete && (boundary === undefined || (desc ? sort < boundary : sort > boundary));
    const end = prefix + PREFIX_END;
    const inPrefix = (sort: string) => sort.startsWith(prefix);
    const written = writes?.sorted ?? [];
    const step = desc ? -1 : 1;
    // Two cursors in range order: over the fetched entries and over the written sorts.
    let i = desc ? lowerBound(base, end, (e) => e.sort) - 1 : lowerBound(base, prefix, (e) => e.sort);
    let j = desc ? lowerBound(written, end, (s) => s) - 1 : lowerBound(written, prefix, (s) => s);
    let yielded = 0;
    for (;;) {
      const b = i >= 0 && i < base.length ? base[i] : undefined;
      const w = j >= 0 && j < written.length ? written[j] : undefined;
      const bIn = b !== undefined && inPrefix(b.sort);
      const wIn = w !== undefined && inPrefix(w);
      if (!bIn && !wIn) break;
      this.visited++;
      let sort: string;
      let entry: SummaryEntry | null;
      if (bIn && (!wIn || (desc ? b.sort > w! : b.sort < w!))) {
        sort = b.sort;
        entry = b;
        i += step;
      } else {
        sort = w!;
        entry = writes!.bySort.get(sort)!.entry;
        if (bIn && b.sort === sort) i += step;
        j += step;
      }
      if (entry === null) continue;
      if (yielded >= limit) return;
      if (beyond(sort)) break;
      yield entry;
      yielded++;
    }
    if (yielded < limit && !complete) need(Math.max(RANGE_PAGE, base.length * 2) + deleted);
  }

  clearScope(scope: string): void {
    if (!this.#clearable) throw new Error(`summary view: scope ${scope} was written without a registry to clear it`);
    const registry = this.#registry(scope);
    const legacy = defaultRegistry(scope);
    const places = legacy.row === registry.row && legacy.dim === registry.dim ? [registry] : [registry, legacy];
    const parts = places.flatMap((r) => [...this.range(r.row, r.dim)]);
    for (const part of parts) {
      const [row, dim] = JSON.parse(part.doc!) as [string, string];
      if (row === registry.row && dim === registry.dim) continue;
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

  /**
   * The run's changes by row, as they are stored: each packed row's new pack (when it changed), each spilled row's
   * changed entries (those known to be unchanged, and deletions of entries known to be absent, left out). A packed
   * row whose new pack `fits` no more is spilled by the caller.
   */
  rowWrites(): RowWrite[] {
    const byRow = new Map<string, PartitionWrites[]>();
    for (const writes of this.#overlay.values()) {
      const row = writes.bySort.values().next().value!.row;
      const list = byRow.get(row);
      if (list) list.push(writes);
      else byRow.set(row, [writes]);
    }
    const out: RowWrite[] = [];
    for (const [row, partitions] of byRow) {
      const pack = this.#reads.packs.get(row);
      if (!pack) throw new Error(`summary view: row ${row} written before its pack was read`);
      if (pack.spilled) {
        const spilled: SummaryWrite[] = [];
        for (const writes of partitions) {
          for (const [sort, w] of writes.bySort) {
            const known = this.#reads.gets.get(SummaryReads.getId(row, w.dim, sort));
            if (w.entry === null ? known === null : known && sameEntry(known, w.entry)) continue;
            spilled.push({ scope: w.scope, row, dim: w.dim, entry: w.entry ?? { sort, n: 0, a: 0, b: 0, doc: null } });
          }
        }
        if (spilled.length > 0) out.push({ row, spilled });
        continue;
      }
      let changed = false;
      const dims = new Map(pack.dims);
      for (const writes of partitions) {
        const dim = writes.bySort.values().next().value!.dim;
        const before = pack.dims.get(dim) ?? [];
        const after = [...this.range(row, dim)];
        if (after.length !== before.length || after.some((e, k) => !sameEntry(e, before[k]!))) changed = true;
        if (after.length > 0) dims.set(dim, after);
        else dims.delete(dim);
      }
      if (!changed) continue;
      const sorted = [...dims].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      out.push({ row, pack: sorted.length > 0 ? sorted : null });
    }
    return out;
  }
}

function sameEntry(x: SummaryEntry, y: SummaryEntry): boolean {
  return x.sort === y.sort && x.n === y.n && x.a === y.a && x.b === y.b && x.doc === y.doc;
}

/** The first index whose key is not below `key` (the array ascending by `keyOf`). */
function lowerBound<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A descending fetched range in ascending order (reversed once per fetched array). */
const ascending = new WeakMap<readonly SummaryEntry[], SummaryEntry[]>();
function ascendingView(entries: readonly SummaryEntry[]): readonly SummaryEntry[] {
  let reversed = ascending.get(entries);
  if (!reversed) ascending.set(entries, (reversed = [...entries].reverse()));
  return reversed;
}

export { PREFIX_END };
