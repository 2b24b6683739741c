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
const DAY_PRECISION = /^\d{4}-\d{2}-\d{2}$/;

export type ConflictField = 'personnel' | 'announcedOn' | 'withdrawalBegunOn' | 'status';

export type Conflict = {
  field: ConflictField;
  /** The date the disagreement is about (the earliest disputed date for date fields), or null when undated. */
  on: string | null;
  /** The disputed values (at most `MAX_CONFLICT_VALUES`), each with the first `MAX_CONFLICT_SOURCES` articles stating it. */
  values: Array<{ value: string | number; articleKeys: string[] }>;
};

type Claim = { value: string | number; articleKey: string };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Values with their articles, when at least two articles make different claims; else undefined. */
function disputed(claims: readonly Claim[]): Conflict['values'] | undefined {
  const byValue = new Map<string | number, Set<string>>();
  for (const c of claims) {
    const set = byValue.get(c.value) ?? new Set<string>();
    set.add(c.articleKey);
    byValue.set(c.value, set);
  }
  if (byValue.size < 2) return undefined;
  const articles = new Set(claims.map((c) => c.articleKey));
  if (articles.size < 2) return undefined;
  return [...byValue]
    .sort((a, b) => b[1].size - a[1].size || compareText(String(a[0]), String(b[0])))
    .slice(0, MAX_CONFLICT_VALUES)
    .map(([value, keys]) => ({ value, articleKeys: [...keys].sort().slice(0, MAX_CONFLICT_SOURCES) }))
    .sort((a, b) => compareText(String(a.value), String(b.value)));
}

function personnelConflicts(figures: readonly PersonnelFigure[]): Conflict[] {
  const byDate = new Map<string, PersonnelFigure[]>();
  for (const f of figures) {
    const group = byDate.get(f.on ?? '') ?? [];
    group.push(f);
    byDate.set(f.on ?? '', group);
  }
  const out: Conflict[] = [];
  for (const [on, group] of byDate) {
    const counts = group.map((f) => f.personnel);
    if (Math.max(...counts) <= Math.min(...counts) * (1 + PERSONNEL_TOLERANCE)) continue;
    const values = disputed(group.map((f) => ({ value: f.personnel, articleKey: f.articleKey })));
    if (values) out.push({ field: 'personnel', on: on || null, values });
  }
  return out;
}

function dayNumber(date: string): number {
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
  const days = [...byArticle.values()].map(dayNumber);
  if (Math.max(...days) - Math.min(...days) <= DATE_TOLERANCE_DAYS) return [];
  const values = disputed([...byArticle].map(([articleKey, value]) => ({ value, articleKey })));
  if (!values) return [];
  const on = [...byArticle.values()].sort(compareDates)[0]!;
  return [{ field, on, values }];
}

const PRESENT: ReadonlySet<Phase> = new Set(['announced', 'deployed']);

function statusConflicts(events: readonly PlacementEvent[]): Conflict[] {
  const byDate = new Map<string, Claim[]>();
  for (const e of events) {
    const on = eventDate(e)?.on;
    if (!on) continue;
    const phase = phaseOf(e);
    if (!PRESENT.has(phase) && phase !== 'withdrawn') continue;
    const claims = byDate.get(on) ?? [];
    claims.push({ value: PRESENT.has(phase) ? 'present' : 'withdrawn', articleKey: e.article.key });
    byDate.set(on, claims);
  }
  const out: Conflict[] = [];
  for (const [on, claims] of byDate) {
    const values = disputed(claims);
    if (values) out.push({ field: 'status', on, values });
  }
  return out;
}

function compareConflicts(a: Conflict, b: Conflict): number {
  return compareText(a.field, b.field) || compareText(a.on ?? '', b.on ?? '');
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
