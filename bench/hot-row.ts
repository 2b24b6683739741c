// `npm run bench` (growth part), or alone `npm run bench:hot-row`: one hot mission row as it grows. 2,000 generated
// articles all about one mission (France in Mali, bench/growth-corpus.ts) go into one embedded pipeline in batches of
// 100 (upload, then `settle()`); per batch: seconds, items the projector read per projected event (event bodies,
// article records and mission summaries), and the largest read-model item so far (the row or child item a DynamoDB
// table would hold). Incremental rows keep the reads per event and the time per article flat (≤ 2× the first
// batch's) and every item far below DynamoDB's 400 KB.
//
// `SITREP_BENCH_HOT_STORE=dynalite npm run bench:hot-row` runs the same on the DynamoDB adapter (an embedded dynalite
// data directory: the adapter Lambda runs, summaries as child items, see shared/adapters/aws/summary-items.ts) and
// writes the 'hot-row-dynamo' section: items read per event counts every store read (GetItem, Query, BatchGetItem:
// projection and pipeline), the largest item is scanned from the read-model tables after the last batch.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { mapPool } from '../shared/adapters/aws/read-model-ops.ts';
import { startRuntime, TABLE_PREFIX, type StoreEngine } from '../infra/local/runtime.ts';
import { growthArticle } from './growth-corpus.ts';
import { DYNAMODB_ITEM_LIMIT_BYTES, largestDynamoItem, largestItem } from './largest-item.ts';
import { writeSection } from './sections.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const BATCH = 100;
const BATCHES = Number(process.env['SITREP_BENCH_HOT_BATCHES'] ?? 20);
const UPLOADS_IN_FLIGHT = 8;
const STORE: StoreEngine = process.env['SITREP_BENCH_HOT_STORE'] === 'dynalite' ? 'dynalite' : 'sqlite';
/** Every read of the DynamoDB adapter (its calls name no table): the embedded pipeline's are constant per article. */
const DYNAMO_READS = /^(GetItem|Query|BatchGetItem)$/;
/** What projecting reads: facts (event bodies, article records) and the incremental summaries. */
const PROJECTION_READS = /\b(fact_events|fact_records|summaries)$/;

interface Batch {
  held: number;
  seconds: number;
  events: number;
  projectionReads: number;
  maxItemBytes: number;
  maxItemTable: string;
}

export async function runHotRowBench(benchmarksMd: string, store: StoreEngine = STORE): Promise<Batch[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-bench-hot-'));
  let reads = 0;
  const runtime = await startRuntime({
    dataDir,
    store,
    onStoreCall: (operation, _written, read) => {
      if ((store === 'sqlite' ? PROJECTION_READS : DYNAMO_READS).test(operation)) reads += read;
    },
  });
  const batches: Batch[] = [];
  let eventsBefore = 0;
  try {
    for (let b = 0; b < BATCHES; b++) {
      const ids = Array.from({ length: BATCH }, (_, i) => b * BATCH + i);
      reads = 0;
      const start = performance.now();
      await mapPool(ids, UPLOADS_IN_FLIGHT, (i) =>
        runtime.s3.send(
          new PutObjectCommand({
            Bucket: runtime.bucket,
            Key: `hot/a${String(i).padStart(6, '0')}.txt`,
            Body: growthArticle('hot', i),
            Metadata: { published: '2024-01-01' },
          }),
        ),
      );
      await runtime.settle();
      const seconds = (performance.now() - start) / 1000;
      const projectionReads = reads;
      const missions = await runtime.readModels.query('missions');
      const events = missions.reduce((n, m) => n + Number(m['eventCount']), 0);
      const lastBatch = b === BATCHES - 1;
      const largest =
        store === 'sqlite'
          ? largestItem(dataDir)
          : lastBatch
            ? await largestDynamoItem(runtime.endpoints.dynamo!, TABLE_PREFIX)
            : { bytes: 0, table: '' };
      batches.push({
        held: b * BATCH,
        seconds,
        events: events - eventsBefore,
        projectionReads,
        maxItemBytes: largest.bytes,
        maxItemTable: largest.table,
      });
      eventsBefore = events;
    }
  } finally {
    await runtime.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  writeSection(benchmarksMd, store === 'sqlite' ? 'hot-row' : 'hot-row-dynamo', hotRowSection(batches, store));
  return batches;
}

function hotRowSection(batches: Batch[], store: StoreEngine): string {
  const fixed = (x: number, digits = 1) => x.toFixed(digits);
  const whole = (x: number) => Math.round(x).toLocaleString('en-US');
  const perEvent = (b: Batch) => b.projectionReads / Math.max(1, b.events);
  const msPerArticle = (b: Batch) => (b.seconds * 1000) / BATCH;
  const first = batches[0]!;
  const last = batches[batches.length - 1]!;
  const maxItem = Math.max(...batches.map((b) => b.maxItemBytes));
  const rows = batches.map(
    (b) =>
      `| ${whole(b.held)} | ${whole(b.events)} | ${fixed(b.seconds, 2)} | ${fixed(msPerArticle(b))} | ${fixed(perEvent(b))} | ${b.maxItemTable ? `${whole(b.maxItemBytes)} (${b.maxItemTable})` : '—'} |`,
  );
  if (store === 'dynalite') return dynamoSection(batches, rows, perEvent, msPerArticle, maxItem);
  return `## One hot mission row

Generated by \`npm run bench\` (bench/hot-row.ts) on ${new Date().toISOString().slice(0, 10)}, same machine as above.
${whole(BATCHES * BATCH)} generated articles all about one mission (France in Mali, each its own date and figure)
uploaded into one embedded pipeline ${BATCH} at a time, each batch followed by \`settle()\`. "Projection reads":
items the projector read (event bodies, article records, mission summaries) per projected event of the batch.
"Largest item": the largest read-model row, summary child item or fact after the batch (what one DynamoDB item
would hold; the limit is ${whole(DYNAMODB_ITEM_LIMIT_BYTES)} bytes).

| Articles held before | Events | Seconds | ms / article | Projection reads / event | Largest item (bytes, table) |
| ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}

Last batch / first batch: **${fixed(perEvent(last) / perEvent(first), 2)}×** projection reads per event,
**${fixed(msPerArticle(last) / msPerArticle(first), 2)}×** time per article (the bound is 2×); largest item
**${whole(maxItem)} bytes** (${fixed((100 * maxItem) / DYNAMODB_ITEM_LIMIT_BYTES)} % of DynamoDB's limit).
`;
}

function dynamoSection(
  batches: Batch[],
  rows: string[],
  perEvent: (b: Batch) => number,
  msPerArticle: (b: Batch) => number,
  maxItem: number,
): string {
  const fixed = (x: number, digits = 1) => x.toFixed(digits);
  const whole = (x: number) => Math.round(x).toLocaleString('en-US');
  const first = batches[0]!;
  const last = batches[batches.length - 1]!;
  return `## One hot mission row on the DynamoDB adapter

Generated by \`SITREP_BENCH_HOT_STORE=dynalite npm run bench:hot-row\` (bench/hot-row.ts) on ${new Date().toISOString().slice(0, 10)}.
The same ${whole(BATCHES * BATCH)} articles into an embedded pipeline on dynalite: the DynamoDB adapter the projector Lambda
runs, mission summaries packed per row and spilled to child items past 6 KB (shared/adapters/aws/summary-items.ts).
"Reads / event": every item the store read (GetItem, Query, BatchGetItem; projection and pipeline) per projected
event of the batch. "Largest item": scanned from the read-model tables (facts with summaries, rows) after the
last batch.

| Articles held before | Events | Seconds | ms / article | Reads / event | Largest item (bytes, table) |
| ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}

Last batch / first batch: **${fixed(perEvent(last) / perEvent(first), 2)}×** reads per event,
**${fixed(msPerArticle(last) / msPerArticle(first), 2)}×** time per article (the bound is 2×); largest item
**${whole(maxItem)} bytes** (${fixed((100 * maxItem) / DYNAMODB_ITEM_LIMIT_BYTES)} % of DynamoDB's limit).
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const md = process.env['SITREP_BENCH_HOT_MD'] ?? fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
  const batches = await runHotRowBench(md);
  const section = STORE === 'sqlite' ? 'hot-row' : 'hot-row-dynamo';
  process.stdout.write(`${JSON.stringify(batches)}\nwrote the '${section}' section of BENCHMARKS.md\n`);
}
