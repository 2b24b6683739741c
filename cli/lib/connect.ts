import {
  DEFAULT_DATA_DIR,
  readRuntimeFile,
  startRuntime,
  type Runtime,
  type RuntimeFile,
  type RuntimeOptions,
} from '../../infra/local/runtime.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

export const DATA_DIR_OPTION = { 'data-dir': { type: 'string' as const, default: DEFAULT_DATA_DIR } };

/**
 * A command either owns the data directory for its run (the embedded runtime) or, when `sitrep dev` holds it,
 * talks to that running instance.
 */
export type Connection = { kind: 'embedded'; runtime: Runtime } | { kind: 'dev'; dev: RuntimeFile };

export async function connect(dataDir: string, opts: RuntimeOptions = {}): Promise<Connection> {
  const dev = await readRuntimeFile(dataDir);
  if (dev) return { kind: 'dev', dev };
  return { kind: 'embedded', runtime: await startRuntime({ ...opts, dataDir }) };
}

export async function disconnect(conn: Connection): Promise<void> {
  if (conn.kind === 'embedded') await conn.runtime.close();
}

/** GET a JSON resource of a running `sitrep dev`. */
export async function devGet<T>(dev: RuntimeFile, path: string): Promise<T> {
  if (!dev.apiUrl) throw Object.assign(new Error('the running sitrep dev has no API'), { code: 'DEV_UNREACHABLE' });
  const res = await fetch(`${dev.apiUrl}${path}`).catch((err: Error) => {
    throw Object.assign(new Error(`cannot reach sitrep dev at ${dev.apiUrl}: ${err.message}`), {
      code: 'DEV_UNREACHABLE',
    });
  });
  const body = (await res.json()) as T & { code?: string; message?: string };
  if (!res.ok) throw Object.assign(new Error(body.message ?? `HTTP ${res.status}`), { code: body.code ?? 'DEV_ERROR' });
  return body;
}

/** A one-line error for a failure that is not a usage mistake: `sitrep <cmd>: error CODE: message`. */
export function printError(command: string, err: unknown): number {
  const e = err as { code?: string; message?: string };
  process.stderr.write(
    `sitrep ${command}: error ${e.code ?? 'FAILED'}: ${(e.message ?? String(err)).split('\n')[0]}\n`,
  );
  return 1;
}
