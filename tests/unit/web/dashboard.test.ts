import { describe, expect, it } from 'vitest';
import { uploadProblem } from '../../../infra/local/dashboard-routes.ts';
import type { TimelineRow } from '../../../shared/projections/rows.ts';
import type { MissionRow } from '../../../shared/projections/rows.ts';
import { coordinates, filterMissions, filterTimeline, placeMatches, type Centroids } from '../../../web/data.ts';
import { readState, stateToSearch } from '../../../web/state.ts';
import { groupByHappening } from '../../../web/timeline.ts';

const centroids: Centroids = {
  byCode: { UA: [49, 32], LT: [56, 24] },
  byName: { ukraine: 'UA', lithuania: 'LT' },
};

const row = (over: Partial<TimelineRow>): TimelineRow => ({
  id: 'e1',
  type: 'DeploymentAnnounced',
  occurredOn: '2024-03-03',
  actor: { name: 'Germany', code: 'DE' },
  location: { name: 'Lithuania', code: 'LT' },
  entity: null,
  decidedOn: null,
  effectiveOn: null,
  personnel: 500,
  confidence: 0.9,
  articleKey: 'a.txt',
  published: '2024-03-03',
  evidence: { text: 'Germany will send 500 soldiers to Lithuania', start: 0, end: 43 },
  happeningKey: 'h1',
  missionKey: 'DE|LT',
  within: ['Lithuania'],
  entityKey: null,
  ...over,
});

describe('dashboard filters', () => {
  it('given a city coded UA, when filtering by location Ukraine, then it is within Ukraine', () => {
    expect(placeMatches({ name: 'Kharkiv', code: 'UA' }, 'Ukraine', centroids)).toBe(true);
    expect(placeMatches({ name: 'Kharkiv', code: 'UA' }, 'Lithuania', centroids)).toBe(false);
  });
  it('given names and codes, when matching, then normalized names and codes match as in the API', () => {
    expect(placeMatches({ name: 'the U.S.', code: 'US' }, 'U.S.', centroids)).toBe(true);
    expect(placeMatches({ name: 'France', code: 'FR' }, 'fr', centroids)).toBe(true);
    expect(placeMatches(null, 'France', centroids)).toBe(false);
    expect(placeMatches(null, '', centroids)).toBe(true);
  });
  it('given rows, when filtering by type, actor and date range, then only matching rows remain', () => {
    const rows = [
      row({ id: 'a' }),
      row({ id: 'b', type: 'WithdrawalBegun' }),
      row({ id: 'c', occurredOn: '2023-01-01' }),
      row({ id: 'd', actor: { name: 'France', code: 'FR' } }),
    ];
    const f = { type: 'DeploymentAnnounced', actor: 'Germany', location: '', since: '2024-03', until: '2024' };
    expect(filterTimeline(rows, f, centroids).map((r) => r.id)).toEqual(['a']);
  });
});

describe('dashboard location filter (within)', () => {
  const NO_FILTER = { type: '', actor: '', location: '', since: '', until: '' };
  const rows = [
    row({ id: 'lyman', location: { name: 'Lyman', code: 'UA' }, within: ['Donetsk Oblast', 'Donbas', 'Ukraine'] }),
    row({ id: 'bucha', location: { name: 'Bucha', code: 'UA' }, within: ['Kyiv region', 'Ukraine'] }),
    row({ id: 'state', location: { name: 'Ukraine', code: 'UA' }, within: [] }),
    row({ id: 'lt' }),
  ];
  const ids = (location: string) => filterTimeline(rows, { ...NO_FILTER, location }, centroids).map((r) => r.id);

  it('given events at every level under a state, when filtering within it, then all of them and no other', () => {
    expect(ids('Ukraine')).toEqual(['lyman', 'bucha', 'state']);
    expect(ids('UA')).toEqual(['lyman', 'bucha', 'state']);
  });
  it('given a division or its alias, when filtering within it, then only the events inside it', () => {
    expect(ids('Donetsk Oblast')).toEqual(['lyman']);
    expect(ids('Kyiv Oblast')).toEqual(['bucha']);
    expect(ids('Lithuania')).toEqual(['lt']);
  });
  it('given missions, when filtering within a state, then its area missions too, as the API does', () => {
    const mission = (key: string, location: string, area: string | null, within: string[]) =>
      ({
        key,
        actor: { name: 'Russia', code: 'RU' },
        location: { name: location, code: 'UA' },
        country: { name: 'Ukraine', code: 'UA' },
        area,
        within,
        announcedOn: '2024-03-03',
        withdrawalBegunOn: null,
        sources: [],
      }) as unknown as MissionRow;
    const missions = [
      mission('RU|UA|kyiv city', 'Kyiv', 'Kyiv City', ['Ukraine']),
      mission('RU|UA|donbas', 'Lyman', 'Donbas', ['Donetsk Oblast', 'Donbas', 'Ukraine']),
    ];
    const keys = (location: string) =>
      filterMissions(missions, { ...NO_FILTER, location }, centroids).map((m) => m.key);
    expect(keys('Ukraine')).toEqual(['RU|UA|kyiv city', 'RU|UA|donbas']);
    expect(keys('Donetsk Oblast')).toEqual(['RU|UA|donbas']);
    expect(keys('Lithuania')).toEqual([]);
  });
});

describe('dashboard map coordinates', () => {
  it('given a place with coordinates, then they win over the country centroid', () => {
    expect(coordinates({ name: 'Kharkiv', code: 'UA', lat: 50, lon: 36.2 }, centroids)).toEqual([50, 36.2]);
  });
  it('given a country by code or by name only, then its centroid is used', () => {
    expect(coordinates({ name: 'Ukraine', code: 'UA' }, centroids)).toEqual([49, 32]);
    expect(coordinates({ name: 'Lithuania' }, centroids)).toEqual([56, 24]);
    expect(coordinates({ name: 'Atlantis' }, centroids)).toBeUndefined();
  });
});

describe('dashboard timeline grouping', () => {
  it('given reports of one happening, then they form one group, the earliest first', () => {
    const groups = groupByHappening([row({ id: 'a' }), row({ id: 'b', happeningKey: 'h2' }), row({ id: 'c' })]);
    expect(groups.map((g) => [g.key, g.first.id, g.rows.length])).toEqual([
      ['h1', 'a', 2],
      ['h2', 'b', 1],
    ]);
  });
});

describe('dashboard URL state', () => {
  it('given a state, when written to the URL and read back, then it is the same', () => {
    const state = readState('?view=missions&actor=Germany&since=2024-03&sort=-personnel');
    expect(state.view).toBe('missions');
    expect(readState(stateToSearch(state))).toEqual(state);
  });
  it('given an unknown view, then the map is shown', () => {
    expect(readState('?view=nope').view).toBe('map');
  });
});

describe('dashboard uploads', () => {
  it('accepts plain file names of supported formats and refuses others with a reason', () => {
    expect(uploadProblem('story.txt')).toBeUndefined();
    expect(uploadProblem('wire.jsonl')).toBeUndefined();
    expect(uploadProblem('')).toMatch(/required/);
    expect(uploadProblem('../etc/passwd.txt')).toMatch(/plain file name/);
    expect(uploadProblem('report.pdf')).toMatch(/\.txt/);
  });
});
