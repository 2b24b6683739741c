import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../shared/events/contracts.ts';
import {
  applyToFacts,
  conflictsOf,
  distinctFigures,
  emptyFacts,
  InMemoryReadModelStore,
  lifecycleOf,
  nextStatus,
  phaseOf,
  projectMissions,
  publisherOf,
  type Phase,
} from '../../../shared/projections/index.ts';
import { deployment, processed, withdrawal } from './fixtures.ts';

const ARRIVED = 'The first Russian peacekeepers arrived in Stepanakert on Tuesday.';
const COMPLETED = 'The last Russian peacekeepers left Karabakh, completing the withdrawal.';

/** The mission row of events, each visible in its own article record. */
function missionOf(...events: DomainEvent[]) {
  const byArticle = new Map<string, DomainEvent[]>();
  for (const e of events) byArticle.set(e.article.key, [...(byArticle.get(e.article.key) ?? []), e]);
  const records = [...byArticle].map(([key, list]) => processed(key, 1, list));
  const rows = projectMissions(applyToFacts(emptyFacts, [...events, ...records]));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('stages', () => {
  it('reads arrival and completion from the evidence, else announced and withdrawing', () => {
    expect(phaseOf(deployment('a'))).toBe('announced');
    expect(phaseOf(deployment('b', { evidence: ARRIVED }))).toBe('deployed');
    expect(phaseOf(withdrawal('c', { evidence: 'The process has already begun.' }))).toBe('withdrawing');
    expect(phaseOf(withdrawal('d', { evidence: COMPLETED }))).toBe('withdrawn');
  });

  it('a deployment reopens a withdrawn mission; an announcement does not undo an arrival', () => {
    const fold = (...phases: Phase[]) => phases.reduce<Phase | null>(nextStatus, null);
    expect(fold('announced', 'deployed', 'withdrawing', 'withdrawn')).toBe('withdrawn');
    expect(fold('deployed', 'announced')).toBe('deployed');
    expect(fold('withdrawn', 'withdrawing')).toBe('withdrawn');
    expect(fold('withdrawn', 'announced')).toBe('announced');
  });
});

describe('lifecycle', () => {
  it('given dated stages, then the history in date order and the status it ends in', () => {
    const m = missionOf(
      deployment('d1', { occurredOn: '2020-11-09', articleKey: 'a.txt' }),
      deployment('d2', { occurredOn: '2020-11-09', articleKey: 'b.txt' }),
      deployment('d3', { occurredOn: '2020-11-13', evidence: ARRIVED, articleKey: 'c.txt' }),
      withdrawal('w1', { occurredOn: '2024-04-17', articleKey: 'd.txt' }),
      withdrawal('w2', { occurredOn: '2024-06-12', evidence: COMPLETED, articleKey: 'e.txt' }),
    );
    expect(m.history.map((h) => [h.phase, h.on, h.sourceCount])).toEqual([
      ['announced', '2020-11-09', 2],
      ['deployed', '2020-11-13', 1],
      ['withdrawing', '2024-04-17', 1],
      ['withdrawn', '2024-06-12', 1],
    ]);
    expect(m).toMatchObject({
      status: 'withdrawn',
      firstReportedOn: '2020-11-09',
      lastReportedOn: '2024-06-12',
      announcedOn: '2020-11-09',
      withdrawalBegunOn: '2024-04-17',
    });
  });

  it('given a deployment after the withdrawal, then the mission is reopened', () => {
    const m = missionOf(
      deployment('d1', { occurredOn: '2015', articleKey: 'a.txt' }),
      withdrawal('w1', { occurredOn: '2016-03', evidence: COMPLETED, articleKey: 'b.txt' }),
      deployment('d2', { occurredOn: '2017-01-02', evidence: ARRIVED, articleKey: 'c.txt' }),
    );
    expect(m.status).toBe('deployed');
  });

  it('given no stated date, then the publication date, and the basis says so', () => {
    const m = missionOf(
      deployment('d', { occurredOn: '2020-11-09' }),
      withdrawal('w', { occurredOn: null, published: '2024-04-17', articleKey: 'b.txt' }),
    );
    expect(m).toMatchObject({
      withdrawalBegunOn: '2024-04-17',
      dateBasis: { announcedOn: 'stated', withdrawalBegunOn: 'published', lastReportedOn: 'published' },
    });
    expect(m.history.map((h) => h.dateBasis)).toEqual(['stated', 'published']);
  });

  it('given an undated withdrawal, then it still ends a dated deployment (status withdrawing)', () => {
    const life = lifecycleOf([deployment('d', { occurredOn: '2020-11-09' }), withdrawal('w', { occurredOn: null })]);
    expect(life).toMatchObject({ status: 'withdrawing', withdrawalBegunOn: null });
    expect(life.history.at(-1)).toMatchObject({ phase: 'withdrawing', on: null, dateBasis: null });
  });
});

describe('figures and conflicts', () => {
  it('given figures of different dates, then the latest is personnel and every one is listed', () => {
    const m = missionOf(
      deployment('a', { occurredOn: '2020-11-09', personnel: 1960, articleKey: 'a.txt' }),
      deployment('b', { occurredOn: '2021-03-01', personnel: 2000, articleKey: 'b.txt' }),
      deployment('c', { occurredOn: null, personnel: 5000, articleKey: 'c.txt' }),
    );
    expect(m).toMatchObject({ personnel: 2000, personnelOn: '2021-03-01', figureCount: 3, conflicts: [] });
    expect(m.figures.map((f) => [f.personnel, f.on, f.articleKey])).toEqual([
      [5000, null, 'c.txt'],
      [1960, '2020-11-09', 'a.txt'],
      [2000, '2021-03-01', 'b.txt'],
    ]);
  });

  it('given head counts of one date beyond the tolerance, then a personnel conflict; within it, none', () => {
    const close = [
      deployment('a', { occurredOn: '2020-11-10', personnel: 1960, articleKey: 'a.txt' }),
      deployment('b', { occurredOn: '2020-11-10', personnel: 2000, articleKey: 'b.txt' }),
    ];
    expect(conflictsOf(close, distinctFigures(close))).toEqual([]);
    const far = [...close, deployment('c', { occurredOn: '2020-11-10', personnel: 3000, articleKey: 'c.txt' })];
    expect(conflictsOf(far, distinctFigures(far))).toEqual([
      {
        field: 'personnel',
        on: '2020-11-10',
        values: [
          { value: 1960, articleKeys: ['a.txt'] },
          { value: 2000, articleKeys: ['b.txt'] },
          { value: 3000, articleKeys: ['c.txt'] },
        ],
      },
    ]);
  });

  it('given first-deployment dates a day apart, then none; a week apart, then a date conflict', () => {
    const nov9 = deployment('a', { occurredOn: '2020-11-09', articleKey: 'a.txt', personnel: null });
    const nov10 = deployment('b', { occurredOn: '2020-11-10', articleKey: 'b.txt', personnel: null });
    const nov17 = deployment('c', { occurredOn: '2020-11-17', articleKey: 'c.txt', personnel: null });
    expect(conflictsOf([nov9, nov10], [])).toEqual([]);
    expect(conflictsOf([nov9, nov17], [])).toEqual([
      {
        field: 'announcedOn',
        on: '2020-11-09',
        values: [
          { value: '2020-11-09', articleKeys: ['a.txt'] },
          { value: '2020-11-17', articleKeys: ['c.txt'] },
        ],
      },
    ]);
  });

  it('given one article saying forces are there and another that they all left on one date, then a status conflict', () => {
    const there = deployment('a', { occurredOn: '2024-06-01', evidence: ARRIVED, articleKey: 'a.txt' });
    const gone = withdrawal('b', { occurredOn: '2024-06-01', evidence: COMPLETED, articleKey: 'b.txt' });
    expect(conflictsOf([there, gone], []).map((c) => [c.field, c.on])).toEqual([['status', '2024-06-01']]);
    const sameArticle = withdrawal('c', { occurredOn: '2024-06-01', evidence: COMPLETED, articleKey: 'a.txt' });
    expect(conflictsOf([there, sameArticle], [])).toEqual([]);
  });
});

describe('corroboration', () => {
  it('counts events, distinct articles and distinct publishers, and links each evidence with its offsets', () => {
    const m = missionOf(
      deployment('a', { articleKey: 'a.txt', url: 'https://www.reuters.com/world/1' }),
      deployment('b', { articleKey: 'b.txt', url: 'https://reuters.com/world/2' }),
      deployment('c', { articleKey: 'c.txt', url: 'https://tass.com/3' }),
      withdrawal('d', { articleKey: 'c.txt', url: 'https://tass.com/3' }),
      deployment('e', { articleKey: 'e.txt' }),
    );
    expect(m).toMatchObject({ eventCount: 5, sourceCount: 4, publisherCount: 2 });
    expect(m.sources[0]).toMatchObject({ articleKey: 'a.txt', evidence: 'Evidence for a.', start: 0, end: 15 });
    expect(publisherOf('not a url')).toBeUndefined();
  });
});

describe('mission queries', () => {
  const RU = { name: 'Russia', code: 'RU' };
  const log = () => {
    const events: DomainEvent[] = [
      deployment('k', {
        actor: RU,
        location: { name: 'Kyiv', code: 'UA', admin1: 'Kyiv City' },
        occurredOn: '2022-02-24',
        articleKey: 'a.txt',
      }),
      withdrawal('kw', {
        actor: RU,
        location: { name: 'Kyiv', code: 'UA', admin1: 'Kyiv City' },
        occurredOn: '2022-04-01',
        evidence: COMPLETED,
        articleKey: 'a.txt',
      }),
      withdrawal('c', {
        actor: RU,
        location: { name: 'Chernihiv', code: 'UA', admin1: 'Chernihiv Oblast' },
        occurredOn: '2022-03-30',
        articleKey: 'b.txt',
      }),
      deployment('n', {
        actor: RU,
        location: { name: 'Nagorno-Karabakh', code: 'AZ' },
        occurredOn: '2020-11-09',
        articleKey: 'c.txt',
      }),
      withdrawal('nw', {
        actor: RU,
        location: { name: 'Azerbaijan', code: 'AZ', precision: 'country' },
        occurredOn: '2024-04-17',
        articleKey: 'c.txt',
      }),
    ];
    const byArticle = new Map<string, DomainEvent[]>();
    for (const e of events) byArticle.set(e.article.key, [...(byArticle.get(e.article.key) ?? []), e]);
    return [...events, ...[...byArticle].map(([key, list]) => processed(key, 1, list))];
  };

  it('within a state, an area or a curated region; by status; present on a date; sorted', async () => {
    const store = new InMemoryReadModelStore();
    await store.apply(log());
    const keys = async (filter: object) => (await store.query('missions', filter)).map((r) => r.key);
    expect(await keys({ within: 'Ukraine' })).toEqual(['RU|UA|chernihiv', 'RU|UA|kyiv city']);
    expect(await keys({ within: 'ua' })).toEqual(['RU|UA|chernihiv', 'RU|UA|kyiv city']);
    expect(await keys({ within: 'Chernihiv Oblast' })).toEqual(['RU|UA|chernihiv']);
    expect(await keys({ within: 'Azerbaijan' })).toEqual(['RU|AZ|nagorno karabakh']);
    expect(await keys({ within: 'Karabakh' })).toEqual(['RU|AZ|nagorno karabakh']);
    expect(await keys({ status: 'withdrawn' })).toEqual(['RU|UA|kyiv city']);
    expect(await keys({ activeOn: '2022-03-01' })).toEqual(['RU|AZ|nagorno karabakh', 'RU|UA|kyiv city']);
    // Kyiv: withdrawn by then; Chernihiv: a withdrawal under way still has forces there.
    expect(await keys({ activeOn: '2022-05' })).toEqual(['RU|AZ|nagorno karabakh', 'RU|UA|chernihiv']);
    expect(await keys({ activeOn: '2019' })).toEqual([]);
    expect(await keys({ sort: 'first-reported' })).toEqual([
      'RU|AZ|nagorno karabakh',
      'RU|UA|kyiv city',
      'RU|UA|chernihiv',
    ]);
    expect(await keys({ sort: 'last-reported' })).toEqual([
      'RU|AZ|nagorno karabakh',
      'RU|UA|kyiv city',
      'RU|UA|chernihiv',
    ]);
    expect(await store.query('entities', { within: 'Ukraine' })).toEqual([]);
    await expect(store.query('missions', { status: 'gone' })).rejects.toThrow(/status/);
    await expect(store.query('missions', { sort: 'size' })).rejects.toThrow(/sort/);
    await expect(store.query('missions', { activeOn: '2022-13' })).rejects.toThrow(/activeOn/);
  });
});
