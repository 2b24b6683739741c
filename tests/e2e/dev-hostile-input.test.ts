/**
 * `sitrep dev` against hostile or unusual input, as an attacker or a careless client would send it: keys that try to
 * leave the bucket folder, keys at and past S3's length limit, listings longer than a page, invalid date filters,
 * and an interface other than loopback. One dev process (bound to 0.0.0.0) serves the tests, in order.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_ENV, getJson, run, startDev, waitFor, type DevProcess } from './helpers/cli.ts';

const hasAws = spawnSync('which', ['aws'], { stdio: 'ignore' }).status === 0;
const hasCurl = spawnSync('which', ['curl'], { stdio: 'ignore' }).status === 0;
if (!hasAws || !hasCurl)
  console.warn('dev-hostile-input e2e: `aws` or `curl` is not installed; those cases are skipped');

const AWS_ENV = {
  ...CHILD_ENV,
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
};

let tmp: string;
let dataDir: string;
let dev: DevProcess;
let body: string;

beforeAll(async () => {
  // The data directory sits two levels down so that a `../../` key would land inside `tmp`, where we look for it.
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-hostile-'));
  dataDir = join(tmp, 'a', 'data');
  body = join(tmp, 'body.txt');
  await writeFile(body, 'Germany to send 500 troops to Lithuania\n\nGermany will send 500 soldiers to Lithuania.\n');
  dev = await startDev(dataDir, 30_000, ['--host', '0.0.0.0']);
});
afterAll(async () => {
  await dev?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const aws = (...args: string[]) =>
  run('aws', [...args, '--endpoint-url', dev.s3Endpoint], { env: AWS_ENV, timeoutMs: 60_000 });
const putKey = (key: string) => aws('s3api', 'put-object', '--bucket', dev.bucket, '--key', key, '--body', body);
const alive = async () => (await getJson<{ ok: boolean }>(`${dev.apiUrl}/health`)).ok;
const articleKeys = async () => (await getJson<Array<{ key: string }>>(`${dev.apiUrl}/articles`)).map((a) => a.key);

/** Every file under `dir`, recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

describe.skipIf(!hasAws || !hasCurl)('keys never leave the bucket folder', () => {
  it('stores ../ keys as plain keys, inside the bucket folder (aws s3api and curl --path-as-is)', async () => {
    expect((await putKey('../../../escape.txt')).code).toBe(0);
    expect((await putKey('../../etc/passwd')).code).toBe(0);
    const curl = await run('curl', [
      '-s',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      '--path-as-is',
      '-X',
      'PUT',
      '--data-binary',
      `@${body}`,
      `${dev.s3Endpoint}/${dev.bucket}/..%2F..%2Fescape2.txt`,
    ]);
    expect(curl.stdout).toBe('200');
    const bucketCurl = await run('curl', [
      '-s',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      '--path-as-is',
      '-X',
      'PUT',
      '--data-binary',
      `@${body}`,
      `${dev.s3Endpoint}/..%2F..%2F..%2Fa/escape3.txt`,
    ]);
    expect(bucketCurl.stdout).toBe('400');

    const bucketDir = join(dataDir, 's3', dev.bucket);
    const outside = filesUnder(tmp).filter((f) => !f.startsWith(bucketDir) && /escape|passwd/.test(f));
    expect(outside).toEqual([]);
    expect(existsSync(join(dataDir, 'etc'))).toBe(false);
    const listed = await aws('s3', 'ls', '--recursive', `s3://${dev.bucket}`);
    expect(listed.stdout).toContain('../../../escape.txt');
    expect(listed.stdout).toContain('../../etc/passwd');
    expect(listed.stdout).toContain('../../escape2.txt');
    await waitFor('the ../ keys to be processed', async () => {
      const keys = await articleKeys();
      return ['../../../escape.txt', '../../etc/passwd', '../../escape2.txt'].every((k) => keys.includes(k));
    });
  });

  it('stores a 1,000-character key and refuses one past 1,024 bytes, and keeps running', async () => {
    const long = `${'k'.repeat(996)}.txt`;
    expect((await putKey(long)).code).toBe(0);
    const tooLong = await putKey(`${'é'.repeat(513)}.txt`);
    expect(tooLong.code).not.toBe(0);
    expect(tooLong.stderr).toContain('KeyTooLongError');
    expect(await alive()).toBe(true);
    await waitFor('the long key to be processed', async () => (await articleKeys()).includes(long));
    expect(JSON.parse(await readFile(join(dataDir, 'runtime.json'), 'utf8'))).toMatchObject({ pid: dev.child.pid });
  });

  it('lists past one page: ListObjectsV2 continuation tokens work', async () => {
    // One `aws s3 cp --recursive` uploads the seven keys (one CLI start instead of seven).
    const pages = join(tmp, 'page');
    await mkdir(pages);
    for (let i = 1; i <= 7; i++) await writeFile(join(pages, `${i}.txt`), await readFile(body));
    expect((await aws('s3', 'cp', '--recursive', pages, `s3://${dev.bucket}/page/`)).code).toBe(0);
    const first = await fetch(`${dev.s3Endpoint}/${dev.bucket}?list-type=2&prefix=page/&max-keys=5`);
    const firstXml = await first.text();
    expect(first.status).toBe(200);
    expect(firstXml).toContain('<IsTruncated>true</IsTruncated>');
    const token = /<NextContinuationToken>([^<]+)</.exec(firstXml)![1]!;
    const second = await fetch(
      `${dev.s3Endpoint}/${dev.bucket}?list-type=2&prefix=page/&max-keys=5&continuation-token=${encodeURIComponent(token)}`,
    );
    const secondXml = await second.text();
    expect([...(firstXml + secondXml).matchAll(/<Key>(page\/\d\.txt)<\/Key>/g)].map((m) => m[1])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((i) => `page/${i}.txt`),
    );
    expect(secondXml).toContain('<IsTruncated>false</IsTruncated>');
    const listed = await aws('s3', 'ls', '--recursive', '--page-size', '3', `s3://${dev.bucket}/page/`);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n')).toHaveLength(7);
  });
});

describe('invalid input to the API and the database endpoint', () => {
  it('answers an invalid date filter with 400 and a one-line reason', async () => {
    for (const path of [
      '/missions?since=notadate',
      '/timeline?until=2024-13-45',
      '/missions?status=gone',
      '/missions?activeOn=x',
    ]) {
      const res = await fetch(`${dev.apiUrl}${path}`);
      expect(res.status).toBe(400);
      const error = (await res.json()) as { code: string; message: string };
      expect(error.code).toBe('INVALID_FILTER');
      expect(error.message).not.toContain('\n');
    }
  });

  it('opens no database endpoint at all when --host 0.0.0.0 (the store is a file)', async () => {
    const lock = JSON.parse(await readFile(join(dataDir, 'lock.json'), 'utf8')) as Record<string, unknown>;
    expect(lock).toMatchObject({ store: 'sqlite' });
    expect(lock).not.toHaveProperty('dynamoEndpoint');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (!external) {
      console.warn('dev-hostile-input e2e: no non-loopback IPv4 interface; the exposure check is skipped');
      return;
    }
    const reachPort = (host: string, port: number) =>
      new Promise<boolean>((resolve) => {
        const socket = connect(port, host);
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
    // The S3 endpoint does follow --host.
    expect(await reachPort(external, Number(new URL(dev.s3Endpoint).port))).toBe(true);
  });
});

describe.skipIf(!hasAws || !hasCurl)('the commands the dev banner prints work as printed', () => {
  const banner = (label: string) => new RegExp(`^  ${label}\\s+(.+)$`, 'm').exec(dev.stdout())![1]!;

  it('uploads with the printed aws s3 cp command', async () => {
    const dir = await mkdtemp(join(tmp, 'cwd-'));
    await writeFile(join(dir, 'story.txt'), await readFile(body, 'utf8'));
    const r = spawnSync('sh', ['-c', banner('upload')], {
      cwd: dir,
      env: CHILD_ENV,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    await waitFor('story.txt to be processed', async () => (await articleKeys()).includes('story.txt'));
  });

  it('streams live events with the printed curl command', () => {
    const r = spawnSync('sh', ['-c', `${banner('live events')} --max-time 2`], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).not.toContain('curl: (3)');
    expect(r.stdout).toContain(': sitrep event stream');
  });
});
