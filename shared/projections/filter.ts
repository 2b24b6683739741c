import type { ReadModelFilter, ReadModelName } from '../ports.ts';
import { PartialDate } from '../events/contracts.ts';
import { normalizeName } from '../names.ts';
import { withinRange } from './dates.ts';
import type { ArticleRow, EntityRow, MissionRow, PlaceRef, ReadModelRow, TimelineRow } from './rows.ts';
import { compareTimelineRows } from './timeline.ts';

/**
 * Which filter fields each model supports, and on what. A set field the model does not support matches no row.
 *
 * | model    | type   | actor, location            | since / until                               |
 * | -------- | ------ | -------------------------- | ------------------------------------------- |
 * | timeline | `type` | `actor`, `location`        | `occurredOn`                                |
 * | missions | —      | `actor`, `location`        | `announcedOn`, else `withdrawalBegunOn`     |
 * | entities | —      | —                          | `occurredOn`                                |
 * | articles | —      | —                          | `published`                                 |
 *
 * `actor`/`location` match when the value equals the row's name under `normalizeName` (`the U.S.` = `U.S.`) or its
 * ISO code (`fr` = `FR`); no alias resolution (`France` does not match a row named `French Republic` without a
 * code). Dates compare at the shorter precision (`withinRange`); an undated row is outside any bounded range.
 */

/** A since/until bound that is not a partial date. */
export class InvalidFilterError extends Error {
  override name = 'InvalidFilterError';
}

/** Throws `InvalidFilterError` unless since/until are partial dates. */
export function validateFilter(filter: ReadModelFilter = {}): void {
  for (const bound of ['since', 'until'] as const) {
    const value = filter[bound];
    if (value !== undefined && value !== '' && !PartialDate.safeParse(value).success) {
      throw new InvalidFilterError(`${bound} must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
  }
}

/** Whether a filter value names this actor or place: same normalized name, or same code. */
export function matchesPlace(place: PlaceRef | null, wanted: string): boolean {
  if (!place) return false;
  const w = normalizeName(wanted);
  return w === normalizeName(place.name) || (place.code !== undefined && w === normalizeName(place.code));
}

type Probe = { type?: string | null; actor?: PlaceRef | null; location?: PlaceRef | null; date: string | null };

function probe(model: ReadModelName, row: ReadModelRow): Probe {
  switch (model) {
    case 'timeline': {
      const r = row as TimelineRow;
      return { type: r.type, actor: r.actor, location: r.location, date: r.occurredOn };
    }
    case 'missions': {
      const r = row as MissionRow;
      return { actor: r.actor, location: r.location, date: r.announcedOn ?? r.withdrawalBegunOn };
    }
    case 'entities':
      return { date: (row as EntityRow).occurredOn };
    case 'articles':
      return { date: (row as ArticleRow).published };
  }
}

/** Whether a row of `model` passes the filter (see the table above). */
export function matchesFilter(model: ReadModelName, row: ReadModelRow, filter: ReadModelFilter = {}): boolean {
  const p = probe(model, row);
  if (filter.type && (p.type === undefined || p.type !== filter.type)) return false;
  if (filter.actor && (p.actor === undefined || !matchesPlace(p.actor, filter.actor))) return false;
  if (filter.location && (p.location === undefined || !matchesPlace(p.location, filter.location))) return false;
  return withinRange(p.date, filter.since || undefined, filter.until || undefined);
}

/** The rows of `model` that pass the filter, in the model's order. */
export function filterRows<R extends ReadModelRow>(
  model: ReadModelName,
  rows: readonly R[],
  filter?: ReadModelFilter,
): R[] {
  validateFilter(filter);
  return sortRows(
    model,
    rows.filter((row) => matchesFilter(model, row, filter)),
  );
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
