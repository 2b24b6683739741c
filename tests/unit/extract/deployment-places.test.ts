import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers.ts';

const D = 'DeploymentAnnounced';

describe('DeploymentAnnounced: a town told with the state the forces reached is one deployment', () => {
  it.each([
    [
      'Portuguese troops first reached Angola on May 2, 1961, when a battalion of 900 men arrived at Ambriz on the Atlantic coast.',
      'DeploymentAnnounced|Portugal|Angola|1961-05-02|900',
    ],
    [
      'Italian marines first reached Albania on April 7, 1939, when a detachment of 400 men arrived at Shengjin on the Drin Gulf.',
      'DeploymentAnnounced|Italy|Albania|1939-04-07|400',
    ],
  ])('given a town only GeoNames knows, in the state, then the state: %s', (text, want) => {
    expect(summaryOf(D, text)).toEqual([want]);
  });

  it('given the town taken on a date of another month, then two deployments', () => {
    expect(
      summaryOf(
        D,
        'Portuguese troops first reached Angola on May 2, 1961, and a battalion occupied Ambriz on August 9, 1961.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Portugal|Angola|1961-05-02|null',
      'DeploymentAnnounced|Portugal|Ambriz|1961-08-09|null',
    ]);
  });

  it('given a town whose likeliest namesake lies abroad, then the namesake in the state reached', () => {
    expect(
      summaryOf(
        D,
        'Some 300 Dutch marines have arrived in Aruba, the ministry said on Tuesday. The marines began landing on Sunday at Santa Cruz.',
        '2019-12-31',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Aruba|2019-12-29|300']);
  });

  it('given a town of another state, then two deployments', () => {
    expect(
      summaryOf(
        D,
        'Some 300 Dutch marines have arrived in Aruba, the ministry said on Tuesday. The marines began landing on Sunday at Willemstad.',
        '2019-12-31',
      ),
    ).toEqual([
      'DeploymentAnnounced|Netherlands|Aruba|2019-12-31|300',
      'DeploymentAnnounced|Netherlands|Willemstad|2019-12-29|null',
    ]);
  });
});

describe('DeploymentAnnounced: a decision to send forces to a region and their later arrival at a place in it', () => {
  it('given a decision for a compass region and a landing at a town in it months later, then one deployment', () => {
    expect(
      summaryOf(
        D,
        'In March 1920, the government agreed to send British troops to North Russia. Some 900 British soldiers landed at Murmansk on May 12, 1920.',
      ),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Murmansk|1920-05-12|900']);
  });

  it.each([
    [
      'two arrivals',
      'French troops reached Chad on 9 August 1983. A company of 150 French soldiers occupied Abeche on 20 October 1983.',
    ],
    [
      'an invasion of a state and a later arrival at a town in it',
      'The Soviet Union invaded Hungary in November 1956. Soviet tank units arrived in Debrecen on 9 December 1956.',
    ],
    [
      'an arrival before the decision',
      'Some 900 British soldiers landed at Murmansk on May 12, 1920. In July 1920, the government agreed to send more British troops to North Russia.',
    ],
  ])('given %s, then two deployments', (_, text) => {
    expect(summaryOf(D, text)).toHaveLength(2);
  });
});

describe('DeploymentAnnounced: seas of the Middle East lie in the theatres U.S. releases name', () => {
  it('given an arrival in the Middle East and the same ships entering a gulf of it that day, then one deployment', () => {
    expect(
      summaryOf(
        D,
        'About 2,000 American sailors arrived in the Middle East on Tuesday aboard two destroyers. The destroyers entered the Persian Gulf on Tuesday after passing the Strait of Hormuz.',
        '2024-03-22',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Persian Gulf|2024-03-19|2000']);
  });

  it('given an order into the Central Command area and a later arrival in a gulf of it, then one deployment', () => {
    expect(
      summaryOf(
        D,
        "The Pentagon ordered the deployment of the carrier group into the U.S. Central Command area of responsibility on March 2. The carrier group's ships arrived in the Gulf of Oman on March 20.",
        '2024-03-22',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Gulf of Oman|2024-03-20|null']);
  });

  it.each([
    [
      'seas of two theatres',
      'American warships entered the Red Sea on Monday. Other American warships arrived in the Mediterranean on Monday.',
    ],
    [
      'two actors',
      'British warships arrived in the Middle East on Monday. French warships entered the Red Sea on Monday.',
    ],
  ])('given %s, then two deployments', (_, text) => {
    expect(summaryOf(D, text, '2024-03-22')).toHaveLength(2);
  });
});

describe('DeploymentAnnounced: a place fronted before a speaker is where the words were spoken', () => {
  it('given "In <capital>, the minister said he had ordered the soldiers ashore", then no deployment to the capital', () => {
    expect(
      summaryOf(
        D,
        'In Canberra, the defence minister said he had ordered the Australian soldiers ashore after the police lost control.',
        '1999-07-01',
      ),
    ).toEqual([]);
  });

  it('given a fronted place before the forces themselves, then the place is their destination', () => {
    expect(summaryOf(D, 'In Kosovo, 800 German soldiers had been deployed by the end of June.', '1999-07-01')).toEqual([
      'DeploymentAnnounced|Germany|Kosovo|1999-06|800',
    ]);
  });
});

describe('DeploymentAnnounced: a lower-case particle inside a place name', () => {
  it.each([
    ['British Royal Marines arrived in Dar es Salaam on 20 January.', 'Dar es Salaam'],
    ['Brazilian soldiers arrived in Rio de Janeiro on 20 January.', 'Rio de Janeiro'],
  ])('given a name GeoNames knows whole, then the whole name: %s', (text, place) => {
    expect(summaryOf(D, text, '1964-02-01').map((e) => e.split('|')[2])).toEqual([place]);
  });

  it('given a particle that makes no known name, then the name before it', () => {
    expect(summaryOf(D, 'Portuguese marines landed at Lobito da Costa on 20 January.', '1964-02-01')).toEqual([
      'DeploymentAnnounced|Portugal|Lobito|1964-01-20|null',
    ]);
  });
});

describe('DeploymentAnnounced: a history page whose title line names the theatre', () => {
  const lede = 'In 1909 a rebellion threatened the president, who asked Washington for help.';
  it('given a landing that names no place below a dated title "… in <state>", then the landing is there', () => {
    expect(
      summaryOf(
        D,
        `American Sailors in Honduras, 1909–1911\n\n${lede} In May 1909, some 800 U.S. Marines landed and guarded the port.`,
      ),
    ).toEqual(['DeploymentAnnounced|United States|Honduras|1909-05|800']);
  });

  it.each([
    ['a title naming the state in another role', 'The Naval Quarrel with Honduras, 1909–1911'],
    ['a news headline with no date', 'Sailors stay in Honduras'],
    ['a title naming two states', 'Sailors in Honduras and Guatemala, 1909–1911'],
  ])('given %s, then no place for the landing', (_, title) => {
    expect(summaryOf(D, `${title}\n\n${lede} In May 1909, some 800 U.S. Marines landed and guarded the port.`)).toEqual(
      [],
    );
  });
});

describe('DeploymentAnnounced: forces led into a place', () => {
  it('given a commander who led a figure of forces across a border into a state, then they deployed there', () => {
    expect(
      summaryOf(D, 'On May 3, 1911, Colonel Hale led some 1,200 U.S. soldiers over the frontier into Honduras.'),
    ).toEqual(['DeploymentAnnounced|United States|Honduras|1911-05-03|1200']);
  });

  it.each([
    ['an advance led on a place', 'On May 3, 1911, Colonel Hale led the U.S. advance on Tegucigalpa.'],
    ['forces led home', 'On May 3, 1911, Colonel Hale led 1,200 U.S. soldiers home from Honduras.'],
    ['a path that led into a place', 'On May 3, 1911, the U.S. road led into Honduras.'],
  ])('given %s, then no deployment', (_, text) => {
    expect(summaryOf(D, text)).toEqual([]);
  });

  it('given "the city" after a place name that ends a person\'s name, then the city named before it', () => {
    expect(
      summaryOf(
        D,
        'Rebels had held Tegucigalpa since 1910. On May 3, 1911, General Lucas Managua led 1,200 U.S. soldiers into the city.',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Tegucigalpa|1911-05-03|1200']);
  });
});

describe('DeploymentAnnounced: a long phrase of coordinated forces before the destination', () => {
  it.each([
    [
      "On March 4, 2020, Tanzania began sending a combined contingent of 800 soldiers of the Tanzania People's Defence Force and the Tanzania Police Force to Mozambique.",
      'DeploymentAnnounced|Tanzania|Mozambique|2020-03-04|800',
    ],
    [
      'On March 4, 2020, the Government of Kenya began deploying a mixed unit of 600 members of the Kenya Defence Forces and the Kenya Police Service to Somalia.',
      'DeploymentAnnounced|Kenya|Somalia|2020-03-04|600',
    ],
  ])('given the army and the police named after the trigger, then the place after them: %s', (text, want) => {
    expect(summaryOf(D, text)).toEqual([want]);
  });

  it('given the coordinated forces sent to do something near a state, then no deployment', () => {
    expect(
      summaryOf(
        D,
        "On March 4, 2020, Tanzania began sending a combined contingent of 800 soldiers of the Tanzania People's Defence Force and the Tanzania Police Force to protect its long border with Mozambique.",
        '2020-03-10',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a state noun described by a region the gazetteer does not list', () => {
  const before = 'Rebels seized the capital of Haiti on 2 May 2021.';

  it('given "to the Caribbean nation" after Haiti, then the place is Haiti', () => {
    expect(
      summaryOf(D, `${before} The next day, Canada deployed 400 soldiers to the Caribbean nation.`, '2021-05-05'),
    ).toEqual(['DeploymentAnnounced|Canada|Haiti|2021-05-03|400']);
  });

  it('given "to the Caribbean nation" with no state named before, then no region is the place', () => {
    expect(summaryOf(D, 'On 3 May 2021, Canada deployed 400 soldiers to the Caribbean nation.', '2021-05-05')).toEqual(
      [],
    );
  });

  it('given "to the Caribbean" with no state noun, then the region stays the place', () => {
    expect(
      summaryOf(D, `${before} The next day, Canada deployed 400 soldiers to the Caribbean.`, '2021-05-05'),
    ).toEqual(['DeploymentAnnounced|Canada|Caribbean|2021-05-03|400']);
  });
});

describe('DeploymentAnnounced: forces sent to hold a place go there', () => {
  it.each([
    ['patrol the Estonian coast', 'Norway sent 300 soldiers to patrol the Estonian coast on 4 May 2021.', 'Estonia'],
    ['help secure Tallinn', 'Norway sent 300 soldiers to help secure Tallinn on 4 May 2021.', 'Tallinn'],
    [
      'approved on a day sending … to help police',
      "Norway's parliament approved on 4 May 2021 sending 300 soldiers to help police the Estonian coast.",
      'Estonia',
    ],
  ])('given "%s", then the place held is where they go', (_what, text, place) => {
    expect(summaryOf(D, text, '2021-05-05')).toEqual([`DeploymentAnnounced|Norway|${place}|2021-05-04|300`]);
  });

  it('given a place held that no state holds ("the mountain passes"), then no deployment', () => {
    expect(summaryOf(D, 'Norway sent 300 soldiers to patrol the mountain passes on 4 May 2021.', '2021-05-05')).toEqual(
      [],
    );
  });

  it('given "voted on a day against sending", then no deployment', () => {
    expect(
      summaryOf(
        D,
        "Norway's parliament voted on 4 May 2021 against sending 300 soldiers to help police the Estonian coast.",
        '2021-05-05',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces of a former state moving on its own land', () => {
  it('given a Rhodesian battalion moved to barracks in Salisbury, then no deployment', () => {
    expect(
      summaryOf(D, 'In March 1962 the Rhodesian battalion moved to new barracks in Salisbury.', '2021-05-05'),
    ).toEqual([]);
  });

  it('given a Rhodesian battalion moved to barracks in Lusaka, then it deploys there', () => {
    expect(
      summaryOf(D, 'In March 1962 the Rhodesian battalion moved to new barracks in Lusaka.', '2021-05-05'),
    ).toEqual(['DeploymentAnnounced|Rhodesia|Lusaka|1962-03|null']);
  });
});
