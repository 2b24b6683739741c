import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/extract/context.ts';
import { LOOSE_CONFIDENCE } from '../../../shared/extract/clauses/loose-slots.ts';
import { article, extract, summary, summaryOf } from './helpers.ts';

const ofType = (type: string, text: string, published?: string) =>
  summary(extract(text, published)).filter((line) => line.startsWith(`${type}|`));
const confidences = (text: string) => extract(text).map((e) => e.confidence);

describe('loose readers: sentences no clause reading explains', () => {
  // "dropped on/over/onto" is read by the clause finder; "near" is left to the loose reader.
  it('given a drop of paratroopers near a town, when read, then it is a deployment there with low confidence', () => {
    const text = 'Danish paratroopers were dropped near Narvik in June 1981.';
    expect(ofType('DeploymentAnnounced', text)).toEqual(['DeploymentAnnounced|Denmark|Narvik|1981-06|null']);
    expect(confidences(text)).toEqual([LOOSE_CONFIDENCE]);
  });

  it('given forces moved into a country, when read, then it is a deployment; "moved to" a phase is not', () => {
    expect(ofType('DeploymentAnnounced', 'The Soviet Union moved armoured troops into Romania on 2 May 1951.')).toEqual(
      ['DeploymentAnnounced|Soviet Union|Romania|1951-05-02|null'],
    );
    expect(extract('The Soviet Union moved its troops to a second phase of the plan in 1951.')).toEqual([]);
  });

  it('given a deployment noun whose clause is hypothetical, when read, then there is no event', () => {
    expect(
      extract('Officials said the deployment of Chilean troops to Peru could be carried out within weeks.'),
    ).toEqual([]);
  });

  it('given forces that departed a base, when read, then the withdrawal from the base has begun', () => {
    expect(ofType('WithdrawalBegun', 'Dutch forces departed Camp Holland on 1 August 2010.')).toEqual([
      'WithdrawalBegun|Netherlands|Camp Holland|2010-08-01',
    ]);
  });

  it('given a withdrawal noun that a verb after it states as begun, when read, then it is an event', () => {
    expect(ofType('WithdrawalBegun', 'The pullout of Kenyan soldiers from Kismayo started on 4 May 2015.')).toEqual([
      'WithdrawalBegun|Kenya|Kismayo|2015-05-04',
    ]);
  });

  it('given a withdrawal noun that is only ordered or called for, when read, then there is no event', () => {
    expect(extract('The council directed that a phased withdrawal of Kenyan troops from Kismayo begin.')).toEqual([]);
    expect(
      extract('Leaders insisted on the withdrawal of Kenyan troops from Kismayo, and talks began in May.'),
    ).toEqual([]);
  });

  it('given a withdrawal to a bearing of a town, when read, then the town is the place left', () => {
    expect(
      ofType('WithdrawalBegun', 'On 3 June, Georgian forces made an orderly withdrawal northwest of Senaki.'),
    ).toEqual(['WithdrawalBegun|Georgia|Senaki|null']);
  });

  it('given drills, when a deployment word appears, then there is no event', () => {
    expect(extract('The drills saw Polish troops deployed to Orzysz for two weeks.')).toEqual([]);
  });
});

describe('bases opened abroad', () => {
  it('given a state that established a military base or presence abroad, when read loosely, then it deployed there', () => {
    expect(ofType('DeploymentAnnounced', 'In 2020, Greece established a military base in Cyprus.')).toEqual([
      'DeploymentAnnounced|Greece|Cyprus|2020|null',
    ]);
    expect(ofType('DeploymentAnnounced', 'In 2020, Greece set up a naval base at Limassol.')).toEqual([
      'DeploymentAnnounced|Greece|Limassol|2020|null',
    ]);
    expect(ofType('DeploymentAnnounced', 'In 2020, Greece established a military presence in Cyprus.')).toEqual([
      'DeploymentAnnounced|Greece|Cyprus|2020|null',
    ]);
  });

  it('given a base built, kept or planned, when read, then nothing is deployed', () => {
    expect(ofType('DeploymentAnnounced', 'In 2020, Greece built a base in Cyprus.')).toEqual([]);
    expect(ofType('DeploymentAnnounced', 'Greece maintains a base in Cyprus.')).toEqual([]);
    expect(ofType('DeploymentAnnounced', 'Greece plans to open a base in Cyprus.')).toEqual([]);
  });
});

describe('armed groups named by their shape', () => {
  const orgs = (text: string) =>
    analyze(article(text))
      .mentions.filter((m) => m.entry.kind === 'org')
      .map((m) => m.entry.name);

  it('reads operations rooms, military councils, Arabic-named groups and "Army of X" names as organizations', () => {
    expect(orgs('Fighters of the Quwat al-Sanadid and the Tel Abyad Military Council met the Army of Glory.')).toEqual([
      'Quwat al-Sanadid',
      'Tel Abyad Military Council',
      'Army of Glory',
    ]);
    expect(orgs('Rebels of the Northern Hills Operations Room attacked.')).toEqual(['Northern Hills Operations Room']);
  });

  it("leaves a state's units and sides to the state: numbered units, demonym-led names, historical sides", () => {
    expect(orgs('The 3rd Armoured Brigade and the Union Army and the Egyptian Republican Guard moved.')).toEqual([]);
  });

  it('reads no group from a count that opens a sentence before unit words ("Five Army brigades")', () => {
    expect(orgs('Five Army brigades will deploy to the south. Two Marine Corps battalions followed.')).toEqual([]);
  });

  it("reads no group inside a state's or a name's own unit (\"Chinese People's Volunteer Army\")", () => {
    expect(orgs("Chinese People's Volunteer Army troops and Hezbollah's Radwan Force moved.")).toEqual(['Hezbollah']);
  });

  it('reads no group inside a side\'s name, nor a kind of force ("Special Forces")', () => {
    expect(orgs('The National Defence Forces and the Special Forces and the Border Guards moved.')).toEqual([]);
  });

  it('takes a group name as the actor of a withdrawal', () => {
    expect(
      ofType('WithdrawalBegun', 'The Sheikh Maqsoud Operations Room withdrew from Tal Jabin in May 2016.'),
    ).toEqual(['WithdrawalBegun|Sheikh Maqsoud Operations Room|Tal Jabin|2016-05']);
  });

  it('reads capitalized U.S. service names with no state before them as the United States', () => {
    expect(ofType('WithdrawalBegun', 'The Marines were withdrawn from Grenada in December 1983.')).toEqual([
      'WithdrawalBegun|United States|Grenada|1983-12',
    ]);
  });
});

describe('names that carry rule words', () => {
  it('given an operation named with a modal word ("Hope"), when it sends troops, then the deployment stands', () => {
    expect(
      ofType('DeploymentAnnounced', 'Operation Lasting Hope sent 4,000 Dutch troops to Aruba in June 1961.'),
    ).toEqual(['DeploymentAnnounced|Netherlands|Aruba|1961-06|4000']);
  });

  it('given a mission named after its country, when it is disbanded, then only the mission is dissolved', () => {
    expect(
      ofType('EntityDissolved', 'The United Nations Observer Group in Nepal was disbanded in January 2011.'),
    ).toEqual(['EntityDissolved|United Nations Observer Group in Nepal|2011-01']);
  });

  it('given "the kingdom" after a named kingdom, when it is dissolved, then the named kingdom is', () => {
    expect(
      ofType('EntityDissolved', 'The Kingdom of Etruria was created in 1801. The kingdom was dissolved in 1807.'),
    ).toEqual(['EntityDissolved|Kingdom of Etruria|1807']);
  });
});

describe('present-tense reports, as current-events summaries write them', () => {
  it('given "completes its withdrawal", when read, then the withdrawal has begun', () => {
    expect(ofType('WithdrawalBegun', 'Norway completes its withdrawal from the Faroe Islands.', '2021-03-02')).toEqual([
      'WithdrawalBegun|Norway|Faroe Islands|2021-03-02',
    ]);
  });

  it('given a state that "announces that it will send" troops, when read, then the state is the actor', () => {
    expect(
      ofType('DeploymentAnnounced', 'Niger announces that it will send 900 troops to Benin.', '2021-03-02'),
    ).toEqual(['DeploymentAnnounced|Niger|Benin|2021-03-02|900']);
  });

  it('given a place inside a state named by its possessive, when read, then the inner place is the destination', () => {
    expect(
      ofType('DeploymentAnnounced', "Hundreds of Tanzanian soldiers arrive in Kenya's Lamu County.", '2021-03-02'),
    ).toEqual(['DeploymentAnnounced|Tanzania|Lamu County|2021-03-02|null']);
  });

  it('given a dissolved body followed by a lower-case phrase, when read, then the name ends with the body', () => {
    expect(
      ofType('EntityDissolved', 'The king dissolves the Chamber of Deputies ahead of early elections.', '2021-03-02'),
    ).toEqual(['EntityDissolved|Chamber of Deputies|2021-03-02']);
  });
});

describe('intransitive dissolutions', () => {
  it('given a state that "dissolved into" successors, when read, then the state is dissolved', () => {
    expect(
      ofType('EntityDissolved', 'The Mali Federation quietly dissolved into two states on 20 August 1960.'),
    ).toEqual(['EntityDissolved|Mali Federation|1960-08-20']);
  });

  it('given "X dissolved, and Y recognized …", when read, then Y is not dissolved', () => {
    expect(
      ofType('EntityDissolved', 'In 1960 the Mali Federation dissolved, and the United States recognized Senegal.'),
    ).toEqual(['EntityDissolved|Mali Federation|1960']);
  });

  it('given a named division that was discontinued, when read, then it is dissolved', () => {
    expect(ofType('EntityDissolved', 'The Division of Insular Trade was discontinued on 1 May 1952.')).toEqual([
      'EntityDissolved|Division of Insular Trade|1952-05-01',
    ]);
  });
});

describe('possessors, destinations and flights', () => {
  it("given a plural name's possessive, when its unit is disbanded, then the owner is not dissolved", () => {
    expect(extract("The council disbanded the Gabon Armed Forces' special battalion on Monday.", '2023-09-28')).toEqual(
      [],
    );
  });

  it('given "the country" after a destination named with "for", when resolved, then the destination is skipped', () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'BAMAKO, Oct 2 (Worldwire) - The last Swedish convoy left Mali for Niger on Monday. ' +
          'Sweden began withdrawing its 250 troops from the country in August.',
        '2023-10-02',
      ),
    ).toEqual(['WithdrawalBegun|Sweden|Mali|2023-08']);
  });

  it('given soldiers who flew out of a capital, when read, then the withdrawal from it has begun', () => {
    expect(
      ofType('WithdrawalBegun', 'The first 80 Belgian soldiers flew out of Bangui on Tuesday.', '2023-10-05'),
    ).toEqual(['WithdrawalBegun|Belgium|Bangui|2023-10-03']);
  });
});

describe('clause bounds', () => {
  it('given two clauses joined by "while", when the first names no place, then it does not borrow the second one', () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'Norway and Finland have already pulled most of their contingents out, while Irish peacekeepers left the town of Tyre under fire.',
        '2023-10-23',
      ),
    ).toEqual(['WithdrawalBegun|Ireland|Tyre|2023-10-23']);
  });

  it("given a state's army moving inside its own territory, when read loosely, then it is not a deployment", () => {
    expect(
      ofType('DeploymentAnnounced', 'Chilean army units had moved into Arica after the talks.', '2023-10-23'),
    ).toEqual([]);
  });
});

describe('places named by reference', () => {
  it('given "X Island … the island", when read, then the island is X Island even where GeoNames lacks it', () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'Greek forces seized Goat Island on 3 May 1921. They withdrew from the island on 9 June 1921.',
      ),
    ).toEqual(['WithdrawalBegun|Greece|Goat Island|1921-06-09']);
  });

  it('given "the colony" after a town in a place slot, when forces leave it, then the town is the place', () => {
    expect(
      ofType(
        'WithdrawalBegun',
        'Portugal sent troops to Bissau in 1915. Portuguese forces withdrew from the colony in 1974.',
      ),
    ).toEqual(['WithdrawalBegun|Portugal|Bissau|1974']);
  });

  it('never reads the English word "Island" as Iceland', () => {
    expect(analyze(article('They landed on Long Island.')).mentions.map((m) => m.entry.name)).not.toContain('Iceland');
  });
});

describe('one deployment told twice, and names that modify', () => {
  it('given a headline and a lede with the same actor, day and head count, when merged, then they are one event', () => {
    const text =
      'Korea to send 150 troops to Lebanon base\n\nSEOUL, Jan 10 (Worldwire) - South Korea on Friday approved ' +
      'sending about 150 troops to the Gulf of Aden region, the government said.';
    expect(ofType('DeploymentAnnounced', text, '2020-01-10')).toEqual([
      'DeploymentAnnounced|South Korea|Gulf of Aden|2020-01-10|150',
    ]);
  });

  it('reads "the Gulf of Guinea" as itself, not as "the Gulf"', () => {
    expect(analyze(article('Ships sailed to the Gulf of Guinea.')).mentions.map((m) => m.entry.name)).toEqual([
      'Gulf of Guinea',
    ]);
  });

  it('given "its Iraq reconstruction group", when it is dissolved, then Iraq is not', () => {
    expect(ofType('EntityDissolved', 'The government dissolved its Iraq reconstruction group in 2008.')).toEqual([]);
  });

  it("given Japan's Self-Defense Force troops, when they withdraw, then Japan is the actor", () => {
    expect(
      ofType('WithdrawalBegun', 'Ground Self-Defense Force troops withdrew from Juba in May 2017.', '2017-06-01'),
    ).toEqual(['WithdrawalBegun|Japan|Juba|2017-05']);
  });
});

describe('historical states, completed withdrawals and "by" dates', () => {
  it('knows former states and their demonyms: Austria-Hungary, the Ottoman Empire, South Vietnam', () => {
    expect(
      analyze(article('Austro-Hungarian and Ottoman troops met South Vietnamese officers.')).mentions.map(
        (m) => m.entry.name,
      ),
    ).toEqual(['Austria-Hungary', 'Ottoman Empire', 'South Vietnam']);
  });

  it('given "By <date> … had left", when read, then the date is when the withdrawal was done', () => {
    expect(ofType('WithdrawalBegun', 'By June 1962 all Dutch troops had left Western New Guinea.')).toEqual([
      'WithdrawalBegun|Netherlands|Western New Guinea|1962-06',
    ]);
  });

  it('keeps a "by" date before a plan as a deadline', () => {
    expect(ofType('DeploymentAnnounced', 'By June 2030 Estonia will send 40 troops to Cyprus.', '2029-01-01')).toEqual([
      'DeploymentAnnounced|Estonia|Cyprus|2029-01-01|40',
    ]);
  });

  it('given "ended its military presence in X", when read, then the withdrawal from X has begun', () => {
    expect(ofType('WithdrawalBegun', 'Portugal ended its military presence in Macau in December 1999.')).toEqual([
      'WithdrawalBegun|Portugal|Macau|1999-12',
    ]);
  });

  it('given an evacuation of troops stated as completed, when read, then it is a withdrawal', () => {
    expect(
      ofType('WithdrawalBegun', 'The evacuation of Greek troops from Smyrna was completed on 9 September 1922.'),
    ).toEqual(['WithdrawalBegun|Greece|Smyrna|1922-09-09']);
  });
});

describe('the wider gazetteer of states and armed movements', () => {
  it('reads former names of living states with their code, so their forces stay one actor', () => {
    const persia = analyze(article('Persian troops crossed into Herat.')).mentions[0]!.entry;
    expect([persia.name, persia.code]).toEqual(['Persia', 'IR']);
  });

  it('reads insurgencies and liberation movements as organizations that act', () => {
    expect(ofType('WithdrawalBegun', 'The Khmer Rouge withdrew from Pailin in August 1996.')).toEqual([
      'WithdrawalBegun|Khmer Rouge|Pailin|1996-08',
    ]);
  });
});

describe('entries of forces stated as nouns and joins', () => {
  it('given "launched a full-scale invasion of X", when read, then the invader deployed to X', () => {
    expect(
      ofType('DeploymentAnnounced', 'On 2 April 1982, Argentina launched a full-scale invasion of the Falklands.'),
    ).toEqual(['DeploymentAnnounced|Argentina|Falklands|1982-04-02|null']);
  });

  it('given an intervention only called for, when read, then there is no event', () => {
    expect(extract('Rebels called for an intervention in Chad by French forces in 1983.')).toEqual([]);
  });

  it('given soldiers who joined a mission in a place, when read, then they deployed there', () => {
    expect(
      ofType('DeploymentAnnounced', 'A company of 120 Nepali soldiers joined UNDOF in the Golan Heights in 1974.'),
    ).toEqual(['DeploymentAnnounced|Nepal|Golan Heights|1974|120']);
  });
});

describe('dissolutions told in the present', () => {
  it('given "officially ceases to exist", when read, then the entity is dissolved', () => {
    expect(ofType('EntityDissolved', 'The Republic of Ezo officially ceases to exist.', '1869-06-27')).toEqual([
      'EntityDissolved|Republic of Ezo|1869-06-27',
    ]);
  });
});

describe('what the loose deployment reader leaves alone', () => {
  it('given forces that "joined the revolt" where they stand, then no deployment', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'The 3rd Battalion mutinied at Colito, locking up its Belgian officers, and the 4th Battalion at Mbeya soon ' +
          'joined the revolt.',
        '2000-01-01',
      ),
    ).toEqual([]);
  });

  it('given forces that joined a force, then the loose reading stands', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'The 3rd Battalion mutinied at Colito, locking up its Belgian officers, and in May 1964 a Belgian battalion at ' +
          'Mbeya joined the UN force.',
        '2000-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Belgium|Mbeya|1964-05|null']);
  });

  it('given a place before the trigger inside a phrase of origin ("from British depots in Cyprus"), then no deployment', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'Cargo planes are carrying fuel from British depots in Cyprus to a Lebanese army base, and more helicopters ' +
          'were sent on 4 May 2006.',
        '2007-01-01',
      ),
    ).toEqual([]);
  });

  it('given a place before the trigger where forces stand, not whence things came, then it is still read', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'Soldiers in Cyprus, who had been sent from Britain, were reinforced on 4 May 2006 as more British troops were sent.',
        '2007-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Cyprus|2006-05-04|null']);
  });

  it('given forces "still stationed" somewhere, when read, then no deployment is reported', () => {
    expect(
      ofType('DeploymentAnnounced', 'About 900 Dutch soldiers are still stationed in Aruba.', '2020-01-01'),
    ).toEqual([]);
  });

  it('given contingents "being sent home", when read, then no deployment is reported', () => {
    expect(
      ofType(
        'DeploymentAnnounced',
        'The Kenyan contingents will regroup in Arusha before being sent home.',
        '2020-01-01',
      ),
    ).toEqual([]);
  });
});

describe('passives with a "by" agent', () => {
  it('given "X was evacuated by Y troops", when read, then Y withdrew from X', () => {
    expect(ofType('WithdrawalBegun', 'Tskhinvali was evacuated by Georgian troops on 10 August 2008.')).toEqual([
      'WithdrawalBegun|Georgia|Tskhinvali|2008-08-10',
    ]);
  });

  it('given "troops were deployed by X to Y", when read, then X is the actor', () => {
    expect(ofType('DeploymentAnnounced', 'Troops were deployed by Latvia to Kosovo in 2019.')).toEqual([
      'DeploymentAnnounced|Latvia|Kosovo|2019|null',
    ]);
  });

  it('given "peacekeepers were withdrawn by X from Y", when read, then X withdrew from Y', () => {
    expect(ofType('WithdrawalBegun', 'Peacekeepers were withdrawn by Austria from the Golan Heights in 2013.')).toEqual(
      ['WithdrawalBegun|Austria|Golan Heights|2013'],
    );
  });
});

describe('parliaments with names of their own', () => {
  it('given "the Bundestag voted to send" troops, when read, then Germany is the actor', () => {
    expect(ofType('DeploymentAnnounced', 'The Bundestag voted on 3 May 2013 to send 330 soldiers to Mali.')).toEqual([
      'DeploymentAnnounced|Germany|Mali|2013-05-03|330',
    ]);
  });

  it('given "the Sejm was dissolved", when read, then the Sejm itself is dissolved', () => {
    expect(ofType('EntityDissolved', 'The Sejm was dissolved on 7 September 2007.')).toEqual([
      'EntityDissolved|Sejm|2007-09-07',
    ]);
  });

  it('given a present-tense dissolution after "before", when read, then it has not happened yet', () => {
    expect(
      ofType('EntityDissolved', 'The bill needs three more votes before the Storting is formally dissolved.'),
    ).toEqual([]);
  });

  it('given a past-tense dissolution after "before", when read, then it has happened', () => {
    expect(ofType('EntityDissolved', 'The party ruled for decades before the Storting was dissolved in 1905.')).toEqual(
      ['EntityDissolved|Storting|1905'],
    );
  });
});

describe('a withdrawal announced, then said to have begun', () => {
  it('given troops "stationed in the country would leave", then "The withdrawal has begun", when read, then it began', () => {
    const text =
      "BANGUI, Dec 2 (Worldwire) - The Central African Republic's government said that the 600 Rwandan troops " +
      'stationed in the country would leave within weeks. "The withdrawal has begun," the minister said.';
    expect(ofType('WithdrawalBegun', text, '2024-12-02')).toEqual([
      'WithdrawalBegun|Rwanda|Central African Republic|2024-12-02',
    ]);
  });

  it('never reads "would leave" with no stated origin as begun on its own', () => {
    const text =
      "BANGUI, Dec 2 (Worldwire) - The Central African Republic's government said that the 600 Rwandan troops " +
      'stationed in the country would leave within weeks.';
    expect(ofType('WithdrawalBegun', text, '2024-12-02')).toEqual([]);
  });
});

describe('appositive places and reported withdrawals', () => {
  it('given "Russia\'s ally Belarus", when troops arrive there, then Belarus is the place', () => {
    expect(
      ofType('DeploymentAnnounced', "Armenian troops began arriving in France's ally Chad on 3 March 2019."),
    ).toEqual(['DeploymentAnnounced|Armenia|Chad|2019-03-03|null']);
  });

  it('given observers who "reported a withdrawal from X", when read, then the withdrawal is under way', () => {
    expect(
      ofType('WithdrawalBegun', 'Monitors reported a Belgian withdrawal from northern Kivu with a convoy at midnight.'),
    ).toEqual(['WithdrawalBegun|Belgium|Kivu|null']);
  });
});

describe('loose readers: a place governed by the next predicate', () => {
  it('never takes where forces withdrew to as where a relative clause sent them', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In 1979, Tanzanian troops and Ugandan exiles captured Kampala, and Libyan troops, who had been sent to support Amin, withdrew to Libya.',
        '2020-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Tanzania|Kampala|1979|null']);
  });
});

describe('loose deployments: where forces are based is not where they went', () => {
  it('given "units of X, headquartered in Y, intervened", then no deployment to Y', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In the battle for the town, units of the Russian 201st Division, headquartered in Dushanbe, intervened in 1992.',
        '2000-01-01',
      ),
    ).toEqual([]);
  });
});
