// Each pathological input must go through intake + extraction without throwing, in linear time: the same
// generator is timed at n and 4n and time(4n) < 12 × time(n) + 50 ms is required (a scaling ratio, not an
// absolute budget: linear is ~4×, quadratic ~16×). Each case runs in a child process with a deadline, so a
// superlinear extractor fails the case instead of hanging the suite.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_CASES, type CaseTiming } from './adversarial-cases.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./adversarial-child.ts', import.meta.url));
const DEADLINE_MS = 15_000;

function runInChild(name: string): CaseTiming {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, name], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: DEADLINE_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    throw new Error(`'${name}' did not finish within ${DEADLINE_MS / 1000} s: superlinear (or very slow) processing`);
  }
  if (r.status !== 0) throw new Error(`'${name}' failed (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout) as CaseTiming;
}

describe('adversarial inputs through intake + extraction', () => {
  it.each(ADVERSARIAL_CASES.map((c) => c.name))('%s: no throw, valid events, linear time', (name) => {
    const { msN, ms4N, problems } = runInChild(name);
    expect(problems).toEqual([]);
    expect(ms4N, `time(n)=${msN.toFixed(1)} ms, time(4n)=${ms4N.toFixed(1)} ms`).toBeLessThan(12 * msN + 50);
  });
});
