// Each pathological input must go through intake + extraction without throwing, in linear time: the same
// generator is timed at n and 4n and time(4n) < 12 × time(n) + 50 ms is required (a scaling ratio, not an
// absolute budget: linear is ~4×, quadratic ~16×; a pair over the bound is timed once more, see
// runAdversarialCase). The cases run one after another in one child process (one module load for all of them) that
// reports each case as it finishes; a case that reports nothing within the deadline has the child killed, so a
// superlinear extractor fails that case instead of hanging the suite, and the cases after it run in a new child.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL_CASES, linearBoundMs, type CaseTiming } from './adversarial-cases.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./adversarial-child.ts', import.meta.url));
/** The longest one case may take (the first also loads the modules). */
const CASE_DEADLINE_MS = 20_000;

type CaseOutcome = CaseTiming | { error: string };

/** Every case's timing, or why it has none (the case that hung, or the child's failure). */
async function runCasesInChild(names: string[]): Promise<Map<string, CaseOutcome>> {
  const outcomes = new Map<string, CaseOutcome>();
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...names], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CASE_DEADLINE_MS);
  };
  arm();
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  for await (const line of createInterface({ input: child.stdout })) {
    const { name, ...timing } = JSON.parse(line) as CaseTiming & { name: string };
    outcomes.set(name, timing);
    arm();
  }
  const code = await exited;
  clearTimeout(timer);
  const [stuck, ...rest] = names.filter((n) => !outcomes.has(n));
  if (stuck === undefined) return outcomes;
  outcomes.set(
    stuck,
    timedOut
      ? { error: `did not finish within ${CASE_DEADLINE_MS / 1000} s: superlinear (or very slow) processing` }
      : { error: `the child failed (exit ${code}):\n${stderr.slice(0, 2000)}` },
  );
  // The cases after the one that stopped the child run in a new one.
  for (const [name, outcome] of rest.length > 0 ? await runCasesInChild(rest) : []) outcomes.set(name, outcome);
  return outcomes;
}

describe('adversarial inputs through intake + extraction', () => {
  const names = ADVERSARIAL_CASES.map((c) => c.name);
  let outcomes: Map<string, CaseOutcome>;
  beforeAll(async () => {
    outcomes = await runCasesInChild(names);
  }, CASE_DEADLINE_MS * names.length);

  it.each(names)('%s: no throw, valid events, linear time', (name) => {
    const outcome = outcomes.get(name)!;
    if ('error' in outcome) throw new Error(`'${name}' ${outcome.error}`);
    const { msN, ms4N, problems } = outcome;
    expect(problems).toEqual([]);
    expect(ms4N, `time(n)=${msN.toFixed(1)} ms, time(4n)=${ms4N.toFixed(1)} ms`).toBeLessThan(linearBoundMs(msN));
  });
});
