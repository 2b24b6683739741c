import { withinRange } from '../shared/projections/dates.ts';
import { normalizeName } from '../shared/names.ts';
import { isEventWithin, isWithin } from '../shared/projections/place-within.ts';
import type { ArticleRow, EntityRow, MissionRow, PlaceRef, TimelineRow } from '../shared/projections/rows.ts';
import type { Filters } from './state.ts';

export type { ArticleRow, EntityRow, MissionRow, PlaceRef, TimelineRow };

/** A place as events carry it; with the gazetteer, points also carry coordinates. */
export type Place = PlaceRef & { lat?: number; lon?: number };

export interface Centroids {
  byCode: Record<string, [number, number]>;
  byName: Record<string, string>;
}

export interface Data {
  timeline: TimelineRow[];
  missions: MissionRow[];
  entities: EntityRow[];
  articles: ArticleRow[];
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Every read model, unfiltered: filters apply in the page, so changing one needs no round trip. */
export async function loadData(): Promise<Data> {
  const [timeline, missions, entities, articles] = await Promise.all([
    getJson<TimelineRow[]>('/timeline'),
    getJson<MissionRow[]>('/missions'),
    getJson<EntityRow[]>('/entities'),
    getJson<ArticleRow[]>('/articles'),
  ]);
  return { timeline, missions, entities, articles };
}

export const loadCentroids = () => getJson<Centroids>('/centroids.json');

/**
 * Whether an actor matches a filter value: same normalized name or code as the API's filter, or belonging to the
 * country the value names ("Ukraine" matches an actor coded UA).
 */
export function placeMatches(place: PlaceRef | null, wanted: string, centroids: Centroids): boolean {
  if (!wanted) return true;
  if (!place) return false;
  const w = normalizeName(wanted);
  if (w === normalizeName(place.name)) return true;
  if (!place.code) return false;
  const country = wanted.length === 2 ? wanted.toUpperCase() : centroids.byName[wanted.trim().toLowerCase()];
  return w === normalizeName(place.code) || country === place.code;
}

/**
 * The location filter is the API's `within`, hierarchy-aware on every view: "Ukraine" keeps the events and
 * missions in Kyiv Oblast, in Lyman and in Ukraine itself (shared/projections/place-within.ts).
 */
export function filterTimeline(rows: TimelineRow[], f: Filters, c: Centroids): TimelineRow[] {
  return rows.filter(
    (r) =>
      (!f.type || r.type === f.type) &&
      placeMatches(r.actor, f.actor, c) &&
      (!f.location || isEventWithin(r, f.location)) &&
      withinRange(r.occurredOn, f.since || undefined, f.until || undefined),
  );
}

export function filterMissions(rows: MissionRow[], f: Filters, c: Centroids): MissionRow[] {
  if (f.type === 'EntityDissolved') return [];
  return rows.filter(
    (r) =>
      placeMatches(r.actor, f.actor, c) &&
      (!f.location || isWithin(r, f.location)) &&
      withinRange(r.announcedOn ?? r.withdrawalBegunOn, f.since || undefined, f.until || undefined) &&
      (!f.type || r.sources.some((s) => s.type === f.type)),
  );
}

export function filterEntities(rows: EntityRow[], f: Filters): EntityRow[] {
  if (f.type && f.type !== 'EntityDissolved') return [];
  if (f.actor || f.location) return [];
  return rows.filter((r) => withinRange(r.occurredOn, f.since || undefined, f.until || undefined));
}

/** [lat, lon] of a place: its own coordinates, else its country's centroid (by code, then by name). */
export function coordinates(place: Place | null, c: Centroids): [number, number] | undefined {
  if (!place) return undefined;
  if (typeof place.lat === 'number' && typeof place.lon === 'number') return [place.lat, place.lon];
  const code = place.code ?? c.byName[place.name.toLowerCase()];
  return code ? c.byCode[code] : undefined;
}

export const TYPE_LABELS: Record<string, string> = {
  DeploymentAnnounced: 'Deployment',
  WithdrawalBegun: 'Withdrawal',
  EntityDissolved: 'Dissolution',
};

/** One line that says what an event is. */
export function describe(r: TimelineRow): string {
  if (r.entity) return `${r.entity.name} dissolved`;
  const who = r.actor?.name ?? 'unknown actor';
  const where = r.location?.name ?? 'unknown place';
  const verb = r.type === 'WithdrawalBegun' ? 'withdraws from' : 'deploys to';
  return `${who} ${verb} ${where}${r.personnel ? ` (${r.personnel.toLocaleString('en')} personnel)` : ''}`;
}
