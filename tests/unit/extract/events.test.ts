import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../shared/extract/index.ts';
import { article, extract } from './helpers.ts';

const SEED = path.resolve(import.meta.dirname, '../../../../shared/corpus/dev/seed.txt');
const haveSeed = fs.existsSync(SEED);

describe('events', () => {
  const text =
    'Title\n\nPARIS, June 14 (Wire) - France began withdrawing its troops from Niger on Monday. Germany will send 500 soldiers to Lithuania.';

  it('gives the same ids for the same bytes, on every run', () => {
    const a = extractEvents(article(text, '2023-06-14'));
    const b = extractEvents(article(text, '2023-06-14'));
    expect(a.map((e) => e.id)).toEqual(b.map((e) => e.id));
    expect(new Set(a.map((e) => e.id)).size).toBe(a.length);
  });

  it('gives new ids when the article changes', () => {
    const a = extractEvents(article(text, '2023-06-14'));
    const b = extractEvents(article(`${text} More text.`, '2023-06-14'));
    expect(a.map((e) => e.id)).not.toEqual(b.map((e) => e.id));
  });

  it('points evidence at the article text', () => {
    for (const e of extract(text, '2023-06-14')) {
      expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.article.key).toBe('test.txt');
    }
  });

  it('finds nothing in text without events', () => {
    expect(extract('The weather in Paris was mild on Monday, and markets were calm.', '2023-06-14')).toEqual([]);
    expect(extract('', '2023-06-14')).toEqual([]);
  });

  it.skipIf(!haveSeed)(
    'extracts exactly the three events of the seed story (needs ../shared/corpus/dev/seed.txt)',
    () => {
      const events = extract(fs.readFileSync(SEED, 'utf8'), '2024-04-17');
      expect(events.map((e) => e.type).sort()).toEqual(['DeploymentAnnounced', 'EntityDissolved', 'WithdrawalBegun']);
      const dep = events.find((e) => e.type === 'DeploymentAnnounced')!;
      const wd = events.find((e) => e.type === 'WithdrawalBegun')!;
      const ed = events.find((e) => e.type === 'EntityDissolved')!;
      expect(dep).toMatchObject({
        actor: { name: 'Russia', code: 'RU' },
        location: { name: 'Nagorno-Karabakh' },
        personnel: 1960,
      });
      expect(['2020-11-10', '2020-11-09']).toContain(dep.occurredOn);
      expect(wd).toMatchObject({ actor: { name: 'Russia', code: 'RU' }, occurredOn: '2024-04-17' });
      expect(['Nagorno-Karabakh', 'Azerbaijan']).toContain(wd.type === 'WithdrawalBegun' && wd.location.name);
      expect(ed).toMatchObject({
        entity: { name: 'Republic of Nagorno-Karabakh' },
        occurredOn: '2024-01-01',
        decidedOn: '2023-09-28',
      });
    },
  );
});
