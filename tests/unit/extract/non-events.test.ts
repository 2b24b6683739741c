import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.ts';

/** Events of one type in a text with no dateline, published on the day given. */
const ofType = (type: string, text: string, published = '2024-05-10') =>
  summary(extract(text, published)).filter((line) => line.startsWith(`${type}|`));

describe('non-events: a stance on a move of forces', () => {
  it.each([
    ['a favoured gerund', 'The premier said on Friday she favoured sending Danish troops to Kosovo.'],
    ['a favouring present', 'The premier favours sending Dutch troops to Kosovo.'],
    [
      'support voiced for a gerund',
      'Senators voiced support for deploying more Australian troops to Papua New Guinea.',
    ],
  ])('finds nothing in %s', (_, text) => {
    expect(ofType('DeploymentAnnounced', text)).toEqual([]);
  });

  it('given a vote in support of sending troops, when read, then the decision stands', () => {
    expect(
      ofType('DeploymentAnnounced', 'On 3 May the Turkish parliament voted in support of sending troops to Libya.'),
    ).toEqual(['DeploymentAnnounced|Turkey|Libya|2024-05-03|null']);
  });
});

describe('non-events: forces ordered to leave or shrink where they stand', () => {
  it.each([
    [
      'a passive infinitive of return',
      "Peru's president ordered the troops in Bolivia to be brought home within a month.",
    ],
    ['an order to cut their number', "Peru's president ordered the army to cut the number of troops in Chad by 400."],
  ])('finds no deployment in %s', (_, text) => {
    expect(ofType('DeploymentAnnounced', text)).toEqual([]);
  });

  it('given an order to send forces that are then to be relieved, when read, then the deployment stands', () => {
    expect(
      ofType('DeploymentAnnounced', "On 3 May Peru's president ordered 300 troops to Chad to be relieved in June."),
    ).toEqual(['DeploymentAnnounced|Peru|Chad|2024-05-03|300']);
  });
});

describe('non-events: an infinitive of sending under a condition', () => {
  it('given "vowed to send … if", when read, then no deployment is decided', () => {
    expect(ofType('DeploymentAnnounced', 'Greece vowed to send more troops to Cyprus if the talks failed.')).toEqual(
      [],
    );
  });

  it('given "decided to send" with no condition, when read, then the decision stands', () => {
    expect(
      ofType('DeploymentAnnounced', 'On 3 May Greece decided to send 400 troops to Cyprus, which had asked for help.'),
    ).toEqual(['DeploymentAnnounced|Greece|Cyprus|2024-05-03|400']);
  });
});

describe('non-events: a move contemplated, or a plan the sentence says was dropped', () => {
  it.each([
    ['a contemplated gerund', 'Wellington briefly contemplated sending troops to Fiji in 2006.'],
    ['a plan dropped', 'Canada planned to send troops to Haiti in 2023, but the idea was dropped.'],
  ])('finds nothing in %s', (_, text) => {
    expect(ofType('DeploymentAnnounced', text)).toEqual([]);
  });

  it('given another idea dropped after a deployment, when read, then the deployment stands', () => {
    expect(
      ofType('DeploymentAnnounced', 'Canada sent troops to Haiti in 2004, but dropped the idea of a second mission.'),
    ).toEqual(['DeploymentAnnounced|Canada|Haiti|2004|null']);
  });
});

describe('non-events: a state leaving a treaty or a body', () => {
  it.each([
    ['"from the organization"', 'Chile withdrew from the organization in 1975, after the coup in Bolivia.'],
    ['"out of the treaty"', 'Hungary pulled out of the treaty in 2023, citing the war in Ukraine.'],
    ['"out of" a named agreement', 'Brazil pulled out of the Kyoto climate agreement.'],
  ])('finds no withdrawal in %s', (_, text) => {
    expect(ofType('WithdrawalBegun', text)).toEqual([]);
  });

  it('given a state that pulls out of a place, when read, then the withdrawal stands', () => {
    expect(ofType('WithdrawalBegun', 'Spain pulled out of Iraq in May 2004.')).toEqual([
      'WithdrawalBegun|Spain|Iraq|2004-05',
    ]);
  });
});

describe('non-events: a call or an urging in its gerund form', () => {
  it.each([
    [
      '"calling for … to be disbanded"',
      'A petition calling for the Wagner Group to be disbanded was signed by thousands.',
    ],
    ['"urging … to be disbanded"', 'Activists urging the Wagner Group to be disbanded marched in Moscow.'],
  ])('finds no dissolution in %s', (_, text) => {
    expect(ofType('EntityDissolved', text)).toEqual([]);
  });

  it('given "calling itself", when read, then it names the group and the dissolution stands', () => {
    expect(
      ofType('EntityDissolved', 'A militia calling itself the Army of Kivu was disbanded by decree on 3 May 2021.'),
    ).toEqual(['EntityDissolved|Army of Kivu|2021-05-03']);
  });
});

describe('non-events: forces that come for war games', () => {
  it('given troops arriving for war games, when read, then no deployment', () => {
    expect(
      ofType('DeploymentAnnounced', 'About 3,000 Indian troops arrived in Russia for the Indra war games.'),
    ).toEqual([]);
  });

  it('given troops sent to guard the Olympic Games, when read, then the deployment stands', () => {
    expect(
      ofType('DeploymentAnnounced', 'On 3 May Qatar sent 400 soldiers to France to guard the Olympic Games.'),
    ).toEqual(['DeploymentAnnounced|Qatar|France|2024-05-03|400']);
  });
});

describe('non-events: equipment sold, and aircraft of a civil task', () => {
  it.each([
    ['a sale of jets', 'The United States approved the sale of 24 F-35 fighter jets to Greece.'],
    ['firefighting aircraft', 'Croatia sent two firefighting aircraft to Greece to help fight the wildfires.'],
    ['water bombers', 'Italy sent two Canadair water bombers to Portugal.'],
  ])('finds no deployment in %s', (_, text) => {
    expect(ofType('DeploymentAnnounced', text)).toEqual([]);
  });

  it('given bombers sent with no civil task, when read, then the deployment stands', () => {
    expect(ofType('DeploymentAnnounced', 'The US sent B-52 bombers to Guam on 3 May.')).toEqual([
      'DeploymentAnnounced|United States|Guam|2024-05-03|null',
    ]);
  });
});

describe('non-events: a port call or goodwill visit', () => {
  it.each([
    ['a port visit', 'The Australian frigate HMAS Anzac arrived in Manila on Tuesday for a four-day port visit.'],
    ['a goodwill visit', 'A Pakistani navy flotilla arrived in Colombo, Sri Lanka, on a goodwill visit.'],
  ])('finds no deployment in %s', (_, text) => {
    expect(ofType('DeploymentAnnounced', text)).toEqual([]);
  });

  it('given warships that arrive to stay after a visit by a minister, when read, then the deployment stands', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'On 3 May two Pakistani warships arrived in Colombo, a day after a visit by the minister.',
      ),
    ).toEqual(['DeploymentAnnounced|Pakistan|Colombo|2024-05-03|null']);
  });
});

describe('non-events: an intention or wish to send forces', () => {
  it.each([
    ['"intends to send"', 'Kenya intends to send troops to Haiti.'],
    ['"wants to send"', 'Kenya wants to send troops to Haiti.'],
    ['"aims to send"', 'Kenya aims to send 1,000 police officers to Haiti.'],
  ])('finds no deployment in %s', (_, text) => {
    expect(ofType('DeploymentAnnounced', text)).toEqual([]);
  });

  it('given a deployment the state "is set to" make, when read, then the announced deployment stands', () => {
    expect(ofType('DeploymentAnnounced', 'Kenya is set to send troops to Haiti.')).toEqual([
      'DeploymentAnnounced|Kenya|Haiti|2024-05-10|null',
    ]);
  });
});

describe('non-events: what a deal "is supposed to" bring', () => {
  it.each([
    [
      'a relative clause',
      'Talks on the next stage of the accord, which is supposed to include the complete withdrawal of Armenian forces from Lachin, have stalled.',
    ],
    ['a main clause', 'The accord is supposed to bring the complete withdrawal of Armenian forces from Lachin.'],
    ['a past form', 'The truce, which was supposed to see Armenian forces withdraw from Lachin, collapsed.'],
  ])('finds no withdrawal in %s', (_, text) => {
    expect(ofType('WithdrawalBegun', text)).toEqual([]);
  });

  it('given a withdrawal that began as the deal said, when read, then it stands', () => {
    expect(
      ofType('WithdrawalBegun', 'As the accord said, Armenian forces began withdrawing from Lachin on 3 May.'),
    ).toEqual(['WithdrawalBegun|Armenia|Lachin|2024-05-03']);
  });
});

describe('non-events: forces that arrive as part of a rotation', () => {
  it('given soldiers arriving "as part of the regular rotation", when read, then no deployment', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'About 500 Georgian soldiers arrived in Afghanistan as part of the regular rotation of the ISAF contingent.',
      ),
    ).toEqual([]);
  });

  it('given soldiers arriving "as part of a new deployment", when read, then the deployment stands', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'About 500 Georgian soldiers arrived in Afghanistan on 3 May as part of a new deployment.',
      ),
    ).toEqual(['DeploymentAnnounced|Georgia|Afghanistan|2024-05-03|500']);
  });
});

describe('non-events: an arrival the text calls unclear', () => {
  const opening = 'MAPUTO, Mozambique, March 4 — The first 300 Rwandan soldiers landed in Mozambique on Monday.';

  it('given states that promised personnel whose arrival is unclear, when read, then only the landing stands', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        `${opening} Angola, Malawi and Zambia have also promised personnel, though it is unclear when they will arrive.`,
      ),
    ).toEqual(['DeploymentAnnounced|Rwanda|Mozambique|2024-03-04|300']);
  });

  it('given an uncertain arrival, when read, then no deployment is stated', () => {
    expect(
      ofType('DeploymentAnnounced', 'It remains uncertain when Zambian troops will arrive in Mozambique.'),
    ).toEqual([]);
  });

  it('given states whose arrival is announced with nothing unclear, when read, then they deploy', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        `${opening} Malawi and Zambia have also promised personnel, though they will arrive later.`,
      ),
    ).toEqual([
      'DeploymentAnnounced|Rwanda|Mozambique|2024-03-04|300',
      'DeploymentAnnounced|Zambia|Mozambique|2024-03-04|null',
      'DeploymentAnnounced|Malawi|Mozambique|2024-03-04|null',
    ]);
  });
});
