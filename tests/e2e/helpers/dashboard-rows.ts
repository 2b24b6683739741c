/**
 * Read-model rows at dashboard scale, for the browser tests and the benchmark alike: copies of real rows (from the
 * example articles or the corpus) under new ids until there are as many as wanted.
 */

/** Timeline events and missions the dashboard must handle without freezing (issue 10). */
export const SCALE_TIMELINE_EVENTS = 10_000;
export const SCALE_MISSIONS = 1_000;

/** Copies of rows under new ids (`<id>-<n>`), each timeline copy its own happening (`h<n>`), until there are `n`. */
export function inflate<R extends { id?: string; key?: string }>(rows: R[], n: number, field: 'id' | 'key'): R[] {
  if (rows.length === 0) throw new Error('inflate: no rows to copy');
  return Array.from({ length: n }, (_, i) => {
    const r = rows[i % rows.length]!;
    return { ...r, [field]: `${r[field]}-${i}`, ...(field === 'id' ? { happeningKey: `h${i}` } : {}) };
  });
}
