import type { Token } from './tokens.ts';
import { NUMBER_WORDS } from '../lexicon.ts';

/** A calendar day used as the anchor of relative dates. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export interface DateMention {
  first: number;
  last: number;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  /** Stated with its own year (not resolved from the article's date). */
  explicitYear: boolean;
  /** A fuzzy expression ("last weekend") resolved to its likeliest day. */
  approx?: boolean;
  /** A weekday counted back from the report's own day ("on Wednesday"): its year is that day's, never another date's. */
  anchored?: boolean;
  /** Told looking back from the story's time ("founded in 1922", "had been overthrown in 1963"): it does not set it. */
  background?: boolean;
  /** A year closing a document's name ("the Treaty of 1930"): it names the document, not when the clause happened. */
  named?: boolean;
}

const MONTHS = new Map<string, number>(
  Object.entries({
    jan: 1,
    'jan.': 1,
    january: 1,
    feb: 2,
    'feb.': 2,
    february: 2,
    mar: 3,
    'mar.': 3,
    march: 3,
    apr: 4,
    'apr.': 4,
    april: 4,
    may: 5,
    jun: 6,
    june: 6,
    jul: 7,
    july: 7,
    aug: 8,
    'aug.': 8,
    august: 8,
    sep: 9,
    'sep.': 9,
    sept: 9,
    'sept.': 9,
    september: 9,
    oct: 10,
    'oct.': 10,
    october: 10,
    nov: 11,
    'nov.': 11,
    november: 11,
    dec: 12,
    'dec.': 12,
    december: 12,
  }),
);
const WEEKDAYS = new Map<string, number>(
  Object.entries({ sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 }),
);
/** Lower-case words that can start a relative date; everything else must be capitalized or a number. */
/** Words that join months listed, or spanning a range, before the year they share. */
const MONTH_LINKS = new Set([',', 'and', 'or', 'to', 'through', 'until', '-', '–']);
/** Units of a span that dates something by counting ("14 years ago", "14 years after"); days and weeks are too fuzzy. */
export const SPAN_UNITS = new Set(['year', 'years', 'month', 'months']);
/** Parts of a year named before "of that year", and the month each means ("at the end of that year" → December). */
const YEAR_PART_MONTHS = new Map([
  ['end', 12],
  ['close', 12],
  ['beginning', 1],
  ['start', 1],
]);
const RELATIVE_STARTS = new Set([
  'ago',
  'today',
  'yesterday',
  'last',
  'this',
  'earlier',
  'following',
  'next',
  'later',
  'same',
  ...YEAR_PART_MONTHS.keys(),
]);
/** Seasons: "in the autumn", "that spring" date to the year of the text around them. */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/** First characters of the relative starts, seasons and "mid-", and their shortest length: most words are none. */
const RELATIVE_FIRST = new Uint8Array(128);
for (const w of [...RELATIVE_STARTS, ...SEASONS, 'mid-']) RELATIVE_FIRST[w.charCodeAt(0)] = 1;
const RELATIVE_MIN_LENGTH = Math.min(...[...RELATIVE_STARTS, ...SEASONS, 'mid-'].map((w) => w.length));
/** Whether a lower-case word is a relative start or a season, or starts with "mid-". */
const mayStartRelative = (lower: string) =>
  lower.length >= RELATIVE_MIN_LENGTH &&
  RELATIVE_FIRST[lower.charCodeAt(0) & 127] === 1 &&
  (RELATIVE_STARTS.has(lower) || SEASONS.has(lower) || lower.startsWith('mid-'));

export const pad = (n: number) => String(n).padStart(2, '0');
export const fmtDay = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
export const fmtMonth = (y: number, m: number) => `${y}-${pad(m)}`;

export function parseDay(s: string | undefined): Day | undefined {
  const m = s && /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : undefined;
}

function addDays(x: Day, n: number): Day {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const weekday = (x: Day) => new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
const validDay = (y: number, m: number, d: number) => d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The year that puts month/day on or before the reference (news speaks of the past), allowing a week ahead. */
function pastYear(ref: Day, m: number, d: number): number {
  const refN = ref.m * 100 + ref.d;
  const n = m * 100 + d;
  return n <= refN + 7 ? ref.y : ref.y - 1;
}

/** How many months a list sharing one year may name. */
const MAX_MONTH_LIST = 4;

/** Words after which a bare number that looks like a year is one ("in 1916", "from 1916", "between 1916 and"). */
const YEAR_OPENERS = new Set([
  'in',
  'since',
  'of',
  'by',
  'until',
  'early',
  'late',
  'mid',
  'year',
  'from',
  'between',
  'during',
  'spring',
  'summer',
  'autumn',
  'winter',
]);
/** Words before "the <season>" that make it a time ("in the autumn", not "the fall of Saigon"). */
const SEASON_OPENERS = new Set([
  'in',
  'during',
  'by',
  'until',
  'that',
  'this',
  'early',
  'late',
  'previous',
  'preceding',
  'following',
  'next',
]);
/** Words before a season that put it in the year after the text's ("the following spring"). */
const FOLLOWING_WORDS = new Set(['following', 'next']);
/** Words joined to a year by a dash that place a time within it ("mid-2004"). */
const PART_OF_YEAR = /^(?:early|mid|late)-((?:1[6-9]|20)\d\d)$/;
/** A number token that reads as a year (1600–2099). */
export const isYear = (t: Token | undefined) => !!t && t.kind === 'number' && /^(1[6-9]|20)\d\d$/.test(t.text);
/** Words that may follow "November, 1956" when the number is its year, not a count ("By May, 1800 soldiers"). */
const AFTER_COMMA_YEAR = new Set(['and', 'or', 'but', 'when', 'while', 'after', 'before', 'until', 'to', 'the']);
/** Whether the token after a year set off from its month by a comma ends the date: punctuation, the end, a link. */
const yearEndsDate = (t: Token | undefined) => !t || t.kind === 'punct' || AFTER_COMMA_YEAR.has(t.lower);
const dayNum = (t: Token | undefined) => {
  if (!t) return 0;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.lower);
  const n = m ? +m[1]! : 0;
  return n >= 1 && n <= 31 ? n : 0;
};

/** A run of tokens to scan: a sentence, with the paragraph it belongs to. */
export interface DateSpan {
  first: number;
  last: number;
  paragraph: number;
}

/**
 * Finds date expressions in each span and resolves them against `refIn` (the dateline or publication day).
 * Relative expressions ("the following month", "of that year") resolve against the previous date found; a paragraph
 * that has stated an earlier year ("in August 2010 ...") speaks of that year until it says otherwise.
 * One pass over the tokens, constant look-ahead: linear.
 */
/** Words before a month that count back from the date the text is at ("the previous October"). */
const PREVIOUS_WORDS = new Set(['previous', 'preceding']);

/** Nouns that name a document whose year follows "of" in its name ("the Treaty of 1930", "the Act of 1947"). */
const DOCUMENT_NAMES = new Set([
  'treaty',
  'treaties',
  'act',
  'pact',
  'convention',
  'agreement',
  'accord',
  'accords',
  'constitution',
  'charter',
  'protocol',
  'amendment',
  'declaration',
  'statute',
  'covenant',
]);

/** How far before "in <year>" the "had" of a past perfect may stand ("had been quietly overthrown in 1963"). */
const PAST_PERFECT_REACH = 5;

/** Participles of founding, whose year is background to the story ("a state founded in 1922"). */
const FOUNDING_WORDS = new Set(['founded', 'established', 'created', 'formed', 'born', 'built']);

export function findDates(tokens: Token[], spans: DateSpan[], refIn: Day | undefined): DateMention[][] {
  const result: DateMention[][] = [];
  let out: DateMention[] = [];
  let prev: string | undefined;
  let paragraphYear: number | undefined;
  let paragraph = -1;
  let ref = refIn;
  let last = 0;
  // A year the paragraph has stated dates its year-less dates, also in a text with no date of its own.
  const yearOf = (y: number | undefined) => (y && (!refIn || y < refIn.y) ? { y, m: 12, d: 31 } : refIn);
  const push = (
    f: number,
    l: number,
    value: string | undefined,
    explicitYear: boolean,
    approx = false,
    anchored = false,
    background = false,
    named = false,
  ) => {
    if (!value) return;
    if (explicitYear && !background) {
      paragraphYear = +value.slice(0, 4);
      ref = yearOf(paragraphYear);
    }
    out.push({
      first: f,
      last: l,
      value,
      explicitYear,
      ...(approx ? { approx } : {}),
      ...(anchored ? { anchored } : {}),
      ...(background ? { background } : {}),
      ...(named ? { named } : {}),
    });
    prev = value;
  };
  const at = (i: number) => (i < last ? tokens[i] : undefined);
  const low = (i: number) => (i >= 0 && i < last ? tokens[i]!.lower : '');
  // The year after a list of months ("March and July of 1991", "May, June and July 1940"), for its first months.
  const sharedYear = (i: number): number | undefined => {
    let j = i + 1;
    while (j < last && j <= i + MAX_MONTH_LIST * 2) {
      const w = low(j);
      // "March and July of 1991", "from July to October 1958": a list or a range of months before one year.
      if (!MONTH_LINKS.has(w)) break;
      j++;
      if (low(j) === 'and') j++;
      if (!MONTHS.has(low(j)) || !at(j)!.cap) return undefined;
      j++;
      if (low(j) === 'of') j++;
      if (isYear(at(j))) return +at(j)!.text;
      if (low(j - 1) === 'of') return undefined;
    }
    return undefined;
  };
  // The year after a range or list of days ("between 26 May and 4 June 1940", "May 26 to June 4, 1940"), for its
  // first day: the other day, in either order of day and month, then the year.
  const rangeYear = (i: number): number | undefined => {
    let j = i + 1;
    if (!MONTH_LINKS.has(low(j))) return undefined;
    j++;
    if (low(j) === 'and') j++;
    const dayFirst = dayNum(at(j)) > 0 && at(j)!.kind === 'number';
    if (dayFirst) j++;
    if (!MONTHS.has(low(j)) || !at(j)!.cap) return undefined;
    j++;
    if (!dayFirst) {
      if (!dayNum(at(j))) return undefined;
      j++;
      if (low(j) === ',') j++;
    }
    return isYear(at(j)) ? +at(j)!.text : undefined;
  };
  // "under the Treaty of 1930", "the Act of 1947": a year closing a document's name is part of the name, told in
  // passing; the dates around it keep the story's year. A happening's name ("the War of 1866") sets the year.
  const yearInName = (i: number): boolean => {
    const name = at(i - 2);
    return low(i - 1) === 'of' && !!name && name.cap && DOCUMENT_NAMES.has(name.lower);
  };
  // "the president, who had been overthrown in 1963": a year told in the past perfect looks back from the story's
  // time; the dates after it keep the story's year.
  const pastPerfect = (i: number): boolean => {
    for (let j = i - 2; j >= 0 && j >= i - PAST_PERFECT_REACH; j--) {
      if (low(j) === 'had') return true;
      if (at(j)?.kind !== 'word') return false;
    }
    return false;
  };
  for (const span of spans) {
    if (span.paragraph !== paragraph) {
      paragraph = span.paragraph;
      paragraphYear = undefined;
      ref = refIn;
    }
    out = [];
    result.push(out);
    const first = span.first;
    last = span.last;
    for (let i = first; i < last; i++) {
      const t = tokens[i]!;
      // Cheap filter: a date starts with a capital (month, weekday), a number, or a relative word.
      const c = t.text.charCodeAt(0);
      if (!(c >= 65 && c <= 90) && t.kind !== 'number' && !mayStartRelative(t.lower)) continue;
      // wink keeps "mid-September" as one token.
      const bare = t.lower.startsWith('mid-') ? t.lower.slice(4) : t.lower;
      const month = MONTHS.get(bare);
      if (month && (t.cap || bare.length > 4 || bare !== t.lower)) {
        if (t.lower === 'may' && !t.cap) continue;
        // Month Day[, Year] ; Month Day (parenthetical), Year
        const d = dayNum(at(i + 1));
        if (d) {
          let j = i + 2;
          if (low(j) === '(') {
            let k = j + 1;
            while (k < last && k < j + 16 && low(k) !== ')') k++;
            if (low(k) === ')') j = k + 1;
          }
          if (low(j) === ',' && isYear(at(j + 1))) {
            push(i, j + 2, valid(+at(j + 1)!.text, month, d), true);
            i = j + 1;
          } else if (isYear(at(i + 2))) {
            push(i, i + 3, valid(+at(i + 2)!.text, month, d), true);
            i += 2;
          } else if (low(i + 2) === 'last' && low(i + 3) === 'year' && refIn) {
            // "since the law took effect on June 30 last year": background; later dates keep the report's year.
            push(i, i + 4, valid(refIn.y - 1, month, d), true, false, false, true);
            i += 3;
          } else if (rangeYear(i + 1)) {
            push(i, i + 2, valid(rangeYear(i + 1)!, month, d), true);
            i += 1;
          } else if (ref) {
            push(i, i + 2, valid(pastYear(ref, month, d), month, d), false);
            i += 1;
          }
          continue;
        }
        // Day Month [Year] ; "the 1st of August 1958"
        const ofDay = low(i - 1) === 'of' && i - 2 >= first ? dayNum(tokens[i - 2]) : 0;
        const before = dayNum(tokens[i - 1]) || ofDay;
        const dayAt = ofDay ? i - 2 : i - 1;
        if (before && dayAt >= first && (ofDay || tokens[i - 1]!.kind === 'number')) {
          const shared = isYear(at(i + 1)) ? undefined : rangeYear(i);
          if (isYear(at(i + 1))) {
            push(dayAt, i + 2, valid(+at(i + 1)!.text, month, before), true);
            i += 1;
          } else if (shared) push(dayAt, i + 1, valid(shared, month, before), true);
          else if (ref) push(dayAt, i + 1, valid(pastYear(ref, month, before), month, before), false);
          continue;
        }
        // "March and July of 1991": months listed before one year share it.
        const listYear = sharedYear(i);
        if (listYear) {
          push(i, i + 1, fmtMonth(listYear, month), true);
          continue;
        }
        // Month Year ; Month of Year ; Month of that year ; bare Month
        if (isYear(at(i + 1))) {
          push(i, i + 2, fmtMonth(+at(i + 1)!.text, month), true);
          i += 1;
        } else if (low(i + 1) === 'of' && isYear(at(i + 2))) {
          push(i, i + 3, fmtMonth(+at(i + 2)!.text, month), true);
          i += 2;
        } else if (low(i + 1) === ',' && isYear(at(i + 2)) && yearEndsDate(at(i + 3))) {
          // "in November, 1956": the older style's comma between month and year.
          push(i, i + 3, fmtMonth(+at(i + 2)!.text, month), true);
          i += 2;
        } else if (low(i + 1) === 'of' && low(i + 2) === 'that' && low(i + 3) === 'year' && prev) {
          push(i, i + 4, fmtMonth(+prev.slice(0, 4), month), true);
          i += 3;
        } else if (low(i + 1) === 'last' && low(i + 2) === 'year' && refIn) {
          push(i, i + 3, fmtMonth(refIn.y - 1, month), true, false, false, true);
          i += 2;
        } else if (PREVIOUS_WORDS.has(low(i - 1)) && prev && prev.length >= 7) {
          // "reached Newport on July 11, 1780; the garrison had left the previous October": the last such month
          // before the date the text is at. It looks back: the text's year stays where it was.
          const y = +prev.slice(0, 4);
          push(i, i + 1, fmtMonth(month < +prev.slice(5, 7) ? y : y - 1, month), true, false, false, true);
        } else if (ref && (t.cap || bare !== t.lower)) {
          const y = month <= ref.m ? ref.y : ref.y - 1;
          push(i, i + 1, fmtMonth(y, month), false);
        }
        continue;
      }
      // "on Christmas Day 1978", "New Year's Eve, 1999": a feast day with its year is that day.
      const feast = t.cap ? feastAt(tokens, i, last) : undefined;
      if (feast) {
        const j = low(feast.last) === ',' ? feast.last + 1 : feast.last;
        if (isYear(at(j)) && (j === feast.last || yearEndsDate(at(j + 1)))) {
          push(i, j + 1, valid(+at(j)!.text, feast.m, feast.d), true);
          i = j;
        }
        continue;
      }
      const wd = WEEKDAYS.get(t.lower);
      if (wd !== undefined && t.cap && refIn) {
        // "Thursday, July 31", "Thursday 31 July": the date after the weekday says which day.
        const next = low(i + 1) === ',' ? i + 2 : i + 1;
        if (MONTHS.has(low(next)) || (dayNum(at(next)) && MONTHS.has(low(next + 1)))) continue;
        const back = (weekday(refIn) - wd + 7) % 7;
        const prior = low(i - 1) === 'last' ? (back === 0 ? 7 : back) : back;
        if (low(i - 1) === 'next') continue;
        push(i, i + 1, fmtDay(addDays(refIn, -prior)), false, false, true);
        continue;
      }
      if (isYear(t) && !/,/.test(t.text)) {
        const p = low(i - 1);
        // "from 1916 to 1924": a span's start, and its end after "to".
        const spanEnd = p === 'to' && low(i - 3) === 'from' && isYear(at(i - 2));
        if (YEAR_OPENERS.has(p) || p === ',' || spanEnd) {
          // "a state founded in 1922": a founding year is background; the dates around it keep the story's year.
          const founding = p === 'in' && FOUNDING_WORDS.has(low(i - 2));
          const named = yearInName(i);
          push(i, i + 1, t.text, true, false, false, founding || named || (p === 'in' && pastPerfect(i)), named);
        }
        continue;
      }
      // "went home in the autumn", "that spring": a season of the year the text is in; "the previous autumn", "the
      // following spring": of the year before or after it.
      if (SEASONS.has(t.lower) && !isYear(at(i + 1)) && low(i + 1) !== 'of') {
        const shift = PREVIOUS_WORDS.has(low(i - 1)) ? -1 : FOLLOWING_WORDS.has(low(i - 1)) ? 1 : 0;
        const the = low(i - 1) === 'the' || (shift !== 0 && low(i - 2) === 'the');
        const opener = low(i - 1) === 'the' ? low(i - 2) : low(i - 1);
        const told = prev ? +prev.slice(0, 4) : paragraphYear;
        const year = opener === 'this' ? refIn?.y : told && told + shift;
        // The mention starts at "the", so that the word before it ("until the spring") is read as for any date.
        const first = low(i - 1) === 'the' ? i - 1 : shift !== 0 ? i - 2 : i;
        if (year && SEASON_OPENERS.has(opener) && (the || opener === 'that' || opener === 'this'))
          push(first, i + 1, String(year), false);
        continue;
      }
      // "mid-2004", "late-1990s" is one token.
      const part = PART_OF_YEAR.exec(t.lower);
      if (part) {
        push(i, i + 1, part[1]!, true);
        continue;
      }
      // "arrived 14 years ago": that many units before the report.
      if (t.lower === 'ago' && refIn && SPAN_UNITS.has(low(i - 1))) {
        const ago = shiftedBy(fmtDay(refIn), low(i - 2), low(i - 1), -1);
        // "a year ago, on Aug. 31, 1993": a date set beside it says the same more precisely.
        if (ago && !dateStartsAt(tokens, i + 1, last)) push(i - 2, i + 1, ago, true);
        continue;
      }
      if (t.lower === 'later' && prev) {
        const later = shiftedBy(prev, low(i - 2), low(i - 1));
        if (later) push(i - 2, i + 1, later, true);
        continue;
      }
      // "the same day", "the same month": the text's last date, told as precisely as the unit says.
      // "the same day as the first order" names another happening's day, not the last one told.
      if (t.lower === 'same' && low(i - 1) === 'the' && prev && low(i + 2) !== 'as') {
        const same = sameAs(prev, low(i + 1));
        if (same) push(i - 1, i + 2, same, true);
        continue;
      }
      // "ceased to exist at the end of that year": the month that part of the text's last year means.
      const partMonth = YEAR_PART_MONTHS.get(t.lower);
      if (partMonth && low(i - 1) === 'the' && low(i + 1) === 'of' && low(i + 2) === 'that' && low(i + 3) === 'year') {
        if (prev) push(i - 1, i + 4, fmtMonth(+prev.slice(0, 4), partMonth), true);
        i += 3;
        continue;
      }
      if (!refIn) continue;
      switch (t.lower) {
        case 'today':
          push(i, i + 1, fmtDay(refIn), false);
          break;
        case 'yesterday':
          push(i, i + 1, fmtDay(addDays(refIn, -1)), false);
          break;
        case 'last':
        case 'this':
        case 'earlier': {
          const unit = low(i + 1) === 'this' ? low(i + 2) : low(i + 1);
          const skip = low(i + 1) === 'this' ? 3 : 2;
          if (unit === 'month')
            push(i, i + skip, t.lower === 'last' ? prevMonth(refIn) : fmtMonth(refIn.y, refIn.m), false);
          else if (unit === 'year') push(i, i + skip, String(t.lower === 'last' ? refIn.y - 1 : refIn.y), false);
          else if (unit === 'weekend' && t.lower === 'last') {
            // The Saturday before the reference week.
            const back = ((weekday(refIn) + 1) % 7) + (weekday(refIn) === 6 ? 7 : 0);
            push(i, i + skip, fmtDay(addDays(refIn, -back)), false, true);
          } else if (unit === 'week' && t.lower === 'last') push(i, i + skip, fmtDay(addDays(refIn, -7)), false, true);
          break;
        }
        case 'following':
        case 'next': {
          if (low(i - 1) !== 'the' || !prev) break;
          const unit = low(i + 1);
          const p = prev;
          if (unit === 'month' && p.length >= 7) {
            const y = +p.slice(0, 4);
            const m = +p.slice(5, 7);
            push(i - 1, i + 2, m === 12 ? fmtMonth(y + 1, 1) : fmtMonth(y, m + 1), true);
          } else if (unit === 'year') push(i - 1, i + 2, String(+p.slice(0, 4) + 1), true);
          else if (unit === 'day' && p.length === 10) push(i - 1, i + 2, fmtDay(addDays(parseDay(p)!, 1)), true);
          break;
        }
      }
    }
    yearFromLaterDate(out);
  }
  return result;
}

/** Feast days by their first word, then the day word after it: month and day ("Christmas Eve" → 12-24). */
const FEASTS = new Map<string, ReadonlyMap<string, { m: number; d: number }>>([
  [
    'christmas',
    new Map([
      ['day', { m: 12, d: 25 }],
      ['eve', { m: 12, d: 24 }],
    ]),
  ],
  [
    'year',
    new Map([
      ['day', { m: 1, d: 1 }],
      ['eve', { m: 12, d: 31 }],
    ]),
  ],
]);

/**
 * The feast day named at token i ("Christmas Day", "New Year's Eve", capitalized), its month and day and the token
 * after its name; undefined where none is named there.
 */
function feastAt(
  tokens: readonly Token[],
  i: number,
  last: number,
): { m: number; d: number; last: number } | undefined {
  const t = tokens[i]!;
  // "New Year's Day": the feast's word after "New", then its possessive.
  const newYear = t.lower === 'new' && tokens[i + 1]?.lower === 'year' && tokens[i + 2]?.lower === "'s";
  const word = newYear ? i + 3 : i + 1;
  const days = FEASTS.get(newYear ? 'year' : t.lower === 'christmas' ? t.lower : '');
  const day = word < last && tokens[word]!.cap ? days?.get(tokens[word]!.lower) : undefined;
  return day ? { ...day, last: word + 1 } : undefined;
}

/** Whether a date set beside the one before stands right after `i` (", on Aug. 31, 1993", ", in 1993"). */
function dateStartsAt(tokens: readonly Token[], i: number, last: number): boolean {
  let j = i;
  if (j < last && (tokens[j]!.lower === ',' || tokens[j]!.lower === '(')) j++;
  if (j < last && (tokens[j]!.lower === 'on' || tokens[j]!.lower === 'in')) j++;
  const t = tokens[j];
  return (
    !!t && j < last && (isYear(t) || MONTHS.has(t.lower) || (dayNum(t) > 0 && MONTHS.has(tokens[j + 1]?.lower ?? '')))
  );
}

/** How many tokens apart a year-less date and the dated one after it may stand to share its year. */
const SHARED_YEAR_REACH = 12;

/**
 * "left Arkhangelsk on 27 September and Murmansk on 12 October 1919": in one span, a year-less date followed closely
 * by a date stated with its year, no later in the year, takes that year. Linear: one pass from the end.
 */
function yearFromLaterDate(dates: DateMention[]): void {
  let next: DateMention | undefined;
  for (let k = dates.length - 1; k >= 0; k--) {
    const d = dates[k]!;
    if (d.explicitYear) {
      next = d;
      continue;
    }
    if (
      !d.anchored &&
      next &&
      next.first - d.last <= SHARED_YEAR_REACH &&
      // Two days ("on 27 September and … on 12 October 1919"); a day before a month ("on 2 May and in June 1944")
      // is no such pair.
      d.value.length === 10 &&
      next.value.length === 10 &&
      d.value.slice(5) <= next.value.slice(5)
    )
      dates[k] = { ...d, value: next.value.slice(0, 4) + d.value.slice(4), explicitYear: true };
    next = undefined;
  }
}

/** The part of `prev` that "the same day/month/year" names, where `prev` is that precise. */
function sameAs(prev: string, unit: string): string | undefined {
  if (unit === 'day') return prev.length === 10 ? prev : undefined;
  if (unit === 'month') return prev.length >= 7 ? prev.slice(0, 7) : undefined;
  if (unit === 'year') return prev.slice(0, 4);
  return undefined;
}

/**
 * "two days later", "eight months later", "a year later": the date that far after `prev`, the text's last date, told
 * as precisely as both allow (days need a day, months a month); with `sign` -1, that far before it ("14 years ago").
 */
export function shiftedBy(prev: string, count: string, unit: string, sign = 1): string | undefined {
  const n =
    sign *
    (count === 'a' || count === 'an' ? 1 : (NUMBER_WORDS[count] ?? (/^\d{1,2}$/.test(count) ? Number(count) : 0)));
  if (!n) return undefined;
  const y = Number(prev.slice(0, 4));
  const singular = unit.replace(/s$/, '');
  if ((singular === 'day' || singular === 'week') && prev.length === 10)
    return fmtDay(addDays(parseDay(prev)!, singular === 'week' ? 7 * n : n));
  if (singular === 'month' && prev.length >= 7) {
    const months = y * 12 + Number(prev.slice(5, 7)) - 1 + n;
    return fmtMonth(Math.floor(months / 12), (months % 12) + 1);
  }
  if (singular === 'year') return String(y + n);
  return undefined;
}

function valid(y: number, m: number, d: number): string | undefined {
  return validDay(y, m, d) ? fmtDay({ y, m, d }) : undefined;
}
function prevMonth(ref: Day): string {
  return ref.m === 1 ? fmtMonth(ref.y - 1, 12) : fmtMonth(ref.y, ref.m - 1);
}
