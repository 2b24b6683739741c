import { describe, expect, it } from 'vitest';
import { article, extract, summary } from './helpers.ts';
import { analyze } from '../../../shared/extract/context.ts';

/** Narrative text with no dateline, as reference works and histories are written. */
const narrative = (text: string, published?: string) =>
  summary(extract(text, published)).map((line) =>
    line.startsWith('DeploymentAnnounced|') ? line.replace(/\|null$/, '') : line,
  );
const ofType = (type: string, text: string, published?: string) =>
  narrative(text, published).filter((line) => line.startsWith(`${type}|`));

describe('clause reading: withdrawals', () => {
  it('reads the progressive as a withdrawal under way', () => {
    expect(
      ofType('WithdrawalBegun', 'Officials said that Belgian troops were withdrawing from the Kasai region.'),
    ).toEqual(['WithdrawalBegun|Belgium|Kasai region|null']);
  });

  it('gives one withdrawal per place in a list, sharing the plural place word', () => {
    expect(
      ofType('WithdrawalBegun', 'In late May, Romanian troops retreated from Arad, Bihor and Cluj Provinces.'),
    ).toEqual([
      'WithdrawalBegun|Romania|Arad Province|null',
      'WithdrawalBegun|Romania|Bihor Province|null',
      'WithdrawalBegun|Romania|Cluj Province|null',
    ]);
  });

  it('follows a second "from" phrase of the same withdrawal', () => {
    expect(
      ofType('WithdrawalBegun', 'The Italian forces pulled back not only from Tobruk but also from Derna in 1941.'),
    ).toEqual(['WithdrawalBegun|Italy|Tobruk|1941', 'WithdrawalBegun|Italy|Derna|1941']);
  });

  it('counts an action its governor says happened ("forced … to retreat")', () => {
    expect(ofType('WithdrawalBegun', 'Heavy shelling forced Hungarian units to retreat from Szolnok in 1919.')).toEqual(
      ['WithdrawalBegun|Hungary|Szolnok|1919'],
    );
  });

  it('reads "made a withdrawal" through its light verb', () => {
    expect(ofType('WithdrawalBegun', 'In 1862, Danish soldiers made an orderly withdrawal from Dybbol.')).toEqual([
      'WithdrawalBegun|Denmark|Dybbol|1862',
    ]);
  });

  it('reads a withdrawal noun that the sentence takes as past ("following the … withdrawal")', () => {
    expect(
      ofType('WithdrawalBegun', 'Following the Austrian withdrawal from Lombardy in 1859, the city celebrated.'),
    ).toEqual(['WithdrawalBegun|Austria|Lombardy|1859']);
    expect(
      ofType('WithdrawalBegun', 'Officials demanded the withdrawal of Austrian troops from Lombardy in 1859.'),
    ).toEqual([]);
  });

  it('reads the present tense of a news summary as a report', () => {
    expect(ofType('WithdrawalBegun', 'Ethiopian troops withdraw from Baidoa.', '2009-01-14')).toEqual([
      'WithdrawalBegun|Ethiopia|Baidoa|2009-01-14',
    ]);
  });

  it('resolves "the town" to a town named before that only the geocoder knows', () => {
    const text =
      'Slovak troops entered Ruzomberok in the morning but met protests. The soldiers were later persuaded to withdraw from the town.';
    expect(ofType('WithdrawalBegun', text, '1968-08-22')).toEqual(['WithdrawalBegun|Slovakia|Ruzomberok|1968-08-22']);
  });

  it('places "completed its own withdrawal" where the withdrawal just reported was', () => {
    const text =
      'Norway withdrew its last soldiers from Kabul on Monday. Denmark completed its own withdrawal in June.';
    expect(ofType('WithdrawalBegun', text, '2021-08-30')).toEqual([
      'WithdrawalBegun|Norway|Kabul|2021-08-30',
      'WithdrawalBegun|Denmark|Kabul|2021-06',
    ]);
  });

  it('reads ", along with the town of X" as a further origin, and a town whose name starts like a month', () => {
    const text = 'On 3 May, Croatian forces withdrew from the Marsovac Dam, along with the nearby town of Novigrad.';
    expect(ofType('WithdrawalBegun', text, '1993-06-01')).toEqual([
      'WithdrawalBegun|Croatia|Marsovac Dam|1993-05-03',
      'WithdrawalBegun|Croatia|Novigrad|1993-05-03',
    ]);
  });

  it('finds the country meant by "the country" past the actor\'s own, and by a people\'s name', () => {
    const text =
      'Dozens of Haitians died in the fighting. Opinion in the United States turned. All U.S. troops left the country in 1934.';
    expect(ofType('WithdrawalBegun', text)).toEqual(['WithdrawalBegun|United States|Haiti|1934']);
  });

  it.each([
    ['a modal on the governor', 'The minister said Polish troops would begin to withdraw from Gdansk.'],
    ['a negation', 'Norwegian troops did not withdraw from Narvik.'],
    ['an intention', 'Spain intends to pull its soldiers out of Tetouan.'],
    ['a proposal', 'The council proposed that Greek forces withdraw from Smyrna.'],
  ])('finds nothing in %s', (_, text) => {
    expect(ofType('WithdrawalBegun', text)).toEqual([]);
  });
});

describe('clause reading: deployments', () => {
  it('reads a transitive send with the actor in the force phrase', () => {
    expect(ofType('DeploymentAnnounced', 'In 1927, the administration sent U.S. Marines into Nicaragua.')).toEqual([
      'DeploymentAnnounced|United States|Nicaragua|1927',
    ]);
  });

  it('accepts an arrival at a place the gazetteer does not know', () => {
    expect(
      ofType('DeploymentAnnounced', 'Members of the Iranian brigade reportedly arrived in Khan Tuman in May 2016.'),
    ).toEqual(['DeploymentAnnounced|Iran|Khan Tuman|2016-05']);
  });

  it('given forces of the host listed with foreign ones, when they enter a town of the host, then the foreign state is deployed', () => {
    expect(ofType('DeploymentAnnounced', 'Rwandan troops and friendly Congolese forces entered Goma in 1996.')).toEqual(
      ['DeploymentAnnounced|Rwanda|Goma|1996'],
    );
  });

  it('gives one deployment per coordinated actor', () => {
    expect(ofType('DeploymentAnnounced', 'Turkish and Qatari forces were deployed at Misrata in 2020.')).toEqual([
      'DeploymentAnnounced|Qatar|Misrata|2020',
      'DeploymentAnnounced|Turkey|Misrata|2020',
    ]);
  });

  it.each([
    [
      'demonyms before an active verb',
      'Belgian and Dutch forces entered Luxembourg in 1944.',
      ['Belgium', 'Netherlands'],
    ],
    ['states as subjects', 'Chile, Peru and Ecuador sent troops to Haiti in 2004.', ['Chile', 'Ecuador', 'Peru']],
    [
      'owners after the force noun',
      'Troops from Fiji, Nepal and Ghana arrived in Lebanon in 1978.',
      ['Fiji', 'Ghana', 'Nepal'],
    ],
    [
      'each item with its own force noun',
      'Moroccan troops and Senegalese soldiers were sent to Zaire in 1977.',
      ['Morocco', 'Senegal'],
    ],
  ])('gives one deployment per actor of a list: %s', (_, text, actors) => {
    const got = extract(text).map((e) => (e.type === 'EntityDissolved' ? '' : e.actor.name));
    expect(got.sort()).toEqual(actors);
  });

  it('does not read the parties to something else as a list of actors', () => {
    const text = 'After talks between Egypt and Israel, Egyptian troops entered Gaza in 1979.';
    expect(extract(text).map((e) => (e.type === 'EntityDissolved' ? '' : e.actor.name))).toEqual(['Egypt']);
  });

  it('gives one withdrawal per actor of a list', () => {
    expect(ofType('WithdrawalBegun', 'Spanish and Portuguese troops withdrew from Ceuta in 1640.').sort()).toEqual([
      'WithdrawalBegun|Portugal|Ceuta|1640',
      'WithdrawalBegun|Spain|Ceuta|1640',
    ]);
  });

  it('reads a flight from a place as a withdrawal, with or without "from"', () => {
    expect(ofType('WithdrawalBegun', 'Libyan troops fled Aouzou in August 1987.')).toEqual([
      'WithdrawalBegun|Libya|Aouzou|1987-08',
    ]);
    expect(ofType('WithdrawalBegun', 'Thousands of villagers fled Aouzou in August 1987.')).toEqual([]);
  });

  it("reads a historical state's army by its own name", () => {
    expect(ofType('WithdrawalBegun', 'The Red Army pulled out of Mongolia in 1992.')).toEqual([
      'WithdrawalBegun|Soviet Union|Mongolia|1992',
    ]);
  });

  it('reads entering a state or a town, abroad or at home, as arrival, not one entered "but" held off', () => {
    expect(ofType('DeploymentAnnounced', 'Tanzanian and Ugandan forces invaded Uganda in January 1979.')).toEqual([
      'DeploymentAnnounced|Tanzania|Uganda|1979-01',
    ]);
    // Forces entering a town of their own state (retaken or handed back) are deployed there too.
    expect(ofType('DeploymentAnnounced', 'Ukrainian forces entered Kherson on 11 November 2022.')).toEqual([
      'DeploymentAnnounced|Ukraine|Kherson|2022-11-11',
    ]);
    expect(ofType('DeploymentAnnounced', 'Rwandan troops entered Goma on 20 November 2012.')).toEqual([
      'DeploymentAnnounced|Rwanda|Goma|2012-11-20',
    ]);
    expect(
      ofType(
        'DeploymentAnnounced',
        'Rwandan troops entered Goma on 20 November 2012 but were pushed back by nightfall.',
      ),
    ).toEqual([]);
  });

  it('takes a head of state named with a title, or by a distinctive surname, as the state acting', () => {
    expect(ofType('DeploymentAnnounced', 'In 1957, President Eisenhower sent paratroopers to Jordan.')).toEqual([
      'DeploymentAnnounced|United States|Jordan|1957',
    ]);
    expect(ofType('DeploymentAnnounced', 'Truman dispatched troops to Korea in June 1950.')).toEqual([
      'DeploymentAnnounced|United States|Korea|1950-06',
    ]);
    expect(ofType('DeploymentAnnounced', 'Wilson dispatched troops to Korea in June 1950.')).toEqual([]);
    expect(ofType('WithdrawalBegun', 'Eisenhower left Washington for Geneva in July 1955.')).toEqual([]);
    expect(ofType('DeploymentAnnounced', 'In 1956, Nasser occupied the Suez Canal Zone.')).toEqual([
      'DeploymentAnnounced|Egypt|Suez Canal Zone|1956',
    ]);
    expect(ofType('DeploymentAnnounced', 'In 1927, Mussolini sent two battalions to Albania.')).toEqual([
      'DeploymentAnnounced|Italy|Albania|1927',
    ]);
    expect(ofType('DeploymentAnnounced', 'In 1975, Tito visited Albania.')).toEqual([]);
  });

  it('dates a span by its start and a "when" clause by the date it follows', () => {
    expect(ofType('DeploymentAnnounced', 'British troops occupied Iceland from 1940 to 1941.')).toEqual([
      'DeploymentAnnounced|United Kingdom|Iceland|1940',
    ]);
    expect(
      ofType('WithdrawalBegun', 'The garrison stayed in Belize until 1994, when British troops withdrew from Belize.'),
    ).toEqual(['WithdrawalBegun|United Kingdom|Belize|1994']);
  });

  it('counts aircraft and ships, by name or type designator, as forces', () => {
    expect(ofType('DeploymentAnnounced', 'Norwegian F-35s were stationed in Iceland in 2023.')).toEqual([
      'DeploymentAnnounced|Norway|Iceland|2023',
    ]);
    expect(ofType('DeploymentAnnounced', 'Spain sent two frigates to the Black Sea in 2022.')).toEqual([
      'DeploymentAnnounced|Spain|Black Sea|2022',
    ]);
  });

  it('reads a past presence as deployed, not a present one described in passing, nor the month of March', () => {
    expect(ofType('DeploymentAnnounced', 'Italian troops were stationed in Albania in 1939.')).toEqual([
      'DeploymentAnnounced|Italy|Albania|1939',
    ]);
    expect(ofType('DeploymentAnnounced', 'Some 900 Italian troops are stationed in Albania.', '2024-03-03')).toEqual(
      [],
    );
    expect(ofType('DeploymentAnnounced', 'By March 2019, 40 Italian soldiers had died in Albania.')).toEqual([]);
  });

  it('reads a decision governing a gerund ("approved sending troops")', () => {
    expect(ofType('DeploymentAnnounced', "In May 2021, Greece's parliament approved sending troops to Chad.")).toEqual([
      'DeploymentAnnounced|Greece|Chad|2021-05',
    ]);
  });

  it('finds the place of a base left behind ("their base at X") and of "the entire X region"', () => {
    expect(ofType('WithdrawalBegun', 'French forces vacated their base at Gao in August 2022.')).toEqual([
      'WithdrawalBegun|France|Gao|2022-08',
    ]);
    expect(ofType('WithdrawalBegun', 'In 1988, Cuban troops pulled back from the entire Cunene region.')).toEqual([
      'WithdrawalBegun|Cuba|Cunene region|1988',
    ]);
  });

  it('reads "They left the city" after a sentence about forces as those forces leaving the city named', () => {
    expect(ofType('WithdrawalBegun', 'Kenyan troops arrived in Kismayo in 2012. They left the city in 2019.')).toEqual([
      'WithdrawalBegun|Kenya|Kismayo|2019',
    ]);
    expect(
      ofType('WithdrawalBegun', 'Kenyan diplomats arrived in Kismayo in 2012. They left the city in 2019.'),
    ).toEqual([]);
  });

  it('names the multinational coalition by what it is', () => {
    expect(ofType('DeploymentAnnounced', 'Coalition forces entered Mosul on 10 July 2017.')).toEqual([
      'DeploymentAnnounced|coalition|Mosul|2017-07-10',
    ]);
  });

  it('reads forces massed in a place and aircraft operating from a base as deployed there', () => {
    expect(ofType('DeploymentAnnounced', 'Egyptian and Syrian forces massed in Sinai in May 1967.').sort()).toEqual([
      'DeploymentAnnounced|Egypt|Sinai|1967-05',
      'DeploymentAnnounced|Syria|Sinai|1967-05',
    ]);
    expect(ofType('DeploymentAnnounced', 'In 2015, Belgian jets operated from Jordan.')).toEqual([
      'DeploymentAnnounced|Belgium|Jordan|2015',
    ]);
    expect(ofType('DeploymentAnnounced', 'Guyana accused Venezuela of massing troops in Essequibo in 2023.')).toEqual(
      [],
    );
  });

  it('finds the place of "the areas around X"', () => {
    expect(ofType('WithdrawalBegun', 'In March 1988, Cuban troops withdrew from the areas around Cuito.')).toEqual([
      'WithdrawalBegun|Cuba|Cuito|1988-03',
    ]);
  });

  it('takes the name opening the main clause after a fronted phrase as the subject', () => {
    expect(ofType('WithdrawalBegun', 'Following the Treaty of Lisbon, Portugal withdrew from Goa in 1961.')).toEqual([
      'WithdrawalBegun|Portugal|Goa|1961',
    ]);
  });

  it("gives forces that 'left' with no origin the origin of the same actor's agreed withdrawal", () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'Cuba agreed to withdraw its forces from Angola. The last Cuban troops left in May 1991.',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|1991-05']);
    expect(
      ofType(
        'WithdrawalBegun',
        'Cuba agreed to withdraw its forces from Angola. South African troops left in May 1991.',
      ),
    ).toEqual([]);
  });

  it("reads a people's plural as its forces, and a sponsor ('Turkish-backed') as nobody's actor", () => {
    expect(ofType('WithdrawalBegun', 'In May 1940, the Belgians abandoned their positions around Liège.')).toEqual([
      'WithdrawalBegun|Belgium|Liège|1940-05',
    ]);
    expect(ofType('WithdrawalBegun', 'In 2019, Qatari-backed militias withdrew from Gharyan.')).toEqual([]);
  });

  it('reads "The troops, deployed in 1994, …" as those forces deployed where the text placed them', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'Russia keeps about 3,000 soldiers in Tajikistan. The troops, deployed in 1994 after the civil war, guard the border.',
      ),
    ).toEqual(['DeploymentAnnounced|Russia|Tajikistan|1994']);
  });

  it('dates a report by a fronted "By DATE,"', () => {
    expect(
      ofType('DeploymentAnnounced', 'By 1917, some 9,000 Portuguese troops were stationed in Mozambique.'),
    ).toEqual(['DeploymentAnnounced|Portugal|Mozambique|1917|9000']);
    expect(ofType('WithdrawalBegun', 'By March 1990 the last Indian troops had left Sri Lanka.', '1990-06-01')).toEqual(
      ['WithdrawalBegun|India|Sri Lanka|1990-03'],
    );
  });

  it('resolves "the island" to a state that is one island, and not to a state that is not', () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'British troops arrived in Malta in 1800. The last British troops left the island in 1979.',
      ),
    ).toEqual(['WithdrawalBegun|United Kingdom|Malta|1979']);
    expect(
      ofType(
        'WithdrawalBegun',
        'British troops arrived in Kenya in 1952. The last British troops left the island in 1963.',
      ),
    ).toEqual([]);
  });

  it('reads forces "ordered to withdraw" as withdrawing, unless a deadline or a condition follows', () => {
    expect(
      ofType('WithdrawalBegun', 'On 3 May 1982, Argentine forces were ordered to withdraw from Goose Green.'),
    ).toEqual(['WithdrawalBegun|Argentina|Goose Green|1982-05-03']);
    expect(ofType('WithdrawalBegun', 'Argentine forces were ordered to leave Goose Green by the end of May.')).toEqual(
      [],
    );
    expect(ofType('WithdrawalBegun', 'Argentina ordered its forces to withdraw from Goose Green.')).toEqual([]);
  });

  it('counts an occupation as forces stationed there', () => {
    expect(ofType('DeploymentAnnounced', 'Japanese forces occupied Hainan in February 1939.')).toEqual([
      'DeploymentAnnounced|Japan|Hainan|1939-02',
    ]);
  });

  it('takes a decision in reported speech, not a condition', () => {
    expect(
      ofType('DeploymentAnnounced', 'The minister said Canada would send troops to Latvia.', '2017-02-01'),
    ).toEqual(['DeploymentAnnounced|Canada|Latvia|2017-02-01']);
    expect(
      ofType('DeploymentAnnounced', 'Canada would send troops to Latvia if the alliance asked.', '2017-02-01'),
    ).toEqual([]);
  });

  it('reads a decision through the verb governing "the deployment of"', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'The Estonian government approved the deployment of 40 soldiers to Gao.',
        '2018-03-01',
      ),
    ).toEqual(['DeploymentAnnounced|Estonia|Gao|2018-03-01|40']);
  });

  it('takes a place the sentence opens with, and a border named by its state', () => {
    expect(ofType('DeploymentAnnounced', 'In Kosovo, hundreds of Polish troops were deployed in July 1999.')).toEqual([
      'DeploymentAnnounced|Poland|Kosovo|1999-07',
    ]);
    expect(
      ofType(
        'DeploymentAnnounced',
        'Moroccan jets strike Polisario positions and send special forces to the Algerian border.',
        '2021-11-02',
      ),
    ).toEqual(['DeploymentAnnounced|Morocco|Algerian border|2021-11-02']);
  });

  it('reads a crossing into a state as arrival, and an adjective "-based" as nothing', () => {
    expect(
      ofType('DeploymentAnnounced', 'Vietnamese troops crossed the border into Cambodia on 25 December 1978.'),
    ).toEqual(['DeploymentAnnounced|Vietnam|Cambodia|1978-12-25']);
    expect(
      ofType(
        'DeploymentAnnounced',
        'Some 900 Italy-based troops were told to be ready to move to Libya.',
        '2011-03-01',
      ),
    ).toEqual([]);
  });

  it("takes the forces a state's own ministry reports on as that state's", () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        "Turkey's defence ministry said a commando battalion had arrived in Tripoli.",
        '2020-01-06',
      ),
    ).toEqual(['DeploymentAnnounced|Turkey|Tripoli|2020-01-06']);
  });

  it('reads a bearing after a place as describing it, not as a second destination', () => {
    expect(
      ofType('DeploymentAnnounced', 'In 2019 Turkey dispatched 200 commandos to Mitiga Airport, east of Tripoli.'),
    ).toEqual(['DeploymentAnnounced|Turkey|Mitiga Airport|2019|200']);
  });

  it('does not read forces moving out of a place in a withdrawal sentence as a deployment', () => {
    const text = 'Spanish troops withdrew from Iraq in May 2004, moving their convoys to Kuwait.';
    expect(ofType('DeploymentAnnounced', text)).toEqual([]);
  });

  it('reads the division after a comma as describing the place, not as another destination', () => {
    expect(
      ofType('DeploymentAnnounced', 'Rwandan troops were deployed to Goma, North Kivu, and Bukavu in 1996.'),
    ).toEqual(['DeploymentAnnounced|Rwanda|Goma|1996', 'DeploymentAnnounced|Rwanda|Bukavu|1996']);
  });

  it('gives "these troops" to the actor whose troops were named before, not to a partner', () => {
    const text =
      'In May 2016 Italy sent 300 Italian troops to train the Peshmerga. Later, 150 of these troops were reported to have arrived in Erbil.';
    expect(ofType('DeploymentAnnounced', text)).toContain('DeploymentAnnounced|Italy|Erbil|2016-05|150');
  });

  it('does not take "will send … if" as a decision', () => {
    expect(
      ofType('DeploymentAnnounced', 'Oman announces it will send troops to Yemen if the talks fail.', '2016-03-15'),
    ).toEqual([]);
  });

  it('dates an undated sentence by the narrative before it', () => {
    const text =
      'The crisis came to a head in 1961 in the Congo. The government responded by sending Irish troops into Katanga.';
    expect(ofType('DeploymentAnnounced', text)).toEqual(['DeploymentAnnounced|Ireland|Katanga|1961']);
  });
});

describe('clause reading: dissolutions', () => {
  it('resolves "the office" to the office named before', () => {
    const text = 'The Office of Naval Censorship was created in 1941. The office was abolished on May 2, 1946.';
    expect(ofType('EntityDissolved', text)).toEqual(['EntityDissolved|Office of Naval Censorship|1946-05-02']);
  });

  it('resolves a sentence-initial "It"', () => {
    const text =
      'The Division of Map Intelligence was set up in 1943. It was abolished by Departmental Order 201 in 1947.';
    expect(ofType('EntityDissolved', text)).toEqual(['EntityDissolved|Division of Map Intelligence|1947']);
  });

  it('reads an intransitive dissolution with its subject', () => {
    expect(ofType('EntityDissolved', 'CENTO formally disbanded in 1979.')).toEqual(['EntityDissolved|CENTO|1979']);
  });

  it('gives one dissolution per modifier of a shared plural head', () => {
    expect(
      ofType(
        'EntityDissolved',
        'The treaty followed the dissolution of the Austrian, Spanish and Mughal Empires.',
        '1950-03-01',
      ),
    ).toEqual([
      'EntityDissolved|Austrian Empire|1950-03-01',
      'EntityDissolved|Spanish Empire|1950-03-01',
      'EntityDissolved|Mughal Empire|1950-03-01',
    ]);
  });

  it('reads the body a relative clause ("…, which was abolished") is about', () => {
    const text = 'In 1981 the Bureau of Refugee Programs replaced the Office of Refugee Affairs, which was abolished.';
    expect(ofType('EntityDissolved', text)).toEqual(['EntityDissolved|Office of Refugee Affairs|1981']);
  });

  it('reads a list entry "X (disbanded DATE)" and the first of coordinated subjects', () => {
    expect(ofType('EntityDissolved', ' * 71st Guards Tank Regiment (disbanded March 1992)', '2023-07-28')).toEqual([
      'EntityDissolved|71st Guards Tank Regiment|1992-03',
    ]);
    expect(
      ofType('EntityDissolved', 'The Bureau of Fisheries and its Deputy Director were eliminated on 1 July 1970.'),
    ).toEqual(['EntityDissolved|Bureau of Fisheries|1970-07-01']);
  });

  it('reads a numbered unit as an entity', () => {
    expect(ofType('EntityDissolved', 'The 44th Guards Rifle Regiment was disbanded in 1957.')).toEqual([
      'EntityDissolved|44th Guards Rifle Regiment|1957',
    ]);
  });

  it.each([
    ['a metaphor of defeat', 'The brigade ceased to exist as a fighting force in 1944.'],
    ['a proposal', 'Officials were proposing that the Liberation Front dissolves itself in 1990.'],
    ['a call', 'Protesters called for the dissolution of the National Council in 2011.'],
    ['an adjective', 'Members of the dissolved Northern Council met in 1990.'],
    ['an unread object, not the subject', 'The junta in Mali dissolved all regional assemblies in 2023.'],
  ])('finds nothing in %s', (_, text) => {
    expect(ofType('EntityDissolved', text)).toEqual([]);
  });
});

describe('clause reading: dates', () => {
  it('moves an "effective" date ahead of the decision', () => {
    expect(
      ofType(
        'EntityDissolved',
        'Executive Order 9999 terminated the Office of Coastal Surveys, effective October 1.',
        '1950-09-20',
      ),
    ).toEqual(['EntityDissolved|Office of Coastal Surveys|1950-10-01']);
  });

  it('does not date a happening by a possessive date of another ("last week\'s coup")', () => {
    expect(
      ofType(
        'EntityDissolved',
        "The cabinet dissolves the presidential guard behind last week's mutiny.",
        '2016-03-10',
      ),
    ).toEqual(['EntityDissolved|presidential guard|2016-03-10']);
  });

  it('dates a narrative sentence by the happening it starts from when nothing else is stated', () => {
    const text = 'Following the coup in March of 1920, the government sent Finnish troops into Aunus.';
    expect(ofType('DeploymentAnnounced', text)).toEqual(['DeploymentAnnounced|Finland|Aunus|1920-03']);
  });

  it('dates an undated sentence by the last date of its paragraph when the page has no date', () => {
    const text =
      'The crisis deepened in August 1968. Talks failed. Leaders met twice. The Central Bureau was dissolved.';
    expect(ofType('EntityDissolved', text)).toEqual(['EntityDissolved|Central Bureau|1968-08']);
  });
});

describe('clause reading: references, gerunds and garrisons', () => {
  it('reads another actor arriving in a sentence that reports a withdrawal', () => {
    expect(narrative('Polish troops landed in Latvia in May 1920 as Soviet forces withdrew.')).toEqual([
      'DeploymentAnnounced|Poland|Latvia|1920-05',
      'WithdrawalBegun|Soviet Union|Latvia|1920-05',
    ]);
  });

  it('reads a deployment ordered in a gerund after "by"', () => {
    expect(
      ofType('DeploymentAnnounced', 'Canada reacted by ordering Canadian troops to Cyprus in March 1964.'),
    ).toEqual(['DeploymentAnnounced|Canada|Cyprus|1964-03']);
  });

  it('resolves "the valley" and "the strip" to the name that ends in that word', () => {
    expect(
      narrative(
        'Settlers crossed into the contested Tavush Valley in 1919. Armenia responded by sending troops into the valley.',
      ),
    ).toEqual(['DeploymentAnnounced|Armenia|Tavush Valley|1919']);
  });

  it('reads positions "deep inside" a state as the origin of a withdrawal', () => {
    expect(
      ofType('WithdrawalBegun', 'Turkish forces began pulling back from positions deep inside Iraq on 3 May 1997.'),
    ).toEqual(['WithdrawalBegun|Turkey|Iraq|1997-05-03']);
  });

  it('takes a garrison as forces, and "the last units" as the forces named before', () => {
    expect(ofType('WithdrawalBegun', 'The Austrian garrison left Belgrade in October 1918.')).toEqual([
      'WithdrawalBegun|Austria|Belgrade|1918-10',
    ]);
    expect(
      ofType('WithdrawalBegun', 'Serbian troops held Kumanovo for weeks. The last units left the town on 4 May 1913.'),
    ).toEqual(['WithdrawalBegun|Serbia|Kumanovo|1913-05-04']);
  });

  it('finds a town under a spelling its gazetteer entry does not use', () => {
    expect(ofType('WithdrawalBegun', 'Ukrainian troops left Kupyansk on 12 March 2025.')).toEqual([
      'WithdrawalBegun|Ukraine|Kupyansk|2025-03-12',
    ]);
  });

  it('never takes a month for the town a reference names', () => {
    expect(
      narrative(
        'Loyalist forces retook Tikrit from ISIL in March 2015. ISIL had withdrawn from the city the day before.',
      ),
    ).not.toContain('WithdrawalBegun|Islamic State|March|2015-03');
  });
});

describe('clause reading: pretexts, headline present tense and mandates', () => {
  it('keeps an arrival the text calls an exercise only ostensibly, and drops an exercise stated plainly', () => {
    expect(
      ofType('DeploymentAnnounced', 'Armenian troops arrived in Georgia in May 1995, ostensibly "for joint drills".'),
    ).toEqual(['DeploymentAnnounced|Armenia|Georgia|1995-05']);
    expect(ofType('DeploymentAnnounced', 'Armenian troops arrived in Georgia in May 1995 for joint drills.')).toEqual(
      [],
    );
  });

  it('keeps a crossing from a place where the forces had held exercises, and drops one into such a place', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'Armenian troops crossed into Georgia from Iran, where they had been massed for joint drills, in May 1995.',
      ),
    ).toEqual(['DeploymentAnnounced|Armenia|Georgia|1995-05']);
    expect(
      ofType(
        'DeploymentAnnounced',
        'Armenian troops crossed into Georgia, where they had been massed for joint drills, in May 1995.',
      ),
    ).toEqual([]);
  });

  it('reads a headline in the present tense ("troops enter X") and never a refusal to enter', () => {
    expect(ofType('DeploymentAnnounced', 'Ugandan troops enter Bunia alongside local militias.', '2023-02-02')).toEqual(
      ['DeploymentAnnounced|Uganda|Bunia|2023-02-02'],
    );
    expect(ofType('DeploymentAnnounced', 'Ugandan troops refused to enter Bunia.', '2023-02-02')).toEqual([]);
  });

  it('reads a mission that ended its mandate, not a state that ended one over a territory', () => {
    expect(
      ofType('EntityDissolved', 'The United Nations Mission in Liberia ended its mandate on 30 March 2018.'),
    ).toEqual(['EntityDissolved|United Nations Mission in Liberia|2018-03-30']);
    expect(ofType('EntityDissolved', 'France ended its mandate over Syria in 1946.')).toEqual([]);
  });
});

describe('clause reading: bearings after a withdrawal verb', () => {
  it('never takes the river forces withdrew east of for the place they left', () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'After the truce, the YPG handed Tal Abyad to a local council and its forces withdrew east of the Balikh.',
      ),
    ).toEqual([]);
  });

  it('still reads where a withdrawal noun took place ("a withdrawal northwest of X")', () => {
    expect(ofType('WithdrawalBegun', 'On 9 May, Moldovan units made an orderly withdrawal south of Bender.')).toEqual([
      'WithdrawalBegun|Moldova|Bender|null',
    ]);
  });
});

describe('clause reading: clauses joined in one sentence', () => {
  it('never takes the owner of forces in a later subordinate clause for the subject', () => {
    expect(
      narrative('In 1994, the Stabilisation Force entered Rwanda after the withdrawal of Belgian paratroopers.'),
    ).toEqual(['DeploymentAnnounced|NATO|Rwanda|1994', 'WithdrawalBegun|Belgium|Rwanda|1994']);
  });

  it('reads forces that arrived and then left in one sentence as both', () => {
    expect(narrative('British troops arrived in Dili on 20 September 1999 and left on 3 February 2000.')).toEqual([
      'DeploymentAnnounced|United Kingdom|Dili|1999-09-20',
      'WithdrawalBegun|United Kingdom|Dili|2000-02-03',
    ]);
  });

  it('takes up a withdrawal announced with "the first units left" in the same sentence', () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'Paris said in May 1962 that 8,000 French troops would be withdrawn from Tunisia, and the first units left in June.',
      ),
    ).toEqual(['WithdrawalBegun|France|Tunisia|1962-06']);
  });
});

describe('clause reading: a withdrawal asked for, then done', () => {
  it('takes the place a withdrawal of the same actor was asked for in the sentence before', () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'Baghdad demanded the withdrawal of Iranian troops from Basra Governorate. Iranian troops withdrew on 3 March 1988.',
      ),
    ).toEqual(['WithdrawalBegun|Iran|Basra Governorate|1988-03-03']);
  });

  it("never takes another actor's asked-for place", () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'Baghdad demanded the withdrawal of Iranian troops from Basra Governorate. Syrian troops withdrew on 3 March 1988.',
      ),
    ).toEqual([]);
  });
});

describe('clause reading: headline present tense crossings', () => {
  it('reads forces that "cross into" a state in a headline', () => {
    expect(ofType('DeploymentAnnounced', 'Ugandan troops and tanks cross into South Sudan.', '2014-01-14')).toEqual([
      'DeploymentAnnounced|Uganda|South Sudan|2014-01-14',
    ]);
  });
});

describe('clause reading: the time a reference page narrates', () => {
  it('dates an undated sentence by a year naming a happening just before, not by the page snapshot', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'Polish units took part in the 1968 invasion of Czechoslovakia. Polish troops were deployed to Moravia.',
        '2023-09-18',
      ),
    ).toEqual(['DeploymentAnnounced|Poland|Moravia|1968']);
  });
});

describe('clause reading: expectations are not events', () => {
  it('never reads what analysts expect or predict a state to do', () => {
    expect(narrative('Observers expect Hungary to send more troops to Bosnia.', '2021-03-01')).toEqual([]);
    expect(narrative('Diplomats predicted that Chad would withdraw its troops from Mali.', '2021-03-01')).toEqual([]);
  });
});

describe('clause reading: a place a "where" clause describes', () => {
  it('never takes the place a "where" clause describes for the actor', () => {
    expect(
      narrative('The convoy left Gao in May. Chad, where the last convoy arrived, is now the main base in the Sahel.'),
    ).not.toContain('DeploymentAnnounced|Chad|Sahel|null');
    expect(
      ofType('DeploymentAnnounced', 'Chad, where the last convoy arrived, is now the main base in the Sahel.'),
    ).toEqual([]);
  });
});

describe('clause reading: opposed decisions', () => {
  it('never reads a vote against sending troops as a decision to send them', () => {
    expect(narrative("Austria's parliament voted against sending troops to Kosovo.", '2021-03-01')).toEqual([]);
  });
});

describe('a subordinate clause fronted after a short phrase ("In December, after …, …")', () => {
  it('given forces named inside the fronted clause, when the main clause withdraws, then they are not its actor', () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'In May, after Soviet forces entered the war, American troops withdrew from Hamhung.',
        '1951-01-01',
      ),
    ).toEqual(['WithdrawalBegun|United States|Hamhung|1950-05']);
  });

  it("given an entry inside the fronted clause, when a place follows the main verb, then it is not the entry's", () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'In June, after Egyptian forces entered the conflict, the garrison fell back to the port of Aqaba.',
        '1968-01-01',
      ),
    ).toEqual([]);
  });
});

describe('mentions: a name never runs across a comma', () => {
  it('given "Israel, I …", then Israel the state, not the demonym "Israeli"', () => {
    const ctx = analyze(article('After the attacks on Israel, I ordered the navy to sail.', '2023-10-08'));
    expect(ctx.mentions.map((m) => [m.entry.kind, m.entry.name])).toEqual([['state', 'Israel']]);
  });
});

describe('mentions: "Latin American" is no people of the United States', () => {
  it('given "Latin American states", then no mention; "American troops" stays the United States', () => {
    const names = (text: string) =>
      analyze(article(text, '2023-10-08')).mentions.map((m) => [m.entry.kind, m.entry.name]);
    expect(names('Four Latin American states pledged police officers.')).toEqual([]);
    expect(names('Four American warships sailed.')).toEqual([['demonym', 'United States']]);
  });
});

describe('mentions: a demonym two states share means the state news means by it', () => {
  it('given "Dominican", then the Dominican Republic, not Dominica; "Dominica" stays Dominica', () => {
    const names = (text: string) =>
      analyze(article(text, '2023-10-08')).mentions.map((m) => [m.entry.kind, m.entry.name]);
    expect(names('Two Dominican colonels resigned.')).toEqual([['demonym', 'Dominican Republic']]);
    expect(names('A storm struck Dominica.')).toEqual([['state', 'Dominica']]);
    expect(names('Congolese troops advanced.')).toEqual([['demonym', 'Democratic Republic of the Congo']]);
  });
});
