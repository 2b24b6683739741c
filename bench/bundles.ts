// `npm run bench` (third part; also `tsx bench/bundles.ts` alone): the Lambda bundles as the stack builds them
// (functions/bundle.ts) — minified size, biggest inputs, and cold-start init time in a fresh process of the Lambda
// runtime's Node major (tools/node24): process start → handler module loaded, median of 5 processes. Written to
// the `bundles` section of BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  biggestInputs,
  buildBundles,
  MAX_BUNDLE_BYTES,
  provideRuntimeSdk,
  type BuiltBundle,
} from '../functions/bundle.ts';
import { median } from './measure.ts';
import { writeSection } from './sections.ts';

const NODE24 = fileURLToPath(new URL('../tools/node24/node_modules/node/bin/node', import.meta.url));
const BENCHMARKS_MD = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const RUNS = 5;

/**
 * Loads a bundle and prints when (ms since process start, `performance.now()`'s origin) the import began and
 * ended. Nothing is invoked: this is the init phase only (module code: config, SDK clients, wink's model…).
 */
const LOADER = `
const before = performance.now();
await import(process.argv[1]);
const loaded = performance.now();
process.stdout.write(JSON.stringify({ before, loaded }) + '\\n');
`;

/** What init reads: the functions' variables (dummy values; init makes no calls) and a region. */
const INIT_ENV = {
  AWS_REGION: 'us-east-1',
  EVENTS_TABLE: 'sitrep-events',
  EVENT_BUS_NAME: 'sitrep-bus',
  READ_MODEL_TABLES: JSON.stringify({ facts: 'f', missions: 'm', entities: 'e', timeline: 't', articles: 'a' }),
};

interface InitTime {
  /** Process start → handler module loaded. */
  loadedMs: number;
  /** `await import(bundle)` alone. */
  importMs: number;
}

function loadOnce(file: string): Promise<InitTime> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, ['--input-type=module', '-e', LOADER, `file://${file}`], {
      env: { PATH: process.env.PATH ?? '', ...INIT_ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{'))
        return reject(new Error(`loading ${file} failed (${code}): ${err.trim()}`));
      const { before, loaded } = JSON.parse(line) as { before: number; loaded: number };
      resolve({ loadedMs: loaded, importMs: loaded - before });
    });
  });
}

export interface BundleBench {
  bundle: BuiltBundle;
  init?: { loadedMs: number; importMs: number; runsMs: number[] };
}

export async function benchBundles(runs = RUNS): Promise<{ node24: boolean; results: BundleBench[] }> {
  const outDir = await mkdtemp(join(tmpdir(), 'sitrep-bench-bundles-'));
  try {
    const bundles = await buildBundles(outDir);
    await provideRuntimeSdk(outDir);
    const node24 = existsSync(NODE24);
    const results: BundleBench[] = [];
    for (const bundle of bundles) {
      if (!node24) {
        results.push({ bundle });
        continue;
      }
      await loadOnce(bundle.file); // warm the file system cache: Lambda's init reads from local disk too
      const times: InitTime[] = [];
      for (let i = 0; i < runs; i++) times.push(await loadOnce(bundle.file));
      results.push({
        bundle,
        init: {
          loadedMs: median(times.map((t) => t.loadedMs)),
          importMs: median(times.map((t) => t.importMs)),
          runsMs: times.map((t) => t.loadedMs),
        },
      });
    }
    return { node24, results };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (x: number) => x.toFixed(0);

export function bundlesSection(bench: { node24: boolean; results: BundleBench[] }): string {
  const cpu = cpus();
  const rows = bench.results.map(({ bundle, init }) => {
    const budget =
      bundle.bytes <= MAX_BUNDLE_BYTES ? 'yes' : `**no** (${(bundle.bytes / MAX_BUNDLE_BYTES).toFixed(1)}×)`;
    const times = init
      ? `${ms(init.loadedMs)} | ${ms(init.importMs)} | ${init.runsMs.map(ms).join(', ')}`
      : 'n/a | n/a | n/a';
    return `| ${bundle.name} | ${kb(bundle.bytes)} | ${budget} | ${times} |`;
  });
  const ingest = bench.results.find((r) => r.bundle.name === 'ingest')?.bundle;
  const inputs = ingest ? biggestInputs(ingest, 6).map((i) => `- \`${i.path}\`: ${kb(i.bytes)} KB`) : [];
  const timing = bench.node24
    ? `Init time: a fresh Node 24 process (tools/node24) per run imports the bundle with the functions' variables set
(no invocation, no network); "start → loaded" is \`performance.now()\` after the import (its origin is the process
start), "import" the import alone. Median of ${RUNS} processes after one warm-up. Lambda adds its own runtime
start-up, and reads \`@aws-sdk\` from the runtime image.`
    : 'Init time: not measured (Node 24 is not installed in tools/node24: run `npm ci`).';
  return `## Lambda bundles

Generated by \`npm run bench\` (bench/bundles.ts) on ${new Date().toISOString().slice(0, 10)}, same machine as above
(${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores). Built by \`buildBundles\` with the options the CDK
stack uses (functions/bundle.ts: esbuild, ESM, target node24, minified, no source map, \`@aws-sdk/*\` external);
each asset is that file, plus the ingest function's GeoNames extract (\`geo/places.data.gz\`, 3.4 MB, read lazily at
the first location to geocode, so not part of init; see "One large article" for its one-off load).
${timing}

| Function | Minified KB | ≤ 1 MB | Start → loaded ms | Import ms | Runs, start → loaded (ms) |
| --- | ---: | --- | ---: | ---: | --- |
${rows.join('\n')}

Biggest inputs of the ingest bundle (esbuild metafile, bytes in the minified output):

${inputs.join('\n')}
`;
}

export async function runBundlesBench(path = BENCHMARKS_MD): Promise<string> {
  const section = bundlesSection(await benchBundles());
  writeSection(path, 'bundles', section);
  process.stdout.write(`${section}\nwrote the 'bundles' section of BENCHMARKS.md\n`);
  return section;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runBundlesBench();
