import { parseArgs } from 'node:util';
import { connect, DATA_DIR_OPTION, disconnect, printError } from '../lib/connect.ts';
import { rebuildReadModels } from '../lib/rebuild-read-models.ts';
import { CliUsageError } from '../usage.ts';

export const REBUILD_HELP = `Usage: sitrep rebuild [--data-dir D]

Drops every read model (missions, entities, timeline, articles) and projects them again from the event log.
The result equals the state built incrementally. Needs the data directory to itself (stop 'sitrep dev' first).
If a rebuild is interrupted, other commands refuse the directory until a rebuild completes.
`;

export async function runRebuild(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...DATA_DIR_OPTION } });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
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
