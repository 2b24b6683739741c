/**
 * Where incremental read-model summaries live (see mission-summaries.ts): sorted child entries under a row, each
 * a refcount `n` with two auxiliary counters and an optional JSON payload. The embedded store keeps them in a SQLite
 * table (shared/adapters/sqlite/summary-table.ts); `InMemorySummaryStore` is the reference used by unit tests.
 *
 * An entry is addressed by (row, dim, sort); entries of one (row, dim) are read in `sort` order (code-unit order,
 * which `sortKey` makes agree with the projections' orders), a bounded number at a time. An entry whose `n` drops to
 * zero or below is deleted. `scope` groups the entries recomputed together (a mission theatre).
 */

export type SummaryEntry = { sort: string; n: number; a: number; b: number; doc: string | null };

export type SummaryRange = {
  /** Only entries whose sort key starts with this. */
  prefix?: string;
  /** Largest first. */
  desc?: boolean;
  /** At most this many (default: all). */
  limit?: number;
};

export interface SummaryStore {
  get(row: string, dim: string, sort: string): SummaryEntry | undefined;
  /** Writes the entry (replacing any), or deletes it when `entry.n <= 0`. */
  put(scope: string, row: string, dim: string, entry: SummaryEntry): void;
  /** Entries of (row, dim) in sort order; iterate lazily: a caller may stop early. */
  range(row: string, dim: string, range?: SummaryRange): Iterable<SummaryEntry>;
  /** Deletes every entry of a scope. */
  clearScope(scope: string): void;
}

/** Above every character `sortKey` emits: the end of a prefix range. */
export const PREFIX_END = '\u007f';

/**
 * The layout of stored summaries (the `sortKey` encoding, which rows are summarized: 3 = compact keys, missions and
 * entities): a store holding another recomputes them from its facts (see the adapters).
 */
export const SORT_ENCODING = 3;

const SORT_END = '!';
const ESCAPE_LOW = '"';
const ESCAPE_HIGH = '~';
const FIRST_PLAIN = 0x23;
const LAST_PLAIN = 0x7d;

/**
 * An order-preserving, prefix-free, compact encoding of a string, in printable ASCII: each UTF-16 code unit from `#`
 * to `}` as itself, one below as `"` and four hex digits, one above as `~` and four hex digits; then `!`, which
 * sorts below everything else. Two encodings compare as the strings do in JavaScript (code units), also in SQLite's
 * and DynamoDB's byte order, and a component never runs into the next, so concatenated components sort component
 * by component. (Plain text stays plain: DynamoDB limits a sort key to 1,024 bytes.)
 */
export function sortKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FIRST_PLAIN && c <= LAST_PLAIN) out += text[i];
    else out += (c < FIRST_PLAIN ? ESCAPE_LOW : ESCAPE_HIGH) + c.toString(16).padStart(4, '0');
  }
  return out + SORT_END;
}

/** A date component that sorts undated (null) after every date. */
export function nullLastDate(on: string | null): string {
  return on === null ? '2' : `1${sortKey(on)}`;
}

/** A date component that sorts undated (null) before every date. */
export function nullFirstDate(on: string | null): string {
  return on === null ? '0' : `1${sortKey(on)}`;
}

/** The summaries in a sorted map: for tests (and as the reference the SQLite table must behave like). */
export class InMemorySummaryStore implements SummaryStore {
  readonly #entries = new Map<string, Map<string, { scope: string; entry: SummaryEntry }>>();

  get(row: string, dim: string, sort: string): SummaryEntry | undefined {
    return this.#entries.get(`${row}\u0000${dim}`)?.get(sort)?.entry;
  }

  put(scope: string, row: string, dim: string, entry: SummaryEntry): void {
    const key = `${row}\u0000${dim}`;
    let entries = this.#entries.get(key);
    if (entry.n <= 0) {
      entries?.delete(entry.sort);
      return;
    }
    if (!entries) this.#entries.set(key, (entries = new Map()));
    entries.set(entry.sort, { scope, entry: { ...entry } });
  }

  *range(row: string, dim: string, range: SummaryRange = {}): Iterable<SummaryEntry> {
    const entries = [...(this.#entries.get(`${row}\u0000${dim}`)?.values() ?? [])]
      .map((e) => e.entry)
      .filter((e) => !range.prefix || e.sort.startsWith(range.prefix))
      .sort((x, y) => (x.sort < y.sort ? -1 : x.sort > y.sort ? 1 : 0));
    if (range.desc) entries.reverse();
    yield* entries.slice(0, range.limit ?? entries.length);
  }

  clearScope(scope: string): void {
    for (const entries of this.#entries.values()) {
      for (const [sort, e] of entries) if (e.scope === scope) entries.delete(sort);
    }
  }
}
