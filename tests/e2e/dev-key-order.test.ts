/**
 * Issue 8, defect 3, as it was reproduced against `sitrep dev`: PUT k, wait; PUT 16 other objects quickly; DELETE k
 * then at once PUT the same bytes to k. The last operation on k is the PUT, so once the pipeline is idle k must have
 * its /articles row (it had none in 5 of 10 trials). Trials in a loop on one dev process, through an S3 client.
 */
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startDev, waitFor, type DevProcess } from './helpers/cli.ts';

const TRIALS = 10;
const OTHER_OBJECTS = 16;

let tmp: string;
let dev: DevProcess;
let s3: S3Client;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-key-order-'));
  dev = await startDev(join(tmp, 'data'));
  s3 = new S3Client({
    endpoint: dev.s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterAll(async () => {
  s3?.destroy();
  await dev?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const story = (n: number) =>
  `Germany to send ${n} troops to Lithuania\n\nGermany will send ${n} soldiers to Lithuania, the ministry said.\n`;
const put = (key: string, body: string) => s3.send(new PutObjectCommand({ Bucket: dev.bucket, Key: key, Body: body }));
const idle = () =>
  waitFor(
    'the pipeline to be idle',
    async () => (await getJson<{ idle: boolean }>(`${dev.apiUrl}/status`)).idle,
    60_000,
  );
const articleKeys = async () => (await getJson<Array<{ key: string }>>(`${dev.apiUrl}/articles`)).map((a) => a.key);

describe('the last operation on a key wins', () => {
  it(`keeps the row of a key deleted and at once put again behind a burst of other uploads (${TRIALS} trials)`, async () => {
    const missing: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const key = `k-${trial}.txt`;
      await put(key, story(trial + 1));
      await idle();
      await Promise.all(
        Array.from({ length: OTHER_OBJECTS }, (_, i) => put(`other-${trial}-${i}.txt`, story(1_000 + i))),
      );
      await s3.send(new DeleteObjectCommand({ Bucket: dev.bucket, Key: key }));
      await put(key, story(trial + 1));
      await idle();
      await s3.send(new HeadObjectCommand({ Bucket: dev.bucket, Key: key }));
      if (!(await articleKeys()).includes(key)) missing.push(key);
    }
    expect(missing).toEqual([]);
  }, 300_000);

  it('retracts a key whose last operation is the delete', async () => {
    await put('gone.txt', story(7));
    await idle();
    await put('gone.txt', story(8));
    await s3.send(new DeleteObjectCommand({ Bucket: dev.bucket, Key: 'gone.txt' }));
    await idle();
    expect(await articleKeys()).not.toContain('gone.txt');
  }, 60_000);
});
