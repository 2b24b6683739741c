import { readFileSync } from 'node:fs';
import { runExtract, EXTRACT_HELP } from './commands/extract.ts';
import { runEval, EVAL_HELP } from './commands/eval.ts';
import { runIngest, INGEST_HELP } from './commands/ingest.ts';
import { runDev, DEV_HELP } from './commands/dev.ts';
import { runTail, TAIL_HELP } from './commands/tail.ts';
import { runQuery, QUERY_HELP } from './commands/query.ts';
import { runRebuild, REBUILD_HELP } from './commands/rebuild.ts';
import { runBackfill, BACKFILL_HELP } from './commands/backfill.ts';
import { runReplay, REPLAY_HELP } from './commands/replay.ts';
import { runRedrive, REDRIVE_HELP } from './commands/redrive.ts';
import { runDoctor, DOCTOR_HELP } from './commands/doctor.ts';
import { runStatus, STATUS_HELP } from './commands/status.ts';
import { runTestEventPattern, TEST_EVENT_PATTERN_HELP } from './commands/test-event-pattern.ts';
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

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  extract: { run: runExtract, help: EXTRACT_HELP },
  eval: { run: runEval, help: EVAL_HELP },
  ingest: { run: runIngest, help: INGEST_HELP },
  dev: { run: runDev, help: DEV_HELP },
  query: { run: runQuery, help: QUERY_HELP },
  tail: { run: runTail, help: TAIL_HELP },
  rebuild: { run: runRebuild, help: REBUILD_HELP },
  status: { run: runStatus, help: STATUS_HELP },
  backfill: { run: runBackfill, help: BACKFILL_HELP },
  replay: { run: runReplay, help: REPLAY_HELP },
  redrive: { run: runRedrive, help: REDRIVE_HELP },
  doctor: { run: runDoctor, help: DOCTOR_HELP },
  'test-event-pattern': { run: runTestEventPattern, help: TEST_EVENT_PATTERN_HELP },
};

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
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`sitrep: error USAGE: unknown command '${name}' (see 'sitrep --help')\n`);
    return 2;
  }
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
