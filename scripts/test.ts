// `npm test`: the static checks (`npm run check`) and the test suite (`vitest run`) side by side. The suite spends
// much of its time waiting on child processes and emulators, so the checks, run at a lower CPU priority, fill those
// waits instead of running before the suite; the suite's own timing keeps first call on the CPU. The exit code is 1
// if either failed. The checks' output is printed when they end; vitest prints as it goes.
import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';

/** How much lower the checks' CPU priority is than the suite's (a nice value: 0 is normal, 19 the lowest). */
const CHECK_NICENESS = 10;

function finished(child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    child.once('error', (err) => {
      process.stderr.write(`${err.message}\n`);
      resolve(false);
    });
    child.once('close', (code) => resolve(code === 0));
  });
}

const check = spawn('npm', ['run', '--silent', 'check'], { stdio: ['ignore', 'pipe', 'pipe'] });
if (check.pid !== undefined) {
  try {
    setPriority(check.pid, CHECK_NICENESS);
  } catch {
    // Where priorities cannot be set the checks simply run at the suite's priority.
  }
}
let checkOutput = '';
check.stdout.setEncoding('utf8').on('data', (c: string) => (checkOutput += c));
check.stderr.setEncoding('utf8').on('data', (c: string) => (checkOutput += c));
const checkDone = finished(check).then((ok) => {
  process.stdout.write(`\n> npm run check: ${ok ? 'ok' : 'FAILED'}\n${checkOutput}`);
  return ok;
});

const suite = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
const [checksOk, suiteOk] = await Promise.all([checkDone, finished(suite)]);
process.exitCode = checksOk && suiteOk ? 0 : 1;
