/**
 * Nothing acknowledged is lost: uploads acknowledged just before `sitrep dev` is killed (SIGKILL), and uploads or
 * deletions made while no sitrep process runs, show in the read models after the next start.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3rver } from '../../infra/local/servers.ts';
import { createS3Client } from '../../shared/adapters/aws/object-store.ts';
import { queryJson, sitrep, startDev, STORIES, writeStories } from './helpers/cli.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-recovery-e2e-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const keysOf = async (dataDir: string) => (await queryJson(dataDir, 'articles')).rows.map((r) => r['key']).sort();

describe('recovery on start', () => {
  it('processes uploads acknowledged right before dev was killed with SIGKILL', async () => {
    const dataDir = join(tmp, 'killed');
    const dev = await startDev(dataDir);
    const s3 = createS3Client({ endpoint: dev.s3Endpoint });
    try {
      for (const [name, text] of Object.entries(STORIES)) {
        await s3.send(new PutObjectCommand({ Bucket: dev.bucket, Key: `burst/${name}`, Body: text }));
      }
      dev.child.kill('SIGKILL');
      await dev.stop();
    } finally {
      s3.destroy();
    }
    expect(await keysOf(dataDir)).toEqual(
      Object.keys(STORIES)
        .map((n) => `burst/${n}`)
        .sort(),
    );
  });

  it('ingests uploads and retracts deletions made while nothing was running', async () => {
    const dataDir = join(tmp, 'offline');
    await writeStories(join(tmp, 'wire'));
    const first = await sitrep(['ingest', join(tmp, 'wire'), '--data-dir', dataDir]);
    expect(first.code, first.stderr).toBe(0);

    // The bucket changes behind the pipeline's back: a bare S3 endpoint on the same folder, no pipeline listening.
    const bare = await startS3rver(join(dataDir, 's3'), 'articles');
    const s3 = createS3Client({ endpoint: bare.endpoint });
    try {
      await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'late.txt', Body: STORIES['withdraw.txt'] }));
      await s3.send(new DeleteObjectCommand({ Bucket: 'articles', Key: 'wire/deploy.txt' }));
    } finally {
      s3.destroy();
      await bare.server.close();
    }

    expect(await keysOf(dataDir)).toEqual(['late.txt', 'wire/dissolve.md', 'wire/negative.txt', 'wire/withdraw.txt']);
    const timeline = (await queryJson(dataDir, 'timeline')).rows.map((r) => r['articleKey']);
    expect(timeline).not.toContain('wire/deploy.txt');
    expect(timeline).toContain('late.txt');
  });
});
