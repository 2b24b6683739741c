/**
 * Smoke tests of the Lambda bundles exactly as the stack builds them (functions/bundle.ts), each run in a fresh
 * process of the Lambda runtime's Node major (tools/node24, installed by `npm run node24`) against emulators started
 * here: dynalite (DynamoDB), s3rver (S3) and a tiny HTTP endpoint that speaks PutEvents (there is no EventBridge
 * emulator). The SDK finds them through AWS_ENDPOINT_URL_DYNAMODB / _S3 / _EVENTBRIDGE, as it would any endpoint.
 * `@aws-sdk/*` stays external, as on Lambda: it is linked next to the bundles (provideRuntimeSdk).
 * Sizes, external imports and the equality with the CDK build: tests/functions/bundle-options.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand, GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBRecord, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import { DynamoEventStore, eventStoreTableSpec } from '../../shared/adapters/aws/event-store.ts';
import { createS3Client } from '../../shared/adapters/aws/object-store.ts';
import { DynamoReadModelStore } from '../../shared/adapters/aws/read-model-store.ts';
import { createReadModelTables, readModelTables } from '../../shared/adapters/aws/read-model-tables.ts';
import { parseArticleBytes } from '../../shared/articles/index.ts';
import type { BusEntry, LogEvent } from '../../shared/events/envelope.ts';
import { extractEvents } from '../../shared/extract/index.ts';
import { buildBundles, provideRuntimeSdk, type BuiltBundle } from '../../functions/bundle.ts';
import { startDynalite, type DynamoServer } from '../integration/helpers/dynamo-servers.ts';
import { startS3rver, type StartedS3rver } from '../integration/helpers/s3-server.ts';
import { logsAt, metricsOf, parseJsonLines, type JsonLine } from './helpers/capture.ts';
import { envelopeOfEntry, REGION, s3Event, sitrepEnvelope, sqsRecord, streamRecord } from './helpers/events.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const NODE24 = fileURLToPath(new URL('../../tools/node24/node_modules/node/bin/node', import.meta.url));
const INVOKE = fileURLToPath(new URL('./helpers/invoke-bundle.mjs', import.meta.url));
const ARTICLE = fileURLToPath(new URL('../../examples/deployment.txt', import.meta.url));
const SKIP = existsSync(NODE24)
  ? undefined
  : `Node 24 is not installed at tools/node24 (run \`npm run node24\`): bundle smoke tests skipped`;
if (SKIP) console.warn(SKIP);

const BUCKET = 'articles';
const EVENTS_TABLE = 'sitrep-events';
const EVENT_BUS_NAME = 'sitrep-bus';
const TABLES = readModelTables('sitrep-');

interface Invocation {
  node: string;
  ok: boolean;
  result?: unknown;
  phase?: 'init' | 'invoke';
  error?: { name: string; message: string };
  lines: JsonLine[];
}

let outDir: string;
let bundles: Map<string, BuiltBundle>;
let dynamo: DynamoServer;
let s3server: StartedS3rver;
let client: DynamoDBClient;
let s3: S3Client;
let store: DynamoEventStore;
let eventBridge: Server;
let eventBridgeEndpoint: string;
/** Every PutEvents request the fake endpoint received: its X-Amz-Target and entries. */
const putEvents: Array<{ target: string | undefined; entries: BusEntry[] }> = [];

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A PutEvents endpoint (AWS JSON 1.1) that accepts every entry. */
async function startFakeEventBridge(): Promise<void> {
  eventBridge = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as { Entries: BusEntry[] };
    putEvents.push({ target: req.headers['x-amz-target'] as string | undefined, entries: body.Entries });
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(
      JSON.stringify({
        FailedEntryCount: 0,
        Entries: body.Entries.map((_, i) => ({ EventId: `evt-${putEvents.length}-${i}` })),
      }),
    );
  });
  await new Promise<void>((resolve) => eventBridge.listen(0, '127.0.0.1', () => resolve()));
  eventBridgeEndpoint = `http://127.0.0.1:${(eventBridge.address() as AddressInfo).port}`;
}

/** The environment of the Lambda functions, pointed at the emulators (and nothing inherited but PATH). */
function lambdaEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    AWS_REGION: REGION,
    AWS_ACCESS_KEY_ID: 'S3RVER', // s3rver checks signatures against this pair; dynalite takes any
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_S3: s3server.endpoint,
    AWS_ENDPOINT_URL_EVENTBRIDGE: eventBridgeEndpoint,
    EVENTS_TABLE,
    EVENT_BUS_NAME,
    READ_MODEL_TABLES: JSON.stringify(TABLES),
  };
}

/** Imports a bundle in a fresh Node 24 process and calls its handler once with `event`. */
async function invoke(name: string, event: unknown, env: Record<string, string> = lambdaEnv()): Promise<Invocation> {
  const dir = await mkdtemp(join(outDir, `call-${name}-`));
  const eventFile = join(dir, 'event.json');
  const resultFile = join(dir, 'result.json');
  await writeFile(eventFile, JSON.stringify(event ?? {}));
  const child = spawn(NODE24, [INVOKE, bundles.get(name)!.file, eventFile, resultFile], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not finish within 30 s:\n${output}`));
    }, 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  let outcome: Omit<Invocation, 'lines'>;
  try {
    outcome = JSON.parse(await readFile(resultFile, 'utf8')) as Omit<Invocation, 'lines'>;
  } catch {
    throw new Error(`${name} wrote no result:\n${output}`);
  }
  return { ...outcome, lines: parseJsonLines(output) };
}

describe.skipIf(!!SKIP)('Lambda bundles on Node 24 against emulators', () => {
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'sitrep-bundles-'));
    const [built, dynamoServer, s3rver] = await Promise.all([
      buildBundles(outDir),
      startDynalite(),
      startS3rver({ bucket: BUCKET }),
      startFakeEventBridge(),
    ]);
    bundles = new Map(built.map((b) => [b.name, b]));
    dynamo = dynamoServer;
    s3server = s3rver;
    await provideRuntimeSdk(outDir);
    ({ client } = createDynamoClients({ endpoint: dynamo.endpoint }));
    const { doc } = createDynamoClients({ endpoint: dynamo.endpoint });
    await client.send(new CreateTableCommand(eventStoreTableSpec(EVENTS_TABLE)));
    await createReadModelTables(client, 'sitrep-');
    store = new DynamoEventStore({ doc, tableName: EVENTS_TABLE });
    s3 = createS3Client({ endpoint: s3server.endpoint });
  });

  afterAll(async () => {
    s3?.destroy();
    client?.destroy();
    await Promise.all([
      dynamo?.stop(),
      s3server?.stop(),
      eventBridge && new Promise<void>((resolve) => eventBridge.close(() => resolve())),
    ]);
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('fails at init with a one-line error naming a missing variable', async () => {
    const { EVENTS_TABLE: _omitted, ...env } = lambdaEnv();
    const call = await invoke('ingest', { Records: [] }, env);
    expect(call).toMatchObject({
      ok: false,
      phase: 'init',
      error: { name: 'ConfigError', message: 'missing environment variable EVENTS_TABLE (the event store table name)' },
    });
  });

  describe('the pipeline, one function after another', () => {
    const key = 'news/deployment.txt';
    let insert: DynamoDBRecord;

    it('ingest: appends the commit of an uploaded article and reports the unusable record', async () => {
      const bytes = await readFile(ARTICLE);
      const put = await s3.send(
        new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes, Metadata: { published: '2025-03-04' } }),
      );
      const etag = put.ETag!.replace(/"/g, '');
      const good = sqsRecord(
        s3Event('Object Created', { bucket: BUCKET, key, etag, size: bytes.length, sequencer: '0067C6' }),
      );
      const bad = sqsRecord({ source: 'aws.ec2', 'detail-type': 'EC2 Instance State-change Notification' });
      const event: SQSEvent = { Records: [good, bad] };

      const call = await invoke('ingest', event);

      expect(call.node).toMatch(/^v24\./);
      expect(call).toMatchObject({ ok: true, result: { batchItemFailures: [{ itemIdentifier: bad.messageId }] } });
      const [commit, ...more] = await store.readStream(key);
      expect(more).toEqual([]);
      // The bundled extractor finds exactly what the source extractor finds.
      const [parsed] = parseArticleBytes(bytes, key, { published: '2025-03-04' });
      const expected = 'article' in parsed! ? extractEvents(parsed.article) : [];
      expect(expected.length).toBeGreaterThan(0);
      // …including the coordinates it reads from the GeoNames extract shipped beside the bundle.
      expect(expected.some((e) => 'location' in e && e.location.lat !== undefined)).toBe(true);
      expect(commit!.events.filter((e) => e.type !== 'ArticleProcessed')).toEqual(expected);
      expect(logsAt(call.lines, 'ERROR')).toEqual([
        expect.objectContaining({ service: 'sitrep-ingest', messageId: bad.messageId, function_name: 'sitrep-ingest' }),
      ]);
      expect(logsAt(call.lines, 'INFO')).toContainEqual(expect.objectContaining({ key, outcome: 'appended' }));
      const metrics = metricsOf(call.lines);
      expect(metrics.get('ArticlesProcessed')).toBe(1);
      expect(metrics.get('ArticlesFailed')).toBe(1);
      expect(metrics.get('EventsExtracted[EventType=DeploymentAnnounced]')).toBe(
        expected.filter((e) => e.type === 'DeploymentAnnounced').length,
      );

      // The INSERT record DynamoDB Streams emits for it: the real item, as the low-level API returns it.
      const item = await client.send(
        new GetItemCommand({
          TableName: EVENTS_TABLE,
          Key: { stream: { S: key }, version: { N: '1' } },
          ConsistentRead: true,
        }),
      );
      insert = streamRecord('INSERT', item.Item, { stream: { S: key }, version: { N: '1' } });
    });

    it('publish: puts the commit’s events on the bus and clears its outbox mark', async () => {
      const [commit] = await store.readStream(key);
      const call = await invoke('publish', { Records: [insert] });
      expect(call).toMatchObject({ ok: true, result: { batchItemFailures: [] } });
      expect(putEvents.map((p) => p.target)).toEqual(['AWSEvents.PutEvents']);
      const entries = putEvents.flatMap((p) => p.entries);
      expect(entries.map((e) => JSON.parse(e.Detail).id)).toEqual(commit!.events.map((e) => e.id));
      expect(entries.every((e) => e.Source === 'sitrep' && e.EventBusName === EVENT_BUS_NAME)).toBe(true);
      expect(await store.pending(10)).toEqual([]);
      expect(metricsOf(call.lines).get('EventsPublished')).toBe(commit!.events.length);
    });

    it('project: turns a batch of delivered events (SQS records from the project queue) into read-model rows', async () => {
      const entries = putEvents.flatMap((p) => p.entries);
      const call = await invoke('project', {
        Records: entries.map((entry, i) => sqsRecord(envelopeOfEntry(entry), `m${i}`)),
      });
      expect(call).toMatchObject({ ok: true, result: { batchItemFailures: [] } });
      expect(metricsOf(call.lines).get('ProjectionsApplied')).toBe(entries.length);
      const readModels = new DynamoReadModelStore(client, { tables: TABLES });
      const timeline = await readModels.query('timeline');
      const domain = entries.map((e) => JSON.parse(e.Detail) as LogEvent).filter((e) => e.type !== 'ArticleProcessed');
      expect(timeline.map((r) => r['id']).sort()).toEqual(domain.map((e) => e.id).sort());
      expect(await readModels.query('articles')).toEqual([expect.objectContaining({ key, status: 'processed' })]);
      expect((await readModels.query('missions')).length).toBeGreaterThan(0);
    });

    it('project: reports a record that is not a Sitrep event as a batch item failure', async () => {
      const [commit] = await store.readStream(key);
      const call = await invoke('project', {
        Records: [sqsRecord({ ...sitrepEnvelope(commit!.events[0]!), source: 'aws.s3' }, 'foreign')],
      });
      expect(call).toMatchObject({ ok: true, result: { batchItemFailures: [{ itemIdentifier: 'foreign' }] } });
    });

    it('drain: publishes a commit the stream path missed (older than 5 minutes)', async () => {
      const [commit] = await store.readStream(key);
      const old = new DynamoEventStore({
        doc: createDynamoClients({ endpoint: dynamo.endpoint }).doc,
        tableName: EVENTS_TABLE,
        now: () => Date.now() - 10 * 60_000,
      });
      const missed = commit!.events.slice(0, 2);
      await old.append({
        stream: 'news/missed.txt',
        version: 1,
        ingestId: 'missed',
        part: 0,
        parts: 1,
        events: missed,
      });
      putEvents.length = 0;
      const call = await invoke('drain', { source: 'aws.events', 'detail-type': 'Scheduled Event' });
      expect(call).toMatchObject({ ok: true, result: { published: missed.length } });
      expect(putEvents.flatMap((p) => p.entries).map((e) => JSON.parse(e.Detail).id)).toEqual(missed.map((e) => e.id));
      expect(await store.pending(10)).toEqual([]);
    });
  });
});
