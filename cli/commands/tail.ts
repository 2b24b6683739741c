import { parseArgs } from 'node:util';
import { positionTime } from '../../shared/adapters/aws/event-store-item.ts';
import { compileEventPattern } from '../../shared/adapters/local/event-pattern/index.ts';
import { EVENT_SOURCE, type EventEnvelope, type LogEvent } from '../../shared/events/envelope.ts';
import { connect, DATA_DIR_OPTION, disconnect, printError } from '../lib/connect.ts';
import { CliUsageError } from '../usage.ts';

export const TAIL_HELP = `Usage: sitrep tail [--pattern JSON] [--follow] [--data-dir D]

Prints the events of the local event log as NDJSON EventBridge envelopes
(version, id, detail-type, source, account, time, region, resources, detail), oldest first.

Options:
  --pattern JSON   an EventBridge event pattern; only matching events are printed
                   e.g. '{"detail-type":["WithdrawalBegun"],"detail":{"actor":{"code":["RU"]}}}'
  --follow         keep running and print new events as they are published (Ctrl-C to stop)
  --data-dir D     the pipeline's data directory (default .sitrep)
`;

export async function runTail(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...DATA_DIR_OPTION, pattern: { type: 'string' }, follow: { type: 'boolean', default: false } },
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
