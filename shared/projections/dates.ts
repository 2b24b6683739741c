/** Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the read models compare them. */

/** Code-unit order: chronological for equal precision, and a date sorts right before its refinements. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares on the common prefix: `2020` equals `2020-05` and `2020-05-17`; `2020-04` is before `2020-05-01`. */
export function comparePrefix(date: string, bound: string): number {
  const n = Math.min(date.length, bound.length);
  return compareDates(date.slice(0, n), bound.slice(0, n));
}

/** Inclusive range test at the shorter precision; an unknown date is in no bounded range. */
export function withinRange(date: string | null, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  if (!date) return false;
  if (since && comparePrefix(date, since) < 0) return false;
  if (until && comparePrefix(date, until) > 0) return false;
  return true;
}

/** The earliest of the known dates, or null. */
export function earliest(dates: Iterable<string | null | undefined>): string | null {
  let min: string | null = null;
  for (const d of dates) if (d && (min === null || compareDates(d, min) < 0)) min = d;
  return min;
}
