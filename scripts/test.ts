// `npm test`: the static checks (`npm run check`) and the test suite (`vitest run`) side by side. The suite spends part
// of its time waiting on child processes and emulators; the checks fill that time instead of running first. Vitest's
// output streams as it comes; the checks' output is printed whole when they end (scripts/check.ts prints each check
// under its name). Arguments go to vitest. The exit code is 1 if either failed.
import { spawn } from 'node:child_process';

function run(command: string, args: string[], capture: boolean): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.stderr?.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.once('error', (err) => {
      output += `${err.message}\n`;
    });
    child.once('close', (code) => resolve({ ok: code === 0, output }));
  });
}

const checks = run('npm', ['run', '--silent', 'check'], true).then((r) => {
  process.stdout.write(`\n== npm run check: ${r.ok ? 'ok' : 'FAILED'}\n${r.output}`);
  return r.ok;
});
const suite = run('npx', ['vitest', 'run', ...process.argv.slice(2)], false).then((r) => r.ok);
const [checksOk, suiteOk] = await Promise.all([checks, suite]);
if (!checksOk) process.stdout.write('\nnpm test: the static checks failed (their output is above)\n');
process.exitCode = checksOk && suiteOk ? 0 : 1;
