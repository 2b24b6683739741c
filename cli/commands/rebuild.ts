import { parseArgs } from 'node:util';
import { connect, connectStack, DATA_DIR_OPTION, disconnect, printError, STACK_OPTIONS } from '../lib/connect.ts';
import { ProgressBar } from '../lib/progress.ts';
import {
  decideSegments,
  MAX_REBUILD_SEGMENTS,
  projectSegments,
  REBUILD_SEGMENTS,
  rebuildReadModels,
} from '../lib/rebuild-read-models.ts';
import { CliUsageError } from '../usage.ts';

export const REBUILD_HELP = `Usage: sitrep rebuild [--data-dir D | --stack NAME [--outputs FILE] [--region R] [--segments N]]

Drops every read model (missions, entities, timeline, articles) and projects them again from the event log.
The result equals the state built incrementally. Needs the data directory to itself (stop 'sitrep dev' first).
If a rebuild is interrupted, other commands refuse the directory until a rebuild completes.

With --stack, rebuilds a deployed stack's read-model tables from its event store table (tables named by the
outputs file of 'npx cdk deploy --outputs-file FILE', default cdk-outputs.json). Run it while nothing is
uploaded: the projector keeps writing meanwhile, and a row it writes during the rebuild is projected again.
The table is read by a parallel Scan of --segments segments (default ${REBUILD_SEGMENTS}, at most ${MAX_REBUILD_SEGMENTS}),
each projected as it is read (projections do not depend on order); a progress bar on a terminal counts the
commits against the table's item count (which DynamoDB refreshes about every six hours).

Example:
  sitrep rebuild --stack Sitrep --outputs cdk-outputs.json
  sitrep rebuild --stack Sitrep --segments 16
`;

export async function runRebuild(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...DATA_DIR_OPTION, ...STACK_OPTIONS, segments: { type: 'string' } },
  });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  if (values.segments !== undefined && !values.stack) throw new CliUsageError('--segments needs --stack');
  const segments = decideSegments(values.segments);
  if (values.stack) {
    return rebuildStack({ stack: values.stack, outputs: values.outputs, region: values.region }, segments);
  }
  const conn = await connect(values['data-dir'], { tolerate: ['REBUILD_INCOMPLETE'] }).catch(
    (err: unknown) => err as Error,
  );
  if (conn instanceof Error) return printError('rebuild', conn);
  try {
    if (conn.kind === 'dev') {
      return printError('rebuild', {
        code: 'DATA_DIR_IN_USE',
        message: `sitrep dev (pid ${conn.dev.pid}) holds the data directory; stop it first`,
      });
    }
    const { runtime } = conn;
    await runtime.settle();
    const { commits, events } = await rebuildReadModels(runtime);
    const counts = await Promise.all(
      (['missions', 'entities', 'timeline', 'articles'] as const).map(
        async (m) => `${(await runtime.readModels.query(m)).length} ${m}`,
      ),
    );
    process.stdout.write(
      `Rebuilt the read models from ${commits} commits (${events} log events): ${counts.join(', ')}\n`,
    );
    return 0;
  } catch (err) {
    return printError('rebuild', err);
  } finally {
    await disconnect(conn);
  }
}

/** Clears a deployed stack's read models and projects its whole event store again (parallel Scan, progress bar). */
async function rebuildStack(opts: Parameters<typeof connectStack>[0], segments: number): Promise<number> {
  let conn;
  try {
    conn = await connectStack(opts);
  } catch (err) {
    return printError('rebuild', err);
  }
  try {
    const { store, readModels } = conn.runtime;
    const progress = new ProgressBar('rebuild', await store.approximateCommits());
    await readModels.clear();
    const { commits, events } = await projectSegments(store, readModels, segments, (c) =>
      progress.update(c.commits, `${c.events} events`),
    );
    progress.done();
    process.stdout.write(
      `Rebuilt the read models of stack ${opts.stack} from ${commits} commits (${events} log events, ${segments} scan segment${segments === 1 ? '' : 's'})\n`,
    );
    return 0;
  } catch (err) {
    return printError('rebuild', err);
  } finally {
    await disconnect(conn);
  }
}
