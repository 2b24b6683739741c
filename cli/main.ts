import { runExtract, EXTRACT_HELP } from './commands/extract.ts';
import { runEval, EVAL_HELP } from './commands/eval.ts';
import { CliUsageError } from './usage.ts';

const HELP = `sitrep — news articles in, domain events out

Usage: sitrep <command> [options]

Commands:
  extract   Extract domain events from article files (.txt .md .html .json .jsonl)
  eval      Score the extractor against a gold file (same numbers as the team scorer)

Run 'sitrep <command> --help' for a command's options.
`;

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  extract: { run: runExtract, help: EXTRACT_HELP },
  eval: { run: runEval, help: EVAL_HELP },
};

/** Entry point: returns the process exit code (0 ok, 1 some input failed, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
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
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`sitrep ${name}: error INTERNAL: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
