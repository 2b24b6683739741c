// Writes shared/extract/text/pos/lexicon.data.gz: each lower-case English word of the maintained `en-lexicon`
// package (112k words, Penn Treebank tags ordered by likelihood, MIT) with the coarse class of its most likely tag.
// The package stays the source of truth; the extract is a few hundred KB gzipped, read lazily by the extractor.
// `--check` exits 1 when the committed file differs from what the installed package gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { lexicon } from 'en-lexicon';
import { coarseClass } from '../shared/extract/text/pos-classes.ts';

const OUT = fileURLToPath(new URL('../shared/extract/text/pos/lexicon.data.gz', import.meta.url));
const WORD = /^[a-z][a-z'-]*$/;

const lines: string[] = [];
for (const [word, tags] of Object.entries(lexicon as Record<string, string>).sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!WORD.test(word)) continue;
  const tag = tags.split('|')[0]!;
  const cls = coarseClass(tag);
  if (cls) lines.push(`${word}\t${cls}`);
}
const text = `${lines.join('\n')}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = gunzipSync(readFileSync(OUT)).toString('utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== text) {
    process.stderr.write('lexicon:check: shared/extract/text/pos/lexicon.data.gz is stale; run npm run gazetteer\n');
    process.exit(1);
  }
  process.stdout.write('lexicon:check: lexicon.data.gz is up to date\n');
} else {
  const gz = gzipSync(text, { level: 9 });
  writeFileSync(OUT, gz);
  process.stdout.write(`wrote ${OUT} (${lines.length} words, ${gz.length} bytes gzipped)\n`);
}
