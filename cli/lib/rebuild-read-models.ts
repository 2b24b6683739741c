import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REBUILD_MARK } from '../../infra/local/data-dir-health.ts';
import type { Runtime } from '../../infra/local/runtime.ts';
import type { EventStore, ReadModelStore } from '../../shared/ports.ts';

/**
 * Drops the read models and projects them again from the event log. A mark in the data directory says a rebuild is
 * under way: if it is killed, every command refuses the directory (REBUILD_INCOMPLETE) until a rebuild completes.
 */
export async function rebuildReadModels(runtime: Runtime): Promise<{ commits: number; events: number }> {
  const mark = join(runtime.dataDir, REBUILD_MARK);
  await writeFile(mark, `${new Date().toISOString()}\n`);
  await runtime.readModels.clear();
  const counts = await projectLog(runtime.store, runtime.readModels);
  await rm(mark, { force: true });
  return counts;
}

/** Applies every commit of the log, in log order, to the read models. */
export async function projectLog(
  store: Pick<EventStore, 'readAll'>,
  readModels: Pick<ReadModelStore, 'apply'>,
): Promise<{ commits: number; events: number }> {
  let commits = 0;
  let events = 0;
  for await (const commit of store.readAll()) {
    await readModels.apply(commit.events);
    commits++;
    events += commit.events.length;
  }
  return { commits, events };
}
