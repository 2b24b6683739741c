/**
 * One scripted chaos run against the embedded pipeline, for `npm run chaos` (scripts/chaos.ts) and its small CI
 * variant (tests/e2e/chaos.test.ts). Random uploads, overwrites (new bytes or new `published` metadata) and deletes
 * through the S3 endpoint of `sitrep dev`, `sitrep ingest` of small folders, and `kill -9` of `dev` or of an
 * `ingest` at random points (with requests in flight). At the end `dev` is started again and left to settle; its
 * read models must equal those of a fresh data directory that ingests the bucket's final contents (every object
 * with its metadata), ignoring what depends on history (stream revisions, object versions).
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sitrep, startDev, waitFor, type DevProcess } from '../e2e/helpers/cli.ts';

export interface ChaosOptions {
  operations: number;
  seed: number;
  /** Called with a one-line account of each step, for the script's output. */
  log?: (line: string) => void;
}

export interface ChaosResult {
  seed: number;
  operations: number;
  kills: { dev: number; ingest: number };
  objects: number;
  /** Read-model differences between the chaotic and the clean directory (empty when they are equal). */
  differences: string[];
}

const MODELS = ['missions', 'entities', 'timeline', 'articles'] as const;
/** Fields that depend on the history of a key, not on its final content. */
const HISTORY_FIELDS = new Set(['revision', 'objectVersion', 'sequencer', 'position']);
const KEYS = 24;
const SETTLE_MS = 180_000;
const PLACES = ['Lithuania', 'Latvia', 'Estonia', 'Poland', 'Romania', 'Niger', 'Mali', 'Chad'];
const STATES = ['Germany', 'France', 'Italy', 'Spain'];
const DATES = ['2023-03-03', '2024-04-17', '2019-01-05'];

/** Mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function runChaos(opts: ChaosOptions): Promise<ChaosResult> {
  const rnd = random(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const log = opts.log ?? (() => {});
  const tmp = await mkdtemp(join(tmpdir(), `sitrep-chaos-${opts.seed}-`));
  const dataDir = join(tmp, 'data');
  const kills = { dev: 0, ingest: 0 };
  const story = () => {
    const state = pick(STATES);
    const place = pick(PLACES);
    const n = 100 * (1 + Math.floor(rnd() * 9));
    return `${state} to send ${n} troops to ${place}\n\n${state} will send ${n} soldiers to ${place}, the ministry said.\n`;
  };
  const key = () => `story-${Math.floor(rnd() * KEYS)}.txt`;

  let dev: DevProcess | undefined = await startDev(dataDir, 60_000);
  let s3 = client(dev);
  const inFlight = new Set<Promise<unknown>>();
  // Requests may fail when dev is killed under them: the bucket's final contents are the truth, not our intent.
  const send = (p: Promise<unknown>) => {
    const q = p.catch(() => undefined).finally(() => inFlight.delete(q));
    inFlight.add(q);
  };
  try {
    for (let op = 0; op < opts.operations; op++) {
      const roll = rnd();
      if (!dev) {
        dev = await startDev(dataDir, 60_000);
        s3 = client(dev);
        log(`#${op} restart dev`);
      }
      const bucket = dev.bucket;
      if (roll < 0.55) {
        const k = key();
        send(
          s3.send(
            new PutObjectCommand({ Bucket: bucket, Key: k, Body: story(), Metadata: { published: pick(DATES) } }),
          ),
        );
        log(`#${op} put ${k}`);
      } else if (roll < 0.8) {
        const k = key();
        send(s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: k })));
        log(`#${op} delete ${k}`);
      } else if (roll < 0.9) {
        // `ingest` of a small folder through the running dev, killed at a random point half of the time.
        const folder = join(tmp, `in-${op}`);
        await mkdir(folder);
        for (let i = 0; i < 3; i++) await writeFile(join(folder, `story-${Math.floor(rnd() * KEYS)}.txt`), story());
        const killAfter = rnd() < 0.5 ? 50 + Math.floor(rnd() * 1_500) : undefined;
        const run = sitrep(['ingest', '--data-dir', dataDir, '--published', pick(DATES), folder], {
          timeoutMs: killAfter ?? 60_000,
        });
        const r = await run;
        if (r.signal === 'SIGKILL') kills.ingest++;
        log(`#${op} ingest ${folder}${r.signal ? ` killed after ${killAfter} ms` : ` exit ${r.code}`}`);
      } else {
        // kill -9 dev at a random point, with whatever requests are in flight.
        await new Promise((r) => setTimeout(r, Math.floor(rnd() * 300)));
        dev.child.kill('SIGKILL');
        await dev.stop();
        await Promise.all([...inFlight]);
        s3.destroy();
        dev = undefined;
        kills.dev++;
        log(`#${op} kill -9 dev`);
      }
      // Let a few requests pile up, then wait for them: random points of the pipeline are in progress at any time.
      if (inFlight.size >= 1 + Math.floor(rnd() * 6)) await Promise.all([...inFlight]);
    }
    await Promise.all([...inFlight]);
    if (!dev) {
      dev = await startDev(dataDir, 60_000);
      s3 = client(dev);
    }
    const chaotic = await settledModels(dev);
    const objects = await bucketContents(s3, dev.bucket);
    s3.destroy();
    await dev.stop();
    dev = undefined;

    const clean = await startDev(join(tmp, 'clean'), 60_000);
    const cleanS3 = client(clean);
    try {
      for (const o of objects)
        await cleanS3.send(
          new PutObjectCommand({ Bucket: clean.bucket, Key: o.key, Body: o.body, Metadata: o.metadata }),
        );
      const reference = await settledModels(clean);
      return {
        seed: opts.seed,
        operations: opts.operations,
        kills,
        objects: objects.length,
        differences: compare(chaotic, reference),
      };
    } finally {
      cleanS3.destroy();
      await clean.stop();
    }
  } finally {
    await dev?.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

function client(dev: DevProcess): S3Client {
  return new S3Client({
    endpoint: dev.s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    maxAttempts: 1,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}

/** Waits until `/status` is idle, then reads every read model, without the fields that depend on history. */
async function settledModels(dev: DevProcess): Promise<Record<string, string[]>> {
  await waitFor(
    'the pipeline to settle',
    async () => ((await (await fetch(`${dev.apiUrl}/status`)).json()) as { idle: boolean }).idle,
    SETTLE_MS,
    200,
  );
  const models: Record<string, string[]> = {};
  for (const model of MODELS) {
    const rows = (await (await fetch(`${dev.apiUrl}/${model}`)).json()) as unknown[];
    models[model] = rows.map((r) => JSON.stringify(withoutHistory(r))).sort();
  }
  return models;
}

function withoutHistory(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutHistory);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !HISTORY_FIELDS.has(k))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, withoutHistory(v)]),
  );
}

async function bucketContents(s3: S3Client, bucket: string) {
  const objects: Array<{ key: string; body: Uint8Array; metadata: Record<string, string> }> = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const { Key } of page.Contents ?? []) {
      const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: Key! }));
      objects.push({ key: Key!, body: await got.Body!.transformToByteArray(), metadata: got.Metadata ?? {} });
    }
    token = page.NextContinuationToken;
  } while (token);
  return objects;
}

function compare(actual: Record<string, string[]>, expected: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const model of MODELS) {
    const a = new Set(actual[model]);
    const e = new Set(expected[model]);
    for (const row of e) if (!a.has(row)) out.push(`${model}: missing ${row}`);
    for (const row of a) if (!e.has(row)) out.push(`${model}: unexpected ${row}`);
  }
  return out;
}
