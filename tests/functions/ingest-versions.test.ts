/**
 * Issue 11's done-when, through the ingest handler as Lambda runs it: SQS batches of S3 EventBridge events shaped as
 * S3 sends them from a versioned bucket (version ids, ETags, sequencers, `reason` and `deletion-type`), a versioned
 * bucket, and the real DynamoEventStore on dynalite. What is published is what the outbox holds: a commit appended
 * is marked pending; nothing appended means nothing published.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { DynamoEventStore, ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import { createIngestHandler } from '../../functions/lib/ingest.ts';
import { useDynalite } from '../integration/helpers/dynamo-servers.ts';
import { InMemoryVersionedBucket } from '../support/in-memory-stores.ts';
import { captureOutput, logsAt } from './helpers/capture.ts';
import { s3Event, sqsRecord } from './helpers/events.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const BUCKET = 'articles';
const KEY = 'news/mali.txt';
const STORY =
  'PARIS, March 2 (Wire) - France began withdrawing its troops from Mali on Wednesday, the armed forces ministry said.';
/** A corrected story (it differs from the start: the in-memory bucket's ETag reads the first bytes). */
const REVISED = `UPDATED: ${STORY.replace('Wednesday', 'Thursday')}`;
const PUBLISHED = { published: '2023-03-03' };

const dynamo = useDynalite();
let tables = 0;

async function given() {
  const tableName = `versions_${++tables}`;
  await ensureEventStoreTable(dynamo.client, tableName);
  const store = new DynamoEventStore({ doc: dynamo.doc, tableName });
  const objects = new InMemoryVersionedBucket();
  const handler = createIngestHandler({
    objects,
    store,
    logger: new Logger({ serviceName: 'sitrep-ingest' }),
    metrics: new Metrics({ namespace: 'Sitrep', serviceName: 'sitrep-ingest' }),
  });
  const deliver = async (event: unknown) => {
    const { result, lines } = await captureOutput(() => handler({ Records: [sqsRecord(event)] } as SQSEvent));
    expect(result?.batchItemFailures).toEqual([]);
    return logsAt(lines, 'INFO')[0];
  };
  const upload = async (text: string, sequencer: string) => {
    const put = await objects.put(BUCKET, KEY, Buffer.from(text), { metadata: PUBLISHED });
    const log = await deliver(
      s3Event('Object Created', { bucket: BUCKET, key: KEY, etag: put.etag, versionId: put.versionId, sequencer }),
    );
    return { ...put, log };
  };
  /** The domain events of the key's live article: those of its latest ArticleProcessed record. */
  const liveEvents = async () => {
    const history = await store.readStream(KEY);
    const records = history
      .flatMap((c) => c.events)
      .filter((e) => e.type === 'ArticleProcessed' || e.type === 'ArticleDeleted');
    const latest = records.at(-1);
    return latest?.type === 'ArticleProcessed' ? latest.eventIds : [];
  };
  return { store, objects, deliver, upload, liveEvents };
}

describe('ingest handler on a versioned bucket', () => {
  it('given two versions, when a lifecycle rule expires the old one, then the current article keeps its events and nothing is published', async () => {
    const { store, objects, deliver, upload, liveEvents } = await given();
    const old = await upload(STORY, '0001');
    expect((await upload(REVISED, '0002')).log).toMatchObject({ outcome: 'appended' });
    const live = await liveEvents();
    expect(live.length).toBeGreaterThan(0);
    const commits = (await store.readStream(KEY)).length;
    for (const c of await store.pending(100)) await store.markPublished(c.stream, c.version);

    objects.removeVersion(KEY, old.versionId);
    const log = await deliver(
      s3Event(
        'Object Deleted',
        { bucket: BUCKET, key: KEY, versionId: old.versionId, sequencer: '0003' },
        { reason: 'Lifecycle Expiration', type: 'Permanently Deleted' },
      ),
    );
    expect(log).toMatchObject({ change: 'deleted', outcome: 'noncurrent' });
    expect(await store.readStream(KEY)).toHaveLength(commits);
    expect(await liveEvents()).toEqual(live);
    expect(await store.pending(100)).toEqual([]);
  });

  it('given an ingested article, when the same bytes and metadata are uploaded again (a new version id), then nothing is appended or published', async () => {
    const { store, upload } = await given();
    const first = await upload(STORY, '0001');
    expect(first.log).toMatchObject({ outcome: 'appended' });
    const history = await store.readStream(KEY);
    for (const c of await store.pending(100)) await store.markPublished(c.stream, c.version);

    const again = await upload(STORY, '0002');
    expect(again.versionId).not.toBe(first.versionId);
    expect(again.etag).toBe(first.etag);
    expect(again.log).toMatchObject({ outcome: 'duplicate' });
    expect(await store.readStream(KEY)).toEqual(history);
    expect(await store.pending(100)).toEqual([]);
  });
});
