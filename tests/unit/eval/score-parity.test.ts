// The port must print what the team scorer prints: run both on every fixture case (and all of them at once).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatScore, scorePredictions } from '../../../shared/eval/score.ts';
import { CASES, type ScoringCase } from './fixtures.ts';

const SCORE_MJS = fileURLToPath(new URL('../../../../shared/tools/score.mjs', import.meta.url));
const haveScorer = existsSync(SCORE_MJS);
if (!haveScorer) console.warn(`score parity tests skipped: team scorer not found at ${SCORE_MJS}`);

const dir = mkdtempSync(join(tmpdir(), 'sitrep-score-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jsonl = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** score.mjs --verbose output: the miss log, then the summary. */
function runScoreMjs(c: ScoringCase, name: string): string {
  const gold = join(dir, `${name}.gold.jsonl`);
  const pred = join(dir, `${name}.pred.jsonl`);
  writeFileSync(gold, jsonl(c.gold));
  writeFileSync(pred, jsonl(c.preds));
  return execFileSync(process.execPath, [SCORE_MJS, gold, pred, '--verbose'], { encoding: 'utf8' });
}

const allCases: ScoringCase = {
  name: 'all cases together',
  gold: CASES.flatMap((c) => c.gold),
  preds: CASES.flatMap((c) => c.preds),
};

describe.skipIf(!haveScorer)(
  `shared/eval/score.ts agrees with ${haveScorer ? 'score.mjs' : 'score.mjs (not found)'}`,
  () => {
    it.each([...CASES, allCases].map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
      const score = scorePredictions(c.gold, c.preds);
      const ours = [score.misses.join('\n'), ...formatScore(score)].join('\n') + '\n';
      expect(ours).toBe(runScoreMjs(c, `case${i}`));
    });
  },
);
