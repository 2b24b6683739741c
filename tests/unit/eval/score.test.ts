import { describe, expect, it } from 'vitest';
import { formatScore, nameMatches, normalizeName, scorePredictions, type Score } from '../../../shared/eval/score.ts';
import { parseGoldJsonl } from '../../../shared/eval/gold.ts';
import { CASES } from './fixtures.ts';

const scoreOf = (name: string): Score => {
  const c = CASES.find((x) => x.name.startsWith(name));
  if (!c) throw new Error(`no fixture case '${name}'`);
  return scorePredictions(c.gold, c.preds);
};
const counts = (s: Score) => Object.values(s.perType).map(({ tp, fp, fn }) => [tp, fp, fn]);

describe('normalizeName', () => {
  it.each([
    ['Türkiye', 'turkiye'],
    ["Côte d'Ivoire", 'cote d ivoire'],
    ['The Netherlands', 'netherlands'],
    ["Israel's Knesset", 'israel knesset'],
    ['Israel’s Knesset', 'israel knesset'],
    ['U.S.', 'u s'],
    ['  Nagorno-Karabakh!! ', 'nagorno karabakh'],
    ['Theodore', 'theodore'],
    [undefined, ''],
  ])('%j → %j', (input, expected) => expect(normalizeName(input)).toBe(expected));
});

describe('nameMatches', () => {
  it('matches equal names and whole-word containment of ≥ 4 chars', () => {
    expect(nameMatches('eastern Democratic Republic of the Congo', ['Democratic Republic of the Congo'])).toBe(true);
    expect(nameMatches('Mali', ['the Republic of Mali'])).toBe(true);
    expect(nameMatches('UN peacekeepers', ['UN'])).toBe(false);
    expect(nameMatches('Iranian', ['Iran'])).toBe(false);
    expect(nameMatches('', [''])).toBe(false);
  });

  it('needs ≥ 2 words in the contained name when minWords is 2 (entities)', () => {
    expect(nameMatches('Israel', ["Israel's Knesset"], 2)).toBe(false);
    expect(nameMatches('Wagner Group', ['the Wagner Group private military company'], 2)).toBe(true);
    expect(nameMatches('Artsakh', ['Artsakh'], 2)).toBe(true);
  });
});

describe('scorePredictions on the fixture cases', () => {
  it('normalizes names before comparing', () => {
    expect(counts(scoreOf('name normalization'))).toEqual([
      [3, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
    ]);
  });

  it('applies the containment rule', () => {
    const s = scoreOf('containment');
    expect(counts(s)).toEqual([
      [2, 2, 2],
      [0, 1, 1],
      [2, 1, 1],
    ]);
    expect(s.misses).toContain('contain FP EntityDissolved ||Israel ');
    expect(s.misses).toContain("contain FN EntityDissolved ||Israel's Knesset");
  });

  it('matches actors by actor_code only where gold has one', () => {
    expect(counts(scoreOf('actor_code'))).toEqual([
      [1, 0, 0],
      [0, 2, 2],
      [0, 0, 0],
    ]);
  });

  it('neither rewards nor punishes optional events', () => {
    const s = scoreOf('optional events');
    expect(s.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.dateAccuracy).toEqual({ correct: 1, total: 1 });
    expect(s.personnelAccuracy).toEqual({ correct: 1, total: 1 });
  });

  it('lets required events claim predictions first and counts repeats as false positives', () => {
    const s = scoreOf('required gold events');
    expect(s.overall).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.misses).toEqual(['order FP DeploymentAnnounced NATO|Kosovo| 2023-05-31']);
  });

  it('counts every prediction on a negative article as a false positive', () => {
    const s = scoreOf('negative articles');
    expect(s.overall).toMatchObject({ tp: 0, fp: 2, fn: 0 });
    expect(s.overall.precision).toBe(0);
  });

  it('measures date and personnel accuracy over found events', () => {
    const s = scoreOf('date and personnel');
    expect(s.dateAccuracy).toEqual({ correct: 2, total: 5 });
    expect(s.personnelAccuracy).toEqual({ correct: 1, total: 3 });
    expect(s.misses).toEqual([
      'acc DATE DeploymentAnnounced want 2021-07 got 2021-07-09',
      'acc PERS DeploymentAnnounced want 1000 got null',
      'acc DATE WithdrawalBegun want 2024-04-17 got null',
      'acc DATE EntityDissolved want 2024-01-01 got undefined',
      'acc PERS EntityDissolved want 50 got undefined',
      'acc FN DeploymentAnnounced Germany|Lithuania|',
    ]);
  });

  it('looks predictions up by basename and counts articles without output', () => {
    const s = scoreOf('missing files');
    expect(s.articlesWithoutOutput).toEqual({ missing: 1, total: 5 });
    expect(s.overall).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  });

  it('ignores unknown event types', () => {
    expect(scoreOf('unknown event types').overall).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('formatScore', () => {
  it('prints per-type, accuracy and overall lines in the score.mjs layout', () => {
    const all = CASES.flatMap((c) => c.gold);
    const preds = CASES.flatMap((c) => c.preds);
    expect(formatScore(scorePredictions(all, preds))).toEqual([
      'DeploymentAnnounced  P=0.79 R=0.79 F1=0.79 (tp 11 fp 3 fn 3)',
      'WithdrawalBegun      P=0.55 R=0.60 F1=0.57 (tp 6 fp 5 fn 4)',
      'EntityDissolved      P=0.78 R=0.88 F1=0.82 (tp 7 fp 2 fn 1)',
      'date accuracy 4/7  personnel accuracy 2/4  articles without output 1/14',
      'overall P=0.71 R=0.75 F1=0.73 dateAcc=0.57',
    ]);
  });
});

describe('parseGoldJsonl', () => {
  it('reads gold lines and skips blank ones', () => {
    const gold = parseGoldJsonl('{"id":"a","file":"a.txt","events":[]}\n\n{"id":"b","file":"b.txt","events":[]}\n');
    expect(gold.map((g) => g.id)).toEqual(['a', 'b']);
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseGoldJsonl('{"id":"a","file":"a.txt","events":[]}\n{oops', 'gold.jsonl')).toThrow(
      /^gold\.jsonl:2: not JSON/,
    );
    expect(() => parseGoldJsonl('{"id":"a","file":"a.txt","events":[{"type":"Nope"}]}')).toThrow(
      /^gold:1: events\.0\.type/,
    );
  });
});
