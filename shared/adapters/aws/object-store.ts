/**
 * ObjectStore on S3 (SDK v3), for AWS and for the local runtime (s3rver). ETags are returned without their
 * quotes, as S3 event notifications spell them, so an ETag read here equals the `eTag` of the notification.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import type { ObjectStore, StoredObject } from '../../ports.ts';
import { isLocalEndpoint } from './local-endpoint.ts';

/** The credentials s3rver knows (it checks signatures against them). */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface S3ClientOptions {
  endpoint?: string;
  region?: string;
  /** Defaults to true for local endpoints (s3rver serves buckets as paths). */
  forcePathStyle?: boolean;
  /** Credentials; a local endpoint defaults to s3rver's `S3RVER` pair. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function createS3Client(opts: S3ClientOptions = {}): S3Client {
  const local = isLocalEndpoint(opts.endpoint);
  const config: S3ClientConfig = {
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    forcePathStyle: opts.forcePathStyle ?? local,
  };
  if (local) {
    // s3rver speaks region-agnostic SigV4; `local` is not a real region, so sign as us-east-1.
    config.region = opts.region ?? 'us-east-1';
    config.credentials = opts.credentials ?? { ...S3RVER_CREDENTIALS };
  } else {
    if (opts.region) config.region = opts.region;
    if (opts.credentials) config.credentials = opts.credentials;
  }
  return new S3Client(config);
}

export interface S3ObjectStoreOptions {
  client: S3Client;
  /** Keys per ListObjectsV2 page (S3's default and maximum is 1000). */
  pageSize?: number;
}

export class S3ObjectStore implements ObjectStore {
  private readonly s3: S3Client;
  private readonly pageSize: number | undefined;

  constructor(opts: S3ObjectStoreOptions | S3Client) {
    if (opts instanceof S3Client) {
      this.s3 = opts;
      this.pageSize = undefined;
    } else {
      this.s3 = opts.client;
      this.pageSize = opts.pageSize;
    }
  }

  async get(bucket: string, key: string, versionId?: string): Promise<StoredObject | undefined> {
    let res;
    try {
      res = await this.s3.send(
        new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }),
      );
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'NoSuchKey' || name === 'NoSuchVersion' || name === 'NotFound') return undefined;
      throw err;
    }
    const bytes = res.Body ? await res.Body.transformToByteArray() : new Uint8Array();
    const metadata: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.Metadata ?? {})) {
      if (v !== undefined) metadata[k.toLowerCase()] = v;
    }
    return {
      bytes,
      etag: unquote(res.ETag),
      ...(res.VersionId && res.VersionId !== 'null' ? { versionId: res.VersionId } : {}),
      metadata,
      ...(res.ContentType ? { contentType: res.ContentType } : {}),
    };
  }

  async put(
    bucket: string,
    key: string,
    bytes: Uint8Array,
    opts: { metadata?: Record<string, string>; contentType?: string } = {},
  ): Promise<{ etag: string; versionId?: string }> {
    const res = await this.s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.byteLength,
        ...(opts.metadata ? { Metadata: lowerKeys(opts.metadata) } : {}),
        ...(opts.contentType ? { ContentType: opts.contentType } : {}),
      }),
    );
    return {
      etag: unquote(res.ETag),
      ...(res.VersionId && res.VersionId !== 'null' ? { versionId: res.VersionId } : {}),
    };
  }

  async delete(bucket: string, key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  }

  /**
   * Pages with ListObjects (V1) and `Marker` = the last key of the previous page. Not V2: s3rver encrypts V2
   * continuation tokens with DES, which OpenSSL 3 (Node ≥ 17) refuses, so every truncated V2 page is a 500 there.
   * Without a delimiter, marker paging is exact on S3 too (keys come in UTF-8 binary order).
   */
  async *list(bucket: string, prefix?: string): AsyncIterable<{ key: string; etag: string; size: number }> {
    let marker: string | undefined;
    for (;;) {
      const res = await this.s3.send(
        new ListObjectsCommand({
          Bucket: bucket,
          ...(prefix ? { Prefix: prefix } : {}),
          ...(this.pageSize ? { MaxKeys: this.pageSize } : {}),
          ...(marker !== undefined ? { Marker: marker } : {}),
        }),
      );
      const contents = res.Contents ?? [];
      for (const o of contents) {
        if (o.Key === undefined) continue;
        yield { key: o.Key, etag: unquote(o.ETag), size: o.Size ?? 0 };
      }
      const last = contents[contents.length - 1]?.Key;
      if (!res.IsTruncated || last === undefined || last === marker) return;
      marker = last;
    }
  }
}

function unquote(etag: string | undefined): string {
  return (etag ?? '').replace(/^"(.*)"$/, '$1');
}

function lowerKeys(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k.toLowerCase(), v]));
}
