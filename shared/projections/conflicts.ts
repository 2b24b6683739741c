/**
 * Where a mission's sources disagree, beyond a tolerance, on something that should have one answer:
 *
 * - `personnel`: articles state head counts for the same date (or both undated) that differ by more than
 *   `PERSONNEL_TOLERANCE` of the smaller (1,960 vs 2,000 is within it; 1,000 vs 3,000 is not). Figures of different
 *   dates are a history, not a disagreement.
 * - `announcedOn`, `withdrawalBegunOn`: articles state day-precise dates for the mission's first deployment (or
 *   withdrawal) of one stage (announced, deployed, …) — dates within `DATE_CONFLICT_WINDOW_DAYS` of the earliest stated one — that lie more than
 *   `DATE_TOLERANCE_DAYS` apart (November 9 vs 10, 2020 is within it: time zones).
 * - `status`: on one date, one article says forces are there (announced or deployed) and another that they have
 *   all left (withdrawn).
 *
 * Only different articles can disagree. Pure and order-independent: every list is sorted.
 */
import { compareDates } from './dates.ts';
import type { PersonnelFigure } from './figures.ts';
import { eventDate } from './lifecycle.ts';
import { phaseOf, type Phase } from './phase.ts';
import { sortedJson } from './sorted-json.ts';
import type { PlacementEvent } from '../event-types/models.ts';

/** Relative difference between two head counts of one date that is still agreement. */
export const PERSONNEL_TOLERANCE = 0.1;
/** Days two stated dates of one happening may lie apart and still agree (time zones, "overnight"). */
export const DATE_TOLERANCE_DAYS = 1;
/** Stated dates this close to the earliest one are taken as reports of the same first deployment or withdrawal. */
export const DATE_CONFLICT_WINDOW_DAYS = 30;
/** Conflicts kept per row, values kept per conflict (the most stated), article keys kept per value. */
export const MAX_CONFLICTS = 10;
export const MAX_CONFLICT_VALUES = 5;
export const MAX_CONFLICT_SOURCES = 3;

const DAY_MS = 86_400_000;
export const DAY_PRECISION = /^\d{4}-\d{2}-\d{2}$/;

export type ConflictField = 'personnel' | 'announcedOn' | 'withdrawalBegunOn' | 'status';

export type Conflict = {
  field: ConflictField;
  /** The date the disagreement is about (the earliest disputed date for date fields), or null when undated. */
  on: string | null;
  /** The disputed values (at most `MAX_CONFLICT_VALUES`), each with the first `MAX_CONFLICT_SOURCES` articles stating it. */
  values: Array<{ value: string | number; articleKeys: string[] }>;
};

export type Claim = { value: string | number; articleKey: string };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What `disputed` needs of a group of claims: how many distinct values and articles it has, and its most stated
 * values (at most `MAX_CONFLICT_VALUES`, by article count, then value as text), each with its first
 * `MAX_CONFLICT_SOURCES` article keys in key order. A summary keeping counts per value gives the same tally.
 */
export type ClaimTally = {
  values: number;
  articles: number;
  top: Array<{ value: string | number; articleKeys: string[] }>;
};

/** The tally of claims. */
export function tallyClaims(claims: readonly Claim[]): ClaimTally {
  const byValue = new Map<string | number, Set<string>>();
  for (const c of claims) {
    const set = byValue.get(c.value) ?? new Set<string>();
    set.add(c.articleKey);
    byValue.set(c.value, set);
  }
  return {
    values: byValue.size,
    articles: new Set(claims.map((c) => c.articleKey)).size,
    top: [...byValue]
      .sort((a, b) => b[1].size - a[1].size || compareText(String(a[0]), String(b[0])))
      .slice(0, MAX_CONFLICT_VALUES)
      .map(([value, keys]) => ({ value, articleKeys: [...keys].sort().slice(0, MAX_CONFLICT_SOURCES) })),
  };
}

/** Values with their articles, when at least two articles make different claims; else undefined. */
export function disputedTally(tally: ClaimTally): Conflict['values'] | undefined {
  if (tally.values < 2 || tally.articles < 2) return undefined;
  return [...tally.top].sort((a, b) => compareText(String(a.value), String(b.value)));
}

function disputed(claims: readonly Claim[]): Conflict['values'] | undefined {
  return disputedTally(tallyClaims(claims));
}

/** Whether head counts of one date differ by more than `PERSONNEL_TOLERANCE` of the smaller. */
export function beyondTolerance(min: number, max: number): boolean {
  return max > min * (1 + PERSONNEL_TOLERANCE);
}

/** Head-count disagreements among distinct figures (see `distinctFigures`), one per disputed date. */
export function personnelConflicts(figures: readonly PersonnelFigure[]): Conflict[] {
  const byDate = new Map<string, PersonnelFigure[]>();
  for (const f of figures) {
    const group = byDate.get(f.on ?? '') ?? [];
    group.push(f);
    byDate.set(f.on ?? '', group);
  }
  const out: Conflict[] = [];
  for (const [on, group] of byDate) {
    const counts = group.map((f) => f.personnel);
    if (!beyondTolerance(Math.min(...counts), Math.max(...counts))) continue;
    const values = disputed(group.map((f) => ({ value: f.personnel, articleKey: f.articleKey })));
    if (values) out.push({ field: 'personnel', on: on || null, values });
  }
  return out;
}

export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** Date disagreements among events of one stage (an arrival and an approval are different happenings). */
function dateConflicts(field: 'announcedOn' | 'withdrawalBegunOn', events: readonly PlacementEvent[]): Conflict[] {
  const byPhase = new Map<Phase, PlacementEvent[]>();
  for (const e of events) byPhase.set(phaseOf(e), [...(byPhase.get(phaseOf(e)) ?? []), e]);
  return [...byPhase.values()].flatMap((group) => dateConflict(field, group));
}

function dateConflict(field: 'announcedOn' | 'withdrawalBegunOn', events: readonly PlacementEvent[]): Conflict[] {
  const stated = events.filter((e) => e.occurredOn !== null && DAY_PRECISION.test(e.occurredOn));
  if (stated.length === 0) return [];
  const first = Math.min(...stated.map((e) => dayNumber(e.occurredOn!)));
  const near = stated.filter((e) => dayNumber(e.occurredOn!) - first <= DATE_CONFLICT_WINDOW_DAYS);
  // Each article's claim is its earliest date for the happening.
  const byArticle = new Map<string, string>();
  for (const e of near) {
    const known = byArticle.get(e.article.key);
    if (!known || compareDates(e.occurredOn!, known) < 0) byArticle.set(e.article.key, e.occurredOn!);
  }
  return dateConflictOf(field, byArticle);
}

/**
 * The date disagreement of one stage from each article's earliest stated day within `DATE_CONFLICT_WINDOW_DAYS` of
 * the stage's earliest one (article key → date), if any.
 */
export function dateConflictOf(
  field: 'announcedOn' | 'withdrawalBegunOn',
  byArticle: ReadonlyMap<string, string>,
): Conflict[] {
  const days = [...byArticle.values()].map(dayNumber);
  if (days.length === 0 || Math.max(...days) - Math.min(...days) <= DATE_TOLERANCE_DAYS) return [];
  const values = disputed([...byArticle].map(([articleKey, value]) => ({ value, articleKey })));
  if (!values) return [];
  const on = [...byArticle.values()].sort(compareDates)[0]!;
  return [{ field, on, values }];
}

/** Stages that say forces are there; against `withdrawn` they make a status claim. */
export const PRESENT: ReadonlySet<Phase> = new Set(['announced', 'deployed']);

/** The status claim an event of this stage makes, if any. */
export function statusClaim(phase: Phase): 'present' | 'withdrawn' | undefined {
  return PRESENT.has(phase) ? 'present' : phase === 'withdrawn' ? 'withdrawn' : undefined;
}

/** The status disagreement of one date from its claims, if any. */
export function statusConflictOn(on: string, claims: readonly Claim[]): Conflict[] {
  const values = disputed(claims);
  return values ? [{ field: 'status', on, values }] : [];
}

function statusConflicts(events: readonly PlacementEvent[]): Conflict[] {
  const byDate = new Map<string, Claim[]>();
  for (const e of events) {
    const on = eventDate(e)?.on;
    const value = statusClaim(phaseOf(e));
    if (!on || !value) continue;
    const claims = byDate.get(on) ?? [];
    claims.push({ value, articleKey: e.article.key });
    byDate.set(on, claims);
  }
  return [...byDate].flatMap(([on, claims]) => statusConflictOn(on, claims));
}

/** Field, then date, then the disputed values' JSON: a total order, whatever order the conflicts were found in. */
export function compareConflicts(a: Conflict, b: Conflict): number {
  return (
    compareText(a.field, b.field) ||
    compareText(a.on ?? '', b.on ?? '') ||
    compareText(sortedJson(a.values), sortedJson(b.values))
  );
}

/** Every disagreement among a mission's events (see the module comment), sorted by field and date. */
export function conflictsOf(events: readonly PlacementEvent[], figures: readonly PersonnelFigure[]): Conflict[] {
  return [
    ...personnelConflicts(figures),
    ...dateConflicts(
      'announcedOn',
      events.filter((e) => e.type === 'DeploymentAnnounced'),
    ),
    ...dateConflicts(
      'withdrawalBegunOn',
      events.filter((e) => e.type === 'WithdrawalBegun'),
    ),
    ...statusConflicts(events),
  ]
    .sort(compareConflicts)
    .slice(0, MAX_CONFLICTS);
}
