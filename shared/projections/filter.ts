import type { ReadModelFilter, ReadModelName } from '../ports.ts';
import { assertNever } from '../assert-never.ts';
import { PartialDate } from '../events/contracts.ts';
import { comparePrefix, withinRange } from './dates.ts';
import { nextStatus, PHASES, type Phase } from './phase.ts';
import { isEventWithin, isWithin, matchesPlace } from './place-within.ts';
import type { ArticleRow, EntityRow, MissionRow, PlaceRef, ReadModelRow, TimelineRow } from './rows.ts';
import { compareTimelineRows } from './timeline.ts';

/**
 * Which filter fields each model supports, and on what. A set field the model does not support matches no row.
 *
 * | model    | type   | actor, location     | since / until                           | within, activeOn | status |
 * | -------- | ------ | ------------------- | --------------------------------------- | ---------------- | ------ |
 * | timeline | `type` | `actor`, `location` | `occurredOn`                            | within           | —      |
 * | missions | —      | `actor`, `location` | `announcedOn`, else `withdrawalBegunOn` | both             | yes    |
 * | entities | —      | —                   | `occurredOn`                            | —                | yes    |
 * | articles | —      | —                   | `published`                             | —                | yes    |
 *
 * `actor`/`location` match when the value equals the row's name under `normalizeName` (`the U.S.` = `U.S.`) or its
 * ISO code (`fr` = `FR`); no alias resolution (`France` does not match a row named `French Republic` without a
 * code). Dates compare at the shorter precision (`withinRange`); an undated row is outside any bounded range.
 *
 * `within` is hierarchy-aware: a mission is within a place when the place is the mission's own place, its area,
 * any place enclosing it, or its state (by name or ISO code), names compared through the gazetteer's aliases
 * (`Kyiv Oblast` = `Kyiv region`): `within: 'Ukraine'` lists Russia in Kyiv City, in Chernihiv and in Ukraine.
 * A timeline event is within a place on the same terms, from its own place and the places enclosing it (the row's
 * `within`): `within: 'Ukraine'` lists the events in Kyiv Oblast, in Lyman and in Ukraine (place-within.ts).
 * `activeOn` keeps the missions present on a date: the stages of their history up to that date (at the shorter
 * precision) end in `announced`, `deployed` or `withdrawing`; a mission with no dated stage then is not present.
 */

/** A since/until bound that is not a partial date. */
export class InvalidFilterError extends Error {
  override name = 'InvalidFilterError';
}

/** Row orders: `key` (the model's order), then missions by date or weight (latest / most first). */
export const ROW_SORTS = ['key', 'first-reported', 'last-reported', 'sources', 'personnel'] as const;
export type RowSort = (typeof ROW_SORTS)[number];

/** Every status a row can have, across models. */
export const ROW_STATUSES: readonly string[] = [...PHASES, 'dissolved', 'processed', 'failed'];

/** Throws `InvalidFilterError` unless the dates are partial dates and status and sort are known values. */
export function validateFilter(filter: ReadModelFilter = {}): void {
  for (const bound of ['since', 'until', 'activeOn'] as const) {
    const value = filter[bound];
    if (value !== undefined && value !== '' && !PartialDate.safeParse(value).success) {
      throw new InvalidFilterError(`${bound} must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
  }
  if (filter.status && !ROW_STATUSES.includes(filter.status)) {
    throw new InvalidFilterError(
      `status must be one of ${ROW_STATUSES.join(', ')}, got ${JSON.stringify(filter.status)}`,
    );
  }
  if (filter.history !== undefined && filter.history !== 'full') {
    throw new InvalidFilterError(`history must be full, got ${JSON.stringify(filter.history)}`);
  }
  if (filter.sort && !(ROW_SORTS as readonly string[]).includes(filter.sort)) {
    throw new InvalidFilterError(`sort must be one of ${ROW_SORTS.join(', ')}, got ${JSON.stringify(filter.sort)}`);
  }
}

/** The mission's status on a date, from the dated stages of its history up to it; null before any. */
export function statusOn(row: MissionRow, date: string): Phase | null {
  let status: Phase | null = null;
  for (const entry of row.history) {
    if (entry.on !== null && comparePrefix(entry.on, date) <= 0) status = nextStatus(status, entry.phase);
  }
  return status;
}

const PRESENT_STATUSES: ReadonlySet<Phase> = new Set(['announced', 'deployed', 'withdrawing']);

/** Whether forces of the mission are present on a date (see the table above). */
export function isActiveOn(row: MissionRow, date: string): boolean {
  const status = statusOn(row, date);
  return status !== null && PRESENT_STATUSES.has(status);
}

export { isEventWithin, isWithin, matchesPlace };

type Probe = {
  type?: string | null;
  actor?: PlaceRef | null;
  location?: PlaceRef | null;
  date: string | null;
  status?: string;
  mission?: MissionRow;
  event?: TimelineRow;
};

function probe(model: ReadModelName, row: ReadModelRow): Probe {
  switch (model) {
    case 'timeline': {
      const r = row as TimelineRow;
      return { type: r.type, actor: r.actor, location: r.location, date: r.occurredOn, event: r };
    }
    case 'missions': {
      const r = row as MissionRow;
      return {
        actor: r.actor,
        location: r.location,
        date: r.announcedOn ?? r.withdrawalBegunOn,
        status: r.status,
        mission: r,
      };
    }
    case 'entities': {
      const r = row as EntityRow;
      return { date: r.occurredOn, status: r.status };
    }
    case 'articles': {
      const r = row as ArticleRow;
      return { date: r.published, status: r.status };
    }
  }
}

/** Missions and timeline events have places; other rows are within nothing. */
function isRowWithin(p: Probe, place: string): boolean {
  if (p.mission) return isWithin(p.mission, place);
  return p.event !== undefined && isEventWithin(p.event, place);
}

/** Whether a row of `model` passes the filter (see the table above). */
export function matchesFilter(model: ReadModelName, row: ReadModelRow, filter: ReadModelFilter = {}): boolean {
  const p = probe(model, row);
  if (filter.type && (p.type === undefined || p.type !== filter.type)) return false;
  if (filter.actor && (p.actor === undefined || !matchesPlace(p.actor, filter.actor))) return false;
  if (filter.location && (p.location === undefined || !matchesPlace(p.location, filter.location))) return false;
  if (filter.status && p.status !== filter.status) return false;
  if (filter.within && !isRowWithin(p, filter.within)) return false;
  if (filter.activeOn && (!p.mission || !isActiveOn(p.mission, filter.activeOn))) return false;
  return withinRange(p.date, filter.since || undefined, filter.until || undefined);
}

/** The rows of `model` that pass the filter, in the model's order. */
export function filterRows<R extends ReadModelRow>(
  model: ReadModelName,
  rows: readonly R[],
  filter?: ReadModelFilter,
): R[] {
  validateFilter(filter);
  const kept = sortRows(
    model,
    rows.filter((row) => matchesFilter(model, row, filter)),
  );
  const sort = filter?.sort as RowSort | undefined;
  return sort && sort !== 'key' ? orderBy(kept, sort) : kept;
}

/** The value a sort orders by (null last); only missions and entities have them. */
function sortValue(row: ReadModelRow, sort: Exclude<RowSort, 'key'>): string | number | null {
  const r = row as Partial<MissionRow>;
  switch (sort) {
    case 'first-reported':
      return r.firstReportedOn ?? null;
    case 'last-reported':
      return r.lastReportedOn ?? null;
    case 'sources':
      return r.sourceCount ?? null;
    case 'personnel':
      return r.personnel ?? null;
    default:
      return assertNever(sort, 'sort');
  }
}

/** Stable: rows with equal values keep the model's order. `first-reported` ascends, the others descend. */
function orderBy<R extends ReadModelRow>(rows: readonly R[], sort: Exclude<RowSort, 'key'>): R[] {
  const direction = sort === 'first-reported' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: sortValue(row, sort) }))
    .sort((a, b) => {
      if (a.v === b.v) return a.i - b.i;
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      return (a.v < b.v ? -1 : 1) * direction;
    })
    .map((x) => x.row);
}

/** Timeline by date then id; the other models by key. */
export function sortRows<R extends ReadModelRow>(model: ReadModelName, rows: readonly R[]): R[] {
  if (model === 'timeline') return [...rows].sort((a, b) => compareTimelineRows(a as TimelineRow, b as TimelineRow));
  return [...rows].sort((a, b) => {
    const x = (a as { key: string }).key;
    const y = (b as { key: string }).key;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
