/** A mistake in how a command was called: printed as one line, exit code 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** node:util parseArgs errors → one short line that names the option. */
export function argsErrorMessage(err: unknown, command: string): string {
  const { code, message } = err as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option}' (see 'sitrep ${command} --help')`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `option '${option}' ${/argument missing/.test(message ?? '') ? 'needs a value' : 'takes no value'}`;
  }
  return (message ?? String(err)).split('\n')[0] ?? 'bad arguments';
}
