import type { Candidate, DateSource } from './candidate.ts';
import { normalizeName } from '../names.ts';
import { isCompassRegion } from './gazetteer/regions.ts';
import { gazetteer, lookupKey } from './gazetteer/index.ts';

export const DATE_RANK: Record<DateSource, number> = { start: 3, stated: 2, reference: 1, none: 0 };

const norm = normalizeName;

/** Heads that name the same body: "Iraq's army" and "Iraq's armed forces" are one happening. */
const SYNONYM_HEADS: Array<[RegExp, string]> = [
  [/\b(armed forces|army|military)$/, 'armed forces'],
  [/\b(parliament|legislature)$/, 'parliament'],
];

/** A key under which two names of one entity in one article meet ("USSR" and "Union of Soviet Socialist Republics"). */
export function entityKey(name: string): string {
  const known = gazetteer().get(lookupKey(name.replace(/^the\s+/i, '')));
  if (known && (known.kind === 'state' || known.kind === 'org' || known.kind === 'operation')) return norm(known.name);
  let n = norm(name);
  for (const [re, head] of SYNONYM_HEADS) if (re.test(n)) n = n.replace(re, head);
  return n;
}

export const LEGISLATURE = /\b(parliament|assembly|legislature|knesset|duma|chamber|congress|rada|majlis|senate)\b/;
/** Words that name a whole legislature rather than one of its chambers. */
const WHOLE_LEGISLATURE = new Set(['parliament', 'legislature']);

function sameChamber(x: string, y: string): boolean {
  const a = LEGISLATURE.exec(x)![1]!;
  const b = LEGISLATURE.exec(y)![1]!;
  return a === b || WHOLE_LEGISLATURE.has(a) || WHOLE_LEGISLATURE.has(b);
}
const GENERIC =
  /^(?:[a-z]+ )?(parliament|legislature|assembly|congress|senate|army|armed forces|military|government|cabinet)$/;

export function sameEntity(a: string, b: string): boolean {
  const x = entityKey(a);
  const y = entityKey(b);
  if (x === y) return true;
  // "parliament" and "Assembly of the Representatives of the People" in one article: one legislature.
  // Two chambers named apart ("the Senate" and "the National Assembly") are two bodies.
  if ((GENERIC.test(x) || GENERIC.test(y)) && LEGISLATURE.test(x) && LEGISLATURE.test(y)) return sameChamber(x, y);
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.split(' ').length >= 2 && ` ${long} `.includes(` ${short} `)) return true;
  // "the League" and "the League of Nations" in one article: a body's head alone names the body given in full.
  if (NAME_HEADS_ALONE.has(short) && long.split(' ').includes(short)) return true;
  // A headline's "Baath party" or "Memorial human rights centre" read as "Baath", "Memorial": the first word alone.
  if (!short.includes(' ') && long.startsWith(`${short} `)) return true;
  // "NLA" and "National Liberation Army" in one article: an acronym of the name's capitalized words.
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
  // "Suu Kyi's party" and "Aung San Suu Kyi's National League for Democracy": one owner's body.
  const owned = /['’]s /.test(short === x ? a : b) ? OWNED_BODY.exec(short) : null;
  if (owned && ` ${long} `.includes(` ${owned[1]} `)) return true;
  // Same head noun and one possessor/descriptor ("Iraq armed forces" vs "armed forces").
  const hs = short.split(' ');
  return hs.length >= 1 && long.endsWith(` ${short}`) && ['armed forces', 'parliament'].includes(short);
}

/** How long an acronym may be. */
const ACRONYM = /^[A-Z]{2,8}$/;

/** Whether `short` is spelt by the first letters of the capitalized words of `name`. */
function isAcronymOf(short: string, name: string): boolean {
  if (!ACRONYM.test(short)) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === short;
}

/** A body named by its owner and a common head ("suu kyi party": keys drop the possessive). */
const OWNED_BODY = /^(.+) (?:party|group|movement|organisation|organization|council|government)$/;

/** Heads of bodies' names that a text uses alone for the body named in full before. */
const NAME_HEADS_ALONE = new Set([
  'league',
  'commission',
  'committee',
  'council',
  'bureau',
  'office',
  'agency',
  'administration',
  'board',
  'pact',
  'alliance',
  'federation',
  'confederation',
  'front',
  'movement',
  'mission',
  'force',
]);

const DIVISION_WORDS = /^(?:oblast|province|governorate|region|district|raion|county|area)$/i;

/** Whether `division` is `place` followed by a division word ("Kherson" → "Kherson Oblast"). */
function namedDivisionOf(place: string, division: string): boolean {
  return division.startsWith(`${place} `) && DIVISION_WORDS.test(division.slice(place.length + 1));
}

/** Words after a place's name that name its base ("Hmeimim air base", "Bagram airfield"). */
export const BASE_NAME_SUFFIX = / (?:(?:air|naval|military|army) )?(?:base|airbase|airfield)$/i;

/** Whether `base` is `place` followed by a base word ("Hmeimim" → "Hmeimim air base"). */
function namedBaseOf(place: string, base: string): boolean {
  if (!base.startsWith(`${place} `)) return false;
  const suffix = base.slice(place.length);
  // "Bab el-Mandeb" and "Bab el-Mandeb strait": a water body and its name with the word for its kind.
  return BASE_NAME_SUFFIX.test(suffix) || WATER_NAME_SUFFIX.test(suffix);
}
export const WATER_NAME_SUFFIX = / (?:strait|straits|sea|gulf|bay|channel)$/i;

/** Two locations of one happening: the same, or one inside the other ("Nagorno-Karabakh" in "Azerbaijan"). */
export function nested(a: string, b: string): Relation | undefined {
  if (a === b) return 'same';
  // "Hmeimim" and "Hmeimim air base": one place, named best by its own name (kept as the inner one).
  if (namedBaseOf(a, b)) return 'a-in-b';
  if (namedBaseOf(b, a)) return 'b-in-a';
  // "Arad" and "Arad Province": a place and the division named after it.
  if (namedDivisionOf(a, b)) return 'a-in-b';
  if (namedDivisionOf(b, a)) return 'b-in-a';
  const gaz = gazetteer();
  if (gaz.ancestors(a).includes(b)) return 'a-in-b';
  if (gaz.ancestors(b).includes(a)) return 'b-in-a';
  // "pulled back from northeastern Syria … the withdrawal from north Syria": two compass parts of one state overlap.
  if (isCompassRegion(a) && isCompassRegion(b) && gaz.ancestors(a)[0] === gaz.ancestors(b)[0]) return 'same';
  return undefined;
}

/** How one candidate's subject relates to another's: the same, or one place inside the other. */
export type Relation = 'same' | 'a-in-b' | 'b-in-a';

/** A type's rule for when two dated reports in one article are one happening. */
export interface DatePolicy {
  /** The subject happens once per article (one withdrawal per actor and place, one dissolution per entity). */
  oncePerSubject: boolean;
  /** Days apart two full dates of one happening may be (a decision and the arrival it orders). */
  windowDays: number;
}

/** Days a fuzzy date ("last weekend") may be off, and days the same signing may differ across time zones. */
const APPROX_DAYS = 7;
const TIME_ZONE_DAYS = 1;
/** The distance given to undated pairs and to dates of which one contains the other (2024-04 and 2024-04-17). */
const UNDATED_DISTANCE = 30;
const CONTAINED_DISTANCE = 15;
const MS_PER_DAY = 86_400_000;

/** How an ISO date of a full day is written ("2024-04-17"), against a month or a year alone. */
const FULL_DATE_LENGTH = 10;

/** Days between two full ISO dates; Infinity where either is missing or not a full day. */
export function daysApart(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b || a.length !== FULL_DATE_LENGTH || b.length !== FULL_DATE_LENGTH) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / MS_PER_DAY;
}

/** Distance in days between two candidates' dates when they may be one happening, else undefined. */
export function dateDistance(a: Candidate, b: Candidate, policy: DatePolicy): number | undefined {
  const x = a.occurredOn;
  const y = b.occurredOn;
  if (!x || !y) return UNDATED_DISTANCE;
  if (policy.oncePerSubject) return 0;
  if (a.sentence === b.sentence) return 0; // "approved the mission on May 8, and it deployed on Dec. 15": one happening
  if (x === y) return 0;
  const days = daysApart(x, y);
  if (Number.isFinite(days)) {
    return days <= TIME_ZONE_DAYS ||
      ((a.dateApprox || b.dateApprox) && days <= APPROX_DAYS) ||
      days <= policy.windowDays
      ? days
      : undefined;
  }
  if (x.startsWith(y) || y.startsWith(x)) return CONTAINED_DISTANCE;
  return undefined;
}

/** Of two reports of one happening, the one whose date to keep: the better-sourced, between equals the earlier
 * where a decision precedes the arrival it orders (`preferEarlierDate`), else the first. */
export function betterDated(a: Candidate, b: Candidate, preferEarlierDate: boolean): Candidate {
  const chosen = rankedDate(a, b, preferEarlierDate);
  const other = chosen === a ? b : a;
  // "In 1991 … voted to dissolve the Soviet Union, which ceased to exist on 26 December": the day refines the year.
  return refines(other.occurredOn, chosen.occurredOn) && !other.dateApprox ? other : chosen;
}

/** Is `fine` the same date as `coarse`, told more precisely (1991-12-26 of 1991)? */
function refines(fine: string | null | undefined, coarse: string | null | undefined): boolean {
  return !!fine && !!coarse && fine.length > coarse.length && fine.startsWith(coarse);
}

function rankedDate(a: Candidate, b: Candidate, preferEarlierDate: boolean): Candidate {
  if (DATE_RANK[b.dateSource] > DATE_RANK[a.dateSource]) return b;
  if (DATE_RANK[b.dateSource] < DATE_RANK[a.dateSource]) return a;
  if (!preferEarlierDate) return a;
  return (b.occurredOn ?? '9999') < (a.occurredOn ?? '9999') && !b.dateApprox ? b : a;
}

/** Two candidates of one happening as one: the best evidence, the better-dated date, a raised confidence. */
export function combine(a: Candidate, b: Candidate, preferEarlierDate: boolean): Candidate {
  const best = b.confidence > a.confidence ? b : a;
  const dated = betterDated(a, b, preferEarlierDate);
  return {
    ...best,
    occurredOn: dated.occurredOn,
    dateSource: dated.dateSource,
    dateApprox: dated.dateApprox,
    personnel: a.personnel ?? b.personnel ?? null,
    confidence: Math.min(MAX_CONFIDENCE, Math.max(a.confidence, b.confidence) + CORROBORATION_BONUS),
  };
}

const MAX_CONFIDENCE = 0.99;
const CORROBORATION_BONUS = 0.05;

export function preferName(a: string, b: string): string {
  // The proper name beats a generic or anaphoric one; otherwise the first.
  const capsA = (a.match(/\b[A-Z]/g) ?? []).length;
  const capsB = (b.match(/\b[A-Z]/g) ?? []).length;
  return capsB > capsA ? b : a;
}
