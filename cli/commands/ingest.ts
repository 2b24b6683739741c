import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { parsePartialDate } from '../../shared/articles/index.ts';
import { createS3Client } from '../../shared/adapters/aws/object-store.ts';
import { MAX_KEY_BYTES } from '../../infra/local/s3-key-store.ts';
import { connect, DATA_DIR_OPTION, devGet, disconnect, printError, type Connection } from '../lib/connect.ts';
import { ProgressBar } from '../lib/progress.ts';
import { CliUsageError } from '../usage.ts';

export const INGEST_HELP = `Usage: sitrep ingest [--published YYYY-MM-DD] [--json] [--data-dir D] PATH...

Uploads article files (or every article file in folders, recursively) to the local bucket and runs the whole
pipeline to completion: extraction, event store, event bus, read models. Prints a summary; exits 1 if any
article failed. Re-ingesting unchanged files changes nothing; a changed file replaces its earlier events.

Files: .txt .md .html .htm .json .jsonl (other files in folders are skipped and counted).
Object keys: a file's name, or <folder name>/<path inside the folder>.

Options:
  --published DATE   publication date for every uploaded file (stored as S3 metadata "published")
  --json             print the summary as JSON
  --data-dir D       the pipeline's data directory (default .sitrep); if 'sitrep dev' runs on it, uploads go there

Example:
  sitrep ingest examples/
  sitrep ingest --published 2024-04-17 story.txt
`;

const DAY_MS = 86_400_000;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.json', '.jsonl']);
/**
 * Uploads in flight at once: files are read and sent as the folders are walked, so memory holds at most this many
 * files' bytes whatever the number of articles (the bucket answers each upload before the pipeline processes it).
 */
const UPLOAD_CONCURRENCY = 8;

interface Upload {
  path: string;
  key: string;
}

export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...DATA_DIR_OPTION, published: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (!positionals.length) throw new CliUsageError("name at least one file or folder (see 'sitrep ingest --help')");
  if (values.published && !parsePartialDate(values.published)) {
    throw new CliUsageError(`--published must be a date like 2024-04-17, got '${values.published}'`);
  }
  const latest = new Date(Date.now() + DAY_MS).toISOString().slice(0, 10);
  if (values.published && values.published > latest) {
    throw new CliUsageError(`--published ${values.published} is in the future (latest accepted: ${latest})`);
  }
  // A first walk counts the files (for the progress bar and NO_ARTICLES); the second streams them to the bucket.
  let files: number;
  let skipped: number;
  try {
    ({ files, skipped } = await countUploads(positionals));
  } catch (err) {
    return printError('ingest', err);
  }
  if (!files)
    return printError('ingest', {
      code: 'NO_ARTICLES',
      message: `no article files found (${[...ARTICLE_EXTENSIONS].join(' ')})`,
    });

  const bar = new ProgressBar('ingest', files);
  const handled = new Set<string>();
  const keys = new Set<string>();
  let conn: Connection | undefined;
  try {
    conn = await connect(values['data-dir'], {
      onChange: (key) => {
        handled.add(key);
        bar.update(handled.size);
      },
    });
    const s3 = conn.kind === 'embedded' ? conn.runtime.s3 : createS3Client({ endpoint: conn.dev.s3Endpoint });
    const bucket = conn.kind === 'embedded' ? conn.runtime.bucket : conn.dev.bucket;
    // A file the bucket refuses (a key past S3's limit, say) is reported; the others go on.
    const refused: Summary['failures'] = [];
    const upload = async (u: Upload) => {
      keys.add(u.key);
      if (Buffer.byteLength(u.key, 'utf8') > MAX_KEY_BYTES) {
        refused.push({ key: u.key, code: 'KEY_TOO_LONG', message: `object keys are at most ${MAX_KEY_BYTES} bytes` });
        return;
      }
      await s3
        .send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: u.key,
            Body: await readFile(u.path),
            ...(values.published ? { Metadata: { published: values.published } } : {}),
          }),
        )
        .catch((err: Error) => refused.push({ key: u.key, code: err.name, message: err.message.split('\n')[0]! }));
    };
    await forEachBounded(uploadsOf(positionals), UPLOAD_CONCURRENCY, upload);
    if (conn.kind === 'embedded') await conn.runtime.settle();
    else await waitForDev(conn);
    bar.done();
    const summary = await summarize(conn, { files, keys, skipped, refused });
    if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else process.stdout.write(formatSummary(summary));
    return summary.failed > 0 ? 1 : 0;
  } catch (err) {
    bar.done();
    return printError('ingest', err);
  } finally {
    if (conn) await disconnect(conn);
  }
}

/** The files to upload, walked lazily: a file named on the command line, or every article file in a folder. */
async function* uploadsOf(paths: string[]): AsyncGenerator<Upload> {
  for (const p of paths) {
    const info = await stat(p).catch(() => {
      throw Object.assign(new Error(`${p}: no such file or folder`), { code: 'NOT_FOUND' });
    });
    if (info.isFile()) {
      yield { path: p, key: basename(p) };
      continue;
    }
    const root = resolve(p);
    for await (const file of walk(root)) {
      if (!ARTICLE_EXTENSIONS.has(extension(file))) continue;
      yield { path: file, key: `${basename(root)}/${relative(root, file).split('\\').join('/')}` };
    }
  }
}

/** How many files `uploadsOf` yields, and how many other files the folders hold. */
async function countUploads(paths: string[]): Promise<{ files: number; skipped: number }> {
  let files = 0;
  let skipped = 0;
  for (const p of paths) {
    const info = await stat(p).catch(() => {
      throw Object.assign(new Error(`${p}: no such file or folder`), { code: 'NOT_FOUND' });
    });
    if (info.isFile()) {
      files++;
      continue;
    }
    for await (const file of walk(resolve(p))) {
      if (ARTICLE_EXTENSIONS.has(extension(file))) files++;
      else skipped++;
    }
  }
  return { files, skipped };
}

/** The files under `dir`, depth first in name order, one folder listing in memory at a time per level. */
async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Runs `fn` on each item as the iterator yields it, with at most `limit` in flight; rejects on the first failure. */
async function forEachBounded<T>(items: AsyncIterable<T>, limit: number, fn: (item: T) => Promise<void>) {
  const iterator = items[Symbol.asyncIterator]();
  const worker = async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      await fn(next.value);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

const extension = (file: string) => {
  const i = file.lastIndexOf('.');
  return i < 0 ? '' : file.slice(i).toLowerCase();
};

async function waitForDev(conn: Extract<Connection, { kind: 'dev' }>): Promise<void> {
  // Give the running pipeline a moment to see the uploads, then wait until it is idle.
  for (let i = 0; ; i++) {
    await new Promise((r) => setTimeout(r, i === 0 ? 300 : 100));
    const status = await devGet<{ idle: boolean }>(conn.dev, '/status');
    if (status.idle) return;
  }
}

interface Summary {
  files: number;
  skipped: number;
  articles: number;
  processed: number;
  failed: number;
  events: Record<string, number>;
  failures: Array<{ key: string; code: string; message: string }>;
}

async function summarize(
  conn: Connection,
  run: { files: number; keys: ReadonlySet<string>; skipped: number; refused: Summary['failures'] },
): Promise<Summary> {
  const { keys, skipped, refused } = run;
  const ours = (key: string) => keys.has(key) || keys.has(key.replace(/#\d+$/, ''));
  const [articles, timeline] =
    conn.kind === 'embedded'
      ? await Promise.all([conn.runtime.readModels.query('articles'), conn.runtime.readModels.query('timeline')])
      : await Promise.all([
          devGet<Array<Record<string, unknown>>>(conn.dev, '/articles'),
          devGet<Array<Record<string, unknown>>>(conn.dev, '/timeline'),
        ]);
  const mine = articles.filter((a) => ours(String(a['key'])));
  const failures = [
    ...refused,
    ...mine
      .filter((a) => a['status'] === 'failed')
      .map((a) => ({ key: String(a['key']), ...(a['error'] as { code: string; message: string }) })),
  ];
  const events: Record<string, number> = { DeploymentAnnounced: 0, WithdrawalBegun: 0, EntityDissolved: 0 };
  for (const t of timeline)
    if (ours(String(t['articleKey']))) events[String(t['type'])] = (events[String(t['type'])] ?? 0) + 1;
  return {
    files: run.files,
    skipped,
    articles: mine.length + refused.length,
    processed: mine.length - (failures.length - refused.length),
    failed: failures.length,
    events,
    failures,
  };
}

function formatSummary(s: Summary): string {
  const lines = [
    `Ingested ${s.files} file${s.files === 1 ? '' : 's'}${s.skipped ? ` (${s.skipped} other files skipped)` : ''}: ${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.processed} processed, ${s.failed} failed`,
    `Events: ${Object.entries(s.events)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')}`,
    ...s.failures.map((f) => `  failed ${f.key}: ${f.code}: ${f.message}`),
    `Next: sitrep query missions | entities | timeline | articles`,
  ];
  return `${lines.join('\n')}\n`;
}
