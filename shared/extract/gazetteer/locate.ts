import type { NamedRef } from '../slots.ts';
import { countryCentroid } from './countries.ts';
import { resolvePlace } from './geo.ts';
import { gazetteer, lookupKey } from './index.ts';

/**
 * A location with what GeoNames knows of it: the state it lies in, its first-level division, coordinates and
 * precision. A state gets its centroid; a known place or an unknown name in a place slot is geocoded, preferring
 * the countries the article names (`articleCountries`, most mentioned first); a curated region GeoNames lacks
 * (Donbas, the Sahel) is a `region`. The name stays as the text gives it.
 */
export function locatePlace(place: NamedRef, articleCountries: readonly string[]): NamedRef {
  const entry = gazetteer().get(lookupKey(place.name));
  if (entry?.kind === 'state' && entry.code) {
    return { ...place, code: entry.code, precision: 'country', ...countryCentroid(entry.code) };
  }
  const prefer = place.code ? [place.code, ...articleCountries.filter((c) => c !== place.code)] : articleCountries;
  const geo = resolvePlace(place.name, prefer);
  if (geo && (!place.code || geo.code === place.code)) {
    return {
      ...place,
      code: geo.code,
      ...(geo.admin1 && geo.precision === 'place' ? { admin1: geo.admin1 } : {}),
      ...(geo.lat !== undefined ? { lat: geo.lat, lon: geo.lon } : {}),
      ...(geo.geonameId ? { geonameId: geo.geonameId } : {}),
      precision: geo.precision,
    };
  }
  if (entry?.kind === 'place') return { ...place, precision: 'region' };
  return place;
}
