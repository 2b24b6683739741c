import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  InvalidEventError,
  InvalidEventPatternError,
  testEventPattern,
} from '../../shared/adapters/local/event-pattern/index.ts';
import { CliUsageError } from '../usage.ts';

export const TEST_EVENT_PATTERN_HELP = `Usage: sitrep test-event-pattern --event-pattern JSON --event JSON

Tests whether an Amazon EventBridge event pattern matches an event, with EventBridge's own rules
(the same answer as 'aws events test-event-pattern'), and prints {"Result":true} or {"Result":false}.

Options:
  --event-pattern JSON   the event pattern, as JSON text, or @FILE to read it from a file
  --event JSON           the event, as JSON text, or @FILE to read it from a file
  -h, --help             this help

An invalid pattern (or JSON that does not parse) prints one line to stderr,
  sitrep test-event-pattern: error InvalidEventPatternException: Event pattern is not valid. Reason: ...
and exits with status 2.
Exit status: 0 tested (matching or not), 2 invalid input or usage error.

Examples:
  sitrep test-event-pattern --event-pattern '{"source":["aws.ec2"]}' --event '{"source":"aws.ec2","detail":{}}'
  sitrep test-event-pattern --event-pattern @rule.json --event @event.json
`;

/** Reads an option value: JSON text, or the contents of the file named after an '@'. */
function readOption(option: string, value: string): string {
  if (!value.startsWith('@')) return value;
  const path = value.slice(1);
  if (!path) throw new CliUsageError(`--${option} @FILE needs a file name`);
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(err)})`;
    throw new CliUsageError(`--${option} ${value}: ${reason}`);
  }
}

/** `sitrep test-event-pattern`: returns the exit code; usage mistakes throw CliUsageError. */
export async function runTestEventPattern(args: string[]): Promise<number> {
  let values: { 'event-pattern'?: string; event?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { 'event-pattern': { type: 'string' }, event: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new CliUsageError(err instanceof Error ? err.message : String(err));
  }
  const patternArg = values['event-pattern'];
  const eventArg = values.event;
  if (patternArg === undefined || eventArg === undefined) {
    const missing = [patternArg === undefined && '--event-pattern', eventArg === undefined && '--event'].filter(
      Boolean,
    );
    throw new CliUsageError(`missing ${missing.join(' and ')} (see 'sitrep test-event-pattern --help')`);
  }
  const pattern = readOption('event-pattern', patternArg);
  const event = readOption('event', eventArg);
  try {
    const result = testEventPattern(pattern, event);
    process.stdout.write(`${JSON.stringify({ Result: result })}\n`);
    return 0;
  } catch (err) {
    if (err instanceof InvalidEventPatternError || err instanceof InvalidEventError) {
      const line = err.message.split('\n')[0];
      process.stderr.write(`sitrep test-event-pattern: error InvalidEventPatternException: ${line}\n`);
      return 2;
    }
    throw err;
  }
}
