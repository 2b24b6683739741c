/**
 * The dashboard as the README's Quickstart sets it up, for the browser tests: in a clean working directory holding
 * `examples/`, `sitrep ingest examples/` (the default data directory, `.sitrep`), then `sitrep dev` over that data
 * directory on ephemeral ports (the one change from the Quickstart: its fixed 8787 would collide between test
 * workers), and Chromium with a fresh profile.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { BrowserContext } from 'playwright-core';
import { DEFAULT_DATA_DIR } from '../../../infra/local/runtime-file.ts';
import { createS3Client } from '../../../shared/adapters/aws/object-store.ts';
import { launchChromium } from './browser.ts';
import { ROOT, run, startDev, type DevProcess } from './cli.ts';

export interface ExamplesDashboard {
  dev: DevProcess;
  s3: S3Client;
  context: BrowserContext;
  /** A scratch directory the test may write files to. */
  tmp: string;
  stop(): Promise<void>;
}

const INGEST_TIMEOUT_MS = 60_000;

export async function startExamplesDashboard(): Promise<ExamplesDashboard> {
  const tmp = await mkdtemp(join(tmpdir(), 'sitrep-dashboard-e2e-'));
  const cwd = join(tmp, 'work');
  await mkdir(cwd);
  await symlink(join(ROOT, 'examples'), join(cwd, 'examples'));
  // `npm run --silent sitrep -- ingest examples/`, the program resolved as helpers/documented.ts does.
  const ingest = await run(process.execPath, [join(ROOT, 'bin/sitrep.js'), 'ingest', 'examples/'], {
    cwd,
    timeoutMs: INGEST_TIMEOUT_MS,
  });
  const dataDir = join(cwd, DEFAULT_DATA_DIR);
  if (ingest.code !== 0 || !existsSync(dataDir)) {
    await rm(tmp, { recursive: true, force: true });
    throw new Error(`sitrep ingest examples/ failed (exit ${ingest.code}): ${ingest.stderr}`);
  }
  const dev = await startDev(dataDir);
  const s3 = createS3Client({ endpoint: dev.s3Endpoint });
  const chromium = await launchChromium();
  return {
    dev,
    s3,
    context: chromium.context,
    tmp,
    stop: async () => {
      await chromium.close();
      s3.destroy();
      await dev.stop();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}
