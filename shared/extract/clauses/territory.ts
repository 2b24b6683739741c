import { resolvePlace } from '../gazetteer/geo.ts';
import type { NamedRef } from '../slots.ts';

/** Whether the place lies in the actor's own state (by its code, or where the geocoder puts an unknown name). */
export function insideOwnState(place: NamedRef, actor: NamedRef): boolean {
  if (!actor.code) return false;
  const code = place.code ?? resolvePlace(place.name, [actor.code])?.code;
  return code === actor.code;
}
