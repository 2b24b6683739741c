/** Publication dates: a strict reader for dates a caller gives, a tolerant one for dates found in documents. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A caller's date (`--published`): exactly `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, and a real calendar date.
 * Returns it unchanged, or undefined when it is not one.
 */
export function parsePartialDate(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  return isCalendarDate(Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1) ? value : undefined;
}

/**
 * A document's date (meta tag, JSON field) → `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when that is all it says).
 * ISO dates and datetimes keep the date part as written, whatever the time zone; RFC 2822 and similar
 * ("Wed, 17 Apr 2024 10:00:00 +0300", "April 17, 2024", "17 April 2024") likewise. Anything else → undefined.
 */
export function normalizeDocumentDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim();
  if (value.length > 100) return undefined;
  const partial = parsePartialDate(value);
  if (partial) return partial;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(value) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\D|$)/.exec(value);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // Optional weekday, then "17 Apr 2024" or "Apr 17, 2024"; the time and zone that may follow are ignored.
  const dmy = /^(?:[A-Za-z]{2,9}\.?,?\s)?\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(value);
  if (dmy) return ymd(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]));
  const mdy = /^(?:[A-Za-z]{2,9}\.?,?\s)?\s*([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(value);
  if (mdy) return ymd(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
  return undefined;
}

/** "Apr", "Sept", "April" → 4, 9, 4; anything else → 0 (an invalid month). */
function monthNumber(name: string | undefined): number {
  const lower = (name ?? '').toLowerCase();
  return lower.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(lower)) + 1 : 0;
}

function ymd(year: number, month: number, day: number): string | undefined {
  if (!isCalendarDate(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
