import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startApi } from '../../infra/local/api.ts';
import { removeRuntimeFile, writeRuntimeFile } from '../../infra/local/runtime-file.ts';
import { startRuntime } from '../../infra/local/runtime.ts';
import { DATA_DIR_OPTION, printError } from '../lib/connect.ts';
import { CliUsageError } from '../usage.ts';
import type { RuntimeOptions } from '../../infra/local/runtime.ts';

type ChangeReport = Parameters<NonNullable<RuntimeOptions['onChange']>>[1];

/** One log word (and counts) for a handled change: a commit of failed articles is not reported as a success. */
export function describeChange(outcome: ChangeReport): string {
  if (outcome.status === 'error') return `error: ${outcome.message.split('\n')[0]}`;
  if (outcome.status !== 'appended') return outcome.status;
  if ('retracted' in outcome) return `deleted (${outcome.retracted} retracted)`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = `${plural(outcome.articles, 'article')}, ${plural(outcome.events.length, 'event')}`;
  return outcome.failed ? `failed (${outcome.failed} of ${counts})` : `processed (${counts})`;
}

export const DEV_HELP = `Usage: sitrep dev [--port N] [--s3-port N] [--host H] [--data-dir D] [--open]

Runs the pipeline as a service on this machine until Ctrl-C:
  - the dashboard at http://127.0.0.1:8787/ (map, timeline, missions, entities, evidence, articles; live);
  - an S3-compatible endpoint: upload articles with any S3 client and they are processed at once;
  - an HTTP API for the read models: GET /missions /entities /timeline /articles (filters as query parameters:
    actor, location, type, since, until, within, status, activeOn, sort), GET /status;
  - a live event stream (Server-Sent Events): GET /events?pattern=<EventBridge pattern JSON>.
Other sitrep commands on the same data directory (ingest, query, tail --follow) use this running instance.

Options:
  --port N       HTTP API port (default 8787; 0 picks a free port)
  --s3-port N    S3 endpoint port (default 4568; 0 picks a free port)
  --host H       interface to bind (default 127.0.0.1)
  --data-dir D   the pipeline's data directory (default .sitrep)
  --open         open the dashboard in the default browser
`;

const port = (v: string | undefined, name: string, fallback: number): number => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new CliUsageError(`--${name} must be a port number, got '${v}'`);
  return n;
};

export async function runDev(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...DATA_DIR_OPTION,
      port: { type: 'string' },
      's3-port': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      open: { type: 'boolean', default: false },
    },
  });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  const apiPort = port(values.port, 'port', 8787);
  const s3Port = port(values['s3-port'], 's3-port', 4568);
  const dataDir = values['data-dir'];

  let runtime;
  try {
    runtime = await startRuntime({
      dataDir,
      s3Port,
      host: values.host,
      onChange: (key, outcome) =>
        process.stderr.write(`${new Date().toISOString()} ${key}: ${describeChange(outcome)}\n`),
      onDeadLetter: (rule, event, error) =>
        process.stderr.write(`dead letter (${rule}) ${event['detail-type']} ${event.id}: ${error}\n`),
    });
  } catch (err) {
    return printError('dev', err);
  }
  let api;
  try {
    api = await startApi({
      port: apiPort,
      host: values.host,
      readModels: runtime.readModels,
      bus: runtime.bus,
      status: () => runtime.status(),
      dashboard: { objects: runtime.objects, bucket: runtime.bucket },
    });
  } catch (err) {
    await runtime.close();
    return printError('dev', { code: 'PORT_IN_USE', message: (err as Error).message });
  }
  await writeRuntimeFile(dataDir, {
    pid: process.pid,
    s3Endpoint: runtime.endpoints.s3,
    dynamoEndpoint: runtime.endpoints.dynamo,
    apiUrl: api.url,
    bucket: runtime.bucket,
  });
  process.stdout.write(
    [
      `sitrep dev: pipeline running, data in ${runtime.dataDir}`,
      `  S3 endpoint   ${runtime.endpoints.s3}  (bucket: ${runtime.bucket})`,
      `  upload        AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER aws s3 cp story.txt s3://${runtime.bucket}/ --endpoint-url ${runtime.endpoints.s3} --metadata published=2024-04-17`,
      `  dashboard     ${api.url}/`,
      `  read models   ${api.url}/missions   ${api.url}/entities   ${api.url}/timeline   ${api.url}/articles`,
      `  live events   curl -N --get --data-urlencode 'pattern={"source":["sitrep"]}' ${api.url}/events`,
      `Ctrl-C to stop.`,
      '',
    ].join('\n'),
  );
  if (values.open) openInBrowser(`${api.url}/`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await api.close();
  await runtime.close();
  await removeRuntimeFile(dataDir);
  process.stderr.write('sitrep dev: stopped\n');
  return 0;
}

/** Hands the URL to the desktop's opener; where there is none, says so and keeps running. */
function openInBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`sitrep dev: cannot open a browser (${opener}); open ${url}\n`));
  child.unref();
}
