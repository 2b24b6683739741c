import { createRequire } from 'node:module';
import { connect, type AddressInfo } from 'node:net';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { KeySafeFilesystemStore } from './s3-key-store.ts';

const require = createRequire(import.meta.url);

/** dynalite and s3rver ship no types: the small surface the runtime uses. */
type Dynalite = (options: {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}) => Server;
export interface S3rverInstance {
  store: KeySafeFilesystemStore;
  callback(): RequestListener;
  listen(port: number, address: string): Promise<Server>;
  logger: { exceptions: { unhandle(): void }; close(): void };
  context: { store: unknown };
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  on(event: 'event', listener: (event: S3Notification) => void): void;
}
type S3rverConstructor = new (opts: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: Array<{ name: string }>;
  allowMismatchedSignatures?: boolean;
}) => S3rverInstance;

/** The S3 notification s3rver emits after a PutObject/CopyObject/DeleteObject. */
export interface S3Notification {
  Records: Array<{
    eventName: string;
    s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string; sequencer?: string } };
  }>;
}

/** Starts dynalite persisting to `path` (LevelDB), on loopback. */
export async function startDynalite(
  path: string,
  port = 0,
  host = '127.0.0.1',
): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const dynalite = require('dynalite') as Dynalite;
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    endpoint: `http://${host}:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts s3rver serving `directory` with `bucket` created, on loopback. Keys are stored under hashed file names (no
 * key can reach outside the bucket folder or be too long for the file system) and listings page past 1,000 keys.
 */
export async function startS3rver(
  directory: string,
  bucket: string,
  port = 0,
  host = '127.0.0.1',
): Promise<{ endpoint: string; server: S3rverInstance }> {
  // Loaded here, not with this module: a command that never starts s3rver (`query --stack`, `--help`) does not pay
  // for loading it.
  const S3rver = require('s3rver') as S3rverConstructor;
  const [{ KeySafeFilesystemStore }, { patchListContinuation }] = await Promise.all([
    import('./s3-key-store.ts'),
    import('./s3-listing.ts'),
  ]);
  const server = new S3rver({
    address: host,
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
    allowMismatchedSignatures: true,
  });
  patchListContinuation();
  server.store = new KeySafeFilesystemStore(directory);
  server.context.store = server.store;
  // s3rver's own listen leaves a bind error (port in use) unhandled, which kills the process with a stack trace.
  server.listen = (listenPort, address) =>
    new Promise((resolve, reject) => {
      const http = createServer(server.callback());
      http.on('close', () => {
        server.logger.exceptions.unhandle();
        server.logger.close();
      });
      http.once('error', reject);
      http.listen(listenPort, address, () => {
        http.off('error', reject);
        resolve(http);
      });
    });
  const address = await server.run();
  return { endpoint: `http://${host}:${address.port}`, server };
}

/** Whether something accepts TCP connections on a loopback port (a server started as a child process is ready). */
export function canConnect(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
