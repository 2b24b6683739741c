import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decideDataDirHealth, listDataDir } from '../../infra/local/data-dir-health.ts';
import { STORE_FOLDERS } from '../../infra/local/embedded-store.ts';
import { startRuntime } from '../../infra/local/runtime.ts';
import { DATA_DIR_OPTION, printError } from '../lib/connect.ts';
import { rebuildReadModels } from '../lib/rebuild-read-models.ts';
import { CliUsageError } from '../usage.ts';

export const DOCTOR_HELP = `Usage: sitrep doctor [--repair] [--data-dir D]

Checks a data directory: the event store (sqlite/; dynamo/ in a directory made by an earlier version), the
bucket (s3/) and an unfinished rebuild. Prints one line per problem and exits 1 when there is any; 0 when the
directory is sound.

With --repair (stop 'sitrep dev' first):
  - a missing or corrupt event store is moved aside (sqlite.damaged-<time>) and built again by ingesting every
    object of the bucket;
  - a missing bucket is created empty: the bucket is the source of truth, so the articles of the lost objects are
    retracted;
  - then every object the log lacks is ingested, deletions the log missed are retracted, and the read models are
    rebuilt from the log.

Example:
  sitrep doctor --data-dir .sitrep
  sitrep doctor --repair --data-dir .sitrep
`;

export async function runDoctor(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...DATA_DIR_OPTION, repair: { type: 'boolean', default: false } },
  });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  const dataDir = resolve(values['data-dir']);
  if (!existsSync(dataDir)) {
    return printError('doctor', { code: 'NO_DATA_DIR', message: `${dataDir} does not exist` });
  }
  const problems = decideDataDirHealth(listDataDir(dataDir));
  for (const p of problems) process.stdout.write(`${p.code}: ${p.message}\n`);
  if (!values.repair) {
    if (!problems.length) process.stdout.write(`${dataDir}: sound\n`);
    else process.stdout.write(`Repair with: sitrep doctor --repair --data-dir ${values['data-dir']}\n`);
    return problems.length ? 1 : 0;
  }
  try {
    const codes = new Set(problems.map((p) => p.code));
    if (codes.has('STORE_CORRUPT') || codes.has('STORE_MISSING')) {
      // Whichever store the directory holds is moved aside; the repair builds a new one (SQLite) from the bucket.
      for (const folder of Object.values(STORE_FOLDERS)) {
        const store = join(dataDir, folder);
        if (existsSync(store)) await rename(store, `${store}.damaged-${new Date().toISOString().replace(/:/g, '')}`);
      }
    }
    if (codes.has('BUCKET_MISSING')) await mkdir(join(dataDir, 's3'), { recursive: true });
    const runtime = await startRuntime({ dataDir, tolerate: ['REBUILD_INCOMPLETE', 'STORE_MISSING'] });
    try {
      await runtime.settle();
      const { commits, events } = await rebuildReadModels(runtime);
      const articles = (await runtime.readModels.query('articles')).length;
      process.stdout.write(
        `Repaired ${dataDir}: ${commits} commits (${events} log events) projected, ${articles} articles\n`,
      );
    } finally {
      await runtime.close();
    }
    return 0;
  } catch (err) {
    return printError('doctor', err);
  }
}
