import { parseArgs } from 'node:util';
import { connect, DATA_DIR_OPTION, devGet, disconnect, printError } from '../lib/connect.ts';
import { CliUsageError } from '../usage.ts';

export const STATUS_HELP = `Usage: sitrep status [--json] [--data-dir D]

Shows the local pipeline's state: commits waiting in the outbox to be published, deliveries waiting on the bus,
and dead letters (records the bus refused for good, each with its reason; the outbox has moved past them). Reads
a running 'sitrep dev' when there is one; otherwise opens the data directory, which first processes what its start
finds missing from the log, as every command does.

  --json         print the status object instead of lines
  --data-dir D   the pipeline's data directory (default .sitrep)

Example:
  sitrep status
  sitrep status --json
`;

/** The status a running pipeline reports (GET /status of 'sitrep dev', or the embedded runtime's). */
export interface PipelineStatus {
  dataDir?: string;
  outbox?: number;
  deliveries?: number;
  deadLetters?: number;
  unpublished?: Array<{ stream?: string; version?: number; error?: string }>;
  recoveryError?: string;
  idle?: boolean;
}

/** The status as lines a person reads: what is in flight, what was dead-lettered and why. */
export function renderStatus(s: PipelineStatus): string {
  const lines = [
    `data directory: ${s.dataDir ?? '?'}`,
    `state: ${s.idle ? 'idle' : 'working'}`,
    `outbox: ${s.outbox ?? 0} commit(s) waiting to be published`,
    `bus: ${s.deliveries ?? 0} delivery(ies) waiting`,
    `dead letters: ${s.deadLetters ?? 0}`,
  ];
  for (const u of s.unpublished ?? []) {
    lines.push(`  unpublished commit ${u.stream ?? '?'} v${u.version ?? '?'}: ${u.error ?? 'no reason recorded'}`);
  }
  if (s.recoveryError) lines.push(`recovery: ${s.recoveryError}`);
  return `${lines.join('\n')}\n`;
}

export async function runStatus(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...DATA_DIR_OPTION, json: { type: 'boolean', default: false } },
  });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  let status: PipelineStatus;
  try {
    const conn = await connect(values['data-dir']);
    try {
      if (conn.kind === 'dev') status = await devGet<PipelineStatus>(conn.dev, '/status');
      else {
        // The endpoints of this command's own short-lived runtime close with it: not worth showing.
        const { endpoints: _endpoints, ...own } = await conn.runtime.status();
        status = own as PipelineStatus;
      }
    } finally {
      await disconnect(conn);
    }
  } catch (err) {
    return printError('status', err);
  }
  process.stdout.write(values.json ? `${JSON.stringify(status, null, 2)}\n` : renderStatus(status));
  return 0;
}
