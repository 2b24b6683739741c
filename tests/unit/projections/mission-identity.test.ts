import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../shared/events/contracts.ts';
import type { PlacementEvent } from '../../../shared/event-types/models.ts';
import {
  applyToFacts,
  decideMissions,
  emptyFacts,
  placePath,
  possibleMissionKeys,
  projectMissions,
  sortedJson,
} from '../../../shared/projections/index.ts';
import { deployment, processed, withdrawal, type PlaceSpec } from './fixtures.ts';

const RUSSIA: { name: string; code?: string } = { name: 'Russia', code: 'RU' };
const AZERBAIJAN: PlaceSpec = { name: 'Azerbaijan', code: 'AZ', precision: 'country' };
const KARABAKH: PlaceSpec = { name: 'Nagorno-Karabakh', code: 'AZ', precision: 'region' };
const UKRAINE: PlaceSpec = { name: 'Ukraine', code: 'UA', precision: 'country' };
const KYIV: PlaceSpec = { name: 'Kyiv', code: 'UA', admin1: 'Kyiv City', precision: 'place' };
const CHERNIHIV: PlaceSpec = { name: 'Chernihiv', code: 'UA', admin1: 'Chernihiv Oblast', precision: 'place' };
const KYIV_OBLAST: PlaceSpec = { name: 'Kyiv Oblast', code: 'UA', precision: 'admin1' };
const BUCHA: PlaceSpec = { name: 'Bucha', code: 'UA', admin1: 'Kyiv Oblast', precision: 'place' };
const IRPIN: PlaceSpec = { name: 'Irpin', code: 'UA', admin1: 'Kyiv Oblast', precision: 'place' };

/** One event per place, each in its own article, all visible. */
function missionsAt(places: PlaceSpec[], actor = RUSSIA) {
  const events: DomainEvent[] = places.map((location, i) =>
    i % 2 === 0
      ? deployment(`d${i}`, { actor, location, articleKey: `${i}.txt` })
      : withdrawal(`w${i}`, { actor, location, articleKey: `${i}.txt` }),
  );
  const records = events.map((e) => processed(e.article.key, 1, [e]));
  return projectMissions(applyToFacts(emptyFacts, [...events, ...records]));
}

describe('place hierarchy', () => {
  it('a state is the root; a place lists its areas from the outermost down', () => {
    expect(placePath(AZERBAIJAN)).toEqual({ root: { key: 'AZ', name: 'Azerbaijan', code: 'AZ' }, chain: [] });
    expect(placePath(KARABAKH).chain.map((n) => n.key)).toEqual(['nagorno karabakh']);
    expect(placePath(BUCHA).chain.map((n) => n.key)).toEqual(['kyiv region', 'bucha']);
    expect(placePath(KYIV_OBLAST).chain.map((n) => n.key)).toEqual(['kyiv region']);
    expect(placePath({ name: 'Bakhmut', code: 'UA', admin1: 'Donetsk Oblast' }).chain.map((n) => n.key)).toEqual([
      'donbas',
      'donetsk',
      'bakhmut',
    ]);
  });

  it('a name without a code takes the gazetteer state; a place of no state roots at its outermost region', () => {
    expect(placePath({ name: 'the Nagorno-Karabakh' }).root.key).toBe('AZ');
    expect(placePath({ name: 'Eastern Europe' })).toEqual({
      root: { key: 'europe', name: 'Europe' },
      chain: [{ key: 'eastern europe', name: 'Eastern Europe' }],
    });
  });
});

describe('mission identity', () => {
  it('given Russia in Nagorno-Karabakh and Russia withdrawing from Azerbaijan, then one mission at Nagorno-Karabakh', () => {
    const rows = missionsAt([KARABAKH, AZERBAIJAN]);
    expect(rows.map((r) => [r.key, r.location.name, r.status, r.eventCount])).toEqual([
      ['RU|AZ|nagorno karabakh', 'Nagorno-Karabakh', 'withdrawing', 2],
    ]);
    expect(rows[0]).toMatchObject({ country: { name: 'Azerbaijan', code: 'AZ' }, within: ['Azerbaijan'] });
  });

  it('given two areas of one state and a state-level report, then three rows that roll up under the state', () => {
    const rows = missionsAt([KYIV, CHERNIHIV, UKRAINE]);
    expect(rows.map((r) => [r.key, r.location.name, r.area])).toEqual([
      ['RU|UA', 'Ukraine', null],
      ['RU|UA|chernihiv', 'Chernihiv', 'Chernihiv'],
      ['RU|UA|kyiv city', 'Kyiv', 'Kyiv City'],
    ]);
    expect(rows.every((r) => r.country.code === 'UA')).toBe(true);
  });

  it('given a state-level report alone, then a mission at the state', () => {
    expect(missionsAt([UKRAINE]).map((r) => [r.key, r.location.name, r.within])).toEqual([['RU|UA', 'Ukraine', []]]);
  });

  it('given places on one chain, then the most specific; given branching places, then the area enclosing them', () => {
    const chain = missionsAt([KYIV_OBLAST, BUCHA]);
    expect(chain.map((r) => [r.key, r.location.name, r.within])).toEqual([
      ['RU|UA|kyiv region', 'Bucha', ['Kyiv Oblast', 'Ukraine']],
    ]);
    const branches = missionsAt([BUCHA, IRPIN]);
    expect(branches.map((r) => [r.key, r.location.name, r.within])).toEqual([
      ['RU|UA|kyiv region', 'Kyiv Oblast', ['Ukraine']],
    ]);
  });

  it('given different actors in one place, then different missions; a mission joins its parent organization', () => {
    expect(missionsAt([KARABAKH, AZERBAIJAN], { name: 'Turkey', code: 'TR' })).toHaveLength(1);
    const un = missionsAt([{ name: 'Kamanyola', code: 'CD' }], { name: 'United Nations' });
    const monusco = missionsAt([{ name: 'Kamanyola', code: 'CD' }], { name: 'MONUSCO' });
    expect(un[0]!.key).toBe('united nations|CD|south kivu');
    expect(monusco[0]!.key).toBe(un[0]!.key);
  });

  it('given any order of the events, then the same missions; every decided key is a possible key', () => {
    const places = [KYIV, CHERNIHIV, UKRAINE, BUCHA, IRPIN, KARABAKH, AZERBAIJAN, { name: 'Europe' }];
    const events: PlacementEvent[] = places.map((location, i) => deployment(`e${i}`, { location }));
    const reference = sortedJson(decideMissions(events));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const shuffled = [...events].sort(() => random() - 0.5);
      const subset = shuffled.slice(0, 1 + Math.floor(random() * shuffled.length));
      expect(sortedJson(decideMissions(shuffled))).toBe(reference);
      const possible = new Set(possibleMissionKeys(events));
      for (const m of decideMissions(subset)) expect(possible.has(m.key)).toBe(true);
    }
  });
});
