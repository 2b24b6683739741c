import { describe, expect, it } from 'vitest';
import { handleObjectChange } from '../../../shared/pipeline/handle-object-change.ts';
import { parseObjectChange } from '../../../shared/pipeline/s3-events.ts';
import { InMemoryEventStore, InMemoryVersionedBucket } from '../../support/in-memory-stores.ts';

const BUCKET = 'articles';
const KEY = 'news/chad.txt';
const STORY = 'NDJAMENA, May 2 (Wire) - French troops began withdrawing from Chad on Monday.';

/** An S3 event as EventBridge delivers it, shaped as the Amazon S3 user guide's examples. */
function s3Event(
  kind: 'Object Created' | 'Object Deleted',
  object: { key: string; versionId: string; etag?: string; sequencer: string },
  extra: Record<string, string> = {},
) {
  return {
    version: '0',
    id: `evt-${object.sequencer}`,
    'detail-type': kind,
    source: 'aws.s3',
    account: '123456789012',
    time: '2024-05-02T10:00:00Z',
    region: 'us-east-1',
    resources: [`arn:aws:s3:::${BUCKET}`],
    detail: {
      version: '0',
      bucket: { name: BUCKET },
      object: {
        key: object.key,
        'version-id': object.versionId,
        ...(object.etag ? { etag: object.etag, size: 80 } : {}),
        sequencer: object.sequencer,
      },
      'request-id': 'REQ',
      requester: '123456789012',
      ...extra,
    },
  };
}

async function given() {
  const objects = new InMemoryVersionedBucket();
  const store = new InMemoryEventStore();
  const deps = { objects, store };
  const apply = async (event: unknown) => {
    const parsed = parseObjectChange(event);
    if ('error' in parsed) throw new Error(parsed.error);
    return handleObjectChange(deps, parsed.change);
  };
  const upload = async (sequencer: string, metadata: Record<string, string> = { published: '2024-05-02' }) => {
    const put = await objects.put(BUCKET, KEY, Buffer.from(STORY), { metadata });
    const outcome = await apply(
      s3Event('Object Created', { key: KEY, versionId: put.versionId, etag: put.etag, sequencer }),
    );
    return { ...put, outcome };
  };
  const live = async () => {
    const history = await store.readStream(KEY);
    const latest = new Map<string, string>();
    for (const c of history)
      for (const e of c.events)
        if (e.type === 'ArticleProcessed' || e.type === 'ArticleDeleted') latest.set(e.article.key, e.type);
    return [...latest.values()].filter((t) => t === 'ArticleProcessed').length;
  };
  return { objects, store, apply, upload, live };
}

describe('S3 deletions as Amazon S3 reports them', () => {
  it('given a live article, when a lifecycle rule expires a noncurrent version, then nothing is retracted', async () => {
    const { objects, store, apply, upload, live } = await given();
    const first = await upload('0001');
    await upload('0002', { published: '2024-05-03' });
    const before = (await store.readStream(KEY)).length;
    objects.removeVersion(KEY, first.versionId);
    const outcome = await apply(
      s3Event(
        'Object Deleted',
        { key: KEY, versionId: first.versionId, sequencer: '0003' },
        {
          reason: 'Lifecycle Expiration',
          'deletion-type': 'Permanently Deleted',
        },
      ),
    );
    expect(outcome).toEqual({ status: 'noncurrent', retracted: 0 });
    expect((await store.readStream(KEY)).length).toBe(before);
    expect(await live()).toBe(1);
  });

  it('given a live article, when a user deletes an old version by id, then nothing is retracted', async () => {
    const { objects, apply, upload, live } = await given();
    const first = await upload('0001');
    await upload('0002', { published: '2024-05-03' });
    objects.removeVersion(KEY, first.versionId);
    const outcome = await apply(
      s3Event(
        'Object Deleted',
        { key: KEY, versionId: first.versionId, sequencer: '0003' },
        {
          reason: 'DeleteObject',
          'deletion-type': 'Permanently Deleted',
        },
      ),
    );
    expect(outcome.status).toBe('noncurrent');
    expect(await live()).toBe(1);
  });

  it('given a live article, when a delete marker is created, then its articles are retracted', async () => {
    const { objects, apply, upload, live } = await given();
    await upload('0001');
    await objects.delete(BUCKET, KEY);
    const outcome = await apply(
      s3Event(
        'Object Deleted',
        { key: KEY, versionId: 'marker-1', sequencer: '0002' },
        {
          reason: 'DeleteObject',
          'deletion-type': 'Delete Marker Created',
        },
      ),
    );
    expect(outcome).toMatchObject({ status: 'appended', retracted: 1 });
    expect(await live()).toBe(0);
  });

  it('given the current version is removed for good, then the version S3 serves now is ingested in its place', async () => {
    const { objects, store, apply, upload, live } = await given();
    await upload('0001', { published: '2024-05-01' });
    const second = await upload('0002', { published: '2024-05-03' });
    objects.removeVersion(KEY, second.versionId);
    const outcome = await apply(
      s3Event(
        'Object Deleted',
        { key: KEY, versionId: second.versionId, sequencer: '0003' },
        {
          reason: 'DeleteObject',
          'deletion-type': 'Permanently Deleted',
        },
      ),
    );
    expect(outcome.status).toBe('appended');
    expect(await live()).toBe(1);
    const last = (await store.readStream(KEY)).at(-1)!;
    const record = last.events.find((e) => e.type === 'ArticleProcessed');
    expect(record && 'objectVersion' in record.article ? record.article.published : undefined).toBe('2024-05-01');
  });
});

describe('uploads as Amazon S3 reports them', () => {
  it('given an ingested article, when the same bytes and metadata are uploaded again as a new version, then nothing is appended', async () => {
    const { store, upload } = await given();
    await upload('0001');
    const commits = (await store.readStream(KEY)).length;
    const again = await upload('0002');
    expect(again.outcome.status).toBe('duplicate');
    expect((await store.readStream(KEY)).length).toBe(commits);
  });

  it('given an ingested article, when only its published metadata changes, then it is ingested again with the new date', async () => {
    const { store, upload } = await given();
    await upload('0001', { published: '2024-05-02' });
    const changed = await upload('0002', { published: '2019-01-05' });
    expect(changed.outcome.status).toBe('appended');
    const last = (await store.readStream(KEY)).at(-1)!;
    const record = last.events.find((e) => e.type === 'ArticleProcessed');
    expect(record && 'objectVersion' in record.article ? record.article.published : undefined).toBe('2019-01-05');
  });
});

describe('article keys', () => {
  it('given an object literally named like a JSONL line, when it is deleted, then the line of the feed stays live', async () => {
    const objects = new InMemoryVersionedBucket();
    const store = new InMemoryEventStore();
    const apply = async (event: unknown) => {
      const parsed = parseObjectChange(event);
      if ('error' in parsed) throw new Error(parsed.error);
      return handleObjectChange({ objects, store }, parsed.change);
    };
    const feed = await objects.put(BUCKET, 'c.jsonl', Buffer.from(`{"title":"T","text":"${STORY}"}\n`));
    await apply(
      s3Event('Object Created', { key: 'c.jsonl', versionId: feed.versionId, etag: feed.etag, sequencer: '01' }),
    );
    const odd = await objects.put(BUCKET, 'c.jsonl#1', Buffer.from(STORY));
    await apply(
      s3Event('Object Created', { key: 'c.jsonl#1', versionId: odd.versionId, etag: odd.etag, sequencer: '02' }),
    );
    await objects.delete(BUCKET, 'c.jsonl#1');
    await apply(
      s3Event(
        'Object Deleted',
        { key: 'c.jsonl#1', versionId: 'marker', sequencer: '03' },
        {
          'deletion-type': 'Delete Marker Created',
        },
      ),
    );
    const keysOf = async (stream: string) =>
      (await store.readStream(stream)).flatMap((c) =>
        c.events.flatMap((e) =>
          e.type === 'ArticleProcessed' || e.type === 'ArticleDeleted' ? [`${e.type}:${e.article.key}`] : [],
        ),
      );
    expect(await keysOf('c.jsonl')).toEqual(['ArticleProcessed:c.jsonl#1']);
    expect(await keysOf('c.jsonl#1')).toEqual(['ArticleProcessed:c.jsonl%231', 'ArticleDeleted:c.jsonl%231']);
  });
});

describe('notices out of order (EventBridge does not keep the order of one key)', () => {
  it('given PUT, DELETE and a re-PUT of the same bytes, when the delete notice arrives last, then the article stays live', async () => {
    const { objects, apply, live } = await given();
    const put = (sequencer: string, o: { versionId: string; etag: string }) =>
      apply(s3Event('Object Created', { key: KEY, versionId: o.versionId, etag: o.etag, sequencer }));
    const first = await objects.put(BUCKET, KEY, Buffer.from(STORY));
    expect(await put('0001', first)).toMatchObject({ status: 'appended' });
    await objects.delete(BUCKET, KEY);
    const again = await objects.put(BUCKET, KEY, Buffer.from(STORY));
    expect(await put('0003', again)).toEqual({ status: 'duplicate' });
    const deleted = await apply(s3Event('Object Deleted', { key: KEY, versionId: 'marker', sequencer: '0002' }));
    expect(deleted).toEqual({ status: 'stale', retracted: 0 });
    expect(await live()).toBe(1);
  });

  it('given PUT then DELETE, when the put notice arrives after the delete notice, then nothing is live', async () => {
    const { objects, apply, live } = await given();
    const first = await objects.put(BUCKET, KEY, Buffer.from(STORY));
    await objects.delete(BUCKET, KEY);
    await apply(s3Event('Object Deleted', { key: KEY, versionId: 'marker', sequencer: '0002' }));
    await apply(
      s3Event('Object Created', { key: KEY, versionId: first.versionId, etag: first.etag, sequencer: '0001' }),
    );
    expect(await live()).toBe(0);
  });
});

describe('notices of replaced versions', () => {
  it('given PUT A then PUT B, when the notice of A arrives after B was ingested, then B stays the current content', async () => {
    const { objects, store, apply } = await given();
    const a = await objects.put(BUCKET, KEY, Buffer.from(STORY));
    const b = await objects.put(BUCKET, KEY, Buffer.from(STORY.replace('Chad', 'Mali')));
    await apply(s3Event('Object Created', { key: KEY, versionId: b.versionId, etag: b.etag, sequencer: '0002' }));
    const late = await apply(
      s3Event('Object Created', { key: KEY, versionId: a.versionId, etag: a.etag, sequencer: '0001' }),
    );
    expect(late).toEqual({ status: 'stale' });
    expect(JSON.stringify(await store.readStream(KEY))).toContain('Mali');
    expect((await store.readStream(KEY)).length).toBe(1);
  });
});
