/**
 * The local bucket's writes survive an interrupted upload (a client gone, or `dev` killed mid-write): the object
 * stays the old one, with the ETag of its bytes, never new bytes under the old digest or a truncated metadata file.
 * Found by `npm run chaos`: a restart after `kill -9` refused to start on a torn object (InternalError).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeySafeFilesystemStore } from '../../../infra/local/s3-key-store.ts';

const BUCKET = 'articles';
let root: string;
let store: KeySafeFilesystemStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sitrep-keystore-'));
  store = new KeySafeFilesystemStore(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const put = (key: string, content: Buffer | Readable, published: string) =>
  store.putObject({ bucket: BUCKET, key, content, metadata: { 'x-amz-meta-published': published } });

/** A body that sends some bytes, then fails as a connection cut mid-upload does. */
function cutOff(first: string): Readable {
  return new Readable({
    read() {
      this.push(Buffer.from(first));
      this.destroy(new Error('connection reset'));
    },
  });
}

describe('KeySafeFilesystemStore writes', () => {
  it('keeps the old object, its ETag and metadata when an overwrite is cut off midway', async () => {
    await put('k.txt', Buffer.from('old bytes'), '2024-04-17');
    await expect(put('k.txt', cutOff('NEW BYTES THAT NEVER END'), '2019-01-05')).rejects.toThrow('connection reset');
    const meta = await store.getMetadata(BUCKET, 'k.txt');
    expect(meta['etag']).toBe(JSON.stringify(md5('old bytes')));
    expect(meta['x-amz-meta-published']).toBe('2024-04-17');
    expect(meta['content-length']).toBe('old bytes'.length);
    expect(store.keys(BUCKET)).toEqual(['k.txt']);
  });

  it('lists no key for a first upload cut off midway, and a new store on the folder agrees', async () => {
    await expect(put('new.txt', cutOff('half'), '2024-04-17')).rejects.toThrow('connection reset');
    expect(store.keys(BUCKET)).toEqual([]);
    expect(new KeySafeFilesystemStore(root).keys(BUCKET)).toEqual([]);
  });

  it('replaces bytes, digest and metadata together on a completed overwrite', async () => {
    await put('k.txt', Buffer.from('old bytes'), '2024-04-17');
    await put('k.txt', Readable.from([Buffer.from('new '), Buffer.from('bytes')]), '2019-01-05');
    const meta = await store.getMetadata(BUCKET, 'k.txt');
    expect(meta['etag']).toBe(JSON.stringify(md5('new bytes')));
    expect(meta['x-amz-meta-published']).toBe('2019-01-05');
    const files = await readdir(join(root, BUCKET));
    const object = files.find((f) => f.endsWith('._S3rver_object'))!;
    expect(await readFile(join(root, BUCKET, object), 'utf8')).toBe('new bytes');
  });
});
