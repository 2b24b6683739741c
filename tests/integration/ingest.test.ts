/**
 * The ingest core through the real adapters: objects in s3rver, commits in dynalite, both reached with the AWS SDK.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import { DynamoEventStore, ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import { createS3Client, S3ObjectStore } from '../../shared/adapters/aws/object-store.ts';
import type { ArticleRecord } from '../../shared/events/article-records.ts';
import { deleteObject, ingestObject } from '../../shared/pipeline/ingest.ts';
import { compareSequencers } from '../../shared/pipeline/sequencer.ts';
import { startDynalite, type DynamoServer } from './helpers/dynamo-servers.ts';
import { startS3rver, type StartedS3rver } from './helpers/s3-server.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

const BUCKET = 'articles';
const ARTICLE = (body: string) => `Germany to send troops to Lithuania\n\nBERLIN, March 3 (Wire) - ${body}\n`;

let dynamo: DynamoServer;
let s3: StartedS3rver;
let store: DynamoEventStore;
let objects: S3ObjectStore;
let tableNo = 0;

beforeAll(async () => {
  [dynamo, s3] = await Promise.all([startDynalite(), startS3rver({ bucket: BUCKET })]);
  objects = new S3ObjectStore(createS3Client({ endpoint: s3.endpoint }));
});
afterAll(async () => {
  await Promise.all([dynamo?.stop(), s3?.stop()]);
});

async function freshStore(): Promise<DynamoEventStore> {
  const { client, doc } = createDynamoClients({ endpoint: dynamo.endpoint });
  const tableName = `events-${++tableNo}`;
  await ensureEventStoreTable(client, tableName);
  return new DynamoEventStore({ doc, tableName });
}

const records = async (key: string): Promise<ArticleRecord[]> =>
  (await store.readStream(key)).flatMap((c) =>
    c.events.filter((e): e is ArticleRecord => e.type.startsWith('Article')),
  );

describe('ingestObject', () => {
  beforeAll(async () => {
    store = await freshStore();
  });

  it('appends the events of an article and its ArticleProcessed record, with publication date from metadata', async () => {
    await objects.put(
      BUCKET,
      'de-lt.txt',
      Buffer.from(ARTICLE('Germany will send 500 soldiers to Lithuania, the ministry said on Tuesday.')),
      {
        metadata: { published: '2023-03-03' },
      },
    );
    const out = await ingestObject({ objects, store }, { bucket: BUCKET, key: 'de-lt.txt', sequencer: '0A' });
    expect(out).toMatchObject({ status: 'appended', articles: 1, failed: 0 });
    const [commit] = await store.readStream('de-lt.txt');
    const event = commit!.events.find((e) => e.type === 'DeploymentAnnounced');
    expect(event).toMatchObject({
      actor: { name: 'Germany' },
      location: { name: 'Lithuania' },
      personnel: 500,
      occurredOn: '2023-02-28',
    });
    const [record] = await records('de-lt.txt');
    expect(record).toMatchObject({ type: 'ArticleProcessed', status: 'processed', revision: 1, eventIds: [event!.id] });
  });

  it('stores nothing new when the same object version is delivered again', async () => {
    const before = await store.readStream('de-lt.txt');
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'de-lt.txt', sequencer: '0A' })).toEqual({
      status: 'duplicate',
    });
    expect(await store.readStream('de-lt.txt')).toEqual(before);
  });

  it('replaces the article on re-upload and drops a notice that arrives after a newer one', async () => {
    await objects.put(
      BUCKET,
      'de-lt.txt',
      Buffer.from(ARTICLE('Germany will send 800 soldiers to Lithuania, the ministry said.')),
      {
        metadata: { published: '2023-03-03' },
      },
    );
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'de-lt.txt', sequencer: '0C' })).toMatchObject(
      { status: 'appended' },
    );
    // The notice of an older change (sequencer 0B < 0C) arrives late: nothing happens.
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'de-lt.txt', sequencer: '0B' })).toEqual({
      status: 'stale',
    });
    const all = await records('de-lt.txt');
    expect(all.map((r) => r.revision)).toEqual([1, 2]);
    expect(all[1]).toMatchObject({ type: 'ArticleProcessed', status: 'processed' });
  });

  it('records a failed article with its error and no events', async () => {
    await objects.put(BUCKET, 'broken.json', Buffer.from('{"title": '));
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'broken.json' })).toMatchObject({
      status: 'appended',
      failed: 1,
    });
    const [record] = await records('broken.json');
    expect(record).toMatchObject({ status: 'failed', eventIds: [], error: { code: 'BAD_JSON' } });
  });

  it('retracts the articles of a deleted object, once', async () => {
    await objects.delete(BUCKET, 'de-lt.txt');
    expect(await deleteObject({ store }, { bucket: BUCKET, key: 'de-lt.txt', sequencer: '0D' })).toMatchObject({
      status: 'appended',
      retracted: 1,
    });
    expect(await deleteObject({ store }, { bucket: BUCKET, key: 'de-lt.txt', sequencer: '0D' })).toMatchObject({
      status: 'duplicate',
    });
    const last = (await records('de-lt.txt')).at(-1);
    expect(last).toMatchObject({ type: 'ArticleDeleted', revision: 3, article: { key: 'de-lt.txt' } });
  });

  it('reports a missing object (deleted before its created notice was handled)', async () => {
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'never-there.txt' })).toEqual({
      status: 'missing',
    });
  });

  it('retracts JSONL articles whose lines disappear in a new version', async () => {
    const line = (title: string, text: string) => JSON.stringify({ title, text, publishedAt: '2023-06-14' });
    await objects.put(
      BUCKET,
      'feed.jsonl',
      Buffer.from(
        [line('A', 'France began withdrawing its troops from Niger on Monday.'), line('B', 'Nothing happened.')].join(
          '\n',
        ),
      ),
    );
    await ingestObject({ objects, store }, { bucket: BUCKET, key: 'feed.jsonl', sequencer: '01' });
    await objects.put(
      BUCKET,
      'feed.jsonl',
      Buffer.from(line('A', 'France began withdrawing its troops from Niger on Monday.')),
    );
    await ingestObject({ objects, store }, { bucket: BUCKET, key: 'feed.jsonl', sequencer: '02' });
    const last = (await store.readStream('feed.jsonl')).at(-1)!;
    const kinds = last.events
      .filter((e) => e.type.startsWith('Article'))
      .map((e) => `${e.type}:${(e as ArticleRecord).article.key}`);
    expect(kinds).toEqual(['ArticleProcessed:feed.jsonl#1', 'ArticleDeleted:feed.jsonl#2']);
  });

  it('lets exactly one of several concurrent deliveries of one version append it', async () => {
    await objects.put(BUCKET, 'race.txt', Buffer.from(ARTICLE('Germany will send 500 soldiers to Lithuania.')));
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        ingestObject({ objects, store }, { bucket: BUCKET, key: 'race.txt', sequencer: '05' }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'appended')).toHaveLength(1);
    expect(await store.readStream('race.txt')).toHaveLength(1);
  });
});

describe('compareSequencers', () => {
  it('right-pads the shorter sequencer with zeros before comparing, as S3 documents', () => {
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBe(-1);
    expect(compareSequencers('0055AED6DCD9028', '0055AED6DCD90281E5')).toBe(-1);
    expect(compareSequencers('0056', '0055AED6DCD90281E5')).toBe(1);
    expect(compareSequencers('00AB', '00ab')).toBe(0);
    expect(compareSequencers(undefined, '01')).toBe(-1);
  });
});

describe('ingestObject on a bucket without versions', () => {
  it('treats content the article had before as a new change (A → B → A, delete then re-upload)', async () => {
    store = await freshStore();
    const a = Buffer.from(ARTICLE('Germany will send 500 soldiers to Lithuania.'));
    const b = Buffer.from(ARTICLE('Germany will send 500 soldiers to Latvia.'));
    const places = async () =>
      (await store.readStream('ab.txt'))
        .at(-1)!
        .events.filter((e) => e.type === 'DeploymentAnnounced')
        .map((e) => (e.type === 'DeploymentAnnounced' ? e.location.name : ''));
    await objects.put(BUCKET, 'ab.txt', a);
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'ab.txt', sequencer: '10' })).toMatchObject({
      status: 'appended',
    });
    await objects.put(BUCKET, 'ab.txt', b);
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'ab.txt', sequencer: '11' })).toMatchObject({
      status: 'appended',
    });
    await objects.put(BUCKET, 'ab.txt', a);
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'ab.txt', sequencer: '12' })).toMatchObject({
      status: 'appended',
    });
    expect(await places()).toEqual(['Lithuania']);
    // The same bytes uploaded again while they are current change nothing.
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'ab.txt', sequencer: '13' })).toEqual({
      status: 'duplicate',
    });
    await objects.delete(BUCKET, 'ab.txt');
    await deleteObject({ store }, { bucket: BUCKET, key: 'ab.txt', sequencer: '14' });
    await objects.put(BUCKET, 'ab.txt', a);
    expect(await ingestObject({ objects, store }, { bucket: BUCKET, key: 'ab.txt', sequencer: '15' })).toMatchObject({
      status: 'appended',
    });
    expect(await places()).toEqual(['Lithuania']);
  });
});

describe('the same bytes with other metadata (a bucket without versions)', () => {
  it('is a new change: the corrected publication date replaces the first', async () => {
    store = await freshStore();
    const body = Buffer.from(ARTICLE('Germany sent 200 soldiers to Lithuania on Monday.'));
    await objects.put(BUCKET, 'meta.txt', body, { metadata: { published: '2024-04-17' } });
    const first = await ingestObject({ objects, store }, { bucket: BUCKET, key: 'meta.txt', sequencer: '1A' });
    expect(first.status).toBe('appended');
    await objects.put(BUCKET, 'meta.txt', body, { metadata: { published: '2019-01-05' } });
    const second = await ingestObject({ objects, store }, { bucket: BUCKET, key: 'meta.txt', sequencer: '1B' });
    expect(second.status).toBe('appended');
    const processed = (await records('meta.txt')).filter((r) => r.type === 'ArticleProcessed');
    expect(processed.map((r) => r.type === 'ArticleProcessed' && r.article.published)).toEqual([
      '2024-04-17',
      '2019-01-05',
    ]);
    // The same bytes and metadata once more: nothing new.
    const third = await ingestObject({ objects, store }, { bucket: BUCKET, key: 'meta.txt', sequencer: '1C' });
    expect(third.status).toBe('duplicate');
  });
});
