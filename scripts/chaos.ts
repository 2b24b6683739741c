// `npm run chaos [-- RUNS [OPERATIONS [FIRST_SEED]]]`: scripted chaos runs against `sitrep dev` (tests/chaos/chaos-run.ts),
// by default 10 runs of 200 operations each. Prints one line per run; exits 1 if any run's read models differ from a
// clean ingest of its bucket's final contents (the differences and the seed to replay are printed).
import { runChaos } from '../tests/chaos/chaos-run.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const USAGE = 'usage: npm run chaos -- [RUNS=10] [OPERATIONS=200] [FIRST_SEED=1]';
const [runs = 10, operations = 200, firstSeed = 1] = process.argv.slice(2).map(Number);
if (process.argv.includes('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (![runs, operations, firstSeed].every((n) => Number.isInteger(n) && n > 0)) {
  process.stderr.write(`BAD_ARGUMENT: ${USAGE}\n`);
  process.exit(2);
}
let passed = 0;
for (let i = 0; i < runs; i++) {
  const seed = firstSeed + i;
  const started = Date.now();
  const r = await runChaos({ operations, seed });
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  const line = `run ${i + 1}/${runs} seed ${seed}: ${r.operations} operations, ${r.kills.dev} kills of dev, ${r.kills.ingest} of ingest, ${r.objects} objects at the end, ${secs} s`;
  if (r.differences.length) {
    process.stdout.write(`${line}: DIFFERENT (${r.differences.length})\n${r.differences.slice(0, 20).join('\n')}\n`);
  } else {
    passed++;
    process.stdout.write(`${line}: read models equal a clean ingest\n`);
  }
}
process.stdout.write(`${passed}/${runs} runs equal a clean ingest\n`);
if (passed !== runs) process.exitCode = 1;
