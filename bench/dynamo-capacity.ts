/**
 * DynamoDB write units as AWS bills them (pure): an item's size by the documented rules, a write's table units
 * (the larger of the item before and after, in 1 KB units) and the write units of each global secondary index it
 * touches (an index entry is its projected attributes plus 100 bytes; putting, deleting or changing it costs its size
 * in 1 KB units, moving it to another key costs a delete and a put). The emulators do not report index writes, so
 * `npm run cost` computes them from the before/after images its meter records.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export type Item = Record<string, AttributeValue>;

const KB = 1024;
/** Bytes DynamoDB adds to each index entry. */
export const INDEX_ENTRY_OVERHEAD_BYTES = 100;
/** Bytes a list or map adds, and each of its elements. */
const CONTAINER_BYTES = 3;
const ELEMENT_BYTES = 1;

export interface IndexSchema {
  name: string;
  keys: string[];
  projection: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  include?: string[];
}

export interface TableSchema {
  keys: string[];
  indexes: IndexSchema[];
}

/** Size of an attribute value in bytes (strings and binaries by length, numbers by significant digits). */
export function valueSize(v: AttributeValue): number {
  if (v.S !== undefined) return Buffer.byteLength(v.S, 'utf8');
  if (v.N !== undefined) return numberSize(v.N);
  if (v.B !== undefined) return v.B.length;
  if (v.BOOL !== undefined || v.NULL !== undefined) return 1;
  if (v.SS) return v.SS.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0);
  if (v.NS) return v.NS.reduce((n, s) => n + numberSize(s), 0);
  if (v.BS) return v.BS.reduce((n, b) => n + b.length, 0);
  if (v.L) return CONTAINER_BYTES + v.L.reduce((n, e) => n + ELEMENT_BYTES + valueSize(e), 0);
  if (v.M) return CONTAINER_BYTES + Object.entries(v.M).reduce((n, [k, e]) => n + ELEMENT_BYTES + attrSize(k, e), 0);
  return 0;
}

/** Numbers: about one byte per two significant digits, plus one. */
function numberSize(n: string): number {
  const digits = n
    .replace(/^-/, '')
    .replace(/[eE].*$/, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

function attrSize(name: string, v: AttributeValue): number {
  return Buffer.byteLength(name, 'utf8') + valueSize(v);
}

export function itemSize(item: Item | undefined): number {
  if (!item) return 0;
  return Object.entries(item).reduce((n, [k, v]) => n + attrSize(k, v), 0);
}

const units = (bytes: number) => Math.max(1, Math.ceil(bytes / KB));

/** The index entry an item has in `index` (undefined when the item lacks one of its keys: a sparse index). */
export function indexEntry(table: TableSchema, index: IndexSchema, item: Item | undefined): Item | undefined {
  if (!item || !index.keys.every((k) => item[k] !== undefined)) return undefined;
  if (index.projection === 'ALL') return item;
  const kept = new Set([
    ...table.keys,
    ...index.keys,
    ...(index.projection === 'INCLUDE' ? (index.include ?? []) : []),
  ]);
  return Object.fromEntries(Object.entries(item).filter(([k]) => kept.has(k)));
}

export interface WriteUnits {
  table: number;
  indexes: number;
  /** The index units by index name. */
  byIndex?: Record<string, number>;
}

/** The write units of one successful write that turned `before` into `after` (undefined: no item). */
export function writeUnits(table: TableSchema, before: Item | undefined, after: Item | undefined): WriteUnits {
  const byIndex: Record<string, number> = {};
  for (const index of table.indexes) {
    const was = indexEntry(table, index, before);
    const is = indexEntry(table, index, after);
    if (!was && !is) continue;
    const size = (e: Item) => units(itemSize(e) + INDEX_ENTRY_OVERHEAD_BYTES);
    let n = 0;
    if (!was) n = size(is!);
    else if (!is) n = size(was);
    else if (index.keys.some((k) => JSON.stringify(was[k]) !== JSON.stringify(is[k]))) n = size(was) + size(is);
    else if (JSON.stringify(sorted(was)) !== JSON.stringify(sorted(is))) n = Math.max(size(was), size(is));
    if (n) byIndex[index.name] = n;
  }
  const indexes = Object.values(byIndex).reduce((a, b) => a + b, 0);
  return { table: units(Math.max(itemSize(before), itemSize(after))), indexes, byIndex };
}

function sorted(item: Item): Item {
  return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
