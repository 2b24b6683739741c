// `npm run check`: the static checks in two lanes, one per core of the CI machine (each check is mostly one
// thread). A lane stops at its first failure; the other finishes; the exit code is 1 if any check failed. Each
// check's output is printed whole when it ends, under its name.
import { spawn } from 'node:child_process';

const LANES = [
  ['typecheck', 'schemas:check', 'gazetteer:check'],
  ['lint', 'format:check', 'diagram:check'],
];

function runScript(name: string): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.once('error', (err) => {
      output += `${err.message}\n`;
    });
    child.once('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`> ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds} s\n${output}`);
      if (output && !output.endsWith('\n')) process.stdout.write('\n');
      resolve(code === 0);
    });
  });
}

async function runLane(names: string[]): Promise<boolean> {
  for (const name of names) if (!(await runScript(name))) return false;
  return true;
}

const results = await Promise.all(LANES.map(runLane));
process.exitCode = results.every(Boolean) ? 0 : 1;
