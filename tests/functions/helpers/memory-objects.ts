import { createHash } from 'node:crypto';
import type { ObjectStore, StoredObject } from '../../../shared/ports.ts';

/** An in-memory bucket (ETag = MD5 of the bytes, as S3 computes it for single-part uploads). */
export class MemoryObjectStore implements ObjectStore {
  readonly objects = new Map<string, StoredObject>();
  failNext: Error | undefined;

  async get(bucket: string, key: string): Promise<StoredObject | undefined> {
    if (this.failNext) {
      const err = this.failNext;
      this.failNext = undefined;
      throw err;
    }
    return this.objects.get(`${bucket}/${key}`);
  }

  async put(bucket: string, key: string, bytes: Uint8Array, opts: { metadata?: Record<string, string> } = {}) {
    const etag = createHash('md5').update(bytes).digest('hex');
    this.objects.set(`${bucket}/${key}`, { bytes, etag, metadata: opts.metadata ?? {} });
    return { etag };
  }

  async delete(bucket: string, key: string): Promise<void> {
    this.objects.delete(`${bucket}/${key}`);
  }

  async *list(bucket: string): AsyncIterable<{ key: string; etag: string; size: number }> {
    for (const [k, o] of this.objects) {
      if (k.startsWith(`${bucket}/`)) yield { key: k.slice(bucket.length + 1), etag: o.etag, size: o.bytes.length };
    }
  }
}
