// Runs one Lambda bundle the way the nodejs runtime does, in a fresh process (started by bundles.test.ts with
// the Node 24 of tools/node24): import the module (its init), then call `handler(event, context)` once.
//   node invoke-bundle.mjs BUNDLE EVENT_FILE RESULT_FILE
// RESULT_FILE receives {"node", "initMs", "ok": true, "result"} or {"node", "ok": false, "phase", "error"}.
// The handler's logs and metrics go to stdout/stderr, as on Lambda.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [bundle, eventFile, resultFile] = process.argv.slice(2);
const name = basename(dirname(bundle));
const context = {
  callbackWaitsForEmptyEventLoop: true,
  functionName: `sitrep-${name}`,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:sitrep-${name}`,
  memoryLimitInMB: '1024',
  awsRequestId: randomUUID(),
  logGroupName: `/aws/lambda/sitrep-${name}`,
  logStreamName: 'local',
  getRemainingTimeInMillis: () => 60_000,
  done() {},
  fail() {},
  succeed() {},
};

let phase = 'init';
let outcome;
try {
  const started = performance.now();
  const mod = await import(pathToFileURL(bundle).href);
  const initMs = performance.now() - started;
  phase = 'invoke';
  const result = await mod.handler(JSON.parse(readFileSync(eventFile, 'utf8')), context);
  outcome = { node: process.version, initMs, ok: true, result: result ?? null };
} catch (err) {
  outcome = { node: process.version, ok: false, phase, error: { name: err?.name, message: err?.message } };
}
writeFileSync(resultFile, JSON.stringify(outcome));
// Idle keep-alive sockets of the SDK clients would keep the process alive: exit once the output is flushed.
process.stdout.write('', () => process.stderr.write('', () => process.exit(outcome.ok ? 0 : 1)));
