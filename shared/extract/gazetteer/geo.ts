import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ALT_MARK, DIVISION_WORDS, LOOSE_MARK, looseKey } from './geo-names.ts';
import { lookupKey } from './index.ts';
import { posOf } from '../text/pos.ts';
import { countryCentroid } from './countries.ts';

/** How precisely a location is known. */
export type Precision = 'country' | 'admin1' | 'admin2' | 'place' | 'region';

/** A place GeoNames knows: a populated place or a first-level division. */
export interface GeoPlace {
  name: string;
  code: string;
  admin1?: string;
  lat?: number;
  lon?: number;
  geonameId?: number;
  precision: Precision;
  population: number;
}

/** Place lines by lookup key; a line is parsed only when looked up. */
interface GeoIndex {
  text: string;
  byKey: Map<string, number[]>;
  admin1Name: Map<string, string>;
}

const DATA_URL = new URL('./geo/places.data.gz', import.meta.url);

let index: GeoIndex | undefined | null;

/** Loads the GeoNames extract on first use; without the file (a trimmed bundle) there is simply no geo lookup. */
function geoIndex(): GeoIndex | undefined {
  if (index !== undefined) return index ?? undefined;
  let text: string;
  try {
    text = gunzipSync(readFileSync(DATA_URL)).toString('utf8');
  } catch {
    index = null;
    return undefined;
  }
  const byKey = new Map<string, number[]>();
  const admin1Name = new Map<string, string>();
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    for (const key of text.slice(start, tab).split(',')) {
      const list = byKey.get(key);
      if (list) list.push(start);
      else byKey.set(key, [start]);
    }
    if (text.charCodeAt(tab + 1) === ADMIN_MARK) {
      const [, , name, country, code] = text.slice(start, end).split('\t') as string[];
      admin1Name.set(`${country}.${code}`, name!);
    }
    start = end + 1;
  }
  index = { text, byKey, admin1Name };
  return index;
}

const ADMIN_MARK = 'A'.charCodeAt(0);

/** Places parsed from the extract, by line offset: each line is parsed once (bounded, like a lazily parsed index). */
const parsed = new Map<number, GeoPlace>();
const MAX_PARSED = 50_000;
let parsedFrom: GeoIndex | undefined;

function placeAt(geo: GeoIndex, offset: number): GeoPlace {
  let place = parsedFrom === geo ? parsed.get(offset) : undefined;
  if (!place) {
    if (parsed.size >= MAX_PARSED || parsedFrom !== geo) parsed.clear();
    parsedFrom = geo;
    parsed.set(offset, (place = parsePlace(geo, offset)));
  }
  return place;
}

function parsePlace(geo: GeoIndex, offset: number): GeoPlace {
  const end = geo.text.indexOf('\n', offset);
  const f = geo.text.slice(offset, end < 0 ? undefined : end).split('\t');
  if (f[1] === 'A')
    return {
      name: f[2]!,
      code: f[3]!,
      admin1: f[2]!,
      precision: 'admin1',
      population: 0,
    };
  const [, , name, country, admin, , population, lat, lon, id] = f as string[];
  const admin1 = geo.admin1Name.get(`${country}.${admin}`);
  return {
    name: name!,
    code: country!,
    ...(admin1 ? { admin1 } : {}),
    lat: Number(lat),
    lon: Number(lon),
    ...(Number(id) ? { geonameId: Number(id) } : {}),
    precision: 'place',
    population: Number(population),
  };
}

/**
 * The place a name most likely means, as a geocoder would choose: a division where the name says it is one
 * ("Kherson Oblast"), else a place in one of `preferCountries` (the countries the article is about), else the
 * most populous. A big city's alternate name ("Geneva" for Genève) counts as if the city were ALT_NAME_RIVAL_RATIO
 * times smaller, so a town's own name keeps it against a foreign city's exonym of similar size. Undefined for names
 * GeoNames does not know.
 */
export function resolvePlace(surface: string, preferCountries: readonly string[] = []): GeoPlace | undefined {
  const geo = geoIndex();
  if (!geo) return undefined;
  const wantsDivision = DIVISION_WORDS.test(surface);
  const key = lookupKey(surface);
  // Without a division word the bare name is the name.
  const bare = wantsDivision ? divisionKey(surface) : key;
  const exact = geo.byKey.get(key) ?? (bare === key ? undefined : geo.byKey.get(bare)) ?? [];
  const exactPlaces = exact.map((offset) => placeAt(geo, offset));
  // Where the exact spelling is only a hamlet's, a town of some size spelt otherwise is the likelier meaning
  // ("Trostianets" the hamlet in Lviv Oblast, "Trostyanets'" the town in Sumy Oblast).
  const onlyHamlets = exactPlaces.length > 0 && exactPlaces.every((c) => c.precision === 'place' && !c.population);
  const loose =
    (!exact.length || onlyHamlets) && key.length >= LOOSE_MIN_LETTERS
      ? (geo.byKey.get(LOOSE_MARK + looseKey(key)) ?? [])
      : [];
  const exactSet = new Set(exact);
  // A big city's other name (the extract holds none that English uses first as a common word) competes with the
  // places whose own name it is, unless one of them is a town of ALT_NAME_KEEPER_POPULATION ("Victoria" stays
  // British Columbia's, not Hong Kong's) or lies in the same state (there the name is that town's).
  const keeper = exactPlaces.some((c) => c.precision === 'place' && c.population >= ALT_NAME_KEEPER_POPULATION);
  const alternate = (geo.byKey.get(ALT_MARK + key) ?? [])
    .filter((o) => !exactSet.has(o))
    .map((o) => placeAt(geo, o))
    .filter(
      (c) =>
        (!keeper || preferCountries.includes(c.code)) &&
        !exactPlaces.some((e) => e.precision === 'place' && e.population > 0 && e.code === c.code),
    );
  const alternateIds = new Set(alternate.map((c) => c.geonameId));
  const candidates = [
    ...exactPlaces.map((c) => ({
      c,
      spelledOtherwise: false,
      otherName: false,
    })),
    ...alternate.map((c) => ({ c, spelledOtherwise: false, otherName: true })),
    ...loose
      .filter((o) => !exactSet.has(o))
      .map((o) => ({
        c: placeAt(geo, o),
        spelledOtherwise: true,
        otherName: false,
      }))
      .filter(({ c }) => !alternateIds.has(c.geonameId))
      .filter(({ c }) => spelledNear(plainSpelling(key), plainSpelling(lookupKey(c.name)))),
  ];
  if (!candidates.length) return undefined;
  // A hamlet with no population figure does not make an English word a place ("On", "To").
  const commonWord = !surface.includes(' ') && posOf(surface.toLowerCase()) !== undefined;
  const wantsPlaceOrDivision = wantsDivision || namesDivision(exactPlaces, preferCountries, alternate);
  let best: GeoPlace | undefined;
  let bestScore = -Infinity;
  for (const { c, spelledOtherwise, otherName } of candidates) {
    if (commonWord && c.precision === 'place' && c.population === 0) continue;
    // Another spelling of a town the news names is a town of some size; a hamlet's near-spelling is a collision.
    if (spelledOtherwise && c.population < (onlyHamlets ? HAMLET_RIVAL_POPULATION : LOOSE_MIN_POPULATION)) continue;
    const preferred = preferCountries.indexOf(c.code);
    // Where the article names its countries, another spelling is a town of theirs or a big city ("Lachin" in an
    // article on Azerbaijan is not China's "Lichuan").
    if (spelledOtherwise && preferCountries.length && preferred < 0 && c.population < LOOSE_FOREIGN_POPULATION)
      continue;
    const score =
      (wantsPlaceOrDivision === (c.precision === 'admin1') ? DIVISION_MATCH_WEIGHT : 0) +
      (preferred >= 0 ? PREFERRED_COUNTRY_WEIGHT - preferred : 0) +
      Math.log10(c.population + 1) -
      (otherName ? ALT_NAME_HANDICAP : 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether a bare name means the first-level division that bears it ("California" the state, not California,
 * Maryland): unless a place of that name, or a city of that other name, lies in the division ("Kherson", "Geneva"),
 * is a big city ("Washington"), or lies in or near the article's countries where no such division does (a town in
 * them; a city of REGION_CITY_POPULATION within REGION_KM of one's centroid: "Gaza" in an article on Israel is the
 * city, not Mozambique's province).
 */
function namesDivision(
  exact: readonly GeoPlace[],
  preferCountries: readonly string[],
  alternate: readonly GeoPlace[],
): boolean {
  const divisions = exact.filter((c) => c.precision === 'admin1');
  if (!divisions.length) return false;
  const divisionPreferred = divisions.some((d) => preferCountries.includes(d.code));
  // A city of that other name in the division of the name ("Geneva" for Genève, in the canton of Geneva).
  if (alternate.some((c) => divisions.some((d) => d.code === c.code && d.admin1 === c.admin1))) return false;
  return !exact.some(
    (c) =>
      c.precision === 'place' &&
      (c.population >= DIVISION_RIVAL_POPULATION ||
        divisions.some((d) => d.code === c.code && d.admin1 === c.admin1) ||
        (!divisionPreferred &&
          (preferCountries.includes(c.code) ||
            (c.population >= REGION_CITY_POPULATION && nearCountries(c, preferCountries))))),
  );
}

/** Whether a place lies within REGION_KM of the centroid of one of the countries. */
function nearCountries(place: GeoPlace, codes: readonly string[]): boolean {
  if (place.lat === undefined || place.lon === undefined) return false;
  return codes.some((code) => {
    const centre = countryCentroid(code);
    return !!centre && kilometres(place.lat!, place.lon!, centre.lat, centre.lon) <= REGION_KM;
  });
}

/** Great-circle distance in kilometres (haversine). */
function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}
const EARTH_RADIUS_KM = 6371;

/** A division's lookup key without its division word ("Kherson Oblast" and "Kherson" share one). */
export function divisionKey(name: string): string {
  return lookupKey(name.replace(DIVISION_WORDS, ''));
}

/** The most populous place of that name in the first-level division named `admin1` ("Newport" in "Rhode Island"). */
export function resolvePlaceIn(surface: string, admin1: string): GeoPlace | undefined {
  const geo = geoIndex();
  if (!geo) return undefined;
  const division = divisionKey(admin1);
  let best: GeoPlace | undefined;
  for (const offset of geo.byKey.get(lookupKey(surface)) ?? []) {
    const c = placeAt(geo, offset);
    if (c.precision !== 'place' || !c.admin1 || divisionKey(c.admin1) !== division) continue;
    if (!best || c.population > best.population) best = c;
  }
  return best;
}

/** Whether GeoNames knows populated places of the name, as spelt, in more than one state ("San Isidro", not "Kismayo"). */
export function namesakesAbroad(surface: string): boolean {
  const geo = geoIndex();
  const codes = new Set<string>();
  for (const offset of geo?.byKey.get(lookupKey(surface)) ?? []) {
    const c = placeAt(geo!, offset);
    if (c.precision === 'place') codes.add(c.code);
  }
  return codes.size > 1;
}

/** Whether GeoNames knows the name as spelt (no spelling-tolerant match). */
export function geoKnowsName(surface: string): boolean {
  return !!geoIndex()?.byKey.has(lookupKey(surface));
}

/** A spelling with y read as i and doubled letters once ("Mykolayiv" and "Mikolaiv" are one). */
function plainSpelling(key: string): string {
  return key.replace(/y/g, 'i').replace(/([a-z])\1+/g, '$1');
}

/**
 * Whether two plain spellings differ by at most one edit per SPELLING_LETTERS_PER_EDIT letters: transliterations do
 * ("Wad Madani" and "Wad Medani"); names that only share their consonants do not ("Comoro" is no "Camiri").
 * Levenshtein distance, on names of a few letters.
 */
function spelledNear(a: string, b: string): boolean {
  const allowed = Math.max(1, Math.floor(Math.min(a.length, b.length) / SPELLING_LETTERS_PER_EDIT));
  if (Math.abs(a.length - b.length) > allowed) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]! <= allowed;
}
const SPELLING_LETTERS_PER_EDIT = 5;

/** Spelling-tolerant lookup only for names this long: short ones collide ("Air" would be "Ayr"). */
const LOOSE_MIN_LETTERS = 6;
/** Spelling-tolerant matches only for towns this large. */
const LOOSE_MIN_POPULATION = 10_000;
/** Against an exact spelling that only a hamlet has, a town this large spelt otherwise. */
const HAMLET_RIVAL_POPULATION = 5_000;
/** Outside the article's countries, spelling-tolerant matches only for cities this large. */
const LOOSE_FOREIGN_POPULATION = 250_000;

/** A city named by an alternate name must be this many times as populous as a place of that primary name. */
const ALT_NAME_RIVAL_RATIO = 5;
const ALT_NAME_HANDICAP = Math.log10(ALT_NAME_RIVAL_RATIO);
/**
 * A town this large keeps its own name against every other city's alternate name: "Bridgetown" is Barbados's
 * capital (98,000), not Portland's old name; "Venice" Italy's (51,000), not Dayton's nickname. Smaller namesakes
 * yield to a city ALT_NAME_RIVAL_RATIO times their size ("Geneva", Illinois, 22,000, to Genève, 184,000).
 */
const ALT_NAME_KEEPER_POPULATION = 40_000;

/** A city this large near the article's countries keeps a name a division elsewhere bears ("Gaza"). */
const REGION_CITY_POPULATION = 100_000;
/** Near the article's countries: within this distance of the centroid of one (a neighbour's city). */
const REGION_KM = 500;

/** A city this large keeps a name it shares with a first-level division elsewhere ("Washington"). */
const DIVISION_RIVAL_POPULATION = 500_000;
/** Weights of the choice: the article's countries outrank size; a division word outranks both. */
const PREFERRED_COUNTRY_WEIGHT = 100;
const DIVISION_MATCH_WEIGHT = 1000;
