/**
 * An s3rver (S3 emulator) on an ephemeral port with its own temporary directory, for integration tests.
 * s3rver ships no types: it is loaded through `createRequire` with the small surface used here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}

interface S3rverOptions {
  address?: string;
  port?: number;
  silent?: boolean;
  directory: string;
  resetOnClose?: boolean;
  configureBuckets?: Array<{ name: string; configs?: Array<string | Buffer> }>;
}

type S3rverConstructor = new (opts: S3rverOptions) => S3rverInstance;

const require = createRequire(import.meta.url);

export interface StartedS3rver {
  /** `http://127.0.0.1:<port>`: use with forcePathStyle (createS3Client does for local endpoints). */
  endpoint: string;
  /** Closes the server and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
  server: S3rverInstance;
  directory: string;
}

/** Starts s3rver with `bucket` (and any `buckets`) already created. */
export async function startS3rver(opts: { bucket?: string; buckets?: string[] } = {}): Promise<StartedS3rver> {
  const S3rver = require('s3rver') as S3rverConstructor;
  const directory = await mkdtemp(join(tmpdir(), 'sitrep-s3rver-'));
  const names = [...(opts.bucket ? [opts.bucket] : []), ...(opts.buckets ?? [])];
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: names.map((name) => ({ name })),
  });
  let address: AddressInfo;
  try {
    address = await server.run();
  } catch (err) {
    await rm(directory, { recursive: true, force: true });
    throw err;
  }
  let stopped = false;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    server,
    directory,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await server.close();
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
  };
}
