/**
 * The ingest handler in process: SQS batches of S3 EventBridge events → the core → a real DynamoEventStore on
 * dynalite, with an in-memory bucket. Parsing errors and partial failures, logs and metrics.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { SQSEvent } from 'aws-lambda';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DynamoEventStore, ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import { createIngestHandler, parseIngestRecord } from '../../functions/lib/ingest.ts';
import { useDynalite } from '../integration/helpers/dynamo-servers.ts';
import { captureOutput, logsAt, metricsOf } from './helpers/capture.ts';
import { s3Event, sqsRecord } from './helpers/events.ts';
import { MemoryObjectStore } from './helpers/memory-objects.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const BUCKET = 'articles';
const ARTICLE = readFileSync(new URL('../../examples/deployment.txt', import.meta.url));

const dynamo = useDynalite();
let tables = 0;

async function setup(opts: { maxBytes?: number } = {}) {
  const tableName = `ingest_${++tables}`;
  await ensureEventStoreTable(dynamo.client, tableName);
  const store = new DynamoEventStore({ doc: dynamo.doc, tableName });
  const objects = new MemoryObjectStore();
  const handler = createIngestHandler({
    objects,
    store,
    ...opts,
    logger: new Logger({ serviceName: 'sitrep-ingest' }),
    metrics: new Metrics({ namespace: 'Sitrep', serviceName: 'sitrep-ingest' }),
  });
  return { store, objects, handler };
}

const batch = (...records: SQSEvent['Records']): SQSEvent => ({ Records: records });

describe('parseIngestRecord', () => {
  it('reads the object change from an SQS message carrying an S3 EventBridge event', () => {
    const record = sqsRecord(
      s3Event('Object Created', { bucket: BUCKET, key: 'a b/é.txt', etag: 'e1', sequencer: '01' }),
    );
    expect(parseIngestRecord(record)).toEqual({
      change: { kind: 'created', notice: { bucket: BUCKET, key: 'a b/é.txt', etag: 'e1', sequencer: '01' } },
    });
  });

  it('says why a record is unusable', () => {
    expect(parseIngestRecord(sqsRecord('not json'))).toEqual({ error: 'message body is not JSON' });
    expect(parseIngestRecord({ messageId: 'm' })).toMatchObject({
      error: expect.stringMatching(/^not an SQS record: /),
    });
    expect(parseIngestRecord(sqsRecord({ hello: 'world' }))).toMatchObject({
      error: expect.stringMatching(/^message body is not an EventBridge event: /),
    });
    const ec2 = { ...s3Event('Object Created', { bucket: BUCKET, key: 'k' }), source: 'aws.ec2' };
    expect(parseIngestRecord(sqsRecord(ec2))).toMatchObject({
      error: expect.stringMatching(/^not an S3 object event: source/),
    });
  });
});

describe('ingest handler', () => {
  it('ingests good records and reports every unusable one by messageId (logged as errors)', async () => {
    const { store, objects, handler } = await setup();
    const { etag } = await objects.put(BUCKET, 'news/deployment.txt', ARTICLE, {
      metadata: { published: '2025-03-04' },
    });
    const good = sqsRecord(
      s3Event('Object Created', { bucket: BUCKET, key: 'news/deployment.txt', etag, sequencer: '0A' }),
    );
    const notJson = sqsRecord('{oops');
    const notS3 = sqsRecord({ ...s3Event('Object Created', { bucket: BUCKET, key: 'x' }), source: 'aws.ec2' });
    const noBody = { ...sqsRecord('x'), body: undefined } as unknown as SQSEvent['Records'][number];

    const { result, lines } = await captureOutput(() => handler(batch(good, notJson, notS3, noBody)));

    expect(result?.batchItemFailures).toEqual([
      { itemIdentifier: notJson.messageId },
      { itemIdentifier: notS3.messageId },
      { itemIdentifier: noBody.messageId },
    ]);
    const [commit] = await store.readStream('news/deployment.txt');
    expect(commit?.events.some((e) => e.type === 'DeploymentAnnounced')).toBe(true);
    expect(commit?.events.at(-1)).toMatchObject({ type: 'ArticleProcessed', status: 'processed' });

    const errors = logsAt(lines, 'ERROR');
    expect(errors.map((e) => e['messageId'])).toEqual([notJson.messageId, notS3.messageId, noBody.messageId]);
    expect(errors[1]).toMatchObject({
      service: 'sitrep-ingest',
      reason: expect.stringContaining('not an S3 object event'),
    });
    expect(logsAt(lines, 'INFO')).toContainEqual(
      expect.objectContaining({ key: 'news/deployment.txt', outcome: 'appended', messageId: good.messageId }),
    );
    const metrics = metricsOf(lines);
    expect(metrics.get('ArticlesProcessed')).toBe(1);
    expect(metrics.get('ArticlesFailed')).toBe(3);
    expect(metrics.get('EventsExtracted[EventType=DeploymentAnnounced]')).toBeGreaterThanOrEqual(1);
  });

  it('is idempotent on (key, version): a redelivered notice appends nothing', async () => {
    const { store, objects, handler } = await setup();
    const { etag } = await objects.put(BUCKET, 'a.txt', ARTICLE);
    const event = s3Event('Object Created', { bucket: BUCKET, key: 'a.txt', etag, sequencer: '01' });
    await captureOutput(() => handler(batch(sqsRecord(event))));
    const { result, lines } = await captureOutput(() => handler(batch(sqsRecord(event), sqsRecord(event))));
    expect(result?.batchItemFailures).toEqual([]);
    expect(await store.readStream('a.txt')).toHaveLength(1);
    expect(logsAt(lines, 'INFO').map((l) => l['outcome'])).toEqual(['duplicate', 'duplicate']);
    expect(metricsOf(lines).get('ArticlesProcessed')).toBe(0);
  });

  it('retracts a deleted object', async () => {
    const { store, objects, handler } = await setup();
    const { etag } = await objects.put(BUCKET, 'a.txt', ARTICLE);
    await captureOutput(() =>
      handler(batch(sqsRecord(s3Event('Object Created', { bucket: BUCKET, key: 'a.txt', etag, sequencer: '01' })))),
    );
    await objects.delete(BUCKET, 'a.txt');
    const { result, lines } = await captureOutput(() =>
      handler(batch(sqsRecord(s3Event('Object Deleted', { bucket: BUCKET, key: 'a.txt', sequencer: '02' })))),
    );
    expect(result?.batchItemFailures).toEqual([]);
    const commits = await store.readStream('a.txt');
    expect(commits.at(-1)?.events).toEqual([expect.objectContaining({ type: 'ArticleDeleted' })]);
    expect(logsAt(lines, 'INFO')[0]).toMatchObject({ change: 'deleted', outcome: 'appended', retracted: 1 });
  });

  it('leaves the live article in place when a lifecycle rule expires an older version', async () => {
    const { store, objects, handler } = await setup();
    const { etag } = await objects.put(BUCKET, 'a.txt', ARTICLE);
    await captureOutput(() =>
      handler(batch(sqsRecord(s3Event('Object Created', { bucket: BUCKET, key: 'a.txt', etag, sequencer: '01' })))),
    );
    const expiry = s3Event(
      'Object Deleted',
      { bucket: BUCKET, key: 'a.txt', versionId: 'an-older-version', sequencer: '02' },
      { reason: 'Lifecycle Expiration', type: 'Permanently Deleted' },
    );
    const { result, lines } = await captureOutput(() => handler(batch(sqsRecord(expiry))));
    expect(result?.batchItemFailures).toEqual([]);
    expect(await store.readStream('a.txt')).toHaveLength(1);
    expect(logsAt(lines, 'INFO')[0]).toMatchObject({ change: 'deleted', outcome: 'noncurrent' });
  });

  it('reports a record whose ingestion throws (e.g. S3 unavailable) and carries on with the others', async () => {
    const { objects, handler } = await setup();
    const { etag } = await objects.put(BUCKET, 'a.txt', ARTICLE);
    const failing = sqsRecord(s3Event('Object Created', { bucket: BUCKET, key: 'a.txt', etag }));
    const fine = sqsRecord(s3Event('Object Created', { bucket: BUCKET, key: 'a.txt', etag }));
    objects.failNext = Object.assign(new Error('Service Unavailable'), { name: 'ServiceUnavailable' });
    const { result, lines } = await captureOutput(() => handler(batch(failing, fine)));
    expect(result?.batchItemFailures).toEqual([{ itemIdentifier: failing.messageId }]);
    expect(logsAt(lines, 'ERROR')[0]).toMatchObject({
      messageId: failing.messageId,
      key: 'a.txt',
      error: 'Service Unavailable',
      errorName: 'ServiceUnavailable',
    });
  });

  it('records an article over MAX_ARTICLE_BYTES as failed (TOO_LARGE) without failing the message', async () => {
    const { store, objects, handler } = await setup({ maxBytes: 100 });
    const { etag } = await objects.put(BUCKET, 'big.txt', ARTICLE);
    const { result, lines } = await captureOutput(() =>
      handler(batch(sqsRecord(s3Event('Object Created', { bucket: BUCKET, key: 'big.txt', etag })))),
    );
    expect(result?.batchItemFailures).toEqual([]);
    const [commit] = await store.readStream('big.txt');
    expect(commit?.events).toEqual([
      expect.objectContaining({
        type: 'ArticleProcessed',
        status: 'failed',
        error: expect.objectContaining({ code: 'TOO_LARGE' }),
      }),
    ]);
    expect(metricsOf(lines).get('ArticlesFailed')).toBe(1);
  });

  it('an object gone before its notice is handled is skipped (its deletion notice retracts it)', async () => {
    const { handler } = await setup();
    const { result, lines } = await captureOutput(() =>
      handler(batch(sqsRecord(s3Event('Object Created', { bucket: BUCKET, key: 'gone.txt', etag: 'x' })))),
    );
    expect(result?.batchItemFailures).toEqual([]);
    expect(logsAt(lines, 'INFO')[0]).toMatchObject({ key: 'gone.txt', outcome: 'missing' });
  });

  it('rejects the whole batch when it is not an SQS event or a record has no messageId', async () => {
    const { handler } = await setup();
    const notSqs = await captureOutput(() => handler({} as SQSEvent));
    expect(notSqs.error).toBeInstanceOf(Error);
    expect((notSqs.error as Error).message).toBe('not an SQS event: no Records array');
    const anonymous = { ...sqsRecord('x'), messageId: '' };
    const noId = await captureOutput(() => handler(batch(sqsRecord('y'), anonymous)));
    expect((noId.error as Error).message).toMatch(/SQS record 1 has no messageId/);
    expect(logsAt(noId.lines, 'ERROR')).toHaveLength(1);
  });
});
