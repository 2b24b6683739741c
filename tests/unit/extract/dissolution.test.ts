import { describe, expect, it } from 'vitest';
import { extract, summary, summaryOf } from './helpers.ts';

const dateline = (body: string) => `Headline\n\nTUNIS, March 30 (Wire) - ${body}`;
const dissolutions = (text: string, published = '2022-03-30') =>
  extract(dateline(text), published).filter((e) => e.type === 'EntityDissolved');

describe('EntityDissolved', () => {
  it('finds a body dissolved by decree on the stated day', () => {
    expect(summary(dissolutions('President Ruto dissolved parliament on Wednesday.'))).toEqual([
      'EntityDissolved|parliament|2022-03-30',
    ]);
  });

  it('resolves "the alliance" to the named alliance', () => {
    const e = dissolutions(
      'On June 28, 1991, the members of Comecon adopted a resolution that dissolved the alliance.',
    );
    expect(summary(e)).toEqual(['EntityDissolved|Comecon|1991-06-28']);
  });

  it('prefers the date the dissolution takes effect and keeps the decision date', () => {
    const [e] = dissolutions(
      'The leader of the Republic of Nagorno-Karabakh signed a decree on September 28 to dissolve the unrecognized state from January 1, 2024.',
      '2024-04-17',
    );
    expect(e).toMatchObject({
      entity: { name: 'Republic of Nagorno-Karabakh' },
      occurredOn: '2024-01-01',
      effectiveOn: '2024-01-01',
      decidedOn: '2023-09-28',
    });
  });

  it('finds a reflexive dissolution by vote', () => {
    expect(summary(dissolutions("Greece's parliament voted on Thursday to dissolve itself.", '2022-06-30'))).toEqual([
      "EntityDissolved|Greece's parliament|2022-03-24",
    ]);
  });

  it('lists every entity of one order', () => {
    const e = dissolutions(
      'The decree dissolved the Ministry of Supply, the Ministry of Propaganda and the Palace Guard on May 23, 2003.',
    );
    expect(summary(e)).toEqual([
      'EntityDissolved|Ministry of Supply|2003-05-23',
      'EntityDissolved|Ministry of Propaganda|2003-05-23',
      'EntityDissolved|Palace Guard|2003-05-23',
    ]);
  });

  it('keeps the modifiers of a generic body ("the lower house", "the interim government")', () => {
    expect(summary(dissolutions("Thailand's king dissolved the lower house on Friday."))).toEqual([
      'EntityDissolved|lower house|2022-03-25',
    ]);
    expect(summary(dissolutions('The interim government was dissolved by the military council on Sunday.'))).toEqual([
      'EntityDissolved|interim government|2022-03-27',
    ]);
  });

  it('reads "X announced its dissolution" as X dissolving itself, naming X before its acronym', () => {
    expect(summary(dissolutions("The Kurdistan Workers' Party (PKK) announced its dissolution on Monday."))).toEqual([
      "EntityDissolved|Kurdistan Workers' Party|2022-03-28",
    ]);
    expect(dissolutions('The rebels denied reports of their dissolution.')).toEqual([]);
  });

  it('finds a state that ceased to exist', () => {
    expect(summary(dissolutions('By the end of December 1991 the Soviet Union had ceased to exist.'))).toEqual([
      'EntityDissolved|Soviet Union|1991-12',
    ]);
  });

  it.each([
    ['a bill', 'The government will table a bill to dissolve the senate next month.'],
    ['a proposal', 'The opposition proposed dissolving the National Assembly.'],
    ['an adjective', 'Members of the dissolved assembly protested outside.'],
    ['a lack of power', 'The charter does not give the governor the power to dissolve the council.'],
    ['a future step', 'The Knesset is expected to be dissolved before the end of the month.'],
    ['a person', 'The office held by Ahmed Saleh ceased to exist.'],
    ['a threat to dissolve itself', 'The Liberation League threatened it would dissolve itself in 1990.'],
    ['a conditional self-dissolution', 'The Liberation League announced it would dissolve itself if the vote failed.'],
    ['a part of a body', 'The Liberation League announced it would disband its armed wing in 1990.'],
  ])('ignores %s', (_what, sentence) => {
    expect(dissolutions(sentence)).toEqual([]);
  });

  it("takes a body's own declaration that it has dissolved, or will, as the decision", () => {
    expect(summary(dissolutions('The Liberation League announced that it had dissolved itself in May 1990.'))).toEqual([
      'EntityDissolved|Liberation League|1990-05',
    ]);
    expect(
      summary(dissolutions('The Republic of Ruritania declared it would cease to exist on 1 March 1990.')),
    ).toEqual(['EntityDissolved|Republic of Ruritania|1990-03-01']);
  });

  it('gives one dissolution per name of a coordinated subject', () => {
    expect(
      summary(
        dissolutions('The Northern League, the Baltic Council and the Union of Eastern States were dissolved in 1991.'),
      ).sort(),
    ).toEqual([
      'EntityDissolved|Baltic Council|1991',
      'EntityDissolved|Northern League|1991',
      'EntityDissolved|Union of Eastern States|1991',
    ]);
  });

  it('reads a unit deactivated in the passive, and a state named inside a longer name as part of that name', () => {
    expect(summary(dissolutions('The 4th Armored Division was inactivated in 1971.'))).toEqual([
      'EntityDissolved|4th Armored Division|1971',
    ]);
    expect(
      summary(dissolutions('The Provisional Government of the Republic of Latvia was disbanded in 1920.')),
    ).toEqual(['EntityDissolved|Provisional Government of the Republic of Latvia|1920']);
    expect(summary(dissolutions('Engineers deactivated the mines in 1971.'))).toEqual([]);
  });

  it('reads a named body that "ended", but not a presence or a session that ended', () => {
    expect(summary(dissolutions('The British Mandate for Iraq and the Jazira ended in 1932.'))).toEqual([
      'EntityDissolved|British Mandate for Iraq and the Jazira|1932',
    ]);
    expect(dissolutions('The Polish military presence in Iraq ended in 2008.')).toEqual([]);
    expect(dissolutions('The Security Council ended its session on Friday.')).toEqual([]);
  });

  it('does not take "the office" for an unknown name that lacks the word', () => {
    expect(
      dissolutions('Its functions were transferred to the Department of Commerce, and the office was abolished.'),
    ).toEqual([]);
  });

  it('reads a vote to disperse as a decision, dated by its own day and not by the election it calls', () => {
    expect(summary(dissolutions('The Sejm voted to disperse on Monday, setting elections on April 20.'))).toEqual([
      'EntityDissolved|Sejm|2022-03-28',
    ]);
    expect(dissolutions('Police dispersed the protesters on Monday.')).toEqual([]);
  });

  it("names a body a state owns by its own name ('Chad's National Election Commission')", () => {
    expect(summary(dissolutions("The junta dissolved Chad's National Election Commission on Monday."))).toEqual([
      'EntityDissolved|National Election Commission|2022-03-28',
    ]);
  });

  it('ends a name at the lower-case word after it ("the lower house of the Diet ahead of …")', () => {
    expect(summary(dissolutions('The premier dissolved the lower house of the Diet ahead of a snap vote.'))).toEqual([
      'EntityDissolved|lower house of the Diet|2022-03-30',
    ]);
  });

  it('ends a name at a verb after it, by the word classes of the lexicon', () => {
    expect(summary(dissolutions('The dissolution of the Northern Council followed on 26 December 1991.'))).toEqual([
      'EntityDissolved|Northern Council|1991-12-26',
    ]);
    expect(dissolutions('The dissolution of the Northern Council building followed on 26 December 1991.')).toEqual([]);
  });

  it('does not take advocacy of a dissolution for one, nor a date inside a relative clause after it', () => {
    expect(dissolutions('Nationalists increasingly supported the dissolution of the Federation of Arabia.')).toEqual(
      [],
    );
    expect(
      summary(
        dissolutions('The Northern League was dissolved on 2 May 1990, a body that the rebels had joined on 9 May.'),
      ),
    ).toEqual(['EntityDissolved|Northern League|1990-05-02']);
  });

  it('reads a one-word name after "the" that the gazetteer does not know as the body dissolved', () => {
    expect(summary(dissolutions('The Cominterna was dissolved in May 1943.'))).toEqual([
      'EntityDissolved|Cominterna|1943-05',
    ]);
  });

  it('reads territories, zones and colonies as dissolvable bodies', () => {
    expect(summary(dissolutions('The Trust Territory of the Western Isles was dissolved in 1971.'))).toEqual([
      'EntityDissolved|Trust Territory of the Western Isles|1971',
    ]);
  });

  it('merges two names of one entity into one event', () => {
    const e = dissolutions(
      'Saied dissolved parliament on Wednesday. A decree dissolving the Assembly of the Representatives of the People was published.',
    );
    expect(e).toHaveLength(1);
  });

  it('reads a named body that "came to an end", and not a war that did', () => {
    expect(summary(dissolutions('The Central African Federation came to an end on 31 December 1963.'))).toEqual([
      'EntityDissolved|Central African Federation|1963-12-31',
    ]);
    expect(summary(dissolutions('The war came to an end in May 1945.'))).toEqual([]);
  });

  it('reads a named body "shut down", never a facility', () => {
    expect(summary(dissolutions('Parliament shut down the Bureau of Prohibition in 1934.'))).toEqual([
      'EntityDissolved|Bureau of Prohibition|1934',
    ]);
    expect(summary(dissolutions('The authorities shut down Kabul airport in August 2021.'))).toEqual([]);
  });

  it('reads a state that split into others, not a party that split', () => {
    expect(summary(dissolutions('Czechoslovakia split into two states on 1 January 1993.'))).toEqual([
      'EntityDissolved|Czechoslovakia|1993-01-01',
    ]);
    expect(summary(dissolutions('The Labour Party split into two factions in 1931.'))).toEqual([]);
  });

  it('reads a second predicate of the body that opens the sentence', () => {
    expect(
      summary(
        dissolutions('The Baltic Entente met one last time in March 1940 and formally dissolved itself on 2 May 1940.'),
      ),
    ).toEqual(['EntityDissolved|Baltic Entente|1940-05-02']);
  });

  it('never dissolves the parties named after "between"', () => {
    expect(summary(dissolutions('The customs union between Estonia and Latvia was dissolved in 1940.'))).toEqual([]);
  });
});

describe('EntityDissolved: appositives', () => {
  it('never reads an appositive describing the body dissolved as a second body', () => {
    expect(
      summary(
        dissolutions('The court dissolved the Green Justice Party, the armed wing of the Northern Union, on Monday.'),
      ).filter((line) => line.includes('wing')),
    ).toEqual([]);
  });
});

describe('EntityDissolved: reference-work phrasings', () => {
  it('reads "United Provinces" as a body, and "it" after a subordinator as the body named before', () => {
    expect(summary(dissolutions('The United Provinces of the River Plate dissolved in 1831.'))).toEqual([
      'EntityDissolved|United Provinces of the River Plate|1831',
    ]);
    expect(
      summary(dissolutions('The Republic of Zamboanga existed for two years before it was disbanded in May 1903.')),
    ).toEqual(['EntityDissolved|Republic of Zamboanga|1903-05']);
  });

  it('reads bodies that "ceased to exist as separate departments", not forces that ceased to exist as a force', () => {
    expect(
      summary(
        dissolutions('The Bureau of Mines and the Bureau of Fisheries ceased to exist as separate agencies in 1996.'),
      ),
    ).toEqual(['EntityDissolved|Bureau of Mines|1996', 'EntityDissolved|Bureau of Fisheries|1996']);
    expect(summary(dissolutions('The Republican Guard ceased to exist as a fighting force in April 2003.'))).toEqual(
      [],
    );
  });
});

describe('EntityDissolved: chambers of one legislature', () => {
  it('keeps two chambers named apart as two bodies, and a parliament named twice as one', () => {
    expect(
      summary(dissolutions('The junta said the Senate and the National Assembly had been dissolved on Monday.')),
    ).toHaveLength(2);
    expect(
      summary(
        dissolutions(
          'The president dissolved parliament on Monday. The decree dissolving the National Assembly was published.',
        ),
      ),
    ).toHaveLength(1);
  });
});

describe('EntityDissolved: a declaration dated before its clause', () => {
  it('reads "announced in September that it would dissolve itself", dated by when it takes effect', () => {
    expect(
      summary(
        dissolutions(
          'The self-declared Republic of Gagauzia announced in September that it would dissolve itself by Jan. 1.',
        ),
      ),
    ).toEqual(['EntityDissolved|Republic of Gagauzia|2022-01-01']);
  });
});

describe('EntityDissolved: terms of office', () => {
  it("never reads a leader's administration coming to an end as a body dissolved", () => {
    expect(summary(dissolutions('The Nixon Administration came to an end in August 1974.'))).toEqual([]);
  });
});

describe('EntityDissolved: names and predicates around the verb', () => {
  it('reads the polity a lower-case state head names ("the puppet state of X, which was dissolved")', () => {
    expect(
      summary(dissolutions('In 1939 the army set up the client state of Ruritania, which was dissolved in 1944.')),
    ).toEqual(['EntityDissolved|Ruritania|1944']);
  });

  it('never reads the state whose body was dissolved ("the government of X") as the state', () => {
    expect(summary(dissolutions('The government of Ecuador was dissolved in 1999.'))).toEqual([]);
    expect(summary(dissolutions('Envoys from the kingdom of Ruritania were disbanded in 1944.'))).toEqual([]);
  });

  it('gives a second predicate the subject of the first ("which was renamed … and dissolved")', () => {
    expect(
      summary(dissolutions('The treaty set up the Amber Pact, which was renamed AMPO in 1961 and disbanded in 1977.')),
    ).toEqual(['EntityDissolved|Amber Pact|1977']);
    expect(
      summary(
        dissolutions('The Grand Duchy of Lowland lasted until 1866, when it was partitioned and ceased to exist.'),
      ),
    ).toEqual(['EntityDissolved|Grand Duchy of Lowland|1866']);
  });

  it('keeps a name joined by a dash whole ("Dano–Norwegian Union")', () => {
    expect(summary(dissolutions('The Dano–Norwegian Union was dissolved in 1814.'))).toEqual([
      'EntityDissolved|Dano–Norwegian Union|1814',
    ]);
  });

  it('takes the day that refines the year of the same dissolution', () => {
    expect(
      summary(
        dissolutions(
          'In 1978 the assembly voted to dissolve the Western Federation, which ceased to exist on 3 March.',
        ),
      ),
    ).toEqual(['EntityDissolved|Western Federation|1978-03-03']);
  });
});

describe('EntityDissolved: polities, leanings, missions closed and years of happenings', () => {
  const plain = (text: string) => extract(text, '2024-09-01').filter((e) => e.type === 'EntityDissolved');

  it('reads a polity named by a lower-case head after its name ("the Kamo shogunate")', () => {
    expect(summary(plain('The Kamo shogunate was abolished in 1867.'))).toEqual([
      'EntityDissolved|Kamo shogunate|1867',
    ]);
    expect(summary(plain('The assembly abolished the Khedival sultanate in 1953.'))).toEqual([
      'EntityDissolved|Khedival sultanate|1953',
    ]);
  });

  it('leaves a leaning before the name out of it', () => {
    expect(summary(plain('A court shut down the pro-Basque Unity Party in March 2003.'))).toEqual([
      'EntityDissolved|Unity Party|2003-03',
    ]);
    expect(summary(plain('The junta dissolved the anti-war Liberty Front in 1974.'))).toEqual([
      'EntityDissolved|Liberty Front|1974',
    ]);
  });

  it('reads a mission or operation that closed, never a place that closed', () => {
    expect(summary(plain('The UN Mission in Timor closed on 20 May 2005.'))).toEqual([
      'EntityDissolved|UN Mission in Timor|2005-05-20',
    ]);
    expect(summary(plain('The consulate was closed in 2012. The port closed on Monday.'))).toEqual([]);
  });

  it('dates a sentence without a date by the year of the happening it names', () => {
    expect(summary(plain('The Bureau of Surveys was abolished in a 1953 reorganization.'))).toEqual([
      'EntityDissolved|Bureau of Surveys|1953',
    ]);
  });
});

describe('EntityDissolved: a name set off by commas', () => {
  it('reads the name after its description as the subject ("The previous mission, X, ended")', () => {
    expect(
      summary(extract('The earlier UN observer mission, UNOMSIL, ended in 1999 after a year.', '2024-01-01')),
    ).toEqual(['EntityDissolved|UNOMSIL|1999']);
  });
});

describe('EntityDissolved: dates after "to"', () => {
  it('never dates a happening by the target of another verb ("postpones the vote to early 2027")', () => {
    expect(
      summary(
        extract(
          "Freedonia's Reform Council rejects the charter. This dissolves the Reform Council and postpones the vote to early 2027.",
          '2025-03-02',
        ),
      ),
    ).toEqual(['EntityDissolved|Reform Council|2025-03-02']);
  });
});

describe('EntityDissolved: decisions and declarations of a body about itself', () => {
  const plain = (text: string) => extract(text, '2025-05-13').filter((e) => e.type === 'EntityDissolved');

  it('reads "decided to dissolve itself" as the decision taken, not a conditional or negated one', () => {
    expect(
      summary(plain('The Ruritanian Workers League said in March that it had decided to dissolve itself.')),
    ).toEqual(['EntityDissolved|Ruritanian Workers League|2025-03']);
    expect(summary(plain('The Ruritanian Workers League has not decided to dissolve itself.'))).toEqual([]);
  });

  it('reads "announced its final dissolution" and an association as a body', () => {
    expect(summary(plain('The Highland Front announced its final dissolution in May 2019.'))).toEqual([
      'EntityDissolved|Highland Front|2019-05',
    ]);
    expect(summary(plain('The Freedonian Lawyers Association voted to dissolve itself in 2021.'))).toEqual([
      'EntityDissolved|Freedonian Lawyers Association|2021',
    ]);
  });
});

describe('EntityDissolved: terms are not facts', () => {
  it('never reads an indefinite "a dissolution of X" in the terms of a deal as X dissolved', () => {
    expect(
      summary(
        extract(
          'The two sides reached a deal under which the rebels withdraw, as well as a dissolution of the Northern Council.',
          '2020-01-01',
        ),
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: coordinated bodies', () => {
  const inText = (text: string) =>
    summary(extract(text, '2020-01-01').filter((e) => e.type === 'EntityDissolved')).map((e) =>
      e.split('|').slice(0, 2).join('|'),
    );

  it('gives one dissolution per body of a coordinated subject of known bodies', () => {
    expect(inText('In 1991 the Warsaw Pact and the CMEA were both dissolved.').sort()).toEqual([
      'EntityDissolved|Comecon',
      'EntityDissolved|Warsaw Pact',
    ]);
  });

  it('keeps one name where the first body is the object of its preposition', () => {
    expect(inText('The Federation of Rhodesia and Nyasaland was dissolved in 1963.')).toEqual([
      'EntityDissolved|Federation of Rhodesia and Nyasaland',
    ]);
  });

  it('reads shared-head lists as subjects and with a lower-case head or a dashed modifier', () => {
    expect(inText('The Austrian, Prussian and French Empires were dissolved in the end.')).toEqual([
      'EntityDissolved|Austrian Empire',
      'EntityDissolved|Prussian Empire',
      'EntityDissolved|French Empire',
    ]);
    expect(
      inText('The treaty confirmed the dissolution of the Russian, German, and Austro-Hungarian empires.'),
    ).toEqual(['EntityDissolved|Russian Empire', 'EntityDissolved|German Empire', 'EntityDissolved|Austria-Hungary']);
  });
});

describe('EntityDissolved: "it" after a semicolon', () => {
  it('takes the body the clause before the semicolon named', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Joint Control Board was set up in 1946; it was dissolved in 1952.',
        '2020-01-01',
      ),
    ).toEqual(['EntityDissolved|Joint Control Board|1952']);
  });
});

describe('EntityDissolved: descriptions before a name', () => {
  it('leaves a lower-case description out of the dissolved name', () => {
    const names = (text: string) =>
      summary(extract(text, '2020-01-01').filter((e) => e.type === 'EntityDissolved')).map((e) => e.split('|')[1]);
    expect(names('A court dissolved the outlawed Democratic Union Party in May 2011.')).toEqual([
      'Democratic Union Party',
    ]);
    expect(names('The tribunal ordered the dissolution of the ruling Popular Alliance Party.')).toEqual([
      'Popular Alliance Party',
    ]);
  });
});

describe('EntityDissolved: an institution that owns what is dissolved', () => {
  it('never names the owner ("the cabinet\'s committee")', () => {
    expect(
      summaryOf('EntityDissolved', "The prime minister dissolved the cabinet's security committee.", '2020-01-01'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: bodies named without a head word', () => {
  const names = (text: string) =>
    summary(extract(text, '2020-01-01').filter((e) => e.type === 'EntityDissolved')).map((e) => e.split('|')[1]);

  it('reads a run of capitalized words that disbands itself as a body', () => {
    expect(names('The Kata Hari Mudra formally disbanded in 2011.')).toEqual(['Kata Hari Mudra']);
  });

  it('gives a subject banned and dissolved its dissolution', () => {
    expect(names('In May 1933 the Social Democratic Party was banned and dissolved.')).toEqual([
      'Social Democratic Party',
    ]);
  });
});

describe('EntityDissolved: a summary of the day in the present tense', () => {
  it('reads "announces that it has dissolved itself" as the body declaring its dissolution', () => {
    expect(
      summaryOf('EntityDissolved', 'The Popular Liberation Front announces that it has dissolved itself.'),
    ).toEqual(['EntityDissolved|Popular Liberation Front|2020-01-01']);
  });
});

describe('EntityDissolved: which sitting of an institution', () => {
  it('leaves "previous", "outgoing" and the like out of the institution dissolved', () => {
    expect(summaryOf('EntityDissolved', 'The president dissolved the outgoing cabinet in May 2020.')).toEqual([
      'EntityDissolved|cabinet|2020-05',
    ]);
  });
});

describe('EntityDissolved: a mission ended by decision', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2024-01-01');

  it('given a mission ended, or a vote to end it, when read, then the mission is dissolved', () => {
    expect(inText('The Security Council ended UNAMID on 31 December 2020.')).toEqual([
      'EntityDissolved|UNAMID|2020-12-31',
    ]);
    expect(inText('In June 2023 the Security Council voted to end MINUSMA.')).toEqual([
      'EntityDissolved|MINUSMA|2023-06',
    ]);
  });

  it('given a call to end a mission, or an end of something else, when read, then nothing is dissolved', () => {
    expect(inText('Protesters urged the Security Council to end MINUSMA in 2023.')).toEqual([]);
    expect(inText('The council voted to end the war in 2023.')).toEqual([]);
    expect(inText('Mali ended its cooperation with MINUSMA in 2023.')).toEqual([]);
  });
});

describe('EntityDissolved: regiments by their arm, and prepositions after an intransitive "dissolved"', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2024-01-01');

  it('given a regiment named by its arm, when disbanded, then it is dissolved', () => {
    expect(inText('The Royal Munster Fusiliers were disbanded in 1922.')).toEqual([
      'EntityDissolved|Royal Munster Fusiliers|1922',
    ]);
  });

  it('given "X dissolved after the war", when read, then the war is not dissolved', () => {
    expect(inText('The Austro-Hungarian Empire dissolved after the First World War.')).toEqual([
      'EntityDissolved|Austria-Hungary|2024-01-01',
    ]);
  });
});

describe('EntityDissolved: a body that ceased operations or ceased to function', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2024-01-01');

  it('given a named agency or mission that ceased operations, when read, then it is dissolved', () => {
    expect(inText('The Foreign Operations Administration ceased operations on June 30, 1955.')).toEqual([
      'EntityDissolved|Foreign Operations Administration|1955-06-30',
    ]);
    expect(inText('UNAMID ceased to function on 31 December 2020.')).toEqual(['EntityDissolved|UNAMID|2020-12-31']);
  });

  it('given a factory that ceased operations, when read, then no entity of interest is dissolved', () => {
    expect(inText('The factory ceased operations in 2019.')).toEqual([]);
  });
});

describe('EntityDissolved: names with a place, relative clauses after a date, other ways of ending', () => {
  const ended = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given a body named "for" a place, when it ends, then the whole name is the entity, never the place', () => {
    expect(ended('The Inter-Allied Rhineland Commission for Germany ceased to function in 1930.')).toEqual([
      'EntityDissolved|Inter-Allied Rhineland Commission for Germany|1930',
    ]);
  });

  it('never reads a state inside a phrase after a common noun as the body dissolved', () => {
    expect(ended('The customs union with Liechtenstein was dissolved in 1919.')).toEqual([]);
  });

  it('given ", which was abolished" after a dated clause, then the body named before the date is abolished', () => {
    expect(ended('Congress set up the Bureau of Corporations in 1903, which was thereby abolished in 1915.')).toEqual([
      'EntityDissolved|Bureau of Corporations|1915',
    ]);
  });

  it('given a date fronted before the body, when a second predicate ends it, then the body is its subject', () => {
    expect(
      ended('In 1953, the Point Four Board was merged into the Foreign Operations Administration and ceased to exist.'),
    ).toEqual(['EntityDissolved|Point Four Board|1953']);
  });

  it('reads "went out of existence" and "closed down" of a named body', () => {
    expect(ended('The Office of Civilian Defense itself went out of existence on June 30, 1945.')).toEqual([
      'EntityDissolved|Office of Civilian Defense|1945-06-30',
    ]);
    expect(ended("Ankara's Constitutional Court closed down the Virtue Party in June 2001.")).toEqual([
      'EntityDissolved|Virtue Party|2001-06',
    ]);
    expect(ended('The cafe closed down in 2010.')).toEqual([]);
  });
});

describe('EntityDissolved: objects listed, institutions of a people, bodies declared defunct', () => {
  const ended = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given an active dissolution of a list, then each body listed is dissolved', () => {
    expect(ended('The Allied authorities dissolved the German army and the Nazi Party in 1945.')).toEqual([
      'EntityDissolved|German army|1945',
      'EntityDissolved|Nazi Party|1945',
    ]);
  });

  it('never takes what follows a bare comma as another object', () => {
    expect(ended('The decree abolished the Ministry of Supply, the agency said on 3 May 1955.')).toEqual([
      'EntityDissolved|Ministry of Supply|1955-05-03',
    ]);
  });

  it('given a body declared defunct in the passive, then it is dissolved, named in full', () => {
    expect(ended('The Central Treaty Organization was formally declared defunct in March 1979.')).toEqual([
      'EntityDissolved|Central Treaty Organization|1979-03',
    ]);
    expect(ended('The Western European Union was declared dissolved on 30 June 2011.')).toEqual([
      'EntityDissolved|Western European Union|2011-06-30',
    ]);
  });
});

describe('EntityDissolved: a mandated body whose mission or mandate ended', () => {
  const ended = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given a mission the gazetteer knows, when its mission or mandate ends, then it is dissolved', () => {
    expect(ended("IFOR's mission ended in December 1996.")).toEqual(['EntityDissolved|IFOR|1996-12']);
    expect(ended('The mandate of UNOSOM ended in March 1995.')).toEqual(['EntityDissolved|UNOSOM|1995-03']);
    expect(ended('IFOR ended its mission in December 1996.')).toEqual(['EntityDissolved|IFOR|1996-12']);
    expect(ended('UNAMIR formally ended its operations on 8 March 1996.')).toEqual([
      'EntityDissolved|UNAMIR|1996-03-08',
    ]);
  });

  it('never dissolves a state or a person whose mission ended', () => {
    expect(ended('Belgium ended its mission in Rwanda in April 1994.')).toEqual([]);
    expect(ended("The envoy's mission ended in failure.")).toEqual([]);
  });
});

describe('EntityDissolved: a dissolution "by" a date', () => {
  it('given a body that declared it would dissolve itself by a date, then the dissolution takes effect that day', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Republic of Serbian Krajina announced it would dissolve itself by 15 January 1998.',
        '1997-11-01',
      ),
    ).toEqual(['EntityDissolved|Republic of Serbian Krajina|1998-01-15']);
  });
});

describe("EntityDissolved: a polity's institution named by its head alone", () => {
  it('given "the Caliphate" after the empire it belonged to, then it is named with that empire\'s qualifier', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Ottoman Empire signed the armistice in 1918. The Caliphate was abolished on 3 March 1924.',
        '2020-01-01',
      ),
    ).toEqual(['EntityDissolved|Ottoman Caliphate|1924-03-03']);
  });
});

describe('EntityDissolved: a body just founded, referred to as "it" or "the bureau"', () => {
  const ended = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given a founding sentence, when the next abolishes "it", then the body founded is abolished', () => {
    expect(
      ended(
        'The War Refugee Board was established in January 1944. Truman abolished it by Executive Order 9614 in September 1945.',
      ),
    ).toEqual(['EntityDissolved|War Refugee Board|1945-09']);
  });

  it('never takes "it" for a body that the sentence before did not found', () => {
    expect(ended('The War Refugee Board launched a campaign in 1944. Congress abolished it in 1945.')).toEqual([]);
  });

  it('given a sentence opening with "the bureau", when a second predicate ends it, then the bureau named before ends', () => {
    expect(
      ended(
        'The Bureau of Cultural Affairs was created in 1960. In 1978, the bureau was merged with the Agency to form a new office and ceased to exist.',
      ),
    ).toEqual(['EntityDissolved|Bureau of Cultural Affairs|1978']);
  });
});

describe('EntityDissolved: a body named after its description, and a vote that failed', () => {
  const ended = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given "the main opposition party, the X Party," as the object, then X is dissolved', () => {
    expect(
      ended(
        "Turkey's Constitutional Court dissolved the main Kurdish party, the People's Democracy Party, in March 2003.",
      ),
    ).toEqual(["EntityDissolved|People's Democracy Party|2003-03"]);
  });

  it('never reads a vote to dissolve that failed as a dissolution', () => {
    expect(ended('The Knesset voted to dissolve itself in May 2012, but the bill was defeated.')).toEqual([]);
  });
});

describe('EntityDissolved: a long description of a body set off between its name and the verb', () => {
  const ended = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given a name, a description of a body holding commas, then the passive, then the named body ended', () => {
    expect(
      ended(
        "Ruritania's Office of Public Order, the long-hated police bureau known for the arrests of poets, monks and students, was abolished on 3 March 2019.",
      ),
    ).toEqual(['EntityDissolved|Office of Public Order|2019-03-03']);
  });

  it('never ends the name when the part set off is no description of a body', () => {
    expect(
      ended(
        'The Office of Public Order, the minister said on Monday in a speech to judges, monks and students, was abolished on 3 March 2019.',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a gendarmerie or constabulary named as a body', () => {
  it('given "the X Gendarmerie, which was disbanded", then the gendarmerie ended', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The frontier corps replaced the Ruritanian Gendarmerie, which was disbanded in March 1931.',
        '2020-01-01',
      ),
    ).toEqual(['EntityDissolved|Ruritanian Gendarmerie|1931-03']);
    expect(
      summaryOf('EntityDissolved', 'The Upper Valley Constabulary was disbanded on 2 May 1952.', '2020-01-01'),
    ).toEqual(['EntityDissolved|Upper Valley Constabulary|1952-05-02']);
  });

  it('never ends gendarmerie units named in lower case', () => {
    expect(summaryOf('EntityDissolved', 'Two gendarmerie units were disbanded on 2 May 1952.', '2020-01-01')).toEqual(
      [],
    );
  });
});

describe('EntityDissolved: a state that collapsed or disintegrated', () => {
  const ended = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given a dated collapse of a state, or a state that disintegrated, then the state ended', () => {
    expect(ended('After the collapse of the Russian Empire in 1917, Finland declared independence.')).toEqual([
      'EntityDissolved|Russian Empire|1917',
    ]);
    expect(ended('The Central African Federation disintegrated in December 1963.')).toEqual([
      'EntityDissolved|Central African Federation|1963-12',
    ]);
  });

  it('never ends a state that collapsed into war, a ceasefire or government that collapsed, or an undated collapse', () => {
    expect(ended('Lebanon collapsed into civil war in 1975.')).toEqual([]);
    expect(ended('The ceasefire collapsed in March 2015.')).toEqual([]);
    expect(ended('It was the largest deployment since the collapse of the Soviet Union.')).toEqual([]);
  });

  it('never ends a state named inside the modifier of talks that collapsed, or the object of a gerund', () => {
    expect(ended('Negotiations aimed at reuniting Moldova collapsed in June 2019.')).toEqual([]);
    expect(ended('Hopes of rebuilding Yugoslavia collapsed in May 1992.')).toEqual([]);
    // Near-miss: the state itself is the subject, after a fronted clause.
    expect(ended('After years of unrest, the Central African Federation collapsed in December 1963.')).toEqual([
      'EntityDissolved|Central African Federation|1963-12',
    ]);
  });
});

describe('EntityDissolved: a named body phased out, and a body transferred to a bureau', () => {
  it('given a named body phased out, then it ended; never subsidies or equipment phased out', () => {
    expect(
      summaryOf('EntityDissolved', 'The Division of Current Information was phased out in 1944.', '2020-01-01'),
    ).toEqual(['EntityDissolved|Division of Current Information|1944']);
    expect(summaryOf('EntityDissolved', 'The government phased out fuel subsidies in 2015.', '2020-01-01')).toEqual([]);
  });

  it('never reads a division moved to a bureau as forces deployed to a place', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Visa Division was transferred to the Bureau of Security in 1955.',
        '2020-01-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a body wound up', () => {
  it('given a named body that was wound up, when read, then it was dissolved on that date', () => {
    expect(
      summaryOf('EntityDissolved', 'The Mixed Claims Commission was wound up on 30 June 1939.', '2020-01-01'),
    ).toEqual(['EntityDissolved|Mixed Claims Commission|1939-06-30']);
  });

  it('given a winding up only proposed or a wound soldier, when read, then nothing was dissolved', () => {
    expect(
      summaryOf('EntityDissolved', 'The Mixed Claims Commission may be wound up next year.', '2020-01-01'),
    ).toEqual([]);
    expect(summaryOf('EntityDissolved', 'The Commission was wound by the criticism in 1939.', '2020-01-01')).toEqual(
      [],
    );
  });
});

describe("EntityDissolved: a body owned by 'the country', and UN missions ended by vote", () => {
  it("given 'the country's' before a body, when read, then the body is named without its referring owner", () => {
    expect(
      summaryOf('EntityDissolved', "Mali's junta dissolved the country's electoral commission in 2022.", '2020-01-01'),
    ).toEqual(['EntityDissolved|electoral commission|2022']);
    expect(
      summaryOf('EntityDissolved', "The decree dissolved the nation's security agencies on 3 May 2001.", '2020-01-01'),
    ).toEqual(['EntityDissolved|security agencies|2001-05-03']);
  });

  it('given a vote or decision to end a UN mission (present tense, determiner, "the mandate of"), then it ends', () => {
    expect(summaryOf('EntityDissolved', 'The Security Council votes to end the UNMIK mission.', '2024-03-02')).toEqual([
      'EntityDissolved|UNMIK|2024-03-02',
    ]);
    expect(
      summaryOf(
        'EntityDissolved',
        'The Security Council decided to end the mandate of UNMIL in March 2018.',
        '2020-01-01',
      ),
    ).toEqual(['EntityDissolved|UNMIL|2018-03']);
  });

  it('never ends a mission on a vote only planned', () => {
    expect(
      summaryOf('EntityDissolved', 'The council may vote to end the UNMIK mission next year.', '2024-03-02'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a mission or service terminated, never a treaty', () => {
  it('given "the mission was terminated" after a mission and the organization running it, then the mission ended', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Security Council set up UNTAG in 1978, and UN troops reached Windhoek in April 1989. ' +
          'The mission was terminated in March 1990.',
        '2020-01-01',
      ),
    ).toEqual(['EntityDissolved|UNTAG|1990-03']);
  });

  it('given a named service terminated in the passive, then it was dissolved', () => {
    expect(
      summaryOf('EntityDissolved', 'The Foreign Broadcast Service was terminated on June 30, 1947.', '2020-01-01'),
    ).toEqual(['EntityDissolved|Foreign Broadcast Service|1947-06-30']);
  });

  it('never reads a treaty, agreement or programme terminated as a body dissolved', () => {
    expect(
      summaryOf('EntityDissolved', 'The Mutual Security Treaty was terminated on 1 January 1980.', '2020-01-01'),
    ).toEqual([]);
    expect(summaryOf('EntityDissolved', 'The Lend-Lease Agreement was terminated in 1945.', '2020-01-01')).toEqual([]);
  });
});

describe('EntityDissolved: bodies dissolved "together with" others', () => {
  it('given a list after "together with", when read, then every body in it is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The decree dissolved the Ministry of Propaganda, together with the Hitler Youth and the Reich Labour Service.',
        '2020-01-01',
      ),
    ).toEqual([
      'EntityDissolved|Ministry of Propaganda|2020-01-01',
      'EntityDissolved|Hitler Youth|2020-01-01',
      'EntityDissolved|Reich Labour Service|2020-01-01',
    ]);
  });
});

describe('EntityDissolved: lists closed by "and" then a companion list, declarations "at an end", mandates ended', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given "X, Y and Z, together with A and the B C", when read, then every body is dissolved, headless names too', () => {
    expect(
      inText(
        'The decree of 8 May 1945 dissolved the Reich Chancellery and the Party Chancellery, together with the ' +
          'Hitler Youth and the Werwolf Korps.',
      ),
    ).toEqual([
      'EntityDissolved|Reich Chancellery|1945-05-08',
      'EntityDissolved|Party Chancellery|1945-05-08',
      'EntityDissolved|Hitler Youth|1945-05-08',
      'EntityDissolved|Werwolf Korps|1945-05-08',
    ]);
  });

  it('given a protocol "declaring" a body at an end, when read, then the body was dissolved', () => {
    expect(inText('On 30 June 1977 the members signed a protocol declaring SEATO formally at an end.')).toEqual([
      'EntityDissolved|SEATO|1977-06-30',
    ]);
  });

  it('given the mandate of a mission named in full ("… Mission in Liberia") terminated, then that mission ended', () => {
    expect(
      inText('On 30 March 2018 the Council ended the mandate of the United Nations Mission in Liberia (UNMIL).'),
    ).toEqual(['EntityDissolved|United Nations Mission in Liberia|2018-03-30']);
  });
});

describe('EntityDissolved: a state inside the subject of "ended"', () => {
  it('never reads a state named in a phrase of the subject ("the withdrawal … from Czechoslovakia … ended") as ended', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The withdrawal of the Northern Group of Forces from Poland, which had begun in April 1991, ended in 1993.',
        '2020-01-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "It was renamed …, and was abolished", and existing states never dissolved by "it"', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given "It was renamed X in 1945, and was abolished on D", when read, then the body named before ended on D', () => {
    expect(
      inText(
        'The Office of War Information was established in June 1942. It was renamed the Interim Information Service ' +
          'in 1945, and was abolished by executive order on 31 December 1945.',
      ),
    ).toEqual(['EntityDissolved|Office of War Information|1945-12-31']);
  });

  it('never dissolves a state that exists today through "it"', () => {
    expect(inText('The mission was a police operation in Haiti. It began in 2004 and ended in 2017.')).toEqual([]);
  });
});

describe('EntityDissolved: a reference means the body the text is about', () => {
  it('given a body founded "replacing" another of the same head, when "the board was abolished", then the founded one', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Munitions Standards Board was set up in March 1941, replacing the Defense Supplies Board. It set ' +
          'standards for arms plants. The board was abolished on 30 June 1946.',
        '2020-01-01',
      ),
    ).toEqual(['EntityDissolved|Munitions Standards Board|1946-06-30']);
  });

  it('still takes the nearer body where the text is about another', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Department set up the Munitions Standards Board in March 1941. The board was abolished on 30 June 1946.',
        '2020-01-01',
      ),
    ).toEqual(['EntityDissolved|Munitions Standards Board|1946-06-30']);
  });
});

describe('EntityDissolved: a digest in the present tense that liquidates a party', () => {
  it('given "liquidates" in a summary of the day, then the body is dissolved; a proposal is not', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Supreme Court liquidates the opposition Belarusian Popular Front.',
        '2023-08-01',
      ),
    ).toEqual(['EntityDissolved|Belarusian Popular Front|2023-08-01']);
    expect(
      summaryOf(
        'EntityDissolved',
        'The ministry asks the court to liquidate the Belarusian Popular Front.',
        '2023-08-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: distinct polities of one state keep their own names', () => {
  it('never names the Khmer Republic "Kampuchea" nor Nazi Germany "West Germany"', () => {
    expect(summaryOf('EntityDissolved', 'The Khmer Republic ceased to exist on 17 April 1975.', '2020-01-01')).toEqual([
      'EntityDissolved|Khmer Republic|1975-04-17',
    ]);
    expect(summaryOf('EntityDissolved', 'The Third Reich ceased to exist on 23 May 1945.', '2020-01-01')).toEqual([
      'EntityDissolved|Nazi Germany|1945-05-23',
    ]);
  });
});

describe('EntityDissolved: "ceased to exist as a separate unit"', () => {
  it('given a body merged that ceased to exist as a separate unit, then it ended; never a defeat "as a fighting unit"', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Division of Baltic Affairs was created in 1920. In 1944 the division was merged with other offices and ' +
          'ceased to exist as a separate unit.',
        '2020-01-01',
      ),
    ).toEqual(['EntityDissolved|Division of Baltic Affairs|1944']);
    expect(
      summaryOf('EntityDissolved', 'The 6th Army ceased to exist as a fighting unit in February 1943.', '2020-01-01'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: names with a list after their "of"', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given "the Bureau of A, B, and C" as subject or object, when read, then one body with the whole name', () => {
    expect(inText('The Office of Price, Wage, and Rent Controls was abolished in 1947.')).toEqual([
      'EntityDissolved|Office of Price, Wage, and Rent Controls|1947',
    ]);
    expect(inText('Congress abolished the Bureau of Mines, Forests and Fisheries in 1921.')).toEqual([
      'EntityDissolved|Bureau of Mines, Forests and Fisheries|1921',
    ]);
  });

  it('never joins two bodies listed after a name ("the Ministry of Defence, NATO and the Iraqi army")', () => {
    expect(
      inText('The decree dissolved the Ministry of Defence, the Supreme Council and the Iraqi army in 2003.'),
    ).toEqual([
      'EntityDissolved|Ministry of Defence|2003',
      'EntityDissolved|Supreme Council|2003',
      'EntityDissolved|Iraqi army|2003',
    ]);
    expect(inText('In 1991 the Warsaw Pact and the Comecon were dissolved.')).toEqual([
      'EntityDissolved|Comecon|1991',
      'EntityDissolved|Warsaw Pact|1991',
    ]);
  });
});

describe('EntityDissolved: lists after "dissolution of", votes to end a mandate, units referred to', () => {
  const inText = (text: string, published = '2024-06-01') => summaryOf('EntityDissolved', text, published);

  it('given "the dissolution of A, the X of Y, B and C", then A, B and C are dissolved', () => {
    expect(
      inText(
        'The council announced the dissolution of the Senate, the militia of the old regime, the Green Party and the Unity Front.',
      ),
    ).toEqual([
      'EntityDissolved|Senate|2024-06-01',
      'EntityDissolved|Green Party|2024-06-01',
      'EntityDissolved|Unity Front|2024-06-01',
    ]);
  });

  it('goes on past a described item joined to its own "and its …" phrase', () => {
    expect(
      inText(
        'The council announced the dissolution of the Senate, the militia of the old regime and its secret police, the Green Party and the Unity Front.',
      ),
    ).toEqual([
      'EntityDissolved|Senate|2024-06-01',
      'EntityDissolved|Green Party|2024-06-01',
      'EntityDissolved|Unity Front|2024-06-01',
    ]);
  });

  it("keeps a plural possessive before a party's head inside its name", () => {
    expect(inText("The junta announced the dissolution of the Senate and the Farmers' Union.")).toEqual([
      'EntityDissolved|Senate|2024-06-01',
      "EntityDissolved|Farmers' Union|2024-06-01",
    ]);
  });

  it('given a vote with words between it and "to end the mandate", then the mission ends on the day ahead', () => {
    expect(
      inText(
        'The Security Council votes 12–0, with Russia abstaining, to end the mandate of UNMIK on 30 June.',
        '2024-06-10',
      ),
    ).toEqual(['EntityDissolved|UNMIK|2024-06-30']);
    expect(inText('The council voted unanimously to terminate the mandate of UNOCI on 30 June.', '2024-06-10')).toEqual(
      ['EntityDissolved|UNOCI|2024-06-30'],
    );
  });

  it('keeps a vote against ending a mandate a non-event', () => {
    expect(inText('The council voted against a proposal to end the mandate of UNMIK.')).toEqual([]);
  });

  it('given "the unit" or "the command" deactivated, then it is the military unit named before', () => {
    expect(inText('The 7th Battalion served in Burma. The unit was formally deactivated on 4 April 1946.')).toEqual([
      'EntityDissolved|7th Battalion|1946-04-04',
    ]);
    expect(inText('Joint Task Force Bravo was set up in 1984. The command was deactivated in 2001.')).toEqual([
      'EntityDissolved|Joint Task Force Bravo|2001',
    ]);
  });
});

describe('EntityDissolved: the present tense of news digests', () => {
  it('given "announces the dissolution of" a list, then every body is dissolved on the report date', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The transitional council announces the dissolution of the Senate, the Green Party and the Unity Front.',
        '2025-02-01',
      ),
    ).toEqual([
      'EntityDissolved|Senate|2025-02-01',
      'EntityDissolved|Green Party|2025-02-01',
      'EntityDissolved|Unity Front|2025-02-01',
    ]);
  });
});

describe('EntityDissolved: a generic body opening a list of dissolved bodies', () => {
  it('given "the government and the X Assembly were dissolved", then both are', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The government and the Grand Assembly were dissolved on 4 March 2021.',
        '2021-03-05',
      ),
    ).toEqual(['EntityDissolved|Grand Assembly|2021-03-04', 'EntityDissolved|government|2021-03-04']);
  });

  it('keeps a generic body alone or in a plan a non-event', () => {
    expect(
      summaryOf('EntityDissolved', 'The president said the army and the Border Police would be disbanded.'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "the bureau", "the agency" dissolved as objects', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given a bureau named before, when an order dissolves "the bureau" or "the agency", then the bureau ends', () => {
    expect(
      inText('The Bureau of Mines was created in 1910. In 1996 the president signed an order dissolving the bureau.'),
    ).toEqual(['EntityDissolved|Bureau of Mines|1996']);
    expect(inText('The Office of War Information was set up in 1942. In 1945 Truman dissolved the agency.')).toEqual([
      'EntityDissolved|Office of War Information|1945',
    ]);
  });

  it('keeps a body an organization has ("its committee") apart from the organization', () => {
    expect(inText('The Workers Union dissolved its executive committee in March 2011.')).toEqual([]);
  });
});

describe('WithdrawalBegun: "…, and the withdrawal began" after forces sent', () => {
  it('given a contingent sent and a joined clause "and the withdrawal began two days later", then it left', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'On 4 May 2010 the African Union agreed to send a contingent to Comoros. The mission ended on 2 June, and the ' +
          'withdrawal began two days later.',
        '2020-01-01',
      ),
    ).toEqual(['WithdrawalBegun|African Union|Comoros|2010-06-04']);
  });
});

describe('EntityDissolved: a transitive "ended" with a number as its object', () => {
  it('keeps "a statement signed by A, B and C that ended 44 days of fighting" from dissolving C', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Troops were sent under a statement signed by the leaders of Russia, Georgia and Armenia that ended 12 days of war.',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a mission described by the place it serves in', () => {
  it('given "voted to end the peacekeeping mission in X" and the mission named elsewhere, then that mission ends', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The council voted on 30 June to end the peacekeeping mission in Liberia. The mission, UNMIL, had 15,000 troops.',
        '2017-07-01',
      ),
    ).toEqual(['EntityDissolved|UNMIL|2017-06-30']);
  });

  it('keeps a described mission the article never names a non-event', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The council voted on 30 June to end the peacekeeping mission in Liberia.',
        '2017-07-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: administrative-history phrasing', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given "X was established … under Y. It was terminated", then X, the subject, ends', () => {
    expect(
      inText(
        'The Office of War Mobilization was established in May 1943 under the Executive Office. It was terminated on 20 September 1945.',
      ),
    ).toEqual(['EntityDissolved|Office of War Mobilization|1945-09-20']);
  });

  it('reads "was in turn abolished" as a passive', () => {
    expect(inText('The Mutual Security Agency was in turn abolished on 1 August 1953.')).toEqual([
      'EntityDissolved|Mutual Security Agency|1953-08-01',
    ]);
  });

  it('given "the League" after "the League of Nations", then one body is dissolved', () => {
    expect(
      inText(
        'The League of Nations met in Geneva in April 1946. On 18 April the delegates voted to dissolve the League, ' +
          'which ceased to exist on 20 April 1946.',
      ),
    ).toEqual(['EntityDissolved|League of Nations|1946-04-18']);
  });
});

describe('DeploymentAnnounced: a fronted place is no actor', () => {
  it('keeps "In North Russia," from sending the unit that lands', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'In North Russia, the 310th Engineers landed at Murmansk in September 1918.'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a mission named after its description and place', () => {
  it('given "The UN mission in X, NAME, formally ended", then NAME ends', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The UN peacekeeping mission in Haiti, MINUSTAH, formally ended on Sunday.',
        '2017-10-16',
      ),
    ).toEqual(['EntityDissolved|MINUSTAH|2017-10-15']);
  });
});

describe('EntityDissolved: lists that open with a body named by a common noun', () => {
  it('given a decree that dissolves "the Chadian armed forces" and named ministries, then each is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The governor, on 2 June 2004, dissolved the Chadian armed forces, the Ministry of Supply and the Palace Guard.',
      ),
    ).toEqual([
      'EntityDissolved|Chadian armed forces|2004-06-02',
      'EntityDissolved|Ministry of Supply|2004-06-02',
      'EntityDissolved|Palace Guard|2004-06-02',
    ]);
  });

  it('given "the country\'s parliament, the army of the former regime and the Unity Party", then all three', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "Libya's new rulers on Monday announced the dissolution of the country's parliament, the army of the former " +
          'regime and the Unity Party, which had ruled for decades.',
        '2021-03-03',
      ),
    ).toEqual([
      'EntityDissolved|parliament|2021-03-01',
      'EntityDissolved|army of the former regime|2021-03-01',
      'EntityDissolved|Unity Party|2021-03-01',
    ]);
  });

  it('given a demonym before "armed forces", then the phrase names the body', () => {
    expect(summaryOf('EntityDissolved', 'The envoy dissolved the Iraqi armed forces on 23 May 2003.')).toEqual([
      'EntityDissolved|Iraqi armed forces|2003-05-23',
    ]);
  });

  it('given "the armed forces" with no owner, then nothing is read', () => {
    expect(summaryOf('EntityDissolved', 'The envoy dissolved the armed forces on 23 May 2003.')).toEqual([]);
  });
});

describe('EntityDissolved: words inside the verb group', () => {
  it('given "was itself dissolved", then the subject is dissolved', () => {
    expect(summaryOf('EntityDissolved', 'The Transitional Authority was itself dissolved on 30 June 2005.')).toEqual([
      'EntityDissolved|Transitional Authority|2005-06-30',
    ]);
  });

  it('given "hereby ceases to exist", then the subject ends', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 12 March 1971 the general declared that the Republic of Ostria hereby ceases to exist.',
      ),
    ).toEqual(['EntityDissolved|Republic of Ostria|1971-03-12']);
  });
});

describe('EntityDissolved: missions ended by a decision on their mandate', () => {
  it('given "terminates the mandate of the mission, known as X", then X ends', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The resolution adopted on 30 June 2023 terminates the mandate of the mission, known as MINUSMA.',
        '2023-07-01',
      ),
    ).toEqual(['EntityDissolved|MINUSMA|2023-06-30']);
  });

  it('given "formally ends the combat mission of X", then X ends', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 28 December 2014 NATO formally ended the combat mission of the International Security Assistance Force.',
      ),
    ).toEqual(['EntityDissolved|International Security Assistance Force|2014-12-28']);
  });

  it('given a vote to close a mission, then it ends; a vote to close a border ends nothing', () => {
    expect(
      summaryOf('EntityDissolved', 'On 13 April 2017 the Security Council voted to close MINUSTAH.', '2017-04-14'),
    ).toEqual(['EntityDissolved|MINUSTAH|2017-04-13']);
    expect(summaryOf('EntityDissolved', 'On 13 April 2017 the government voted to close the border.')).toEqual([]);
  });

  it('given "the mandate of X, the UN peacekeeping mission in Y", then X alone ends', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 30 June 2023 the council voted to terminate the mandate of MINUSMA, the UN peacekeeping mission in Mali.',
      ),
    ).toEqual(['EntityDissolved|MINUSMA|2023-06-30']);
  });
});

describe('EntityDissolved: lists with descriptions and lower-case heads', () => {
  it('given "A and the Special A, X\'s elite units, as well as the B service and the C militia", then four bodies', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 9 May 2004 the decree disbanded the Palace Guard and the Special Palace Guard, Hussein's elite units, as " +
          'well as the feared Amn intelligence service and the Martyrs militia.',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Amn|2004-05-09',
      'EntityDissolved|Martyrs|2004-05-09',
      'EntityDissolved|Palace Guard|2004-05-09',
      'EntityDissolved|Special Palace Guard|2004-05-09',
    ]);
  });

  it('given "the X task force" or "the X militia" as a passive subject, then the named group', () => {
    expect(summaryOf('EntityDissolved', 'The Sabre task force was disbanded on 30 June 2022.')).toEqual([
      'EntityDissolved|Sabre task force|2022-06-30',
    ]);
    expect(summaryOf('EntityDissolved', 'The Iraqi militia was disbanded on 30 June 2022.')).toEqual([]);
  });

  it('given a name with a possessive inside ("People\'s Party") in a coordinated subject, then its whole name', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The Rural Party and the National People's Party dissolved themselves on 27 June 1933.",
      ).sort(),
    ).toEqual(["EntityDissolved|National People's Party|1933-06-27", 'EntityDissolved|Rural Party|1933-06-27']);
  });
});

describe('EntityDissolved: references and polities', () => {
  it('given "the alliance itself was formally dissolved" after the alliance is named, then it is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'In February the Warsaw Pact ended its military structures, and the alliance itself was formally dissolved on 1 July 1991.',
      ),
    ).toEqual(['EntityDissolved|Warsaw Pact|1991-07-01']);
  });

  it('given "voted to abolish the sultanate", then the sultanate; "the office" never means the assembly', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The assembly voted on 1 November 1922 to abolish the sultanate. His cousin was named caliph, but the office ' +
          'itself was abolished by the assembly on 3 March 1924.',
      ),
    ).toEqual(['EntityDissolved|sultanate|1922-11-01']);
  });
});

describe('EntityDissolved: shared plural heads and companions', () => {
  it('given "dissolved X\'s army along with the defence and information ministries", then three bodies', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 12 June 2004 the envoy dissolved Mobutu Sese Seko's army along with the defence and information ministries.",
      ),
    ).toEqual([
      "EntityDissolved|Mobutu Sese Seko's army|2004-06-12",
      'EntityDissolved|defence ministry|2004-06-12',
      'EntityDissolved|information ministry|2004-06-12',
    ]);
  });

  it('never shares a plural head with a first noun that is a body by itself ("the army and security agencies")', () => {
    const ended = summaryOf(
      'EntityDissolved',
      'On 3 May 2019 the council announced the dissolution of the Unity Party and of the army and intelligence services of the old junta.',
    );
    expect(ended).toContain('EntityDissolved|army|2019-05-03');
    expect(ended).not.toContain('EntityDissolved|army service|2019-05-03');
    // Near-miss: two modifiers of one head still give one body each.
    expect(
      summaryOf(
        'EntityDissolved',
        'On 3 May 2019 the council announced the dissolution of the trade and tourism ministries.',
      ),
    ).toEqual(['EntityDissolved|trade ministry|2019-05-03', 'EntityDissolved|tourism ministry|2019-05-03']);
  });
});

describe('EntityDissolved: bodies named in lower case and lists after a description', () => {
  it('given "dissolved the state security investigations service", then that body', () => {
    expect(
      summaryOf('EntityDissolved', "On 15 March 2011 Egypt's interior minister dissolved the state security service."),
    ).toEqual(['EntityDissolved|state security service|2011-03-15']);
    expect(summaryOf('EntityDissolved', 'On 15 March 2011 the minister dissolved the service.')).toEqual([]);
  });

  it('given "dissolved both houses of parliament, the A and the B", then A and B', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 13 February 2011 the council dissolved both houses of parliament, the Grand Assembly and the Senate.',
      ),
    ).toEqual(['EntityDissolved|Grand Assembly|2011-02-13', 'EntityDissolved|Senate|2011-02-13']);
  });
});

describe('EntityDissolved: owners and appositives of named bodies', () => {
  it('given "dissolved X\'s National League for Democracy party", then the party\'s own name', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 28 March 2023 the commission dissolved Aung San Suu Kyi's National League for Democracy party.",
      ),
    ).toEqual(['EntityDissolved|National League for Democracy|2023-03-28']);
  });

  it('given "the People\'s Assembly", then the possessive stays in the name', () => {
    expect(summaryOf('EntityDissolved', "On 13 February 2011 the council dissolved the People's Assembly.")).toEqual([
      "EntityDissolved|People's Assembly|2011-02-13",
    ]);
  });

  it('given "the closure of Memorial, Russia\'s best-known rights group", then Memorial alone', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 28 December 2021 the court ordered the closure of Memorial, Russia's best-known human rights group.",
      ),
    ).toEqual(['EntityDissolved|Memorial|2021-12-28']);
  });
});

describe('EntityDissolved: posts', () => {
  it('given "The position of <title> was abolished", then the post; never the state a post serves', () => {
    expect(
      summaryOf('EntityDissolved', 'The position of Under Secretary for Economic Affairs was abolished in 1972.'),
    ).toEqual(['EntityDissolved|Under Secretary for Economic Affairs|1972']);
    expect(summaryOf('EntityDissolved', 'The post of Special Envoy for Sudan was abolished in 2013.')).toEqual([
      'EntityDissolved|Special Envoy for Sudan|2013',
    ]);
  });
});

describe('EntityDissolved: a government body never refers back to an armed group', () => {
  it('given "The Taliban dissolved … and the ministry for peace", then never the Taliban', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 25 December 2021 the Taliban dissolved the election commission and the ministry for peace.',
      ),
    ).not.toContain('EntityDissolved|Taliban|2021-12-25');
  });
});

describe('EntityDissolved: "its self-dissolution"', () => {
  it('given a body that announced its self-dissolution, then it dissolved; a call for it is not read', () => {
    expect(
      summaryOf('EntityDissolved', 'On 12 May 2025 the Kurdistan Workers Party announced its self-dissolution.'),
    ).toEqual(["EntityDissolved|Kurdistan Workers' Party|2025-05-12"]);
    expect(
      summaryOf('EntityDissolved', 'On 12 May 2025 the Kurdistan Workers Party called for its self-dissolution.'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: bodies named before a lower-case head, and references that carry adjectives', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2021-06-01');

  it('given "the X party" as the subject of a passive, then X is dissolved, without a creed word before it', () => {
    expect(inText('The Islamist Adalet party was dissolved on 2 March 2021.')).toEqual([
      'EntityDissolved|Adalet|2021-03-02',
    ]);
    expect(inText('The Socialist party was dissolved on 2 March 2021.')).toEqual([
      'EntityDissolved|Socialist party|2021-03-02',
    ]);
    expect(inText('The Kurdish party was dissolved on 2 March 2021.')).toEqual([]);
    expect(inText('The leader of the Adalet party was arrested on 2 March 2021.')).toEqual([]);
  });

  it('given a name that opens with a state\'s adjective ("the Thai Raksa Chart party"), then the name keeps it', () => {
    expect(inText('The court ordered the Thai Samakkhi party disbanded on 7 March 2021.')).toEqual([
      'EntityDissolved|Thai Samakkhi|2021-03-07',
    ]);
  });

  it("given a state's possessive before a body's own name, then the body is named without it", () => {
    expect(inText("Niger's National Guard Corps was dissolved by decree on 2 March 2021.")).toEqual([
      'EntityDissolved|National Guard Corps|2021-03-02',
    ]);
    expect(inText("Malawi's parliament was dissolved on 2 March 2021.")).toEqual([
      "EntityDissolved|Malawi's parliament|2021-03-02",
    ]);
  });

  it('given "the X movement" named before, when "the movement" or "the front" is dissolved, then X is', () => {
    expect(
      inText('The Jamaat ul-Ahrar movement was set up in 2014. A court dissolved the movement on 4 May 2021.'),
    ).toEqual(['EntityDissolved|Jamaat ul-Ahrar|2021-05-04']);
    expect(
      inText('The Popular Salvation Front led the protests. The court dissolved the front on 4 May 2021.'),
    ).toEqual(['EntityDissolved|Popular Salvation Front|2021-05-04']);
  });

  it('given "the militant group announced that it had disbanded", then the group named before disbanded', () => {
    expect(
      inText(
        "The Revolutionary People's Army (RPA) met in April. The militant group announced on 3 May 2021 that it had disbanded.",
      ),
    ).toEqual(["EntityDissolved|Revolutionary People's Army|2021-05-03"]);
  });
});

describe('EntityDissolved: a body announcing that it is disbanding', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2021-06-01');

  it('given "announced that it was disbanding", then the body dissolves itself; a denial or an object is not read', () => {
    expect(inText('The Liberation Tigers Front announced on 3 May 2021 that it was disbanding.')).toEqual([
      'EntityDissolved|Liberation Tigers Front|2021-05-03',
    ]);
    expect(inText('The Liberation Tigers Front said on 3 May 2021 that it was not disbanding.')).toEqual([]);
    expect(inText('The Liberation Tigers Front was disbanding its units on 3 May 2021.')).toEqual([]);
  });
});

describe('EntityDissolved: a state-owned body keeps the words that describe it', () => {
  it('given "X\'s transitional government was dissolved", then the transitional government is named, not "government"', () => {
    expect(summaryOf('EntityDissolved', "Chad's transitional government was dissolved on 2 March 2021.")).toEqual([
      "EntityDissolved|Chad's transitional government|2021-03-02",
    ]);
  });
});

describe('EntityDissolved: a lede that describes a mission, named in the next sentence', () => {
  it('given "A French-led mission that … ended on Friday. The X Mission (XM) …", then the X Mission dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'DAKAR, May 7 (Wire) - A French-led training mission that rebuilt the army formally ended on Friday.\n\n' +
          'The European Training Mission in Gabon (ETMG) lowered its flag at a ceremony in Libreville.',
        '2021-05-07',
      ),
    ).toEqual(['EntityDissolved|European Training Mission in Gabon|2021-05-07']);
  });

  it('given no name for it in the next sentence, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'DAKAR, May 7 (Wire) - A French-led training mission formally ended on Friday.\n\nOfficials attended a ceremony.',
        '2021-05-07',
      ),
    ).toEqual([]);
  });

  it('given "The <owner>\'s … force ended its mission …. The X Force, known as …", then the X Force dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "DAKAR, May 7 (Wire) - The African Union's only standby force ended its mission in Gabon on Friday.\n\n" +
          'The Gulf of Guinea Standby Force, known as GGSF, had about 900 soldiers.',
        '2021-05-07',
      ),
    ).toEqual(['EntityDissolved|Gulf of Guinea Standby Force|2021-05-07']);
  });

  it('given an owned description whose next sentence names a body of another head, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "DAKAR, May 7 (Wire) - The African Union's only standby force ended its mission in Gabon on Friday.\n\n" +
          'The Gulf of Guinea Commission, based in Luanda, had asked for an extension.',
        '2021-05-07',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a command named for the place after its comma', () => {
  it('given "the Military Assistance Command, Laos, …, was disbanded", then the command, never the state', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 29 March 1973 the U.S. Military Assistance Command, Laos, which ran the air war for nine years, was disbanded.',
        '1973-04-01',
      ),
    ).toEqual(['EntityDissolved|U.S. Military Assistance Command, Laos|1973-03-29']);
  });
});

describe('EntityDissolved: the members named after a collective dissolution', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2021-06-01');

  it('given "dissolved all state institutions, including X and Y", then X and Y are dissolved', () => {
    expect(
      inText('On 5 May 2021 the junta dissolved all state institutions, including the Senate and the Supreme Court.'),
    ).toEqual(['EntityDissolved|Senate|2021-05-05', 'EntityDissolved|Supreme Court|2021-05-05']);
  });

  it('given a quoted dissolution of "all the institutions", then the bodies the speaker names', () => {
    expect(
      inText(
        'On 5 May 2021 an officer said: "All the institutions of the republic are dissolved," naming the Senate and the Supreme Court.',
      ),
    ).toEqual(['EntityDissolved|Senate|2021-05-05', 'EntityDissolved|Supreme Court|2021-05-05']);
  });

  it('given "X, Y and Z were among the institutions dissolved", then each is dissolved', () => {
    expect(
      inText(
        'On 5 May 2021 the Senate and the Supreme Court, which had backed the president, were among the institutions dissolved.',
      ),
    ).toEqual(['EntityDissolved|Senate|2021-05-05', 'EntityDissolved|Supreme Court|2021-05-05']);
  });

  it('given a threat to dissolve them, then nothing', () => {
    expect(inText('On 5 May 2021 the junta threatened to dissolve all institutions, including the Senate.')).toEqual(
      [],
    );
  });
});

describe('EntityDissolved: a description set before the name it gives, and a year narrowed later', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2021-06-01');

  it('given "dissolved New Hope\'s predecessor, Bright Dawn,", then only Bright Dawn', () => {
    expect(inText("In 2019 the court dissolved New Hope's predecessor, Bright Dawn, over a loan.")).toEqual([
      'EntityDissolved|Bright Dawn|2019',
    ]);
  });

  it('given "in 2019 when the court dissolved X, in March of that year", then March 2019', () => {
    expect(
      inText('The lawmakers regrouped in 2019 when the court dissolved the Bright Dawn Party, in March of that year.'),
    ).toEqual(['EntityDissolved|Bright Dawn Party|2019-03']);
  });
});

describe('EntityDissolved: "The United Nations peacekeeping mission in X ended"', () => {
  it('given the mission named elsewhere in the article, then that mission dissolved, and no withdrawal is read', () => {
    const text =
      'The United Nations peacekeeping mission in Sierra Leone formally ended on 31 December 2005. ' +
      'The Security Council had set up the mission, known as UNAMSIL, in 1999.';
    expect(summaryOf('EntityDissolved', text, '2006-01-10')).toEqual(['EntityDissolved|UNAMSIL|2005-12-31']);
    expect(summaryOf('WithdrawalBegun', text, '2006-01-10')).toEqual([]);
  });

  it('given no name for it, then the mission as described', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The United Nations peacekeeping mission in Sierra Leone formally ended on 31 December 2005.',
        '2006-01-10',
      ),
    ).toEqual(['EntityDissolved|United Nations peacekeeping mission in Sierra Leone|2005-12-31']);
  });
});

describe("EntityDissolved: a body's organisational structure", () => {
  it('given "decided to dissolve the X\'s organisational structure", then X is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 12 May 2025 the congress decided to dissolve the ELN's organisational structure.",
        '2025-06-01',
      ),
    ).toEqual(['EntityDissolved|ELN|2025-05-12']);
  });
});

describe('EntityDissolved: describing words before a name are not part of it', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2021-06-01');

  it('given "the opposition-controlled National Assembly" or "the Islamist Virtue Party", then the name alone', () => {
    expect(inText('On 3 May 2021 the president dissolved the opposition-controlled National Assembly.')).toEqual([
      'EntityDissolved|National Assembly|2021-05-03',
    ]);
    expect(inText('On 3 May 2021 the court dissolved the Islamist Virtue Party.')).toEqual([
      'EntityDissolved|Virtue Party|2021-05-03',
    ]);
  });

  it('keeps an ordinal, a known state name and a lower-case body whole', () => {
    expect(inText('The 202nd Motor Rifle Regiment was disbanded on 3 May 2021.')).toEqual([
      'EntityDissolved|202nd Motor Rifle Regiment|2021-05-03',
    ]);
    expect(inText('On 3 May 2021 the court dissolved the interim government.')).toEqual([
      'EntityDissolved|interim government|2021-05-03',
    ]);
  });
});

describe('EntityDissolved: a name with a plural possessive is one name', () => {
  it('given "the Workers\' Party" named before and "dissolved the party", then one dissolution of the whole name', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The Hungarian Socialist Workers' Party lost its grip in 1989. A congress formally dissolved the party on 7 October 1989.",
        '1990-01-01',
      ),
    ).toEqual(["EntityDissolved|Hungarian Socialist Workers' Party|1989-10-07"]);
  });
});

describe('EntityDissolved: a regiment named by its arm, and disestablishment', () => {
  it('given "the X Fusiliers … the regiment was disbanded", then the Fusiliers are dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Royal Munster Fusiliers were raised in 1881, and the regiment was formally disbanded on 31 July 1922.',
        '1990-01-01',
      ),
    ).toEqual(['EntityDissolved|Royal Munster Fusiliers|1922-07-31']);
  });

  it('given "disestablished X", then X is dissolved', () => {
    expect(
      summaryOf('EntityDissolved', 'The Navy disestablished Patrol Squadron Forty-Four on 30 June 1991.', '1992-01-01'),
    ).toEqual(['EntityDissolved|Patrol Squadron Forty-Four|1991-06-30']);
  });
});

describe('EntityDissolved: a known body named with words describing it before its head', () => {
  it('given "the Comecon trading organization was disbanded", then Comecon is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Comecon trading organization was disbanded at a meeting on 28 June 1991.',
        '1991-12-27',
      ),
    ).toEqual(['EntityDissolved|Comecon|1991-06-28']);
  });

  it('given an unknown name before describing words, then no name is made up from the words', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Officials said a local trading organization was disbanded on 28 June 1991.',
        '1991-12-27',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: capitalized modifiers sharing a plural head', () => {
  it('given "the Defence and Information ministries", then the Defence Ministry and the Information Ministry', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 23 May 2003 the administration dissolved the Defence and Information ministries.',
        '2003-05-24',
      ),
    ).toEqual(['EntityDissolved|Defence Ministry|2003-05-23', 'EntityDissolved|Information Ministry|2003-05-23']);
  });
});

describe('EntityDissolved: "now-disbanded" and "since-dissolved" are adjectives', () => {
  it('given "the now-disbanded X" in a sentence about something else, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Four of them were commanders of the now-disbanded Free Aceh Movement.',
        '2024-02-27',
      ),
    ).toEqual([]);
    expect(summaryOf('EntityDissolved', 'The since-dissolved Wagner Group fought in Bakhmut.', '2024-02-27')).toEqual(
      [],
    );
  });
});

describe('EntityDissolved: a proposal to dissolve is not a dissolution', () => {
  it.each(['voted down', 'voted against', 'rejected', 'tabled'])(
    'given a chamber that %s a bill to dissolve, then nothing',
    (verb) => {
      expect(summaryOf('EntityDissolved', `The Sejm ${verb} a bill to dissolve the senate.`, '2024-05-01')).toEqual([]);
    },
  );

  it('given "voted to dissolve X on Monday", then the Monday of the report, not one a year ahead', () => {
    expect(summaryOf('EntityDissolved', 'The Sejm voted to dissolve the senate on Monday.', '2024-05-01')).toEqual([
      'EntityDissolved|senate|2024-04-29',
    ]);
  });
});

describe('EntityDissolved: "for the" between capitals is inside a name', () => {
  it('given "abolished the Committee for the Defence of the Revolution and the X Bureau", then both whole names', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The council abolished the Committee for the Defence of the Revolution and the Coastal Fisheries Bureau on 2 May 2019.',
        '2019-05-03',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Coastal Fisheries Bureau|2019-05-02',
      'EntityDissolved|Committee for the Defence of the Revolution|2019-05-02',
    ]);
  });
});

describe('EntityDissolved: the object of a relative clause is its antecedent', () => {
  it('given "X, which the court dissolved in <date>", then X dissolved then', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The new party grew out of Liberty Now, which the high court dissolved in March 2018 over its funding.',
        '2024-01-01',
      ),
    ).toEqual(['EntityDissolved|Liberty Now|2018-03']);
  });

  it('given "X, which the court dissolved the council of", then the relative has its own object, not X', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'They met in Liberty Hall, which the governor dissolved the council in.',
        '2024-01-01',
      ),
    ).toEqual(['EntityDissolved|council|2024-01-01']);
  });
});

describe('EntityDissolved: lists of bodies and words of creed', () => {
  it('given a list with one body name and sibling names of other heads, then each is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Royal Ulster Regiment, the Antrim Rangers and the North Down Horse were disbanded on 1 July 1922.',
        '1923-01-01',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Antrim Rangers|1922-07-01',
      'EntityDissolved|North Down Horse|1922-07-01',
      'EntityDissolved|Royal Ulster Regiment|1922-07-01',
    ]);
  });

  it('given a list with no body name at all, then nothing', () => {
    expect(
      summaryOf('EntityDissolved', 'The Antrim Rangers and the North Down Horse were disbanded in 1922.', '1923-01-01'),
    ).toEqual([]);
  });

  it('given "the Catholic League was dissolved", then the creed word stays in a name that is only a head without it', () => {
    expect(summaryOf('EntityDissolved', 'In 1635 the Catholic League was formally dissolved.', '2000-01-01')).toEqual([
      'EntityDissolved|Catholic League|1635',
    ]);
  });
});

describe('EntityDissolved: the speaker after a list of dissolved bodies is not one of them', () => {
  it('given "abolished A and B, the official news agency said", then A and B only', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The assembly abolished the Fisheries Bureau and the Harbour Tourism Administration, the official Korean Central News Agency said.',
        '2024-01-16',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Fisheries Bureau|2024-01-16',
      'EntityDissolved|Harbour Tourism Administration|2024-01-16',
    ]);
  });
});

describe('EntityDissolved: a body that agreed to disband, described in an appositive', () => {
  it('given "X, the <description>, agreed at a meeting in Y to disband", then X dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 28 June 1991 Comecon, the Soviet-led trading bloc, agreed at a meeting in Budapest to disband.',
        '1991-07-02',
      ),
    ).toEqual(['EntityDissolved|Comecon|1991-06-28']);
  });

  it('given "X agreed not to disband", then nothing', () => {
    expect(summaryOf('EntityDissolved', 'On 28 June 1991 Comecon agreed not to disband.', '1991-07-02')).toEqual([]);
  });
});

describe('EntityDissolved: falling short of it, and exercises ending', () => {
  it('given "stopped short of announcing the X\'s disbandment", then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The statement stopped short of announcing the Ulster Defence Association's disbandment.",
        '2005-07-28',
      ),
    ).toEqual([]);
  });

  it('given "the Zapad-2017 exercise … once it ended", then an exercise ends, nothing is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Troops are taking part in the Zapad-2017 exercise. Officials said every soldier would go home once it ended.',
        '2017-09-14',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: voted out of existence, and a passive after a name with no body head', () => {
  it('given "voted the X out of existence on D", then X dissolved on D', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The assembly formally voted the Soviet Union out of existence on 26 December 1991.',
        '1992-01-01',
      ),
    ).toEqual(['EntityDissolved|Soviet Union|1991-12-26']);
  });

  it('given "<People> Name Words was disbanded on D", then that name', () => {
    expect(summaryOf('EntityDissolved', 'Thai Sang Chart was disbanded on 7 March 2019.', '2020-01-01')).toEqual([
      'EntityDissolved|Thai Sang Chart|2019-03-07',
    ]);
  });

  it('given "voted the budget out of committee" or a person dismissed, then nothing', () => {
    expect(summaryOf('EntityDissolved', 'The council voted the budget out of committee.', '2020-01-01')).toEqual([]);
    expect(summaryOf('EntityDissolved', 'Prime Minister John Smith was dismissed.', '2020-01-01')).toEqual([]);
  });
});

describe('EntityDissolved: a list of bodies each followed by its acronym in brackets', () => {
  it('given "abolishing the A (AA) and the B (BB)", then both', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The president signed a decree abolishing the Federal Fisheries Service (FFS) and the Federal Forestry Agency (FFA).',
        '2016-04-05',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Federal Fisheries Service|2016-04-05',
      'EntityDissolved|Federal Forestry Agency|2016-04-05',
    ]);
  });
});

describe('EntityDissolved: "the alliance" never means a state that no longer exists', () => {
  it('given Czechoslovakia named before, then "the military structures of the alliance were abolished" is not it', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Leaders of Poland and Czechoslovakia signed a protocol in Prague. The military structures of the alliance were abolished on March 31.',
        '1991-07-01',
      ).filter((e) => e.includes('Czechoslovakia')),
    ).toEqual([]);
  });
});

describe('EntityDissolved: the first effective date the clause states', () => {
  it('given "terminates the mandate of X as of Friday … by Dec. 31", then Friday', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The resolution terminates the mandate of MINURCAT as of Friday and asks it to withdraw its troops by Dec. 31.',
        '2010-05-25',
      ),
    ).toEqual(['EntityDissolved|MINURCAT|2010-05-21']);
  });
});

describe('EntityDissolved: "stood dissolved"', () => {
  it('given "the X stood dissolved at midnight on Sunday", then X dissolved that Sunday', () => {
    expect(
      summaryOf('EntityDissolved', 'The Constituent Assembly stood dissolved at midnight on Sunday.', '2012-05-28'),
    ).toEqual(['EntityDissolved|Constituent Assembly|2012-05-27']);
  });
});

describe('EntityDissolved: a counted description named in the next sentences', () => {
  it('given "dissolved the country\'s two election commissions … the A Commission and the B Commission", then A and B', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 3 May 2021 the junta dissolved Mali's two election commissions. A spokesman said the National Election Commission and the Ballot Review Commission were no longer needed.",
        '2021-05-04',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Ballot Review Commission|2021-05-03',
      'EntityDissolved|National Election Commission|2021-05-03',
    ]);
  });

  it('given fewer names than the count, then the description stays as read', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 3 May 2021 the junta dissolved Mali's two election commissions. The National Election Commission had run the last vote.",
        '2021-05-04',
      ),
    ).toEqual(["EntityDissolved|Mali's two election commissions|2021-05-03"]);
  });
});

describe('EntityDissolved: a mission named for two places is one body', () => {
  it('given "the U.N. Mission in Chad and Sudan", then one entity', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The council terminated the mandate of the U.N. Mission in Chad and Sudan on 31 December 2010.',
        '2011-01-01',
      ),
    ).toEqual(['EntityDissolved|U.N. Mission in Chad and Sudan|2010-12-31']);
  });
});

describe("EntityDissolved: ending a body's mission ends the body", () => {
  it('given "ended SFOR\'s mission", then SFOR', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "At a ceremony in Sarajevo, NATO ended SFOR's mission on 2 December 2004.",
        '2005-01-01',
      ),
    ).toEqual(['EntityDissolved|SFOR|2004-12-02']);
  });
});

describe('EntityDissolved: an acronym and the name it spells are one body', () => {
  it('given "the Popular Defence Army had disbanded … the PDA is disbanded", then one event', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The rebels said on 3 March 2004 that their Popular Defence Army had disbanded. "The PDA is formally disbanded," their leader said.',
        '2004-03-04',
      ),
    ).toEqual(['EntityDissolved|Popular Defence Army|2004-03-03']);
  });
});

describe("EntityDissolved: a state's named armed force, and a dissolution joined to another decided noun", () => {
  it('given "dissolved the Syrian Arab Army", then the army is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The transitional authorities dissolved the Syrian Arab Army on 29 January 2025.',
        '2025-02-01',
      ),
    ).toEqual(['EntityDissolved|Syrian Arab Army|2025-01-29']);
  });

  it('given "the Kwantung Army was disbanded", then the named army as the passive subject is dissolved', () => {
    expect(
      summaryOf('EntityDissolved', 'On 30 November 1945 the Kwantung Army was formally disbanded.', '1945-12-01'),
    ).toEqual(['EntityDissolved|Kwantung Army|1945-11-30']);
  });

  it('given a named army, then "the army was disbanded" after it dissolves that army', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Congress discharged the soldiers of the Continental Army in October 1783, and on November 3 the army was disbanded.',
        '1783-12-01',
      ),
    ).toEqual(['EntityDissolved|Continental Army|1783-11-03']);
  });

  it('given "the Kremlin was dissolved", then nothing: a seat of government standing for its state is no body', () => {
    expect(summaryOf('EntityDissolved', 'The Kremlin was dissolved on 5 May 1992.', '1992-06-01')).toEqual([]);
  });

  it('given "announced the suspension of X and the dissolution of A, B and C", then A, B and C', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 8 April 2003 the council announced the suspension of the constitution and the dissolution of the National Assembly, the Republican Guard and the Ba'ath Party.",
        '2004-01-01',
      ).sort(),
    ).toEqual([
      "EntityDissolved|Ba'ath Party|2003-04-08",
      'EntityDissolved|National Assembly|2003-04-08',
      'EntityDissolved|Republican Guard|2003-04-08',
    ]);
  });

  it('given "demanded new elections and the dissolution of parliament", then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The opposition demanded new elections and the dissolution of parliament.',
        '2004-01-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a name opening a joined clause, set off by an appositive', () => {
  it('given "X disbanded in August, and the Y, organiser of Z, voted to dissolve on D", then both', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Democratic Front disbanded in August, and the Alliance for Civic Renewal, organiser of the annual march, voted to dissolve on Sept 25.',
        '2021-10-03',
      ),
    ).toEqual(['EntityDissolved|Democratic Front|2021-08', 'EntityDissolved|Alliance for Civic Renewal|2021-09-25']);
  });
});

describe('EntityDissolved: a legislature only described is the one the article names', () => {
  it('given "dissolved Russia\'s hardline parliament … The Supreme Soviet met", then the Supreme Soviet', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "President Boris Yeltsin dissolved Russia's hardline parliament on 21 September 1993. The Supreme Soviet met in emergency session.",
        '1993-09-22',
      ),
    ).toEqual(['EntityDissolved|Supreme Soviet|1993-09-21']);
  });

  it('given two chambers named, then the description stays', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The president dissolved parliament on 3 March 2010. The Senate and the National Assembly met in protest.',
        '2010-03-04',
      ),
    ).toEqual(['EntityDissolved|parliament|2010-03-03']);
  });
});

describe('EntityDissolved: a body dissolving all its structures dissolves itself', () => {
  it('given "X completely dissolved all its structures", then X', () => {
    expect(
      summaryOf('EntityDissolved', 'The PKK completely dissolved all its structures on 12 May 2025.', '2025-05-13'),
    ).toEqual(["EntityDissolved|Kurdistan Workers' Party|2025-05-12"]);
  });

  it('given "X ended its military structures", then nothing', () => {
    expect(
      summaryOf('EntityDissolved', 'In February 1991 the Warsaw Pact ended its military structures.', '1991-03-01'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "are dissolved:" and the bodies listed after the colon', () => {
  it('given "All the institutions are dissolved: the Senate, the Economic, Social and Cultural Council and the X", then each', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        '"All the institutions of the republic are dissolved: the Senate, the National Assembly, the Economic, Social and Cultural Council and the Electoral Commission," an officer said on 26 July 2023.',
        '2023-07-27',
      ),
    ).toEqual([
      'EntityDissolved|Senate|2023-07-26',
      'EntityDissolved|National Assembly|2023-07-26',
      'EntityDissolved|Economic, Social and Cultural Council|2023-07-26',
      'EntityDissolved|Electoral Commission|2023-07-26',
    ]);
  });
});

describe('EntityDissolved: a name after ", and" with its own verb is a new clause, not a listed body', () => {
  it('given "dissolved the X, and Decree No. 12 of <date> formally abolished the Y", then X and Y only', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Order No. 5 of 2 May 1946 dissolved the National Front, and Decree No. 12 of 9 June 1946 formally abolished the Youth League.',
        '1946-07-01',
      ),
    ).toEqual(['EntityDissolved|National Front|1946-05-02', 'EntityDissolved|Youth League|1946-06-09']);
  });

  it('given "dissolved the X, the Y and the Z on <date>", then all three', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The council dissolved the National Front, the Youth League and the Workers Militia on 2 May 1946.',
        '1946-07-01',
      ),
    ).toEqual([
      'EntityDissolved|National Front|1946-05-02',
      'EntityDissolved|Youth League|1946-05-02',
      'EntityDissolved|Workers Militia|1946-05-02',
    ]);
  });
});

describe('EntityDissolved: a mission known by a name, and a mission that "concluded"', () => {
  it('given "The UN mission in X, known as NAME, ended in <year>", then NAME', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The UN observer mission in Angola, known as MONUA, ended in 1999 after two years.',
        '2001-01-01',
      ),
    ).toEqual(['EntityDissolved|MONUA|1999']);
  });

  it('given "The conflict, known as NAME, ended with a treaty", then nothing: a war is no body', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The border conflict that followed, known as the Soccer War, ended with a ceasefire on 18 July 1969.',
        '1970-01-01',
      ),
    ).toEqual([]);
  });

  it('given "The X Force, the alliance\'s mission in Y, concluded at a ceremony <date>", then X Force', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The Regional Protection Force, the bloc's mission in Kivu since 2019, concluded at a ceremony in Goma on 2 December 2023.",
        '2023-12-03',
      ),
    ).toEqual(['EntityDissolved|Regional Protection Force|2023-12-02']);
  });

  it('given "the talks concluded" or "concluded a treaty", then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Geneva talks concluded on 3 May 2004. The Arab League concluded a treaty with Iraq on 4 May 2004.',
        '2004-05-05',
      ),
    ).toEqual([]);
  });
});

describe("EntityDissolved: a court's or legislature's ban of a named party or union", () => {
  it('given "the Constitutional Court on <day> banned the X Party", then X Party', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "Turkey's Constitutional Court on 8 January 1998 banned the pro-Kurdish People's Labour Party.",
        '1998-01-09',
      ),
    ).toEqual(["EntityDissolved|People's Labour Party|1998-01-08"]);
  });

  it('given "parliament outlawed NAME, the country\'s largest trade union", then NAME', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "Parliament outlawed Concordia, the country's largest trade union, on 3 March 1983.",
        '1983-03-04',
      ),
    ).toEqual(['EntityDissolved|Concordia|1983-03-03']);
  });

  it("given a ban of people, a ban from a contest, or a government's ban, then nothing", () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The court also banned the party's leaders from politics for five years on 3 March 2020. " +
          'The Supreme Court banned the Liberal Party from contesting the election on 4 March 2020. ' +
          'The government banned the Islamic Front on 5 March 2020.',
        '2020-03-06',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "the ministries of X and Y" is one ministry for each', () => {
  it('given "dissolved the army and the ministries of defence and interior", then each ministry', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 2 June 1997 the new government dissolved the Special Presidential Division and the ministries of defence and interior.',
        '1997-06-03',
      ),
    ).toContain('EntityDissolved|Ministry of Defence|1997-06-02');
    expect(
      summaryOf(
        'EntityDissolved',
        'On 2 June 1997 the new government dissolved the Special Presidential Division and the ministries of defence and interior.',
        '1997-06-03',
      ),
    ).toContain('EntityDissolved|Ministry of Interior|1997-06-02');
  });

  it('given "the ministries of the two provinces", then no ministry named "of the"', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 2 June 1997 the governor dissolved the ministries of the two provinces.',
        '1997-06-03',
      ).filter((e) => e.includes('Ministry of')),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "X announced that it had dissolved all its structures" is X\'s own end', () => {
  it('given a quoted "completely dissolved all its structures" after "X announced that it had", then X', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Free Homeland Front announced on 4 May 2021 that it had "completely dissolved all its structures", ending a long armed campaign.',
        '2021-05-05',
      ),
    ).toEqual(['EntityDissolved|Free Homeland Front|2021-05-04']);
  });

  it('given "X said that it had dissolved the regional councils", then not X', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Free Homeland Front said on 4 May 2021 that it had dissolved all regional councils.',
        '2021-05-05',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "signed a protocol dissolving it" ends the body the sentence names', () => {
  it('given "the members of the X signed a protocol in <city> formally dissolving it", then X', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 28 June 1991 the remaining members of the Council for Mutual Economic Assistance signed a protocol in Budapest formally dissolving it.',
        '1991-07-01',
      ),
    ).toEqual(['EntityDissolved|Comecon|1991-06-28']);
  });

  it('given "Russia signed a decree dissolving it" with only a state named, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 28 June 1991 Russia signed a decree in Moscow formally dissolving it.',
        '1991-07-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: parts named with a dissolved whole, and shared heads after "as well as"', () => {
  const ended = (text: string) => summaryOf('EntityDissolved', text, '1991-09-01').sort();

  it('given "dissolved X, including the elite Y", then Y is dissolved with X', () => {
    expect(
      ended('The decree of 29 August 1991 dissolved the Soviet armed forces, including the elite Alpha Group.'),
    ).toEqual(['EntityDissolved|Alpha Group|1991-08-29', 'EntityDissolved|Soviet armed forces|1991-08-29']);
  });

  it('given a participle after a possessive ("Marcos\'s disbanded guard"), then it describes, and nothing ended', () => {
    expect(ended("Veterans of Marcos's disbanded Presidential Security Command marched on 1 September 1991.")).toEqual(
      [],
    );
    expect(ended('Veterans of its disbanded Presidential Security Command marched on 1 September 1991.')).toEqual([]);
  });

  it('given bodies left unnamed "as well as" named ones, then each named body, and nothing for an unnamed one', () => {
    expect(
      ended(
        'The decree of 29 August 1991 dissolved its two intelligence agencies as well as the Council of Ministers and the State Radio Committee.',
      ),
    ).toEqual(['EntityDissolved|Council of Ministers|1991-08-29', 'EntityDissolved|State Radio Committee|1991-08-29']);
    expect(
      ended(
        'The decree of 29 August 1991 dissolved its two intelligence agencies along with the state ministries for radio and press.',
      ),
    ).toEqual([]);
  });

  it('given ", as well as the A and B ministries and the C militia" after the object, then each body', () => {
    expect(
      ended(
        'The decree of 29 August 1991 dissolved the Soviet armed forces, as well as the Interior and Security ministries and the Black Berets militia.',
      ),
    ).toEqual([
      'EntityDissolved|Black Berets|1991-08-29',
      'EntityDissolved|Interior Ministry|1991-08-29',
      'EntityDissolved|Security Ministry|1991-08-29',
      'EntityDissolved|Soviet armed forces|1991-08-29',
    ]);
  });

  it('given "dissolved X, including five generals", then only X: people are no bodies', () => {
    expect(ended('The decree of 29 August 1991 dissolved the Soviet armed forces, including five generals.')).toEqual([
      'EntityDissolved|Soviet armed forces|1991-08-29',
    ]);
  });
});

describe('EntityDissolved: a participle phrase between the body and its verb', () => {
  it('given "The X elected in <year> was dissolved on <date>", then X, dated by the dissolution, not the election', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Constituent Assembly elected in 1990 was dissolved at noon on 4 March 1993.',
        '1993-03-05',
      ),
    ).toEqual(['EntityDissolved|Constituent Assembly|1993-03-04']);
  });

  it('given "The X set up by the <year> accord was disbanded", then X', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Joint Commission set up by the 1994 accord was disbanded on 2 May 1999.',
        '1999-05-03',
      ),
    ).toEqual(['EntityDissolved|Joint Commission|1999-05-02']);
  });

  it('given "The X formed under British rule ceased to exist", then X: a demonym may stand in the phrase', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Executive Council formed under Portuguese rule ceased to exist at midnight on 19 December 1999.',
        '1999-12-20',
      ),
    ).toEqual(['EntityDissolved|Executive Council|1999-12-19']);
  });

  it('given "the war against X ended", then X is not dissolved: a name after a preposition is no subject', () => {
    expect(summaryOf('EntityDissolved', 'The war against Paraguay ended on 1 March 1870.', '1870-03-02')).toEqual([]);
  });

  it('given "X adopted a declaration acknowledging that the union had ceased to exist", then never X', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Supreme Council adopted a declaration acknowledging that the federation had ceased to exist on 3 May 1992.',
        '1992-05-04',
      ),
    ).not.toContain('EntityDissolved|Supreme Council|1992-05-03');
  });
});

describe('EntityDissolved: the members a dissolution of organisations names', () => {
  it('given "dissolved the party together with its affiliated organisations, among them A, B and C", then A, B and C', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Decree No. 4 of 2 May 1974 dissolved the ruling party together with its formations and affiliated organisations, among them the Portuguese Legion, the Youth Movement and the Secret Police.',
        '1974-05-03',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Portuguese Legion|1974-05-02',
      'EntityDissolved|Secret Police|1974-05-02',
      'EntityDissolved|Youth Movement|1974-05-02',
    ]);
  });
});

describe('EntityDissolved: a preposition after "dispersed" opens no object', () => {
  it('given "fighters dispersed across A and B", then neither A nor B is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The fall of the town does not mean the end of the group, which keeps fighters dispersed across Mali and Niger.',
        '2019-03-24',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a second predicate after the dissolved list', () => {
  it('given "dissolving X and transferring its buildings, including Y", then only X is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On April 18, 1946 the Assembly adopted a resolution dissolving the League of Nations and transferring its buildings, including the Palais des Nations, to the United Nations.',
        '1946-05-01',
      ),
    ).toEqual(['EntityDissolved|League of Nations|1946-04-18']);
  });
});

describe('EntityDissolved: "power" as a capacity only before "to" or "of"', () => {
  it('given "seized power, dissolving X and Y and suspending Z", then X and Y are dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The military seized power on Monday, dissolving the government and the National Assembly and suspending the constitution.',
        '2022-01-25',
      ),
    ).toEqual(['EntityDissolved|government|2022-01-24', 'EntityDissolved|National Assembly|2022-01-24']);
  });

  it('given "has the power to dissolve X", then no dissolution', () => {
    expect(
      summaryOf('EntityDissolved', 'The president has the power to dissolve the National Assembly.', '2022-01-25'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: the last of a long list of decisions', () => {
  it('given "announced the appointment of …, the suspension of the 1969 constitution, and the dissolution of A and B", then A and B on the day of the report', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "Meeting in Tripoli, the council announced the appointment of Mahmoud Jibril as prime minister for the interim period, the suspension of the 1969 constitution, and the dissolution of the General People's Congress and the Revolutionary Guard.",
        '2011-09-01',
      ),
    ).toEqual([
      "EntityDissolved|General People's Congress|2011-09-01",
      'EntityDissolved|Revolutionary Guard|2011-09-01',
    ]);
  });
});

describe('EntityDissolved: lists of bodies ending in a lower-case head, companions of a passive', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given "X, the Y and the Z militia were disbanded", when read, then each body of the list is dissolved', () => {
    expect(
      inText(
        'On 3 March 2019 the Presidential Guard, the Border Legion and the Black Scorpions militia were disbanded.',
      ),
    ).toEqual([
      'EntityDissolved|Black Scorpions militia|2019-03-03',
      'EntityDissolved|Presidential Guard|2019-03-03',
      'EntityDissolved|Border Legion|2019-03-03',
    ]);
  });

  it('given one adjective between a name and its lower-case head, when read, then the name is the body', () => {
    expect(
      inText('The Lion Brigade and the White Eagles paramilitary militia were dissolved on 9 April 2019.').sort(),
    ).toEqual(['EntityDissolved|Lion Brigade|2019-04-09', 'EntityDissolved|White Eagles|2019-04-09']);
  });

  it('given a known body with a describing word before its head, when read, then the known body is dissolved', () => {
    expect(inText('The Warsaw Pact military alliance was formally dissolved on 1 July 1991.')).toEqual([
      'EntityDissolved|Warsaw Pact|1991-07-01',
    ]);
  });

  it('given a list after "between", when read, then its first body is not dissolved', () => {
    expect(
      inText('The pact between the Border Legion and the White Eagles militia was dissolved on 9 April 2019.'),
    ).not.toContain('EntityDissolved|Border Legion|2019-04-09');
  });

  it('given "was dissolved together with X and Y", when read, then the companions are dissolved too', () => {
    expect(
      inText('The Ruling Party was dissolved on 2 May 2019 together with the Patriotic Front and the Youth Union.'),
    ).toEqual([
      'EntityDissolved|Ruling Party|2019-05-02',
      'EntityDissolved|Patriotic Front|2019-05-02',
      'EntityDissolved|Youth Union|2019-05-02',
    ]);
  });

  it('given "was dissolved together with" a thing that is no body, when read, then only the subject is', () => {
    expect(inText('The Ruling Party was dissolved on 2 May 2019 together with its assets.')).toEqual([
      'EntityDissolved|Ruling Party|2019-05-02',
    ]);
  });
});

describe('EntityDissolved: the body an "of" phrase describes', () => {
  it('given "the X Party of detained former Leader Y is dissolved", when read, then the party is, not the person', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The election board said that the People’s Democratic Party of jailed former Chairman Ruslan Demir is dissolved.',
        '2021-05-02',
      ),
    ).toEqual(['EntityDissolved|People’s Democratic Party|2021-05-02']);
  });
});

describe('EntityDissolved: a body referred to by its capitalized head word', () => {
  it('given "the Federation" four sentences after the full name, when read, then the full name is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Federation of the West Indies was created in 1958. Its capital was at Port of Spain. Jamaica voted to ' +
          'leave in 1961. Trinidad followed. The Federation was formally dissolved on 31 May 1962.',
      ),
    ).toEqual(['EntityDissolved|Federation of the West Indies|1962-05-31']);
  });
});

describe('EntityDissolved: "the League" is the League of Nations, not the League Assembly', () => {
  it('given a name the head word only modifies nearer than the full name, when "the League" is dissolved, then the full name is', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Brazil left the League of Nations in 1926. By the end of the Second World War the League was moribund. ' +
          'The League Assembly met for the last time on April 8, 1946. On April 18 the Assembly adopted a ' +
          'resolution, and the League formally ceased to exist on April 20, 1946.',
      ),
    ).toContain('EntityDissolved|League of Nations|1946-04-20');
  });

  it('given an undated collapse in a fronted "As" clause, when read, then it sets the scene and dissolves nothing', () => {
    expect(
      summaryOf('EntityDissolved', 'As the Confederacy collapsed, Union leaders moved troops to the Mexican border.'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: sister services, a polity with a lower-case head, a body named by its appositive', () => {
  const inText = (text: string) => summaryOf('EntityDissolved', text, '2020-01-01');

  it('given "together with the Haitian army, air force and navy, … and the paramilitary X Y", when read, then each is dissolved', () => {
    expect(
      inText(
        'On 2 May 1991 the decree dissolved the Ministry of War, together with the Haitian army, air force and ' +
          'navy, the Palace Guard and the paramilitary Black Wolves.',
      ),
    ).toEqual([
      'EntityDissolved|Ministry of War|1991-05-02',
      'EntityDissolved|Haitian army|1991-05-02',
      'EntityDissolved|Haitian air force|1991-05-02',
      'EntityDissolved|Haitian navy|1991-05-02',
      'EntityDissolved|Palace Guard|1991-05-02',
      'EntityDissolved|Black Wolves|1991-05-02',
    ]);
  });

  it('given "abolishing the X shogunate", when read, then the polity is named with its head', () => {
    expect(
      inText('On 10 July 1871 the government issued a decree, abolishing the Satsuma shogunate and its domains.'),
    ).toEqual(['EntityDissolved|Satsuma shogunate|1871-07-10']);
  });

  it('given "X, a defensive league … the league was dissolved", when read, then X is dissolved on the decree\'s day, not a later one after ", and on"', () => {
    expect(
      inText(
        'The Kantonsbund, a defensive league of five cantons, defied the Diet. The Diet decreed on 20 July 1847 ' +
          'that the league was dissolved, and on 4 November, after the cantons refused, it resolved to use force.',
      ),
    ).toEqual(['EntityDissolved|Kantonsbund|1847-07-20']);
  });
});

describe('EntityDissolved: a second list closed by its own "and" before a companion list', () => {
  it('given "A, B and C, D and E, together with F, G and H", when read, then every body is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 2 May 1991 the decree dissolved the Ministry of War, the Ministry of Press and the Ministry of ' +
          'Police, the State Security Service and the Border Directorate, together with the Haitian army and ' +
          'navy, the Palace Guard and the paramilitary Black Wolves.',
      ),
    ).toEqual([
      'EntityDissolved|Ministry of War|1991-05-02',
      'EntityDissolved|Ministry of Press|1991-05-02',
      'EntityDissolved|Ministry of Police|1991-05-02',
      'EntityDissolved|State Security Service|1991-05-02',
      'EntityDissolved|Border Directorate|1991-05-02',
      'EntityDissolved|Haitian army|1991-05-02',
      'EntityDissolved|Haitian navy|1991-05-02',
      'EntityDissolved|Palace Guard|1991-05-02',
      'EntityDissolved|Black Wolves|1991-05-02',
    ]);
  });

  it('given "X and Y, the agency said", when read, then the speaker is no further body', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 2 May 1991 the decree dissolved the Ministry of War and the Ministry of Press, the State News Agency said.',
      ),
    ).toEqual(['EntityDissolved|Ministry of War|1991-05-02', 'EntityDissolved|Ministry of Press|1991-05-02']);
  });
});

describe('EntityDissolved: a unit whose colors are cased for good', () => {
  it('given "cased the colors of X …, formally ending …", when read, then X is dissolved that day', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 30 June 2014 the general cased the colors of Combined Task Force Anvil at a ceremony in Kabul, formally ' +
          'ending the task force.',
      ),
    ).toEqual(['EntityDissolved|Combined Task Force Anvil|2014-06-30']);
  });

  it('given "X furled its colors … marking the end of …", when read, then X is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 30 June 2014 the Allied Logistics Command furled its colors at a ceremony marking the end of the command.',
      ),
    ).toEqual(['EntityDissolved|Allied Logistics Command|2014-06-30']);
  });

  it.each([
    ['colors cased to move', 'On 30 June 2014 soldiers cased the colors of the 4th Brigade before its move to Kuwait.'],
    ['colors cased to be uncased', 'The Allied Logistics Command cased its colors and will uncase them in Qatar.'],
  ])('ignores %s', (_what, sentence) => {
    expect(summaryOf('EntityDissolved', sentence)).toEqual([]);
  });
});

describe('EntityDissolved: the named bodies a plural subject lists between commas', () => {
  it('given "Two parties, A and B, were dissolved", when read, then both are dissolved', () => {
    expect(
      summaryOf('EntityDissolved', 'Two parties, the Popular Front and the Liberal Union, were dissolved in 2007.'),
    ).toEqual(['EntityDissolved|Popular Front|2007', 'EntityDissolved|Liberal Union|2007']);
  });

  it('given "Three groups, A, B and C, were disbanded", when read, then all three', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Three groups, the Popular Front, the Liberal Union and the Green League, were disbanded in 2007.',
      ),
    ).toEqual([
      'EntityDissolved|Popular Front|2007',
      'EntityDissolved|Liberal Union|2007',
      'EntityDissolved|Green League|2007',
    ]);
  });
});

describe('EntityDissolved: a command named by its headquarters', () => {
  it('given "The X Command headquarters was deactivated", when read, then the command is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 30 June 2014 the Regional Support Command headquarters was deactivated at a ceremony in Herat.',
      ),
    ).toEqual(['EntityDissolved|Regional Support Command|2014-06-30']);
  });
});

describe('EntityDissolved: services listed in lower case after a service', () => {
  it('given "abolished the X, the army, air force and navy, and the Y", when read, then each service is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 12 June 1994 the junta abolished the Security Bureau, the army, air force and navy, and the Palace Guard.',
      ),
    ).toEqual([
      'EntityDissolved|Security Bureau|1994-06-12',
      'EntityDissolved|army|1994-06-12',
      'EntityDissolved|air force|1994-06-12',
      'EntityDissolved|navy|1994-06-12',
      'EntityDissolved|Palace Guard|1994-06-12',
    ]);
  });
});

describe('EntityDissolved: a passive subject listing units with owners and ordinals', () => {
  it("given an item owned by a person's name ('the Duke of York's Kent Regiment'), when read, then the items before it count too", () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The Royal Kent Regiment, the Essex Rangers, the Duke of York's Sussex Regiment and the North Devon Horse " +
          'were formally disbanded on 30 June 1923.',
      ),
    ).toEqual([
      'EntityDissolved|Royal Kent Regiment|1923-06-30',
      'EntityDissolved|Essex Rangers|1923-06-30',
      'EntityDissolved|Sussex Regiment|1923-06-30',
      'EntityDissolved|North Devon Horse|1923-06-30',
    ]);
  });

  it('given an item named by an ordinal and one word ("the 7th Dragoons"), when read, then it is a unit of the list', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The 3rd Mountain Brigade, the 7th Dragoons, and the Royal Kent Rifles were disbanded in 1923.',
      ).sort(),
    ).toEqual([
      'EntityDissolved|3rd Mountain Brigade|1923',
      'EntityDissolved|7th Dragoons|1923',
      'EntityDissolved|Royal Kent Rifles|1923',
    ]);
  });
});

describe("EntityDissolved: a plural possessive inside a body's name", () => {
  it('given "The Miners\' Union, with … members, announced that it would disband", when read, then the union', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The Miners' Union, with some 40,000 members, announced in March 2004 that it would disband.",
      ),
    ).toEqual(["EntityDissolved|Miners' Union|2004-03"]);
  });
});

describe('EntityDissolved: the members named after a companion collective', () => {
  it('given "dissolved X together with its formations, among them A, B and C", when read, then all four', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 3 May 1946 a decree dissolved the People's Front together with its formations and affiliated " +
          'organisations, among them the Green Shirts, the NKR and the Front Youth, and seized their funds.',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Front Youth|1946-05-03',
      'EntityDissolved|Green Shirts|1946-05-03',
      'EntityDissolved|NKR|1946-05-03',
      "EntityDissolved|People's Front|1946-05-03",
    ]);
  });
});

describe('EntityDissolved: a reflexive after a decision with a phrase before its "to"', () => {
  it('given "X voted at a congress on <date> to dissolve itself", when read, then X, never the congress', () => {
    expect(
      summaryOf('EntityDissolved', 'The Lisbon Union voted at a congress on 7 May 2025 to dissolve itself.'),
    ).toEqual(['EntityDissolved|Lisbon Union|2025-05-07']);
    expect(
      summaryOf('EntityDissolved', 'The rebel group voted at a congress on 7 May 2025 to dissolve itself.'),
    ).toEqual([]);
  });

  it('given "the <known body> <describing word> group announced that it had decided to dissolve itself", when read, then the body', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Hamas militant group on Monday announced that it had decided to dissolve itself.',
        '2025-05-12',
      ),
    ).toEqual(['EntityDissolved|Hamas|2025-05-12']);
  });
});

describe('EntityDissolved: a bare name set off after a description as a passive subject', () => {
  it('given "Its successor, Green Tide, was dissolved in <date>", when read, then the name is dissolved', () => {
    expect(
      summaryOf('EntityDissolved', 'Its successor, Green Tide, was dissolved in March 2021 over a donation.'),
    ).toEqual(['EntityDissolved|Green Tide|2021-03']);
  });
});

describe('EntityDissolved: the members a plural subject names after "including"', () => {
  it('given "N parties, including X, were dissolved", when read, then X is dissolved, though alone', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 June 2021 state radio said 12 parties, including the Green Liberty Union, were automatically dissolved.',
      ),
    ).toEqual(['EntityDissolved|Green Liberty Union|2021-06-04']);
  });
});

describe('EntityDissolved: a passive coordinated with the predicate of a joined clause', () => {
  it('given "…, and on <date> the X handed … over and was dissolved", when read, then X, named in the joined clause', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The foreign observers had left by May 1961, and on 2 June the Lakeland Transitional Council passed its powers to the new state and was dissolved.',
      ),
    ).toEqual(['EntityDissolved|Lakeland Transitional Council|1961-06-02']);
  });

  it('given "Heading: The X transfers …, and is dissolved", when read, then X, named after the colon', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Transition: The Northern Reconstruction Authority formally hands control to the elected cabinet a week early, and is dissolved.',
      ),
    ).toEqual(['EntityDissolved|Northern Reconstruction Authority|2020-01-01']);
  });
});

describe('EntityDissolved: a counted description of bodies as an active object, named in the next sentence', () => {
  it('given "dissolved the country\'s two X commissions as well as the Y", when read, then the two commissions named next and Y', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The junta has dissolved the country's two audit commissions as well as the Ministry of Tourism, an aide said on 4 May 2020.\n\nThe aide said the Federal Audit Commission and the Regional Audit Commission were no longer useful.",
      ),
    ).toEqual([
      'EntityDissolved|Federal Audit Commission|2020-05-04',
      'EntityDissolved|Regional Audit Commission|2020-05-04',
      'EntityDissolved|Ministry of Tourism|2020-05-04',
    ]);
  });

  it('given "dissolved its two X councils", alone, when read, then the two councils named next', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 May 2020 the junta dissolved its two advisory councils. The Northern Advisory Council and the Southern Advisory Council had met monthly.',
      ),
    ).toEqual([
      'EntityDissolved|Northern Advisory Council|2020-05-04',
      'EntityDissolved|Southern Advisory Council|2020-05-04',
    ]);
  });
});

describe('EntityDissolved: a coordinated passive subject whose later item opens with an owner', () => {
  it('given "the X Senate and her Y Party had been dissolved", when read, then both bodies', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 3 March 1981 the colonels announced that the Federal Senate and her Liberal Reform Party had been dissolved.',
      ),
    ).toEqual(['EntityDissolved|Liberal Reform Party|1981-03-03', 'EntityDissolved|Federal Senate|1981-03-03']);
  });

  it('given "his X Party had been dissolved" after a verb phrase, when read, then only the party', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 3 March 1981 the colonels met the Federal Senate and announced that his Liberal Reform Party had been dissolved.',
      ),
    ).toEqual(['EntityDissolved|Liberal Reform Party|1981-03-03']);
  });
});

describe('EntityDissolved: a name with a plural possessive before its head, referred to by "its"', () => {
  it('given "declared the X Farmers\' Federation (XFF) unlawful, ordered its dissolution", when read, then the whole name', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 9 May 1976 a decree declared the Southern Farmers' Federation (SFF) unlawful and ordered its dissolution.",
      ),
    ).toEqual(["EntityDissolved|Southern Farmers' Federation|1976-05-09"]);
  });

  it('given "the Southern" before a longer name, when read, then never the first word alone', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "On 9 May 1976 a decree declared the Southern Farmers' Credit Fund (SFCF) unlawful and ordered its dissolution.",
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: two coordinated participles after a perfect passive', () => {
  it('given "the X Brigade has been demobilised and disbanded", when read, then the brigade', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 June 2011 the Northern Brigade has been demobilised and disbanded, an aide said.',
      ),
    ).toEqual(['EntityDissolved|Northern Brigade|2011-06-04']);
  });

  it('given "has been demobilised and will be disbanded", when read, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 June 2011 the Northern Brigade has been demobilised and will be disbanded, an aide said.',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: air and naval units named by "Wing", "Squadron" or "Fleet"', () => {
  it('given "the 51st Wing was inactivated", when read, then the wing', () => {
    expect(
      summaryOf('EntityDissolved', 'On 2 October 1993 the 51st Wing was inactivated at a ceremony on the flight line.'),
    ).toEqual(['EntityDissolved|51st Wing|1993-10-02']);
  });

  it('given "the old wing was inactivated" in lower case, when read, then nothing', () => {
    expect(
      summaryOf('EntityDissolved', 'On 2 October 1993 the old wing was inactivated at a ceremony on the flight line.'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a congress or senate named bare and with one word before it is one body', () => {
  it('given "dissolved Congress" and later "declared the National Congress dissolved", when read, then one body', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The ruling council has dissolved Congress, an aide said on 5 May 1981.\n\nA decree signed on 4 May 1981 declared the National Congress dissolved.',
      ),
    ).toHaveLength(1);
  });

  it('given "dissolved the Senate" and "dissolved the National Congress", when read, then two bodies', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The ruling council has dissolved the Senate, an aide said on 5 May 1981.\n\nA decree signed on 4 May 1981 declared the National Congress dissolved.',
      ),
    ).toHaveLength(2);
  });
});

describe('EntityDissolved: "the armed forces" opening an object list with companions and lower-case heads', () => {
  it('given "dissolved the armed forces, including the X Guard, as well as the Y paramilitary force and the Z Service", when read, then each body', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 12 April 1994 a decree dissolved the armed forces, including the Presidential Guard, as well as the Popular Defence paramilitary force and the Central Security Service.',
      ),
    ).toEqual([
      'EntityDissolved|Presidential Guard|1994-04-12',
      'EntityDissolved|Popular Defence|1994-04-12',
      'EntityDissolved|Central Security Service|1994-04-12',
    ]);
  });

  it('given "praised the armed forces, including the X Guard", when read, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 12 April 1994 the general praised the armed forces, including the Presidential Guard.',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a state armed force known by a name of its own', () => {
  it('given "the Special Air Service was disbanded", when read, then the force', () => {
    expect(
      summaryOf('EntityDissolved', 'After the armistice the Special Air Service was disbanded on 8 October 1945.'),
    ).toEqual(['EntityDissolved|Special Air Service|1945-10-08']);
  });

  it('given "declared the Bundeswehr dissolved", when read, then the force', () => {
    expect(
      summaryOf('EntityDissolved', 'A law of 3 March 1950 declared the Bundeswehr dissolved, with all its staffs.'),
    ).toEqual(['EntityDissolved|Bundeswehr|1950-03-03']);
  });

  it('given "the Kremlin announced that it had dissolved itself", when read, then never the seat of government', () => {
    expect(summaryOf('EntityDissolved', 'On 3 March 1950 the Kremlin announced that it had dissolved itself.')).toEqual(
      [],
    );
  });
});

describe('EntityDissolved: a reference to a body with its age before the noun', () => {
  it('given "X … a protocol dissolving the 40-year-old alliance whose …", when read, then X', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Envoys of Comecon signed a protocol on 2 June 1994 formally dissolving the 40-year-old alliance whose fleets once faced the Royal Navy.',
      ),
    ).toEqual(['EntityDissolved|Comecon|1994-06-02']);
  });

  it('given "praised the 40-year-old alliance", when read, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Envoys of Comecon signed a protocol on 2 June 1994 praising the 40-year-old alliance whose fleets once faced the Royal Navy.',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a passive subject with a participle phrase after its name', () => {
  it('given "the Grand Assembly elected under the Varga regime was dissolved", when read, then the Grand Assembly', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 May 2031 the Grand Assembly elected under the Varga regime was dissolved by the new council.',
      ),
    ).toEqual(['EntityDissolved|Grand Assembly|2031-05-04']);
  });

  it('given "the Grand Assembly elected under the Varga regime was reopened", when read, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 May 2031 the Grand Assembly elected under the Varga regime was reopened by the new council.',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "the parliament" in a decided list with no body named before', () => {
  it('given "announced the dissolution of the parliament, the army and the X Party", when read, then all three', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 May 2031 the new rulers announced the dissolution of the parliament, the army and the Unity Party.',
      ),
    ).toEqual([
      'EntityDissolved|parliament|2031-05-04',
      'EntityDissolved|army|2031-05-04',
      'EntityDissolved|Unity Party|2031-05-04',
    ]);
  });

  it('given "announced the dissolution of the alliance" with no alliance named, when read, then nothing', () => {
    expect(
      summaryOf('EntityDissolved', 'On 4 May 2031 the new rulers announced the dissolution of the alliance.'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "ceased to function" needs a named body', () => {
  it('given "the Lake Zone was abolished, its government ceased to function", when read, then only the Lake Zone', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 May 2031 the Lake Zone was formally abolished, its government ceased to function, and its land reverted to the state.',
      ),
    ).toEqual(['EntityDissolved|Lake Zone|2031-05-04']);
  });

  it('given "the Joint Patrol Commission ceased to function", when read, then the commission', () => {
    expect(summaryOf('EntityDissolved', 'On 4 May 2031 the Joint Patrol Commission ceased to function.')).toEqual([
      'EntityDissolved|Joint Patrol Commission|2031-05-04',
    ]);
  });
});

describe('EntityDissolved: a named member of an unnamed passive subject', () => {
  it('given "the structures of the bloc, including its Joint Command, were abolished", when read, then Joint Command', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The military structures of the bloc, including its Joint Command, were abolished on 31 March 2031.',
      ),
    ).toEqual(['EntityDissolved|Joint Command|2031-03-31']);
  });

  it('given "…, including its Joint Command, were inspected", when read, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The military structures of the bloc, including its Joint Command, were inspected on 31 March 2031.',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a demonstrative reference to a body named before', () => {
  it('given "members of the Northern Trade Council signed a protocol dissolving that organisation", when read, then the council', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 May 2031 members of the Northern Trade Council signed a protocol dissolving that organisation.',
      ),
    ).toEqual(['EntityDissolved|Northern Trade Council|2031-05-04']);
  });

  it('given "… signed a protocol praising that organisation", when read, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On 4 May 2031 members of the Northern Trade Council signed a protocol praising that organisation.',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: idioms of a body passing away', () => {
  it('given "the Northern Defence Organisation passed into history", when read, then the organisation', () => {
    expect(
      summaryOf('EntityDissolved', 'On 4 May 2031 the Northern Defence Organisation passed into history.'),
    ).toEqual(['EntityDissolved|Northern Defence Organisation|2031-05-04']);
  });

  it('given "the Northern Defence Organisation went out of business", when read, then the organisation', () => {
    expect(
      summaryOf('EntityDissolved', 'On 4 May 2031 the Northern Defence Organisation went out of business.'),
    ).toEqual(['EntityDissolved|Northern Defence Organisation|2031-05-04']);
  });

  it('given "the old custom passed into history", when read, then nothing', () => {
    expect(summaryOf('EntityDissolved', 'On 4 May 2031 the old custom passed into history.')).toEqual([]);
  });

  it('given "the Northern Defence Organisation passed into law a new charter", when read, then nothing', () => {
    expect(
      summaryOf('EntityDissolved', 'On 4 May 2031 the Northern Defence Organisation passed into law a new charter.'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a dissolution fixed for the day of the report', () => {
  it('given "the X Federation will be formally dissolved at midnight tonight", when read, then the federation that day', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Lakeland Federation will be formally dissolved at midnight tonight, officials said.',
        '2031-05-04',
      ),
    ).toEqual(['EntityDissolved|Lakeland Federation|2031-05-04']);
  });

  it('given "the X Federation will be dissolved next year", when read, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Lakeland Federation will be dissolved next year, officials said.',
        '2031-05-04',
      ),
    ).toEqual([]);
  });

  it('given "the X Federation would be dissolved tonight if …", when read, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Lakeland Federation would be dissolved tonight if the vote passed, officials said.',
        '2031-05-04',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a body described by who holds it', () => {
  it('given "the <Holder>-led <institution>", when dissolved, then the institution, not the holder', () => {
    expect(summary(dissolutions('The court dissolved the Royalist-led senate on Tuesday.'))).toEqual([
      'EntityDissolved|senate|2022-03-29',
    ]);
  });

  it('given "dissolved the <Holder>-dominated <institution>", when read, then the institution', () => {
    expect(summary(dissolutions('The premier dissolved the Unionist-dominated council by decree on Tuesday.'))).toEqual(
      ['EntityDissolved|council|2022-03-29'],
    );
  });

  it('given a holder compound in a threat, when read, then no dissolution', () => {
    expect(summary(dissolutions('The president threatened to dissolve the Royalist-led senate on Tuesday.'))).toEqual(
      [],
    );
  });
});

describe('EntityDissolved: a named faction, unit or wing', () => {
  it.each([
    ['The Karpathos faction was disbanded on Tuesday.', 'EntityDissolved|Karpathos faction|2022-03-29'],
    ['The rebels’ Sahel Hawks unit was disbanded on Tuesday.', 'EntityDissolved|Sahel Hawks unit|2022-03-29'],
    ['The Lion Gate wing was formally dissolved on Tuesday.', 'EntityDissolved|Lion Gate wing|2022-03-29'],
  ])('given "%s", when read, then the named group is dissolved', (text, event) => {
    expect(summary(dissolutions(text))).toEqual([event]);
  });

  it.each([
    ['a demonym, not a name', 'The Tunisian unit was disbanded on Tuesday.'],
    ['a call', 'Critics called for the Karpathos faction to be disbanded.'],
  ])('given %s, when read, then no dissolution', (_, text) => {
    expect(summary(dissolutions(text))).toEqual([]);
  });
});

describe('EntityDissolved: a second predicate of the body joined by "but" or "before being"', () => {
  it.each([
    [
      'The Harbour Party won six seats in 2019 but was dissolved by the courts on Tuesday.',
      'EntityDissolved|Harbour Party|2022-03-29',
    ],
    [
      'The Desert Lancers Brigade served in Sinai before being disbanded in 2004.',
      'EntityDissolved|Desert Lancers Brigade|2004',
    ],
    ['The Coastal League ruled in Goa until being dissolved in 1999.', 'EntityDissolved|Coastal League|1999'],
  ])('given "%s", when read, then the body is dissolved', (text, event) => {
    expect(summary(dissolutions(text))).toEqual([event]);
  });

  it.each([
    ['a negation', 'The Harbour Party won six seats in 2019 but was not dissolved.'],
    ['a possibility', 'The Harbour Party won six seats in 2019 but could be dissolved by the courts.'],
    ['a risk', 'The Harbour Party won six seats in 2019 but risks being dissolved.'],
  ])('given %s, when read, then no dissolution', (_, text) => {
    expect(summary(dissolutions(text))).toEqual([]);
  });
});

describe('EntityDissolved: an institution ordered dissolved', () => {
  it.each([
    ['The high court ordered the senate dissolved on Tuesday.', 'EntityDissolved|senate|2022-03-29'],
    ['The tribunal ruled the Unionist-led assembly dissolved on Tuesday.', 'EntityDissolved|assembly|2022-03-29'],
  ])('given "%s", when read, then the institution is dissolved', (text, event) => {
    expect(summary(dissolutions(text))).toEqual([event]);
  });

  it.each([
    ['a demand', 'Protesters demanded the senate dissolved on Tuesday.'],
    ['an order to someone else', 'The court ordered the senate president removed on Tuesday.'],
  ])('given %s, when read, then no dissolution', (_, text) => {
    expect(summary(dissolutions(text))).toEqual([]);
  });
});

describe('EntityDissolved: bodies listed after "the dissolution of", and a past regime\'s bodies', () => {
  it('reads every "of" item of one dissolution, the last one too', () => {
    const e = dissolutions(
      "The ruling council announced the dissolution of the Green Unity Party, of the Harbour Guard, and of the People's Senate.",
    );
    expect(summary(e)).toEqual([
      'EntityDissolved|Green Unity Party|2022-03-30',
      'EntityDissolved|Harbour Guard|2022-03-30',
      "EntityDissolved|People's Senate|2022-03-30",
    ]);
  });

  it('stops at an "of" that opens no further item', () => {
    const e = dissolutions(
      'The ruling council announced the dissolution of the Green Unity Party, a member of the coalition since 2010.',
    );
    expect(summary(e)).toEqual(['EntityDissolved|Green Unity Party|2022-03-30']);
  });

  it("names a past regime's army with its owner", () => {
    expect(summary(dissolutions("The new rulers dissolved the former regime's army on Tuesday."))).toEqual([
      "EntityDissolved|former regime's army|2022-03-29",
    ]);
  });

  it('names the army of the regime in power without its owner', () => {
    expect(summary(dissolutions("The junta dissolved the country's army on Tuesday."))).toEqual([
      'EntityDissolved|army|2022-03-29',
    ]);
  });

  it('keeps one body whose short name a later sentence completes', () => {
    const e = dissolutions(
      'The council dissolved the Unity Party and the assembly. The Democratic Unity Party, in power since 1990, was dissolved with it.',
    );
    expect(summary(e).filter((x) => x.includes('Unity'))).toEqual([
      'EntityDissolved|Democratic Unity Party|2022-03-30',
    ]);
  });
});

describe('EntityDissolved: a reference to the body a text is about', () => {
  it('reads "Its dissolution" as the body the lede after the dateline opens with', () => {
    const e = extract(
      'PRAGUE, May 2 (Wire) - The Eastern Rail Union, created in 1960 to link Czechoslovakia, East Germany and Yugoslavia into one network, comes to an end at midnight tonight.\n\nIts dissolution was agreed at a summit in March.',
      '1991-05-02',
    ).filter((x) => x.type === 'EntityDissolved');
    expect(e.map((x) => x.entity.name)).toEqual(['Eastern Rail Union']);
  });

  it('reads the name opening a sentence past a participle phrase that holds a list', () => {
    const e = dissolutions(
      'The Eastern Rail Union, created in 1960 to link Czechoslovakia, East Germany and Yugoslavia, came to an end on May 2, 1991.',
    );
    expect(summary(e)).toEqual(['EntityDissolved|Eastern Rail Union|1991-05-02']);
  });

  it('keeps a future end of the lede body a non-event', () => {
    const e = extract(
      'OSLO, May 2 (Wire) - The Nordic Harbour League, formed in 1950 to join Tessia, Varna and Gorland into one port authority, may come to an end next year.',
      '2022-05-02',
    ).filter((x) => x.type === 'EntityDissolved');
    expect(e).toEqual([]);
  });

  it('reads "the alliance" as the organization the paragraph opened with, sentences before', () => {
    const e = dissolutions(
      'The Southeast Asia Treaty Organization had lost its purpose by 1975. Its members met in Manila that year. Pakistan had already left. On June 30, 1977, the remaining members signed a protocol formally dissolving the alliance.',
    );
    expect(summary(e)).toEqual(['EntityDissolved|SEATO|1977-06-30']);
  });

  it('reads "the force" as the body the paragraph opened with by a name carrying "Force", sentences before', () => {
    const e = dissolutions(
      'The Ruritanian Frontier Force was a colonial gendarmerie raised in 1926. It guarded the northern border. Its ranks were drawn from the hill tribes. Its officers came from the Lowland Rifles. Its squadrons served in the desert war. With peace approaching, the force was disbanded on 9 February 1948.',
    );
    expect(summary(e)).toEqual(['EntityDissolved|Ruritanian Frontier Force|1948-02-09']);
  });

  it('reads "the peacekeeping mission" as the Operation named before it in the sentence', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Lake Region Hybrid Operation in Gabon (LRHO) on Friday began withdrawing its staff, a day after the peacekeeping mission formally ended its operations.',
        '2021-01-01',
      ),
    ).toEqual(['EntityDissolved|Lake Region Hybrid Operation in Gabon|2020-12-31']);
    // Near-miss: a body that is no mission, operation or force is not what "the mission" means.
    expect(
      summaryOf(
        'EntityDissolved',
        'The Lake Region Trade Council in Gabon (LRTC) on Friday began withdrawing its staff, a day after the peacekeeping mission formally ended its operations.',
        '2021-01-01',
      ),
    ).toEqual([]);
  });

  it('leaves "the force" unread where the paragraph opened with a body of another head', () => {
    const e = dissolutions(
      'The Ruritanian Frontier Corps was a colonial gendarmerie raised in 1926. It guarded the northern border. Its ranks were drawn from the hill tribes. Its officers came from the Lowland Rifles. Its squadrons served in the desert war. With peace approaching, the force was disbanded on 9 February 1948.',
    );
    expect(summary(e)).toEqual([]);
  });

  it('leaves "the alliance" unread where the paragraph opened with no organization', () => {
    const e = dissolutions(
      'Tessia and Varna had quarrelled for years. Their envoys met in Oslo in 1975. Gorland had already left. On June 30, 1977, the remaining members signed a protocol formally dissolving the alliance.',
    );
    expect(summary(e)).toEqual([]);
  });
});

describe('EntityDissolved: a legislature dissolved again years later', () => {
  it('keeps two dissolutions of one chamber years apart', () => {
    const e = dissolutions(
      'President Arlo Venn dissolved the Senate on Monday. It was the first time a president had shut down the chamber since Dora Quill dissolved the Senate on June 2, 1995.',
    );
    expect(summary(e)).toEqual(['EntityDissolved|Senate|2022-03-28', 'EntityDissolved|Senate|1995-06-02']);
  });

  it('keeps one dissolution where the dates are a year-less day and the report', () => {
    const e = dissolutions(
      'The king granted the request for the dissolution of the Senate. The Senate will be dissolved on 30 March.',
      '2022-03-25',
    );
    expect(e).toHaveLength(1);
  });
});

describe("EntityDissolved: a body's own report that it is disbanding", () => {
  it('reads "said on Sunday it was disbanding" as the body dissolving itself', () => {
    expect(summary(dissolutions('The Harbour Workers Alliance said on Sunday it was disbanding.'))).toEqual([
      'EntityDissolved|Harbour Workers Alliance|2022-03-27',
    ]);
  });

  it.each([
    ['a denial', 'The Harbour Workers Alliance said on Sunday it was not disbanding.'],
    ['a condition', 'The Harbour Workers Alliance said it was disbanding only if the court ruled against it.'],
  ])('given %s, when read, then no dissolution', (_, text) => {
    expect(summary(dissolutions(text))).toEqual([]);
  });
});

describe("EntityDissolved: a state's army and armed forces", () => {
  it('keeps an army listed with its sister services apart from the armed forces', () => {
    const e = dissolutions(
      "The council on Friday dissolved Iraq's armed forces. The order also dissolved the Ministry of Defence, the army, air force and navy.",
    );
    expect(summary(e)).toEqual([
      "EntityDissolved|Iraq's armed forces|2022-03-25",
      'EntityDissolved|Ministry of Defence|2022-03-30',
      'EntityDissolved|army|2022-03-30',
      'EntityDissolved|air force|2022-03-30',
      'EntityDissolved|navy|2022-03-30',
    ]);
  });

  it('still reads an army named alone as the armed forces', () => {
    const e = dissolutions("The council dissolved Iraq's armed forces on Friday. Iraq's army was dissolved with them.");
    expect(e).toHaveLength(1);
  });

  it("reads a ruler's armed forces and the people's armed forces as one body", () => {
    const e = dissolutions(
      "The council dissolved Saddam Hussein's armed forces on Friday. The order dissolves the Iraqi armed forces and the Republican Guard.",
    );
    expect(summary(e)).toEqual([
      "EntityDissolved|Saddam Hussein's armed forces|2022-03-25",
      'EntityDissolved|Republican Guard|2022-03-30',
    ]);
  });

  it("keeps two states' armed forces apart", () => {
    const e = dissolutions(
      'The council dissolved the Iraqi armed forces on Friday. The order also dissolves the Kuwaiti armed forces.',
    );
    expect(e).toHaveLength(2);
  });
});

describe("EntityDissolved: a body's structures", () => {
  it('never reads "abolished its military structures" as the military dissolved', () => {
    expect(summary(dissolutions('The Northern Pact abolished its military structures on Friday.'))).toEqual([]);
  });

  it('still reads "abolished its military" where the military is the body', () => {
    expect(summary(dissolutions('The junta abolished its military on Friday.'))).toHaveLength(1);
  });
});

describe('EntityDissolved: a list of bodies before a passive, some named by description', () => {
  it("reads each item, the army of a past regime and a body's agencies among them", () => {
    const e = dissolutions(
      'The charter is suspended, and the Harbour Senate, the army of the former regime, its security agencies and the Unity Party are dissolved.',
    );
    expect(summary(e).sort()).toEqual([
      'EntityDissolved|Harbour Senate|2022-03-30',
      'EntityDissolved|Unity Party|2022-03-30',
      'EntityDissolved|army of the former regime|2022-03-30',
      'EntityDissolved|security agencies|2022-03-30',
    ]);
  });

  it('keeps such a list a non-event where the dissolution is only planned', () => {
    const e = dissolutions(
      'The Harbour Senate, the army of the former regime, its security agencies and the Unity Party may be dissolved.',
    );
    expect(summary(e)).toEqual([]);
  });
});

describe('EntityDissolved: the member bodies of a named body dissolved with another', () => {
  it('reads "together with the parties of the X Front" as those parties', () => {
    const e = dissolutions('The Unity Party was dissolved on Friday together with the parties of the Harbour Front.');
    expect(summary(e)).toEqual([
      'EntityDissolved|Unity Party|2022-03-25',
      'EntityDissolved|parties of the Harbour Front|2022-03-25',
    ]);
  });

  it('never reads the members of an unnamed body', () => {
    const e = dissolutions('The Unity Party was dissolved on Friday together with the parties of the old front.');
    expect(summary(e)).toEqual(['EntityDissolved|Unity Party|2022-03-25']);
  });
});

describe('EntityDissolved: an object followed by an adverb of time', () => {
  it('reads "disbanded the organization later that year" as the organization named before', () => {
    const e = dissolutions(
      'The Harbour Pact took the name Northern Treaty Organization in 1960. Its last members formally disbanded the organization later that year.',
    );
    expect(summary(e).map((x) => x.split('|')[1])).toEqual(['Northern Treaty Organization']);
  });

  it('keeps a capitalized word of a name inside it', () => {
    const e = dissolutions('The court dissolved the Later Dawn Party on Friday.');
    expect(summary(e)).toEqual(['EntityDissolved|Later Dawn Party|2022-03-25']);
  });
});

describe('EntityDissolved: a decision far from its "to" past a date and commas', () => {
  it('reads "agreed in Oslo a few days earlier, on May 4, to disband itself"', () => {
    const e = dissolutions(
      'The Harbour Workers Alliance had agreed in Oslo a few days earlier, on May 4, to disband itself.',
    );
    expect(summary(e).map((x) => x.split('|')[1])).toEqual(['Harbour Workers Alliance']);
  });

  it('keeps a refusal between the decision and its "to" a non-event', () => {
    const e = dissolutions('The Harbour Workers Alliance agreed in Oslo, on May 4, not to disband itself.');
    expect(summary(e)).toEqual([]);
  });
});

describe('EntityDissolved: "it" after a clause ending on a reference to the organization', () => {
  it('reads "agreed to phase out the organization, and it formally ended" as the paragraph\'s organization', () => {
    const e = dissolutions(
      'The Southeast Asia Treaty Organization was founded in 1954. It never had forces of its own. Its members quarrelled. At a meeting in 1975, the Harbour Council agreed to phase out the organization, and it formally ended on June 30, 1977.',
    );
    expect(summary(e)).toEqual(['EntityDissolved|SEATO|1977-06-30']);
  });

  it('leaves "it" to the body named before where the clause ends on something else', () => {
    const e = dissolutions(
      'The Southeast Asia Treaty Organization was founded in 1954. It never had forces of its own. Its members quarrelled. At a meeting in 1975, the ministers agreed to phase out the treaty, and it formally ended on June 30, 1977.',
    );
    expect(summary(e)).not.toContain('EntityDissolved|SEATO|1977-06-30');
  });
});

describe('EntityDissolved: a subject with a phrase of the capacity in which it ends', () => {
  it.each([
    ['The council declared that the Eastern Rail Union as a state and a subject of law ceases to exist.'],
    ['The leaders declared that the Eastern Rail Union, “as a subject of law and a reality,” had ceased to exist.'],
  ])('given "%s", when read, then the subject ceases to exist', (text) => {
    expect(summary(dissolutions(text)).map((x) => x.split('|')[1])).toEqual(['Eastern Rail Union']);
  });

  it('keeps a capacity phrase before a modal a non-event', () => {
    expect(summary(dissolutions('The Eastern Rail Union as a customs zone may cease to exist next year.'))).toEqual([]);
  });
});

describe('EntityDissolved: a power or an ability to dissolve is no dissolution', () => {
  it('given "only the king can dissolve the Storting", then no dissolution', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Under the charter, only the king can dissolve the Storting, and only after a new election is called.',
      ),
    ).toEqual([]);
  });

  it('given "you cannot dissolve the Patriotic Front", then no dissolution', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        '"They cannot dissolve the Patriotic Front by decree," an opposition leader said on Monday.',
      ),
    ).toEqual([]);
  });

  it('given "the king dissolved the Storting in May", then a dissolution', () => {
    expect(
      summaryOf('EntityDissolved', 'The king dissolved the Storting in May, weeks before the vote.', '2020-09-01'),
    ).toEqual(['EntityDissolved|Storting|2020-05']);
  });
});

describe('EntityDissolved: an indefinite article is no part of a name', () => {
  it('given "A Joint Border Verification Commission was set up … The commission was dissolved", then one name without "A"', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'A Joint Border Verification Commission was set up in 1991 to watch the frontier. The commission was dissolved in March 1993.',
        '2020-09-01',
      ),
    ).toEqual(['EntityDissolved|Joint Border Verification Commission|1993-03']);
  });

  it('given a commission only set up, then no dissolution', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'A Joint Border Verification Commission was set up in 1991 to watch the frontier.',
        '2020-09-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a unit disbanded in a participle clause, and units named by their arm', () => {
  it('given "The Northern Light Infantry held a last parade … before being disbanded", then the main subject', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Northern Light Infantry held a last parade in May 1990 before being disbanded.',
        '2020-09-01',
      ),
    ).toEqual(['EntityDissolved|Northern Light Infantry|1990-05']);
  });

  it('given "will hold a last parade before being disbanded", then no dissolution', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Northern Light Infantry will hold a last parade before being disbanded.',
        '2020-09-01',
      ),
    ).toEqual([]);
  });

  it('given "Colonel Smith retired before being disbanded", then no dissolution (a person is no body)', () => {
    expect(
      summaryOf('EntityDissolved', 'Colonel Smith retired in May 1990 before being disbanded.', '2020-09-01'),
    ).toEqual([]);
  });

  it('given "The Lovat Scouts were disbanded in 1980", then the scouts', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Lovat Scouts were disbanded in 1980, many of their members joining the police.',
        '2020-09-01',
      ),
    ).toEqual(['EntityDissolved|Lovat Scouts|1980']);
  });

  it('given scouts only camping, then no dissolution', () => {
    expect(summaryOf('EntityDissolved', 'The Lovat Scouts held a summer camp in 1980.', '2020-09-01')).toEqual([]);
  });
});

describe('EntityDissolved: a body that announces the dissolution of all its structures', () => {
  it('given "The Kurdistan Workers\' Party announced the dissolution of all its structures", then the party', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The Kurdistan Workers' Party announced the complete dissolution of all its structures on Monday.",
        '2025-05-14',
      ),
    ).toEqual(["EntityDissolved|Kurdistan Workers' Party|2025-05-12"]);
  });

  it('given a demand for the dissolution of all its structures, then no dissolution', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The Kurdistan Workers' Party demanded the dissolution of all its structures on Monday.",
        '2025-05-14',
      ),
    ).toEqual([]);
  });

  it('given the dissolution of its youth structures only, then no dissolution', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The Kurdistan Workers' Party announced the dissolution of all its youth structures on Monday.",
        '2025-05-14',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a body that has dismantled all its structures', () => {
  it('given "announced that it had \\"completely dismantled\\" all its structures", then the body', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Kurdistan Workers\' Party announced on Monday that it had "completely dismantled" all its structures.',
        '2025-05-14',
      ),
    ).toEqual(["EntityDissolved|Kurdistan Workers' Party|2025-05-12"]);
  });

  it('given a body that dismantled its camps, then no dissolution', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The Kurdistan Workers' Party dismantled its camps in the mountains on Monday.",
        '2025-05-14',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: named members of a dissolved class of parties', () => {
  it('given "dissolved all political parties, including the Union for Progress and the Party for Change", then both', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The junta has dissolved all political parties, including the Union for Progress and the Party for Change.',
        '2025-05-14',
      ),
    ).toEqual(['EntityDissolved|Union for Progress|2025-05-14', 'EntityDissolved|Party for Change|2025-05-14']);
  });

  it('given the members named in the next sentence for the same noun, then the members', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The junta has dissolved all political parties and associations. The order covers every registered party, including the Union for Progress, which ruled in the 1990s, and the Party for Change.',
        '2025-05-14',
      ),
    ).toContain('EntityDissolved|Union for Progress|2025-05-14');
  });

  it('given parties only suspended, then no dissolution of their members', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The junta has suspended all political parties. The order covers every registered party, including the Union for Progress.',
        '2025-05-14',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a list of dissolved parties past relative clauses and acronyms', () => {
  it('given "the Union for Progress, which ruled in the 1990s, and the Party for Change", then both', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The junta dissolved the Union for Progress, which ruled in the 1990s, and the Party for Change.',
        '2025-05-14',
      ),
    ).toEqual(['EntityDissolved|Union for Progress|2025-05-14', 'EntityDissolved|Party for Change|2025-05-14']);
  });

  it('given a relative clause that names another party as its object, then only the dissolved one', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The junta dissolved the Union for Progress, which had angered the Party for Change.',
        '2025-05-14',
      ),
    ).toEqual(['EntityDissolved|Union for Progress|2025-05-14']);
  });

  it('given a hyphenated acronym in brackets and a party named a Rally, then both', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The junta dissolved the Union for Progress (UFP-R) and the Rally for Change.',
        '2025-05-14',
      ),
    ).toEqual(['EntityDissolved|Union for Progress|2025-05-14', 'EntityDissolved|Rally for Change|2025-05-14']);
  });

  it('given a rally held by a party, then no dissolution', () => {
    expect(
      summaryOf('EntityDissolved', 'The Rally for Change held a rally in the capital on Monday.', '2025-05-14'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: the body whose end a relative clause states', () => {
  it('given "the termination of the Anglo-Irish Alliance, which formally came to an end on …", then the alliance', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The treaty provided for the termination of the Anglo-Irish Alliance, which formally came to an end on August 17, 1923.',
        '2020-09-01',
      ),
    ).toEqual(['EntityDissolved|Anglo-Irish Alliance|1923-08-17']);
  });

  it('given "the expansion of the alliance, which came to an end", then no dissolution of the alliance', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The treaty provided for the expansion of the Anglo-Irish Alliance, which formally came to an end on August 17, 1923.',
        '2020-09-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: the members named after a collective and its opener', () => {
  it('given "dissolved four small parties, among them A B C and D E F", then each bare name is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The electoral court on Monday dissolved four small parties, among them Rakyat Baru Maju and Suara Desa Kita.',
        '2019-08-14',
      ).sort(),
    ).toEqual(['EntityDissolved|Rakyat Baru Maju|2019-08-12', 'EntityDissolved|Suara Desa Kita|2019-08-12']);
  });

  it('given members named with the lower-case head "party", then the head ends each name', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The decree of 4 June 1971 dissolves the nine registered parties, among them the Liberal Reform party, the Farmers party and the Popular Unity Front, and suspends the courts.',
        '1971-06-05',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Farmers Party|1971-06-04',
      'EntityDissolved|Liberal Reform Party|1971-06-04',
      'EntityDissolved|Popular Unity Front|1971-06-04',
    ]);
  });

  it('given an opener that does not follow the collective, then a bare name after it is no member', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The court on Monday dissolved four small parties and barred their leaders, among them Rakyat Baru Maju.',
        '2019-08-14',
      ),
    ).toEqual([]);
  });

  it('given "abolished Ruritania\'s political parties", then the lower-case class is no entity', () => {
    expect(
      summaryOf('EntityDissolved', "The colonel on Tuesday abolished Ruritania's political parties.", '1971-06-05'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: cessation stated for the day, declared dissolved, and whose mandate ended', () => {
  it('given "will cease to exist at midnight tonight" in a dated report, then the body ends that day', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'LUSAKA, Monday. - The Central African Customs Union will cease to exist at midnight tonight, twelve years after its founding.',
        '1971-03-01',
      ),
    ).toEqual(['EntityDissolved|Central African Customs Union|1971-03-01']);
  });

  it('given "will cease to exist next year", then it stays a plan', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'LUSAKA, Monday. - The Central African Customs Union will cease to exist next year, twelve years after its founding.',
        '1971-03-01',
      ),
    ).toEqual([]);
  });

  it('given "boycotted the vote and was declared dissolved by the commission", then the body is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Freedom Alliance of Ruritania boycotted the vote and was declared dissolved by the election commission.',
        '2012-04-02',
      ),
    ).toEqual(['EntityDissolved|Freedom Alliance of Ruritania|2012-04-02']);
  });

  it('given a negation inside a relative clause set off after the subject, then the main verb is still a fact', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Freedom Alliance of Ruritania, which won a vote the generals never accepted, was dissolved by the court.',
        '2012-04-02',
      ),
    ).toEqual(['EntityDissolved|Freedom Alliance of Ruritania|2012-04-02']);
  });

  it('given "X was declared illegal", then nothing is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Freedom Alliance of Ruritania boycotted the vote and was declared illegal by the election commission.',
        '2012-04-02',
      ),
    ).toEqual([]);
  });

  it('given "the X Observer Group (XOG), whose mandate the Security Council terminated", then the group, never the Council', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The pullback was checked by the UN Ruritania Border Observer Group (UNRBOG), whose mandate the Security Council terminated on 13 June 1996.',
        '1996-07-01',
      ),
    ).toEqual(['EntityDissolved|UN Ruritania Border Observer Group|1996-06-13']);
  });

  it('given "whose leader the Council dismissed", then nothing is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The talks were led by the Ruritania Peace Council, whose chairman the parliament dismissed on 13 June 1996.',
        '1996-07-01',
      ),
    ).toEqual([]);
  });

  it('given "the Council agreed to wind the organization up, and it was dissolved", then the organization, never the Council', () => {
    const names = summaryOf(
      'EntityDissolved',
      'The Warsaw Treaty Organization, founded in 1955, never fought a war, and its members rarely agreed. Hungary wanted out in 1990. In February 1991 the Political Consultative Committee agreed to wind the organization up, and it was formally dissolved on July 1, 1991.',
      '2000-01-01',
    ).map((e) => e.split('|')[1]);
    expect(names).toEqual(['Warsaw Pact']);
  });
});

describe('EntityDissolved: a junta named by its description and then by its name', () => {
  it('given "the ruling junta dissolved itself" and "the X Council had been dissolved" the same day, then one body', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "Ruritania's ruling junta formally dissolved itself on Wednesday, handing power to a civilian cabinet. State radio said the National Order Council had been dissolved after the new president was sworn in.",
        '2014-05-22',
      ),
    ).toEqual(['EntityDissolved|National Order Council|2014-05-21']);
  });

  it('given the junta dated by the report and the named council by the day before, then one body', () => {
    const e = summaryOf(
      'EntityDissolved',
      "Ruritania's military junta has been formally dissolved, state radio said on Thursday. A decree declared the National Order Council dissolved as of Wednesday, the day the new president was sworn in.",
      '2014-05-22',
    );
    expect(e.map((x) => x.split('|')[1])).toEqual(['National Order Council']);
  });

  it('given "junta dissolves ruling council" and "dissolved the X Council" a day apart, then one council', () => {
    const e = summaryOf(
      'EntityDissolved',
      "Ruritania junta dissolves ruling council\n\nRuritania's military regime on Thursday dissolved the National Order Council, the body through which it had ruled since the 2019 coup.",
      '2014-05-23',
    );
    expect(e.map((x) => x.split('|')[1])).toEqual(['National Order Council']);
  });

  it('given the junta and a named assembly dissolved the same day, then two bodies', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "Ruritania's ruling junta formally dissolved itself on Wednesday. State radio said the National Assembly had been dissolved too.",
        '2014-05-22',
      ).length,
    ).toBe(2);
  });
});

describe('EntityDissolved: a participle phrase after a listed item', () => {
  it('given "the dissolution of X formed under the old regime, Y and Z", then X, Y and Z', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The council declared on Monday the dissolution of the Harbour Assembly chosen under the old charter, the Unity Party and the Harbour Guard.',
        '2019-03-05',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Harbour Assembly|2019-03-04',
      'EntityDissolved|Harbour Guard|2019-03-04',
      'EntityDissolved|Unity Party|2019-03-04',
    ]);
  });

  it("given a participle phrase that ends the sentence's list, then no item after its comma", () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The council declared on Monday the dissolution of the Harbour Assembly chosen under the old charter, the spokesman said.',
        '2019-03-05',
      ),
    ).toEqual(['EntityDissolved|Harbour Assembly|2019-03-04']);
  });
});

describe('EntityDissolved: a union named with the states it joins', () => {
  it('given "The X Union between A and B, proclaimed …, was dissolved", then the union', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Nile Union between Egypt and Sudan, proclaimed only a year earlier, was formally dissolved on 4 May 1962.',
        '2000-01-01',
      ),
    ).toEqual(['EntityDissolved|Nile Union|1962-05-04']);
  });

  it('given "the border between A and B was closed", then nothing is dissolved', () => {
    expect(
      summaryOf('EntityDissolved', 'The border between Egypt and Sudan was closed on 4 May 1962.', '2000-01-01'),
    ).toEqual([]);
  });
});

describe('EntityDissolved: an order terminating a named office or agency', () => {
  it('given "signed an order …, terminating the OWB effective <date>" after the office is named, then the office ends', () => {
    const names = summaryOf(
      'EntityDissolved',
      'The Office of Wartime Broadcasting, set up in May 1941, ran radio programmes abroad. The president signed Executive Order 812 on August 2, 1946, terminating the OWB effective September 1.',
      '2000-01-01',
    );
    expect(names).toEqual(['EntityDissolved|OWB|1946-09-01']);
  });

  it('given "…, terminating the X Agreement effective <date>", then nothing is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The president signed Executive Order 812 on August 2, 1946, terminating the Grain Supply Agreement effective September 1.',
        '2000-01-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a territory that ceases to exist and the government named for it', () => {
  it('given "the X Zone ceased to exist as a British territory, and the X Zone Government was abolished", then both', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The accord took effect on March 1, 1961. On that date the Coral Bay Zone ceased to exist as a British territory, and the Coral Bay Zone Government was abolished.',
        '2000-01-01',
      ).sort(),
    ).toEqual(['EntityDissolved|Coral Bay Zone Government|1961-03-01', 'EntityDissolved|Coral Bay Zone|1961-03-01']);
  });

  it('given "ceased to exist as a fighting force", then nothing is dissolved', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'On March 1, 1961 the Coral Strip Brigade ceased to exist as a fighting force.',
        '2000-01-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a counted plural subject listed by name in the next sentence', () => {
  it('given "the four river districts ceased to exist. A, B, C and D, granted …, were", then A, B, C and D', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "Ruritania's four nominally self-ruling river districts ceased to exist at midnight on Tuesday as the new charter came into force. Alpha Vale, Borovia, Cassel and Dunmark, granted autonomy in 1976, were reincorporated into Ruritania.",
        '1994-04-27',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Alpha Vale|1994-04-26',
      'EntityDissolved|Borovia|1994-04-26',
      'EntityDissolved|Cassel|1994-04-26',
      'EntityDissolved|Dunmark|1994-04-26',
    ]);
  });

  it('given fewer names than the count, then none of them', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "Ruritania's four river districts ceased to exist at midnight on Tuesday. Alpha Vale, Borovia and Cassel were reincorporated into Ruritania.",
        '1994-04-27',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a named military operation that runs its course', () => {
  it('given "Operation X officially ended", then no dissolution', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Operation Silver Lantern officially ended on Tuesday after six weeks.',
        '2011-05-04',
      ),
    ).toEqual([]);
  });

  it('given "the operation concluded" by name with a relative clause, then no dissolution', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The alliance's Operation Quiet Harbour, which cleared the northern ports of mines, concluded on Monday.",
        '2011-05-04',
      ),
    ).toEqual([]);
  });

  it('given a leader who ended the operation by decision, then the operation ends', () => {
    expect(
      summaryOf('EntityDissolved', 'The president formally ended Operation Silver Lantern on Tuesday.', '2011-05-04'),
    ).toEqual(['EntityDissolved|Operation Silver Lantern|2011-05-03']);
  });

  it('given a named mission that concluded, then the mission still ends', () => {
    expect(summaryOf('EntityDissolved', 'The Northern Monitoring Mission concluded on Tuesday.', '2011-05-04')).toEqual(
      ['EntityDissolved|Northern Monitoring Mission|2011-05-03'],
    );
  });
});

describe('EntityDissolved: a name that is the subject of a relative clause inside the subject', () => {
  it('given "the administration that Kenya backed in the south has collapsed", then no state ends', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The regional administration that Kenya backed in the south has collapsed.',
        '1990-03-24',
      ),
    ).toEqual([]);
  });

  it('given "the council that Moscow installed in 1995 was dissolved", then the council is named', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Provisional Council that Moscow installed in 1995 was dissolved in 1999.',
        '2005-01-01',
      ),
    ).toEqual(['EntityDissolved|Provisional Council|1999']);
  });

  it('given a participle phrase after the name ("elected in 1995"), then the name is the subject', () => {
    expect(
      summaryOf('EntityDissolved', 'The Provisional Council elected in 1995 was dissolved in 1999.', '2005-01-01'),
    ).toEqual(['EntityDissolved|Provisional Council|1999']);
  });
});

describe("EntityDissolved: a state's army named by its owner, then described in lower case", () => {
  it('given "dissolved Ruler\'s army … along with the regular army", then one army', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The occupation authority on Friday dissolved Saddam Hussein's army. An order abolished the Ministry of Supply, along with the regular army and the Palace Guard.",
        '2003-05-23',
      ).sort(),
    ).toEqual([
      'EntityDissolved|Ministry of Supply|2003-05-23',
      'EntityDissolved|Palace Guard|2003-05-23',
      "EntityDissolved|Saddam Hussein's army|2003-05-23",
    ]);
  });

  it('given a described army dissolved on another day, then two events', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "The occupation authority dissolved Saddam Hussein's army on May 23, 2003. The provisional council abolished the regular army on June 2, 2004.",
        '2004-06-03',
      ).sort(),
    ).toEqual(["EntityDissolved|Saddam Hussein's army|2003-05-23", 'EntityDissolved|regular army|2004-06-02']);
  });
});

describe('EntityDissolved: a dissolution "shortly after" a dated happening', () => {
  const wire = (body: string) => `Headline\n\nLIMA, Aug. 13 (Wire) - ${body}`;

  it('given "which dissolved the Senate shortly after taking power in March 1968", then March 1968', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        wire(
          'The council, which dissolved the Senate shortly after taking power in March 1968, has set no date for a vote.',
        ),
        '1972-08-13',
      ),
    ).toEqual(['EntityDissolved|Senate|1968-03']);
  });

  it('given a day, then only its month', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        wire('The council dissolved the Senate soon after taking power on March 4, 1968.'),
        '1972-08-13',
      ),
    ).toEqual(['EntityDissolved|Senate|1968-03']);
  });

  it('given a plain "after" whose happening may lie long before, then the report day', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        wire('The council dissolved the Senate after taking power in March 1968.'),
        '1972-08-13',
      ),
    ).toEqual(['EntityDissolved|Senate|1972-08-13']);
  });
});

describe('EntityDissolved: "the <noun>" for a body named further back with that head', () => {
  const history =
    "The Queen's Border Legion was raised in 1803 from exiled officers. Its colonel, John Marsh, recruited in the northern ports. It fought at Corunna and in the Pyrenees. With the coming of peace the legion was disbanded in February 1816.";

  it("given a sovereign's possessive name and 'the legion' four sentences on, then the named legion", () => {
    expect(summaryOf('EntityDissolved', history, '2020-01-01')).toEqual([
      "EntityDissolved|Queen's Border Legion|1816-02",
    ]);
  });

  it("given 'the King's Hanoverian Legion was disbanded', then the whole name", () => {
    expect(summaryOf('EntityDissolved', "The King's Hanoverian Legion was disbanded in 1816.", '2020-01-01')).toEqual([
      "EntityDissolved|King's Hanoverian Legion|1816",
    ]);
  });

  it('given a name far back that only holds the noun inside it, then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Border Legion Band was formed in 1803 from exiled musicians. Its leader, John Marsh, recruited in the northern ports. It played at Corunna and in the Pyrenees. With the coming of peace the legion was disbanded in February 1816.',
        '2020-01-01',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a body opening a clause after a fronted phrase, with two predicates', () => {
  const founded = 'Four states formed the Joint Border Observer Group (JBOG) in 1995. ';

  it('given "After …, JBOG wound down its operations and was formally terminated in June 1999", then JBOG', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `${founded}After the two states signed the final act on 26 October 1998, JBOG wound down its operations and was formally terminated in June 1999.`,
        '2024-08-25',
      ),
    ).toEqual(['EntityDissolved|JBOG|1999-06']);
  });

  it('given a fronted date without a comma ("In 1999 JBOG wound down … and was terminated"), then JBOG', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `${founded}In 1999 JBOG wound down its operations and was formally terminated.`,
        '2024-08-25',
      ),
    ).toEqual(['EntityDissolved|JBOG|1999']);
  });

  it('given a plan ("JBOG will wind down … and be terminated"), then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `${founded}After the two states sign the final act, JBOG will wind down its operations and be terminated in June.`,
        '2024-08-25',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "it" after a colon for the body the clause before it is about', () => {
  const before =
    'The Rural Credit Office (RCO) was set up in 1950 to lend to farmers. The Seed Board, which had run the grain program, was merged into the new office. ';

  it('given "The RCO proved short-lived: the governor abolished it …, effective June 30, 1955", then the RCO', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `${before}The RCO proved short-lived: the governor abolished it by decree, effective June 30, 1955.`,
        '2025-02-03',
      ),
    ).toEqual(['EntityDissolved|RCO|1955-06-30']);
  });

  it('given a plan after the colon ("the governor will abolish it"), then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `${before}The RCO proved costly: the governor will abolish it by decree next year.`,
        '2025-02-03',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: ", and it" for the body a joined clause is about', () => {
  it('given "X (acr) was a regiment … the regiment trooped its colours …, and it was disbanded", then X', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Northland Light Infantry (1NLI) was a regiment raised on 1 February 1961 at Tarn Barracks. It passed to the control of the colony in 1963. Its companies became known for their mountain patrols. After independence in April 1980, the regiment trooped its colours for the last time at Tarn Barracks on 17 October 1980, and it was formally disbanded on 31 October 1980.',
        '2024-09-02',
      ),
    ).toEqual(['EntityDissolved|Northland Light Infantry|1980-10-31']);
  });

  it('given a joined clause about a person ("the colonel retired …, and it was disbanded"), then nothing new', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Northland Light Infantry (1NLI) was a regiment raised in 1961. It passed to the control of the colony in 1963. Its companies became known for their mountain patrols. After independence, the colonel retired on 17 October 1980, and it was formally disbanded on 31 October 1980.',
        '2024-09-02',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "the feared" describes a noun, it fears nothing', () => {
  it('given "X, the feared agency blamed for the arrests of A, B and C, was abolished", then X', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Norland Public Safety Bureau, the feared agency blamed for the arrests of Petra, Jonas and Ilse, was abolished by decree on Tuesday.',
        '2021-03-04',
      ),
    ).toEqual(['EntityDissolved|Norland Public Safety Bureau|2021-03-02']);
  });

  it('given the verb ("critics feared the Bureau would be abolished"), then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Critics of the cabinet feared the Norland Public Safety Bureau would be abolished by decree on Tuesday.',
        '2021-03-04',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: an owner closes its own mission, which the next sentence names', () => {
  it('given "closed its peacekeeping mission in Liberia. UNMIL, as the stabilisation mission is known, …", then UNMIL', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The United Nations closed its peacekeeping mission in Liberia on Friday after 15 years. UNMIL, as the stabilisation mission is known, was deployed in 2003 to end the civil war.',
        '2018-03-30',
      ),
    ).toEqual(['EntityDissolved|UNMIL|2018-03-30']);
  });

  it('given a next sentence that only mentions the mission ("UNMIL, which was deployed in 2003, …"), then nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The United Nations closed its peacekeeping mission in Liberia on Friday after 15 years. UNMIL, which was deployed in 2003, handed its bases over to the police.',
        '2018-03-30',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: a mission described by the border it serves', () => {
  it('given "end the peacekeeping mission on the border between Guinea and Liberia … UNMIL", then UNMIL', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Security Council decided on Friday to end the U.N. peacekeeping mission on the border between Guinea and Liberia. The mission, known as UNMIL, had watched the frontier since 2003.',
        '2018-03-30',
      ),
    ).toEqual(['EntityDissolved|UNMIL|2018-03-30']);
  });

  it('given "on" without a border ("the mission on Friday"), then no mission by place', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Security Council decided to end the U.N. peacekeeping mission on schedule with Guinea and Liberia watching. UNMIL had watched the frontier since 2003.',
        '2018-03-30',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: an owner winds up its own mission, named after a comma with its complement and place', () => {
  it('given "wound up its peacekeeping operation, the UN Mission of Support in Ruritania,", then that mission only', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The United Nations wound up its peacekeeping operation, the UN Mission of Support in Ruritania, in May last year.',
        '2006-05-26',
      ),
    ).toEqual(['EntityDissolved|UN Mission of Support in Ruritania|2005-05']);
  });

  it('given the place followed by a date ("… in Ruritania in May"), then the name ends at the place', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The United Nations wound up the UN Mission of Support in Ruritania in May last year.',
        '2006-05-26',
      ),
    ).toEqual(['EntityDissolved|UN Mission of Support in Ruritania|2005-05']);
  });
});

describe('EntityDissolved: an acronym in brackets after a name, and pressure for an abolition', () => {
  it('given "the Bureau of Coastal Mapping (MCB) … a decree liquidating it", then one event with the full name', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        "LIMA, May 3 - Peru's Bureau of Coastal Mapping (MCB), the agency blamed for a survey scandal, ceased to exist on Monday after the president signed a decree liquidating it.",
        '2021-05-03',
      ),
    ).toEqual(['EntityDissolved|Bureau of Coastal Mapping|2021-05-03']);
  });

  it('given "a decree liquidating it" after a name with no acronym, then that body', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The president signed a decree on Monday abolishing the Bureau of Coastal Mapping, formally liquidating it.',
        '2021-05-03',
      ),
    ).toEqual(['EntityDissolved|Bureau of Coastal Mapping|2021-05-03']);
  });

  it('given governments that "pressed for its abolition", then no event', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'By 1990 the Northern League had lost its purpose. Latvia left the alliance on 3 October 1990, and the new governments of Estonia, Hungary and Poland pressed for its abolition.',
        '2000-01-01',
      ),
    ).toEqual([]);
  });

  it('given the abolition that followed the pressure, then that event only', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The new governments of Estonia and Poland pushed for the abolition of the Northern League. The Northern League was dissolved on 1 July 1991.',
        '2000-01-01',
      ),
    ).toEqual(['EntityDissolved|Northern League|1991-07-01']);
  });
});

describe('EntityDissolved: a body that "followed" the dissolution stated in the sentence before', () => {
  const abolished = 'Under the act, the Office of Coastal Surveys, created in 1961, was abolished on April 1, 1999.';

  it('given "The Bureau of B, which …, followed on October 1, 1999", then that bureau dissolved that day', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `${abolished} The National Bureau of Mapping (NBM), which had run the survey programs since 1953, followed on October 1, 1999; its staff moved to a new office.`,
        '2005-01-01',
      ),
    ).toEqual([
      'EntityDissolved|Office of Coastal Surveys|1999-04-01',
      'EntityDissolved|National Bureau of Mapping|1999-10-01',
    ]);
  });

  it('given "followed suit in 2001", then that bureau dissolved that year', () => {
    expect(
      summaryOf('EntityDissolved', `${abolished} The National Bureau of Mapping followed suit in 2001.`, '2005-01-01'),
    ).toEqual([
      'EntityDissolved|Office of Coastal Surveys|1999-04-01',
      'EntityDissolved|National Bureau of Mapping|2001',
    ]);
  });

  it('given a sentence before that founds a body, then "followed" ends nothing', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Office of Coastal Surveys was founded in 1961. The National Bureau of Mapping followed in 1965.',
        '2005-01-01',
      ),
    ).toEqual([]);
  });

  it('given a state that "followed", then only the body dissolved before', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Northern Federation was dissolved on 31 December 1963. Latvia left first, and Estonia followed in October 1964.',
        '2005-01-01',
      ),
    ).toEqual(['EntityDissolved|Northern Federation|1963-12-31']);
  });

  it('given a body that "followed the decision with" a strike, then only the body dissolved before', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `${abolished} The Union of Surveyors followed the decision with a strike.`,
        '2005-01-01',
      ),
    ).toEqual(['EntityDissolved|Office of Coastal Surveys|1999-04-01']);
  });
});

describe('EntityDissolved: a plural head shared by fields after it, with the bodies counted before', () => {
  const named = ' An aide said the Northern Water Commission and the Southern Water Commission had no role left.';
  const both = [
    'EntityDissolved|Northern Water Commission|2021-12-26',
    'EntityDissolved|Southern Water Commission|2021-12-26',
  ];

  it('given "as well as the ministries of fishing and of coastal affairs", then one ministry per field', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `DILI, Dec 26 - The junta has dissolved the country's two water commissions as well as the ministries of fishing and of coastal affairs, a spokesman said on Sunday.${named}`,
        '2021-12-26',
      ),
    ).toEqual([
      ...both,
      'EntityDissolved|Ministry of Fishing|2021-12-26',
      'EntityDissolved|Ministry of Coastal Affairs|2021-12-26',
    ]);
  });

  it('given "the government\'s ministries for fishing and coastal affairs" and the same ministries named later, then each once', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `DILI, Dec 26 - The junta has dissolved the country's two water commissions as well as the government's ministries for fishing and coastal affairs, a spokesman said on Sunday.${named} He said the Ministry of Fishing had also been dissolved.`,
        '2021-12-26',
      ).length,
    ).toBe(4);
  });

  it('given "as well as the government ministries" with no field, then only the commissions', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        `DILI, Dec 26 - The junta has dissolved the country's two water commissions as well as some government ministries, a spokesman said on Sunday.${named}`,
        '2021-12-26',
      ),
    ).toEqual(both);
  });
});

describe('EntityDissolved: "the bloc" for the bloc named before', () => {
  it('given fighters of a named Bloc and then "the bloc was declared disbanded", then that Bloc', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'QUITO, Nov 25 - Some 600 fighters of the Rio Verde Bloc, an armed unit that held the valley, gave up their rifles on Tuesday, and the bloc was declared disbanded at a ceremony.',
        '2003-11-25',
      ),
    ).toEqual(['EntityDissolved|Rio Verde Bloc|2003-11-25']);
  });

  it('given "the bloc would be disbanded next year", then no event', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'QUITO, Nov 25 - The Rio Verde Bloc held the valley for a decade. Its commander said the bloc would be disbanded next year.',
        '2003-11-25',
      ),
    ).toEqual([]);
  });
});

describe('EntityDissolved: "ceased to exist at the end of that year"', () => {
  it('given a dated dissolution and then a state that "ceased to exist at the end of that year", then December', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Northern League was formally dissolved at a meeting in Riga on 1 July 1991, and the Soviet Union itself ceased to exist at the end of that year.',
        '2005-01-01',
      ),
    ).toEqual(['EntityDissolved|Northern League|1991-07-01', 'EntityDissolved|Soviet Union|1991-12']);
  });
});

describe('EntityDissolved: "it ends" after an exercise named in its sentence', () => {
  it('given "the exercise … and it ended on schedule", then no body ends', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Amber Gate drill opened on 2 May at Camp Orlov. Because the exercise used only staff officers, no Baltic Union troops moved, and it ended on schedule on 11 May.',
        '2019-05-11',
      ),
    ).toEqual([]);
  });

  it('given units that return "once it ends" after "the exercise", then no body ends', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The ministry said the exercise at Camp Orlov was defensive and that all the Baltic Union units would go home once it ends.',
        '2019-05-11',
      ),
    ).toEqual([]);
  });

  it('given drills in the plural before "it was dissolved", then the league named before', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Baltic Defence League was founded in 1950. After decades of drills and parades, it was dissolved on 11 November 1991.',
        '2019-05-11',
      ),
    ).toEqual(['EntityDissolved|Baltic Defence League|1991-11-11']);
  });
});
