import { resolvePlace } from '../gazetteer/geo.ts';
import type { NamedRef } from '../slots.ts';

/** Whether the place lies in the actor's own state (by its code, or where the geocoder puts an unknown name). */
export function insideOwnState(place: NamedRef, actor: NamedRef): boolean {
  if (!actor.code) return false;
  return placeState(place, actor) === actor.code;
}

/** The state a place lies in: its own code, else where the geocoder puts the name (preferring the actor's state). */
export function placeState(place: NamedRef, actor: NamedRef): string | undefined {
  return place.code ?? resolvePlace(place.name, actor.code ? [actor.code] : [])?.code;
}

/**
 * Whether the place lies in the actor's own state by the code the text's reading gave it — never by geocoding a bare
 * name, which finds a small home town for many famous foreign names ("Normandy", Missouri).
 */
export function plainlyInOwnState(place: NamedRef, actor: NamedRef): boolean {
  return !!actor.code && place.code === actor.code;
}
