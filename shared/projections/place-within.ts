/**
 * Place filters on read-model rows: `actor`/`location` by name or code, and `within` through the place hierarchy
 * (place-hierarchy.ts) that missions and timeline rows carry in their `within` lists. Pure and free of Node APIs:
 * the dashboard bundles it, so the page and the API answer a filter with the same code.
 */
import { normalizeName } from '../names.ts';
import { gazetteerEntry } from './place-hierarchy.ts';
import type { MissionRow, PlaceRef, TimelineRow } from './rows.ts';

/** Gazetteer kinds whose canonical name stands for every spelling of a place. */
const PLACE_KINDS: readonly string[] = ['state', 'place', 'capital'];

/** A place name as `within` compares it: the gazetteer's canonical name of a state or place, normalized. */
function placeKey(name: string): string {
  const entry = gazetteerEntry(name);
  return normalizeName(entry && PLACE_KINDS.includes(entry.kind) ? entry.name : name);
}

/** Whether a filter value names this actor or place: same normalized name, or same code. */
export function matchesPlace(place: PlaceRef | null, wanted: string): boolean {
  if (!place) return false;
  const w = normalizeName(wanted);
  return w === normalizeName(place.name) || (place.code !== undefined && w === normalizeName(place.code));
}

/** Whether `place` names the state of `code` or one of `names` (compared through the gazetteer's aliases). */
function namesPlace(place: string, code: string | undefined, names: readonly string[]): boolean {
  if (code && normalizeName(place) === normalizeName(code)) return true;
  const wanted = placeKey(place);
  return names.some((n) => n && placeKey(n) === wanted);
}

/**
 * Whether the mission lies at or inside the named place: its own place, its area, any place enclosing it, or its
 * state (by name or ISO code).
 */
export function isWithin(row: MissionRow, place: string): boolean {
  return namesPlace(place, row.country.code, [row.location.name, row.area ?? '', ...row.within, row.country.name]);
}

/**
 * Whether a timeline event happened at or inside the named place: its own place, any place enclosing it, or its
 * state (by name or ISO code). Dissolutions have no place and are within nothing. A row stored before rows had
 * `within` is matched on its place and state code only (`sitrep rebuild` refreshes it).
 */
export function isEventWithin(row: Pick<TimelineRow, 'location' | 'within'>, place: string): boolean {
  if (!row.location) return false;
  return namesPlace(place, row.location.code, [row.location.name, ...(row.within ?? [])]);
}
