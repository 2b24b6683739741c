/**
 * The missions an analyst gets from the team's dev corpus (../shared/corpus/dev, each article uploaded with its
 * gold `published` date as S3 metadata) through the whole embedded pipeline: the seed story is one Russian mission
 * in Nagorno-Karabakh, not a Nagorno-Karabakh row and an Azerbaijan row; `rebuild` gives the same rows. Skipped
 * where the corpus is not beside the repository.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRuntime, type Runtime } from '../../infra/local/runtime.ts';
import { READ_MODELS, sortedJson } from '../../shared/projections/index.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

const DEV = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
const available = existsSync(join(DEV, 'gold.jsonl'));

let tmp: string;
let runtime: Runtime;

async function allRows(): Promise<string> {
  const rows: Record<string, unknown> = {};
  for (const model of READ_MODELS) rows[model] = await runtime.readModels.query(model);
  return sortedJson(rows);
}

describe.skipIf(!available)('missions of the dev corpus', () => {
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'sitrep-dev-corpus-'));
    runtime = await startRuntime({ dataDir: join(tmp, 'data') });
    const gold = (await readFile(join(DEV, 'gold.jsonl'), 'utf8')).trim().split('\n');
    for (const line of gold) {
      const { file, published } = JSON.parse(line) as { file: string; published: string };
      await runtime.s3.send(
        new PutObjectCommand({
          Bucket: runtime.bucket,
          Key: file,
          Body: await readFile(join(DEV, file)),
          Metadata: { published },
        }),
      );
    }
    await runtime.settle();
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('Russia: one mission in Nagorno-Karabakh, withdrawing, with its figure and dates; none in Azerbaijan', async () => {
    const russia = await runtime.readModels.query('missions', { actor: 'RU' });
    const karabakh = russia.filter((m) => (m['country'] as { code?: string }).code === 'AZ');
    expect(karabakh).toEqual([
      expect.objectContaining({
        key: 'RU|AZ|nagorno karabakh',
        location: { name: 'Nagorno-Karabakh', code: 'AZ' },
        status: 'withdrawing',
        personnel: 1960,
        withdrawalBegunOn: '2024-04-17',
      }),
    ]);
    expect(['2020-11-09', '2020-11-10']).toContain(karabakh[0]!['announcedOn']);
  });

  it('--within Ukraine lists the Russian withdrawals from the Kyiv and Chernihiv areas', async () => {
    const inUkraine = await runtime.readModels.query('missions', { within: 'Ukraine', actor: 'RU' });
    expect(inUkraine.map((m) => [m['key'], m['status']])).toEqual([
      ['RU|UA|chernihiv', 'withdrawing'],
      ['RU|UA|kyiv city', 'withdrawing'],
    ]);
  });

  it('rebuilding from the log gives the same rows', async () => {
    const incremental = await allRows();
    await runtime.readModels.clear();
    for await (const commit of runtime.store.readAll()) await runtime.readModels.apply(commit.events);
    expect(await allRows()).toBe(incremental);
  });
});
