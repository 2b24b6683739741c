/**
 * S3ObjectStore through the real SDK against s3rver on an ephemeral port with a temporary directory.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client, S3ObjectStore } from '../../shared/adapters/aws/object-store.ts';
import { startS3rver, type StartedS3rver } from './helpers/s3-server.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const BUCKET = 'articles';
const md5 = (b: Uint8Array) => createHash('md5').update(b).digest('hex');
const bytes = (s: string) => new TextEncoder().encode(s);

let s3: StartedS3rver;
let client: S3Client;
let store: S3ObjectStore;

beforeAll(async () => {
  s3 = await startS3rver({ bucket: BUCKET });
  client = createS3Client({ endpoint: s3.endpoint });
  store = new S3ObjectStore({ client, pageSize: 2 });
});

afterAll(async () => {
  client?.destroy();
  await s3?.stop();
});

describe('S3ObjectStore on s3rver', () => {
  it('puts and gets bytes, unquoted ETag, metadata (lower-cased keys) and content type', async () => {
    const body = bytes('KYIV, March 3 — Troops began withdrawing on Monday. Ünïcødé ✓');
    const put = await store.put(BUCKET, 'news/2024/a.txt', body, {
      metadata: { Published: '2024-03-03', source: 'wire' },
      contentType: 'text/plain; charset=utf-8',
    });
    expect(put.etag).toBe(md5(body));
    expect(put.etag).not.toContain('"');

    const got = await store.get(BUCKET, 'news/2024/a.txt');
    expect(got).toBeDefined();
    expect(Buffer.from(got!.bytes).equals(Buffer.from(body))).toBe(true);
    expect(got!.etag).toBe(put.etag);
    expect(got!.metadata).toEqual({ published: '2024-03-03', source: 'wire' });
    expect(got!.contentType).toBe('text/plain; charset=utf-8');
    expect(got!.versionId).toBeUndefined(); // s3rver does not version
  });

  it('reads x-amz-meta-* written by another client (the SDK directly)', async () => {
    await client.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'raw/meta.json',
        Body: '{"title":"x"}',
        Metadata: { 'X-Custom-Date': '2023-11', title: 'Hello' },
      }),
    );
    const got = await store.get(BUCKET, 'raw/meta.json');
    expect(got?.metadata).toEqual({ 'x-custom-date': '2023-11', title: 'Hello' });
  });

  it('round-trips binary (non UTF-8) bytes and an empty object', async () => {
    const bin = new Uint8Array(4096).map((_, i) => (i * 37 + 11) % 256);
    await store.put(BUCKET, 'bin/blob.bin', bin);
    const got = await store.get(BUCKET, 'bin/blob.bin');
    expect(Buffer.from(got!.bytes).equals(Buffer.from(bin))).toBe(true);
    expect(got!.metadata).toEqual({});

    await store.put(BUCKET, 'bin/empty', new Uint8Array());
    expect((await store.get(BUCKET, 'bin/empty'))!.bytes.byteLength).toBe(0);
  });

  it('returns undefined for a missing key (NoSuchKey) and throws for a missing bucket', async () => {
    expect(await store.get(BUCKET, 'no/such/key.txt')).toBeUndefined();
    await expect(store.get('no-such-bucket', 'a.txt')).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('deletes, and deleting a missing key is not an error', async () => {
    await store.put(BUCKET, 'del/x.txt', bytes('x'));
    await store.delete(BUCKET, 'del/x.txt');
    expect(await store.get(BUCKET, 'del/x.txt')).toBeUndefined();
    await expect(store.delete(BUCKET, 'del/x.txt')).resolves.toBeUndefined();
  });

  it('lists every key under a prefix across pages, with ETag and size', async () => {
    const keys = ['list/a.txt', 'list/b.txt', 'list/c/d.txt', 'list/e.txt', 'list/é ü.txt'];
    const etags = new Map<string, string>();
    for (const [i, key] of keys.entries()) {
      etags.set(key, (await store.put(BUCKET, key, bytes('x'.repeat(i + 1)))).etag);
    }
    await store.put(BUCKET, 'other/z.txt', bytes('z'));

    const listed = [];
    for await (const o of store.list(BUCKET, 'list/')) listed.push(o);
    expect(listed.map((o) => o.key).sort()).toEqual([...keys].sort());
    for (const o of listed) {
      expect(o.etag).toBe(etags.get(o.key));
      expect(o.size).toBe(keys.indexOf(o.key) + 1);
    }

    const all = [];
    for await (const o of store.list(BUCKET)) all.push(o.key);
    expect(all).toContain('other/z.txt');
    expect(new Set(all).size).toBe(all.length); // pagination never repeats a key
  });

  // Why `list` pages with ListObjects V1: s3rver builds V2 continuation tokens with DES, which OpenSSL 3 refuses.
  it('s3rver difference: a truncated ListObjectsV2 page fails where DES is unavailable', async () => {
    const request = client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'list/', MaxKeys: 1 }));
    if (desAvailable()) await expect(request).resolves.toMatchObject({ IsTruncated: true });
    else await expect(request).rejects.toMatchObject({ name: 'InternalError' });
  });
});

function desAvailable(): boolean {
  try {
    createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
    return true;
  } catch {
    return false;
  }
}
