import { describe, expect, it } from 'vitest';
import { extract, summary, summaryOf } from './helpers.ts';
import { analyze } from '../../../shared/extract/context.ts';
import { statesFact, verbGroup } from '../../../shared/extract/clauses/verb-group.ts';

const dateline = (body: string) => `Headline\n\nPARIS, June 14 (Wire) - ${body}`;
const withdrawals = (text: string) =>
  summary(extract(dateline(text), '2023-06-14').filter((e) => e.type === 'WithdrawalBegun'));

describe('WithdrawalBegun', () => {
  it('finds a begun withdrawal and dates it by the day it began', () => {
    expect(withdrawals('France began withdrawing its troops from Niger on Monday.')).toEqual([
      'WithdrawalBegun|France|Niger|2023-06-12',
    ]);
  });

  it('takes the report date when the start is not dated', () => {
    expect(withdrawals('The withdrawal of Italian forces from Iraq is under way, officials said.')).toEqual([
      'WithdrawalBegun|Italy|Iraq|2023-06-14',
    ]);
  });

  it('counts a completed withdrawal as begun', () => {
    expect(withdrawals('The last Belgian soldiers left Mali on Tuesday.')).toEqual([
      'WithdrawalBegun|Belgium|Mali|2023-06-13',
    ]);
  });

  it.each([
    ['a plan', 'France will withdraw its troops from Niger by December.'],
    ['a demand', 'The government demanded the withdrawal of Russian troops from Moldova.'],
    ['a decision alone', 'Sweden decided to withdraw its soldiers from Mali.'],
    [
      'an agreement to plan',
      'Both governments agreed they would begin preparing a pullout of French troops from Chad.',
    ],
    ['a future start', 'The drawdown of Dutch forces from Mali is to begin in July.'],
    ['a directive', 'Leaders directed that a phased withdrawal of troops from Somalia begin.'],
    ['a negation', 'Russian forces have not withdrawn from Moldova, the minister said.'],
    ['a person leaving', 'The envoy said he left Iraq on Monday.'],
  ])('ignores %s', (_what, sentence) => {
    expect(withdrawals(sentence)).toEqual([]);
  });

  it('completes a withdrawal decision by a following "the process has begun"', () => {
    const events = withdrawals(
      'The decision to withdraw Dutch troops from Mali was taken jointly. The process has already begun.',
    );
    expect(events).toEqual(['WithdrawalBegun|Netherlands|Mali|2023-06-14']);
  });

  it('dates a reported withdrawal by a later "began on"', () => {
    const events = withdrawals(
      'Britain completed the withdrawal of its forces from Afghanistan on Friday. The pullout began on May 1.',
    );
    expect(events).toEqual(['WithdrawalBegun|United Kingdom|Afghanistan|2023-05-01']);
  });

  it('gives each origin its own event and date', () => {
    const events = withdrawals(
      'The withdrawal of Cuban troops from Ethiopia began on Sept. 5, 1988, and from Angola the following month.',
    );
    expect(events).toEqual(['WithdrawalBegun|Cuba|Ethiopia|1988-09-05', 'WithdrawalBegun|Cuba|Angola|1988-10']);
  });

  it('counts forces leaving after an exercise (the exercise itself is no event, the pullout is)', () => {
    expect(withdrawals('Russian forces have started to withdraw from Belarus after joint exercises ended.')).toEqual([
      'WithdrawalBegun|Russia|Belarus|2023-06-14',
    ]);
  });

  it('names a place the gazetteer does not know, but not an agreement or an organization', () => {
    expect(withdrawals('Ukrainian forces withdrew from Avdiivka on Saturday.')).toEqual([
      'WithdrawalBegun|Ukraine|Avdiivka|2023-06-10',
    ]);
    expect(withdrawals('American troops withdrew from the Paris Agreement talks on Saturday.')).toEqual([]);
    expect(withdrawals('Russian forces withdrew from the OSCE on Saturday.')).toEqual([]);
  });

  it('does not withdraw forces from their own home', () => {
    expect(withdrawals('The French jets left Chad on Monday for their home base in eastern France.')).toEqual([
      'WithdrawalBegun|France|Chad|2023-06-12',
    ]);
  });
});

describe('WithdrawalBegun: what is not a withdrawal of forces', () => {
  it('never reads a diplomat or a delegation leaving a capital', () => {
    const text = "Headline\n\nOSLO, May 2 (Wire) - Norway's ambassador left Minsk after being expelled.";
    expect(extract(text, '2021-05-02').filter((e) => e.type === 'WithdrawalBegun')).toEqual([]);
  });

  it('never reads a state leaving a league or a pact as a place left', () => {
    const text = 'Headline\n\nROME, May 2 (Wire) - Italy withdrew from the League of Nations in December 1937.';
    expect(extract(text, '2021-05-02').filter((e) => e.type === 'WithdrawalBegun')).toEqual([]);
  });
});

describe('WithdrawalBegun: recalled and brought home', () => {
  const narrative = (text: string) => summary(extract(text)).filter((line) => line.startsWith('WithdrawalBegun|'));

  it('reads forces recalled or brought home from a place, never an envoy recalled', () => {
    expect(narrative('Havana recalled its troops from Angola in 1991.')).toEqual(['WithdrawalBegun|Cuba|Angola|1991']);
    expect(narrative('Canada brought its last combat troops home from Kandahar in 2011.')).toEqual([
      'WithdrawalBegun|Canada|Kandahar|2011',
    ]);
    expect(narrative('Canada recalled its ambassador from Riyadh in 2018.')).toEqual([]);
  });
});

describe('WithdrawalBegun: forces that left with no origin named', () => {
  const withdrawals = (text: string) => extract(text, '2024-01-10').filter((e) => e.type === 'WithdrawalBegun');

  it('takes the place an earlier sentence sent those forces to', () => {
    expect(
      summary(withdrawals('Chilean troops were sent to Tonga in 1981. The last Chilean soldiers left in March 1990.')),
    ).toEqual(['WithdrawalBegun|Chile|Tonga|1990-03']);
  });

  it('takes the place an earlier sentence flew or airlifted those forces into', () => {
    expect(
      summary(withdrawals('French paratroopers were flown into Kinshasa in May 1991. The French withdrew in June.')),
    ).toEqual(['WithdrawalBegun|France|Kinshasa|1991-06']);
  });

  it('takes the place an earlier sentence ordered those forces into, never where an envoy was ordered', () => {
    expect(
      summary(
        withdrawals(
          'In 1965 Johnson ordered U.S. Marines into Santo Domingo. The last American troops departed on 21 September 1966.',
        ),
      ),
    ).toEqual(['WithdrawalBegun|United States|Santo Domingo|1966-09-21']);
    expect(
      summary(
        withdrawals(
          'Johnson ordered the U.S. ambassador to Santo Domingo. The last American troops departed on 21 September 1966.',
        ),
      ),
    ).toEqual([]);
  });

  it('takes the place whose occupation the same sentence ends', () => {
    expect(
      summary(withdrawals('The occupation of Corsica ended in May 1815, when the last British troops departed.')),
    ).toEqual(['WithdrawalBegun|United Kingdom|Corsica|1815-05']);
  });

  it('never takes a place from a sentence that does not name those forces', () => {
    expect(
      summary(withdrawals('Chilean troops were sent to Tonga in 1981. Peruvian soldiers left in March 1990.')),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: leaving a treaty or a body', () => {
  it('never reads a state leaving a treaty or an organization as forces withdrawing', () => {
    const events = extract(
      'Moldova withdrew from the Treaty on Conventional Armed Forces in Europe in 2011. Chile withdrew from the Pact on Naval Forces in Africa in 1976.',
      '2020-01-01',
    );
    expect(summary(events)).toEqual([]);
  });
});

describe('WithdrawalBegun: ends of a presence, falling back and handing over control', () => {
  const withdrawals = (text: string) => extract(text, '2024-01-10').filter((e) => e.type === 'WithdrawalBegun');

  it('reads a mission, deployment or occupation ended as a withdrawal from its place', () => {
    expect(summary(withdrawals('Norway ended its military mission in Mali in June 2013.'))).toEqual([
      'WithdrawalBegun|Norway|Mali|2013-06',
    ]);
    expect(summary(withdrawals('Britain ended its occupation of Iceland in 1946.'))).toEqual([
      'WithdrawalBegun|United Kingdom|Iceland|1946',
    ]);
  });

  it('reads forces that "fell back from" a place, never prices', () => {
    expect(summary(withdrawals('The Serbian garrison fell back from Knin in August 1995.'))).toEqual([
      'WithdrawalBegun|Yugoslavia|Knin|1995-08',
    ]);
    expect(summary(withdrawals('Oil prices fell back from Brent highs in May.'))).toEqual([]);
  });

  it('reads control of a place handed over as the giver leaving it, never the receiver', () => {
    expect(summary(withdrawals('Italy handed over control of Nasiriyah to Iraqi forces in September 2006.'))).toEqual([
      'WithdrawalBegun|Italy|Nasiriyah|2006-09',
    ]);
    expect(summary(withdrawals('The coalition handed over control of security to Afghan forces in 2014.'))).toEqual([]);
  });

  it('reads control relinquished like control handed over', () => {
    expect(
      summary(withdrawals('Dutch troops relinquished control of Camp Holland to Australian forces in 2010.')),
    ).toEqual(['WithdrawalBegun|Netherlands|Camp Holland|2010']);
  });

  it('given a town handed over to another side, when the giver is forces, then they leave it', () => {
    expect(summary(withdrawals('Serbian forces handed over Kupres to Croatia in May 1996.'))).toEqual([
      'WithdrawalBegun|Yugoslavia|Kupres|1996-05',
    ]);
    // Handed over to no other side, or only planned: nothing left.
    expect(summary(withdrawals('The army handed over Kupres to the district council.'))).toEqual([]);
    expect(summary(withdrawals('Serbia will hand over Kupres to Croatia next month.'))).toEqual([]);
  });
});

describe('WithdrawalBegun: an evacuation of a place', () => {
  const withdrawals = (text: string) =>
    summary(extract(text, '2024-01-10').filter((e) => e.type === 'WithdrawalBegun'));

  it('given "the X evacuation of PLACE" begun or completed, then X leaves the place', () => {
    expect(withdrawals('The French evacuation of Haiphong was completed in May 1955.')).toEqual([
      'WithdrawalBegun|France|Haiphong|1955-05',
    ]);
    expect(withdrawals('The evacuation of Narvik by Allied troops began on 4 June 1940.')).toEqual([
      'WithdrawalBegun|Allies|Narvik|1940-06-04',
    ]);
  });

  it('given forces named after "of", then the place left is the one after "from"', () => {
    expect(withdrawals('The evacuation of Belgian paratroopers from Kolwezi was completed in June 1978.')).toEqual([
      'WithdrawalBegun|Belgium|Kolwezi|1978-06',
    ]);
  });

  it('never reads an evacuation of civilians or of a people, or one only planned, as forces leaving', () => {
    expect(withdrawals('The Italian evacuation of Italians from Tripoli was completed in 1970.')).toEqual([]);
    expect(withdrawals('The evacuation of civilians from Sumy began in March 2022.')).toEqual([]);
    expect(withdrawals('The British evacuation of Haifa is planned for June.')).toEqual([]);
  });
});

describe('WithdrawalBegun: a people named for its forces', () => {
  const withdrawals = (text: string) => extract(text, '2024-01-10').filter((e) => e.type === 'WithdrawalBegun');

  it('given "the" and a people before a verb, when they leave a place the gazetteer lacks, then that people leaves', () => {
    expect(summary(withdrawals('The Japanese evacuated Kolombangara in October 1943.'))).toEqual([
      'WithdrawalBegun|Japan|Kolombangara|1943-10',
    ]);
    expect(summary(withdrawals('The Dutch abandoned Fort Zeelandia in 1662.'))).toEqual([
      'WithdrawalBegun|Netherlands|Fort Zeelandia|1662',
    ]);
    expect(summary(withdrawals('In 1989 the Soviets withdrew from Kandahar Province.'))).toEqual([
      'WithdrawalBegun|Soviet Union|Kandahar Province|1989',
    ]);
  });

  it('never reads a people before a noun ("the Italian government") as forces', () => {
    expect(summary(withdrawals('The Japanese government evacuated Kolombangara in October 1943.'))).toEqual([]);
  });
});

describe('WithdrawalBegun: forces withdrawn with no origin named', () => {
  it('takes the place an earlier sentence naming those forces put them', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Dutch marines occupied Curaçao in 1942. The Dutch marines withdrew in 1946.',
        '2020-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Curaçao|1946']);
  });
});

describe('WithdrawalBegun: names that end in a number', () => {
  it('keeps the number of a base or post in its name ("Outpost 17")', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Italian forces completed their withdrawal from the Camp 17 outpost in Lebanon.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Italy|Camp 17|2024-03-01']);
  });
});

describe('WithdrawalBegun: forces expelled', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('reads forces driven, forced or expelled out of a place (passive) as leaving it', () => {
    expect(inText('Libyan troops were driven out of northern Chad in March 1987.')).toEqual([
      'WithdrawalBegun|Libya|northern Chad|1987-03',
    ]);
    expect(inText('Serbian forces were expelled from Kosovo in June 1999.')).toEqual([
      'WithdrawalBegun|Yugoslavia|Kosovo|1999-06',
    ]);
  });

  it('given an active expulsion, when read, then the forces of its object leave, never its subject', () => {
    expect(inText('Chadian troops drove Libyan forces out of Faya-Largeau in 1987.')).toEqual([
      'WithdrawalBegun|Libya|Faya-Largeau|1987',
    ]);
    expect(inText('The Allied armies pushed the Germans out of Belgium in September 1944.')).toEqual([
      'WithdrawalBegun|Germany|Belgium|1944-09',
    ]);
    expect(inText('Ethiopian units expelled the Somali army from the Ogaden in March 1978.')).toEqual([
      'WithdrawalBegun|Somalia|Ogaden|1978-03',
    ]);
  });

  it('given an active expulsion of people who are no forces or of no named side, when read, then nobody withdraws', () => {
    expect(inText('Hungary expelled three Russian diplomats from Budapest in 2023.')).toEqual([]);
    expect(inText('Militiamen forced the garrison out of the fort in 1857.')).toEqual([]);
    expect(inText('The coalition might drive Syrian troops out of the valley.')).toEqual([]);
  });

  it('never takes who expels for who leaves, nor expelled people who are not forces', () => {
    expect(inText('Two Iranian diplomats were expelled from Germany in May 2019.')).toEqual([]);
    expect(inText('The minister was forced out of office in 2019.')).toEqual([]);
  });
});

describe('WithdrawalBegun: the date of its own clause', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('never takes the date of an earlier coordinated predicate when its own clause has one', () => {
    expect(inText('Belgian troops entered Kolwezi in 1978 and withdrew from the city in 1979.')).toEqual([
      'WithdrawalBegun|Belgium|Kolwezi|1979',
    ]);
  });

  it('takes the date after a relative clause set off by commas', () => {
    expect(
      inText('Italian troops gave up their base at Nasiriyah, which had housed 400 soldiers, in May 2006.'),
    ).toEqual(['WithdrawalBegun|Italy|Nasiriyah|2006-05']);
  });
});

describe('WithdrawalBegun: "they" for the forces named before', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('takes the actor and the place of the forces the sentence before put somewhere', () => {
    expect(inText('Libya sent troops to Uganda in 1978. They were withdrawn in 1979.')).toEqual([
      'WithdrawalBegun|Libya|Uganda|1979',
    ]);
    expect(inText('The Marines landed in the Dominican Republic in 1916. They left the island in 1924.')).toEqual([
      'WithdrawalBegun|United States|Dominican Republic|1924',
    ]);
  });

  it('never reads "they" as forces where the sentence before named none', () => {
    expect(inText('Libya signed a treaty with Uganda in 1978. They were withdrawn in 1979.')).toEqual([]);
  });

  it('reads a plural unit noun as the forces named before ("The legionnaires", "The paratroopers")', () => {
    expect(
      inText(
        'In March 1936 Danish legionnaires landed in Cyprus to keep order. The legionnaires were withdrawn in May 1936.',
      ),
    ).toEqual(['WithdrawalBegun|Denmark|Cyprus|1936-05']);
    expect(inText('Chilean troops arrived in Haiti in 2004. The paratroopers withdrew in March 2005.')).toEqual([
      'WithdrawalBegun|Chile|Haiti|2005-03',
    ]);
  });

  it('reads "It" as a formation that is the subject of the last clause before ("the expedition was held")', () => {
    expect(
      inText(
        'In March 1916 American troops crossed into Mexico to pursue the raiders. Mexico protested, and after a clash with Mexican troops in June the expedition was held in place. It began withdrawing in late January 1917.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Mexico|1917-01']);
  });

  it('keeps "It" after such a formation a non-event when the withdrawal is only planned', () => {
    expect(
      inText(
        'In March 1916 American troops crossed into Mexico to pursue the raiders. Mexico protested, and the expedition was held in place. It was to begin withdrawing in January 1917.',
      ),
    ).toEqual([]);
  });

  it('never takes a place after "of" following a placing verb as where the forces were ("in support of")', () => {
    expect(
      inText(
        'Peruvian troops entered Bolivia in 1879, and a column marched south in support of Chile. The troops were withdrawn in 1880.',
      ),
    ).toEqual(['WithdrawalBegun|Peru|Bolivia|1880']);
  });

  it('reads forces "shipped home" as withdrawn from where they were, past another clause\'s landing', () => {
    expect(
      inText('Danish troops landed in Cyprus in March 1936. The Danish battalions were shipped home in May 1936.'),
    ).toEqual(['WithdrawalBegun|Denmark|Cyprus|1936-05']);
    expect(
      inText(
        'Danish troops landed in Cyprus in March 1936. A Greek regiment then landed at Limassol; the Danish battalions were shipped home in May 1936.',
      ),
    ).toEqual(['WithdrawalBegun|Denmark|Cyprus|1936-05']);
  });

  it('keeps goods shipped home, or forces only to be shipped home, non-events', () => {
    expect(inText('Danish troops landed in Cyprus in March 1936. Their rifles were shipped home in May 1936.')).toEqual(
      [],
    );
    expect(
      inText(
        'Danish troops landed in Cyprus in March 1936. The Danish battalions were to be shipped home in May 1936.',
      ),
    ).toEqual([]);
  });

  it('keeps a plural unit noun whose withdrawal is only planned a non-event', () => {
    expect(
      inText('In March 1936 Danish legionnaires landed in Cyprus. The legionnaires were to be withdrawn in May 1936.'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: what leaving moves that is not forces', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it.each([
    ['a state leaving a treaty', 'Norway withdrew from the Ottawa landmine treaty in 2019.'],
    ['an ambassador recalled', 'Chile withdrew its ambassador from Peru in March 2019.'],
    ['staff taken out', 'The agency withdrew its staff from Juba after the clashes.'],
    ['citizens evacuated', 'Dutch nationals were evacuated from Tripoli in 2011.'],
  ])('ignores %s', (_what, sentence) => {
    expect(inText(sentence)).toEqual([]);
  });

  it('still reads forces withdrawn with their own staff', () => {
    expect(inText('Chile withdrew its troops and staff from Haiti in 2017.')).toEqual([
      'WithdrawalBegun|Chile|Haiti|2017',
    ]);
  });
});

describe('WithdrawalBegun: a place before the agreement it is left under', () => {
  it('reads the place, not the agreement, as the origin', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Israeli forces withdrew from the Gaza Strip under the peace agreement in 2005.',
        '2020-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Israel|Gaza Strip|2005']);
  });
});

describe('WithdrawalBegun: towns retaken after the forces pulled back', () => {
  it('takes each town of the list the sentence names as an origin', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'In May 2022 Ukrainian troops retook the towns of Rubizhne and Kreminna after Russian forces pulled back.',
        '2024-01-01',
      ).sort(),
    ).toEqual(['WithdrawalBegun|Russia|Kreminna|2022-05', 'WithdrawalBegun|Russia|Rubizhne|2022-05']);
  });

  it('takes the town the main clause recaptured as the place the forces left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Croatian forces recaptured Knin on 5 August 1995 after Serb troops withdrew toward Bosnia.',
        '2024-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Yugoslavia|Knin|1995-08-05']);
  });

  it('dates a withdrawal "by mid-2004" to that year', () => {
    expect(summaryOf('WithdrawalBegun', 'By mid-2004, all Honduran troops had left Iraq.', '2024-01-01')).toEqual([
      'WithdrawalBegun|Honduras|Iraq|2004',
    ]);
  });
});

describe('WithdrawalBegun: a withdrawal noun as the subject of what happened', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-01-01');

  it('reads "The departure/repatriation of X from Y" before a past verb as done', () => {
    expect(inText('The departure of the last Danish soldiers from Mali on 14 March 2022 ended the mission.')).toEqual([
      'WithdrawalBegun|Denmark|Mali|2022-03-14',
    ]);
    expect(inText('The repatriation of Libyan troops from Uganda was completed in 1979.')).toEqual([
      'WithdrawalBegun|Libya|Uganda|1979',
    ]);
  });

  it('never where the verb is a modal, a demand or a delay', () => {
    expect(inText('The withdrawal of Turkish troops from Qatar would weaken the emirate.')).toEqual([]);
    expect(inText('The withdrawal of Russian troops from Moldova was demanded by the parliament.')).toEqual([]);
    expect(inText('The departure of Italian troops from Niger was postponed.')).toEqual([]);
  });

  it('reads forces redeployed from a place to another as leaving the first', () => {
    expect(inText('Cuban forces were redeployed from Ethiopia to Angola in 1978.')).toContain(
      'WithdrawalBegun|Cuba|Ethiopia|1978',
    );
  });
});

describe('WithdrawalBegun: done "by" a date, where an earlier sentence put the forces', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-01-01');

  it('dates forces withdrawn "by" a date after a past verb to it, and finds where an invasion put them', () => {
    expect(
      inText('In 1989 the United States led an invasion of Panama. Most U.S. forces were withdrawn by February 1990.'),
    ).toEqual(['WithdrawalBegun|United States|Panama|1990-02']);
  });

  it('keeps "by" a deadline in a future or an expectation', () => {
    expect(inText('Italian troops will be withdrawn from Niger by December 2024.')).toEqual([]);
  });
});

describe('WithdrawalBegun: bases released and other ways of leaving', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-01-01');

  it('given a base closed, vacated or evacuated, when read, then its forces left the place the base stands in', () => {
    expect(inText('The Belgian army closed its last air base in Somalia in March 1994.')).toEqual([
      'WithdrawalBegun|Belgium|Somalia|1994-03',
    ]);
    expect(inText('Spanish forces vacated their bases in Morocco in 1961.')).toEqual([
      'WithdrawalBegun|Spain|Morocco|1961',
    ]);
    expect(inText('Italian troops evacuated their last remaining base in Libya in July 1970.')).toEqual([
      'WithdrawalBegun|Italy|Libya|1970-07',
    ]);
  });

  it('given the base of another owner closed, when read, then the closer is not the one leaving', () => {
    expect(inText('Uzbekistan closed the American base at Karshi in 2005.')).toEqual([]);
  });

  it('given a closure still considered or demanded, when read, then nothing has begun', () => {
    expect(inText('The ministry is considering closing the base in Darwin.')).toEqual([]);
    expect(inText('Protesters demanded that the government close the base in Sigonella.')).toEqual([]);
    expect(inText('The company closed its plant in Turin in 2019.')).toEqual([]);
  });

  it('reads forces that disengaged from, were repatriated from or quit a place as leaving it', () => {
    expect(inText('Egyptian units disengaged from the Suez Canal zone in 1974.')).toEqual([
      'WithdrawalBegun|Egypt|Suez Canal|1974',
    ]);
    expect(inText('The Polish contingent was repatriated from Chad in 2010.')).toEqual([
      'WithdrawalBegun|Poland|Chad|2010',
    ]);
    expect(inText('Libyan troops quit the Chadian town of Faya-Largeau in 1987.')).toEqual([
      'WithdrawalBegun|Libya|Faya-Largeau|1987',
    ]);
  });

  it('dates a withdrawal by a sentence-opening "By DATE" with no comma, but not a plan', () => {
    expect(inText('By May 1993 the last Soviet soldiers had left Mongolia.')).toEqual([
      'WithdrawalBegun|Soviet Union|Mongolia|1993-05',
    ]);
  });
});

describe('WithdrawalBegun: subjects across inserted clauses and parts of forces named before', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-01-01');

  it('given a relative clause between the forces and "withdrew", when read, then its names are not the subject', () => {
    expect(inText('Libyan forces, which had crossed into Chad in 1980, withdrew in November 1981.')).toEqual([
      'WithdrawalBegun|Libya|Chad|1981-11',
    ]);
  });

  it('given "the last of them departed", when forces were sent somewhere before, then they left it', () => {
    expect(inText('Britain sent troops to Aden in 1839. The last of them departed on 29 November 1967.')).toEqual([
      'WithdrawalBegun|United Kingdom|Aden|1967-11-29',
    ]);
  });

  it('given a plan in a joined clause, when the next clause states the leaving as done, then it has begun', () => {
    expect(
      inText(
        'Cuba sent troops to Ethiopia in 1977. The Cubans agreed to go home, and the last of them left in September 1989.',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Ethiopia|1989-09']);
  });
});

describe('WithdrawalBegun: "the city" for a town named as the object of an infinitive', () => {
  it('given "ordered … to occupy X", when "the city" is left later, then X is the place left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The president ordered the Marines to occupy Tampico in April 1914. U.S. forces were withdrawn from the city in November 1914.',
        '2024-01-01',
      ),
    ).toEqual(['WithdrawalBegun|United States|Tampico|1914-11']);
  });
});

describe('WithdrawalBegun: the handover or transfer of a base, completed', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-01-01');

  it('given "completed the handover of X base in Y", when read, then the forces left Y', () => {
    expect(inText('Dutch forces completed the handover of their last base in Uruzgan on 1 August 2010.')).toEqual([
      'WithdrawalBegun|Netherlands|Uruzgan|2010-08-01',
    ]);
  });

  it('given a handover still to come or only agreed, when read, then nothing has begun', () => {
    expect(inText('Britain will complete the handover of its base in Basra next year.')).toEqual([]);
    expect(inText('The United States agreed to the transfer of the air base in Kandahar to Afghan forces.')).toEqual(
      [],
    );
  });
});

describe('WithdrawalBegun: missions as places and plural withdrawal nouns', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-01-01');

  it('given forces withdrawn "from the X mission", when X serves in a known area, then they left that area', () => {
    expect(inText('Sweden began withdrawing its 250 troops from the MINUSMA mission in June 2023.')).toEqual([
      'WithdrawalBegun|Sweden|Mali|2023-06',
    ]);
  });

  it('given "A and the B completed their pullouts", when a withdrawal was just reported, then both left there', () => {
    expect(
      inText(
        'Danish troops began leaving Mali in February 2022. Norway and the Netherlands completed their pullouts in May.',
      ),
    ).toEqual([
      'WithdrawalBegun|Denmark|Mali|2022-02',
      'WithdrawalBegun|Netherlands|Mali|2022-05',
      'WithdrawalBegun|Norway|Mali|2022-05',
    ]);
  });
});

describe('WithdrawalBegun: a clause after a semicolon, and a present-tense departure', () => {
  it('given "X orders the expulsion of French troops; the first contingent departs P", then France leaves P', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Malian junta orders the expulsion of Danish troops; the first contingent departs Gao on 3 February.',
        '2022-02-05',
      ),
    ).toEqual(['WithdrawalBegun|Denmark|Gao|2022-02-03']);
  });

  it('given a delegation that departs, when read, then no forces left', () => {
    expect(summaryOf('WithdrawalBegun', 'The delegation departs Niamey on Monday.', '2023-12-25')).toEqual([]);
  });
});

describe('WithdrawalBegun: a presence or occupation that ended, as subject', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-01-01');

  it('given "the X occupation of P ended", when read, then X left P', () => {
    expect(inText('The French occupation of the Ruhr ended in August 1925.')).toEqual([
      'WithdrawalBegun|France|Ruhr|1925-08',
    ]);
    expect(inText('The Soviet military presence in Mongolia ended in 1992.')).toEqual([
      'WithdrawalBegun|Soviet Union|Mongolia|1992',
    ]);
  });

  it('given an end still to come, when read, then nothing has begun', () => {
    expect(inText('The French occupation of the Ruhr will end next year.')).toEqual([]);
  });
});

describe('WithdrawalBegun: a participle set off after the forces', () => {
  it('given "The X army, retreating from P, was …", when read, then X was leaving P', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Libyan army, retreating from Ouadi Doum, was overrun in March 1987.',
        '2024-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Libya|Ouadi Doum|1987-03']);
  });

  it('given a demand set off by commas, when read, then nothing has begun', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Chad, demanding that Libyan troops withdraw from Aouzou, rejected the plan.'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: forces reduced somewhere, or returned home', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-01-01');

  it('given forces or a presence reduced in a place, when read, then the withdrawal from it has begun', () => {
    expect(inText('In May 2008 Britain reduced its force in Basra from 4,100 to 2,500 troops.')).toEqual([
      'WithdrawalBegun|United Kingdom|Basra|2008-05',
    ]);
    expect(inText('In May 2008 Britain began to reduce its contingent in Basra.')).toEqual([
      'WithdrawalBegun|United Kingdom|Basra|2008-05',
    ]);
  });

  it('given taxes reduced, or a reduction still planned, when read, then nothing has begun', () => {
    expect(inText('The government reduced taxes in Ontario in 2019.')).toEqual([]);
    expect(inText('NATO plans to reduce its contingent in Kosovo in 2025.')).toEqual([]);
    expect(inText('NATO decided in 2023 to reduce its contingent in Kosovo.')).toEqual([]);
  });

  it('given forces sent somewhere that "had returned home", when announced, then they left it', () => {
    expect(
      inText(
        'Egyptian troops were sent to Yemen in 1962. In December 1967 Cairo announced that the last Egyptian troops had returned home.',
      ),
    ).toEqual(['WithdrawalBegun|Egypt|Yemen|1967-12']);
  });
});

describe('WithdrawalBegun: clauses joined by ", and" and a fronted phrase of pressure', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-01-01');

  it('given two withdrawals joined by ", and", when read, then each keeps its own actor and origin', () => {
    expect(
      inText(
        'Greece and Turkey landed troops at Kyrenia in July 1974. Under pressure from the United States and the Soviet Union, Greece and Turkey withdrew their forces in 1975, and Britain withdrew from Akrotiri in 1976.',
      ),
    ).toEqual([
      'WithdrawalBegun|Turkey|Kyrenia|1975',
      'WithdrawalBegun|Greece|Kyrenia|1975',
      'WithdrawalBegun|United Kingdom|Akrotiri|1976',
    ]);
  });

  it('given ", and" that ends a list of places, when read, then the list goes on', () => {
    expect(
      inText('In 2019 U.S. forces began withdrawing from their bases, outposts, and camps in northern Syria.'),
    ).toEqual(['WithdrawalBegun|United States|northern Syria|2019']);
  });
});

describe('WithdrawalBegun: "departed the following month"', () => {
  it('given forces that departed with a date for object, when the text put them somewhere, then they left it', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Dutch troops arrived in Kabul in January 2002. The Dutch troops departed the following year.',
        '2024-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Kabul|2003']);
  });
});

describe('WithdrawalBegun: "The withdrawal began" of the forces the text last placed', () => {
  const withdrawals = (text: string) =>
    summary(extract(text, '2024-01-10').filter((e) => e.type === 'WithdrawalBegun'));

  it('given forces placed in an earlier sentence, when "the withdrawal" begins, then they leave that place', () => {
    expect(withdrawals('Cuban troops were sent to Ethiopia in 1977. The withdrawal began in September 1989.')).toEqual([
      'WithdrawalBegun|Cuba|Ethiopia|1989-09',
    ]);
    expect(withdrawals('Some 40,000 Vietnamese soldiers served in Laos. In 1988, the pullout was completed.')).toEqual([
      'WithdrawalBegun|Vietnam|Laos|1988',
    ]);
  });

  it('never gives "the withdrawal" to forces placed earlier when other forces were named since', () => {
    expect(
      withdrawals(
        'NATO troops entered Kosovo on 12 June 1999. Yugoslav forces agreed to pull out of the province. The withdrawal was completed on 20 June.',
      ).filter((line) => line.includes('NATO')),
    ).toEqual([]);
  });

  it('never reads a withdrawal with no forces placed before, or of something else, as theirs', () => {
    expect(withdrawals('The withdrawal began in September 1989.')).toEqual([]);
    expect(
      withdrawals('Cuban troops were sent to Ethiopia in 1977. The evacuation of civilians began in 1978.'),
    ).toEqual([]);
  });
});

describe("WithdrawalBegun: an organization's mission in a place", () => {
  it('given forces withdrawn "from the X mission in Y" in a digest\'s present, then they leave Y', () => {
    expect(
      summary(
        extract('Kenya withdraws its troops from the African Union mission in Somalia.', '2024-01-10').filter(
          (e) => e.type === 'WithdrawalBegun',
        ),
      ),
    ).toEqual(['WithdrawalBegun|Kenya|Somalia|2024-01-10']);
  });
});

describe('WithdrawalBegun: forces removed', () => {
  const withdrawals = (text: string) =>
    summary(extract(text, '2024-01-10').filter((e) => e.type === 'WithdrawalBegun'));

  it('given forces removed from a place, in the passive or as the object, then they left it', () => {
    expect(withdrawals('American Marines were removed from Nicaragua in January 1933.')).toEqual([
      'WithdrawalBegun|United States|Nicaragua|1933-01',
    ]);
    expect(withdrawals('Washington removed its last troops from Nicaragua in January 1933.')).toEqual([
      'WithdrawalBegun|United States|Nicaragua|1933-01',
    ]);
  });

  it('never reads money, officials or a state removed from a body as forces leaving', () => {
    expect(withdrawals('The Marines removed $500,000 from the bank in Port-au-Prince in December 1914.')).toEqual([]);
    expect(withdrawals('Russia was removed from the Human Rights Council in April 2022.')).toEqual([]);
  });
});

describe("WithdrawalBegun: China's People's Volunteers", () => {
  it("given the Chinese People's Volunteers leaving, then China withdrew (a name's word is no civil noun)", () => {
    expect(
      summary(
        extract("The Chinese People's Volunteers left North Korea in October 1958.", '2024-01-10').filter(
          (e) => e.type === 'WithdrawalBegun',
        ),
      ),
    ).toEqual(['WithdrawalBegun|China|North Korea|1958-10']);
  });
});

describe('WithdrawalBegun: forces placed by a bearing from a capital', () => {
  it('given "units south of Baghdad" pulling back, then they leave Baghdad', () => {
    expect(
      summaryOf('WithdrawalBegun', 'By late March, Iraqi units south of Baghdad had begun to pull back.', '2003-06-01'),
    ).toEqual(['WithdrawalBegun|Iraq|Baghdad|2003-03']);
  });
});

describe('WithdrawalBegun: forces referred to that withdrew, and a redeployment from a place', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given forces placed before, when "the troops withdrew" with no origin, then they left that place', () => {
    expect(inText('Britain sent 2,000 soldiers to Aden in 1964. The troops withdrew in November 1967.')).toEqual([
      'WithdrawalBegun|United Kingdom|Aden|1967-11',
    ]);
    expect(inText('French paratroopers landed at Kolwezi in May 1978. The soldiers departed in June.')).toEqual([
      'WithdrawalBegun|France|Kolwezi|1978-06',
    ]);
  });

  it('never reads a retreat in battle, a move elsewhere or a plan of such forces as leaving the place', () => {
    expect(inText('Britain sent 2,000 soldiers to Aden in 1964. The troops retreated under fire.')).toEqual([]);
    expect(inText('Britain sent 2,000 soldiers to Aden in 1964. The troops withdrew to Little Aden in 1967.')).toEqual(
      [],
    );
    expect(inText('Britain sent 2,000 soldiers to Aden in 1964. The troops will withdraw next year.')).toEqual([]);
  });

  it('given a redeployment from a place, when read, then the forces left it; a redeployment to a place is none', () => {
    expect(inText('Dutch troops completed their redeployment from Uruzgan in August 2010.')).toEqual([
      'WithdrawalBegun|Netherlands|Uruzgan|2010-08',
    ]);
    expect(inText('Canada began the redeployment of 500 soldiers to Latvia in May 2023.')).toEqual([]);
  });
});

describe('WithdrawalBegun: a presence concluded, forces that came or were flown home, a mission named as a place', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given a deployment or mission concluded or wrapped up in a place, when read, then the forces left it', () => {
    expect(inText('Portugal concluded its military deployment in Timor in May 2004.')).toEqual([
      'WithdrawalBegun|Portugal|Timor-Leste|2004-05',
    ]);
    expect(inText('South Korean troops wrapped up their mission in Erbil in December 2008.')).toEqual([
      'WithdrawalBegun|South Korea|Erbil|2008-12',
    ]);
  });

  it('given forces that came or were flown home from a place, when read, then they left it', () => {
    expect(inText('Slovak soldiers came home from Kosovo in March 2002.')).toEqual([
      'WithdrawalBegun|Slovakia|Kosovo|2002-03',
    ]);
    expect(inText('The Estonian platoon was flown home from Mali in 2022.')).toEqual([
      'WithdrawalBegun|Estonia|Mali|2022',
    ]);
    expect(inText('The minister came home from Kosovo in March 2002.')).toEqual([]);
    expect(inText('Slovak soldiers came to Kosovo in March 2002.')).toEqual([]);
  });

  it('given forces "coming" or "returning" home from a place, when under way, then they are leaving it', () => {
    expect(inText('Norwegian soldiers are coming home from Faryab, the army said on 3 March 2012.')).toEqual([
      'WithdrawalBegun|Norway|Faryab|2012-03-03',
    ]);
    expect(inText('Georgian troops began to return home from Iraq on 8 August 2008.')).toEqual([
      'WithdrawalBegun|Georgia|Iraq|2008-08-08',
    ]);
    expect(inText('Georgian troops will return home from Iraq next year.')).toEqual([]);
    expect(inText('The patrol came back from Kosovo on Monday.')).toEqual([]);
  });

  it("given forces in a region named with its state's possessive, when they start leaving, then they leave the region", () => {
    expect(inText("Ugandan troops in Somalia's Hiiraan region began pulling out on 4 May 2019.")).toEqual([
      'WithdrawalBegun|Uganda|Hiiraan|2019-05-04',
    ]);
  });

  it('given a named air base handed over, however long its name, then the forces leave the base or the town near it', () => {
    expect(inText('Italian troops handed over the K-2 air base near Mosul to Iraqi forces on 9 March 2011.')).toEqual([
      'WithdrawalBegun|Italy|Mosul|2011-03-09',
    ]);
    expect(inText('Italian troops handed over the Tal al-Hawa air base to Iraqi forces on 9 March 2011.')).toEqual([
      'WithdrawalBegun|Italy|Tal al-Hawa air base|2011-03-09',
    ]);
  });

  it('given a base named with "of" its town, when handed over, then the forces leave the town', () => {
    expect(inText('Spain handed over the naval base of Rota-Norte to Morocco on 2 May 1976.')).toEqual([
      'WithdrawalBegun|Spain|Rota-Norte|1976-05-02',
    ]);
    // "the base of" a unit names no place.
    expect(inText('Spain handed over the base of the 3rd Regiment to Morocco on 2 May 1976.')).toEqual([]);
  });

  it('given a named airfield handed to another side with no "over", then the forces leave it', () => {
    expect(
      inText('On 3 April 2014 Dutch troops handed Tarin Air Field, their home for years, to Afghan forces.'),
    ).toEqual(['WithdrawalBegun|Netherlands|Tarin Air Field|2014-04-03']);
  });

  it('given "the … base" handed over after a named camp, then the forces leave that camp', () => {
    expect(
      inText(
        'Danish soldiers lowered their flag at Camp Viking on 9 May 2013 and handed the dusty hilltop base to Afghan police.',
      ),
    ).toEqual(['WithdrawalBegun|Denmark|Camp Viking|2013-05-09']);
    // "the Union flag" is Britain's flag, no Union side.
    expect(
      inText(
        'British soldiers lowered the Union flag at Camp Viking on 9 May 2013 and handed the old base to Afghan police.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Camp Viking|2013-05-09']);
  });

  it('given "its … base" turned over after the flag came down at a place, then the forces leave that place', () => {
    expect(
      inText(
        'Italian sailors lowered their flag at La Maddalena on 4 March 2008, turning over their old base to the local council.',
      ),
    ).toEqual(['WithdrawalBegun|Italy|La Maddalena|2008-03-04']);
    // The receiver after "to" is never the place left.
    expect(inText('Italian sailors turned over their old base to Albania on 4 March 2008.')).toEqual([]);
  });

  it('given forces "in the final weeks of their withdrawal" from a place, then it is under way, whatever its adjective', () => {
    expect(
      inText(
        'The rebels took the capital on 3 May 1975 as Dutch and Belgian troops were in the final weeks of their hasty withdrawal from Zaire.',
      ),
    ).toEqual(['WithdrawalBegun|Belgium|Zaire|1975-05-03', 'WithdrawalBegun|Netherlands|Zaire|1975-05-03']);
    // Ahead, or a plan's stage: no withdrawal yet.
    expect(inText('Dutch troops will be in the final weeks of their withdrawal from Zaire by May 1975.')).toEqual([]);
    expect(inText('Officials were in the early stages of planning a withdrawal from Zaire in May 1975.')).toEqual([]);
  });

  it('never takes the town an agreement was signed in, however it is described, for the place left', () => {
    expect(
      inText(
        'Spanish units, which began pulling out of the territory on 2 May 1976 under an agreement signed in the Moroccan town of Tarfaya, moved south.',
      ),
    ).toEqual([]);
    expect(inText('Spanish troops began leaving Tarfaya on 2 May 1976 under an accord signed in April.')).toEqual([
      'WithdrawalBegun|Spain|Tarfaya|1976-05-02',
    ]);
  });

  it('given "the city" after a compass part of a land, then it names the city before it, never the land', () => {
    expect(
      inText(
        'Rebel columns entered Kampala and took the capital of southern Uganda on 11 April 1979 after the last Libyan troops left the city.',
      ),
    ).toEqual(['WithdrawalBegun|Libya|Kampala|1979-04-11']);
    // A city's own compass part is a city.
    expect(
      inText('French troops came ashore at West Beirut on 21 August 1982 and left the city on 10 September 1982.'),
    ).toEqual(['WithdrawalBegun|France|West Beirut|1982-09-10']);
  });

  it('given forces placed before that left "at the end of" a month or "at dawn", then they left that place', () => {
    expect(
      inText('Some 900 Dutch troops were stationed in Uruzgan. The last Dutch troops left at the end of July 2010.'),
    ).toContain('WithdrawalBegun|Netherlands|Uruzgan|2010-07');
    expect(
      inText('Some 900 Dutch troops were stationed in Uruzgan. The last Dutch troops left at dawn on 1 August 2010.'),
    ).toContain('WithdrawalBegun|Netherlands|Uruzgan|2010-08-01');
    // "left at" a place is no leaving of where they were.
    expect(
      inText(
        'Some 900 Dutch troops were stationed in Uruzgan. The last Dutch troops left at Kandahar on 1 August 2010.',
      ),
    ).not.toContain('WithdrawalBegun|Netherlands|Uruzgan|2010-08-01');
  });

  it('given a place handed back to another side, then the giver leaves it', () => {
    expect(inText('Egyptian forces handed back Gaza to Israel on 6 March 1957.')).toEqual([
      'WithdrawalBegun|Egypt|Gaza Strip|1957-03-06',
    ]);
    expect(inText('The ministry handed back the files to the court on 6 March 1957.')).toEqual([]);
  });

  it('never takes the name of a force left ("from the G5 Sahel force") for a place', () => {
    expect(inText('Chad withdrew 600 troops from the Liptako Sahel force in 2021.')).toEqual([]);
  });
});

describe('WithdrawalBegun: "The withdrawal was completed" of forces placed before', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given forces placed in several towns of one state, when the withdrawal is completed, then they left the state', () => {
    expect(
      inText(
        'Vietnam invaded Cambodia in 1978. Vietnamese troops were stationed in Phnom Penh, Battambang and Siem Reap. ' +
          'The withdrawal was completed in September 1989.',
      ),
    ).toEqual(['WithdrawalBegun|Vietnam|Cambodia|1989-09']);
  });

  it('given an actor that agreed to pull its forces out, then its own earlier presence ("in the country") is left', () => {
    expect(
      inText(
        'Libya sent troops to Chad in 1980. By 1986, some 8,000 Libyan soldiers were in the country. ' +
          'In 1987 Libya agreed to pull its forces out. The withdrawal was completed in 1988.',
      ),
    ).toEqual(['WithdrawalBegun|Libya|Chad|1988']);
  });
});

describe('WithdrawalBegun: forces withdrawn to a destination that is no place', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given forces placed before and withdrawn "to ships offshore", when read, then they left where they were', () => {
    expect(
      inText('U.S. Marines landed at Da Nang in March 1965. The Marines were withdrawn to ships offshore in 1971.'),
    ).toEqual(['WithdrawalBegun|United States|Da Nang|1971']);
  });

  it('never reads forces withdrawn to a named place inside the one they hold as leaving it', () => {
    expect(
      inText('Britain sent 2,000 soldiers to Aden in 1964. The troops were withdrawn to Little Aden in 1967.'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: began evacuating a place', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given forces that began evacuating or began to evacuate a place, when read, then they left it', () => {
    expect(inText('The Greek army began evacuating Smyrna in September 1922.')).toEqual([
      'WithdrawalBegun|Greece|Smyrna|1922-09',
    ]);
    expect(inText('Italian troops began to evacuate Fiume in December 1920.')).toEqual([
      'WithdrawalBegun|Italy|Fiume|1920-12',
    ]);
  });

  it('never reads civilians evacuated or a plan to evacuate as forces withdrawing', () => {
    expect(inText('The Greek army began evacuating civilians from Smyrna in September 1922.')).toEqual([]);
    expect(inText('Italy will evacuate its troops from Fiume next year.')).toEqual([]);
  });
});

describe('WithdrawalBegun: a place held by forces named before, as the passive subject of "evacuated"/"abandoned"', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given forces that held a place and "it was evacuated" or "the town was abandoned", then those forces left it', () => {
    expect(inText('Danish troops held Basra until 2007; it was evacuated on 3 August 2007.')).toEqual([
      'WithdrawalBegun|Denmark|Basra|2007-08-03',
    ]);
    expect(inText('Polish troops held Narvik for two weeks. The town was abandoned on 8 June 1940.')).toEqual([
      'WithdrawalBegun|Poland|Narvik|1940-06-08',
    ]);
  });

  it('never reads a place emptied of civilians, or one no forces held, as a withdrawal', () => {
    expect(inText('Danish troops held Basra until 2007. The city was evacuated of civilians in August.')).toEqual([]);
    expect(inText('The village was abandoned after the flood of 1951.')).toEqual([]);
  });
});

describe('WithdrawalBegun: "the withdrawal of X\'s forces began" after they were placed in towns of one state', () => {
  it('given forces landed at two towns of one state, when the withdrawal of those forces began, then they left the state', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Syrian troops entered Zahle and Baalbek in June 1976. The withdrawal of the Syrian contingent began ' +
          'on 26 April 2005.',
        '2020-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Syria|Lebanon|2005-04-26']);
  });
});

describe('WithdrawalBegun: the last forces withdrawn, forces placed "near" a town, a town retaken from forces that withdrew', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given a state that withdrew "the last Marines" or "its forces" placed before, then they left that place', () => {
    expect(
      inText(
        'In 1912 President Taft ordered Marines to Nicaragua. President Hoover withdrew the last Marines in 1933.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Nicaragua|1933']);
    expect(
      inText('U.S. Marines landed near Da Nang in March 1965. In 1971 the United States withdrew its forces.'),
    ).toEqual(['WithdrawalBegun|United States|Da Nang|1971']);
  });

  it('given a town retaken from forces "which withdrew", then they left it; a town only retaken states nothing', () => {
    expect(inText('The army retook Mosul from the Islamic State, which withdrew to Syria, in July 2017.')).toEqual([
      'WithdrawalBegun|Islamic State|Mosul|2017-07',
    ]);
    expect(inText('The army retook Mosul from the Islamic State in July 2017.')).toEqual([]);
  });
});

describe('WithdrawalBegun: "the last of them had left" after a withdrawal the same sentence placed', () => {
  it('never reads the last forces leaving from an earlier landing site when the sentence named where they withdrew from', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'In May 1978 Belgian paratroopers landed near Kolwezi airfield in Shaba. Belgian troops began withdrawing ' +
          'from Shaba in June, and the last of them had left by 20 June.',
        '2020-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Belgium|Shaba|1978-06']);
  });
});

describe('WithdrawalBegun: a town entered after the forces holding it withdrew', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given "X troops entered T after Y forces withdrew", when read, then Y left T', () => {
    expect(inText('Iraqi troops entered Tikrit after Islamic State fighters withdrew in March 2015.')).toEqual([
      'WithdrawalBegun|Islamic State|Tikrit|2015-03',
    ]);
    expect(inText('Ukrainian soldiers enter Lyman after Russian forces complete their withdrawal.')).toEqual([
      'WithdrawalBegun|Russia|Lyman|2020-01-01',
    ]);
  });

  it('takes the place the withdrawal names over the town entered', () => {
    expect(inText('Iraqi troops entered Tikrit after Islamic State fighters withdrew from Baiji in 2015.')).toEqual([
      'WithdrawalBegun|Islamic State|Baiji|2015',
    ]);
  });
});

describe('WithdrawalBegun: a base named with its base noun handed over, and the CENTCOM area of responsibility', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given "the transfer of Camp X to" another side completed, then the forces left Camp X', () => {
    expect(inText('U.S. forces completed the transfer of Camp Bucca to Iraqi forces on 17 September 2009.')).toEqual([
      'WithdrawalBegun|United States|Camp Bucca|2009-09-17',
    ]);
  });

  it('reads a named base "in" a state at that state, as before', () => {
    expect(inText('The United States closed Howard Air Force Base in Panama in November 1999.')).toEqual([
      'WithdrawalBegun|United States|Panama|1999-11',
    ]);
  });

  it('knows the CENTCOM area of responsibility as the place U.S. units leave or reach', () => {
    expect(inText('The 1st Battalion redeployed from the CENTCOM area of responsibility on 2 May 2023.')).toEqual([]);
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The USS Bataan Amphibious Ready Group arrived in the U.S. Central Command area of responsibility on 3 August 2023.',
        '2020-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|United States|CENTCOM area of responsibility|2023-08-03|null']);
  });
});

describe('WithdrawalBegun: "The withdrawal began" after a body agreed to send forces', () => {
  it('given a decision to send a contingent to a place, when the withdrawal began later, then it left that place', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'On 10 March 2003 the European Union agreed to send a peacekeeping contingent to Macedonia. The withdrawal ' +
          'began on 15 December 2003.',
        '2020-01-01',
      ),
    ).toEqual(['WithdrawalBegun|European Union|North Macedonia|2003-12-15']);
  });
});

describe('WithdrawalBegun: announcing a completion, lists ending in a plural place word, river banks', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-06-01');

  it('given an announcement of the completion of a withdrawal, then it is a withdrawal done', () => {
    expect(
      inText('The ministry announced on Tuesday the completion of the pullout of Danish troops from Mali.'),
    ).toEqual(['WithdrawalBegun|Denmark|Mali|2024-05-28']);
    expect(inText('Norway announced that the withdrawal of its soldiers from Lithuania had begun.')).toEqual([
      'WithdrawalBegun|Norway|Lithuania|2024-06-01',
    ]);
  });

  it('keeps an announced withdrawal or a plan to complete one a non-event', () => {
    expect(inText('Norway announced the withdrawal of its soldiers from Lithuania.')).toEqual([]);
    expect(inText('Norway announced it would complete the withdrawal of its soldiers from Lithuania by May.')).toEqual(
      [],
    );
    expect(inText('Norway announced plans to start the withdrawal of its soldiers from Lithuania.')).toEqual([]);
  });

  it('given "the A, B and C districts of S", then each district is left, not S', () => {
    expect(inText('Georgian troops pulled out of the Gori, Kareli and Khashuri districts of Georgia.')).toEqual([
      'WithdrawalBegun|Georgia|Gori District|2024-06-01',
      'WithdrawalBegun|Georgia|Kareli District|2024-06-01',
      'WithdrawalBegun|Georgia|Khashuri District|2024-06-01',
    ]);
  });

  it('given the bank of a river, then the bank is the place left', () => {
    expect(inText('Turkish troops withdrew from the east bank of the Tigris on Friday.')).toEqual([
      'WithdrawalBegun|Turkey|east bank of the Tigris|2024-05-31',
    ]);
  });

  it('given "the X city of Y", then Y is the place', () => {
    expect(inText('Israeli troops withdrew from the West Bank city of Tulkarm.')).toEqual([
      'WithdrawalBegun|Israel|Tulkarm|2024-06-01',
    ]);
  });
});

describe('WithdrawalBegun: forces repositioned "out of" a place', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-06-01');

  it('given the completed repositioning of forces out of a state, then they left it', () => {
    expect(inText('The command has completed the repositioning of American forces out of Chad.')).toEqual([
      'WithdrawalBegun|United States|Chad|2024-06-01',
    ]);
  });

  it('keeps a repositioning from one place to another a non-event', () => {
    expect(inText('Italy completed the repositioning of its forces from Kuwait to Qatar.')).toEqual([]);
  });
});

describe('WithdrawalBegun: the retrograde of forces, a base left in a relative clause, the last forces to leave', () => {
  const inText = (text: string, published = '2021-07-06') => summaryOf('WithdrawalBegun', text, published);

  it('given "the retrograde of" forces as begun or nearly complete, then they are withdrawing', () => {
    expect(inText('The retrograde of Spanish forces from Qala-i-Naw began on 2 May.')).toEqual([
      'WithdrawalBegun|Spain|Qala-i-Naw|2021-05-02',
    ]);
    expect(
      inText('The command said the retrograde of U.S. forces from Iraq is now more than 80 percent complete.'),
    ).toEqual(['WithdrawalBegun|United States|Iraq|2021-07-06']);
  });

  it('given "Camp X, which forces departed on DATE", then they left Camp X then', () => {
    expect(
      inText('Four sites were handed over, the last Camp Bastion, which British forces departed on 26 October.'),
    ).toEqual(['WithdrawalBegun|United Kingdom|Camp Bastion|2020-10-26']);
  });

  it('given "the last troops to leave X" doing something, then they left X; not where it lies ahead', () => {
    expect(inText('The last Polish troops to leave Iraq flew to Warsaw on 4 October.')).toEqual([
      'WithdrawalBegun|Poland|Iraq|2020-10-04',
    ]);
    expect(inText('The last Polish troops to leave Iraq will fly to Warsaw next week.')).toEqual([]);
  });
});

describe('WithdrawalBegun: hyphenated names with a linking vowel', () => {
  it('keeps "Qala-i-Naw" and "Mazar-e-Sharif" whole', () => {
    expect(summaryOf('WithdrawalBegun', 'Swedish troops withdrew from Mazar-e-Sharif on 2 May 2014.')).toEqual([
      'WithdrawalBegun|Sweden|Mazar-e-Sharif|2014-05-02',
    ]);
    expect(summaryOf('WithdrawalBegun', 'Lithuanian troops left Qala-i-Naw in 2013.')).toEqual([
      'WithdrawalBegun|Lithuania|Qala-i-Naw|2013',
    ]);
  });
});

describe('places named by a demonym and a noun of land', () => {
  it('given "from Iraqi cities" or "into Georgian territory", then the place is the state', () => {
    expect(summaryOf('WithdrawalBegun', 'British forces withdrew from Afghan towns on 1 May 2014.')).toEqual([
      'WithdrawalBegun|United Kingdom|Afghanistan|2014-05-01',
    ]);
    expect(summaryOf('DeploymentAnnounced', 'Ethiopian troops entered Somali territory on 20 July 2006.')).toEqual([
      'DeploymentAnnounced|Ethiopia|Somalia|2006-07-20|null',
    ]);
  });
});

describe('WithdrawalBegun: forces referred to by "its", "the contingent", and flown home', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2024-06-01');

  it('given "X invaded Y. Its forces left the country", then X left Y', () => {
    expect(inText('Vietnam invaded Cambodia in 1978. Its forces left the country in September 1989.')).toEqual([
      'WithdrawalBegun|Vietnam|Cambodia|1989-09',
    ]);
  });

  it('given a contingent sent and later "flown home" or "returned home", then it left where it was sent', () => {
    expect(inText('Armenia sent 46 troops to Iraq in 2005. The contingent was flown home in October 2008.')).toEqual([
      'WithdrawalBegun|Armenia|Iraq|2008-10',
    ]);
    expect(inText('Tonga sent 55 marines to Iraq in 2004. The troops returned home in December 2008.')).toEqual([
      'WithdrawalBegun|Tonga|Iraq|2008-12',
    ]);
  });

  it('reads "Philippine" as the Philippines', () => {
    expect(
      inText('The Philippines sent troops to Iraq in 2003. Philippine troops were withdrawn in July 2004.'),
    ).toEqual(['WithdrawalBegun|Philippines|Iraq|2004-07']);
  });

  it('keeps a person flying somewhere a non-event', () => {
    expect(inText('The general flew home from Kabul in May.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: "The country" or "The kingdom" as the subject', () => {
  it('given a state named before, when "The country sent troops", then that state sent them', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Jordan is a member of the Arab League. The kingdom sent troops to Oman in 1975.',
      ),
    ).toEqual(['DeploymentAnnounced|Jordan|Oman|1975|null']);
  });
});

describe('WithdrawalBegun: a participation in a mission ended', () => {
  it('given "ended its participation in MISSION", then it left the mission area', () => {
    expect(summaryOf('WithdrawalBegun', 'Sweden ended its participation in MINUSMA in June 2023.')).toEqual([
      'WithdrawalBegun|Sweden|Mali|2023-06',
    ]);
    expect(summaryOf('WithdrawalBegun', 'Sweden will end its participation in MINUSMA next year.')).toEqual([]);
  });
});

describe('WithdrawalBegun: leaving a place in some hands or state, and plans told by a shared modal', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given "leaving X in control of", "leaving X defenceless", then X is not a place forces left', () => {
    expect(inText('The Danish fleet withdrew in 1801, leaving Sweden in full control of the Sound.')).toEqual([]);
    expect(inText('The Danish army surrendered in 1801, leaving Norway defenceless.')).toEqual([]);
    expect(inText('The Danish army left Norway in 1801, leaving its forts to the Swedes.')).toEqual([
      'WithdrawalBegun|Denmark|Norway|1801',
    ]);
  });

  it('given "will cut its forces in X … and withdraw", far apart, then the modal holds for both verbs', () => {
    expect(
      inText(
        'Under the accord, Britain will cut its garrison in Belize from about 1,500 to 800 within six months and ' +
          'withdraw all remaining soldiers within two years.',
      ),
    ).toEqual([]);
    expect(
      inText(
        'Britain cut its garrison in Belize from 1,500 to 800 in 1993 and withdrew all remaining soldiers in 1994.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Belize|1994']);
  });
});

describe("WithdrawalBegun: an origin that is the forces' own positions in a place", () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-06-01');

  it('given "pulled out of its positions along X and Y", then the forces left X and Y', () => {
    expect(
      inText(
        'The UN force began pulling out of its positions along the Golan Heights and Lebanon border on 3 May, ' +
          'after a demand from Syria.',
      ),
    ).toEqual([
      'WithdrawalBegun|United Nations|Golan Heights|2020-05-03',
      'WithdrawalBegun|United Nations|Lebanon|2020-05-03',
    ]);
    expect(
      inText(
        'Indian troops began pulling out of their posts along the Kashmir frontier and in Ladakh on 3 May, after a ' +
          'demand from China.',
      ),
    ).toEqual(['WithdrawalBegun|India|Kashmir|2020-05-03', 'WithdrawalBegun|India|Ladakh|2020-05-03']);
  });
});

describe('WithdrawalBegun: owners listed before their forces are no place', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2021-06-01');

  it('given "the withdrawal of X and other Y forces began", then X is whose forces leave, not where from', () => {
    expect(
      inText('Canada had 900 troops in Mali. The withdrawal of U.K. and other European forces began on 4 March.'),
    ).toEqual([]);
    expect(inText('Canada had 900 troops in Mali. The withdrawal of U.S. and German troops began on 4 March.')).toEqual(
      [],
    );
    expect(inText('The withdrawal of Dutch forces from Mali and Niger began on 4 March.')).toEqual([
      'WithdrawalBegun|Netherlands|Mali|2021-03-04',
      'WithdrawalBegun|Netherlands|Niger|2021-03-04',
    ]);
  });
});

describe('WithdrawalBegun: one withdrawal from a town and its state, and states leaving a body', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2023-10-10');

  it('given forces leaving a town GeoNames puts in a state and that state in one report, then one withdrawal', () => {
    expect(
      inText(
        'French troops began leaving Niger on 10 October; a first convoy left their base at Ouallam in western Niger.',
      ),
    ).toHaveLength(1);
  });

  it('given a state left and, dated apart, the start of the withdrawal at a town in it, then one withdrawal', () => {
    expect(
      inText(
        'The last Spanish soldiers left Mali on Friday. The drawdown began on 2 May, when a first column left the camp at Gao.',
      ),
    ).toEqual(['WithdrawalBegun|Spain|Mali|2023-05-02']);
    expect(
      inText(
        'Australian troops left South Vietnam in 1972. The first battalion of Australian troops flew out of Vung Tau on ' +
          '3 May 1970, beginning a gradual withdrawal.',
      ),
    ).toEqual(['WithdrawalBegun|Australia|South Vietnam|1970-05-03']);
  });

  it('given the first forces to leave a town of the state, then their leaving starts that withdrawal', () => {
    expect(
      inText(
        'The last Dutch troops left Mali in March 2019. The first Dutch contingent had flown out of Tessalit on 10 ' +
          'January 2019.',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Mali|2019-01-10']);
    expect(
      inText(
        'The last Dutch troops left Mali in March 2019. Dutch marines had flown out of Tessalit on 10 January 2019.',
      ),
    ).toHaveLength(2);
  });

  it('given a place nobody knows whose leaving started the withdrawal from the state just named, then one withdrawal', () => {
    expect(
      inText(
        'Italy handed back its last base in Lebanon on Monday. Its troops vacated Camp Zorbel, its largest site, ' +
          'completing a pullout that began in April.',
      ),
    ).toEqual(['WithdrawalBegun|Italy|Lebanon|2023-04']);
  });

  it('keeps a town left on a day the text does not call a start a withdrawal of its own', () => {
    expect(
      inText('The last Canadian troops left Germany on Friday. Canadian troops had left their camp at Lahr in June.'),
    ).toHaveLength(2);
  });

  it('keeps states leaving a group, or one "which quit" it, non-events', () => {
    expect(inText('Chad and Niger are leaving the group, following Mali, which quit in May 2022.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: places by adjective and helped capitals', () => {
  it('given "stationed in the central African country", then the place is the state named before', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'France sent 1,000 troops to Gabon in 1964. They were stationed in the central African country until 2023.',
        '2024-06-01',
      ).some((e) => e.includes('African')),
    ).toBe(false);
  });

  it('given a mission deployed "to help Kinshasa", then the place is the state, not the capital', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The EAC force was deployed on 12 November 2022 to help Kinshasa fight armed groups.',
        '2024-06-01',
      ),
    ).toEqual(['DeploymentAnnounced|EAC|Democratic Republic of the Congo|2022-11-12|null']);
  });
});

describe('WithdrawalBegun: an owner before a withdrawal noun, and a participle "left by"', () => {
  it('given the vacuum left by the retreat of Washington, then the United States withdrew, not the nearest actor', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "Russian police began patrolling near the town of Kobani, filling the vacuum left by Washington's retreat.",
        '2019-10-15',
      ),
    ).toEqual(['WithdrawalBegun|United States|Kobani|2019-10-15']);
  });
});

describe('WithdrawalBegun: a participle of result after a past main clause', () => {
  it('given "forces remained longer, withdrawing from A in 1922 and from B in 1925", then both withdrawals', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'British forces stayed on, withdrawing from Batum only in July 1920 and from Baku in 1919.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Batum|1920-07', 'WithdrawalBegun|United Kingdom|Baku|1919']);
  });

  it('keeps a participle under a modal a non-event', () => {
    expect(summaryOf('WithdrawalBegun', 'British forces would stay on, withdrawing from Batum in July.')).toEqual([]);
  });
});

describe('WithdrawalBegun: a venue is never the place a reference means', () => {
  it('given a port occupied and talks at another town, when forces "evacuated the port", then they left the port', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'U.S. Marines occupied Tampico in April 1914. Chile offered to mediate the dispute at Buffalo. ' +
          'U.S. forces evacuated the port on 23 November 1914.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Tampico|1914-11-23']);
  });
});

describe('WithdrawalBegun: a relative clause that starts the withdrawal', () => {
  it('given "the withdrawal of X forces from Y, which formally began on <date>", then it began then', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The withdrawal of the remaining Dutch forces from Uruzgan, which formally began on 1 August, is nearly complete.',
        '2010-09-10',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Uruzgan|2010-08-01']);
  });

  it('given a relative clause that does not start it, then nothing is read', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The withdrawal of Dutch forces from Uruzgan, which was demanded by parliament, will begin in August.',
        '2010-06-10',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a second place left on its own date', () => {
  it('given "left A on <date> and B on <date>", then two withdrawals with their own dates', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Cuban troops left Angola on 25 May and Ethiopia on 10 September.',
        '1991-12-01',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|1991-05-25', 'WithdrawalBegun|Cuba|Ethiopia|1991-09-10']);
  });

  it('given "left A on <date> and B protested", then B is no place left', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Cuban troops left Angola on 25 May and Namibia protested on 2 June.', '1991-12-01'),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|1991-05-25']);
  });
});

describe('WithdrawalBegun: a named base handed over', () => {
  it('given "transferred <X Air Base> near <town> to the host forces", then the base is the place left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'U.S. forces transferred Camp Taji near Baghdad to the Iraqi Security Forces on 23 August 2020.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Camp Taji|2020-08-23']);
  });
});

describe('WithdrawalBegun: vessels and treaties', () => {
  it('given a person leaving aboard a battleship, then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The deposed emir left Kuwait City aboard the British frigate HMS Avon on 17 November 1961.',
      ),
    ).toEqual([]);
  });

  it('given "the city" after a treaty named for another city, then the city meant is the one the forces were in', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'British troops landed in Basra in 1914. After the signing of the Treaty of Sevres, the last British troops ' +
          'left the city on 4 October 1923.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Basra|1923-10-04']);
  });
});

describe('WithdrawalBegun: names with lower-case words and processes', () => {
  it('given a coalition named "to Defeat ISIS" handing over a base, then the name is no intention', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Global Coalition to Defeat ISIS transferred Camp Taji near Baghdad to the Iraqi Security Forces on 23 August 2020.',
      ),
    ).toEqual(['WithdrawalBegun|coalition|Camp Taji|2020-08-23']);
  });

  it('given "has begun the process of its withdrawal from X", then it began', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'On 11 January 2019 CJTF-OIR began the process of its deliberate withdrawal from Syria.',
      ),
    ).toEqual(['WithdrawalBegun|coalition|Syria|2019-01-11']);
    expect(
      summaryOf(
        'WithdrawalBegun',
        'On 11 January 2019 the coalition began talks on the process of a withdrawal from Syria.',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: an occupation that lasted to a date', () => {
  it('given "the X occupation of Y lasted from D1 to D2", then X left Y at D2', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The American occupation of Veracruz lasted from April 1914 to November 1914.'),
    ).toEqual(['WithdrawalBegun|United States|Veracruz|1914-11']);
  });

  it('never reads talks that lasted for months as a withdrawal', () => {
    expect(summaryOf('WithdrawalBegun', 'The talks in Geneva lasted from May to June 1954.')).toEqual([]);
  });
});

describe('WithdrawalBegun: a force named after its state', () => {
  it('given "the American Expeditionary Force left X", then the United States withdrew from X', () => {
    expect(summaryOf('WithdrawalBegun', 'The American Expeditionary Force left Vladivostok on 1 April 1920.')).toEqual([
      'WithdrawalBegun|United States|Vladivostok|1920-04-01',
    ]);
  });
});

describe('WithdrawalBegun: "withdrew them" after the forces were placed', () => {
  it('given "sent N troops to X in D1 and withdrew them in D2", then a withdrawal from X in D2', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Bangladesh sent 1,000 troops to Haiti in 1994 and withdrew them in 1996.'),
    ).toEqual(['WithdrawalBegun|Bangladesh|Haiti|1996']);
    expect(
      summaryOf('WithdrawalBegun', 'Bangladesh, which had sent 1,000 troops to Haiti in 1994, withdrew them in 1996.'),
    ).toEqual(['WithdrawalBegun|Bangladesh|Haiti|1996']);
  });

  it('still reads "decided to withdraw" as an intention', () => {
    expect(summaryOf('WithdrawalBegun', 'Bangladesh decided to withdraw its troops from Haiti in 1996.')).toEqual([]);
  });
});

describe('WithdrawalBegun: a combat mission that ends', () => {
  it('given "the end of the Coalition\'s combat mission in Iraq", then no withdrawal; "ended its mission in X" is one', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "The task force completed its transition to an advisory role on 9 December 2021, marking the end of the Coalition's combat mission in Iraq.",
      ),
    ).toEqual([]);
    expect(summaryOf('WithdrawalBegun', 'Germany ended its mission in Afghanistan on 31 August 2021.')).toEqual([
      'WithdrawalBegun|Germany|Afghanistan|2021-08-31',
    ]);
  });

  it('given an organization or its force that ended its mission in X, then the mission ends, no withdrawal', () => {
    expect(summaryOf('WithdrawalBegun', 'NATO ended its mission in Afghanistan on 31 August 2021.')).toEqual([]);
    expect(
      summaryOf(
        'WithdrawalBegun',
        "The United Nations' observer force formally concluded its mission in Angola on Friday.",
      ),
    ).toEqual([]);
    // A state that ends its mission in a place still withdraws from it.
    expect(summaryOf('WithdrawalBegun', 'Portugal formally concluded its mission in Angola on Friday.')).toHaveLength(
      1,
    );
  });
});

describe('WithdrawalBegun: a stay that ended at a date', () => {
  it('given "remained there until <date>" after forces occupied X, then they left X then', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The Marines occupied Nicaragua in 1912 and remained there until January 1933.'),
    ).toEqual(['WithdrawalBegun|United States|Nicaragua|1933-01']);
    expect(summaryOf('WithdrawalBegun', 'Cuban troops stayed in Ethiopia until September 1989.')).toEqual([
      'WithdrawalBegun|Cuba|Ethiopia|1989-09',
    ]);
  });

  it('never reads a person who stayed, or forces that will stay, as a withdrawal', () => {
    expect(summaryOf('WithdrawalBegun', 'The president remained in Paris until June 1940.')).toEqual([]);
    expect(summaryOf('WithdrawalBegun', 'Cuban troops will stay in Ethiopia until September 1989.')).toEqual([]);
  });
});

describe('WithdrawalBegun: forces that "did not leave X until" a date', () => {
  it('given "did not leave/evacuate X until <date>", then they left X at that date', () => {
    expect(summaryOf('WithdrawalBegun', 'Turkish troops did not leave Crete until March 1899.')).toEqual([
      'WithdrawalBegun|Turkey|Crete|1899-03',
    ]);
    expect(summaryOf('WithdrawalBegun', 'Soviet forces did not withdraw from Manchuria until May 1946.')).toEqual([
      'WithdrawalBegun|Soviet Union|Manchuria|1946-05',
    ]);
  });

  it('given "the last <forces> did not leave until <date>" with no place, then they left where the text had them', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Kenyan troops were sent to Somalia in 1990. The last Kenyan units did not leave until 1994.',
      ),
    ).toEqual(['WithdrawalBegun|Kenya|Somalia|1994']);
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Kenyan troops remained in Somalia to help the government; the drawdown was slow, and the last Kenyan units did not leave until 1994.',
      ),
    ).toEqual(['WithdrawalBegun|Kenya|Somalia|1994']);
  });

  it('never places forces that did not leave until a date where another clause put other forces', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Officials met in Copenhagen, and a Greek regiment landed at Limassol in 1964; the last Danish units did not leave until 1967.',
      ),
    ).toEqual([]);
    expect(summaryOf('WithdrawalBegun', 'The king did not leave until May 1808.')).toEqual([]);
  });

  it('never reads a refusal to leave, a person who stayed, or an undated "until" as a withdrawal', () => {
    expect(summaryOf('WithdrawalBegun', 'Turkish troops will not leave Crete until March 1899.')).toEqual([]);
    expect(summaryOf('WithdrawalBegun', 'The army would not pull back until the monitors arrived.')).toEqual([]);
    expect(summaryOf('WithdrawalBegun', 'The king did not leave Lisbon until May 1808.')).toEqual([]);
    expect(summaryOf('WithdrawalBegun', 'Turkish troops did not leave Crete until the powers intervened.')).toEqual([]);
  });
});

describe('WithdrawalBegun: the last forces crossing out', () => {
  it('given "the last <forces> in X crossed into Y", then they left X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Syrian soldiers in Lebanon crossed back over the border on 26 April 2005.',
      ),
    ).toEqual(['WithdrawalBegun|Syria|Lebanon|2005-04-26']);
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The 3rd Cavalry Regiment, the last American combat unit in Iraq, crossed into Kuwait on 18 December 2011.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Iraq|2011-12-18']);
  });

  it('never reads an invasion, a crossing still ahead, or people who are not forces as a withdrawal', () => {
    expect(summaryOf('WithdrawalBegun', 'Syrian troops crossed into Lebanon on 1 June 1976.')).toEqual([]);
    expect(
      summaryOf('WithdrawalBegun', 'The last Syrian soldiers in Lebanon will cross back over the border by 30 April.'),
    ).toEqual([]);
    expect(summaryOf('WithdrawalBegun', 'The last refugees in Lebanon crossed into Syria on 2 May 2005.')).toEqual([]);
  });
});

describe('WithdrawalBegun: "It" for a formation named before', () => {
  it('given "The 10th Mountain Division deployed to X. It returned home in D", then it left X in D', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The 82nd Airborne Division deployed to Kuwait in January 2003. It returned home in August 2003.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Kuwait|2003-08']);
  });
});

describe('WithdrawalBegun: forces stationed somewhere until a date', () => {
  it('given "were stationed in X until <year>", then they left X that year; "until further notice" dates nothing', () => {
    expect(summaryOf('WithdrawalBegun', 'Soviet troops were stationed in Hungary until 1991.')).toEqual([
      'WithdrawalBegun|Soviet Union|Hungary|1991',
    ]);
    expect(summaryOf('WithdrawalBegun', 'U.S. troops are stationed in Germany until further notice.')).toEqual([]);
  });
});

describe('WithdrawalBegun: plans told with "would begin"', () => {
  it('given "said troops would begin leaving X on <date>", then nothing has begun', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'On 8 February 1988 the leader said that Soviet troops would begin leaving Afghanistan on May 15.',
      ),
    ).toEqual([]);
  });

  it('given "withdrew from the area" after a town is named, then the town', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Lebanese army troops deployed in the town of Bint Jbeil on 11 December 2024 after Israeli forces withdrew from the area.',
      ),
    ).toEqual(['WithdrawalBegun|Israel|Bint Jbeil|2024-12-11']);
  });
});

describe('WithdrawalBegun: "the province" after a mission named for it', () => {
  it('given "NATO\'s Kosovo force" and then "pulling out of the province", then Kosovo', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "NATO's Kosovo force is to grow to 50,000 troops. Yugoslav army units began pulling out of the province on 10 June 1999.",
      ),
    ).toEqual(['WithdrawalBegun|Yugoslavia|Kosovo|1999-06-10']);
  });
});

describe('WithdrawalBegun: two places left on two dates, one year', () => {
  it('given "left A on <day> and B on <day> <year>", then both in that year', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last British troops left Arkhangelsk on 27 September and Murmansk on 12 October 1919.',
      ),
    ).toEqual([
      'WithdrawalBegun|United Kingdom|Archangel|1919-09-27',
      'WithdrawalBegun|United Kingdom|Murmansk|1919-10-12',
    ]);
  });
});

describe('WithdrawalBegun: "they remained until <year>" with no place of its own', () => {
  it('given forces sent to X and "they remained until D", then they left X in D', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'In 1912 the United States sent Marines to Honduras to protect its interests; they remained until 1925.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Honduras|1925']);
  });
});

describe('WithdrawalBegun: an occupation that came to an end', () => {
  it('given "The U.S. occupation of X came to an end in D", then the United States left X in D', () => {
    expect(summaryOf('WithdrawalBegun', 'The U.S. occupation of Veracruz came to an end in November 1914.')).toEqual([
      'WithdrawalBegun|United States|Veracruz|1914-11',
    ]);
  });
});

describe('WithdrawalBegun: "the province" named long before, and a withdrawal under way since a date', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2006-01-10');

  it('given "X province" early and other places since, when forces leave "the province", then they leave X', () => {
    expect(
      inText(
        "JAKARTA, Jan 10 - Rebels in Indonesia's Maluku province handed in their arms on Monday. " +
          'Monitors from Malaysia watched. The deal was signed in Helsinki in August. ' +
          'It was welcomed in Brussels and Geneva. Both sides praised the monitors. ' +
          'Indonesia has been pulling troops out of the province since September.',
      ),
    ).toEqual(['WithdrawalBegun|Indonesia|Maluku|2005-09']);
  });
});

describe('WithdrawalBegun: "arrived in the X … and left" with an article before the place', () => {
  it('given forces that arrived "in the Solomon Islands" and left, then they left the islands', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Fijian troops arrived in the Solomon Islands in 2003 and left in 2013.',
        '2020-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Fiji|Solomon Islands|2013']);
  });
});

describe('WithdrawalBegun: a contributor set in a mission by a "whose" clause', () => {
  it('given "X, whose contingent was the backbone of <mission>, pulled its soldiers out", then X left the mission area', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'On 19 April 1994 Belgium, whose contingent of about 420 paratroopers was the backbone of the 2,500-strong U.N. Assistance Mission for Rwanda (UNAMIR), pulled its soldiers out.',
        '1994-05-01',
      ),
    ).toEqual(['WithdrawalBegun|Belgium|Rwanda|1994-04-19']);
  });
});

describe('WithdrawalBegun: a bare verb after "and" shares the infinitive before it', () => {
  it('given "decided to end the mandate and begin a phased withdrawal", then nothing has begun', () => {
    const ctx = analyze({
      key: 'k',
      contentHash: 'h',
      text: 'The bloc decided to end the mandate of its force and begin a phased withdrawal.',
    });
    const s = ctx.sentences[0]!;
    const begin = ctx.tokens.findIndex((t) => t.lower === 'begin');
    const group = verbGroup(ctx, s, begin);
    expect(group).toMatchObject({ infinitive: true, governor: 'decided' });
    expect(statesFact(group)).toBe(false);
  });

  it('given a past verb after "and" ("decided to stay and left"), then it states a fact of its own', () => {
    const ctx = analyze({ key: 'k', contentHash: 'h', text: 'The unit decided to stay and left on Monday.' });
    const left = ctx.tokens.findIndex((t) => t.lower === 'left');
    expect(statesFact(verbGroup(ctx, ctx.sentences[0]!, left))).toBe(true);
  });
});

describe('WithdrawalBegun: the last forces crossing out of a place, and a state leaving a grouping', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2012-01-01');

  it('given "The last convoy of X troops rolled across the border from A into B", then X left A', () => {
    expect(
      inText('The last convoy of British troops rolled across the border from Iraq into Kuwait on 18 December 2011.'),
    ).toEqual(['WithdrawalBegun|United Kingdom|Iraq|2011-12-18']);
  });

  it('given a state completing its withdrawal from a "Moscow-dominated grouping", then no forces left anywhere', () => {
    expect(inText('On 18 August 2009 Georgia completed its withdrawal from the Moscow-dominated grouping.')).toEqual(
      [],
    );
  });
});

describe('WithdrawalBegun: "left the kingdom" for the state where the forces were', () => {
  it('given forces stationed in a kingdom and "They left the kingdom", then a withdrawal from it', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Iraqi troops had been stationed in the Kingdom of Jordan since 1967. They left the kingdom in July 1971.',
        '1990-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Iraq|Jordan|1971-07']);
  });
});

describe('WithdrawalBegun: forces named with where they are, going home', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '1990-03-26');

  it('given "the last X soldiers in Y sailed home", then a withdrawal from Y', () => {
    expect(inText('The last Cuban soldiers in Angola sailed home on Saturday.')).toEqual([
      'WithdrawalBegun|Cuba|Angola|1990-03-24',
    ]);
  });

  it('given "the X contingent in Y was flown home", then a withdrawal from Y', () => {
    expect(inText('The Fijian contingent in Lebanon was flown home in March 1990.')).toEqual([
      'WithdrawalBegun|Fiji|Lebanon|1990-03',
    ]);
  });

  it('given people who are not forces going home, then nothing', () => {
    expect(inText('The Cuban delegation in Angola went home on Saturday.')).toEqual([]);
  });
});

describe('WithdrawalBegun: a start stated in a relative clause after the withdrawal noun dates it', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '1989-02-16');

  it('given "completed a pullout that began in <date>" in the next sentence, then that start date', () => {
    expect(
      inText(
        'Soviet forces ended their military presence in Afghanistan on Wednesday. The crossing of the last column completed a pullout that began in May 1988.',
      ),
    ).toEqual(['WithdrawalBegun|Soviet Union|Afghanistan|1988-05']);
  });

  it('given "its withdrawal from X, which began on <date>", then that date for X', () => {
    expect(
      inText('The Soviet Union completed on Wednesday its withdrawal from Afghanistan, which began on 15 May 1988.'),
    ).toEqual(['WithdrawalBegun|Soviet Union|Afghanistan|1988-05-15']);
  });

  it('given a purpose around the noun ("came to oversee the evacuation of … from X, which began on D"), then begun at D', () => {
    expect(
      inText('Observers came to supervise the evacuation of Hezbollah fighters from Sidon, which began on 3 May 1988.'),
    ).toEqual(['WithdrawalBegun|Hezbollah|Sidon|1988-05-03']);
  });

  it('never reads a relative clause of a plan ("which would begin") around a purpose as begun', () => {
    expect(
      inText(
        'Observers came to supervise the evacuation of Hezbollah fighters from Sidon, which would begin on 3 May 1988.',
      ),
    ).toEqual([]);
  });

  it('given a start stated for another place, then the date stays', () => {
    expect(
      inText(
        'Soviet forces ended their military presence in Afghanistan on Wednesday. A pullout from Mongolia that began in 1987 goes on.',
      ),
    ).toEqual(['WithdrawalBegun|Soviet Union|Afghanistan|1989-02-15']);
  });
});

describe('WithdrawalBegun: an era or a maker before a hyphen is no actor, and towns left on other days stay apart', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2007-11-14').sort();

  it('given "from Soviet-era bases", then the actor is the state whose troops leave', () => {
    expect(
      inText('On Tuesday Russia completed the withdrawal of its troops from Soviet-era bases in Armenia.'),
    ).toEqual(['WithdrawalBegun|Russia|Armenia|2007-11-13']);
  });

  it('given the state left with one town in one sentence and another town left months before, then two withdrawals', () => {
    expect(
      inText(
        'Russia handed over its base in Gyumri to Armenia on Tuesday, completing the withdrawal of its troops from the country. Russian forces left the base at Vanadzor in June.',
      ),
    ).toEqual(['WithdrawalBegun|Russia|Armenia|2007-11-13', 'WithdrawalBegun|Russia|Vanadzor|2007-06']);
  });
});

describe('WithdrawalBegun: an ethnic group fleeing is no withdrawal of forces', () => {
  it('given "ethnic Serbs fled from X", then nothing', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Thousands of ethnic Serbs fled from Krajina in August 1995.', '1995-09-01'),
    ).toEqual([]);
  });

  it("given the state's troops fleeing, then a withdrawal", () => {
    expect(summaryOf('WithdrawalBegun', 'Serbian troops fled from Krajina in August 1995.', '1995-09-01')).not.toEqual(
      [],
    );
  });
});

describe('WithdrawalBegun: forces of an occupation leave the one state the text names as occupied', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '1990-01-01').sort();

  it('given an occupation of one state and "the X, Y and Z contingents left", then each leaves that state', () => {
    expect(
      inText(
        "The treaty restored Austria's independence and ended the occupation. The Soviet, American and British contingents left in 1955.",
      ),
    ).toEqual([
      'WithdrawalBegun|Soviet Union|Austria|1955',
      'WithdrawalBegun|United Kingdom|Austria|1955',
      'WithdrawalBegun|United States|Austria|1955',
    ]);
  });

  it('given no occupation spoken of, then no place is guessed', () => {
    expect(inText("The treaty restored Austria's independence. The Soviet contingent left in 1955.")).toEqual([]);
  });

  it("given two states other than the forces' own, then no place is guessed", () => {
    expect(inText('The occupation of Austria and Hungary ended. The Soviet contingent left in 1955.')).toEqual([]);
  });
});

describe("WithdrawalBegun: Serbian forces before 2006 are Yugoslavia's", () => {
  it('given "Yugoslav army and Serbian police units began pulling out" in 1999, then one withdrawal by Yugoslavia', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Yugoslav army and Serbian police units began pulling out of Kosovo on 10 June 1999.',
        '1999-06-12',
      ),
    ).toEqual(['WithdrawalBegun|Yugoslavia|Kosovo|1999-06-10']);
  });
});

describe('WithdrawalBegun: the forces of "the mission" named before', () => {
  it('given "The withdrawal of the mission\'s 13,000 soldiers began on <date>", then the mission\'s owner leaves its area', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "The council created MINUSMA in April 2013. The withdrawal of the mission's 13,000 soldiers began on 1 July 2023.",
        '2023-12-31',
      ),
    ).toEqual(['WithdrawalBegun|United Nations|Mali|2023-07-01']);
  });
});

describe('WithdrawalBegun: a modal before the first of two coordinated verbs holds for both', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2023-09-25');

  it('given "will withdraw its ambassador and pull its troops out of X", then nothing has begun', () => {
    expect(
      inText('Belgium will withdraw its ambassador from Mali and pull its troops out of the country by December.'),
    ).toEqual([]);
  });

  it('given "recalled its ambassador and pulled its troops out of X", then a withdrawal', () => {
    expect(inText('Belgium recalled its ambassador and pulled its troops out of Mali in August 2023.')).toEqual([
      'WithdrawalBegun|Belgium|Mali|2023-08',
    ]);
  });
});

describe('WithdrawalBegun: "the <people> capital" and "their last bases in"', () => {
  it('given "pulled out of their last bases in the Somali capital", then a withdrawal from Mogadishu', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Ethiopian troops pulled out of their last bases in the Somali capital on 13 January 2009.',
        '2009-01-14',
      ),
    ).toEqual(['WithdrawalBegun|Ethiopia|Mogadishu|2009-01-13']);
  });
});

describe('WithdrawalBegun: what is pulled out must be forces', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2021-12-11');

  it('given "pulling the region out of the armed forces", then nothing', () => {
    expect(
      inText('Lawmakers in Crimea voted on 10 December 2021 to begin pulling the region out of the armed forces.'),
    ).toEqual([]);
  });

  it('given "pulled most of its troops out of X", then a withdrawal', () => {
    expect(inText('Russia pulled most of its troops out of Moldova in 2004.')).toEqual([
      'WithdrawalBegun|Russia|Moldova|2004',
    ]);
  });
});

describe("WithdrawalBegun: a start stated as the noun's own predicate", () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '1991-07-02').sort();

  it('given "The withdrawal of X from Y began on <date>, and the last soldier left the country on <later>", then the start', () => {
    expect(
      inText(
        'The withdrawal of the Soviet garrison from Poland began on 8 April 1991, and the last Soviet soldier left the country on 17 September 1993.',
      ),
    ).toEqual(['WithdrawalBegun|Soviet Union|Poland|1991-04-08']);
  });

  it('given "ending pullouts that began in early 1990", then the year', () => {
    expect(inText('The last Soviet troops left Poland on June 19, ending pullouts that began in early 1990.')).toEqual([
      'WithdrawalBegun|Soviet Union|Poland|1990',
    ]);
  });

  it("given another actor's evacuation that began earlier from the same place, then the date stays", () => {
    expect(
      inText(
        'U.S. Marines left Beirut on 26 February 1984. They had first come in August 1982 to oversee the evacuation of PLO fighters from the city, which began on 21 August 1982.',
      ),
    ).toEqual(['WithdrawalBegun|PLO|Beirut|1982-08-21', 'WithdrawalBegun|United States|Beirut|1984-02-26']);
  });
});

describe('WithdrawalBegun and DeploymentAnnounced: located nouns before the place', () => {
  it('given "forces withdraw from villages in <region>" (digest present), then the region', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Syrian forces withdraw from villages in northern Lebanon.', '2005-04-20'),
    ).toEqual(['WithdrawalBegun|Syria|northern Lebanon|2005-04-20']);
  });

  it('given "landed on the beaches south of X", then X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'French marines landed on the beaches south of Tyre on 3 May 1982.',
        '1983-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|France|Tyre|1982-05-03|null']);
  });
});

describe('WithdrawalBegun: references and descriptive names in the place slot', () => {
  it('given "the withdrawal of X\'s contingent from the <described> country", then the country is not X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "The first Libyan soldiers left Chad today, opening the withdrawal of Libya's 8,000-strong military contingent from the central African country.",
        '1987-01-10',
      ),
    ).toEqual(['WithdrawalBegun|Libya|Chad|1987-01-10']);
  });

  it('given "handed over its base in the <people> Black Sea port of X", then X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Russia handed over its military base in the Ukrainian Black Sea port of Ochakiv to Ukraine on 3 May 1997.',
        '1997-05-04',
      ),
    ).toEqual(['WithdrawalBegun|Russia|Ochakiv|1997-05-03']);
  });
});

describe('WithdrawalBegun: civilians and diplomats are not forces', () => {
  it.each([
    'Mediation produced an accord on 19 January 1981, and the hostages were flown out of Libya the following day.',
    'The two states cut relations in 1950; the minister and the staff of the legation in Bucharest were withdrawn.',
    'Sweden and Norway shut their consulates in Liberia and pulled out their envoys on Monday.',
    'Denmark closed its mission in Bamako and pulled out its remaining staff from Mali in 1999.',
  ])('given "%s", then nothing', (text) => {
    expect(summaryOf('WithdrawalBegun', text, '1990-01-01')).toEqual([]);
  });

  it('given "pulled out their soldiers from X", then the particle still opens an object of forces', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Sweden and Norway pulled out their soldiers from Liberia on 4 May 1999.',
        '1999-05-05',
      ).sort(),
    ).toEqual(['WithdrawalBegun|Norway|Liberia|1999-05-04', 'WithdrawalBegun|Sweden|Liberia|1999-05-04']);
  });
});

describe("WithdrawalBegun: what a verb of moving left is never the next clause's actor", () => {
  it('given "the last X soldiers left A and B …, after the final units pulled out of C", then X left C too', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Cuban soldiers also left Angola and Namibia on Wednesday, a year after the final units pulled out of Zambia.',
        '1991-05-25',
      ).sort(),
    ).toEqual([
      'WithdrawalBegun|Cuba|Angola|1991-05-22',
      'WithdrawalBegun|Cuba|Namibia|1991-05-22',
      'WithdrawalBegun|Cuba|Zambia|1990',
    ]);
  });
});

describe('WithdrawalBegun: streaming out, and where a speaker told reporters', () => {
  it('given "X troops streamed out of Y", then a withdrawal from Y', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Syrian troops streamed out of Beirut on 26 April 2005.', '2005-04-27'),
    ).toEqual(['WithdrawalBegun|Syria|Beirut|2005-04-26']);
  });

  it('given "told reporters in X that the Ys were retreating", then X is not what they left', () => {
    expect(
      summaryOf('WithdrawalBegun', 'A general told reporters in Doha that the Iraqis were retreating.', '1991-02-26'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: companions that took their own forces out, no place said', () => {
  it('given a withdrawal from X, then "A withdrew its contingent …, and B pulled out its soldiers" left X too', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Dutch soldiers left Kabul on 3 May 2010. Norway withdrew its contingent in January 2010, and Chile pulled out its 40 soldiers in March 2010.',
        '2010-05-04',
      ).sort(),
    ).toEqual([
      'WithdrawalBegun|Chile|Kabul|2010-03',
      'WithdrawalBegun|Netherlands|Kabul|2010-05-03',
      'WithdrawalBegun|Norway|Kabul|2010-01',
    ]);
  });

  it.each([
    ['a plan', 'The last Dutch soldiers left Kabul on 3 May 2010. Norway will withdraw its contingent next year.'],
    ['a treaty left', 'The last Dutch soldiers left Kabul on 3 May 2010. Norway withdrew its forces from the pact.'],
    ['no withdrawal before', 'Norway withdrew its contingent in January 2010.'],
    ['an envoy', 'The last Dutch soldiers left Kabul on 3 May 2010. Norway withdrew its ambassador in May.'],
  ])('given %s, then no companion withdrawal', (_what, text) => {
    expect(summaryOf('WithdrawalBegun', text, '2010-05-04').filter((e) => e.includes('Norway'))).toEqual([]);
  });

  it('given no withdrawal before but one mission named before, then forces taken out leave its area', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Irish soldiers have served with UNIFIL for decades. Norway withdrew its contingent in January 2010, and Chile pulled out its 40 soldiers in March 2010.',
        '2010-05-04',
      ).sort(),
    ).toEqual(['WithdrawalBegun|Chile|Lebanon|2010-03', 'WithdrawalBegun|Norway|Lebanon|2010-01']);
  });

  it.each([
    [
      'missions in two areas',
      'Irish soldiers served with UNIFIL and with KFOR. Norway withdrew its contingent in January 2010.',
    ],
    [
      'the mission named after',
      'Norway withdrew its contingent in January 2010. Irish soldiers have served with UNIFIL.',
    ],
  ])('given %s, then no place for the companion', (_what, text) => {
    expect(summaryOf('WithdrawalBegun', text, '2010-05-04').filter((e) => e.includes('Norway'))).toEqual([]);
  });
});

describe('WithdrawalBegun: a goal of completing the pullout is a plan', () => {
  it('given "asks it to start withdrawing …, with the goal of completing the pullout by D", then nothing', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The resolution ends the mission in Chad and asks it to start withdrawing its 3,000 troops immediately, with the goal of completing the pullout by Dec. 31.',
        '2010-05-25',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a phrase set off after the subject names no actor', () => {
  it('given "X, after prolonged Y pressure, withdrew its last troops from Z", then X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Syria, after prolonged U.S. pressure, withdrew its last troops from Lebanon in April 2005.',
        '2006-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Syria|Lebanon|2005-04']);
  });
});

describe('WithdrawalBegun: "the country" is never a state whose forces the clause lists', () => {
  it('given "Dutch troops, followed by Belgian and Danish units, began leaving the country", then the country named before', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The NATO operation in Albania ended on 1 August 1997. Dutch troops, followed by Belgian and Danish units, began leaving the country on 2 August 1997.',
        '1997-08-03',
      ).sort(),
    ).toEqual([
      'WithdrawalBegun|Belgium|Albania|1997-08-02',
      'WithdrawalBegun|Denmark|Albania|1997-08-02',
      'WithdrawalBegun|Netherlands|Albania|1997-08-02',
    ]);
  });
});

describe('WithdrawalBegun: "the country" is not a state that sent forces, and may be the state of a capital', () => {
  it('given states that contributed contingents, then "left the country" is the state of the capital named before', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'France sent 300 soldiers to Bangui on 5 December 2013. Chad, Gabon, and Cameroon, among others, contributed contingents. The last French units left the country on 31 October 2016.',
        '2017-01-01',
      ),
    ).toEqual(['WithdrawalBegun|France|Central African Republic|2016-10-31']);
  });

  it("given a state named after the capital, then that state, not the capital's", () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Soviet troops crossed into Hungary on 4 November 1956. Imre Nagy was later flown to Moscow. Soviet units left the country in June 1991.',
        '1992-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Soviet Union|Hungary|1991-06']);
  });
});

describe('WithdrawalBegun: "conducting a withdrawal" is one under way; "rather than conducting" is not', () => {
  it('given "forces are executing a deliberate withdrawal from X", then it has begun', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'U.S. forces are executing a deliberate withdrawal from northern Iraq, a spokesman said on 13 October 2011.',
        '2011-10-14',
      ),
    ).toEqual(['WithdrawalBegun|United States|northern Iraq|2011-10-13']);
  });

  it('given "were fleeing rather than conducting an orderly withdrawal", then no withdrawal read from the contrast', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Iraqi troops streamed out of Kuwait City on Tuesday. A general told reporters in Riyadh that the Iraqis were retreating in disarray rather than conducting an orderly withdrawal.',
        '1991-02-26',
      ),
    ).toEqual(['WithdrawalBegun|Iraq|Kuwait City|1991-02-26']);
  });
});

describe('WithdrawalBegun: a site or facility handed over is left', () => {
  it('given "transferred their site at Camp X to the Iraqi Security Forces", then Camp X is left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Coalition forces transferred their site at Camp Besmaya to the Iraqi Security Forces on 3 September 2020.',
        '2020-09-04',
      ),
    ).toEqual(['WithdrawalBegun|coalition|Camp Besmaya|2020-09-03']);
  });

  it('given "handed over five facilities to the ministry, including Kandahar Airfield", then the airfield listed', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'U.S. forces handed over five facilities to the Afghan Ministry of Defense on 12 May 2021, including Kandahar Airfield.',
        '2021-05-13',
      ),
    ).toEqual(['WithdrawalBegun|United States|Kandahar Airfield|2021-05-12']);
  });

  it('given a base named before, then "turned the base over" leaves that base', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The treaty gave the United States the use of Wheelus Air Base. Relations soured after the coup, and the U.S. Air Force turned the base over to the Libyan government on 11 June 1970.',
        '1971-01-01',
      ),
    ).toEqual(['WithdrawalBegun|United States|Wheelus Air Base|1970-06-11']);
  });
});

describe('WithdrawalBegun: a titled person leaving is not forces leaving', () => {
  it('given "after former President Jean-Claude Duvalier left Haiti", then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The UN mission was set up in 1993, seven years after former President Jean-Claude Duvalier left Haiti in February 1986.',
        '1994-01-01',
      ),
    ).toEqual([]);
  });

  it('given "General Douglas X withdrew his troops from Y", then no state is read from a capital inside his name', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'General Douglas MacArthur withdrew his troops from Seoul on 4 January 1951.',
        '1952-01-01',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: who brokered an accord is not who withdraws', () => {
  it('given "Cuban soldiers to go home under a U.S.-brokered accord flew out of X", then Cuba', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The first 300 Cuban soldiers to go home under a U.S.-brokered peace accord flew out of Luanda on 10 January 1989.',
        '1989-01-11',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Luanda|1989-01-10']);
  });
});

describe("WithdrawalBegun: the end of a presence on a state's soil; volunteers of an army are forces", () => {
  it('given "ended half a century of military presence on German soil", then a withdrawal from Germany', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Britain ended almost half a century of military presence on Libyan soil on 28 March 1970.',
        '1970-04-01',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Libya|1970-03-28']);
  });

  it('given "the last units of the Chinese army volunteers left X", then they are forces', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last units of the Chinese army volunteers left North Korea on 26 October 1958.',
        '1958-10-27',
      ),
    ).toEqual(['WithdrawalBegun|China|North Korea|1958-10-26']);
  });

  it('given aid volunteers leaving, then nothing', () => {
    expect(summaryOf('WithdrawalBegun', 'The last aid volunteers left Kabul on 2 May 2021.', '2021-05-03')).toEqual([]);
  });
});

describe('WithdrawalBegun: forces placed "at" a place that start a disengagement leave it', () => {
  it('given "Chinese and Indian troops at Pangong Lake started disengagement", then both leave the lake', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Chinese and Indian troops at Pangong Lake started disengagement on 10 February 2021.',
        '2021-02-11',
      ).sort(),
    ).toEqual(['WithdrawalBegun|China|Pangong Lake|2021-02-10', 'WithdrawalBegun|India|Pangong Lake|2021-02-10']);
  });
});

describe('WithdrawalBegun: "the enclave" is the name said before with that noun', () => {
  it('given "entered the Kessab enclave … from the enclave", then Kessab', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Turkish troops entered the Kessab enclave in 2014. The pullout of Turkish troops from the enclave was completed on 3 May 2016.',
        '2016-05-04',
      ),
    ).toEqual(['WithdrawalBegun|Turkey|Kessab|2016-05-03']);
  });
});

describe("WithdrawalBegun: a withdrawal placed nowhere leaves the state of the dateline, not the forces' own", () => {
  it('given "DILI, <date> - … The withdrawal of Indonesian forces began on <day>", then Indonesia from Timor-Leste', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'DILI, Oct 30 (Reuters) - Trucks carrying soldiers and their families lined the harbour road. The withdrawal of Indonesian forces began on Monday under the agreement signed in New York.',
        '1999-10-30',
      ),
    ).toEqual(['WithdrawalBegun|Indonesia|Timor-Leste|1999-10-25']);
  });

  it("given a dateline in the forces' own state, then nothing", () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'JAKARTA, Oct 30 (Reuters) - Trucks lined the harbour road. The withdrawal of Indonesian forces began on Monday.',
        '1999-10-30',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: "the peacekeepers" in a clause joined after ", and" are the mission\'s, not the first subject\'s', () => {
  it('given "The UN mission in X … X cut off fuel, and the peacekeepers were forced to pull out of X in <month>", then the UN', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The United Nations Mission in Chad was set up in 2007. Chad cut off its permits on 2 January 2010, and the peacekeepers were forced to pull out of Chad on 15 May 2010.',
        '2010-06-01',
      ),
    ).toEqual(['WithdrawalBegun|United Nations|Chad|2010-05-15']);
  });

  it('given "the peacekeepers" after a state named nearer than the mission\'s organization, then the organization', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The African Union sent a mission to Darfur in 2004. Later Sudan restricted its patrols, and the peacekeepers were forced to pull out of El Fasher on 3 March 2007.',
        '2007-04-01',
      ),
    ).toEqual(['WithdrawalBegun|African Union|El Fasher|2007-03-03']);
  });

  it('given "ordered an expedition, and its first columns crossed out of X", then the owner before the clause', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Mexico protested, and on 5 February 1917 the United States withdrew its expedition, and its last columns left Chihuahua the same day.',
        '1917-03-01',
      ),
    ).toContain('WithdrawalBegun|United States|Chihuahua|1917-02-05');
  });
});

describe('WithdrawalBegun: "the country" is not a state that sent forces with its verb left out', () => {
  it('given "A and B contributed troops and C a police detachment … left the country", then the country before', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Civil war broke out in Haiti in 1994. Canada and France contributed troops and Jamaica a police detachment, and the last U.S. troops left the country on 31 March 1996.',
        '1996-04-01',
      ),
    ).toEqual(['WithdrawalBegun|United States|Haiti|1996-03-31']);
  });
});

describe('WithdrawalBegun: "the country" after "X\'s withdrawal from" is never X itself', () => {
  it('given "… arrived home, completing X\'s withdrawal from the African country", then the country named before', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "South Korea sent engineers to South Sudan in 2013. The last 30 engineers arrived home on 2 June 2019, completing South Korea's withdrawal from the African country.",
        '2019-06-03',
      ),
    ).toEqual(['WithdrawalBegun|South Korea|South Sudan|2019-06-02']);
  });
});

describe('WithdrawalBegun: "X said it had completed the withdrawal of its forces" is X\'s, whoever the sentence opens with', () => {
  it('given "A troops entered Y, hours after B said it had completed the withdrawal of its forces from Z", then B from Z', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Azerbaijani troops entered Lachin on 26 August 2022, hours after Armenia said it had completed the withdrawal of its forces from Lachin district.',
        '2022-08-27',
      ),
    ).toEqual(['WithdrawalBegun|Armenia|Lachin district|2022-08-26']);
  });

  it('given "NATO said it believed Russia was withdrawing from X", then Russia, not NATO', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'NATO said on 3 May 2022 it believed Russia was withdrawing its forces from Kharkiv Oblast.',
        '2022-05-04',
      ).every((e) => !e.includes('NATO')),
    ).toBe(true);
  });
});

describe('Mentions: a formal state name the gazetteer lacks ("the Democratic Republic of Afghanistan") is the state', () => {
  it('given "withdrew from the Republic of Afghanistan", then Afghanistan, never "Republic"', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Soviet troops withdrew from the Democratic Republic of Afghanistan on 15 February 1989.',
        '1989-02-16',
      ),
    ).toEqual(['WithdrawalBegun|Soviet Union|Afghanistan|1989-02-15']);
  });

  it('given "Singapore left the Federation of Malaysia", then no withdrawal of forces', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Singapore left the Federation of Malaysia on 9 August 1965.', '1965-08-10'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: "X says the withdrawal of its troops from Y, including Z, has been completed"', () => {
  it('given "X says the withdrawal of its troops from Y has been completed", then X from Y', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Russian Defence Ministry says the withdrawal of its troops from the west bank of the Oskil has been completed.',
        '2022-09-10',
      ),
    ).toEqual(['WithdrawalBegun|Russia|west bank of the Oskil|2022-09-10']);
  });

  it('given an inserted ", including the town of Z," before the cue, then the withdrawal still stands', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The withdrawal of Armenian troops from the Kalbajar district, including the town of Kalbajar, had been completed by 25 November 2020.',
        '2020-11-26',
      ),
    ).toHaveLength(1);
  });
});

describe('WithdrawalBegun: a list of actors opening a clause joined by ", and"', () => {
  it('given "…, and A, B, and C troops withdrew from Y", then each listed actor withdrew', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The armistice took hold in May 1920, and Czech, Polish, and Romanian troops withdrew from Transcarpathia.',
        '1920-06-01',
      ).sort(),
    ).toEqual([
      'WithdrawalBegun|Czech Republic|Transcarpathia|1920-05',
      'WithdrawalBegun|Poland|Transcarpathia|1920-05',
      'WithdrawalBegun|Romania|Transcarpathia|1920-05',
    ]);
  });

  it('given "talks between A and B, and C troops withdrew", then only C: a list after a governor is not its subject', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Talks were held between Greece and Turkey, and Bulgarian troops withdrew from Thrace in May 1920.',
        '1920-06-01',
      ),
    ).toEqual(['WithdrawalBegun|Bulgaria|Thrace|1920-05']);
  });
});

describe('WithdrawalBegun: forces as the subject of a relative clause', () => {
  it('given "recalled the troops, who left the city", then the troops withdrew from the city named before', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Britain had kept a garrison in Corfu since 1815. In 1864 London recalled the troops, who left the island in June.',
        '1864-12-01',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Corfu|1864-06']);
  });

  it('given "the envoy, who left Iraq", then nothing: a person leaving', () => {
    expect(summaryOf('WithdrawalBegun', 'The envoy, who left Iraq in May 2004, said little.', '2004-12-01')).toEqual(
      [],
    );
  });
});

describe('WithdrawalBegun: "Union" at the end of another name', () => {
  it('given "the French Union forces left X", then France, never the Union side of the American Civil War', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The last French Union forces left Haiphong on 15 May 1955.', '1955-05-16'),
    ).toEqual(['WithdrawalBegun|France|Haiphong|1955-05-15']);
  });

  it('given "Union troops left X" opening a sentence, then the United States', () => {
    expect(summaryOf('WithdrawalBegun', 'Union troops left Galveston on 1 January 1863.', '1863-01-02')).toEqual([
      'WithdrawalBegun|United States|Galveston|1863-01-01',
    ]);
  });
});

describe('WithdrawalBegun: a part of the forces an earlier sentence placed', () => {
  it('given forces placed in X, then "began withdrawing some of its forces in <month>" withdraws them from X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Kenyan troops entered Somalia in October 2011. Kenya began withdrawing some of its forces in June 2012.',
        '2012-07-01',
      ),
    ).toEqual(['WithdrawalBegun|Kenya|Somalia|2012-06']);
  });
});

describe('WithdrawalBegun: a base returned to its host', () => {
  it('given "X returned its base in Y to Z", then X withdrew from Y', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Britain returned its base in Simonstown to South Africa on 2 April 1975.',
        '1975-04-03',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Simonstown|1975-04-02']);
  });

  it('given "the troops returned to their base in Y", then nothing: forces going back to base do not withdraw', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Canadian troops returned to their base in Kandahar on 3 May 2009.', '2009-05-04'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a departure process that began on a date', () => {
  it('given a withdrawal, then "leaving under a departure process that began in <month>" the next sentence dates its start', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'France handed back its last base in Gabon on 17 July 2025. Its soldiers are leaving under a departure process that began in March.',
        '2025-07-18',
      ),
    ).toEqual(['WithdrawalBegun|France|Gabon|2025-03']);
  });
});

describe('WithdrawalBegun: further origins, each with its own date', () => {
  it('given "forced out of A in <year> and of B and C in <year>", then A, B and C, each dated by its own phrase', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Russian troops were forced out of Moldova in 1994 and of Latvia and Estonia in 1995.',
        '1996-01-01',
      ).sort(),
    ).toEqual([
      'WithdrawalBegun|Russia|Estonia|1995',
      'WithdrawalBegun|Russia|Latvia|1995',
      'WithdrawalBegun|Russia|Moldova|1994',
    ]);
  });

  it('given "withdrew from A in <month> and from B in <month>", then each origin keeps its own month', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Israeli forces withdrew from Tyre in April 1985 and from Nabatieh in June 1985.',
        '1985-07-01',
      ).sort(),
    ).toEqual(['WithdrawalBegun|Israel|Nabatieh|1985-06', 'WithdrawalBegun|Israel|Tyre|1985-04']);
  });
});

describe('WithdrawalBegun: a particle before the forces pulled out', () => {
  it('given forces placed in X, then "began pulling out some of its forces in <month>" withdraws them from X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Kenyan troops entered Somalia in October 2011. Kenya began pulling out some of its forces in June 2012.',
        '2012-07-01',
      ),
    ).toEqual(['WithdrawalBegun|Kenya|Somalia|2012-06']);
  });

  it('given forces that "served in the X brigade", then the brigade is no place they leave', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Polish troops served in Iraq from 2003. El Salvador, whose soldiers served in the Polish-led Centre-South brigade, has also pulled its forces out.',
        '2009-02-01',
      ),
    ).toEqual([]);
  });
});

describe("WithdrawalBegun: a people's plural for its forces", () => {
  it('given "the Confederates abandoned X", then the Confederate States withdrew from X', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The Confederates abandoned Nashville on 23 February 1862.', '1862-03-01'),
    ).toEqual(['WithdrawalBegun|Confederate States|Nashville|1862-02-23']);
  });
});

describe('WithdrawalBegun: a person named as the subject of "left"', () => {
  it('given "troops entered A, a day after <unknown name> left the country", then no withdrawal, and the entry stands', () => {
    const text = 'Tanzanian troops entered Kampala on 11 April 1979, a day after Amin left the country.';
    expect(summaryOf('WithdrawalBegun', text, '1979-04-12')).toEqual([]);
    expect(summaryOf('DeploymentAnnounced', text, '1979-04-12')).toEqual([
      'DeploymentAnnounced|Tanzania|Kampala|1979-04-11|null',
    ]);
  });

  it('given "the SDF left X", then an acronym stays an armed body that withdraws', () => {
    expect(summaryOf('WithdrawalBegun', 'On 20 October 2019 the SDF left Ras al-Ayn.', '2019-10-21')).toHaveLength(1);
  });
});

describe('WithdrawalBegun: the last forces leaving by sea or air', () => {
  it('given "the last <forces> sailed from X", then they withdrew from X', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The last American troops sailed from Veracruz on 23 November 1914.', '1914-12-01'),
    ).toEqual(['WithdrawalBegun|United States|Veracruz|1914-11-23']);
  });

  it('given "the last <forces> were flown from X", then they withdrew from X', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The last Soviet soldiers were flown from Kabul on 10 February 1989.', '1989-02-20'),
    ).toEqual(['WithdrawalBegun|Soviet Union|Kabul|1989-02-10']);
  });

  it('given a hyphened adjective before the forces ("the last war-weary soldiers sailed from X"), then they withdrew from X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last war-weary American soldiers sailed from Veracruz on 23 November 1914.',
        '1914-12-01',
      ),
    ).toEqual(['WithdrawalBegun|United States|Veracruz|1914-11-23']);
  });

  it('never reads a hyphened word that is not between "last" and the forces as joining them', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last word-of-mouth reports said American soldiers sailed from Veracruz.',
        '1914-12-01',
      ),
    ).toEqual([]);
  });

  it('given a voyage to a named place, forces that are not the last, or a port of embarkation, then no withdrawal from it', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The last French troops sailed from Toulon for Lebanon on Monday.', '2023-07-11'),
    ).toEqual([]);
    expect(summaryOf('WithdrawalBegun', 'The Marines sailed from Norfolk on Monday.', '2023-07-11')).toEqual([]);
    const port =
      'On 18 July the presidency decided to withdraw the army from Slovenia, and the last soldiers sailed from the port of Koper on 25 October 1991.';
    expect(summaryOf('WithdrawalBegun', port, '1991-11-01').filter((e) => e.includes('Koper'))).toEqual([]);
  });
});

describe('WithdrawalBegun: "the withdrawal of its troops" after "after"', () => {
  it('given the owner named before as possessor, then its forces withdrew from each place listed', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "Chad had been France's last foothold after the withdrawal of its troops from Mali and Niger.",
        '2025-01-31',
      ),
    ).toEqual(['WithdrawalBegun|France|Mali|2025-01-31', 'WithdrawalBegun|France|Niger|2025-01-31']);
  });

  it('given no state or body before "its", then no actor is made up', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Prices rose after the withdrawal of its troops from Mali.', '2025-01-31'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: "its contingent from the UN force"', () => {
  it('given a subject set off by an appositive and "its" forces from a mission, then the subject withdrew them', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Belgium, the former colonial ruler, withdrew its contingent from the UN force in Rwanda in April.',
        '1994-06-23',
      ),
    ).toEqual(['WithdrawalBegun|Belgium|Rwanda|1994-04']);
  });
});

describe('WithdrawalBegun: "from the country" after a crossing "from A into B"', () => {
  it('given forces that crossed from A into B, completing a withdrawal "from the country", then they withdrew from A', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last convoy of U.S. soldiers crossed from Iraq into Kuwait on Sunday, completing the withdrawal of American forces from the country.',
        '2011-12-19',
      ),
    ).toEqual(['WithdrawalBegun|United States|Iraq|2011-12-18']);
  });
});

describe('WithdrawalBegun: a year set a span before the event', () => {
  it('given "N years after the <year> invasion", then the year dates the invasion, not the withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The withdrawal of American forces from Iraq was completed nearly nine years after the 2003 invasion.',
        '2011-12-18',
      ),
    ).toEqual(['WithdrawalBegun|United States|Iraq|2011-12-18']);
  });
});

describe('WithdrawalBegun: a titled name after a place', () => {
  it('given "in X, Maj. Gen. <name>, said … withdrawn", then the officer is no second place', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The commander of Russian peacekeepers in South Ossetia, Maj. Gen. Marat Kulakhmetov, said his men had dismantled their observation posts and withdrawn personnel, weapons and equipment.',
        '2008-10-08',
      ),
    ).toEqual(['WithdrawalBegun|Russia|South Ossetia|2008-10-08']);
  });
});

describe('WithdrawalBegun: a ruler leaving', () => {
  it('given "<name> VI, the last sultan, left X" or "the last sultan, <name> VI, left X", then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Assembly abolished the Ottoman sultanate on 1 November 1922, and Mehmed VI, the last sultan, left Constantinople aboard a British battleship on 17 November.',
        '1922-12-01',
      ),
    ).toEqual([]);
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Assembly abolished the Ottoman sultanate on 1 November 1922, and the last sultan, Mehmed VI, left Constantinople aboard a British battleship on 17 November.',
        '1922-12-01',
      ),
    ).toEqual([]);
  });

  it('given forces leaving in the same words, then the withdrawal stands', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The last British troops left Constantinople on 23 August 1923.', '1923-09-01'),
    ).toEqual(['WithdrawalBegun|United Kingdom|Constantinople|1923-08-23']);
  });
});

describe('WithdrawalBegun: a call beside a stated withdrawal', () => {
  it('given "would leave A, and called on B to withdraw its forces from C. The withdrawal began …", then A is left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'In August 1988 the Cuban government said its troops would leave Angola within three years, and called on South Africa to withdraw its forces from Namibia. The withdrawal began on 10 January 1989.',
        '1989-02-01',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|1989-01-10']);
  });

  it('given "X called on Y to withdraw its troops from Z. The withdrawal began …", then Y leaves, not X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'In February 2005 the Arab League called on Syria to withdraw its troops from Lebanon. The withdrawal began on 5 March.',
        '2005-04-01',
      ),
    ).toEqual(['WithdrawalBegun|Syria|Lebanon|2005-03-05']);
  });
});

describe('WithdrawalBegun: forces leaving where a crossing or an overrun put them', () => {
  it('given "crossed into X … The A and B units went home", then each leaves X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Troops of Poland and Hungary crossed into Czechoslovakia on 21 August 1968. The Polish and Hungarian units went home in November 1968.',
        '1969-01-01',
      ).sort(),
    ).toEqual(['WithdrawalBegun|Hungary|Czechoslovakia|1968-11', 'WithdrawalBegun|Poland|Czechoslovakia|1968-11']);
  });

  it('given "went home in the autumn, but … signed on <day>", then the season dates it, not the other clause', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Troops of Poland and Hungary crossed into Czechoslovakia on 21 August 1968. The Polish and Hungarian units went home in the autumn, but Soviet troops stayed under a treaty signed on 16 October.',
        '1969-01-01',
      ).sort(),
    ).toEqual(['WithdrawalBegun|Hungary|Czechoslovakia|1968', 'WithdrawalBegun|Poland|Czechoslovakia|1968']);
  });

  it('given "X, whose army had overrun Y, withdrew", then X leaves Y', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Iraq, whose army had overrun Kuwait in August, withdrew in late February 1991.',
        '1991-04-01',
      ),
    ).toEqual(['WithdrawalBegun|Iraq|Kuwait|1991-02']);
  });
});

describe('WithdrawalBegun: the forces that held a place', () => {
  it('given "The X garrison, which had held Y since …, completed its evacuation", then X leaves Y', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The French garrison, which had held Hanoi since 1946, completed its evacuation on 9 October 1954.',
        '1954-11-01',
      ),
    ).toEqual(['WithdrawalBegun|France|Hanoi|1954-10-09']);
  });

  it('given "X troops had held Y. … left", then they leave Y', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'French troops had held Hanoi since 1946. The last French soldiers left on 9 October 1954.',
        '1954-11-01',
      ),
    ).toEqual(['WithdrawalBegun|France|Hanoi|1954-10-09']);
  });
});

describe('WithdrawalBegun: forces setting out from home', () => {
  it('given "X soldiers left <own capital> for <place abroad>", then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Some 600 Nepalese soldiers left Kathmandu on Monday for southern Lebanon.',
        '2019-05-14',
      ),
    ).toEqual([]);
  });

  it('given "X marines left <own town> Airport for <place abroad>", then no withdrawal', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Some 180 Dutch marines left Eindhoven Airport on Thursday for Iraq.', '2024-03-01'),
    ).toEqual([]);
  });

  it('given forces leaving an airfield named by a town abroad for home, then the withdrawal stands', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Dutch soldiers left Kandahar Airfield on Friday for the Netherlands.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Kandahar Airfield|2024-03-01']);
  });

  it('given forces leaving a town of their own state for another of it, then the withdrawal stands', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Ukrainian troops left Lyman on Saturday for new positions near Kramatorsk.',
        '2022-10-03',
      ),
    ).toEqual(['WithdrawalBegun|Ukraine|Lyman|2022-10-01']);
  });

  it('given "X soldiers flew out of <own capital> to <verb> … in <place abroad>", then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'About 400 Finnish soldiers flew out of Helsinki on Monday to replace the battalion serving with the UN force in Lebanon.',
        '2019-05-14',
      ),
    ).toEqual([]);
  });

  it('given the text sends X abroad, then "the first contingent had left <own capital>" sets out', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Kenya has begun deploying 800 soldiers to Haiti, the government said. The first contingent had already left Nairobi.',
        '2024-06-26',
      ),
    ).toEqual([]);
  });

  it('given forces leaving their own town to avoid encirclement by another state, then the withdrawal stands', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Ukrainian troops left Lyman on Saturday to avoid encirclement by forces sent from Russia.',
        '2022-10-03',
      ),
    ).toEqual(['WithdrawalBegun|Ukraine|Lyman|2022-10-01']);
  });

  it('given the text sends another state abroad, then its own forces leaving their town still withdraw', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Russia has sent more troops to Belarus, officials said. Ukrainian troops left Lyman on Saturday.',
        '2022-10-03',
      ),
    ).toEqual(['WithdrawalBegun|Ukraine|Lyman|2022-10-01']);
  });
});

describe('WithdrawalBegun: a compass part of a state and a town elsewhere in it', () => {
  it('given "withdrawn from North Russia …, and the last troops were evacuated from Vladivostok", then two withdrawals', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'American forces were withdrawn from North Russia in the summer of 1919, and the last U.S. troops were evacuated from Vladivostok on April 1, 1920.',
        '1921-01-01',
      ),
    ).toEqual([
      'WithdrawalBegun|United States|north Russia|1919',
      'WithdrawalBegun|United States|Vladivostok|1920-04-01',
    ]);
  });

  it('given a town inside the compass part, then one withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Russian troops withdrew from northern Syria in March, and the last units left Aleppo on 2 April.',
        '2017-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Russia|northern Syria|2016-03']);
  });
});

describe('WithdrawalBegun: companions pulling out with no place of their own', () => {
  it('given "X troops began leaving Y. A soldiers pulled out first, followed by B and C units", then each leaves Y', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'British troops began leaving Lebanon on Monday. French soldiers pulled out first, followed by American and Italian units.',
        '1984-02-27',
      ).sort(),
    ).toEqual([
      'WithdrawalBegun|France|Lebanon|1984-02-27',
      'WithdrawalBegun|Italy|Lebanon|1984-02-27',
      'WithdrawalBegun|United Kingdom|Lebanon|1984-02-27',
      'WithdrawalBegun|United States|Lebanon|1984-02-27',
    ]);
  });

  it('given soldiers pulling out with no withdrawal read before, then nothing', () => {
    expect(summaryOf('WithdrawalBegun', 'French soldiers pulled out first on Monday.', '1984-02-27')).toEqual([]);
  });
});

describe('WithdrawalBegun: the first forces to leave', () => {
  it('given "The first X troops to leave Y boarded …", then the withdrawal from Y has begun', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The first Cuban soldiers to leave Angola boarded a plane in Luanda on Tuesday.',
        '1989-01-10',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|1989-01-10']);
  });

  it('given "The first X troops to leave Y will …", then not yet', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The first Cuban soldiers to leave Angola will board a plane next week.',
        '1989-01-10',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a presence ended by a participle of the main clause', () => {
  it('given "The last ships sailed today, ending a century of American military presence in X", then the US leaves X', () => {
    expect(
      extract(
        'The last ships sailed today, ending nearly a century of American military presence in the Philippines.',
        '1992-11-24',
      ).map((e) => `${e.type}|${e.type === 'EntityDissolved' ? e.entity.name : `${e.actor.name}|${e.location.name}`}`),
    ).toEqual(['WithdrawalBegun|United States|Philippines']);
  });

  it('given the presence "in the islands" or "in its former colony", then the state named before', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'American forces had been in the Philippines since 1898. The last ships sailed today, ending nearly a century of American military presence in the islands.',
        '1992-11-24',
      ),
    ).toEqual(['WithdrawalBegun|United States|Philippines|1992-11-24']);
    expect(
      summaryOf(
        'WithdrawalBegun',
        'France had ruled Algeria since 1830. The last legionnaires sailed today, ending French military presence in its former colony.',
        '1967-11-24',
      ),
    ).toEqual(['WithdrawalBegun|France|Algeria|1967-11-24']);
  });
});

describe('WithdrawalBegun: warships leaving a home port', () => {
  it('given "The destroyer USS X, which departed <home port>, …", then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The destroyer USS Mason, which departed Norfolk, Virginia, on July 10, brings more Marines to the region.',
        '2023-07-20',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a place a happening left in some state', () => {
  it('given "…, leaving much of X burned" or "left X in ruins", then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Rioting broke out after the Burundian vote, leaving much of Bujumbura burned and thousands homeless.',
        '1993-11-01',
      ),
    ).toEqual([]);
    expect(
      summaryOf('WithdrawalBegun', 'The Serbian shelling left Vukovar in ruins by November 1991.', '1992-01-01'),
    ).toEqual([]);
  });

  it('given forces leaving the same town, then the withdrawal stands', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Serbian troops left Vukovar in March 1992, handing it to U.N. peacekeepers.',
        '1992-04-01',
      ),
    ).toEqual(['WithdrawalBegun|Serbia|Vukovar|1992-03']);
  });
});

describe('WithdrawalBegun: a governor leaving', () => {
  it('given "the last governor left X" or "the last governor, General Y, left X", then no withdrawal', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The last British governor left Hong Kong on 30 June 1997.', '1997-07-01'),
    ).toEqual([]);
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last British governor, Chris Patten, left Hong Kong on 30 June 1997.',
        '1997-07-01',
      ),
    ).toEqual([]);
  });

  it('given "the last soldier, Lieutenant General Y, left X", then the forces left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Soviet soldier, Lieutenant General Matvei Burlakov, left Germany on 31 August 1994.',
        '1994-09-01',
      ),
    ).toEqual(['WithdrawalBegun|Soviet Union|Germany|1994-08-31']);
  });
});

describe('WithdrawalBegun: the mandative subjunctive', () => {
  it('given "… that all X forces be withdrawn from Y", then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Arab League proposed on Monday that a ceasefire take effect at once, that talks open in Geneva within a month and that all Israeli forces be withdrawn from southern Lebanon within a year.',
        '1982-06-14',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: forces relocated from a place', () => {
  it('given "began relocating its garrison, stores, and aircraft from X", then the withdrawal from X began', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Britain began relocating its garrison, stores, and aircraft from Malta in the spring of 1977.',
        '1979-04-01',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Malta|1977']);
  });
});

describe('WithdrawalBegun: a fronted participle clause takes the main clause subject', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2019-06-01');

  it('given "After leaving A, B and C in <year>, <forces> <past verb>", when read, then each place is left then', () => {
    expect(
      inText('After leaving Bossangoa, Bouar and Bangui in 2016, the French troops handed their last camp to the UN.'),
    ).toEqual([
      'WithdrawalBegun|France|Bossangoa|2016',
      'WithdrawalBegun|France|Bouar|2016',
      'WithdrawalBegun|France|Bangui|2016',
    ]);
  });

  it('given "Having left X", when read, then the forces of the main clause left it', () => {
    expect(inText('Having left Kismayo in March 2015, Kenyan soldiers regrouped at Dhobley.')).toEqual([
      'WithdrawalBegun|Kenya|Kismayo|2015-03',
    ]);
  });

  it('given a main clause that plans or a subject that is no force, when read, then nothing is left', () => {
    expect(inText('After leaving Kismayo in 2015, the Kenyan soldiers will regroup at Dhobley.')).toEqual([]);
    expect(inText('After leaving Kismayo in 2015, the Kenyan envoy flew to Nairobi.')).toEqual([]);
  });

  it('given a year and, past another verb, a month of it, when dated, then the leaving keeps its year', () => {
    expect(inText('The Belgian troops left Kigali in 1994 and handed over their base in May.')).toEqual([
      'WithdrawalBegun|Belgium|Kigali|1994',
    ]);
  });
});

describe('WithdrawalBegun: a predicate joined after a refusal, a subordinate clause, a body named for a place', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '1980-01-01');

  it('given "refused to withdraw …, and pulled them out", when read, then the joined predicate is a withdrawal', () => {
    expect(inText('Guatemala refused to withdraw its troops, and pulled them out of Belize in May 1975.')).toEqual([
      'WithdrawalBegun|Guatemala|Belize|1975-05',
    ]);
  });

  it('given a subordinate clause with its own subject before the joined predicate, when read, then the actor is the main subject', () => {
    expect(
      inText(
        'Guatemala refused to withdraw its troops unless Mexico closed the border, and only pulled them out of Belize in May 1975.',
      ),
    ).toEqual(['WithdrawalBegun|Guatemala|Belize|1975-05']);
  });

  it('given a state withdrawing "from it" after a federation named for a place, when read, then no place is left', () => {
    expect(
      inText(
        'The Federation of Rhodesia was dissolved in 1963, when Zambia withdrew from it and declared independence.',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a facility named for a titled person', () => {
  it('given "left Prince X Air Base", when read, then the air base is left', () => {
    expect(summaryOf('WithdrawalBegun', 'The last U.S. aircraft left Prince Faisal Air Base in May 2004.')).toEqual([
      'WithdrawalBegun|United States|Prince Faisal Air Base|2004-05',
    ]);
  });

  it('given "met Prince X", when read, then no place is left or entered', () => {
    expect(summaryOf('WithdrawalBegun', 'The last U.S. troops left after they met Prince Faisal in May 2004.')).toEqual(
      [],
    );
  });
});

describe('WithdrawalBegun: residents evacuated, an evacuated place, another clause last forces, a pullout to come', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2022-09-20');

  it('given "residents of X\'s Y Region were evacuated", when read, then no forces withdrew', () => {
    expect(inText("More than 9,000 residents of Tajikistan's Sughd Region were evacuated on 16 September.")).toEqual(
      [],
    );
  });

  it('given "deploy into the evacuated settlements of X", when read, then nobody withdrew from X', () => {
    expect(inText('Egyptian border guards deploy into the evacuated settlements of Rafah on 20 September.')).toEqual(
      [],
    );
  });

  it('given "the last convoy … crossed into A, … years after they crossed into B from A", when read, then A is not left', () => {
    expect(
      inText(
        'The last convoy of British troops in Iraq crossed the border into Kuwait on 20 September, completing the ' +
          'withdrawal of British forces from the country six years after they crossed into Iraq from Kuwait in March 2016.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Iraq|2022-09-20']);
  });

  it('given "with the pullout to be completed within months", when read, then no withdrawal has begun', () => {
    expect(
      inText(
        'In Brussels, ministers met alliance counterparts, who agreed that the mission would start withdrawing ' +
          'its forces by 1 October, with the pullout to be completed within a few months.',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: an abbreviated division after a town', () => {
  it('given "departed Everett, Wash., on 2 June" by warships, when read, then no place is left, least of all "Wash"', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The destroyers USS Mason and USS Nitze, which departed Everett, Wash., on 2 June, joined the carrier group.',
        '2023-08-07',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a base released in the passive', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2019-06-01');

  it('given a named base "was handed over" with its owner on a base noun, then the owner left the base', () => {
    expect(
      inText(
        'Camp Halvard, the largest Norwegian base in the region, was handed over to the Latvian army on 4 May 2019.',
      ),
    ).toEqual(['WithdrawalBegun|Norway|Camp Halvard|2019-05-04']);
  });

  it('given "ending … years of X military presence" after the release, then X left the base', () => {
    expect(
      inText(
        'The Rivermouth Air Base was formally turned over to the Ghanaian government on 3 May 2019, ending 20 years of British military presence at the installation.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Rivermouth Air Base|2019-05-03']);
  });

  it('given a base named shortly before by its short name, then the holder named before left it', () => {
    expect(
      inText(
        'Floods damaged Stanton Air Base in 1990, and Britain decided to leave it; Stanton was turned over to Ghana on 3 May 1991.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Stanton Air Base|1991-05-03']);
  });

  it('given forces sent before, then the holder is the sender, never the receiving state', () => {
    expect(
      inText(
        'Britain sent troops to Ghana in 1990. Camp Kossu was handed over to the Ghanaian army on 30 January 2019.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Camp Kossu|2019-01-30']);
  });

  it('given a town in apposition to the base, "which was handed over", then the town is left', () => {
    expect(
      inText(
        "Britain sent troops to Ghana in 1990. The convoy left Tamale, Britain's largest base in the north, which was handed over to the Ghanaian army on 2 May 2019.",
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Tamale|2019-05-02']);
  });

  it("given a base with no place of its own handed to a state's authorities, then the forces left that state", () => {
    expect(
      inText(
        'British troops left Tamale on 1 May 2019. The drone base near Bolgatanga was formally handed over to Ghanaian authorities on 3 May 2019.',
      ),
    ).toContain('WithdrawalBegun|United Kingdom|Ghana|2019-05-03');
  });

  it('dates the release by the date after its verb, not a date in the subject', () => {
    expect(
      inText(
        'Britain sent troops to Ghana in 1990. Camp Kossu, badly damaged by floods that June, was handed over to Ghana on 26 November 1991.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Camp Kossu|1991-11-26']);
  });

  it.each([
    [
      'a planned release',
      'Britain sent troops to Ghana in 1990. Camp Kossu will be handed over to the Ghanaian army in May.',
    ],
    [
      'an infinitive',
      'Britain sent troops to Ghana in 1990. Camp Kossu is to be handed over to the Ghanaian army in May.',
    ],
    ['a scheduled release', 'Britain sent troops to Ghana in 1990. Camp Kossu is scheduled to be turned over in May.'],
    ['a negation', 'Britain sent troops to Ghana in 1990. Camp Kossu was not handed over to the Ghanaian army.'],
    [
      'a prisoner',
      'Britain sent troops to Ghana in 1990. The prisoner was handed over to the Ghanaian police on Monday.',
    ],
    ['documents', 'Britain sent troops to Ghana in 1990. The documents were transferred to the court on Monday.'],
    ['power', 'Britain sent troops to Ghana in 1990. Power was handed over to the elected president in May 1991.'],
    ['a company', 'Britain sent troops to Ghana in 1990. The company was transferred to Ghanaian owners in 1991.'],
  ])('given %s, then no withdrawal from it', (_, text) => {
    expect(inText(text).filter((e) => !e.includes('|Ghana|1990'))).toEqual([]);
  });
});

describe('WithdrawalBegun: whom the withdrawing forces fight', () => {
  it.each([
    ['a group', 'The French-led coalition fighting Boko Haram has begun withdrawing from Niger, officials said.'],
    ['a group after "the"', 'The French-led coalition battling the Taliban has begun withdrawing from Niger.'],
  ])(
    'given a coalition described as fighting %s, when it withdraws, then the group fought is not the actor',
    (_, text) => {
      expect(withdrawals(text)).toEqual(['WithdrawalBegun|France|Niger|2023-06-14']);
    },
  );
});

describe('WithdrawalBegun: "it" in a later clause of the sentence', () => {
  it('given "X proved reluctant, but … it withdrew", when another actor withdrew just before, then X withdrew', () => {
    const events = withdrawals(
      'Britain completed the evacuation of its forces from Aden on 29 November. Syria held out longer, but in March, after receiving assurances on trade routes through the Bekaa, it withdrew from Lebanon.',
    );
    expect(events.filter((e) => e.includes('|Lebanon|'))).toEqual(['WithdrawalBegun|Syria|Lebanon|2023-03']);
  });
});

describe('WithdrawalBegun: an ordered withdrawal', () => {
  it('given "ordered the withdrawal of X from Y", when nothing says it began, then no withdrawal', () => {
    expect(
      withdrawals(
        'On Monday the president ordered the withdrawal of all 1,500 Italian troops from Lebanon, but officials later said 300 would stay.',
      ),
    ).toEqual([]);
  });

  it('given an ordered withdrawal, when a later report says the withdrawal had been completed, then it began', () => {
    expect(
      withdrawals(
        'On 3 June the defence minister ordered the withdrawal of Italian troops from Lebanon. Local officials were wary of the announcement. On 5 June the ministry stated that the withdrawal of 2,000 soldiers and 400 vehicles to the coast had been completed.',
      ),
    ).toEqual(['WithdrawalBegun|Italy|Lebanon|2023-06-05']);
  });

  it('given an ordered withdrawal, when a later report says the withdrawal had not been completed, then none', () => {
    expect(
      withdrawals(
        'On 3 June the defence minister ordered the withdrawal of Italian troops from Lebanon. On 5 June the ministry stated that the withdrawal of 2,000 soldiers to the coast had not been completed.',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a place that saw forces leave', () => {
  it.each([
    ['"saw the last … troops leave"', 'Latvia saw the last Russian troops leave in August.', 'Russia|Latvia|2022-08'],
    [
      '"watched its last … soldiers depart"',
      'Hungary watched its last Soviet soldiers depart in May.',
      'Soviet Union|Hungary|2023-05',
    ],
  ])('given %s, when the place is the subject, then those forces left the place', (_, text, event) => {
    expect(withdrawals(text)).toEqual([`WithdrawalBegun|${event}`]);
  });

  it.each([
    ['people who are not forces', 'Latvia saw the last Russian diplomats leave in August.'],
    ['forces arriving', 'Latvia saw the first Russian troops arrive in August.'],
  ])('given a place that saw %s, then no withdrawal', (_, text) => {
    expect(withdrawals(text)).toEqual([]);
  });
});

describe('WithdrawalBegun: a withdrawal that something follows', () => {
  it.each([
    ['"follows"', 'The decision follows the departure of French troops from Niger in 2023.', 'Niger|2023'],
    [
      '"was followed by"',
      'A ceasefire was followed by the withdrawal of French troops from Niger in May.',
      'Niger|2023-05',
    ],
  ])('given %s the withdrawal noun, when past or present, then it happened', (_, text, where) => {
    expect(withdrawals(text)).toEqual([`WithdrawalBegun|France|${where}`]);
  });

  it.each([
    ['"will follow"', 'The decision will follow the departure of French troops from Niger.'],
    ['"would have followed"', 'The decision would have followed the departure of French troops from Niger.'],
  ])('given %s the withdrawal noun, then no withdrawal', (_, text) => {
    expect(withdrawals(text)).toEqual([]);
  });
});

describe('WithdrawalBegun: "the province" left', () => {
  it('given a UN member state named nearer than a province named as a state, when "the province" is left, then the province', () => {
    const events = withdrawals(
      'British troops poured into Kosovo on Saturday. A Russian column drove overnight through Serbia from its base with the peacekeeping force in Bosnia. Serbian army units began pulling out of the province on Thursday.',
    );
    expect(events.map((e) => e.split('|')[2])).toEqual(['Kosovo']);
  });
});

describe('WithdrawalBegun: forces in a clause opened by "as"', () => {
  it('given "from X as two … jets left Y", when read, then X is no modifier of the jets and leaves nothing', () => {
    expect(
      withdrawals(
        'Italy began withdrawing its military from Niger as two Tornado fighter jets left the Italian base in Niamey on Tuesday.',
      ),
    ).toEqual(['WithdrawalBegun|Italy|Niger|2023-06-13']);
  });
});

describe('WithdrawalBegun: a town left on a day only the state was dated by the article', () => {
  it('given a state left "overnight" from a port, when a later sentence dates leaving the port, then one withdrawal', () => {
    expect(
      withdrawals(
        'The last Italian soldiers left Lebanon overnight, sailing from the port of Tyre. A ship carrying the final contingent left the port shortly before midnight on Tuesday.',
      ).map((e) => e.split('|')[2]),
    ).toEqual(['Lebanon']);
  });
});

describe("WithdrawalBegun: a commander's force", () => {
  it('given forces named before, when "<commander>\'s force evacuated X", then those forces\' actor left X', () => {
    expect(
      withdrawals(
        "Spanish marines seized the harbour of Tobruk on Monday. Ortega's force evacuated Tobruk on Tuesday, leaving its allies behind.",
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toEqual(['WithdrawalBegun|Spain|Tobruk']);
  });
});

describe('WithdrawalBegun: forces leaving a force set in a place', () => {
  it('given "withdrew its contingent from the <force> in X", when read, then the forces left X', () => {
    expect(
      withdrawals(
        'Portugal withdrew its engineering contingent from the international stabilisation force in Dili on Monday.',
      ),
    ).toEqual(['WithdrawalBegun|Portugal|Dili|2023-06-12']);
  });

  it('given forces named only in a phrase after "of", when read, then no place is taken from that phrase', () => {
    expect(
      withdrawals('Chile pulled out its contingent after the murder of two of its soldiers in Dili.').map(
        (e) => e.split('|')[2],
      ),
    ).not.toContain('Dili');
  });
});

describe('WithdrawalBegun: a withdrawal noun with a reduced relative clause', () => {
  it('given "its withdrawal from X, completed in <month>", when read, then that withdrawal has begun', () => {
    expect(withdrawals('Denmark turned to Chad after its withdrawal from Niger, completed in May.')).toEqual([
      'WithdrawalBegun|Denmark|Niger|2023-05',
    ]);
  });

  it('given a second withdrawal noun before the clause, when read, then the clause states only the nearest one', () => {
    expect(withdrawals("Denmark's exit from Chad follows its withdrawal from Niger, completed in May.")).toEqual([
      'WithdrawalBegun|Denmark|Niger|2023-05',
    ]);
  });
});

describe('WithdrawalBegun: forces relocated out of a place', () => {
  it('given "relocated its soldiers out of X", when read, then the forces left X', () => {
    expect(withdrawals('Sweden relocated its soldiers out of Timbuktu on Monday.')).toEqual([
      'WithdrawalBegun|Sweden|Timbuktu|2023-06-12',
    ]);
  });

  it('given forces relocated to a place, when read, then no withdrawal', () => {
    expect(withdrawals('Sweden relocated its soldiers to Gao on Monday.')).toEqual([]);
  });
});

describe('WithdrawalBegun: "the mission" as the subject of a joined clause', () => {
  it('given a state opening the sentence, when "and the mission began withdrawing", then the mission\'s organization', () => {
    expect(
      withdrawals(
        'The African Union set up the mission in 2007. Kenya cut off its fuel, and in May the mission began withdrawing its soldiers from Kismayo.',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toContain('WithdrawalBegun|African Union|Kismayo');
  });
});

describe('WithdrawalBegun: a participle restating the clause before it as a withdrawal', () => {
  it('given "is to pull its troops out of X, completing a withdrawal that began in <month>", then X', () => {
    expect(
      withdrawals(
        'Norway is to pull its last soldiers out of Meymaneh this week, completing a withdrawal that began in March.',
      ),
    ).toEqual(['WithdrawalBegun|Norway|Meymaneh|2023-03']);
  });

  it('given a restated withdrawal with an origin of its own, when read, then only that origin', () => {
    expect(
      withdrawals(
        'Norway is to pull its last soldiers out of Meymaneh this week, completing a withdrawal from Kunduz that began in March.',
      ),
    ).toEqual(['WithdrawalBegun|Norway|Kunduz|2023-03']);
  });
});

describe('WithdrawalBegun: an army driven out of part of its own state', () => {
  it('given "rebels drove the <state> army out of <its own city>", when read, then no withdrawal', () => {
    expect(withdrawals('Rebel fighters drove the Syrian army out of Aleppo on Monday.')).toEqual([]);
  });

  it('given an army driven out of a place abroad, when read, then its state withdrew from there', () => {
    expect(withdrawals('Rebel fighters drove the Syrian army out of Tripoli on Monday.')).toEqual([
      'WithdrawalBegun|Syria|Tripoli|2023-06-12',
    ]);
  });
});

describe('WithdrawalBegun: companions stated with no place of their own', () => {
  it('given another actor\'s withdrawal before, when "X completed its evacuation on <date>", then X left the same place', () => {
    expect(
      withdrawals('The last Dutch troops left Lebanon today. Norway completed its evacuation on May 3.').map((e) =>
        e.split('|').slice(0, 4).join('|'),
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Lebanon|2023-06-14', 'WithdrawalBegun|Norway|Lebanon|2023-05-03']);
  });

  it('given another actor\'s withdrawal before, when "The <people> pulled out of their sector", then the same place', () => {
    expect(
      withdrawals(
        'The last Dutch troops left Lebanon today. The Norwegians pulled out of their sector last month.',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toEqual(['WithdrawalBegun|Netherlands|Lebanon', 'WithdrawalBegun|Norway|Lebanon']);
  });

  it('given "withdrew its battalion of <number> soldiers", when no origin follows, then the same place', () => {
    expect(
      withdrawals(
        'The last Dutch troops left Lebanon today. Norway withdrew its battalion of 300 soldiers on May 3.',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toEqual(['WithdrawalBegun|Netherlands|Lebanon', 'WithdrawalBegun|Norway|Lebanon']);
  });

  it('given "pulled their last soldiers out at the end of <month>", then the same place', () => {
    expect(
      withdrawals(
        'The last Dutch troops left Lebanon today. Norway and Finland pulled their last soldiers out at the end of May.',
      )
        .map((e) => e.split('|').slice(0, 3).join('|'))
        .sort(),
    ).toEqual([
      'WithdrawalBegun|Finland|Lebanon',
      'WithdrawalBegun|Netherlands|Lebanon',
      'WithdrawalBegun|Norway|Lebanon',
    ]);
  });

  it('given "withdrew its battalion out of <place>", then that place only, not the companion\'s', () => {
    expect(
      withdrawals(
        'The last Dutch troops left Lebanon today. Norway withdrew its battalion out of Cyprus on May 3.',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toEqual(['WithdrawalBegun|Netherlands|Lebanon', 'WithdrawalBegun|Norway|Cyprus']);
  });

  it('given "X completed its own pullout", then X left the same place', () => {
    expect(
      withdrawals('The last Dutch troops left Lebanon today. Norway completed its own drawdown last Friday.').map((e) =>
        e.split('|').slice(0, 3).join('|'),
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Lebanon', 'WithdrawalBegun|Norway|Lebanon']);
  });

  it('given "X completed its own survey", then no companion', () => {
    expect(
      withdrawals('The last Dutch troops left Lebanon today. Norway completed its own survey on May 3.').map(
        (e) => e.split('|')[1],
      ),
    ).toEqual(['Netherlands']);
  });

  it("given the lead's withdrawal further back than the reach, then a companion still leaves its place", () => {
    expect(
      withdrawals(
        'The last Dutch troops left Lebanon today. Their mission had lasted ten years. It cost forty lives. ' +
          'Few people came to the ceremony. Norway withdrew its battalion on May 3.',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toEqual(['WithdrawalBegun|Netherlands|Lebanon', 'WithdrawalBegun|Norway|Lebanon']);
  });

  it('given a withdrawal past the lead and further back than the reach, then no companion', () => {
    expect(
      withdrawals(
        'The ministers met in Oslo on Monday. The last Dutch troops left Lebanon in 2019. Their mission had lasted ' +
          'ten years. It cost forty lives. Few people came to the ceremony. Norway withdrew its battalion on May 3.',
      ).map((e) => e.split('|')[1]),
    ).toEqual(['Netherlands']);
  });

  it('given a facility handed over after a withdrawal from its state, then a companion leaves the state', () => {
    expect(
      withdrawals(
        'The Netherlands completed its withdrawal from Mali on Monday. Last week Dutch troops handed Camp Castor ' +
          'to Malian forces. Norway pulled its soldiers out at the end of May.',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toContain('WithdrawalBegun|Norway|Mali');
  });

  it('given a completed task that is no withdrawal, when read, then no companion', () => {
    expect(
      withdrawals('The last Dutch troops left Lebanon today. Norway completed its survey on May 3.').map(
        (e) => e.split('|')[1],
      ),
    ).toEqual(['Netherlands']);
  });
});

describe('WithdrawalBegun: a place left, then ", and" another actor', () => {
  it('given "its troops had left X, and Y withdrew from Z", when read, then X is no actor withdrawing from Z', () => {
    const events = withdrawals(
      'Iran said in May that its troops had left Syria, and Turkey withdrew its last soldiers from Iraq on June 2.',
    ).map((e) => e.split('|').slice(0, 3).join('|'));
    expect(events).toContain('WithdrawalBegun|Turkey|Iraq');
    expect(events).not.toContain('WithdrawalBegun|Syria|Iraq');
  });
});

describe('WithdrawalBegun: "X ended the Y-ian revolt, and its last soldiers left" is the opening subject X', () => {
  it('given a demonym in the first clause\'s object, then "its" forces are still the subject\'s', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The United Nations Operation in the Congo put down the Katangese rebellion in 1963, and its last troops left the Congo on June 30, 1964.',
        '1964-07-01',
      ),
    ).toEqual(['WithdrawalBegun|United Nations|Democratic Republic of the Congo|1964-06-30']);
  });

  it('given "its" with no ", and" before it, then the first clause\'s subject is not forced on it', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The United Nations Operation in the Congo watched as Belgium withdrew its last troops from the Congo on June 30, 1960.',
        '1960-07-01',
      ),
    ).toEqual(['WithdrawalBegun|Belgium|Democratic Republic of the Congo|1960-06-30']);
  });
});

describe('WithdrawalBegun: the state held by an occupation among several named, and "left over" a span of time', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');

  it('given several states near an occupation, when forces leave with no place, then they leave the one named with it', () => {
    expect(
      inText(
        'In 1920 the occupying armies of Britain and Japan and the leaders of Iran signed a peace in Tehran. ' +
          'Iran promised never to attack Turkey. British and Japanese troops began pulling out in 1921.',
      ),
    ).toEqual(['WithdrawalBegun|Japan|Iran|1921', 'WithdrawalBegun|United Kingdom|Iran|1921']);
  });

  it('never picks a state where the sentences of the occupation name none or two', () => {
    expect(
      inText(
        'In 1920 the occupying armies signed a peace. Peru promised never to join Chile. ' +
          'British and Japanese troops began pulling out in 1921.',
      ),
    ).toEqual([]);
  });

  it('given forces that "left over the following weeks", when read, then they left', () => {
    expect(
      inText(
        'The occupying powers agreed in May 1950 to remove their forces from Iceland. ' +
          'The British and Norwegian contingents left over the following weeks.',
      ),
    ).toEqual(['WithdrawalBegun|Norway|Iceland|1950-05', 'WithdrawalBegun|United Kingdom|Iceland|1950-05']);
  });

  it('never reads things "left over from" a war as forces leaving', () => {
    expect(
      inText('British troops occupied Iceland in 1940. Mines left over from the war were cleared by British troops.'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: "the country" for the state the report opens on, named further back', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2020-01-01');
  const middle =
    'The council met twice. Its members voted on a budget. They also chose a new chairman. ' + 'The vote was close. ';

  it('given a state named in the opening sentence, when forces leave "the country" five sentences on, then they left it', () => {
    expect(
      inText(
        `Mali's ruling council approved a new charter on Monday. ${middle}` +
          'Swedish troops left the country in June 2019.',
      ),
    ).toEqual(['WithdrawalBegun|Sweden|Mali|2019-06']);
  });

  it('never reaches that far for a state the report does not open on', () => {
    expect(
      inText(
        `The council approved a new charter on Monday. Its delegates met at noon. Chad was not named. ${middle}` +
          'Swedish troops left the country in June 2019.',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: "the province" for a place the report opens on, and a bare weekday after a reference', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '2021-05-14');

  it('given a province named in the opening sentence, when forces leave "the province" five sentences on, then they left it', () => {
    expect(
      inText(
        'Georgian officials met in Abkhazia on Monday. The talks lasted all day. Reporters waited outside. ' +
          'The envoys spoke briefly. A statement followed. Nothing was signed. ' +
          'Russian troops began pulling out of the province on May 12.',
      ),
    ).toEqual(['WithdrawalBegun|Russia|Abkhazia|2021-05-12']);
  });

  it('never takes a continent the opening names for "the province"', () => {
    expect(
      inText(
        'Officials met in Europe on Monday. The talks lasted all day. Reporters waited outside. ' +
          'The envoys spoke briefly. A statement followed. Nothing was signed. ' +
          'Russian troops began pulling out of the province on May 12.',
      ),
    ).toEqual([]);
  });

  it('given "pulling out of the province Thursday", when read, then the weekday ends the reference', () => {
    expect(
      inText('Turkish troops entered Abkhazia in April. Turkish troops began pulling out of the province Thursday.'),
    ).toEqual(['WithdrawalBegun|Turkey|Abkhazia|2021-05-13']);
  });
});

describe('WithdrawalBegun: forces "gone home", "once based" somewhere, leaving "under" a plan, and whose forces a presence is', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '1975-06-01');

  it('given forces placed before that "have gone home", when read, then they left the place', () => {
    expect(
      inText('Crowds cheered the last Cuban troops in Angola. The bulk of the Cuban force has already gone home.'),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|1975-06-01']);
  });

  it('never reads a plan to have gone home as begun', () => {
    expect(inText('Crowds cheered the Cuban troops in Angola. The Cuban force will have gone home by 1980.')).toEqual(
      [],
    );
  });

  it('given forces "once based" in a place that went home "under" a plan, when read, then they left it', () => {
    expect(
      inText('Most of the Dutch soldiers once based in Suriname went home under the plan agreed in March 1974.'),
    ).toEqual(['WithdrawalBegun|Netherlands|Suriname|1974-03']);
  });

  it('never reads "once" that opens a condition as past', () => {
    expect(inText('Dutch soldiers will go home once the Surinamese army is trained.')).toEqual([]);
  });

  it("given an earlier sentence naming another actor's forces in a place, then that is not the leavers' presence", () => {
    expect(
      inText(
        'Cuban troops were flown to Angola in 1975. The Cuban envoy met the commander of South African forces in Namibia. ' +
          'The last Cuban soldiers left in May 1975.',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|1975-05']);
  });
});

describe('WithdrawalBegun: "The withdrawal" of forces an earlier sentence set "in the country", or whose owner a clause inside it names', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '1990-01-01');

  it('given "the X contingent in the country" two sentences before, when "The withdrawal began", then X left that country', () => {
    expect(
      inText(
        'The war in Chad dragged on, and at its height the Libyan contingent in the country numbered 8,000. ' +
          'In 1987 Libya agreed to remove its forces. The withdrawal began in May 1988.',
      ),
    ).toEqual(['WithdrawalBegun|Libya|Chad|1988-05']);
  });

  it('given "The withdrawal, during which X …, was completed", when X placed its forces before, then X left there', () => {
    expect(
      inText(
        'Libyan forces crossed the border into Chad in 1983. ' +
          'The withdrawal, during which the Libyans burned stores, depots and barracks in the towns they had held, was completed in May 1988.',
      ),
    ).toEqual(['WithdrawalBegun|Libya|Chad|1988-05']);
  });

  it('never reads a withdrawal whose forces the text placed nowhere', () => {
    expect(
      inText(
        'Libya held talks in 1983. The withdrawal, during which the Libyans burned stores, depots and barracks, was completed in May 1988.',
      ),
    ).toEqual([]);
    expect(inText('Libya withdrew from the talks in May 1988. The Libyan delegation in Geneva left.')).toEqual([]);
  });
});

describe('WithdrawalBegun: forces "subsequently withdrawn for service elsewhere" from where a landing put them', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '1990-01-01');

  it('given forces that invaded a state landing at its capital, when later withdrawn "for" a purpose, then they left the state', () => {
    expect(
      inText(
        'Dutch forces invaded Suriname in 1950, landing 800 marines at Paramaribo. The garrison grew to 5,000. ' +
          'Most Dutch troops were subsequently withdrawn for service elsewhere in 1952.',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Suriname|1952']);
  });

  it('given forces that "landed on" an island state, when withdrawn by a date, then they left it', () => {
    expect(
      inText('In 1962 Dutch forces landed on Suriname. The Dutch combat forces were withdrawn by mid-December.'),
    ).toEqual(['WithdrawalBegun|Netherlands|Suriname|1962-12']);
  });

  it('never reads forces that left "for" a named place as leaving where they were', () => {
    expect(
      inText('In 1950 Dutch forces landed on Suriname. In 1952 most Dutch troops left for Indonesia.'),
    ).not.toContain('WithdrawalBegun|Netherlands|Suriname|1952');
  });

  it('given "X and Y troops marched into P … The evacuation began", when read, then both X and Y left P', () => {
    expect(
      inText(
        'In 1923 French and Belgian troops marched into the Ruhr. Germany protested. ' +
          'The two powers agreed to leave. The evacuation began in July 1925.',
      ),
    ).toEqual(['WithdrawalBegun|Belgium|Ruhr|1925-07', 'WithdrawalBegun|France|Ruhr|1925-07']);
  });
});

describe('DeploymentAnnounced: another actor arriving in a sentence that withdraws forces', () => {
  it('given "X took over …, the first X Marines arriving …, and Y troops were withdrawn", then X still deployed', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Greek forces invaded Cyprus in 1950. Under a treaty with the Cypriot government, the United States took over ' +
          'the defence of the island in July 1952, the first US Marines arriving on 7 July, and most Greek troops were ' +
          'withdrawn from Cyprus.',
        '1990-01-01',
      ),
    ).toContain('DeploymentAnnounced|United States|Cyprus|1952-07-07|null');
  });

  it('never reads the leaving forces themselves as arriving in that sentence', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Greek forces invaded Cyprus in 1950. In 1952 the Greek troops began pulling out of Cyprus, moving to Crete.',
        '1990-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Greece|Cyprus|1950|null']);
  });
});

describe('WithdrawalBegun: "the Marine brigade" for the forces of the actor named before', () => {
  const inText = (text: string) => summaryOf('WithdrawalBegun', text, '1990-01-01');

  it('given a capitalized branch between "the" and the forces, when they began leaving, then the actor before owns them', () => {
    expect(
      inText(
        'In 1915 the United States landed 330 Marines in Haiti. The occupation lasted nineteen years. ' +
          'The United States agreed to end it; the Marine brigade began leaving on August 1, 1934.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Haiti|1934-08-01']);
  });

  it('never reads a named place before the forces as that branch', () => {
    expect(
      inText(
        'In 1915 the United States landed 330 Marines in Haiti. The talks lasted a year. ' +
          'Officials agreed to meet again; the Haiti brigade began leaving on August 1, 1934.',
      ),
    ).not.toContain('WithdrawalBegun|United States|Haiti|1934-08-01');
  });
});

describe('WithdrawalBegun: forces drawn down from a place', () => {
  it('given "drew down its forces in X", when read, then the forces left X', () => {
    expect(withdrawals('Canada drew down its forces in Latvia on Monday.')).toEqual([
      'WithdrawalBegun|Canada|Latvia|2023-06-12',
    ]);
  });

  it('given "has drawn down" or "were drawn down from X", when read, then the drawdown is done', () => {
    expect(withdrawals('Spain has drawn down its troops in Lebanon, the ministry said.')).toEqual([
      'WithdrawalBegun|Spain|Lebanon|2023-06-14',
    ]);
    expect(withdrawals('Dutch soldiers were drawn down from Kosovo on Monday.')).toEqual([
      'WithdrawalBegun|Netherlands|Kosovo|2023-06-12',
    ]);
  });

  it.each([
    ['a plan', 'Canada will draw down its forces in Latvia next year.'],
    ['no particle', 'The speech drew crowds of soldiers in Latvia on Monday.'],
    ['not forces', 'The army drew down its fuel reserves in Latvia on Monday.'],
  ])('given %s, when read, then no withdrawal', (_, text) => {
    expect(withdrawals(text)).toEqual([]);
  });
});

describe('WithdrawalBegun: the last forces crossing out of a place', () => {
  it('given "the last X crossed out of A into B", when read, then the forces left A', () => {
    expect(withdrawals('The last column of Danish troops crossed out of Estonia into Latvia on Monday.')).toEqual([
      'WithdrawalBegun|Denmark|Estonia|2023-06-12',
    ]);
  });

  it('given "the last X crossed from A into B", when read, then the forces left A', () => {
    expect(withdrawals('The last Greek soldiers crossed from Albania into Greece on Monday.')).toEqual([
      'WithdrawalBegun|Greece|Albania|2023-06-12',
    ]);
  });

  it.each([
    ['forces not the last', 'A column of Danish troops crossed out of Estonia into Latvia on Monday.'],
    ['a crossing from home', 'The last Greek soldiers crossed from Greece into Albania on Monday.'],
    ['a plan', 'The last Greek soldiers will cross from Albania into Greece on Monday.'],
  ])('given %s, when read, then no withdrawal', (_, text) => {
    expect(withdrawals(text)).toEqual([]);
  });
});

describe('WithdrawalBegun: forces that vacated a place', () => {
  it('given "<forces> vacated X", when read, then the forces left X', () => {
    expect(withdrawals('Croatian troops vacated the town of Knin on Monday.')).toEqual([
      'WithdrawalBegun|Croatia|Knin|2023-06-12',
    ]);
  });

  it('given "X, which <forces> vacated in <month>", when read, then the forces left X', () => {
    expect(withdrawals('Kherson, which Russian troops vacated in November, was quiet on Tuesday.')).toEqual([
      'WithdrawalBegun|Russia|Kherson|2022-11',
    ]);
  });

  it.each([
    ['a court ruling', 'The court vacated the ruling on Knin on Monday.'],
    ['a seat', 'The senator vacated his seat in Texas on Monday.'],
    ['a plan', 'Croatian troops will vacate the town of Knin next month.'],
  ])('given %s, when read, then no withdrawal', (_, text) => {
    expect(withdrawals(text)).toEqual([]);
  });
});

describe('WithdrawalBegun: "the country" is never a sender named in a gapped list', () => {
  it('given "A contributed N soldiers, B M and C K", then B and C sent forces and are not the country left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Indian troops arrived in Haiti in 2004. Nepal contributed 700 soldiers, Peru 200 and Chile 150. The last Indian troops left the country in 2007.',
        '2018-01-01',
      ),
    ).toEqual(['WithdrawalBegun|India|Haiti|2007']);
  });

  it('given a place with a figure after "in", not after "and" or a comma, then it is still where they were', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Brazil sent 900 soldiers to Haiti in 2004, and at the height of the crisis in Haiti 1,200 more served there. The last Brazilian troops left the country in 2017.',
        '2018-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Brazil|Haiti|2017']);
  });
});

describe('WithdrawalBegun: "the country" is the state the report is about, not its partner', () => {
  it('given "X\'s rulers … turned to Y for arms. The last Z troops left the country", then Z left X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "Chad has been ruled by the army since 2021, and elections were held last year. Its new parliament met in January. Chad's military rulers have broken with France and turned to Turkey for arms. The last French troops left the country in January 2025.",
        '2025-03-01',
      ),
    ).toEqual(['WithdrawalBegun|France|Chad|2025-01']);
  });

  it('given the topic state named in another sentence than the state the forces moved to, then that state', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "Chad's rulers welcomed the news. French troops had moved on to Niger, and the last of them left the country in 2023.",
        '2025-03-01',
      ),
    ).toEqual(['WithdrawalBegun|France|Niger|2023']);
  });
});

describe('WithdrawalBegun: "pulling" a long object "out of" a place', () => {
  it('given "began pulling its small army and police contingent out of X", then a withdrawal from X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Norway has begun pulling its small army and police contingent out of Kosovo, officials said.',
        '2004-07-14',
      ),
    ).toEqual(['WithdrawalBegun|Norway|Kosovo|2004-07-14']);
  });

  it('given a long object that is no force pulled out of X, then nothing', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Estonia has begun pulling its large and loss-making state energy company out of Russia, officials said.',
        '2004-07-14',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: forces pulled out with no place leave the dateline state that hosts forces', () => {
  it('given "NIAMEY … troops were still in northern Niger. X began pulling out its own forces", then X left Niger', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'NIAMEY, Nov. 16 (Reuters) - Libyan troops were still in northern Niger on Friday, officials said. Italy began pulling out its own forces in late September.',
        '1984-11-16',
      ),
    ).toEqual(['WithdrawalBegun|Italy|Niger|1984-09']);
  });

  it('given the dateline state pulling its own soldiers out, then it is no host the others left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "VIENNA, June 7 (Reuters) - Austria's decision to pull its soldiers out of the force in Syria surprised officials. Japan began pulling out its own forces in March.",
        '1984-11-16',
      ),
    ).toEqual([]);
  });

  it('given the dateline state named in the withdrawal sentence, then it is not read as the place left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'NIAMEY, Nov. 16 (Reuters) - Libyan troops were still in northern Niger on Friday, officials said. Niger said that Italy began pulling out its own forces in late September.',
        '1984-11-16',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a begun departure of named forces takes the origin told just before', () => {
  it('given "the evacuation of <forces> from X" and then "The departure of <the same forces> began on D", then they left X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Mediators arranged the evacuation of Hezbollah fighters from Sidon. The departure of the Hezbollah fighters began on May 3, 1991.',
      ),
    ).toEqual(['WithdrawalBegun|Hezbollah|Sidon|1991-05-03']);
  });

  it('never gives one force the origin told for another', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Mediators arranged the evacuation of Hezbollah fighters from Sidon. The departure of the Syrian soldiers began on May 3, 1991.',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a facility nobody knows, left with a state the same day, is a detail of that withdrawal', () => {
  it('given "the operation in X came to an end today as the last soldiers flew out of <Name> airport", then only X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'NAIROBI, May 4 (AP) — The African Union operation in Somalia came to an end today as the last soldiers flew out of Balidogle airport.',
        '2011-05-04',
      ),
    ).toEqual(['WithdrawalBegun|African Union|Somalia|2011-05-04']);
  });

  it('never folds a named facility ("<Name> Airfield") into the state', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'NAIROBI, May 4 (AP) — The African Union operation in Somalia came to an end today as the last soldiers flew out of Balidogle Airfield.',
        '2011-05-04',
      ).sort(),
    ).toEqual([
      'WithdrawalBegun|African Union|Balidogle Airfield|2011-05-04',
      'WithdrawalBegun|African Union|Somalia|2011-05-04',
    ]);
  });
});

describe('WithdrawalBegun: a call on others to withdraw does not take over the leaving told before it', () => {
  it('given "the Legion would leave X, and Y urged A and the members of B to withdraw … The withdrawal began …", then not A', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The two governments said the Legion would leave the island by the autumn, and Ankara urged Greece and the other members of the Western European Union to withdraw their troops from Cyprus as well. The withdrawal began in June 1975.',
      ),
    ).toEqual([]);
  });

  it('given the same with a short "called on A to withdraw", then not A', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The two governments said the Legion would leave the island by the autumn, and Ankara called on Greece to withdraw its troops from Cyprus too. The withdrawal began in June 1975.',
      ),
    ).toEqual([]);
  });

  it('still dates the called-for withdrawal when nothing else was told leaving before it', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Ankara urged Greece and the other members of the Western European Union to withdraw their troops from Cyprus. The withdrawal began in June 1975.',
      ),
    ).toEqual(['WithdrawalBegun|Greece|Cyprus|1975-06']);
  });
});

describe('WithdrawalBegun: an inverted condition ("should X withdraw") is no report', () => {
  it('given "… could be held should France withdraw its garrison from X", then no event', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The study asked how the port could be held should France withdraw its garrison from Djibouti and the rebels advance on the coast.',
      ),
    ).toEqual([]);
  });

  it('still reads the plain past "France withdrew its garrison from X" after a clause of its own', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The study asked how the port was held once France withdrew its garrison from Djibouti in 1977.',
      ),
    ).toEqual(['WithdrawalBegun|France|Djibouti|1977']);
  });
});

describe('WithdrawalBegun: "the last troops" after "the <Demonym> withdrawal" are that owner\'s forces', () => {
  it('given "The Saudi withdrawal began …, and the last troops had left X", then only Saudi Arabia leaves X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Two days after Egyptian paratroopers had come ashore near Aden, the first elements of the Saudi 3rd Mechanized Brigade were flown into Sanaa on 4 May 1962. The Saudi withdrawal began on 1 September, and the last troops had left Sanaa by 20 September 1962.',
      ),
    ).toEqual(["WithdrawalBegun|Saudi Arabia|Sana'a|1962-09-01"]);
  });

  it('still gives "the last troops" to the forces the clause itself names', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Egyptian troops were flown into Sanaa on 4 May 1962. The Saudi withdrawal began on 1 September, and the last Egyptian troops had left Sanaa by 20 September 1962.',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toEqual(["WithdrawalBegun|Egypt|Sana'a"]);
  });
});

describe('WithdrawalBegun: people the subject puts in an embassy are staff, not forces', () => {
  it('given "The 12 Iranians who had sheltered in their embassy … were flown out of X", then no event', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The 12 Iranians who had sheltered in their embassy in the capital for a week left the compound at dawn and were flown out of Canada on Friday.',
        '1990-03-02',
      ),
    ).toEqual([]);
  });

  it('still reads "the surviving Iranians were flown out of X" after a battle as forces leaving', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Iranian troops were sent to Oman in 1973. After the fall of the town the surviving Iranians were flown out of Oman in March 1976.',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toEqual(['WithdrawalBegun|Iran|Oman']);
  });
});

describe('WithdrawalBegun: a service named with no state ("The Air Force") is the state the text has in play', () => {
  it('given "The U.S. Navy closed … The Air Force abandoned X Air Base in <date>", then the United States leaves X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The U.S. Navy closed its station at Rota in May 1992. The Air Force abandoned Torrejon Air Base in June 1992.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Torrejon Air Base|1992-06']);
  });

  it('never takes the state in play when the service is named with its own state', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The U.S. Navy closed its station at Rota in May 1992. The Spanish Air Force abandoned Torrejon Air Base in June 1992.',
      ),
    ).toEqual(['WithdrawalBegun|Spain|Torrejon Air Base|1992-06']);
  });

  it('never reads a service abandoning a plan as leaving', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The U.S. Navy closed its station at Rota in May 1992. The Air Force abandoned the plan in June 1992.',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: "this island" in a wire story is the land its dateline names after the city', () => {
  it('given "PORTREE, Skye, <date> - The last Norwegian troops left this Scottish island today", then Skye', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'PORTREE, Skye, June 3 (AP) - The last Norwegian troops left this Scottish island today, a year after they landed.',
        '1950-06-03',
      ),
    ).toEqual(['WithdrawalBegun|Norway|Skye|1950-06-03']);
  });

  it('never takes the dateline city for "this island" where the dateline names no land', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'PORTREE, June 3 (AP) - The last Norwegian troops left this Scottish island today, a year after they landed.',
        '1950-06-03',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: forces withdrawing to their own "<Demonym> territory" leave the other land the text names', () => {
  it('given "troops began to withdraw to Indian territory … had pushed into Pakistani territory", then Pakistan', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Indian troops began to withdraw to Indian territory on June 1, the ministry said. The troops had pushed deep into Pakistani territory in May.',
        '1971-06-02',
      ),
    ).toEqual(['WithdrawalBegun|India|Pakistan|1971-06-01']);
  });

  it('never reads a demand that they withdraw to their territory as a withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Pakistan demanded that the Indian troops withdraw to Indian territory at once. The troops had pushed deep into Pakistani territory in May.',
        '1971-06-02',
      ),
    ).toEqual([]);
  });

  it('never picks one of two other lands the text names', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Indian troops began to withdraw to Indian territory on June 1. The troops had pushed into Pakistani territory and Chinese territory in May.',
        '1971-06-02',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: forces placed in a state, then in a continent by a comparison, left the state', () => {
  it('given "troops were in X, the largest … intervention in Africa … pulled out its contingent", then X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Within weeks some 2,000 Belgian troops were in Rwanda, the largest Belgian intervention in Africa since independence. Belgium later pulled out its contingent, ending the operation.',
        '1995-01-01',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toEqual(['WithdrawalBegun|Belgium|Rwanda']);
  });

  it('still takes the later located place where the sentence places the forces in two states', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Some 2,000 Belgian troops were in Rwanda in May, and in June the Belgian intervention in Burundi began. Belgium later pulled out its contingent, ending the operation.',
        '1995-01-01',
      ).map((e) => e.split('|').slice(0, 3).join('|')),
    ).toEqual(['WithdrawalBegun|Belgium|Burundi']);
  });
});

describe('WithdrawalBegun: a base released by the name of its town before a lower-case base noun', () => {
  it('given "transferred their part of Ar-Rutba base to the Iraqi army", then the base is left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Dutch forces transferred their part of Ar-Rutba base to the Iraqi army on May 2, 2021.',
        '2021-05-03',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Ar-Rutba base|2021-05-02']);
  });

  it('never reads forces transferred to such a base as leaving it', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Dutch forces transferred two companies to Ar-Rutba base on May 2, 2021.',
        '2021-05-03',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: "The withdrawal began" takes up forces the text stationed', () => {
  it("given forces called by the last word of a force named with its owner, then they are that owner's", () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Most units of the Cuban Internationalist Brigades had gone home, but two Brigade regiments were still stationed in Angola in 1988. The withdrawal began in June.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|1988-06']);
  });

  it('given a capitalized word before the forces that names no force told before, then no owner', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Several Volunteer armies were still stationed in North Korea in 1958. The withdrawal began in March.',
        '2024-03-01',
      ),
    ).toEqual([]);
  });

  it('given another state called on to withdraw its forces in between, then the stationed forces withdraw', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Several Turkish armies were still stationed in Cyprus in 1975. Ankara called on Greece to withdraw its forces from Crete at the same time. The withdrawal began in March.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Turkey|Cyprus|1975-03']);
  });

  it('given another state agreeing to withdraw its forces in between, then those forces withdraw', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Several Turkish armies were still stationed in Cyprus in 1975. Greece agreed to withdraw its forces from Crete at the same time. The withdrawal began in March.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Greece|Crete|1975-03']);
  });

  it.each([
    ['"is to begin" with a gerund', 'Under the pact, Chad is to begin moving its soldiers out of Niger on August 3.'],
    [
      'a bare cue verb joined to "will begin"',
      'Under the pact, Chad will begin moving its soldiers out of Niger on August 3 and complete the pullout by winter.',
    ],
    [
      'a bare cue verb joined to "is to begin"',
      'Under the pact, Chad is to begin moving its soldiers out of Niger on August 3 and finish the pullout by winter.',
    ],
  ])('given a scheduled start (%s), then no withdrawal', (_what, sentence) => {
    expect(summaryOf('WithdrawalBegun', sentence, '2024-03-01')).toEqual([]);
  });

  it('given a stated start and a past completion joined by "and", then the withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Chad began moving its soldiers out of Niger on August 3 and completed the pullout by winter.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Chad|Niger|2023-08-03']);
  });

  it('given a state named right before a withdrawal noun in an object, then that state withdraws', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The minister hailed the completion of the Belgian withdrawal from Mali on Tuesday.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Belgium|Mali|2024-02-27']);
  });

  it('given a state named before a withdrawal noun that is only demanded, then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The minister demanded the start of the Belgian withdrawal from Mali.',
        '2024-03-01',
      ),
    ).toEqual([]);
  });

  it('given forces moving a listed object out of a place, then the withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Danish forces began moving their stores, vehicles, and staff out of Estonia in 1995.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Denmark|Estonia|1995']);
  });

  it('given firms moving a listed object out of a place, then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Danish firms began moving their stores, vehicles, and offices out of Estonia in 1995.',
        '2024-03-01',
      ),
    ).toEqual([]);
  });

  it('given a person who resigned and fled a country troops entered, then no withdrawal from it', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Kenyan police landed in Haiti on Monday, a week after Prime Minister Henry resigned and fled the country.',
        '2024-03-01',
      ),
    ).toEqual([]);
  });

  it('given forces that regrouped and left a country, then the withdrawal', () => {
    expect(summaryOf('WithdrawalBegun', 'Kenyan police regrouped and left Haiti on Monday.', '2024-03-01')).toEqual([
      'WithdrawalBegun|Kenya|Haiti|2024-02-26',
    ]);
  });

  it.each([
    ['worried', 'Officials in Accra worried that the vote foreshadowed a general Belgian retreat from Mali.'],
    ['feared', 'Officials in Accra feared a Belgian retreat from Mali.'],
  ])('given a withdrawal only %s about, then no withdrawal', (_what, sentence) => {
    expect(summaryOf('WithdrawalBegun', sentence, '2024-03-01')).toEqual([]);
  });

  it('given a withdrawal told before a worry, then the withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Belgian troops withdrew from Mali on Monday, and officials worried about the gap they left.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Belgium|Mali|2024-02-26']);
  });
});

describe('WithdrawalBegun: the owner of a nominal withdrawal named by a long possessive', () => {
  it("given a withdrawal of a many-word organization's forces, then that organization's withdrawal", () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "BRUSSELS, March 1. - The withdrawal of the North Atlantic Treaty Organization's remaining training forces from Iraq began on Monday.",
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|NATO|Iraq|2024-02-26']);
  });

  it('given the same organization only planning the withdrawal, then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "BRUSSELS, March 1. - The withdrawal of the North Atlantic Treaty Organization's remaining training forces from Iraq will begin in May.",
        '2024-03-01',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a name used for a broadcaster or paper', () => {
  it('given a report by a city radio after the leaving, then only the place left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Cuban battalions have left Angola, the Havana radio said on Monday.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|2024-02-26']);
  });
});

describe('WithdrawalBegun: a state left to act after the withdrawal', () => {
  it('given ", leaving X to <verb>", then no withdrawal from X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'In May the Dutch withdrew their troops from Chad, leaving Belgium to guard the capital alone.',
        '2024-06-01',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Chad|2024-05']);
  });

  it('given ", leaving X to the enemy", then X is still a place left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'On Monday the Dutch troops pulled back, leaving Abeche to the rebels.',
        '2024-03-01',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Abeche|2024-02-26']);
  });
});

describe('WithdrawalBegun: an armed body whose name starts like a people', () => {
  it('given a government driving "the Union of …" out of a town, then no withdrawal of the Union side', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Government troops drove the Union of Patriotic Fighters out of Gao in March.',
        '2024-03-01',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a place that saw forces leave, described by an appositive', () => {
  it('given "X, the …, saw its last Y troops leave", then Y withdrew from X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Moldova, the smallest of the three states, saw its last Russian troops leave in August.',
        '2024-10-01',
      ),
    ).toEqual(['WithdrawalBegun|Russia|Moldova|2024-08']);
  });

  it('given an aside that is no appositive before "saw", then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Moldova, officials said, saw its last Russian diplomats leave in August.',
        '2024-10-01',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: forces made to leave by a causing subject', () => {
  it('given "forced them to abandon X", then no withdrawal of the causing subject', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Greek brigade held the pass all winter, but in March the Bulgarian army forced them to abandon Vrata.',
        '2024-06-01',
      ),
    ).toEqual([]);
  });

  it('given "forced the X to abandon Y", then the X withdrew', () => {
    expect(
      summaryOf('WithdrawalBegun', 'In March a Serbian attack forced the Bulgarians to abandon Vrata.', '2024-06-01'),
    ).toEqual(['WithdrawalBegun|Bulgaria|Vrata|2024-03']);
  });
});

describe('WithdrawalBegun: a base form right after a comma', () => {
  it('given a bare "withdraw" sharing an earlier modal past a condition, then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Under the deal the United States will cut its forces in Iraq and, provided the militias keep the truce, withdraw all troops within a year.',
        '2024-06-01',
      ),
    ).toEqual([]);
  });

  it('given a present-tense report with its subject, then the withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'British and Canadian troops withdraw from Belize on Monday, the ministry says.',
        '2024-06-01',
      ),
    ).toEqual(['WithdrawalBegun|Canada|Belize|2024-05-27', 'WithdrawalBegun|United Kingdom|Belize|2024-05-27']);
  });
});

describe('WithdrawalBegun: a facility handed over by a capitalized name with a center or station head', () => {
  it('given "handed over the Logistics Center at X to the government", then the withdrawal from X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Italian contingent handed over the Logistics Center at Herat to the Afghan government on Monday.',
        '2024-06-01',
      ),
    ).toEqual(['WithdrawalBegun|Italy|Herat|2024-05-27']);
  });

  it('given a lower-case center handed over, then no withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Italian contingent handed over the training center at Herat to the Afghan government on Monday.',
        '2024-06-01',
      ),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: forces that left an unplaced post "en route to" somewhere', () => {
  it('given forces that departed a post the gazetteer cannot place, en route to a place, then they set out', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Canadian soldiers of the 2nd Battalion departed Camp Nathan Smith, Ont., en route to Kandahar on Monday.',
        '2011-07-12',
      ),
    ).toEqual([]);
  });

  it('given a known place left en route elsewhere, or an unplaced post left with no way on, then a withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Canadian soldiers departed Kandahar en route to Germany on Monday.',
        '2011-07-12',
      ),
    ).toEqual(['WithdrawalBegun|Canada|Kandahar|2011-07-11']);
    expect(
      summaryOf('WithdrawalBegun', 'The last Canadian soldiers departed Camp Nathan Smith on Monday.', '2011-07-12'),
    ).toEqual(['WithdrawalBegun|Canada|Camp Nathan Smith|2011-07-11']);
  });
});

describe('WithdrawalBegun: "The withdrawal began" after a plan that names no origin', () => {
  it('given a plan to pull forces out, then "The withdrawal began", then they leave where the text put them up to the plan', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Libyan troops moved into northern Chad in 1980. The war dragged on for years. Thousands of soldiers died in the desert. Under a deal signed in Algiers in 1988, Libya promised to pull its soldiers out within a year. The withdrawal began in March 1989.',
      ),
    ).toEqual(['WithdrawalBegun|Libya|northern Chad|1989-03']);
  });

  it('given a plan of forces the text never placed, then "The withdrawal began" names no event', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Under a deal signed in 1988, Libya promised to pull its soldiers out within a year. The withdrawal began in March 1989.',
      ),
    ).toEqual([]);
  });

  it('given forces placed under the state of their time and a plan by its capital, then they are one actor', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Soviet troops crossed into Afghanistan in 1979. Moscow promised to pull its forces out within a year. The withdrawal began in May 1988.',
      ),
    ).toEqual(['WithdrawalBegun|Soviet Union|Afghanistan|1988-05']);
  });
});

describe('WithdrawalBegun: an armed body of no state driven from a place', () => {
  it('given forces that drove an armed group from a town, then the group is defeated there, not withdrawing', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Northern Alliance fighters drove the Taliban from Kunduz in November 2001.'),
    ).toEqual([]);
  });

  it("given a state's army driven from a place, then that state withdrew from it", () => {
    expect(
      summaryOf('WithdrawalBegun', 'Tanzanian troops drove the Ugandan army from Kagera in January 1979.'),
    ).toEqual(['WithdrawalBegun|Uganda|Kagera|1979-01']);
  });
});

describe('WithdrawalBegun: a withdrawal inside a supposed case', () => {
  it('given "in the event of … following the withdrawal of X from Y", then the withdrawal is supposed, not told', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Planners studied how the port could be held in the event of a strike following the withdrawal of British troops from Germany.',
      ),
    ).toEqual([]);
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Planners studied how the port could be held in case of a strike after the withdrawal of British troops from Germany.',
      ),
    ).toEqual([]);
  });

  it('given a supposed case closed by a clause of its own, then the withdrawal after it is told', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The garrison was reinforced in the event of unrest, and the town grew quiet following the withdrawal of British troops from Germany.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Germany|2020-01-01']);
  });
});

describe('WithdrawalBegun: an "ongoing" withdrawal', () => {
  it('given a place left "as part of the ongoing withdrawal of X from Y", then the withdrawal from Y is under way too', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'French forces have left the town of Gao as part of the ongoing withdrawal of French troops from northern Mali.',
        '2019-10-15',
      ),
    ).toEqual(['WithdrawalBegun|France|Gao|2019-10-15', 'WithdrawalBegun|France|northern Mali|2019-10-15']);
  });

  it('given adjectives between "ongoing" and the noun, then the withdrawal is under way', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'It reflects the ongoing responsible drawdown of U.S. forces from Iraq.',
        '2019-10-15',
      ),
    ).toEqual(['WithdrawalBegun|United States|Iraq|2019-10-15']);
  });

  it('given "ongoing" on another noun before a withdrawal, then nothing is under way', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Ongoing clashes delayed a withdrawal of French troops from Mali.', '2019-10-15'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: an organization named later by the acronym the text gave it in brackets', () => {
  it('given "X (ACR)" and later "The ACR … It began withdrawing", then X withdraws, not a contributor named between', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        "Officials pressed the Arab League, which voted in October 1976 to create an Arab Deterrent Force (ADF). Syria sent the largest contingent and provided the force's commander. The ADF oversaw a truce in the capital and the elections of 1976. It began withdrawing in 1982, and its last units left Lebanon in 1983.",
      ),
    ).toEqual(['WithdrawalBegun|Arab Deterrent Force|Lebanon|1983']);
  });
});

describe("WithdrawalBegun: a disbanded unit's men leaving their own base", () => {
  it('given a unit disbanded, then "Its men left their base at X", then no withdrawal from X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The French 2nd Foreign Regiment was disbanded in March 1994 after a mutiny. Its legionnaires left their base at Abeche the next week.',
      ),
    ).toEqual([]);
  });

  it('given a mission that ended, then "Its men left their base at X", then they withdrew from X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'French troops held Abeche for years. The mission ended in March 1994. Its legionnaires left their base at Abeche the next week.',
      ),
    ).toEqual(['WithdrawalBegun|France|Abeche|1994-03']);
  });
});

describe('WithdrawalBegun: forces that came back between two dated withdrawals from a place', () => {
  it('given forces that left X, "returned to X", and left X again, then two withdrawals', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'British troops left Basra on 2 May 2003. They returned to Basra on 9 June 2003, and the last of them left Basra on 30 April 2009.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Basra|2003-05-02', 'WithdrawalBegun|United Kingdom|Basra|2009-04-30']);
  });

  it('given forces "sent back" with no place between two withdrawals, then two withdrawals', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Congress sent the Marines to Haiti in 1915. They left Haiti in August 1925. In 1926 the president sent the Marines back, and the last of them left Haiti in 1934.',
      ),
    ).toEqual(['WithdrawalBegun|United States|Haiti|1925-08', 'WithdrawalBegun|United States|Haiti|1934']);
  });

  it('given forces that "returned to" their own state between two reports, then one withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'French troops began leaving Mali on 17 February 2022. The last of them returned to France on 15 August 2022, after they left Gao on 15 August 2022.',
      ),
    ).toEqual(['WithdrawalBegun|France|Mali|2022-02-17']);
  });
});

describe('WithdrawalBegun: a return told after the withdrawal of its own sentence, or with only its time', () => {
  it('given "was withdrawn in X, and … sent the soldiers back" then a last departure, then two withdrawals', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Colombia sent soldiers to Panama in 1950. They were withdrawn in June 1958, and in 1959 the president sent the soldiers back. The soldiers remained until May 1964, when the last of them departed.',
      ),
    ).toEqual(['WithdrawalBegun|Colombia|Panama|1958-06', 'WithdrawalBegun|Colombia|Panama|1964-05']);
  });

  it('given forces that "returned in 1959" between two withdrawals, then two withdrawals', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Colombian soldiers were withdrawn from Panama in June 1958. Unrest grew, and the soldiers returned in 1959. The last of them left Panama in May 1964.',
      ),
    ).toEqual(['WithdrawalBegun|Colombia|Panama|1958-06', 'WithdrawalBegun|Colombia|Panama|1964-05']);
  });

  it('given forces that "returned home in 1959" between two reports, then one withdrawal', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Colombian soldiers were withdrawn from Panama in June 1958. Unrest grew, and the soldiers returned home in 1959. The last of them left Panama in May 1964.',
      ),
    ).toEqual(['WithdrawalBegun|Colombia|Panama|1958-06']);
  });
});

describe('WithdrawalBegun: a clause set between the subject and its verb', () => {
  it('given "X, after weeks of pressure from Y, completed its withdrawal from Z", then X leaves Z', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Chile, after weeks of pressure from Lima, completed its withdrawal from Tacna in May 1929.',
      ),
    ).toEqual(['WithdrawalBegun|Chile|Tacna|1929-05']);
  });

  it('given the set-in clause with its own withdrawal, then only the set-in subject leaves', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Chile, after Peru withdrew its troops from Tacna in May 1929, reopened the border.',
      ),
    ).toEqual(['WithdrawalBegun|Peru|Tacna|1929-05']);
  });
});

describe('WithdrawalBegun: two places left, each with an appositive and its own date', () => {
  it('given "departed X, on the river, on D1 and Y, north of X, on D2", then one withdrawal per place and date', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Coalition troops departed Tikrit, on the Tigris, on May 3 and Baiji, north of Tikrit, on May 9.',
        '2021-05-12',
      ),
    ).toEqual(['WithdrawalBegun|coalition|Tikrit|2021-05-03', 'WithdrawalBegun|coalition|Baiji|2021-05-09']);
  });

  it('given an unknown second base name with an appositive, then it is left on its own date', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Coalition troops had departed al-Hadr, near the desert road, on May 3 and Saqr Airfield North, west of Tikrit, on May 9.',
        '2021-05-12',
      ),
    ).toEqual([
      'WithdrawalBegun|coalition|al-Hadr|2021-05-03',
      'WithdrawalBegun|coalition|Saqr Airfield North|2021-05-09',
    ]);
  });

  it('given "departed X on D1 and" a new clause with its own subject, then only X is left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Coalition troops departed Tikrit on May 3 and Iraqi police entered the city on May 9.',
        '2021-05-12',
      ),
    ).toEqual(['WithdrawalBegun|coalition|Tikrit|2021-05-03']);
  });
});

describe('WithdrawalBegun: further dated places belong to the nearest withdrawal verb', () => {
  it('given "A began leaving X in June, and B … evacuated the port on D1 and Y on D2", then only B leaves Y', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The Americans began leaving Batumi in June 1919, and the British, after a last raid in August, evacuated the port on 27 September and Poti on 12 October 1919.',
      ),
    ).toEqual([
      'WithdrawalBegun|United States|Batumi|1919-06',
      'WithdrawalBegun|United Kingdom|Batumi|1919-09-27',
      'WithdrawalBegun|United Kingdom|Poti|1919-10-12',
    ]);
  });

  it('given one verb with two dated places, then both are left', () => {
    expect(
      summaryOf('WithdrawalBegun', 'The Americans left Batumi on 27 September 1919 and Poti on 12 October 1919.'),
    ).toEqual(['WithdrawalBegun|United States|Batumi|1919-09-27', 'WithdrawalBegun|United States|Poti|1919-10-12']);
  });
});
