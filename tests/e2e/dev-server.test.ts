/**
 * `sitrep dev` as a user runs it: a spawned process on ephemeral ports; articles uploaded with the AWS SDK S3 client
 * (and the `aws` CLI when installed), read models and the live event stream read over HTTP, other commands on the
 * same data directory going through the running instance. The tests share one dev process and run in order.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../../shared/adapters/aws/object-store.ts';
import {
  CHILD_ENV,
  getJson,
  run,
  sitrep,
  startDev,
  STORIES,
  waitFor,
  WITHDRAW_NIGER,
  type DevProcess,
} from './helpers/cli.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

type Row = Record<string, unknown>;
interface Envelope {
  id: string;
  'detail-type': string;
  source: string;
  detail: { type: string; articleKey?: string; article?: { key: string }; location?: { name: string } };
}

const hasAws = spawnSync('which', ['aws'], { stdio: 'ignore' }).status === 0;
if (!hasAws) console.warn('dev-server e2e: the `aws` CLI is not installed; the `aws s3 cp` upload case is skipped');

let tmp: string;
let dataDir: string;
let dev: DevProcess;
let s3: S3Client;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-dev-e2e-'));
  dataDir = join(tmp, 'data');
  dev = await startDev(dataDir);
  s3 = createS3Client({ endpoint: dev.s3Endpoint });
});
afterAll(async () => {
  s3?.destroy();
  await dev?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const api = <T = Row[]>(path: string) => getJson<T>(`${dev.apiUrl}${path}`);
const put = (key: string, body: string, published = '2023-03-03') =>
  s3.send(new PutObjectCommand({ Bucket: dev.bucket, Key: key, Body: body, Metadata: { published } }));
const idle = () => waitFor('the pipeline to be idle', async () => (await api<{ idle: boolean }>('/status')).idle);
const timelineOf = async (key: string) => (await api('/timeline')).filter((t) => t['articleKey'] === key);

/** Reads a Server-Sent Events stream in the background, collecting the envelopes of its `data:` lines. */
async function openEvents(pattern: object) {
  const controller = new AbortController();
  const res = await fetch(`${dev.apiUrl}/events?pattern=${encodeURIComponent(JSON.stringify(pattern))}`, {
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/event-stream');
  const received: Envelope[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const reading = (async () => {
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (data) received.push(JSON.parse(data.slice(6)) as Envelope);
      }
    }
  })().catch((err: Error) => {
    if (err.name !== 'AbortError') throw err;
  });
  return {
    received,
    async close() {
      controller.abort();
      await reading;
    },
  };
}

describe('sitrep dev', () => {
  it('prints its endpoints and writes runtime.json for other commands', async () => {
    expect(dev.stdout()).toContain(`sitrep dev: pipeline running, data in ${dataDir}`);
    const file = JSON.parse(await readFile(join(dataDir, 'runtime.json'), 'utf8')) as Row;
    expect(file).toMatchObject({
      pid: dev.child.pid,
      s3Endpoint: dev.s3Endpoint,
      apiUrl: dev.apiUrl,
      bucket: 'articles',
    });
    expect(await api<Row>('/status')).toMatchObject({ idle: true, outbox: 0, deliveries: 0, deadLetters: 0 });
  });

  it('processes an article uploaded with the S3 client', async () => {
    await put('deploy.txt', STORIES['deploy.txt']);
    const events = await waitFor('the deployment on /timeline', async () => {
      const rows = await timelineOf('deploy.txt');
      return rows.length ? rows : undefined;
    });
    await idle();
    expect(events).toEqual([
      expect.objectContaining({
        type: 'DeploymentAnnounced',
        actor: { name: 'Germany', code: 'DE' },
        location: { name: 'Lithuania', code: 'LT' },
        personnel: 500,
        published: '2023-03-03',
      }),
    ]);
    expect(await api('/missions?actor=DE')).toEqual([
      expect.objectContaining({ key: 'DE|LT', status: 'announced', personnel: 500, sourceCount: 1 }),
    ]);
    // The mission filters of `sitrep query`, as query parameters.
    expect(
      (await api('/missions?within=Lithuania&status=announced&activeOn=2023-03&sort=sources')).map((m) => m['key']),
    ).toEqual(['DE|LT']);
    expect(await api('/missions?within=Ukraine')).toEqual([]);
    expect(await api('/articles')).toEqual([
      expect.objectContaining({ key: 'deploy.txt', status: 'processed', eventCount: 1, published: '2023-03-03' }),
    ]);
  });

  it('streams matching envelopes live over Server-Sent Events', async () => {
    const stream = await openEvents({ 'detail-type': ['WithdrawalBegun'] });
    try {
      await put('withdraw.txt', STORIES['withdraw.txt']);
      await waitFor('a WithdrawalBegun envelope on /events', () => stream.received.length > 0);
      await waitFor('the withdrawal on /timeline', async () => (await timelineOf('withdraw.txt')).length > 0);
      await idle();
    } finally {
      await stream.close();
    }
    expect(stream.received).toHaveLength(1);
    const [envelope] = stream.received;
    expect(envelope).toMatchObject({
      'detail-type': 'WithdrawalBegun',
      source: 'sitrep',
      detail: { type: 'WithdrawalBegun', location: { name: 'Mali' }, article: { key: 'withdraw.txt' } },
    });
    expect(Object.keys(envelope!).sort()).toEqual(
      ['account', 'detail', 'detail-type', 'id', 'region', 'resources', 'source', 'time', 'version'].sort(),
    );
  });

  it('refuses an invalid stream pattern with 400 InvalidEventPatternException', async () => {
    const res = await fetch(`${dev.apiUrl}/events?pattern=${encodeURIComponent('{"source":"sitrep"}')}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'InvalidEventPatternException' });
  });

  it('answers other commands on the same data directory through the running instance', async () => {
    await writeFile(join(tmp, 'dissolve.md'), STORIES['dissolve.md']);
    const [missions, filtered, rebuild, tail] = await Promise.all([
      sitrep(['query', 'missions', '--json', '--data-dir', dataDir]),
      sitrep(['query', 'timeline', '--json', '--actor', 'France', '--data-dir', dataDir]),
      sitrep(['rebuild', '--data-dir', dataDir]),
      sitrep(['tail', '--data-dir', dataDir]),
    ]);
    expect(missions.code).toBe(0);
    expect(JSON.parse(missions.stdout)).toEqual(await api('/missions'));
    expect(JSON.parse(missions.stdout)).toHaveLength(2);
    expect(filtered.code).toBe(0);
    expect(JSON.parse(filtered.stdout)).toEqual(await api('/timeline?actor=France'));
    expect(rebuild.code).toBe(1);
    expect(rebuild.stderr).toMatch(/^sitrep rebuild: error DATA_DIR_IN_USE: .*stop it first\n$/);
    expect(tail.code).toBe(1);
    expect(tail.stderr).toMatch(/^sitrep tail: error DATA_DIR_IN_USE: /);

    // ingest uploads to the running instance and waits for it.
    const ingest = await sitrep([
      'ingest',
      join(tmp, 'dissolve.md'),
      '--published',
      '2023-03-03',
      '--data-dir',
      dataDir,
    ]);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain('Ingested 1 file: 1 article, 1 processed, 0 failed');
    expect(await api('/entities')).toEqual([
      expect.objectContaining({ name: 'National Council', status: 'dissolved' }),
    ]);
    // The data directory is still held by dev: the runtime file is intact.
    expect(existsSync(join(dataDir, 'runtime.json'))).toBe(true);
  });

  it('retracts the events of a deleted object', async () => {
    await s3.send(new DeleteObjectCommand({ Bucket: dev.bucket, Key: 'deploy.txt' }));
    await waitFor('the deployment to leave /timeline', async () => (await timelineOf('deploy.txt')).length === 0);
    await idle();
    expect(await api('/missions')).toEqual([expect.objectContaining({ key: 'FR|ML' })]);
    expect((await api('/articles')).map((a) => a['key'])).toEqual(['dissolve.md', 'withdraw.txt']);
    expect((await api('/timeline')).map((t) => t['articleKey']).sort()).toEqual(['dissolve.md', 'withdraw.txt']);
  });

  // Uploading content the article had before is a new change (s3rver has no versions: same bytes, same ETag).
  it('brings a deleted article back when the same bytes are uploaded again', async () => {
    await put('deploy.txt', STORIES['deploy.txt']);
    await idle();
    expect(await timelineOf('deploy.txt')).toHaveLength(1);
  });

  it('replaces the events of an article uploaded again with new text', async () => {
    await put('withdraw.txt', WITHDRAW_NIGER);
    await waitFor('the Niger withdrawal on /timeline', async () => {
      const rows = await timelineOf('withdraw.txt');
      return rows.length === 1 && (rows[0]!['location'] as { name: string }).name === 'Niger';
    });
    await idle();
    const missions = (await api('/missions')).map((m) => m['key']);
    expect(missions).toContain('FR|NE');
    expect(missions).not.toContain('FR|ML');
  });

  it('shows the original events again when an edit is reverted', async () => {
    await put('withdraw.txt', STORIES['withdraw.txt']);
    await idle();
    expect((await timelineOf('withdraw.txt')).map((t) => (t['location'] as { name: string }).name)).toEqual(['Mali']);
  });

  it.skipIf(!hasAws)('processes an article uploaded with `aws s3 cp --metadata published=...`', async () => {
    const file = join(tmp, 'niger.txt');
    await writeFile(file, WITHDRAW_NIGER);
    const r = await run(
      'aws',
      ['s3', 'cp', file, `s3://${dev.bucket}/`, '--endpoint-url', dev.s3Endpoint, '--metadata', 'published=2023-03-04'],
      {
        timeoutMs: 30_000,
        env: {
          ...CHILD_ENV,
          AWS_ACCESS_KEY_ID: 'S3RVER',
          AWS_SECRET_ACCESS_KEY: 'S3RVER',
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_CONFIG_FILE: join(tmp, 'no-aws-config'),
          AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'no-aws-credentials'),
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const events = await waitFor('the aws-uploaded article on /timeline', async () => {
      const rows = await timelineOf('niger.txt');
      return rows.length ? rows : undefined;
    });
    expect(events).toEqual([
      expect.objectContaining({ type: 'WithdrawalBegun', location: { name: 'Niger', code: 'NE' } }),
    ]);
    await idle();
    expect((await api('/articles')).find((a) => a['key'] === 'niger.txt')).toMatchObject({
      status: 'processed',
      published: '2023-03-04',
    });
  });

  it('stops on SIGINT with exit code 0 and removes runtime.json', async () => {
    const { code, signal } = await dev.stop();
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(dev.stderr()).toContain('sitrep dev: stopped');
    expect(existsSync(join(dataDir, 'runtime.json'))).toBe(false);
  });

  it('leaves a data directory that the other commands open on their own afterwards', async () => {
    const r = await sitrep(['query', 'timeline', '--json', '--data-dir', dataDir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Row[]).map((t) => t['articleKey'])).toContain('dissolve.md');
  });
});

describe('sitrep dev killed with SIGKILL', () => {
  it('leaves a stale runtime.json that the next command ignores and removes', async () => {
    const dir = join(tmp, 'killed');
    const killed = await startDev(dir);
    killed.child.kill('SIGKILL');
    expect(await killed.stop()).toEqual({ code: null, signal: 'SIGKILL' });
    expect(existsSync(join(dir, 'runtime.json'))).toBe(true);

    await writeFile(join(tmp, 'withdraw.txt'), STORIES['withdraw.txt']);
    const r = await sitrep(['ingest', join(tmp, 'withdraw.txt'), '--published', '2023-03-03', '--data-dir', dir]);
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('Events: 0 DeploymentAnnounced, 1 WithdrawalBegun, 0 EntityDissolved');
    expect(existsSync(join(dir, 'runtime.json'))).toBe(false);
  });
});
