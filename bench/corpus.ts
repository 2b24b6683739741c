import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One benchmark input: a file name (its extension picks the intake format) and its source bytes. */
export interface BenchDoc {
  name: string;
  bytes: Uint8Array;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEV_CORPUS = join(ROOT, '../shared/corpus/dev');
const EXAMPLES = join(ROOT, 'examples');

/** The team's dev articles (*.txt), or the repo's examples when the shared corpus is not checked out. */
export function loadCorpus(): { source: string; docs: BenchDoc[] } {
  const [source, dir, keep] = existsSync(DEV_CORPUS)
    ? ['../shared/corpus/dev/*.txt', DEV_CORPUS, (f: string) => f.endsWith('.txt')]
    : ['examples/*', EXAMPLES, (f: string) => f !== 'README.md'];
  const docs = readdirSync(dir)
    .filter(keep)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  if (docs.length === 0) throw new Error(`bench: no articles in ${dir}`);
  return { source, docs };
}

/** Repeats the set (renaming each copy) until it holds at least `minBytes`, so timings are not noise. */
export function repeatToSize(docs: readonly BenchDoc[], minBytes: number): BenchDoc[] {
  const out: BenchDoc[] = [];
  let total = 0;
  for (let round = 0; total < minBytes; round++) {
    for (const doc of docs) {
      out.push({ name: `r${round}-${doc.name}`, bytes: doc.bytes });
      total += doc.bytes.length;
    }
  }
  return out;
}

export const totalBytes = (items: ReadonlyArray<{ length: number }>): number =>
  items.reduce((sum, item) => sum + item.length, 0);
