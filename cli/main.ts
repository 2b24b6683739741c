import { readFileSync } from 'node:fs';
import { argsErrorMessage, CliUsageError } from './usage.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

const HELP = `sitrep — news articles in, domain events out

Usage: sitrep <command> [options]
       sitrep --version

Commands:
  extract             Extract domain events from article files (.txt .md .html .json .jsonl)
  eval                Score the extractor against a gold file (same numbers as the team scorer)
  ingest              Upload files or folders to the local bucket and run the pipeline to completion
  dev                 Run the pipeline as a local service: S3 endpoint, read-model API, live events
  query               Show a read model: missions, entities, timeline, articles
  tail                Print the event log as EventBridge envelopes (--follow for new ones)
  rebuild             Re-project every read model from the event log
  status              Show what the local pipeline has in flight and what it dead-lettered, with reasons
  backfill            Ingest the objects already in a deployed stack's bucket
  replay              Replay a deployed stack's archived events to one rule
  redrive             Move a deployed stack's dead-letter queue messages back to their source queues
  doctor              Check a data directory; --repair re-ingests the bucket and rebuilds from the log
  test-event-pattern  Test an EventBridge event pattern against an event, like the AWS CLI

Run 'sitrep <command> --help' for a command's options.
`;

/** A command's module, loaded only when that command runs: one command's dependencies, not every command's. */
interface CommandModule {
  run: (args: string[]) => Promise<number>;
  help: string;
}

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  extract: async () => {
    const m = await import('./commands/extract.ts');
    return { run: m.runExtract, help: m.EXTRACT_HELP };
  },
  eval: async () => {
    const m = await import('./commands/eval.ts');
    return { run: m.runEval, help: m.EVAL_HELP };
  },
  ingest: async () => {
    const m = await import('./commands/ingest.ts');
    return { run: m.runIngest, help: m.INGEST_HELP };
  },
  dev: async () => {
    const m = await import('./commands/dev.ts');
    return { run: m.runDev, help: m.DEV_HELP };
  },
  query: async () => {
    const m = await import('./commands/query.ts');
    return { run: m.runQuery, help: m.QUERY_HELP };
  },
  tail: async () => {
    const m = await import('./commands/tail.ts');
    return { run: m.runTail, help: m.TAIL_HELP };
  },
  rebuild: async () => {
    const m = await import('./commands/rebuild.ts');
    return { run: m.runRebuild, help: m.REBUILD_HELP };
  },
  status: async () => {
    const m = await import('./commands/status.ts');
    return { run: m.runStatus, help: m.STATUS_HELP };
  },
  backfill: async () => {
    const m = await import('./commands/backfill.ts');
    return { run: m.runBackfill, help: m.BACKFILL_HELP };
  },
  replay: async () => {
    const m = await import('./commands/replay.ts');
    return { run: m.runReplay, help: m.REPLAY_HELP };
  },
  redrive: async () => {
    const m = await import('./commands/redrive.ts');
    return { run: m.runRedrive, help: m.REDRIVE_HELP };
  },
  doctor: async () => {
    const m = await import('./commands/doctor.ts');
    return { run: m.runDoctor, help: m.DOCTOR_HELP };
  },
  'test-event-pattern': async () => {
    const m = await import('./commands/test-event-pattern.ts');
    return { run: m.runTestEventPattern, help: m.TEST_EVENT_PATTERN_HELP };
  },
};

/** Every command's name, in the order of the help. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** What `sitrep <name> --help` prints, or undefined for no such command. */
export async function commandHelp(name: string): Promise<string | undefined> {
  return Object.hasOwn(COMMANDS, name) ? (await COMMANDS[name]!()).help : undefined;
}

/** Entry point: returns the process exit code (0 ok, 1 some input failed, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`sitrep ${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`sitrep: error USAGE: unknown command '${name}' (see 'sitrep --help')\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof CliUsageError) {
      process.stderr.write(`sitrep ${name}: error USAGE: ${err.message}\n`);
      return 2;
    }
    if (String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`sitrep ${name}: error USAGE: ${argsErrorMessage(err, name)}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`sitrep ${name}: error INTERNAL: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
