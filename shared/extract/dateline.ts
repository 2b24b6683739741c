import { fmtDay, parseDay, type Day } from './text/dates.ts';
import { lookupTable } from './lookup-table.ts';

const MONTH_INDEX = lookupTable<number>({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

// "WASHINGTON, Feb 2 (Worldwire) -", "BAKU, April 17. /TASS/.", "STUTTGART, Germany, Sept. 16, 2024 -",
// "LEOPOLDVILLE, the Congo, July 16 —" (a state named with its article).
// Bounded repetitions over disjoint character classes: linear.
const DATELINE =
  /(?:^|\n)[^\S\n]{0,8}([A-Z][A-Z'’.-]{1,30}(?: [A-Z][A-Z'’.-]{1,30}){0,3})(?:, (?:the )?[A-Z][A-Za-z.-]{1,30}(?: [A-Z][A-Za-z.-]{1,30}){0,2})?, ([A-Z][a-z]{2,8})\.? (\d{1,2})(?:, (\d{4}))?/;

// "PORT-AU-PRINCE, Haiti (AP) —", "MANAMA, Bahrain –", "NAIROBI -", "BANGKOK (AP) --": a dateline with no date,
// before a dash (or the typewriter's two hyphens).
// Bounded repetitions over disjoint character classes: linear.
const UNDATED_DATELINE =
  /(?:^|\n)[^\S\n]{0,8}([A-Z][A-Z'’.-]{1,30}(?: [A-Z][A-Z'’.-]{1,30}){0,3})(?:, (?:the )?[A-Z][A-Za-z.-]{1,30}(?: [A-Z][A-Za-z.-]{1,30}){0,2})?(?: \([A-Za-z. ]{1,30}\))? (?:[-–—]|--) /;

export interface Dateline {
  city: string;
  /** Character range of the dateline in the article text. */
  start: number;
  end: number;
  date?: string;
}

/** Finds the dateline near the top of an article and dates it, resolving a missing year against `published`. */
export function findDateline(text: string, published: string | undefined): Dateline | undefined {
  const head = text.slice(0, 1500);
  const m = DATELINE.exec(head);
  if (!m) return undatedDateline(head);
  const month = MONTH_INDEX[m[2]!.slice(0, m[2]!.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
  const start = m.index + m[0].indexOf(m[1]!);
  const out: Dateline = { city: m[1]!, start, end: m.index + m[0].length };
  if (!month) return out;
  const day = +m[3]!;
  const pub = parseDay(published);
  let year = m[4] ? +m[4] : undefined;
  if (!year && pub) year = month * 100 + day <= pub.m * 100 + pub.d + 7 ? pub.y : pub.y - 1;
  if (!year && published && /^\d{4}/.test(published)) year = +published.slice(0, 4);
  if (year) {
    const d: Day = { y: year, m: month, d: day };
    if (day <= new Date(Date.UTC(year, month, 0)).getUTCDate()) out.date = fmtDay(d);
  }
  return out;
}

function undatedDateline(head: string): Dateline | undefined {
  const m = UNDATED_DATELINE.exec(head);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return { city: m[1]!, start, end: m.index + m[0].length };
}
