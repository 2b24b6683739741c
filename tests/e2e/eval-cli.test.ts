import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGoldJsonl, parsePredictionJsonl } from '../../shared/eval/gold.ts';
import { formatScore, scorePredictions } from '../../shared/eval/score.ts';
import { isHeldOut } from '../../shared/eval/split.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = join(ROOT, '../shared');
const SCORE_MJS = join(SHARED, 'tools/score.mjs');
const DEV_GOLD = join(SHARED, 'corpus/dev/gold.jsonl');
const haveCorpus = existsSync(SCORE_MJS) && existsSync(DEV_GOLD);
if (!haveCorpus) console.warn(`eval e2e corpus test skipped: ${SCORE_MJS} or ${DEV_GOLD} not found`);

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-eval-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(cmd: string, args: string[]) {
  const r = spawnSync(process.execPath, [cmd, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sitrep = (...args: string[]) => run('bin/sitrep.js', ['eval', ...args]);
const SUMMARY_LINES = 5;
const EXT_GOLD = join(SHARED, 'corpus/external/gold.jsonl');
const EXT_ITEMS = join(SHARED, 'corpus/external/items.jsonl');
const haveExternal = existsSync(SCORE_MJS) && existsSync(EXT_GOLD) && existsSync(EXT_ITEMS);
if (!haveExternal) console.warn(`eval e2e items test skipped: ${EXT_GOLD} or ${EXT_ITEMS} not found`);

describe.skipIf(!haveCorpus)('sitrep eval on the dev corpus', () => {
  it('prints the same per-type, accuracy and overall lines as score.mjs on its --pred-out file', () => {
    const predOut = join(tmp, 'dev', 'pred.jsonl');
    const ours = sitrep(
      '--gold',
      '../shared/corpus/dev/gold.jsonl',
      '--dir',
      '../shared/corpus/dev',
      '--pred-out',
      predOut,
    );
    expect(ours.stderr).toBe('');
    expect(ours.code).toBe(0);

    const team = run(SCORE_MJS, [DEV_GOLD, predOut]);
    expect(team.code).toBe(0);
    expect(ours.stdout.split('\n').slice(0, SUMMARY_LINES)).toEqual(team.stdout.trimEnd().split('\n'));

    const goldCount = parseGoldJsonl(readFileSync(DEV_GOLD, 'utf8')).length;
    const preds = parsePredictionJsonl(readFileSync(predOut, 'utf8'));
    expect(preds).toHaveLength(goldCount);
    for (const p of preds) expect(Object.keys(p)).toEqual(['file', 'article', 'events']);
  });

  it('prints every miss after the summary, the same as score.mjs --verbose logs', () => {
    const predOut = join(tmp, 'dev-verbose', 'pred.jsonl');
    const ours = sitrep('--gold', DEV_GOLD, '--dir', join(SHARED, 'corpus/dev'), '--pred-out', predOut);
    const team = run(SCORE_MJS, [DEV_GOLD, predOut, '--verbose']);
    const teamLines = team.stdout.trimEnd().split('\n');
    const teamMisses = teamLines.slice(0, -SUMMARY_LINES).filter((line) => line);
    const ourMisses = ours.stdout
      .trimEnd()
      .split('\n')
      .slice(SUMMARY_LINES + 2);
    expect(ourMisses).toEqual(teamMisses);
  });
});

describe('sitrep eval on a small fixture', () => {
  const dir = join(tmp, 'fixture');
  const gold = join(dir, 'gold.jsonl');
  const goldLines = [
    {
      id: 'a',
      file: 'a.txt',
      published: '2024-04-17',
      events: [{ type: 'WithdrawalBegun', actor: ['Russia'], location: ['Karabakh'], date: [] }],
    },
    { id: 'b', file: 'b.txt', published: null, events: [] },
    { id: 'gone', file: 'missing.txt', published: null, events: [] },
  ];
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(gold, goldLines.map((g) => JSON.stringify(g)).join('\n') + '\n');
    writeFileSync(join(dir, 'a.txt'), 'BAKU, April 17. Russian peacekeepers have begun to withdraw from Karabakh.\n');
    writeFileSync(join(dir, 'b.txt'), 'The weather was mild in the capital on Tuesday.\n');
  });

  it('scores what it predicted, reports the unreadable article on stderr and exits 1', () => {
    const predOut = join(tmp, 'fixture-out', 'pred.jsonl');
    const r = sitrep('--gold', gold, '--dir', dir, '--pred-out', predOut);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sitrep eval: error NOT_FOUND: .*missing\.txt: no such file\n$/);
    const preds = parsePredictionJsonl(readFileSync(predOut, 'utf8'));
    expect(preds.map((p) => p.file?.split('/').pop())).toEqual(['a.txt', 'b.txt']);
    const expected = scorePredictions(parseGoldJsonl(readFileSync(gold, 'utf8')), preds);
    expect(r.stdout.split('\n').slice(0, SUMMARY_LINES)).toEqual(formatScore(expected));
    expect(r.stdout).toContain('articles without output 1/3');
  });

  it('prints the score as JSON with --json', () => {
    const r = sitrep('--gold', gold, '--dir', dir, '--json');
    const score = JSON.parse(r.stdout) as { overall: object; perType: object; misses: string[] };
    expect(Object.keys(score.perType)).toEqual(['DeploymentAnnounced', 'WithdrawalBegun', 'EntityDissolved']);
    expect(score.overall).toHaveProperty('f1');
    expect(score).toHaveProperty('articlesWithoutOutput', { missing: 1, total: 3 });
  });

  it('scores the held-apart fifth or the rest of an items file with --split', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `item-${i}`);
    const items = join(dir, 'split-items.jsonl');
    const itemsGold = join(dir, 'split-gold.jsonl');
    writeFileSync(items, ids.map((id) => JSON.stringify({ id, text: 'The weather was mild.' })).join('\n') + '\n');
    writeFileSync(
      itemsGold,
      ids.map((id) => JSON.stringify({ id, file: `${id}.txt`, published: null, events: [] })).join('\n') + '\n',
    );
    const total = (split: string) => {
      const r = sitrep('--gold', itemsGold, '--items', items, '--split', split, '--json');
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { articlesWithoutOutput: { total: number } }).articlesWithoutOutput.total;
    };
    const heldOut = ids.filter(isHeldOut).length;
    expect(heldOut).toBeGreaterThan(0);
    expect(total('holdout')).toBe(heldOut);
    expect(total('train')).toBe(ids.length - heldOut);
  });
});

describe('sitrep eval usage errors', () => {
  it.each([
    ['missing --gold', ['--dir', '.'], /--dir must follow the --gold it belongs to/],
    ['missing --dir', ['--gold', 'gold.jsonl'], /--gold gold\.jsonl needs --dir ARTICLES_DIR or --items ITEMS\.jsonl/],
    ['no set at all', ['--json'], /--gold GOLD\.jsonl is required/],
    ['an unknown option', ['--gold', 'g', '--dir', '.', '--bogus'], /unknown option '--bogus'/],
    ['an option without its value', ['--dir', '.', '--gold'], /option '--gold' needs a value/],
    ['a stray argument', ['--gold', 'g', '--dir', '.', 'extra'], /unexpected argument 'extra'/],
  ])('%s → exit 2 with one USAGE line', (_what, args, message) => {
    const r = sitrep(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sitrep eval: error USAGE: .+\n$/);
    expect(r.stderr).toMatch(message);
  });

  it('fails with exit 1 and one line when the gold file is missing or malformed', () => {
    const missing = sitrep('--gold', join(tmp, 'nope.jsonl'), '--dir', tmp);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^sitrep eval: error NOT_FOUND: .*nope\.jsonl: no such file\n$/);
    const bad = join(tmp, 'bad.jsonl');
    writeFileSync(bad, '{"id":"x","file":"x.txt","events":[]}\nnot json\n');
    const malformed = sitrep('--gold', bad, '--dir', tmp);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/^sitrep eval: error BAD_GOLD: .*bad\.jsonl:2: not JSON/);
  });

  it('prints its help with --help', () => {
    const r = sitrep('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: sitrep eval --gold GOLD\.jsonl \(--dir ARTICLES_DIR \| --items ITEMS\.jsonl\)/);
  });
});

describe.skipIf(!haveExternal)('sitrep eval on an items file, several sets and a split', () => {
  it('scores items read from their "text" field as score.mjs scores the --pred-out lines', () => {
    const predOut = join(tmp, 'items', 'pred.jsonl');
    const ours = sitrep('--gold', EXT_GOLD, '--items', EXT_ITEMS, '--pred-out', predOut);
    expect(ours.stderr).toBe('');
    expect(ours.code).toBe(0);
    const team = run(SCORE_MJS, [EXT_GOLD, predOut]);
    expect(ours.stdout.split('\n').slice(0, SUMMARY_LINES)).toEqual(team.stdout.trimEnd().split('\n'));
    expect(ours.stdout).toMatch(/^source HistoryAtState\/milestones \(\d+ articles\): P=/m);
  });

  it('scores several sets, each on its own and then together, and writes the misses with their text', () => {
    const misses = join(tmp, 'misses', 'misses.jsonl');
    const ours = sitrep(
      '--gold',
      DEV_GOLD,
      '--dir',
      join(SHARED, 'corpus/dev'),
      '--gold',
      EXT_GOLD,
      '--items',
      EXT_ITEMS,
      '--split',
      'holdout',
      '--misses',
      misses,
    );
    expect(ours.code).toBe(0);
    expect(ours.stdout).toContain(`== ${DEV_GOLD} (`);
    expect(ours.stdout).toContain(`== ${EXT_GOLD} (`);
    expect(ours.stdout).toMatch(/^== all sets \(\d+ articles\)$/m);
    const records = readFileSync(misses, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { set: string; id: string; miss: string; text?: string });
    for (const r of records) {
      expect(r.miss.startsWith(`${r.id} `)).toBe(true);
      expect(typeof r.text).toBe('string');
    }
  });

  it('refuses a --dir or --items without its --gold, and an unknown split, with one line and exit 2', () => {
    for (const args of [
      ['--items', EXT_ITEMS],
      ['--gold', EXT_GOLD],
      ['--gold', EXT_GOLD, '--items', EXT_ITEMS, '--split', 'half'],
    ]) {
      const r = sitrep(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
