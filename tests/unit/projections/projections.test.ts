import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../shared/events/envelope.ts';
import {
  applyToFacts,
  emptyFacts,
  happeningKey,
  InMemoryReadModelStore,
  MAX_EVIDENCE_CHARS,
  MAX_SOURCES_PER_ROW,
  missionKey,
  projectAll,
  projectArticles,
  projectEntities,
  projectMissions,
  projectTimeline,
  sortedJson,
  visibleEvents,
  withinRange,
} from '../../../shared/projections/index.ts';
import { deleted, deployment, dissolution, processed, withdrawal } from './fixtures.ts';

const facts = (...events: LogEvent[]) => applyToFacts(emptyFacts, events);

describe('visibility', () => {
  it('shows an event only once its article record lists it', () => {
    const d = deployment('d1');
    expect(visibleEvents(facts(d))).toEqual([]);
    expect(visibleEvents(facts(d, processed('a.txt', 1, [d])))).toEqual([d]);
    expect(visibleEvents(facts(processed('a.txt', 1, [d]), d))).toEqual([d]);
  });

  it('a re-upload replaces the old events, whatever the delivery order', () => {
    const old = deployment('old', { personnel: 100 });
    const fresh = deployment('new', { personnel: 200 });
    const log = [old, processed('a.txt', 1, [old]), fresh, processed('a.txt', 2, [fresh])];
    for (const order of [log, [...log].reverse(), [log[3]!, log[1]!, log[0]!, log[2]!]]) {
      const [mission] = projectMissions(facts(...order));
      expect(mission?.personnel).toBe(200);
      expect(mission?.sources.map((s) => s.eventId)).toEqual([fresh.id]);
      expect(projectTimeline(facts(...order)).map((r) => r.id)).toEqual([fresh.id]);
      expect(projectArticles(facts(...order))[0]?.revision).toBe(2);
    }
  });

  it('a deletion retracts every event and the article row; an older record arriving late changes nothing', () => {
    const d = deployment('d1');
    const f = facts(deleted('a.txt', 2), d, processed('a.txt', 1, [d]));
    expect(projectAll(f)).toEqual({ missions: [], entities: [], timeline: [], articles: [] });
  });

  it('a failed article shows status failed with its error and no events', () => {
    const d = deployment('d1');
    const failed = processed('a.txt', 2, [], { status: 'failed', error: { code: 'NO_TEXT', message: 'no text' } });
    const f = facts(d, processed('a.txt', 1, [d]), failed);
    expect(projectArticles(f)).toEqual([
      {
        key: 'a.txt',
        status: 'failed',
        eventCount: 0,
        error: { code: 'NO_TEXT', message: 'no text' },
        revision: 2,
        title: null,
        published: null,
        url: null,
        objectVersion: 'v2',
      },
    ]);
    expect(projectTimeline(f)).toEqual([]);
    expect(projectMissions(f)).toEqual([]);
  });

  it('breaks a revision tie the same way in either order', () => {
    const d = deployment('d1');
    const a = processed('a.txt', 1, [d]);
    const b = { ...processed('a.txt', 1, []), id: 'f'.repeat(32) };
    expect(projectAll(facts(d, a, b))).toEqual(projectAll(facts(b, a, d)));
  });
});

describe('missions', () => {
  it('corroboration: two articles, one mission → one row with two sources', () => {
    const x = deployment('x', { articleKey: 'a.txt', actor: { name: 'Russia', code: 'RU' }, occurredOn: '2020-11-10' });
    const y = deployment('y', {
      articleKey: 'b.txt',
      actor: { name: 'Russian Federation', code: 'RU' },
      location: 'the Nagorno-Karabakh',
      occurredOn: '2020-11-10',
    });
    const f = facts(x, y, processed('a.txt', 1, [x]), processed('b.txt', 1, [y]));
    const missions = projectMissions(f);
    expect(missions).toHaveLength(1);
    expect(missions[0]).toMatchObject({
      key: 'RU|AZ|nagorno karabakh',
      status: 'announced',
      eventCount: 2,
      sourceCount: 2,
      announcedOn: '2020-11-10',
    });
    expect(missions[0]!.sources.map((s) => s.articleKey)).toEqual(['a.txt', 'b.txt']);
    const timeline = projectTimeline(f);
    expect(new Set(timeline.map((r) => r.happeningKey))).toEqual(
      new Set(['DeploymentAnnounced|RU|AZ|nagorno karabakh|2020-11-10']),
    );
  });

  it('status, personnel and dates follow the rules', () => {
    const early = deployment('early', { occurredOn: '2020-11', personnel: 1960 });
    const later = deployment('later', { occurredOn: '2021-03-01', personnel: 2000, articleKey: 'b.txt' });
    const undated = deployment('undated', { occurredOn: null, personnel: 5000, articleKey: 'c.txt' });
    const silent = deployment('silent', { occurredOn: '2022', personnel: null, articleKey: 'c.txt' });
    const out = withdrawal('out', { occurredOn: '2024-04-17', articleKey: 'd.txt' });
    const f = facts(
      early,
      later,
      undated,
      silent,
      out,
      processed('a.txt', 1, [early]),
      processed('b.txt', 1, [later]),
      processed('c.txt', 1, [undated, silent]),
      processed('d.txt', 1, [out]),
    );
    const [m] = projectMissions(f);
    expect(m).toMatchObject({
      status: 'withdrawing',
      personnel: 2000,
      personnelOn: '2021-03-01',
      announcedOn: '2020-11',
      withdrawalBegunOn: '2024-04-17',
      eventCount: 5,
      sourceCount: 4,
    });
    expect(m!.sources.map((s) => s.occurredOn)).toEqual(['2020-11', '2021-03-01', '2022', '2024-04-17', null]);
  });

  it('a withdrawal alone makes a withdrawing mission; keys use the code, else the normalized name', () => {
    const w = withdrawal('w', { actor: { name: 'The NATO' }, location: 'Kosovo' });
    const [m] = projectMissions(facts(w, processed('a.txt', 1, [w])));
    expect(m).toMatchObject({ key: 'nato|XK', status: 'withdrawing', announcedOn: null, personnel: null });
    const ivoryCoast = { actor: { name: 'France', code: 'FR' }, location: { name: "Côte d'Ivoire", code: 'CI' } };
    expect(missionKey(ivoryCoast)).toBe('FR|CI');
    const abidjan = { ...ivoryCoast, location: { name: 'Abidjan', code: 'CI', admin1: 'Abidjan' } };
    expect(missionKey(abidjan)).toBe('FR|CI|abidjan');
    const nowhere = { actor: { name: 'Wagner Group' }, location: { name: '!!!' } };
    expect(missionKey(nowhere)).toBe('wagner group|!!!');
  });

  it('caps stored sources but keeps exact counts, and clips long evidence', () => {
    const many = Array.from({ length: MAX_SOURCES_PER_ROW + 7 }, (_, i) =>
      deployment(`m${i}`, { evidence: 'x'.repeat(i === 0 ? MAX_EVIDENCE_CHARS + 50 : 10) }),
    );
    const [m] = projectMissions(facts(...many, processed('a.txt', 1, many)));
    expect(m!.eventCount).toBe(MAX_SOURCES_PER_ROW + 7);
    expect(m!.sourceCount).toBe(1);
    expect(m!.sources).toHaveLength(MAX_SOURCES_PER_ROW);
    const longest = Math.max(...m!.sources.map((s) => s.evidence.length));
    expect(longest).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
  });
});

describe('entities', () => {
  it('one row per entity across name variants, with the earliest dates and the articles stating them', () => {
    const a = dissolution('a', {
      entity: 'Republic of Artsakh',
      kind: 'state',
      decidedOn: '2023-09-28',
      occurredOn: '2024',
    });
    const b = dissolution('b', {
      articleKey: 'b.txt',
      entity: 'Nagorno-Karabakh Republic',
      effectiveOn: '2024-01-01',
      occurredOn: '2024-01-01',
    });
    const [row, ...rest] = projectEntities(facts(a, b, processed('a.txt', 1, [a]), processed('b.txt', 1, [b])));
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      key: 'nagorno karabakh republic',
      kind: 'state',
      status: 'dissolved',
      decidedOn: '2023-09-28',
      effectiveOn: '2024-01-01',
      occurredOn: '2024',
      eventCount: 2,
      sourceCount: 2,
      dateSources: { decidedOn: ['a.txt'], effectiveOn: ['b.txt'], occurredOn: ['a.txt'] },
    });
    expect(happeningKey(a)).toBe('EntityDissolved|nagorno karabakh republic|2024');
  });
});

describe('timeline and queries', () => {
  const d = deployment('d', { actor: { name: 'France', code: 'FR' }, location: 'Mali', occurredOn: '2013-01-11' });
  const w = withdrawal('w', { actor: { name: 'France', code: 'FR' }, location: 'Mali', occurredOn: '2022' });
  const x = dissolution('x', { entity: 'Warsaw Pact', occurredOn: '1991-07-01', articleKey: 'b.txt' });
  const n = deployment('n', { occurredOn: null, articleKey: 'c.txt' });
  const log: LogEvent[] = [
    d,
    w,
    processed('a.txt', 1, [d, w], { published: '2022-08-15' }),
    x,
    processed('b.txt', 1, [x], { published: '1991-07-02' }),
    n,
    processed('c.txt', 1, [n]),
  ];

  it('filters by type, actor (name or code), location and dates at the shorter precision', async () => {
    const store = new InMemoryReadModelStore();
    await store.apply(log);
    const ids = async (filter: object) => (await store.query('timeline', filter)).map((r) => r.id);
    expect(await ids({})).toEqual([x.id, d.id, w.id, n.id]);
    expect(await ids({ type: 'WithdrawalBegun' })).toEqual([w.id]);
    expect(await ids({ actor: 'fr' })).toEqual([d.id, w.id]);
    expect(await ids({ actor: 'FRANCE', location: 'mali' })).toEqual([d.id, w.id]);
    expect(await ids({ since: '2013-01' })).toEqual([d.id, w.id]);
    expect(await ids({ since: '2022-06-01' })).toEqual([w.id]);
    expect(await ids({ until: '2013' })).toEqual([x.id, d.id]);
    expect(await ids({ since: '1992', until: '2021-12-31' })).toEqual([d.id]);
    expect((await store.query('missions', { actor: 'France' })).map((r) => r.key)).toEqual(['FR|ML']);
    expect(await store.query('entities', { actor: 'France' })).toEqual([]);
    expect((await store.query('articles', { since: '2000' })).map((r) => r.key)).toEqual(['a.txt']);
    await expect(store.query('timeline', { since: '2020-13' })).rejects.toThrow(/since/);
  });

  it('clear() empties the store and re-applying gives the same rows', async () => {
    const store = new InMemoryReadModelStore();
    await store.apply(log);
    const before = await store.query('timeline');
    await store.clear();
    expect(await store.query('timeline')).toEqual([]);
    await store.apply([...log].reverse());
    expect(await store.query('timeline')).toEqual(before);
  });
});

describe('helpers', () => {
  it('sortedJson orders keys at every depth and drops undefined like JSON', () => {
    expect(sortedJson({ b: 1, a: { d: [{ z: 1, y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"z":1}]},"b":1}',
    );
  });

  it('withinRange compares at the shorter precision; undated rows are outside bounded ranges', () => {
    expect(withinRange('2020', '2020-05', '2020-05')).toBe(true);
    expect(withinRange('2020-05-31', undefined, '2020-05')).toBe(true);
    expect(withinRange('2020-06-01', undefined, '2020-05')).toBe(false);
    expect(withinRange('2020-04-30', '2020-05')).toBe(false);
    expect(withinRange(null, '2020')).toBe(false);
    expect(withinRange(null)).toBe(true);
  });

  it('happeningKey keeps the date precision and marks undated happenings', () => {
    expect(
      happeningKey(deployment('h', { occurredOn: '2020-03', actor: { name: 'the NATO' }, location: 'Kosovo' })),
    ).toBe('DeploymentAnnounced|nato|XK|2020-03');
    expect(happeningKey(withdrawal('u', { occurredOn: null }))).toBe('WithdrawalBegun|RU|AZ|nagorno karabakh|');
  });
});
