// `npm run bench:sync [-- N]`: `aws s3 sync` of N small articles (default 5,000) into a fresh `sitrep dev`, then
// waits until every one of them is a row of /articles. Checks what the e2e tests check with 7 objects (listings past
// one page) at the size of a real bucket; too slow for every test run. Prints the time it took; exits 1 if rows are
// missing after the deadline.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDev, waitFor } from '../tests/e2e/helpers/cli.ts';

const DEFAULT_OBJECTS = 5_000;
const DEADLINE_MS = 30 * 60_000;
const POLL_MS = 2_000;

const count = Number(process.argv[2] ?? DEFAULT_OBJECTS);
const tmp = await mkdtemp(join(tmpdir(), 'sitrep-sync-bench-'));
const folder = join(tmp, 'bucket');
await mkdir(folder);
for (let i = 0; i < count; i++) {
  await writeFile(
    join(folder, `story-${String(i).padStart(5, '0')}.txt`),
    `Germany to send ${i + 1} troops to Lithuania\n\nGermany will send ${i + 1} soldiers to Lithuania, the ministry said.\n`,
  );
}
const dev = await startDev(join(tmp, 'data'));
const started = Date.now();
try {
  const sync = await new Promise<number | null>((resolve) =>
    spawn(
      'aws',
      ['s3', 'sync', folder, `s3://${dev.bucket}/`, '--endpoint-url', dev.s3Endpoint, '--only-show-errors'],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: 'S3RVER',
          AWS_SECRET_ACCESS_KEY: 'S3RVER',
          AWS_DEFAULT_REGION: 'us-east-1',
        },
      },
    ).once('close', resolve),
  );
  if (sync !== 0) throw new Error(`aws s3 sync exited ${sync}`);
  const uploadedMs = Date.now() - started;
  await waitFor(
    `${count} rows on /articles`,
    async () => {
      const rows = (await (await fetch(`${dev.apiUrl}/articles`)).json()) as unknown[];
      return rows.length === count;
    },
    DEADLINE_MS,
    POLL_MS,
  );
  const resync = spawnSync('aws', ['s3', 'ls', `s3://${dev.bucket}/`, '--endpoint-url', dev.s3Endpoint], {
    encoding: 'utf8',
    env: {
      ...process.env,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_DEFAULT_REGION: 'us-east-1',
    },
  });
  const listed = resync.stdout.trim().split('\n').length;
  process.stdout.write(
    `sync of ${count} objects: uploaded in ${(uploadedMs / 1000).toFixed(1)} s, all ${count} on /articles after ${((Date.now() - started) / 1000).toFixed(1)} s; aws s3 ls lists ${listed}\n`,
  );
  if (listed !== count) process.exitCode = 1;
} finally {
  await dev.stop();
  await rm(tmp, { recursive: true, force: true });
}
