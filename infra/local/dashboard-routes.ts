import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseArticleBytes } from '../../shared/articles/parse.ts';
import { DEFAULT_MAX_BYTES } from '../../shared/articles/limits.ts';
import { formatOf } from '../../shared/articles/formats.ts';
import type { ObjectStore } from '../../shared/ports.ts';
import { dashboardAssets } from './dashboard-assets.ts';

/** Where the dashboard reads article texts from and stores uploads. */
export interface DashboardOptions {
  objects: ObjectStore;
  bucket: string;
}

type Send = (res: ServerResponse, status: number, body: unknown) => void;

/**
 * The dashboard's routes on the API server: the page and its assets (`GET /` for browsers, `/app.js`, …), an
 * article's text for the evidence view (`GET /article?key=K`), and uploads (`POST /upload?key=K&published=D`, the
 * body being the file). Returns false for any other request.
 */
export async function handleDashboard(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  opts: DashboardOptions,
  send: Send,
): Promise<boolean> {
  const path = url.pathname;
  if (req.method === 'GET' && (path !== '/' || wantsHtml(req))) {
    const asset = (await dashboardAssets()).get(path);
    if (asset) {
      res.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'no-cache' });
      res.end(asset.body);
      return true;
    }
  }
  if (req.method === 'GET' && path === '/article') {
    const key = url.searchParams.get('key');
    if (!key) return reply(send, res, 400, 'BAD_REQUEST', 'key is required: GET /article?key=<article key>');
    const text = await articleText(opts, key);
    if (!text) return reply(send, res, 404, 'NOT_FOUND', `no article ${key} in bucket ${opts.bucket}`);
    send(res, 200, text);
    return true;
  }
  if (req.method === 'POST' && path === '/upload') {
    const key = url.searchParams.get('key') ?? '';
    const published = url.searchParams.get('published');
    const problem = uploadProblem(key);
    if (problem) return reply(send, res, 400, 'BAD_REQUEST', problem);
    const bytes = await readBody(req, DEFAULT_MAX_BYTES);
    if (!bytes) return reply(send, res, 413, 'TOO_LARGE', `uploads are limited to ${DEFAULT_MAX_BYTES} bytes`);
    await opts.objects.put(opts.bucket, key, bytes, published ? { metadata: { published } } : {});
    send(res, 201, { key, bucket: opts.bucket, bytes: bytes.length });
    return true;
  }
  return false;
}

/** Why a key cannot be uploaded, or undefined: it must be a plain file name of a supported format. */
export function uploadProblem(key: string): string | undefined {
  if (!key) return 'key is required: POST /upload?key=<file name>';
  if (key.includes('/') || key.includes('\\') || key.startsWith('.')) return `key '${key}' must be a plain file name`;
  try {
    formatOf(key);
  } catch {
    return `key '${key}' must end in .txt, .md, .html, .json or .jsonl`;
  }
  return undefined;
}

/** The article's text and metadata as the pipeline read it; `name#line` keys are lines of a JSONL object. */
async function articleText(opts: DashboardOptions, key: string) {
  const objectKey = key.replace(/#\d+$/, '');
  const object = await opts.objects.get(opts.bucket, objectKey);
  if (!object) return undefined;
  const published = object.metadata['published'];
  const result = parseArticleBytes(object.bytes, objectKey, published ? { published } : {}).find((r) => r.file === key);
  if (!result || !('article' in result)) return undefined;
  const { text, title, url, published: date } = result.article;
  return { key, text, title: title ?? null, url: url ?? null, published: date ?? null };
}

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function reply(send: Send, res: ServerResponse, status: number, code: string, message: string): true {
  send(res, status, { code, message });
  return true;
}

/** The request body, or undefined when it exceeds `limit` bytes. */
async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
