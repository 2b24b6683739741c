import { parseArgs } from 'node:util';
import {
  connect,
  connectStack,
  DATA_DIR_OPTION,
  devGet,
  disconnect,
  printError,
  STACK_OPTIONS,
  type StackConnection,
} from '../lib/connect.ts';
import { STATUS_OUTBOX_CAP } from '../lib/stack-limits.ts';
import { decideDeadLetterQueues, readOutputsFile } from '../lib/stack-outputs.ts';
import { CliUsageError } from '../usage.ts';

export const STATUS_HELP = `Usage: sitrep status [--json] [--data-dir D | --stack NAME]

Shows the local pipeline's state: commits waiting in the outbox to be published, deliveries waiting on the bus,
and dead letters (records the bus refused for good, each with its reason; the outbox has moved past them). Reads
a running 'sitrep dev' when there is one; otherwise opens the data directory, which first processes what its start
finds missing from the log, as every command does.

With --stack, a deployed stack's instead: the commits its outbox index still holds (counted up to ${STATUS_OUTBOX_CAP}) and
the messages in each of its dead-letter queues (the ...DlqUrl outputs), with their URLs for a redrive.

  --json           print the status object instead of lines
  --data-dir D     the pipeline's data directory (default .sitrep)
  --stack NAME     a deployed stack: its tables and queues from the outputs file
  --outputs FILE   with --stack: 'npx cdk deploy --outputs-file FILE' output (default cdk-outputs.json)
  --region R       with --stack: the stack's Region (default: AWS_REGION / the profile's)

AWS_ENDPOINT_URL_DYNAMODB and AWS_ENDPOINT_URL_SQS point --stack at other endpoints.

Example:
  sitrep status
  sitrep status --json
  sitrep status --stack Sitrep --json
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
    options: { ...DATA_DIR_OPTION, ...STACK_OPTIONS, json: { type: 'boolean', default: false } },
  });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  if (values.stack)
    return stackStatus({ stack: values.stack, outputs: values.outputs, region: values.region }, values.json);
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

async function stackStatus(
  stack: { stack: string; outputs: string; region?: string | undefined },
  json: boolean,
): Promise<number> {
  let conn: StackConnection | undefined;
  // The SDK's SQS and EventBridge clients load only for a deployed stack.
  const [{ createStackClients }, { readStackStatus, renderStackStatus }] = await Promise.all([
    import('../lib/stack-clients.ts'),
    import('../lib/stack-status.ts'),
  ]);
  const clients = createStackClients({ region: stack.region });
  try {
    const queues = decideDeadLetterQueues(readOutputsFile(stack.outputs), stack.stack);
    conn = await connectStack(stack);
    const status = await readStackStatus({ store: conn.runtime.store, clients }, stack.stack, queues);
    process.stdout.write(json ? `${JSON.stringify(status, null, 2)}\n` : renderStackStatus(status));
    return 0;
  } catch (err) {
    return printError('status', err);
  } finally {
    conn?.close();
    clients.close();
  }
}
