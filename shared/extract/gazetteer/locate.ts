import type { NamedRef } from '../slots.ts';
import { countryCentroid } from './countries.ts';
import { divisionKey, resolvePlace, resolvePlaceIn, type GeoPlace } from './geo.ts';
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
  // "Newport, Rhode Island": a place the text set in a division is looked up there first.
  const geo = (place.admin1 ? resolvePlaceIn(place.name, place.admin1) : undefined) ?? resolvePlace(place.name, prefer);
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

/** Whether `outer` is the state, first-level division or curated region that `inner` lies in. */
export function encloses(outer: NamedRef, inner: NamedRef): boolean {
  const gaz = gazetteer();
  const outerEntry = gaz.get(lookupKey(outer.name));
  if (outerEntry?.kind === 'state' && inner.code && outerEntry.code === inner.code) return true;
  if (gaz.ancestors(inner.name).includes(outer.name)) return true;
  // "Newport, Rhode Island": a place of that name lies in the division named after it.
  if (resolvePlaceIn(inner.name, outer.name)) return true;
  const geo = resolvePlace(inner.name, inner.code ? [inner.code] : []);
  // A place GeoNames does not know ("Rmelan, al-Hasakah Governorate") lies where the division or state after it says.
  if (!geo && !inner.code) return outerEntry?.kind === 'state' || resolvePlace(outer.name, [])?.precision === 'admin1';
  return !!geo?.admin1 && divisionKey(geo.admin1) === divisionKey(outer.name);
}

/** `inner` as set in `outer` by the text ("Newport, Rhode Island"): looked up in that division or state. */
export function placedIn(inner: NamedRef, outer: NamedRef): NamedRef {
  const division: GeoPlace | undefined = resolvePlace(outer.name, outer.code ? [outer.code] : []);
  if (division?.precision !== 'admin1' || !resolvePlaceIn(inner.name, division.name)) return inner;
  return { ...inner, code: division.code, admin1: division.name };
}
