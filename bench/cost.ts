/**
 * `npm run cost`: the AWS cost per million articles, from an instrumented run of the dev corpus through the real
 * Lambda handlers (ingest, publish, project) and the DynamoDB, S3 and EventBridge adapters they use on AWS, on
 * dynalite and s3rver. Counting wrappers at the adapter and port level measure:
 * - DynamoDB read units (as the emulator reports them) and write units, table and indexes (dynamo-meter.ts);
 * - S3 PUTs (the uploads) and GETs (ingest reading each object) through the ObjectStore port;
 * - bus events (64 KB chunks of each PutEvents entry) and archived bytes through the EventBus port;
 * - Lambda invocations as the event sources batch them (SQS batches for ingest and project, stream batches for
 *   publish), their wall time × memory, and the bytes each writes to its log;
 * - SQS requests: the EventBridge rules' SendMessage per notice (ingest queue) and per event (project queue), and
 *   the pollers' ReceiveMessage and DeleteMessageBatch per batch.
 * It multiplies them by the price table (cost-prices.ts) and writes the figure and its inputs to BENCHMARKS.md
 * (section `cost`). Usage: npm run cost [-- --corpus DIR] [--no-write]
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../shared/adapters/aws/local-endpoint.ts';
import { DynamoEventStore, ensureEventStoreTable } from '../shared/adapters/aws/event-store.ts';
import { createS3Client, S3ObjectStore } from '../shared/adapters/aws/object-store.ts';
import { DynamoReadModelStore } from '../shared/adapters/aws/read-model-store.ts';
import { createReadModelTables, readModelTables } from '../shared/adapters/aws/read-model-tables.ts';
import type { BusEntry, PutEventsResult } from '../shared/events/envelope.ts';
import type { EventBus, ObjectStore } from '../shared/ports.ts';
import { createIngestHandler } from '../functions/lib/ingest.ts';
import { observability } from '../functions/lib/observability.ts';
import { createProjectQueueHandler } from '../functions/lib/project.ts';
import { createPublishHandler } from '../functions/lib/publish.ts';
import { PIPELINE_SIZING } from '../infra/aws/pipeline.ts';
import { startDynalite, startS3rver } from '../infra/local/servers.ts';
import { costPerMillionArticles, provisionedDynamoPerMillion, renderCostSection, type Usage } from './cost-model.ts';
import { PROVISIONED } from './cost-prices.ts';
import { writeSection } from './sections.ts';
import { meterDynamo } from './dynamo-meter.ts';
import { envelopeOfEntry, s3Event, sqsRecord, streamRecord } from '../tests/functions/helpers/events.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev');

const BUCKET = 'articles';
const TABLE_PREFIX = 'cost-';
/** EventBridge bills (and SQS carries) payloads in 64 KB chunks. */
const CHUNK_BYTES = 64 * 1024;
const MB_PER_GB = 1024;
const MS_PER_S = 1000;
/** SQS requests per ingest batch besides the sends: the poller's ReceiveMessage and DeleteMessageBatch. */
const SQS_REQUESTS_PER_BATCH = 2;
/**
 * Lambda's own lines per invocation (START, END and REPORT, ~100 bytes each, the REPORT line longer): a known
 * format rather than a measurement, since the handlers run in process here.
 */
const PLATFORM_LOG_BYTES_PER_INVOCATION = 330;

interface Corpus {
  dir: string;
  articles: Array<{ file: string; published?: string }>;
}

function readCorpus(dir: string): Corpus {
  const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; published?: string });
  return { dir, articles: gold.map((g) => ({ file: g.file, ...(g.published ? { published: g.published } : {}) })) };
}

/** The ObjectStore port with its requests counted. */
function countingObjects(inner: ObjectStore, counts: { puts: number; gets: number }): ObjectStore {
  return {
    get: async (...args: Parameters<ObjectStore['get']>) => (counts.gets++, inner.get(...args)),
    put: async (...args: Parameters<ObjectStore['put']>) => (counts.puts++, inner.put(...args)),
    delete: (...args: Parameters<ObjectStore['delete']>) => inner.delete(...args),
    list: (...args: Parameters<ObjectStore['list']>) => inner.list(...args),
  } as ObjectStore;
}

/** The EventBus port as EventBridge bills it; accepted entries are kept for the project function. */
class CountingBus implements EventBus {
  events = 0;
  archiveBytes = 0;
  delivered: BusEntry[] = [];
  async putEvents(entries: BusEntry[]): Promise<PutEventsResult> {
    for (const e of entries) {
      const bytes = Buffer.byteLength(JSON.stringify(e), 'utf8');
      this.events += Math.max(1, Math.ceil(bytes / CHUNK_BYTES));
      this.archiveBytes += bytes;
      this.delivered.push(e);
    }
    return { FailedEntryCount: 0, Entries: entries.map((_, i) => ({ EventId: `cost-${this.delivered.length}-${i}` })) };
  }
}

/** The bytes of the EventBridge envelope the rule sends to the project queue for a bus entry. */
function envelopeBytes(entry: BusEntry): number {
  return Buffer.byteLength(JSON.stringify(envelopeOfEntry(entry)), 'utf8');
}

/** Runs one Lambda invocation in process: its wall time and the bytes it writes to its log (stdout, stderr). */
async function invoke<T>(
  fn: () => Promise<T>,
  tally: { invocations: number; ms: number; logBytes: number },
): Promise<T> {
  const write = (chunk: string | Uint8Array) => {
    tally.logBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, 'utf8') : chunk.length;
    return true;
  };
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = write as typeof process.stdout.write;
  process.stderr.write = write as typeof process.stderr.write;
  const started = performance.now();
  try {
    return await fn();
  } finally {
    tally.ms += performance.now() - started;
    tally.invocations++;
    tally.logBytes += PLATFORM_LOG_BYTES_PER_INVOCATION;
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What the same DynamoDB units would cost on provisioned capacity (`-c billingMode=provisioned`; on demand by default). */
function provisionedNote(usage: Usage): string {
  const model = costPerMillionArticles(usage);
  const onDemand = model.lines.filter((l) => l.service === 'DynamoDB').reduce((n, l) => n + l.usdPerMillion, 0);
  const provisioned = provisionedDynamoPerMillion(usage);
  return (
    `On provisioned capacity instead of on demand (\`-c billingMode=provisioned\`, not the default; $${PROVISIONED.wcuHour} per WCU-hour, ` +
    `$${PROVISIONED.rcuHour} per RCU-hour, used at ${PROVISIONED.utilization * 100} % on average: a steady ingest ` +
    `under auto scaling), DynamoDB would cost $${provisioned.toFixed(2)} instead of $${onDemand.toFixed(2)} per ` +
    `million articles: $${(model.usdPerMillion - onDemand + provisioned).toFixed(2)} in all.`
  );
}

export async function measureCost(corpus: Corpus): Promise<{ usage: Usage; notes: string[] }> {
  const tmp = await mkdtemp(join(tmpdir(), 'sitrep-cost-'));
  const dynamo = await startDynalite(join(tmp, 'dynamo'));
  const s3rver = await startS3rver(join(tmp, 's3'), BUCKET);
  const config = { endpoint: dynamo.endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } };
  const raw = new DynamoDBClient(config);
  const client = new DynamoDBClient(config);
  const s3 = createS3Client({ endpoint: s3rver.endpoint });
  try {
    const eventsTable = `${TABLE_PREFIX}events`;
    await ensureEventStoreTable(raw, eventsTable);
    await createReadModelTables(raw, TABLE_PREFIX);
    const meter = meterDynamo(client, raw, eventsTable);
    const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    const store = new DynamoEventStore({ doc, tableName: eventsTable });
    const readModels = new DynamoReadModelStore(doc, { tables: readModelTables(TABLE_PREFIX) });
    const s3Counts = { puts: 0, gets: 0 };
    const objects = countingObjects(new S3ObjectStore({ client: s3 }), s3Counts);
    const bus = new CountingBus();
    const lambda = {
      ingest: { invocations: 0, ms: 0, logBytes: 0 },
      publish: { invocations: 0, ms: 0, logBytes: 0 },
      project: { invocations: 0, ms: 0, logBytes: 0 },
    };

    // Uploads, then their notices as the rule puts them on the ingest queue, in the event source's batches.
    const notices = [];
    for (const [i, a] of corpus.articles.entries()) {
      const bytes = readFileSync(join(corpus.dir, a.file));
      const { etag } = await objects.put(
        BUCKET,
        a.file,
        bytes,
        a.published ? { metadata: { published: a.published } } : {},
      );
      notices.push(
        s3Event('Object Created', { bucket: BUCKET, key: a.file, etag, sequencer: String(i + 1).padStart(8, '0') }),
      );
    }
    const ingest = createIngestHandler({ objects, store, ...observability('ingest') });
    const ingestBatches = batches(notices, PIPELINE_SIZING.ingest.batchSize);
    for (const batch of ingestBatches) {
      const event = { Records: batch.map((n) => sqsRecord(n)) };
      const res = await invoke(() => ingest(event), lambda.ingest);
      if (res.batchItemFailures.length)
        throw new Error(`cost run: ingest failed ${res.batchItemFailures.length} records`);
    }

    // The event store's stream (inserts), in the publish event source's batches.
    const publish = createPublishHandler({ bus, store, ...observability('publish') });
    const records = meter.streamInserts.map((image) =>
      streamRecord('INSERT', image, { stream: image['stream']!, version: image['version']! }),
    );
    for (const batch of batches(records, PIPELINE_SIZING.publish.batchSize)) {
      const res = await invoke(() => publish({ Records: batch }), lambda.publish);
      if (res.batchItemFailures.length) throw new Error('cost run: publish reported failures');
    }

    // The projector rule puts each event on the project queue; the function reads it in batches. Full batches, as
    // a steady flow of uploads fills them within the batching window (a trickle fills them less).
    const project = createProjectQueueHandler({ readModels, ...observability('project') });
    const projectBatches = batches(bus.delivered, PIPELINE_SIZING.project.batchSize);
    for (const batch of projectBatches) {
      const event = { Records: batch.map((entry) => sqsRecord(envelopeOfEntry(entry))) };
      const res = await invoke(() => project(event), lambda.project);
      if (res.batchItemFailures.length) throw new Error('cost run: project reported failures');
    }

    const gbSeconds = (t: { ms: number }, memoryMb: number) => (t.ms / MS_PER_S) * (memoryMb / MB_PER_GB);
    const usage: Usage = {
      articles: corpus.articles.length,
      dynamoWriteUnits: meter.writeUnits.table + meter.writeUnits.indexes,
      dynamoReadUnits: meter.readUnits,
      sqsRequests:
        notices.length +
        ingestBatches.length * SQS_REQUESTS_PER_BATCH +
        bus.delivered.reduce((n, e) => n + Math.max(1, Math.ceil(envelopeBytes(e) / CHUNK_BYTES)), 0) +
        projectBatches.length * SQS_REQUESTS_PER_BATCH,
      lambdaInvocations: lambda.ingest.invocations + lambda.publish.invocations + lambda.project.invocations,
      lambdaGbSeconds:
        gbSeconds(lambda.ingest, PIPELINE_SIZING.ingest.memoryMb) +
        gbSeconds(lambda.publish, PIPELINE_SIZING.publish.memoryMb) +
        gbSeconds(lambda.project, PIPELINE_SIZING.project.memoryMb),
      busEvents: bus.events,
      archiveBytes: bus.archiveBytes,
      logBytes: lambda.ingest.logBytes + lambda.publish.logBytes + lambda.project.logBytes,
      s3Puts: s3Counts.puts,
      s3Gets: s3Counts.gets,
    };
    const per = (n: number) => (n / corpus.articles.length).toFixed(1);
    const breakdown = (by: typeof meter.writeUnitsBy) =>
      [...by]
        .sort(([, a], [, b]) => b.units - a.units)
        .map(
          ([where, { units, byOp }]) =>
            `${where.replace(TABLE_PREFIX, '')} ${per(units)} (${[...byOp]
              .map(([op, n]) => `${op.replace('Command', '')} ${per(n)}`)
              .join(', ')})`,
        )
        .join('; ');
    const notes = [
      `DynamoDB write units per article: ${per(meter.writeUnits.table)} to tables, ${per(meter.writeUnits.indexes)} to indexes; ` +
        `${per(meter.readUnits)} read units (calls: ${[...meter.calls].map(([op, n]) => `${op.replace(/Command$/, '')} ${n}`).join(', ')}).`,
      `DynamoDB write units per article by table or index (and operation): ${breakdown(meter.writeUnitsBy)}.`,
      `DynamoDB read units per article by table: ${breakdown(meter.readUnitsBy)}.`,
      `Lambda per article: ${per(lambda.ingest.invocations)} ingest (batches of ${PIPELINE_SIZING.ingest.batchSize}), ` +
        `${per(lambda.publish.invocations)} publish (stream batches of up to ${PIPELINE_SIZING.publish.batchSize}), ` +
        `${per(lambda.project.invocations)} project (SQS batches of up to ${PIPELINE_SIZING.project.batchSize} events, ` +
        `${per(bus.delivered.length)} events per article; a trickle of uploads fills batches less, which costs more ` +
        `invocations and row rewrites); durations measured in process against the emulators (${(lambda.ingest.ms / lambda.ingest.invocations).toFixed(0)} ms per ingest batch).`,
      provisionedNote(usage),
      `Not per article, so not included: storage (S3, DynamoDB, the archive, logs), the drain's schedule (8,640 runs a month), ` +
        `alarms and custom metrics, the Lambda SQS poller's empty receives, and free tiers. AWS service events (S3 → default bus) are free.`,
    ];
    return { usage, notes };
  } finally {
    raw.destroy();
    client.destroy();
    s3.destroy();
    await s3rver.server.close();
    await dynamo.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { corpus: { type: 'string', default: DEFAULT_CORPUS }, 'no-write': { type: 'boolean', default: false } },
  });
  const corpus = readCorpus(resolve(values.corpus));
  const { usage, notes } = await measureCost(corpus);
  const model = costPerMillionArticles(usage);
  const section = renderCostSection(model, { corpus: '../shared/corpus/dev', articles: usage.articles, notes });
  process.stdout.write(`${section}\n`);
  if (values['no-write']) return;
  const file = join(ROOT, 'BENCHMARKS.md');
  writeSection(file, 'cost', `## Cost per million articles on AWS (npm run cost)\n\n${section}`);
  process.stdout.write(`wrote the cost section of ${file}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `npm run cost: error ${(err as { code?: string }).code ?? 'FAILED'}: ${(err as Error).message}\n`,
    );
    process.exit(1);
  });
}
