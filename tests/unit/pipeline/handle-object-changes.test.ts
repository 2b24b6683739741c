import { describe, expect, it } from 'vitest';
import { handleObjectChanges } from '../../../shared/pipeline/handle-object-changes.ts';
import type { ObjectChange } from '../../../shared/pipeline/s3-events.ts';
import type { ObjectStore, StoredObject } from '../../../shared/ports.ts';
import { InMemoryEventStore, InMemoryVersionedBucket } from '../../support/in-memory-stores.ts';

const BUCKET = 'articles';
// The place leads the text: the in-memory bucket's ETag is the start of the bytes, so two versions differ in it.
const story = (place: string) => `${place} (Wire) - French troops began withdrawing from ${place} on Monday.`;

const created = (key: string, versionId: string, sequencer: string): ObjectChange => ({
  kind: 'created',
  notice: { bucket: BUCKET, key, versionId, sequencer },
});

/** A bucket that counts reads in flight (the bound) and can fail one key's reads. */
class WatchedBucket implements ObjectStore {
  inFlight = 0;
  maxInFlight = 0;
  readonly reads: string[] = [];
  constructor(
    private readonly inner: InMemoryVersionedBucket,
    private readonly failing = new Set<string>(),
  ) {}
  async get(bucket: string, key: string, versionId?: string): Promise<StoredObject | undefined> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    this.reads.push(`${key}@${versionId}`);
    try {
      await new Promise((r) => setTimeout(r, 2));
      if (this.failing.has(key)) throw new Error(`bucket unavailable for ${key}`);
      return await this.inner.get(bucket, key, versionId);
    } finally {
      this.inFlight--;
    }
  }
  put: ObjectStore['put'] = (...args) => this.inner.put(...args);
  delete: ObjectStore['delete'] = (...args) => this.inner.delete(...args);
  list: ObjectStore['list'] = () => this.inner.list();
}

async function given(keys: string[], versionsPerKey = 1) {
  const inner = new InMemoryVersionedBucket();
  const changes: ObjectChange[] = [];
  let sequencer = 0;
  for (let v = 0; v < versionsPerKey; v++) {
    for (const key of keys) {
      const { versionId } = await inner.put(BUCKET, key, Buffer.from(story(v % 2 ? 'Chad' : 'Mali')), {
        metadata: { published: '2024-05-02' },
      });
      changes.push(created(key, versionId!, String(++sequencer).padStart(8, '0')));
    }
  }
  return { inner, changes };
}

describe('handleObjectChanges', () => {
  it('runs at most `concurrency` changes at once and returns each outcome in batch order', async () => {
    const { inner, changes } = await given(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt']);
    const objects = new WatchedBucket(inner);
    const results = await handleObjectChanges({ objects, store: new InMemoryEventStore() }, changes, 3);
    expect(objects.maxInFlight).toBe(3);
    expect(results.map((r) => ('outcome' in r ? r.outcome.status : 'error'))).toEqual(changes.map(() => 'appended'));
  });

  it('applies the changes of one key one after another, in batch order', async () => {
    const { inner, changes } = await given(['a.txt', 'b.txt'], 3);
    const objects = new WatchedBucket(inner);
    const store = new InMemoryEventStore();
    await handleObjectChanges({ objects, store }, changes, 4);
    const versionsOf = (key: string) =>
      changes.filter((c) => c.notice.key === key).map((c) => `${key}@${c.notice.versionId}`);
    expect(objects.reads.filter((r) => r.startsWith('a.txt'))).toEqual(versionsOf('a.txt'));
    // Each version was appended after the previous one: three commits, no stale or conflicting change.
    expect((await store.readStream('a.txt')).map((c) => c.version)).toEqual([1, 2, 3]);
  });

  it('reports a failed change alone and handles the others', async () => {
    const { inner, changes } = await given(['a.txt', 'b.txt', 'c.txt']);
    const objects = new WatchedBucket(inner, new Set(['b.txt']));
    const results = await handleObjectChanges({ objects, store: new InMemoryEventStore() }, changes, 2);
    expect(results.map((r) => ('outcome' in r ? r.outcome.status : r.error.message))).toEqual([
      'appended',
      'bucket unavailable for b.txt',
      'appended',
    ]);
  });
});
