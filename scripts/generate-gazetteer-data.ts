// Writes shared/extract/gazetteer/countries.data.json: the fields of the maintained `world-countries` package
// that the gazetteer reads (names, alternative spellings, English demonyms, capitals, UN membership, centroid). The package
// stays the source of truth; the extract keeps Lambda bundles small (the full package is 1.4 MB of JSON).
// `--check` exits 1 when the committed file differs from what the installed package gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import worldCountries from 'world-countries';

const OUT = fileURLToPath(new URL('../shared/extract/gazetteer/countries.data.json', import.meta.url));

interface Source {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  unMember?: boolean;
  latlng?: [number, number];
}

const records = (worldCountries as unknown as Source[])
  .map((c) => ({
    cca2: c.cca2,
    name: { common: c.name.common, official: c.name.official },
    altSpellings: c.altSpellings ?? [],
    capital: c.capital ?? [],
    demonyms: { eng: { m: c.demonyms?.eng?.m ?? '', f: c.demonyms?.eng?.f ?? '' } },
    unMember: !!c.unMember,
    latlng: c.latlng ?? [],
  }))
  .sort((a, b) => a.cca2.localeCompare(b.cca2));
const text = `${JSON.stringify(records)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== text) {
    process.stderr.write(
      'gazetteer:check: shared/extract/gazetteer/countries.data.json is stale; run npm run gazetteer\n',
    );
    process.exit(1);
  }
  process.stdout.write('gazetteer:check: countries.data.json is up to date\n');
} else {
  writeFileSync(OUT, text);
  process.stdout.write(`wrote ${OUT} (${records.length} countries, ${text.length} bytes)\n`);
}
