// `npm run bench` (growth part), or alone `npm run bench:growth`: the embedded pipeline's growth curves. For each
// corpus (distinct articles, each its own mission; articles all about one hot mission) and each size, `sitrep ingest`
// runs in its own process (bench/growth-child.ts) on a fresh data directory, then once more with 1,000 further
// articles into that same directory. Measured: articles/s end to end (process start to summary), peak RSS, store
// calls per article and items read per domain event. `SITREP_BENCH_GROWTH_SIZES=200,1000` runs fewer sizes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GrowthChildResult } from './growth-child.ts';
import { growthArticle, type GrowthCorpus } from './growth-corpus.ts';
import { writeSection } from './sections.ts';

const DEFAULT_SIZES = [200, 1_000, 5_000, 20_000];
const EXISTING_BATCH = 1_000;
const CORPORA: GrowthCorpus[] = ['distinct', 'hot'];
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHILD = join(ROOT, 'bench/growth-child.ts');
const MAX_CHILD_OUTPUT = 64 * 1024 * 1024;

interface GrowthRun extends GrowthChildResult {
  corpus: GrowthCorpus;
  /** Articles the data directory held before this run. */
  before: number;
  articles: number;
  events: number;
}

function sizes(): number[] {
  const env = process.env['SITREP_BENCH_GROWTH_SIZES'];
  return env ? env.split(',').map((s) => Number(s.trim())) : DEFAULT_SIZES;
}

/** Writes articles [from, from + count) of a corpus as files of a new folder. */
function writeBatch(root: string, corpus: GrowthCorpus, from: number, count: number): string {
  const folder = join(root, `${corpus}-${from}`);
  mkdirSync(folder, { recursive: true });
  for (let i = from; i < from + count; i++) {
    writeFileSync(join(folder, `a${String(i).padStart(6, '0')}.txt`), growthArticle(corpus, i));
  }
  return folder;
}

function ingest(corpus: GrowthCorpus, dataDir: string, folder: string, before: number, count: number): GrowthRun {
  const summaryPath = join(folder, '..', 'summary.json');
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dataDir, folder, summaryPath], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: MAX_CHILD_OUTPUT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    throw new Error(`growth bench: ingest of ${folder} failed (${child.status}): ${child.stderr.slice(-2000)}`);
  }
  const result = JSON.parse(last) as GrowthChildResult;
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as {
    processed: number;
    events: Record<string, number>;
  };
  if (result.exitCode !== 0 || summary.processed !== count) {
    throw new Error(`growth bench: ${folder}: exit ${result.exitCode}, ${summary.processed}/${count} processed`);
  }
  const events = Object.values(summary.events).reduce((a, b) => a + b, 0);
  return { ...result, corpus, before, articles: count, events };
}

export function runGrowthBench(benchmarksMd: string): GrowthRun[] {
  const runs: GrowthRun[] = [];
  for (const corpus of CORPORA) {
    for (const size of sizes()) {
      const root = mkdtempSync(join(tmpdir(), `sitrep-growth-${corpus}-${size}-`));
      try {
        const dataDir = join(root, 'data');
        runs.push(ingest(corpus, dataDir, writeBatch(root, corpus, 0, size), 0, size));
        rmSync(join(root, `${corpus}-0`), { recursive: true, force: true });
        runs.push(ingest(corpus, dataDir, writeBatch(root, corpus, size, EXISTING_BATCH), size, EXISTING_BATCH));
        process.stdout.write(`growth: ${corpus} ${size} done\n`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  }
  writeSection(benchmarksMd, 'growth', growthSection(runs));
  return runs;
}

const fixed = (x: number, digits = 1) => x.toFixed(digits);
const whole = (x: number) => Math.round(x).toLocaleString('en-US');

/** What projecting reads: facts (event bodies, article records) and the incremental mission summaries. */
const PROJECTION_READS = /\b(fact_events|fact_records|summaries)$/;

function growthSection(runs: GrowthRun[]): string {
  const calls = (r: GrowthRun) => Object.values(r.calls).reduce((a, b) => a + b, 0);
  const projectionReads = (r: GrowthRun) =>
    Object.entries(r.reads)
      .filter(([op]) => PROJECTION_READS.test(op))
      .reduce((a, [, n]) => a + n, 0);
  const row = (r: GrowthRun) =>
    `| ${r.corpus} | ${whole(r.before)} | ${whole(r.articles)} | ${fixed(r.seconds)} | **${fixed(r.articles / r.seconds)}** | ${whole(r.peakRssMb)} | ${fixed(calls(r) / r.articles)} | ${fixed(projectionReads(r) / Math.max(1, r.events))} | ${fixed((r.itemsRead - projectionReads(r)) / r.articles)} | ${whole(r.maxItemBytes)} |`;
  const cpu = cpus();
  return `## Growth curves of the embedded pipeline

Generated by \`npm run bench\` (bench/growth.ts) on ${new Date().toISOString().slice(0, 10)}; Node ${process.version},
${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores shared with other work. Each row is one
\`sitrep ingest --json --data-dir D FOLDER\` in its own process (bench/growth-child.ts), timed from the command's
start to its summary (start-up, upload, extraction, event store, outbox, bus, read models, summary). Articles are
generated (bench/growth-corpus.ts): *distinct* — each about its own mission (a pair of UN member states, one
deployment); *hot* — all about one mission (France in Mali), each its own happening. "Held before" 0 is a fresh data
directory; the next row ingests ${whole(EXISTING_BATCH)} more articles into that same directory, so its time includes
the start-up reconciliation (the bucket listed, the log folded) over everything held. Store calls are SQLite
statements (the embedded store). "Projection reads / event": event bodies, article records and mission summary
items the projector read, per domain event of the run (what grew when a row was recomputed from its whole history;
mission rows are now incremental); "other reads / article": every other row read (the event store, the bus queue,
the start-up log fold, and the summary's read of the articles and timeline models), per article. "Largest item":
the largest read-model row, summary child item or fact in the data directory afterwards, in bytes (one DynamoDB
item holds at most 409,600).

| Corpus | Held before | Articles | Seconds | Articles/s | Peak RSS (MB) | Store calls / article | Projection reads / event | Other reads / article | Largest item (bytes) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${runs.map(row).join('\n')}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const md = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
  runGrowthBench(md);
  process.stdout.write(`wrote the 'growth' section of BENCHMARKS.md\n`);
}
