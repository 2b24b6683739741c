import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../shared/events/contracts.ts';
import { InMemoryReadModelStore, type TimelineRow } from '../../../shared/projections/index.ts';
import { isEventWithin } from '../../../shared/projections/place-within.ts';
import { deployment, dissolution, processed, withdrawal } from './fixtures.ts';

const RU = { name: 'Russia', code: 'RU' };

/** Events in Ukraine at every level of the hierarchy, one in Azerbaijan and a dissolution, each visible. */
function log() {
  const events: DomainEvent[] = [
    deployment('kyiv', { actor: RU, location: { name: 'Kyiv', code: 'UA', admin1: 'Kyiv City' } }),
    deployment('bucha', { actor: RU, location: { name: 'Bucha', code: 'UA' } }),
    withdrawal('lyman', { actor: RU, location: { name: 'Lyman', code: 'UA', admin1: 'Donetsk Oblast' } }),
    deployment('state', { actor: RU, location: { name: 'Ukraine', code: 'UA', precision: 'country' } }),
    deployment('karabakh', { actor: RU, location: { name: 'Nagorno-Karabakh', code: 'AZ' } }),
    deployment('lithuania', { actor: { name: 'Germany', code: 'DE' }, location: { name: 'Lithuania', code: 'LT' } }),
    dissolution('artsakh'),
  ];
  return [...events, processed('a.txt', 1, events)];
}

describe('timeline within a place', () => {
  const within = async (place: string) => {
    const store = new InMemoryReadModelStore();
    await store.apply(log());
    const rows = (await store.query('timeline', { within: place })) as TimelineRow[];
    return rows.map((r) => r.location!.name).sort();
  };

  it('given events in a city, an oblast town, a curated suburb and the state, when within the state, then all of them', async () => {
    expect(await within('Ukraine')).toEqual(['Bucha', 'Kyiv', 'Lyman', 'Ukraine']);
    expect(await within('ua')).toEqual(['Bucha', 'Kyiv', 'Lyman', 'Ukraine']);
  });

  it('given a first-level division or curated region, when within it, then only the events inside it', async () => {
    expect(await within('Donetsk Oblast')).toEqual(['Lyman']);
    expect(await within('Kyiv Oblast')).toEqual(['Bucha']);
    expect(await within('Kyiv City')).toEqual(['Kyiv']);
    expect(await within('Karabakh')).toEqual(['Nagorno-Karabakh']);
    expect(await within('Azerbaijan')).toEqual(['Nagorno-Karabakh']);
  });

  it('given a place of no event, when within it, then none; a dissolution is within nothing', async () => {
    expect(await within('France')).toEqual([]);
    expect(isEventWithin({ location: null, within: [] }, 'Nagorno-Karabakh')).toBe(false);
  });

  it('given within with other filters, then both apply', async () => {
    const store = new InMemoryReadModelStore();
    await store.apply(log());
    const rows = (await store.query('timeline', { within: 'Ukraine', type: 'WithdrawalBegun' })) as TimelineRow[];
    expect(rows.map((r) => r.location!.name)).toEqual(['Lyman']);
  });

  it('given the same place in the mission view, then missions and events agree', async () => {
    const store = new InMemoryReadModelStore();
    await store.apply(log());
    const missions = await store.query('missions', { within: 'Ukraine' });
    const events = (await store.query('timeline', { within: 'Ukraine' })) as TimelineRow[];
    expect(new Set(events.map((e) => e.missionKey))).toEqual(new Set(missions.map((m) => m['key'])));
  });
});
