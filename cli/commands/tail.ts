import { parseArgs } from 'node:util';
import { positionTime } from '../../shared/adapters/aws/event-store-item.ts';
import { compileEventPattern } from '../../shared/adapters/local/event-pattern/index.ts';
import { EVENT_SOURCE, type EventEnvelope, type LogEvent } from '../../shared/events/envelope.ts';
import { connect, connectStack, DATA_DIR_OPTION, disconnect, printError, STACK_OPTIONS } from '../lib/connect.ts';
import { TAIL_QUEUE_RETENTION_SECONDS } from '../lib/stack-limits.ts';
import { decideStackBus, readOutputsFile } from '../lib/stack-outputs.ts';
import type { TailSubscription } from '../lib/tail-subscription.ts';
import { CliUsageError } from '../usage.ts';

export const TAIL_HELP = `Usage: sitrep tail [--pattern JSON] [--follow] [--data-dir D | --stack NAME]

Prints the events of the local event log, or of a deployed stack's with --stack, as NDJSON EventBridge envelopes
(version, id, detail-type, source, account, time, region, resources, detail), oldest first.

Options:
  --pattern JSON   an EventBridge event pattern; only matching events are printed
                   e.g. '{"detail-type":["WithdrawalBegun"],"detail":{"actor":{"code":["RU"]}}}'
  --follow         keep running and print new events as they are published (Ctrl-C to stop)
  --data-dir D     the pipeline's data directory (default .sitrep)
  --stack NAME     a deployed stack instead: without --follow, its event store table's log; with --follow, the
                   events its bus publishes from now on, through a temporary rule and SQS queue (tagged, ${TAIL_QUEUE_RETENTION_SECONDS / 60}
                   minutes' retention) that the tail deletes when it ends, or the next tail if it was killed
  --outputs FILE   with --stack: 'npx cdk deploy --outputs-file FILE' output (default cdk-outputs.json)
  --region R       with --stack: the stack's Region (default: AWS_REGION / the profile's)

AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_EVENTBRIDGE and AWS_ENDPOINT_URL_SQS point --stack at other endpoints.

Example:
  sitrep tail --pattern '{"detail-type":["WithdrawalBegun"]}'
  sitrep tail --stack Sitrep --follow
`;

export async function runTail(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...DATA_DIR_OPTION,
      ...STACK_OPTIONS,
      pattern: { type: 'string' },
      follow: { type: 'boolean', default: false },
    },
  });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  let matches: (event: unknown) => boolean;
  let pattern: unknown = { source: [EVENT_SOURCE] };
  try {
    if (values.pattern) pattern = JSON.parse(values.pattern);
    matches = compileEventPattern(pattern as object);
  } catch (err) {
    const e = err as { code?: string; message?: string };
    process.stderr.write(
      `sitrep tail: error ${e.code ?? 'InvalidEventPatternException'}: ${e.message ?? String(err)}\n`,
    );
    return 2;
  }
  const write = (envelope: EventEnvelope) => {
    if (matches(envelope)) process.stdout.write(`${JSON.stringify(envelope)}\n`);
  };

  if (values.stack) {
    const stack = { stack: values.stack, outputs: values.outputs, region: values.region };
    return values.follow ? followStack(stack, pattern) : printStackLog(stack, write);
  }
  const conn = await connect(values['data-dir'], {}, 'read').catch((err: unknown) => err as Error);
  if (conn instanceof Error) return printError('tail', conn);
  try {
    if (conn.kind === 'dev') {
      if (!values.follow) {
        return printError('tail', {
          code: 'DATA_DIR_IN_USE',
          message: `sitrep dev (pid ${conn.dev.pid}) holds the data directory; use --follow to stream from it, or stop it`,
        });
      }
      return await followDev(`${conn.dev.apiUrl}/events?pattern=${encodeURIComponent(JSON.stringify(pattern))}`);
    }
    const { runtime } = conn;
    if (values.follow && conn.kind === 'reader') {
      return printError('tail', {
        code: 'DATA_DIR_IN_USE',
        message:
          'another sitrep command holds the data directory; --follow needs sitrep dev or the directory to itself',
      });
    }
    if (conn.kind === 'embedded') await conn.runtime.settle();
    for await (const commit of runtime.store.readAll()) {
      for (const event of commit.events) write(envelopeOf(event, positionTime(commit.position)));
    }
    if (!values.follow || conn.kind === 'reader') return 0;
    conn.runtime.bus.addRule('tail', pattern, async (event) => write(event), { durable: false });
    process.stderr.write(
      `following new events; upload articles to s3://${conn.runtime.bucket} at ${conn.runtime.endpoints.s3} (Ctrl-C to stop)\n`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    return 0;
  } catch (err) {
    return printError('tail', err);
  } finally {
    await disconnect(conn);
  }
}

/** The envelope a log event had on the bus; its id is derived from the event id so reruns print the same. */
export function envelopeOf(event: LogEvent, timeMs: number): EventEnvelope {
  const h = event.id.padEnd(32, '0');
  return {
    version: '0',
    id: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`,
    'detail-type': event.type,
    source: EVENT_SOURCE,
    account: '000000000000',
    time: new Date(timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: 'local',
    resources: [],
    detail: event,
  };
}

type StackRef = Parameters<typeof connectStack>[0];

/** The stack's event store table, oldest first, as the local log is printed. */
async function printStackLog(stack: StackRef, write: (envelope: EventEnvelope) => void): Promise<number> {
  let conn;
  try {
    conn = await connectStack(stack);
    for await (const commit of conn.runtime.store.readAll()) {
      for (const event of commit.events) write(envelopeOf(event, positionTime(commit.position)));
    }
    return 0;
  } catch (err) {
    return printError('tail', err);
  } finally {
    conn?.close();
  }
}

/**
 * The events the stack's bus publishes from now on, through a temporary rule and queue, until Ctrl-C. The bus
 * filters by the pattern; each message body is the envelope EventBridge delivered, printed as one line.
 */
async function followStack(stack: StackRef, pattern: unknown): Promise<number> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // The SDK's SQS and EventBridge clients load only for a deployed stack.
  const [{ createStackClients }, { openTailSubscription }] = await Promise.all([
    import('../lib/stack-clients.ts'),
    import('../lib/tail-subscription.ts'),
  ]);
  const clients = createStackClients({ region: stack.region });
  let subscription: TailSubscription | undefined;
  let code = 0;
  try {
    const bus = decideStackBus(readOutputsFile(stack.outputs), stack.stack);
    subscription = await openTailSubscription(clients, { bus, stack: stack.stack, pattern });
    if (subscription.removedStale) {
      process.stderr.write(`removed ${subscription.removedStale} stale rule(s)/queue(s) of an earlier tail\n`);
    }
    process.stderr.write(
      `following new events on bus ${bus} through rule and queue ${subscription.ruleName} (Ctrl-C to stop; both are deleted)\n`,
    );
    while (!stop.signal.aborted) {
      const bodies = await subscription.receive(stop.signal).catch((err: unknown) => {
        if (stop.signal.aborted) return [];
        throw err;
      });
      for (const body of bodies) process.stdout.write(`${JSON.stringify(JSON.parse(body))}\n`);
    }
  } catch (err) {
    code = printError('tail', err);
  }
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  try {
    await subscription?.close();
  } catch (err) {
    code = printError('tail', err);
  }
  clients.close();
  return code;
}

async function followDev(url: string): Promise<number> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  try {
    const res = await fetch(url, { signal: controller.signal });
    if (!res.ok || !res.body) {
      const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      process.stderr.write(
        `sitrep tail: error ${body.code ?? `HTTP${res.status}`}: ${body.message ?? 'stream refused'}\n`,
      );
      return res.status === 400 ? 2 : 1;
    }
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += Buffer.from(chunk).toString('utf8');
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (data) process.stdout.write(`${data.slice(6)}\n`);
      }
    }
    return 0;
  } catch (err) {
    if ((err as Error).name === 'AbortError') return 0;
    return printError('tail', err);
  }
}
