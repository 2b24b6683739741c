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
  /** The most reads of one key at once. */
  readonly maxInFlightOfKey = new Map<string, number>();
  private readonly inFlightOfKey = new Map<string, number>();
  constructor(
    private readonly inner: InMemoryVersionedBucket,
    private readonly failing = new Set<string>(),
  ) {}
  async get(bucket: string, key: string, versionId?: string): Promise<StoredObject | undefined> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    this.reads.push(`${key}@${versionId}`);
    const ofKey = (this.inFlightOfKey.get(key) ?? 0) + 1;
    this.inFlightOfKey.set(key, ofKey);
    this.maxInFlightOfKey.set(key, Math.max(this.maxInFlightOfKey.get(key) ?? 0, ofKey));
    try {
      await new Promise((r) => setTimeout(r, 2));
      if (this.failing.has(key)) throw new Error(`bucket unavailable for ${key}`);
      return await this.inner.get(bucket, key, versionId);
    } finally {
      this.inFlight--;
      this.inFlightOfKey.set(key, this.inFlightOfKey.get(key)! - 1);
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

  it("applies the changes of one key one after another, and only the key's current version is ingested", async () => {
    const { inner, changes } = await given(['a.txt', 'b.txt'], 3);
    const objects = new WatchedBucket(inner);
    const store = new InMemoryEventStore();
    const results = await handleObjectChanges({ objects, store }, changes, 4);
    // Never two changes of one key at once, while the two keys ran side by side.
    expect(objects.maxInFlightOfKey.get('a.txt')).toBe(1);
    expect(objects.maxInFlight).toBe(2);
    // All three versions were uploaded before any notice was handled: the first two are no longer current.
    const statusesOf = (key: string) =>
      results
        .filter((_, i) => changes[i]!.notice.key === key)
        .map((r) => ('outcome' in r ? r.outcome.status : 'error'));
    expect(statusesOf('a.txt')).toEqual(['stale', 'stale', 'appended']);
    expect((await store.readStream('a.txt')).map((c) => c.version)).toEqual([1]);
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
