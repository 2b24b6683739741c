import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const require = createRequire(import.meta.url);

/** S3's own limit on an object key: 1,024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;
/** S3 bucket names: 3-63 lower-case letters, digits, dots and hyphens, no `..`. */
const BUCKET_NAME = /^(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** Upload ids s3rver generates (hex); anything else is refused before it reaches a path. */
const UPLOAD_ID = /^[A-Za-z0-9_-]{1,128}$/;
const SUFFIX = '._S3rver_';
const OBJECT_FILES = ['key', 'object', 'object.md5', 'metadata.json'];
const HASHED_NAME = /^[0-9a-f]{64}\._S3rver_/;

interface S3ObjectLike {
  bucket: string;
  key: string;
  metadata: Record<string, string>;
  content?: Buffer | NodeJS.ReadableStream | null;
}
interface ListOptions {
  delimiter?: string;
  startAfter?: string;
  prefix?: string;
  maxKeys?: number;
}
interface ListResult {
  objects: S3ObjectLike[];
  commonPrefixes: string[];
  isTruncated: boolean;
}
/** The part of s3rver's FilesystemStore this store builds on (s3rver ships no types). */
interface FilesystemStoreBase {
  rootDirectory: string;
  getMetadata(bucket: string, key: string): Promise<Record<string, string>>;
  putObject(object: S3ObjectLike): Promise<{ size: number; md5: string }>;
  copyObject(
    srcBucket: string,
    srcKey: string,
    destBucket: string,
    destKey: string,
    replacement?: unknown,
  ): Promise<Record<string, string>>;
  initiateUpload(bucket: string, key: string, uploadId: string, metadata: unknown): Promise<void>;
  putPart(bucket: string, uploadId: string, partNumber: number, content: unknown): Promise<unknown>;
  putObjectMultipart(bucket: string, uploadId: string, parts: unknown): Promise<unknown>;
  getBucket(bucket: string): Promise<unknown>;
}
type S3ErrorConstructor = new (code: string, message: string, detail?: Record<string, unknown>) => Error;

const FilesystemStore = require('s3rver/lib/stores/filesystem') as new (rootDirectory: string) => FilesystemStoreBase;
const S3Object = require('s3rver/lib/models/object') as (new (
  bucket: string,
  key: string,
  content: null,
  metadata: Record<string, string>,
) => S3ObjectLike) & { ALLOWED_METADATA: string[] };
const S3Error = require('s3rver/lib/models/error') as S3ErrorConstructor;

/** The file name an object key is stored under: a hash, so no key can name a path outside the bucket or be too long. */
export const keyFileName = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * s3rver's filesystem store with keys kept as S3 keeps them (`../`, long names and all) but never used as paths: each
 * object lives in `<bucket>/<sha256(key)>._S3rver_*` next to a `…_key` file holding its key. Listing reads an
 * in-memory sorted index of the keys. Bucket names and upload ids are checked before they reach a path.
 * Objects stored by the original store (key = path) are moved to this layout on first use.
 */
export class KeySafeFilesystemStore extends FilesystemStore {
  private readonly indexes = new Map<string, Set<string>>();

  getBucketPath(bucket: string): string {
    if (!BUCKET_NAME.test(bucket)) {
      throw new S3Error('InvalidBucketName', 'The specified bucket is not valid.', { BucketName: bucket });
    }
    return join(this.rootDirectory, bucket);
  }

  getResourcePath(bucket: string, key = '', resource: string): string {
    const name = key === '' ? '' : keyFileName(key);
    return join(this.getBucketPath(bucket), `${name}${SUFFIX}${resource}`);
  }

  override async getBucket(bucket: string): Promise<unknown> {
    return BUCKET_NAME.test(bucket) ? super.getBucket(bucket) : null;
  }

  /**
   * Writes an object so that a process killed at any point (`kill -9` during an upload) leaves a consistent object:
   * the old one, or the new bytes with an ETag computed from them. The bytes go to a temporary file renamed into
   * place; the old `.md5` is removed first (s3rver recomputes a missing one from the bytes); the digest, metadata and
   * key files are each written aside and renamed, never truncated in place.
   */
  override async putObject(object: S3ObjectLike): Promise<{ size: number; md5: string }> {
    assertKeyLength(object.key);
    const objectPath = this.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(dirname(objectPath), { recursive: true });
    const digest = createHash('md5');
    let size = 0;
    const aside = temporaryPath(objectPath);
    const content = Buffer.isBuffer(object.content) ? Readable.from([object.content]) : object.content!;
    await pipeline(
      content,
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          digest.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      }),
      createWriteStream(aside),
    );
    const md5 = digest.digest('hex');
    await removeIfPresent(`${objectPath}.md5`);
    await rename(aside, objectPath);
    await this.putMetadata(object.bucket, object.key, object.metadata, md5);
    await this.remember(object.bucket, object.key);
    return { size, md5 };
  }

  async putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5?: string): Promise<void> {
    const kept = Object.fromEntries(
      Object.entries(metadata).filter(([k]) => S3Object.ALLOWED_METADATA.includes(k) || k.startsWith('x-amz-meta-')),
    );
    if (md5) await writeAtomically(this.getResourcePath(bucket, key, 'object.md5'), md5);
    await writeAtomically(this.getResourcePath(bucket, key, 'metadata.json'), JSON.stringify(kept, null, 2));
  }

  override async copyObject(
    srcBucket: string,
    srcKey: string,
    destBucket: string,
    destKey: string,
    replacement?: unknown,
  ): Promise<Record<string, string>> {
    assertKeyLength(destKey);
    const result = await super.copyObject(srcBucket, srcKey, destBucket, destKey, replacement);
    await this.remember(destBucket, destKey);
    return result;
  }

  /** Removes the key file first: a process killed midway leaves an object no listing shows, never a torn one. */
  async deleteObject(bucket: string, key: string): Promise<void> {
    this.index(bucket).delete(key);
    for (const f of OBJECT_FILES) await removeIfPresent(this.getResourcePath(bucket, key, f));
  }

  override async initiateUpload(bucket: string, key: string, uploadId: string, metadata: unknown): Promise<void> {
    assertKeyLength(key);
    return super.initiateUpload(bucket, key, uploadId, metadata);
  }

  override async putPart(bucket: string, uploadId: string, partNumber: number, content: unknown): Promise<unknown> {
    assertUploadId(uploadId);
    return super.putPart(bucket, uploadId, partNumber, content);
  }

  override async putObjectMultipart(bucket: string, uploadId: string, parts: unknown): Promise<unknown> {
    assertUploadId(uploadId);
    return super.putObjectMultipart(bucket, uploadId, parts);
  }

  async listObjects(bucket: string, options: ListOptions): Promise<ListResult> {
    const { delimiter = '', startAfter = '', prefix = '', maxKeys = Infinity } = options;
    const commonPrefixes = new Set<string>();
    const keys: string[] = [];
    let isTruncated = false;
    for (const key of [...this.index(bucket)].sort()) {
      if (key <= startAfter || !key.startsWith(prefix)) continue;
      const cut = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
      if (cut !== -1) {
        commonPrefixes.add(key.slice(0, cut + delimiter.length));
        continue;
      }
      if (keys.length === maxKeys) {
        isTruncated = true;
        break;
      }
      keys.push(key);
    }
    const objects = await Promise.all(
      keys.map(async (key) => {
        const metadata = await this.getMetadata(bucket, key).catch((err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') return undefined;
          throw err;
        });
        return metadata && new S3Object(bucket, key, null, metadata);
      }),
    );
    return {
      objects: objects.filter((o): o is S3ObjectLike => o !== undefined),
      commonPrefixes: [...commonPrefixes].sort(),
      isTruncated,
    };
  }

  /** Every key stored in the bucket (sorted), e.g. to reconcile the bucket with the event log. */
  keys(bucket: string): string[] {
    return [...this.index(bucket)].sort();
  }

  private async remember(bucket: string, key: string): Promise<void> {
    await writeAtomically(this.getResourcePath(bucket, key, 'key'), key);
    this.index(bucket).add(key);
  }

  private index(bucket: string): Set<string> {
    let keys = this.indexes.get(bucket);
    if (!keys) {
      keys = loadIndex(this.getBucketPath(bucket));
      this.indexes.set(bucket, keys);
    }
    return keys;
  }
}

/** A file name next to `path` for writing aside; the loader never reads it as an object or a key. */
function temporaryPath(path: string): string {
  return `${path}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Writes a file aside and renames it into place: a reader (or a restart after a kill) sees the old or the new one. */
async function writeAtomically(path: string, data: string): Promise<void> {
  const aside = temporaryPath(path);
  await writeFile(aside, data);
  await rename(aside, path);
}

async function removeIfPresent(path: string): Promise<void> {
  await unlink(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}

function assertKeyLength(key: string): void {
  const size = Buffer.byteLength(key, 'utf8');
  if (size > MAX_KEY_BYTES) {
    throw new S3Error('KeyTooLongError', 'Your key is too long', { MaxSizeAllowed: MAX_KEY_BYTES, Size: size });
  }
}

function assertUploadId(uploadId: string): void {
  if (!UPLOAD_ID.test(uploadId)) {
    throw new S3Error('NoSuchUpload', 'The specified upload does not exist.', { UploadId: uploadId });
  }
}

/** Reads the keys of a bucket folder, moving objects of the original key-as-path layout to hashed names first. */
function loadIndex(bucketPath: string): Set<string> {
  const keys = new Set<string>();
  if (!existsSync(bucketPath)) return keys;
  for (const file of walk(bucketPath)) {
    const name = relative(bucketPath, file);
    if (HASHED_NAME.test(name)) {
      if (name.endsWith(`${SUFFIX}key`)) keys.add(readFileSync(file, 'utf8'));
      continue;
    }
    if (!name.endsWith(`${SUFFIX}object`) || name.startsWith(SUFFIX)) continue;
    const key = name.slice(0, -`${SUFFIX}object`.length).split('\\').join('/');
    const base = join(bucketPath, keyFileName(key));
    for (const f of ['object', 'object.md5', 'metadata.json']) {
      const from = `${file.slice(0, -'object'.length)}${f}`;
      if (existsSync(from)) renameSync(from, `${base}${SUFFIX}${f}`);
    }
    writeFileSync(`${base}${SUFFIX}key`, key);
    keys.add(key);
  }
  return keys;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (!entry.startsWith(SUFFIX)) out.push(...walk(full));
    } else out.push(full);
  }
  return out;
}
