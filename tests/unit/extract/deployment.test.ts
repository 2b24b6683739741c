import { describe, expect, it } from 'vitest';
import { extract, summary, summaryOf } from './helpers.ts';

const dateline = (body: string) => `Headline\n\nBERLIN, March 3 (Wire) - ${body}`;

describe('DeploymentAnnounced', () => {
  it('finds an announced deployment with actor, place, figure and the day it was announced', () => {
    const events = extract(
      dateline('Germany will send 500 soldiers to Lithuania, the defence ministry said on Tuesday.'),
      '2023-03-03',
    );
    expect(summary(events)).toEqual(['DeploymentAnnounced|Germany|Lithuania|2023-02-28|500']);
    expect(events[0]).toMatchObject({ actor: { code: 'DE' }, location: { code: 'LT' } });
  });

  it('takes the actor from a demonym on the force and the date from the dateline when none is stated', () => {
    const events = extract(
      dateline('About 1,200 Italian troops have arrived in Latvia to join the alliance force.'),
      '2023-03-03',
    );
    expect(summary(events)).toEqual(['DeploymentAnnounced|Italy|Latvia|2023-03-03|1200']);
  });

  it.each([
    ['a condition', 'Germany could send troops to Lithuania if the crisis deepens.'],
    ['a request', 'Lithuania has asked Germany to send more troops to its border.'],
    ['a denial', 'Germany has no plans to send troops to Lithuania, the chancellor said.'],
    ['an exercise', 'Polish troops arrived in Latvia on Monday for a joint exercise.'],
    ['a proposal', 'Officials proposed sending 300 soldiers to Lithuania next year.'],
    ['troops going home', 'The last convoy, bound for Poland, left on Friday as soldiers were sent home.'],
    ['a refusal ruled out', 'Spain has ruled out deploying soldiers to Estonia.'],
    ['a refusal declined', 'Austria declined to send troops to Estonia last year.'],
    ['a restraint', 'Portugal refrained from sending forces to Estonia.'],
    ['a question', 'Will Portuguese troops arrive in Estonia this week?'],
    ['a headline question', 'Portuguese troops arrive in Estonia? Not yet, officials say'],
  ])('ignores %s', (_what, sentence) => {
    expect(extract(dateline(sentence), '2023-03-03').filter((e) => e.type === 'DeploymentAnnounced')).toEqual([]);
  });

  it("does not give one clause's figure to the forces of another joined by ', and'", () => {
    expect(
      summary(
        extract(
          dateline('Ghana has already sent 300 of its troops, and soldiers from Togo arrived in Latvia.'),
          '2023-03-03',
        ),
      ),
    ).toEqual(['DeploymentAnnounced|Togo|Latvia|2023-03-03|null']);
  });

  it('reads personnel in digits and words, and leaves unit counts without a number', () => {
    expect(
      summary(extract(dateline('Kenya will deploy one thousand police officers to Haiti.'), '2023-03-03')),
    ).toEqual(['DeploymentAnnounced|Kenya|Haiti|2023-03-03|1000']);
    expect(summary(extract(dateline('Japan will dispatch two battalions to Djibouti.'), '2023-03-03'))).toEqual([
      'DeploymentAnnounced|Japan|Djibouti|2023-03-03|null',
    ]);
    expect(summary(extract(dateline('Canada is sending nearly 2,000 troops to Latvia.'), '2023-03-03'))).toEqual([
      'DeploymentAnnounced|Canada|Latvia|2023-03-03|2000',
    ]);
  });

  it('reads no head count from the day of a date that opens the clause ("On 12 March Dutch marines landed")', () => {
    expect(summaryOf('DeploymentAnnounced', 'On 12 March Dutch marines landed at Tarawa.', '2021-06-01')).toEqual([
      'DeploymentAnnounced|Netherlands|Tarawa|2021-03-12|null',
    ]);
    expect(summaryOf('DeploymentAnnounced', 'On 12 March 1951, 40 Dutch marines landed at Tarawa.')).toEqual([
      'DeploymentAnnounced|Netherlands|Tarawa|1951-03-12|40',
    ]);
  });

  it('reads no head count from a clock time or a span of hours, and reads a strength set off by commas', () => {
    expect(summaryOf('DeploymentAnnounced', 'At 0530 Dutch marines landed at Tarawa on 12 March 1951.')).toEqual([
      'DeploymentAnnounced|Netherlands|Tarawa|1951-03-12|null',
    ]);
    expect(
      summaryOf('DeploymentAnnounced', 'Within 36 hours Dutch marines had landed at Tarawa in March 1951.'),
    ).toEqual(['DeploymentAnnounced|Netherlands|Tarawa|1951-03|null']);
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Dutch marine brigade, some 2,400 strong, landed at Tarawa on 12 March 1951.',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Tarawa|1951-03-12|2400']);
  });

  it('reads rushed forces and a reported "it would station" with the speaker as actor', () => {
    expect(summary(extract(dateline('Russia rushed 3,000 paratroopers to Kazakhstan.'), '2023-03-03'))).toEqual([
      'DeploymentAnnounced|Russia|Kazakhstan|2023-03-03|3000',
    ]);
    expect(
      summary(extract(dateline('The Pentagon said it would station a brigade in Romania.'), '2023-03-03')),
    ).toEqual(['DeploymentAnnounced|United States|Romania|2023-03-03|null']);
  });

  it('takes an unknown destination right after "to" ("Abu al-Duhur Military Airbase")', () => {
    expect(
      summary(extract(dateline('Russia dispatched 300 troops to Abu al-Duhur Military Airbase.'), '2023-03-03')),
    ).toEqual(['DeploymentAnnounced|Russia|Abu al-Duhur Military Airbase|2023-03-03|300']);
    expect(summary(extract(dateline('Russia sent several dozen troops to Port Sudan.'), '2023-03-03'))).toEqual([
      'DeploymentAnnounced|Russia|Port Sudan|2023-03-03|null',
    ]);
  });

  it('does not take the dateline city for the place', () => {
    const events = extract('Title\n\nKYIV, May 2 (Wire) - Britain has sent 300 troops to Estonia.', '2023-05-02');
    expect(summary(events)).toEqual(['DeploymentAnnounced|United Kingdom|Estonia|2023-05-02|300']);
  });

  it('splits a list of destinations into one event each, without a shared figure', () => {
    const events = extract(
      dateline('NATO approved new battlegroups for Bulgaria, Hungary and Slovakia on Thursday.'),
      '2023-03-03',
    );
    expect(summary(events)).toEqual([
      'DeploymentAnnounced|NATO|Bulgaria|2023-03-02|null',
      'DeploymentAnnounced|NATO|Hungary|2023-03-02|null',
      'DeploymentAnnounced|NATO|Slovakia|2023-03-02|null',
    ]);
  });

  it('keeps background deployments with their own date and merges repeats of one happening', () => {
    const text = dateline(
      'Russia has sent 2,000 more troops to Belarus, officials said. The Russian troops arrived in Belarus on Thursday. In 2014, Russian troops were deployed to Crimea.',
    );
    expect(summary(extract(text, '2023-03-03'))).toEqual([
      'DeploymentAnnounced|Russia|Belarus|2023-03-02|2000',
      'DeploymentAnnounced|Russia|Crimea|2014|null',
    ]);
  });

  it('gives the place of the announcement to later contributions without one', () => {
    const text = dateline(
      'The first Spanish soldiers began arriving in Latvia on Sunday. Under the plan, Spain will provide up to 600 soldiers and Portugal up to 150.',
    );
    expect(summary(extract(text, '2023-03-03'))).toEqual([
      'DeploymentAnnounced|Spain|Latvia|2023-02-26|600',
      'DeploymentAnnounced|Portugal|Latvia|2023-03-03|150',
    ]);
  });
});

describe('DeploymentAnnounced: an order to pull back is no deployment', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given "ordered troops to (begin) withdrawing/pulling back to X", then X is where they withdraw to', () => {
    expect(
      inText('On 4 May, the general ordered Serbian troops to begin withdrawing to the east bank of the Drina.'),
    ).toEqual([]);
    expect(inText('On 4 May, the general ordered Serbian troops to pull back to Kosovo.')).toEqual([]);
    expect(inText('On 4 May, the minister ordered 500 Turkish troops to Cyprus.')).toEqual([
      'DeploymentAnnounced|Turkey|Cyprus|2019-05-04|500',
    ]);
  });
});

describe('DeploymentAnnounced: lists of places with a head count', () => {
  const deployments = (text: string) =>
    extract(`ROME, May 4 (Wire) - ${text}`, '2023-05-04').filter((e) => e.type === 'DeploymentAnnounced');

  it('gives one event per listed place even where the sentence states one figure', () => {
    expect(summary(deployments('Italy sent 900 soldiers to Latvia, Hungary and Bulgaria on Tuesday.'))).toEqual([
      'DeploymentAnnounced|Italy|Latvia|2023-05-02|900',
      'DeploymentAnnounced|Italy|Hungary|2023-05-02|900',
      'DeploymentAnnounced|Italy|Bulgaria|2023-05-02|900',
    ]);
  });

  it('reads the division or state after a comma as where the place lies, not another place', () => {
    expect(
      summary(deployments('Some 120 Italian troops arrived in Qaraqosh, Nineveh Governorate, on Tuesday.')),
    ).toEqual(['DeploymentAnnounced|Italy|Qaraqosh|2023-05-02|120']);
  });
});

describe('DeploymentAnnounced: talk is not a decision', () => {
  it('never reads a deployment only discussed or debated as announced', () => {
    const events = extract(
      'Nordic ministers discussed deploying a battalion to Iceland. The Storting debated sending frigates to Cyprus.',
      '2020-01-01',
    );
    expect(summary(events)).toEqual([]);
  });
});

describe('DeploymentAnnounced: figures and wars as destinations', () => {
  const deployments = (text: string) => extract(text, '2020-01-01').filter((e) => e.type === 'DeploymentAnnounced');

  it('takes the figure of an "of" phrase after the place ("the deployment to X of an additional N troops")', () => {
    expect(summary(deployments('Canada announced the deployment to Latvia of an additional 180 troops.'))).toEqual([
      'DeploymentAnnounced|Canada|Latvia|2020-01-01|180',
    ]);
  });

  it('reads a war named by its state as that state, and a war named otherwise as no place', () => {
    expect(summary(deployments('New Zealand sent 550 soldiers to the Vietnam War in 1967.'))).toEqual([
      'DeploymentAnnounced|New Zealand|Vietnam|1967|550',
    ]);
    expect(summary(deployments('Colombia sent 1,000 soldiers to the Pacific War in 1943.'))).toEqual([]);
  });
});

describe('DeploymentAnnounced: navies by ship prefix, formations by their own name', () => {
  const deployments = (text: string) => extract(text, '2020-01-01').filter((e) => e.type === 'DeploymentAnnounced');

  it('reads a ship prefix as the navy that sails it, and a warship sailing somewhere as deployed there', () => {
    expect(summary(deployments('The USS Mason arrived in the Gulf of Aden in 2016.'))).toEqual([
      'DeploymentAnnounced|United States|Gulf of Aden|2016|null',
    ]);
    expect(summary(deployments('HMS Diamond sailed to the Red Sea in December 2023.'))).toEqual([
      'DeploymentAnnounced|United Kingdom|Red Sea|2023-12|null',
    ]);
  });

  it("reads a numbered formation known by its own name as its state's forces", () => {
    expect(summary(deployments('Elements of the 101st Airborne Division were sent to Romania in June 2022.'))).toEqual([
      'DeploymentAnnounced|United States|Romania|2022-06|null',
    ]);
  });

  it('never reads a ship of no navy sailing somewhere as a deployment', () => {
    expect(summary(deployments('The cruise ship sailed to Malta in May.'))).toEqual([]);
  });
});

describe('DeploymentAnnounced: "neither … nor"', () => {
  it('reads no deployment for either state of "neither … nor"', () => {
    expect(summary(extract('Neither Austria nor Malta sent troops to Kosovo.', '2020-01-01'))).toEqual([]);
  });
});

describe('DeploymentAnnounced: a presence "since" a date', () => {
  it('dates forces stationed somewhere "since" a date by that date, and a body "since" a date not by it', () => {
    expect(summary(extract('Chilean troops have been stationed in Tonga since 1998.', '2020-01-01'))).toEqual([
      'DeploymentAnnounced|Chile|Tonga|1998|null',
    ]);
    expect(summary(extract('The Unity Front, in power since 1990, was dissolved by decree.', '2020-01-01'))).toEqual([
      'EntityDissolved|Unity Front|2020-01-01',
    ]);
  });
});

describe('DeploymentAnnounced: what was occupied', () => {
  it('never reads a place after the object of "occupied" as occupied ("occupied buildings in X")', () => {
    expect(summary(extract('A local militia occupied several buildings in Luhansk Oblast.', '2020-01-01'))).toEqual([]);
    expect(summary(extract('Rwandan troops occupied the town of Goma in 1996.', '2020-01-01'))).toEqual([
      'DeploymentAnnounced|Rwanda|Goma|1996|null',
    ]);
  });
});

describe('DeploymentAnnounced: collective actors', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('names an alliance or a people without a state as the text groups them', () => {
    expect(inText('Allied troops landed at Salerno in September 1943.')).toEqual([
      'DeploymentAnnounced|Allies|Salerno|1943-09|null',
    ]);
    expect(inText('Kurdish fighters entered Manbij in August 2016.')).toEqual([
      'DeploymentAnnounced|Kurdish forces|Manbij|2016-08|null',
    ]);
    expect(inText('Union troops occupied Nashville in February 1862.')).toEqual([
      'DeploymentAnnounced|United States|Nashville|1862-02|null',
    ]);
  });

  it('keeps a longer name that starts with a collective adjective', () => {
    expect(inText('The Allied Democratic Forces moved into Beni in 2019.')).not.toContain(
      'DeploymentAnnounced|Allies|Beni|2019|null',
    );
  });

  it('drops the collective name where the sentence names the states deploying to the same place', () => {
    expect(
      inText('A British and French squadron anchored off Smyrna on 3 May 1919, and Allied troops landed in the port.'),
    ).toEqual([
      'DeploymentAnnounced|France|Smyrna|1919-05-03|null',
      'DeploymentAnnounced|United Kingdom|Smyrna|1919-05-03|null',
    ]);
    // Near miss: states named for another place leave the collective's own landing standing.
    expect(
      inText('British and French ships anchored off Mudros in April 1919, and Allied troops landed at Smyrna in May.'),
    ).toContain('DeploymentAnnounced|Allies|Smyrna|1919-05|null');
  });
});

describe('DeploymentAnnounced: landings and fronted clauses', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('reads forces that came or were put ashore as landed there, with the tense of the verb before "ashore"', () => {
    expect(inText('On 3 May 1965, U.S. Marines came ashore at Santo Domingo.')).toEqual([
      'DeploymentAnnounced|United States|Santo Domingo|1965-05-03|null',
    ]);
    expect(inText('Norwegian troops were put ashore in Narvik in April 1940.')).toEqual([
      'DeploymentAnnounced|Norway|Narvik|1940-04|null',
    ]);
    expect(inText('Danish marines will come ashore at Nuuk next week.')).toEqual([]);
  });

  it('never gives the forces of the main clause to the verb of a fronted subordinate clause', () => {
    expect(
      inText('After Libya invaded Chad in 1980, the French government sent 1,100 troops to N’Djamena.').sort(),
    ).toEqual(["DeploymentAnnounced|France|N'Djamena|1980|1100", 'DeploymentAnnounced|Libya|Chad|1980|null']);
  });
});

describe('DeploymentAnnounced: people sent who are not forces', () => {
  it.each([
    ['election observers', 'The African Union sent election observers to Malawi in 2019.'],
    ['a team of negotiators', 'Qatar sent a team of negotiators to Kabul.'],
    ['envoys', 'NATO dispatched two envoys to Skopje.'],
  ])('ignores %s', (_what, sentence) => {
    expect(summary(extract(sentence, '2020-01-01').filter((e) => e.type === 'DeploymentAnnounced'))).toEqual([]);
  });
});

describe('DeploymentAnnounced: an invasion or occupation carried out or ordered', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('reads the noun after a determiner through the verb that launches or orders it', () => {
    expect(inText('Iraq launched an invasion of Iran in September 1980.')).toEqual([
      'DeploymentAnnounced|Iraq|Iran|1980-09|null',
    ]);
    expect(inText('In 1923 France ordered the occupation of the Ruhr.')).toEqual([
      'DeploymentAnnounced|France|Ruhr|1923|null',
    ]);
  });

  it('never reads an occupation that is only demanded to end', () => {
    expect(inText('Protesters demanded an end to the occupation of Cyprus.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: companions and named forces', () => {
  const actors = (text: string) =>
    summary(extract(text, '2020-01-01').filter((e) => e.type === 'DeploymentAnnounced'))
      .map((e) => e.split('|')[1])
      .sort();

  it('gives the subject and its companion set off by "along with" one deployment each', () => {
    expect(actors('Fijian troops, along with Tongan forces, were flown to Bougainville in 1997.')).toEqual([
      'Fiji',
      'Tonga',
    ]);
    expect(actors('The minister, along with Tongan officials, arrived in Bougainville in 1997.')).toEqual([]);
  });

  it('given several companions after "along with", then the subject and each companion deploy', () => {
    expect(
      actors('Fijian troops, along with Tongan sailors and Samoan police, were flown to Bougainville in 1997.'),
    ).toEqual(['Fiji', 'Samoa', 'Tonga']);
    // Parties to talks "with" are no companions.
    expect(actors('Fijian officers held talks with Tongan and Samoan officials in Bougainville in 1997.')).toEqual([]);
  });

  it('knows paratroops, guardsmen and infantrymen as forces, and a force named as its actor in a list', () => {
    expect(actors('Belgian paratroops landed at Kamina in 1960.')).toEqual(['Belgium']);
    expect(actors('Irish guardsmen and Fijian infantrymen landed at Tyre in 1978.')).toEqual(['Fiji', 'Ireland']);
    expect(actors('Some 200 Royal Marines and French paratroops landed at Luganville in 1980.')).toEqual([
      'France',
      'United Kingdom',
    ]);
  });

  it('given a shipment "bound for" forces, then those forces receive it and deploy nowhere', () => {
    expect(actors('Sailors seized rocket parts bound for Kurdish forces in Syria on 3 May 2019.')).toEqual([]);
    expect(actors('On 3 May 2019 a Kenyan battalion left Mombasa bound for Somalia.')).toEqual(['Kenya']);
  });

  it('takes a force the gazetteer does not know by its own name', () => {
    expect(actors('The Gulf Shield Force entered Kuwait City in 1991.')).toEqual(['Gulf Shield Force']);
    expect(actors('The Task Force withdrew and the Air Force sent jets to Qatar.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces inserted', () => {
  it('reads special forces inserted into a place as sent there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'British special forces were inserted into western Iraq in March 2003.',
        '2020-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|United Kingdom|western Iraq|2003-03|null']);
  });
});

describe('DeploymentAnnounced: an object shared by two verbs', () => {
  it('reads "invaded and annexed X" as an invasion of X', () => {
    expect(summaryOf('DeploymentAnnounced', 'In 1975 Indonesia invaded and annexed East Timor.', '2020-01-01')).toEqual(
      ['DeploymentAnnounced|Indonesia|Timor-Leste|1975|null'],
    );
  });
});

describe('DeploymentAnnounced: weapons handed over', () => {
  it('never reads weapons of a named model sent or delivered as forces deployed', () => {
    expect(summaryOf('DeploymentAnnounced', 'Poland sent Krab howitzers to Ukraine in 2022.')).toEqual([]);
    expect(summaryOf('DeploymentAnnounced', 'Norway delivered F-16 jets to Ukraine in 2024.')).toEqual([]);
  });

  it('still reads a unit deployed with its systems, or weapons sent with their crews', () => {
    expect(summaryOf('DeploymentAnnounced', 'Germany deployed Patriot batteries to Slovakia in 2022.')).toEqual([
      'DeploymentAnnounced|Germany|Slovakia|2022|null',
    ]);
    expect(
      summaryOf('DeploymentAnnounced', 'Britain sent Challenger tanks and their crews to Estonia in 2017.'),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Estonia|2017|null']);
  });
});

describe('DeploymentAnnounced: forces sent to the defense of a place', () => {
  it('reads "committed forces to the defense of X" and "to the aid of X" as sent to X', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'In 1950 Britain committed ground forces to the defense of South Korea.'),
    ).toEqual(['DeploymentAnnounced|United Kingdom|South Korea|1950|null']);
    expect(summaryOf('DeploymentAnnounced', 'Jordan sent troops to the aid of Oman in 1975.')).toEqual([
      'DeploymentAnnounced|Jordan|Oman|1975|null',
    ]);
  });

  it('never reads money or a commitment as forces', () => {
    expect(summaryOf('DeploymentAnnounced', 'Japan committed $2 billion to the defense of Taiwan.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a town the gazetteer lacks, placed by its adjective', () => {
  it('given "entered the Syrian town of X", when X is unknown, then X lies in that state and the entry is abroad', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Iraqi troops entered the Syrian town of Qaryatayn-Sharqi in 1973.'),
    ).toEqual(['DeploymentAnnounced|Iraq|Qaryatayn-Sharqi|1973|null']);
  });

  it('given "the Iraqi-held town of X", when X is unknown, then who holds it does not place it', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Iranian troops entered the Iraqi-held town of Kharrambad in 1982.'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: origins and bases are not destinations', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given forces moved "from the garrison in X to Y", when read, then they go to Y, not X', () => {
    expect(inText('Spain sent two battalions from the garrison in Ceuta to Tangier in 1921.')).toEqual([
      'DeploymentAnnounced|Spain|Tangier|1921|null',
    ]);
  });

  it('given a named origin before the destination, when read, then the destination after it is the place', () => {
    expect(inText('Danish troops arrived from Norway in Reykjavik on 3 May 1951.')).toEqual([
      'DeploymentAnnounced|Denmark|Reykjavik|1951-05-03|null',
    ]);
  });

  it('given a base or airfield transferred, when read, then no forces were sent', () => {
    expect(inText('Coalition forces transferred the airfield in Mosul to the Iraqi army in 2020.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces redeployed home', () => {
  it('given a brigade "redeployed to" a base in its own state, when read, then it is not deployed there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The brigade replaced a British unit, which redeployed to Catterick in May 2005.',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: advancing into another state', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given forces that pushed or swept into a place abroad, when read, then they arrived there', () => {
    expect(inText('Vietnamese troops swept into Cambodia in January 1979.')).toEqual([
      'DeploymentAnnounced|Vietnam|Cambodia|1979-01|null',
    ]);
    expect(inText('Rwandan and Ugandan troops pushed into Zaire in 1996.')).toEqual([
      'DeploymentAnnounced|Uganda|Zaire|1996|null',
      'DeploymentAnnounced|Rwanda|Zaire|1996|null',
    ]);
  });
  it('given an army that drove or rolled into another state, when read, then it arrived there', () => {
    expect(inText('The Vietnamese army drove into Laos in March 1971.')).toEqual([
      'DeploymentAnnounced|Vietnam|Laos|1971-03|null',
    ]);
    expect(inText('Soviet tanks rolled into Hungary on 4 November 1956.')).toEqual([
      'DeploymentAnnounced|Soviet Union|Hungary|1956-11-04|null',
    ]);
    expect(inText('French tanks drove into Lyon after the parade.')).toEqual([]);
  });

  it('given an advance at home, to the outskirts only, or of prices, when read, then nothing arrived', () => {
    expect(inText('Ukrainian forces advanced into Kharkiv Oblast in September 2022.')).toEqual([]);
    expect(inText('Iraqi troops advanced into the outskirts of Khorramshahr in 1980.')).toEqual([]);
    expect(inText('Prices advanced into record territory in 2019.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a numbered formation named without its state', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given the actor in play before, when "the 4th Infantry Division arrived in X", then it is that actor\'s', () => {
    expect(
      inText('Australian involvement grew in 1966. The 1st Australian Task Force arrived in Phuoc Tuy in June 1966.'),
    ).toEqual(['DeploymentAnnounced|Australia|Phuoc Tuy|1966-06|null']);
    expect(
      inText(
        'President Truman approved the plan in July 1950. The 24th Infantry Division landed at Pusan in July 1950.',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Pusan|1950-07|null']);
  });

  it('given no actor in play, when a numbered formation arrives, then no actor is guessed', () => {
    expect(inText('The 24th Infantry Division landed at Pusan in July 1950.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a second arrival in the sentence and month ranges', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given "X arrived in P on D, and Y arrived two weeks later", when read, then Y arrived in P too', () => {
    expect(
      inText(
        'Nigerian troops arrived in Monrovia on 4 August 2003, and the first Ghanaian soldiers arrived a week later.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Nigeria|Monrovia|2003-08-04|null',
      'DeploymentAnnounced|Ghana|Monrovia|2003-08-11|null',
    ]);
  });

  it('given "from July to October 1958", when read, then July takes the range\'s year', () => {
    expect(inText('British paratroopers were stationed in Jordan from July to November 1958.')).toEqual([
      'DeploymentAnnounced|United Kingdom|Jordan|1958-07|null',
    ]);
  });
});

describe('DeploymentAnnounced: "Another 1,000 soldiers" refers to the forces named before', () => {
  it('given a referring subject with a figure, when it is moved somewhere, then the actor named before sends it', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'About 800 Dutch soldiers arrived in Lithuania in May 2017. Another 200 troops were moved to Estonia in June 2017.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Netherlands|Lithuania|2017-05|800',
      'DeploymentAnnounced|Netherlands|Estonia|2017-06|200',
    ]);
  });
});

describe('DeploymentAnnounced: contributions to a war, captures, forces parachuted in', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given troops contributed "to the invasion of X" or "to the war in X", when read, then they went to X', () => {
    expect(inText('In 1965 South Korea contributed 20,000 troops to the war in Vietnam.')).toEqual([
      'DeploymentAnnounced|South Korea|Vietnam|1965|20000',
    ]);
    expect(inText('Poland contributed 2,500 troops to the invasion of Iraq in 2003.')).toEqual([
      'DeploymentAnnounced|Poland|Iraq|2003|2500',
    ]);
  });

  it('given money contributed to a mission, when read, then no forces went', () => {
    expect(inText('Norway contributed funds to the mission in Somalia in 2010.')).toEqual([]);
  });

  it('given forces that took control of a town or advanced into one in battle, when read, then it is fighting', () => {
    expect(inText('Turkish troops took control of Afrin on 18 March 2018.')).toEqual([]);
    expect(inText('Russian forces advanced into Popasna in May 2022.')).toEqual([]);
  });

  it('given forces parachuted into a place, when read, then they arrived there', () => {
    expect(inText('French paratroopers parachuted into Timbuktu on 28 January 2013.')).toEqual([
      'DeploymentAnnounced|France|Timbuktu|2013-01-28|null',
    ]);
  });
});

describe('DeploymentAnnounced: "Delhi" speaks for India as its capital', () => {
  it('given "Delhi deployed troops to X", when read, then India deployed them', () => {
    expect(summaryOf('DeploymentAnnounced', 'Delhi sent 1,600 troops to the Maldives in November 1988.')).toEqual([
      'DeploymentAnnounced|India|Maldives|1988-11|1600',
    ]);
  });
});

describe('DeploymentAnnounced: capitals by their older or other names', () => {
  it('given Bonn, Peking or Rangoon, when read, then they speak for or place in their state, spelt as written', () => {
    expect(summaryOf('DeploymentAnnounced', 'Bonn sent a medical unit to Cambodia in 1992.')).toEqual([
      'DeploymentAnnounced|Germany|Cambodia|1992|null',
    ]);
    expect(summaryOf('DeploymentAnnounced', 'Japanese troops entered Rangoon in March 1942.')).toEqual([
      'DeploymentAnnounced|Japan|Rangoon|1942-03|null',
    ]);
  });
});

describe('DeploymentAnnounced: a participle of result after the main clause', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given "…advanced into X, occupying P on D", when read, then the forces occupied P, one deployment with X', () => {
    expect(
      inText('Iraqi forces crossed into Iran and advanced along the Karun, occupying Khorramshahr in October 1980.'),
    ).toEqual(['DeploymentAnnounced|Iraq|Iran|1980-10|null']);
    expect(inText('Iraqi forces advanced along the Karun, occupying Khorramshahr in October 1980.')).toEqual([
      'DeploymentAnnounced|Iraq|Khorramshahr|1980-10|null',
    ]);
  });

  it('given a main clause still to come, when read, then its participle reports nothing', () => {
    expect(inText('Iraqi forces will cross into Iran, occupying Khorramshahr.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces present in a place "since" a date', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given forces that have been in a place since a date, when read, then they were deployed then', () => {
    expect(inText('Turkish troops have been in northern Cyprus since July 1974.')).toEqual([
      'DeploymentAnnounced|Turkey|northern Cyprus|1974-07|null',
    ]);
  });

  it('given a person there since a date, or forces there for a span, when read, then no deployment is dated', () => {
    expect(inText('The envoy has been in Nicosia since Monday.')).toEqual([]);
    expect(inText('Turkish troops have been in Cyprus for decades.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a named unit sent by a state', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given a state before the verb, when a unit it names is sent, then the state is the actor', () => {
    expect(inText('Egypt dispatched the Desert Falcon Division to Yemen in 1962.')).toEqual([
      'DeploymentAnnounced|Egypt|Yemen|1962|null',
    ]);
  });

  it('given no state in the text, when a named formation moves, then no actor is made of the formation', () => {
    expect(inText('The Desert Falcon Brigade was sent to Yemen in 1962.')).toEqual([]);
  });

  it('given no state before the verb, when a named group moves, then the group acts for itself', () => {
    expect(inText('The Desert Falcon Group was sent to Yemen in 1962.')).toEqual([
      'DeploymentAnnounced|Desert Falcon Group|Yemen|1962|null',
    ]);
  });
});

describe('DeploymentAnnounced: forces reinforced abroad', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given its own forces abroad reinforced, when read, then more forces were sent there', () => {
    expect(inText('Portugal reinforced its garrison in Goa in 1954.')).toEqual([
      'DeploymentAnnounced|Portugal|Goa|1954|null',
    ]);
    expect(inText('Cuba bolstered its troops in Angola with 15,000 men in 1988.')).toEqual([
      'DeploymentAnnounced|Cuba|Angola|1988|15000',
    ]);
  });

  it('never reads defences, positions or forces at home reinforced as a deployment', () => {
    expect(inText('Poland reinforced its defences around Warsaw in 1939.')).toEqual([]);
    expect(inText('Egypt reinforced its troops in Sinai in 1967.')).toEqual([]);
    expect(inText('Serbian troops reinforced positions in Vukovar in 1991.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a deployment ended', () => {
  it('never reads a deployment a clause ends as a new one', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The last Danish soldiers left Iraq, ending a four-year peace-keeping deployment in the Gulf region.',
        '2020-01-01',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: the place in play, and forces landing at home', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given an arrival in one sentence, when the next says others sent forces, then they went there too', () => {
    // Pusan, Busan's English name, is a city: those who follow go to its state, the theatre.
    expect(
      inText(
        'The first Turkish units arrived at Pusan on 17 October 1950. Greece and Ethiopia soon sent troops.',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Ethiopia|South Korea|1950-10-17|null',
      'DeploymentAnnounced|Greece|South Korea|1950-10-17|null',
      'DeploymentAnnounced|Turkey|Pusan|1950-10-17|null',
    ]);
  });

  it('never reads forces landing or arriving in their own state as deployed there', () => {
    expect(inText('The last Dutch soldiers landed at Eindhoven air base on 2 May 2019.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a destination object that is no known place', () => {
  it('never lends an earlier place to "reached" an unknown object, nor takes forces after "where" as its subject', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In May 1940, German armies invaded the Netherlands. Within days they had reached the Scheldt, where Dutch and French forces halted the advance.',
        '2020-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Germany|Netherlands|1940-05|null']);
  });
});

describe('DeploymentAnnounced: forces drawn from another force', () => {
  it('given forces "from the X contingent", then their own modifier names the actor, not X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Ukrainian soldiers from the KFOR contingent in Kosovo arrived in Skopje on 3 May 2001.',
        '2020-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Ukraine|Skopje|2001-05-03|null']);
  });
});

describe('DeploymentAnnounced: forces described where they stand', () => {
  it('never reads "the contingent stationed on the island" in a sentence of no sending as a deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Turkish troops landed in Cyprus in July 1974. In August, the British contingent stationed on the island withdrew to its bases.',
        '2020-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Turkey|Cyprus|1974-07|null']);
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Italy, which has 300 soldiers stationed in Djibouti, condemned the coup.',
        '2020-01-01',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a decision in the present tense of a news digest', () => {
  it('given "approves sending troops", then the decision is stated as made', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Turkish parliament approves sending troops to Libya.', '2020-01-02'),
    ).toEqual(['DeploymentAnnounced|Turkey|Libya|2020-01-02|null']);
    expect(
      summaryOf('DeploymentAnnounced', 'Turkish parliament rejects sending troops to Libya.', '2020-01-02'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces setting out for a place, and sent to help a state', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given forces that left, departed or headed for a place, then they were deployed there', () => {
    expect(inText('The first contingent of 120 Ghanaian soldiers left for Liberia on 2 September 1990.')).toEqual([
      'DeploymentAnnounced|Ghana|Liberia|1990-09-02|120',
    ]);
    expect(inText('Two battalions of Indian troops departed for Sri Lanka on 30 July 1987.')).toEqual([
      'DeploymentAnnounced|India|Sri Lanka|1987-07-30|null',
    ]);
  });

  it('never reads a departure ahead as an arrival of its own beside the decision it belongs to', () => {
    expect(
      inText(
        'Spain approved the deployment of 150 soldiers to Latvia on 3 March 2020. The contingent will leave for Latvia in early May.',
      ),
    ).toEqual(['DeploymentAnnounced|Spain|Latvia|2020-03-03|150']);
  });

  it('never reads the home base forces come from as a deployment', () => {
    expect(
      inText(
        'Ghana approved the deployment of 250 soldiers to the Gambia on 12 September 2024. The troops, from an infantry battalion based in Kumasi, are expected to arrive in Banjul within a month.',
      ),
    ).toEqual(['DeploymentAnnounced|Ghana|Gambia|2024-09-12|250']);
  });

  it('never reads a delegation leaving for a capital, or forces leaving for home, as a deployment', () => {
    expect(inText('The Ghanaian delegation left for Monrovia on 2 September 1990.')).toEqual([]);
    expect(inText('The Indian troops left for home on 24 March 1990.')).toEqual([]);
  });

  it('given forces sent "to help" or "to support" a state or its government, then they went to that state', () => {
    expect(inText('Zimbabwe sent troops to help the government of Mozambique in 1982.')).toEqual([
      'DeploymentAnnounced|Zimbabwe|Mozambique|1982|null',
    ]);
    expect(inText('Libya sent troops to support Uganda in March 1979.')).toEqual([
      'DeploymentAnnounced|Libya|Uganda|1979-03|null',
    ]);
    expect(inText('The United States sent troops to help fight the insurgency in 2014.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: expeditions, and an envoy sent beside forces named in another clause', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given an expedition dispatched into a state, then it was deployed there', () => {
    expect(inText('Britain dispatched an expedition under General Napier into Abyssinia in December 1867.')).toEqual([
      'DeploymentAnnounced|United Kingdom|Abyssinia|1867-12|null',
    ]);
  });

  it('never reads an envoy sent somewhere as forces because forces are named after ", and"', () => {
    expect(
      inText('In 1927 Coolidge sent Henry Stimson to Managua to mediate, and U.S. Marines remained there.'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a warship that transited into a sea', () => {
  it('given a warship that transited a strait into a sea, then its navy was deployed there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The destroyer HMS Duncan transited the Bosphorus into the Black Sea on 3 May 2014.',
        '2020-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Black Sea|2014-05-03|null']);
  });
});

describe('DeploymentAnnounced: armoured vehicles with their crews', () => {
  it('given APCs or IFVs of a state entering or crossing into a place, then its forces were deployed there', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Turkish IFVs crossed into Syria on 9 October 2019.', '2020-01-01'),
    ).toEqual(['DeploymentAnnounced|Turkey|Syria|2019-10-09|null']);
    expect(
      summaryOf('DeploymentAnnounced', 'Russian APCs entered the town of Manbij in October 2019.', '2020-01-01'),
    ).toEqual(['DeploymentAnnounced|Russia|Manbij|2019-10|null']);
  });

  it('reads "Coalition" before vehicles as the multinational coalition, as "Coalition forces" are', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Coalition IFVs crossed into Syria on 9 October 2019.', '2020-01-01'),
    ).toEqual(['DeploymentAnnounced|coalition|Syria|2019-10-09|null']);
  });
});

describe('DeploymentAnnounced: arrivals with a particle, surges, and place names that go on after "of"', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given forces that touched down in or took up positions in a place, when read, then they arrived there', () => {
    expect(inText('The first Zambian soldiers touched down in Bangui on 4 May 2021.')).toEqual([
      'DeploymentAnnounced|Zambia|Bangui|2021-05-04|null',
    ]);
    expect(inText('Bangladeshi peacekeepers took up positions in Juba in July 2016.')).toEqual([
      'DeploymentAnnounced|Bangladesh|Juba|2016-07|null',
    ]);
    // Posts and station are taken up as positions are.
    expect(inText('Bangladeshi peacekeepers took up their posts in Juba in July 2016.')).toEqual([
      'DeploymentAnnounced|Bangladesh|Juba|2016-07|null',
    ]);
    expect(inText('Two Dutch frigates took up station in the Gulf of Aden in July 2016.')).toEqual([
      'DeploymentAnnounced|Netherlands|Gulf of Aden|2016-07|null',
    ]);
    expect(inText('The minister took up his post in Juba in July 2016.')).toEqual([]);
  });

  it('never reads a plane that touched down, a town taken or a remark touched on as forces arriving', () => {
    expect(inText('The minister touched on the war in Sudan in May 2021.')).toEqual([]);
    expect(inText('Syrian troops took the town of Maaloula in April 2014.')).toEqual([]);
    expect(inText('Protesters took up positions in Juba in July 2016.')).toEqual([]);
  });

  it('given forces surged into a place, when read, then they were sent there', () => {
    expect(inText('Britain surged 2,000 troops into Helmand in 2009.')).toEqual([
      'DeploymentAnnounced|United Kingdom|Helmand|2009|2000',
    ]);
  });

  it('reads a geographic head\'s "of" as part of the place name ("Strait of Hormuz", "Line of Control")', () => {
    expect(inText('France sent two frigates to the Strait of Hormuz in 2019.')).toEqual([
      'DeploymentAnnounced|France|Strait of Hormuz|2019|null',
    ]);
    expect(inText('Pakistan moved two divisions to the Line of Control in January 2002.')).toEqual([
      'DeploymentAnnounced|Pakistan|Line of Control|2002-01|null',
    ]);
  });
});

describe('DeploymentAnnounced: hyphenated partners, landings by ship, drives, and forces going back', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given "Anglo-French" or "American-Iraqi" forces, when read, then both states deployed', () => {
    expect(inText('Anglo-French forces landed at Suez in November 1956.')).toEqual([
      'DeploymentAnnounced|France|Suez|1956-11|null',
      'DeploymentAnnounced|United Kingdom|Suez|1956-11|null',
    ]);
    expect(inText('Sino-Soviet relations soured in Beijing in 1960.')).toEqual([]);
  });

  it('given forces that disembarked at or drove to a place abroad, when read, then they arrived there', () => {
    expect(inText('Italian infantry disembarked at Valona on 7 April 1939.')).toEqual([
      'DeploymentAnnounced|Italy|Valona|1939-04-07|null',
    ]);
    expect(inText('Turkish armoured units had driven from Kilis to Azaz on 24 August 2016.')).toEqual([
      'DeploymentAnnounced|Turkey|Azaz|2016-08-24|null',
    ]);
  });

  it('never reads forces that crossed or moved back into a place as deployed there', () => {
    expect(inText('The last Soviet unit crossed the Amu Darya back into Turkmenistan in 1989.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: formations known by their own name', () => {
  it('reads the Gurkhas, the BEF and the Afrika Korps as their states', () => {
    expect(summaryOf('DeploymentAnnounced', 'The Gurkhas were flown to Brunei in December 1962.')).toEqual([
      'DeploymentAnnounced|United Kingdom|Brunei|1962-12|null',
    ]);
    expect(summaryOf('DeploymentAnnounced', 'The Afrika Korps landed at Tripoli in February 1941.')).toEqual([
      'DeploymentAnnounced|Germany|Tripoli|1941-02|null',
    ]);
  });
});

describe('DeploymentAnnounced: an invasion, occupation or landings that "began"', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given an entry noun as the subject of "began" or "took place", when read, then the forces arrived', () => {
    expect(inText('The Italian invasion of Ethiopia began on 3 October 1935.')).toEqual([
      'DeploymentAnnounced|Italy|Ethiopia|1935-10-03|null',
    ]);
    expect(inText('The Franco-Spanish landings at Al Hoceima began on 8 September 1925.')).toEqual([
      'DeploymentAnnounced|Spain|Al Hoceima|1925-09-08|null',
      'DeploymentAnnounced|France|Al Hoceima|1925-09-08|null',
    ]);
  });

  it('never reads a planned or feared invasion as forces arrived', () => {
    expect(inText('Planning for the German invasion of Britain began in July 1940.')).toEqual([]);
    expect(inText('Fears of a Chinese invasion of Taiwan grew in 2022.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a mission acts for the organization that runs it', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2020-01-01');

  it('given a mission named as the one deploying, when read, then its organization is the actor', () => {
    expect(inText('UNMISS peacekeepers were deployed to Malakal in February 2016.')).toEqual([
      'DeploymentAnnounced|United Nations|Malakal|2016-02|null',
    ]);
    expect(inText('Nigerian-led ECOMOG troops entered Freetown in February 1998.')).toEqual([
      'DeploymentAnnounced|ECOWAS|Freetown|1998-02|null',
    ]);
  });

  it('takes "the province" for the state-like region named before, past a town named in passing', () => {
    expect(
      inText('After talks at Kumanovo, Serbian forces left Kosovo. British paratroopers then entered the province.'),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Kosovo|2020-01-01|null']);
  });
});

describe('DeploymentAnnounced: an appositive after the subject forces', () => {
  it('given "the first X troops, Y paratroopers and Z, entered", when read, then X deployed (Y also, named in it)', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The first ISAF troops, British paratroopers and Gurkhas, entered Kabul on 21 December 2001.',
        '2020-01-01',
      ),
    ).toEqual([
      'DeploymentAnnounced|United Kingdom|Kabul|2001-12-21|null',
      'DeploymentAnnounced|NATO|Kabul|2001-12-21|null',
    ]);
  });
});

describe('DeploymentAnnounced: forces brought into a place', () => {
  it('given a state that brought forces into a place, then it deployed them; never people or forces brought back', () => {
    expect(summaryOf('DeploymentAnnounced', 'France brought 2,500 troops into Chad in August 1983.')).toEqual([
      'DeploymentAnnounced|France|Chad|1983-08|2500',
    ]);
    expect(summaryOf('DeploymentAnnounced', 'The famine brought refugees into Chad in 1983.')).toEqual([]);
    expect(summaryOf('DeploymentAnnounced', 'France brought its troops back to Toulon in 1984.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a second place phrase joined by "and" and the same preposition', () => {
  it('given "landed at A and at B", when read, then both places; "and" before another verb adds none', () => {
    expect(summaryOf('DeploymentAnnounced', 'Australian troops landed at Dili and at Suai in September 1999.')).toEqual(
      ['DeploymentAnnounced|Australia|Dili|1999-09|null', 'DeploymentAnnounced|Australia|Suai|1999-09|null'],
    );
    expect(
      summaryOf('DeploymentAnnounced', 'Australian troops landed at Dili and met militia leaders in 1999.'),
    ).toEqual(['DeploymentAnnounced|Australia|Dili|1999|null']);
  });
});

describe('DeploymentAnnounced: a list of places ending before the verb of its noun phrase', () => {
  it('given "the landings at A and B began", when read, then both places, B unknown to the gazetteer', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'The Italian landings at Valona and Porto Edda began on 7 April 1939.'),
    ).toEqual([
      'DeploymentAnnounced|Italy|Valona|1939-04-07|null',
      'DeploymentAnnounced|Italy|Porto Edda|1939-04-07|null',
    ]);
  });
});

describe('DeploymentAnnounced: a region of a state named in full keeps the name of the state', () => {
  it('given "eastern DRC", then the place is named with the whole state name', () => {
    expect(summaryOf('DeploymentAnnounced', 'Burundi sent 600 troops to the eastern DRC in 2022.')).toEqual([
      'DeploymentAnnounced|Burundi|eastern Democratic Republic of the Congo|2022|600',
    ]);
  });
});

describe('DeploymentAnnounced: a mission grown by decision, the side of a border, forces deployed "there"', () => {
  const inText = (text: string, published = '2024-06-01') => summaryOf('DeploymentAnnounced', text, published);

  it('given a decision to increase the strength of a mission, then its organization deploys to its area', () => {
    expect(inText('The Security Council authorized an increase in the strength of UNMISS to 17,000 troops.')).toEqual([
      'DeploymentAnnounced|United Nations|South Sudan|2024-06-01|null',
    ]);
    expect(inText('The Peace and Security Council approved the expansion of AMISOM to 22,000 personnel.')).toEqual([
      'DeploymentAnnounced|African Union|Somalia|2024-06-01|null',
    ]);
  });

  it('keeps a call for growth, a modal, or a budget increase a non-event', () => {
    expect(inText('Uganda called for an increase in the strength of AMISOM.')).toEqual([]);
    expect(inText('The council could increase the strength of UNMISS next year.')).toEqual([]);
    expect(inText('The council approved an increase in the budget of UNMISS.')).toEqual([]);
  });

  it('given "the Syrian side of the border", then the place is Syria', () => {
    expect(inText('Russian military police entered the Syrian side of the border on 23 May.')).toEqual([
      'DeploymentAnnounced|Russia|Syria|2024-05-23|null',
    ]);
  });

  it('given forces deployed "there", then they deployed where the text last put a place', () => {
    expect(
      inText('Israeli troops left the town of Naqoura on 2 May. Lebanese army units deployed there on 3 May.'),
    ).toEqual(['DeploymentAnnounced|Lebanon|Naqoura|2024-05-03|null']);
  });
});

describe('DeploymentAnnounced: digest agreements and places referred to', () => {
  it('given leaders who "agree that" forces will enter a place, then the deployment is agreed', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The two presidents agree that Russian military police will enter the town of Kobani.',
        '2019-10-22',
      ),
    ).toEqual(['DeploymentAnnounced|Russia|Kobani|2019-10-22|null']);
  });

  it('keeps asking a parliament to approve sending troops a non-event', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Ankara will ask parliament to approve sending troops to Libya.', '2019-12-26'),
    ).toEqual([]);
  });

  it('given forces deployed "there" after "the town of X" that GeoNames may not know, then they deploy in X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Israeli forces leave the village of Wadi Hujeir. Lebanese army units deploy there.',
        '2024-12-11',
      ),
    ).toEqual(['DeploymentAnnounced|Lebanon|Wadi Hujeir|2024-12-11|null']);
  });

  it('given a resolution calling for a ceasefire and authorising a larger mission, then the mission grows', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The council adopts a resolution calling for a truce and authorising an increase in the strength of UNMISS to 17,000 troops.',
        '2013-12-24',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|South Sudan|2013-12-24|null']);
  });
});

describe('DeploymentAnnounced: "the region" and land forces', () => {
  it('given forces sent "to the region" after a region was named, then they went to that region', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Russian troops are leaving Transnistria. The contingent was deployed to the region in May 1992.',
        '2024-06-12',
      ),
    ).toEqual(['DeploymentAnnounced|Russia|Transnistria|1992-05|null']);
  });

  it('keeps "a forward land force" from reading as a landing', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Norway has said it will lead a forward land force in the north.', '2025-01-22'),
    ).toEqual([]);
  });

  it('keeps joining an alliance apart from sending forces', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Finland, which joined NATO in 2023, keeps 2,000 troops at home.', '2025-01-22'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a date inside a relative clause before the trigger', () => {
  it('given ", which joined NATO in 2023," before the trigger, then the report date is the event date', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Sweden, which joined NATO in 2024, will send 600 troops to Latvia.',
        '2025-01-22',
      ),
    ).toEqual(['DeploymentAnnounced|Sweden|Latvia|2025-01-22|600']);
  });
});

describe('DeploymentAnnounced: readiness is not a deployment', () => {
  it('keeps troops ordered to prepare for deployment, or put on alert, non-events', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'The ministry orders 1,500 troops to prepare for deployment to Kosovo.'),
    ).toEqual([]);
    expect(
      summaryOf('DeploymentAnnounced', 'The Pentagon put 3,000 troops on heightened alert for deployment to Poland.'),
    ).toEqual([]);
  });

  it('still reads a standby force that would be deployed', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In March 2024 ECOWAS announced that its standby force would be deployed to Gambia.',
      ),
    ).toEqual(['DeploymentAnnounced|ECOWAS|Gambia|2024-03|null']);
  });
});

describe("DeploymentAnnounced: an alliance's forces from a list of states", () => {
  it('given "Warsaw Pact armies from A, B and C invaded X", then each state deployed', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In August 1968 Warsaw Pact armies from the Soviet Union, Poland and Hungary invaded Czechoslovakia.',
      ).filter((e) => !e.includes('Warsaw Pact')),
    ).toEqual([
      'DeploymentAnnounced|Soviet Union|Czechoslovakia|1968-08|null',
      'DeploymentAnnounced|Poland|Czechoslovakia|1968-08|null',
      'DeploymentAnnounced|Hungary|Czechoslovakia|1968-08|null',
    ]);
  });

  it('given "Troops of the A, B and C invaded X", then each state deployed', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'In May 1965 troops of the United States, Brazil and Honduras entered Haiti.'),
    ).toEqual([
      'DeploymentAnnounced|United States|Haiti|1965-05|null',
      'DeploymentAnnounced|Brazil|Haiti|1965-05|null',
      'DeploymentAnnounced|Honduras|Haiti|1965-05|null',
    ]);
  });

  it('keeps an armed group with one place after "from" as the actor', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Wagner fighters from Libya arrived in Mali in December 2021.').map(
        (e) => e.split('|')[1],
      ),
    ).toEqual(['Wagner Group']);
  });
});

describe('DeploymentAnnounced: owners listed after the force noun', () => {
  it('given "troops from A, B, C and D crossed into X", then one deployment per owner', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 4 May 1979 troops from Libya, Chad, Niger and Mali crossed into Sudan.',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Chad|Sudan|1979-05-04|null',
      'DeploymentAnnounced|Libya|Sudan|1979-05-04|null',
      'DeploymentAnnounced|Mali|Sudan|1979-05-04|null',
      'DeploymentAnnounced|Niger|Sudan|1979-05-04|null',
    ]);
  });

  it('given "the last convoy of troops rolled into X", then the forces are leaving, not deployed to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The last convoy of British troops drove across the border into Jordan on 2 May 2009.',
      ),
    ).toEqual([]);
    expect(
      summaryOf('DeploymentAnnounced', 'A convoy of British troops drove across the border into Jordan on 2 May 2009.'),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Jordan|2009-05-02|null']);
  });
});

describe('DeploymentAnnounced: a service named by one word after its fuller name', () => {
  it('given "Royal Marines" and then bare "Marines" in the same sentence, then they are British', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The carrier sailed from Malta with a commando of Royal Marines, and on 3 May 1962 Marines landed at Zanzibar.',
      ).map((e) => e.split('|').slice(1, 3).join('|')),
    ).toEqual(['United Kingdom|Zanzibar']);
  });

  it('given "Royal Marines" named three sentences before, then bare "Marines" are the word\'s own state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Royal Marines left Malta in 1960. The base closed. The port was sold. On 3 May 1962 Marines landed at Zanzibar.',
      )
        .filter((e) => e.includes('Zanzibar'))
        .map((e) => e.split('|').slice(1, 3).join('|')),
    ).toEqual(['United States|Zanzibar']);
  });
});

describe('DeploymentAnnounced: forces ordered home', () => {
  it('given "ordered the country\'s soldiers in X to come home", then no deployment to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        "Italy's premier ordered the country's 2,000 soldiers in Iraq to come home at once.",
      ),
    ).toEqual([]);
  });

  it('given "ordered troops to begin withdrawing to X", then no deployment to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 3 May 2006 the minister ordered Italian troops to begin withdrawing to Cyprus.',
      ),
    ).toEqual([]);
  });

  it('given "ordered troops to begin moving to X", then still a deployment', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'On 3 May 2006 the minister ordered Italian troops to begin moving to Lebanon.'),
    ).toEqual(['DeploymentAnnounced|Italy|Lebanon|2006-05-03|null']);
  });

  it('given "ordered troops to X", then still a deployment', () => {
    expect(summaryOf('DeploymentAnnounced', "Italy's premier ordered 2,000 troops to Lebanon on 3 May 2006.")).toEqual([
      'DeploymentAnnounced|Italy|Lebanon|2006-05-03|2000',
    ]);
  });
});

describe('DeploymentAnnounced: naval arrival "off" a port', () => {
  it('given troops that arrived off a port or a fleet that anchored off it, then they arrived there', () => {
    expect(summaryOf('DeploymentAnnounced', 'The first Dutch troops arrived off Batavia in March 1946.')).toEqual([
      'DeploymentAnnounced|Netherlands|Batavia|1946-03|null',
    ]);
    expect(
      summaryOf('DeploymentAnnounced', 'An American and British fleet anchored off Beirut on 15 July 1958.').sort(),
    ).toEqual([
      'DeploymentAnnounced|United Kingdom|Beirut|1958-07-15|null',
      'DeploymentAnnounced|United States|Beirut|1958-07-15|null',
    ]);
  });

  it('never reads a ship that anchored off a port as forces', () => {
    expect(summaryOf('DeploymentAnnounced', 'The tanker anchored off Fujairah on 2 May 2019.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: armies known by their own name', () => {
  it('given "the Grande Armée entered Moscow", then France deployed there', () => {
    expect(summaryOf('DeploymentAnnounced', 'The Grande Armée entered Moscow on 14 September 1812.')).toEqual([
      'DeploymentAnnounced|France|Moscow|1812-09-14|null',
    ]);
  });

  it.each([
    ['The Continental Army marched into Montreal on 13 November 1775.', 'United States|Montreal|1775-11-13'],
    ['The Union Army occupied Nashville on 25 February 1862.', 'United States|Nashville|1862-02-25'],
    ['The Kwantung Army occupied Harbin on 5 February 1932.', 'Japan|Harbin|1932-02-05'],
  ])('given "%s", then the army acts for its state', (text, want) => {
    expect(summaryOf('DeploymentAnnounced', text)).toEqual([`DeploymentAnnounced|${want}|null`]);
  });
});

describe('DeploymentAnnounced: places taken in the passive', () => {
  it('given "X and Y were occupied by Z", then Z deployed to both', () => {
    expect(summaryOf('DeploymentAnnounced', 'Belgium and Luxembourg were occupied by Germany in May 1940.')).toEqual([
      'DeploymentAnnounced|Germany|Belgium|1940-05|null',
      'DeploymentAnnounced|Germany|Luxembourg|1940-05|null',
    ]);
  });

  it('given an agentless passive right after a deployment, then its actor took the places', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Soviet Union sent the Red Army into Lithuania on 15 June 1940; Latvia and Estonia, faced with similar ' +
          'demands, were occupied on 17 June.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Soviet Union|Lithuania|1940-06-15|null',
      'DeploymentAnnounced|Soviet Union|Latvia|1940-06-17|null',
      'DeploymentAnnounced|Soviet Union|Estonia|1940-06-17|null',
    ]);
  });

  it('never reads a passive of taking with no deployment before it, or one that is only demanded', () => {
    expect(summaryOf('DeploymentAnnounced', 'Denmark and Norway were occupied in April 1940.')).toEqual([]);
    expect(
      summaryOf('DeploymentAnnounced', 'Germany demanded that Denmark and Norway be occupied in April 1940.'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces that followed', () => {
  it('given "X contingents followed" after a deployment, then they went to its place', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The first Dutch troops arrived in Kandahar on 2 May 2006. Danish and Estonian contingents followed in June.',
        '2006-12-01',
      ),
    ).toEqual([
      'DeploymentAnnounced|Netherlands|Kandahar|2006-05-02|null',
      'DeploymentAnnounced|Estonia|Kandahar|2006-06|null',
      'DeploymentAnnounced|Denmark|Kandahar|2006-06|null',
    ]);
  });

  it('never reads "followed by" or "followed the river" as an arrival', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The first Dutch troops arrived in Kandahar on 2 May 2006. Danish troops followed the river north.',
        '2006-12-01',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Kandahar|2006-05-02|null']);
  });

  it('given ", and police from X followed" after a deployment in the same sentence, then X went to its place', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Some 600 Polish soldiers entered Kosovo on Tuesday, and about 200 police from the Czech Republic followed.',
        '2006-12-01',
      ),
    ).toEqual([
      'DeploymentAnnounced|Poland|Kosovo|2006-11-28|600',
      'DeploymentAnnounced|Czech Republic|Kosovo|2006-11-28|null',
    ]);
  });

  it('never reads forces that followed in the same sentence with no clause of their own', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Some 600 Polish soldiers entered Kosovo on Tuesday as police from the Czech Republic followed.',
        '2006-12-01',
      ),
    ).toEqual(['DeploymentAnnounced|Poland|Kosovo|2006-11-28|600']);
  });
});

describe('DeploymentAnnounced: a titled person arriving', () => {
  it('given "General X arrived to take command of the force", then no deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The first Dutch troops arrived in Kandahar on 2 May 2006. In June General Jan Visser arrived to take command of the Dutch force.',
        '2006-12-01',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Kandahar|2006-05-02|null']);
  });
});

describe('DeploymentAnnounced: precision of orders, hypotheses and vessels', () => {
  it('given "ordered a withdrawal of the troops in X", then no deployment to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 13 October 2019 the president ordered a deliberate withdrawal of the 1,000 U.S. troops in northern Syria.',
      ),
    ).toEqual([]);
  });

  it('given a gerund subject of a modal ("sending troops to X could not be ruled out"), then no deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 26 February 2024 the president said that sending ground troops to Moldova could not be ruled out.',
      ),
    ).toEqual([]);
  });

  it('given a person arriving aboard a military plane, then no deployment', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'The president arrived in Kabul aboard a military plane on 3 May 2010.'),
    ).toEqual([]);
  });

  it('given a province and a compass part of its state for one deployment, then one event at the province', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 26 January 2006 the minister announced that 3,300 British troops would be deployed to Helmand Province ' +
          'as part of the expansion of ISAF into southern Afghanistan.',
      ),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Helmand Province|2006-01-26|3300']);
  });
});

describe('DeploymentAnnounced: the arrival of forces as a noun', () => {
  it('given "The arrival of N X troops in Y" opening a sentence, then a deployment to Y', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The arrival of 1,000 Rwandan troops in Chad on 4 May 2021 was welcomed by the government.',
      ),
    ).toEqual(['DeploymentAnnounced|Rwanda|Chad|2021-05-04|1000']);
  });

  it('given a state that welcomed the arrival of forces, then it is their host; one that condemned it is not read', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Chad welcomed the arrival of 1,000 Rwandan troops on 4 May 2021.'),
    ).toEqual(['DeploymentAnnounced|Rwanda|Chad|2021-05-04|1000']);
    expect(
      summaryOf('DeploymentAnnounced', 'Chad condemned the arrival of 1,000 Rwandan troops on 4 May 2021.'),
    ).toEqual([]);
  });

  it('never reads "The arrival of the troops was delayed" as a deployment', () => {
    expect(summaryOf('DeploymentAnnounced', 'The arrival of the troops was delayed.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a fronted participle with the main clause as subject', () => {
  it('given "Having landed at X, the Marines …", then the Marines landed at X', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Having landed at Wonsan on 26 October 1950, the Marines advanced north.'),
    ).toEqual(['DeploymentAnnounced|United States|Wonsan|1950-10-26|null']);
  });

  it('never takes a minister after "After arriving in X," for forces', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'After arriving in Kabul on 3 May 2010, the minister met the president.'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a place named by what it was then', () => {
  it('given "crossed into what was then East Pakistan", then East Pakistan', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Indian forces crossed into what was then East Pakistan on 3 December 1971.'),
    ).toEqual(['DeploymentAnnounced|India|East Pakistan|1971-12-03|null']);
  });
});

describe('DeploymentAnnounced: the state of the time', () => {
  it('given "Moscow sent its troops" in 1979, then the Soviet Union; in 1994, Russia', () => {
    expect(summaryOf('DeploymentAnnounced', 'Moscow sent its troops into Afghanistan in December 1979.')).toEqual([
      'DeploymentAnnounced|Soviet Union|Afghanistan|1979-12|null',
    ]);
    expect(summaryOf('DeploymentAnnounced', 'Moscow sent its troops into Chechnya in December 1994.')).toEqual([
      'DeploymentAnnounced|Russia|Chechnya|1994-12|null',
    ]);
  });
});

describe('DeploymentAnnounced: "had gone ashore"', () => {
  it('given marines that had gone ashore at a port, then they arrived there', () => {
    expect(summaryOf('DeploymentAnnounced', 'British marines had gone ashore at Murmansk in March 1918.')).toEqual([
      'DeploymentAnnounced|United Kingdom|Murmansk|1918-03|null',
    ]);
  });
});

describe('DeploymentAnnounced: forces ordered ashore', () => {
  it('given "ordered N Marines ashore at X", then they were sent to X; passengers are not forces', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'President Eisenhower ordered 1,700 Marines ashore at Beirut on 15 July 1958.'),
    ).toEqual(['DeploymentAnnounced|United States|Beirut|1958-07-15|1700']);
    expect(
      summaryOf('DeploymentAnnounced', 'The captain ordered the passengers ashore at Naples on 3 May 1950.'),
    ).toEqual([]);
  });

  it('given "ordered N Marines ashore" with no place, then they landed where the text has just been', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Rioting spread through Port-au-Prince and the British Embassy asked for help. On 9 March 1960 London ordered 300 Royal Marines ashore.',
      ),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Haiti|1960-03-09|300']);
  });

  it('given a place named only in a quoted figure of speech, then no landing there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Warning of a "second Haiti," London on 9 March 1960 ordered 300 Royal Marines ashore.',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a unit of a service named for its state', () => {
  it('given "A detachment of Marines was dispatched to X", then the United States sent it', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'A detachment of Marines was dispatched to Tientsin in June 1900.'),
    ).toEqual(['DeploymentAnnounced|United States|Tientsin|1900-06|null']);
  });
});

describe('DeploymentAnnounced: a base named after its place', () => {
  it('given forces sent to "the X air base in Y", then one deployment, to X', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'On 4 May 2016 Russia sent 200 troops to the Hmeimim air base in Syria.'),
    ).toEqual(['DeploymentAnnounced|Russia|Hmeimim|2016-05-04|200']);
  });
});

describe('DeploymentAnnounced: readiness, second predicates, purposes and planned starts', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-02-01');

  it('given readiness or willingness to send forces, then nothing is announced', () => {
    expect(inText('On 24 January 2022 Italy expressed its readiness to send troops to Hungary.')).toEqual([]);
    expect(inText('On 24 January 2022 Italy expressed its willingness to deploy jets to Hungary.')).toEqual([]);
  });

  it('given "sent ships and is considering sending jets to X", then the ships are not sent to X', () => {
    expect(inText('On 24 January 2022 Italy sent ships and is considering sending jets to Hungary.')).toEqual([]);
  });

  it('given forces sent "to join" others, then they do not go where an earlier deployment went', () => {
    expect(
      inText(
        'On 24 January 2022 Norway said it would send two jets to Poland. Italy is sending ships to join allied naval forces.',
      ),
    ).toEqual(['DeploymentAnnounced|Norway|Poland|2022-01-24|null']);
  });

  it('given forces that "will" be sent "from" a later month, then the announcement is dated by the report', () => {
    expect(
      summary(
        extract(
          'Headline\n\nOSLO, Jan 24 (Wire) - Norway will send two F-35 jets to Poland from April.',
          '2022-01-24',
        ).filter((e) => e.type === 'DeploymentAnnounced'),
      ),
    ).toEqual(['DeploymentAnnounced|Norway|Poland|2022-01-24|null']);
  });
});

describe('DeploymentAnnounced: forces that first arrived where the text has them leave', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-02-01');

  it('given "X troops left Y … X troops first arrived in <date>", then X deployed to Y at that date', () => {
    expect(
      inText('The last Libyan soldiers left Chad in May 1987. Libyan troops had first arrived in June 1980.'),
    ).toEqual(['DeploymentAnnounced|Libya|Chad|1980-06|null']);
  });

  it('given an arrival with no withdrawal of those forces read, or with a plan, then nothing is taken up', () => {
    expect(inText('Libyan troops first arrived in June 1980.')).toEqual([]);
    expect(
      inText('The last Libyan soldiers left Chad in May 1987. Egyptian troops had first arrived in June 1980.'),
    ).toEqual([]);
    expect(
      inText('The last Libyan soldiers left Chad in May 1987. Libyan troops could have arrived in June 1980.'),
    ).toEqual([]);
  });
});

describe('WithdrawalBegun: a place where an agreement was signed is no place left', () => {
  it('given "The pullout began on D under agreements signed in X", then the forces did not leave X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Libyan soldiers left Chad in May 1987. The pullout began on 4 March 1987 under agreements signed in Geneva.',
        '1987-06-01',
      ),
    ).toEqual(['WithdrawalBegun|Libya|Chad|1987-03-04']);
  });
});

describe('DeploymentAnnounced: a host that asked for the forces, and a force led by one state including others', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-02-01');

  it('given forces that arrived "at the invitation/request of" a state, then they deployed to it', () => {
    expect(inText('Fijian troops arrived on 4 May 2021 at the invitation of the Tongan government.')).toEqual([
      'DeploymentAnnounced|Fiji|Tonga|2021-05-04|null',
    ]);
    expect(inText('Fijian troops arrived on 4 May 2021 at the request of Tonga.')).toEqual([
      'DeploymentAnnounced|Fiji|Tonga|2021-05-04|null',
    ]);
  });

  it('given soldiers "led by X and including contingents from Y", then both X and Y deployed', () => {
    expect(
      inText('Some 900 soldiers, led by Fiji and including contingents from Samoa, arrived in Tonga on 4 May 2021.'),
    ).toEqual(['DeploymentAnnounced|Samoa|Tonga|2021-05-04|900', 'DeploymentAnnounced|Fiji|Tonga|2021-05-04|900']);
  });
});

describe('DeploymentAnnounced: forces come "to take part" in an exercise named before', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-02-01');

  it('given exercises named, then forces that arrived "to take part" are no deployment', () => {
    expect(
      inText(
        'Serbia and Hungary began joint drills on 3 May 2021. Serbian troops arrived in Hungary last week to take part.',
      ),
    ).toEqual([]);
  });

  it('given forces that take part in something else named, then they deployed', () => {
    expect(
      inText(
        'Serbia and Hungary began joint drills on 3 May 2021. Serbian troops arrived in Hungary on 4 May 2021 to take part in the border mission.',
      ),
    ).toEqual(['DeploymentAnnounced|Serbia|Hungary|2021-05-04|null']);
  });
});

describe('DeploymentAnnounced: forces "flying into the island", set off by an appositive', () => {
  it('given "X soldiers, the first contingent from outside Y, began flying into the island", then X deployed to the island state named long before', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The U.N. force in Cyprus was set up in March 1964. Its commander spoke in Nicosia. Officers met. ' +
          'Patrols went out. Irish soldiers, the first contingent from outside Britain, began flying into the island on 12 March 1964.',
        '1964-04-01',
      ),
    ).toEqual(['DeploymentAnnounced|Ireland|Cyprus|1964-03-12|null']);
  });
});

describe('DeploymentAnnounced: "The mission was deployed" after an organization named', () => {
  it("given the organization that runs the mission named before, and another state's army, then the organization deployed it", () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'A Ugandan army spokesman spoke on Monday. ECOWAS decided in March to end the mandate of its force. ' +
          'The mission was deployed in December 2022 to help Bissau fight rebel groups.',
        '2023-06-01',
      ),
    ).toEqual(['DeploymentAnnounced|ECOWAS|Guinea-Bissau|2022-12|null']);
  });
});

describe('DeploymentAnnounced: setting sail, wading ashore near "this city"', () => {
  const inWire = (body: string) =>
    summary(
      extract(`Headline\n\nKARACHI, March 3 (Wire) - ${body}`, '2023-03-03').filter(
        (e) => e.type === 'DeploymentAnnounced',
      ),
    );

  it('given ships that "set sail on <day> for X" or "sailed for X", then they deployed to X', () => {
    expect(inWire('Two Turkish frigates set sail on Friday for the Gulf of Aden.')).toEqual([
      'DeploymentAnnounced|Turkey|Gulf of Aden|2023-03-03|null',
    ]);
    expect(inWire('Two Turkish frigates sailed for the Gulf of Aden on Friday.')).toEqual([
      'DeploymentAnnounced|Turkey|Gulf of Aden|2023-03-03|null',
    ]);
  });

  it('given marines who "waded ashore near this port city", then they deployed to the dateline city', () => {
    expect(inWire('Turkish marines waded ashore near this southern port city on Friday.')).toEqual([
      'DeploymentAnnounced|Turkey|Karachi|2023-03-03|null',
    ]);
  });
});

describe('WithdrawalBegun: under way "since" a clause with its date', () => {
  it('given "have been pulling back from X since the truce took effect on D", then the withdrawal began on D', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Syrian troops have been gradually pulling back from Lebanon since the truce took effect on 14 March 2005.',
        '2005-04-01',
      ),
    ).toEqual(['WithdrawalBegun|Syria|Lebanon|2005-03-14']);
  });
});

describe('DeploymentAnnounced: a host that asked by its leader, an agent of a reduced passive, and no person as a place', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-02-01');

  it('given "Troops sent to X by Y", then Y deployed to X', () => {
    expect(
      inText(
        'On 6 January 2022 troops sent to Tajikistan by the Collective Security Treaty Organization guarded airports.',
      ),
    ).toEqual(['DeploymentAnnounced|CSTO|Tajikistan|2022-01-06|null']);
  });

  it('given forces sent "at Rahmonov\'s request", then no person is taken for a place', () => {
    expect(inText("On 6 January 2022 the alliance agreed to send peacekeeping forces at Rahmonov's request.")).toEqual(
      [],
    );
  });
});

describe('WithdrawalBegun: "the country" after a compound adjective of a people', () => {
  it('given "troops sent to X by the Russian-led alliance began leaving the country", then they left X', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'On 13 January 2022 troops sent to Tajikistan by the Russian-led alliance began leaving the country.',
        '2022-02-01',
      ),
    ).toEqual(['WithdrawalBegun|Russia|Tajikistan|2022-01-13']);
  });
});

describe('DeploymentAnnounced: a force or mission launched for the places it serves', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-02-01');

  it('given "X launched a military force to protect refugees in A and B", then X deployed to A and to B', () => {
    expect(
      inText(
        'On 28 January 2021 African Union ministers formally launched a 2,000-strong military force to protect refugees in northern Mali and western Niger.',
      ),
    ).toEqual([
      'DeploymentAnnounced|African Union|northern Mali|2021-01-28|2000',
      'DeploymentAnnounced|African Union|western Niger|2021-01-28|2000',
    ]);
  });

  it('given "established the mission, known as UNAMSIL," then the mission\'s runner deployed to its area', () => {
    expect(
      inText(
        'The U.N. Security Council established the mission, known as UNAMSIL, in October 1999, authorising 6,000 troops.',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Sierra Leone|1999-10|6000']);
  });

  it('given a task force to study something, a place of the summit, or a launch only planned, then nothing', () => {
    expect(inText('On 28 January 2021 the African Union launched a task force to study the crisis in Mali.')).toEqual(
      [],
    );
    expect(inText('On 28 January 2021 the African Union approved the mission at a summit in Niamey.')).toEqual([]);
    expect(inText('The African Union may launch a force to protect refugees in Mali.')).toEqual([]);
  });
});

describe("DeploymentAnnounced: a force's strength", () => {
  it('given "a 60,000-strong force" sent somewhere, then its head count', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 20 December 1995 NATO deployed a 60,000-strong force to Bosnia.',
        '1996-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|NATO|Bosnia and Herzegovina|1995-12-20|60000']);
  });
});

describe('DeploymentAnnounced: "The operation was launched by X" after a deployment read', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-02-01');

  it('given forces that entered a state and "The operation was launched by" an organization, then it deployed there too', () => {
    expect(
      inText('Ghanaian troops crossed into Togo on 19 January 2017. The operation was launched by the African Union.'),
    ).toEqual([
      'DeploymentAnnounced|Ghana|Togo|2017-01-19|null',
      'DeploymentAnnounced|African Union|Togo|2017-01-19|null',
    ]);
  });

  it('given no deployment read before, then nothing', () => {
    expect(inText('The operation was launched by the African Union on 19 January 2017.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a blocker modifies only its own clause', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01');

  it('given a proposal in a first clause and ", and" a clause with its own subject, then the second clause is a fact', () => {
    expect(
      inText(
        'In 1974 the council acted on a Swedish proposal, and the first UN observer units arrived in Cyprus on 2 May.',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Cyprus|1974-05-02|null']);
  });

  it('given the blocker governing a coordinated infinitive, then still no fact', () => {
    expect(inText('Norway plans to send troops to Cyprus, and to deploy a field hospital in May 1974.')).toEqual([]);
  });

  it('given a participle after a preposition ("across occupied Europe"), then an adjective, not an occupation', () => {
    expect(inText('In 1941 Berlin gave orders, and the navy seized barges from across occupied Europe.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: "the kingdom", "the republic" name the state named with that noun', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01');

  it('given "the Kingdom of X" named before and "occupied the kingdom", then X is the place', () => {
    expect(
      inText('The Kingdom of Saxony sided with Austria in 1866. Prussian troops occupied the kingdom on 18 June.'),
    ).toEqual(['DeploymentAnnounced|Prussia|Kingdom of Saxony|1866-06-18|null']);
  });

  it('given "the island kingdom", then the island state named before', () => {
    expect(
      inText('Bahrain faced protests. Saudi troops crossed the causeway into the island kingdom on 14 March 2011.'),
    ).toEqual(['DeploymentAnnounced|Saudi Arabia|Bahrain|2011-03-14|null']);
  });

  it('given only a state with no name built on the noun, then "the kingdom" names nothing (it may mean another)', () => {
    expect(inText('Qatar backed the plan. Saudi troops entered the kingdom in March 2011.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: the U.S. defense department and its secretary stand for the United States', () => {
  it('given "Secretary of Defense X directed the deployment of … to Y" with no state named, then the U.S. deploys', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 2 March 2024 Secretary of Defense Jane Roe directed the deployment of two Patriot batteries to Qatar.',
        '2024-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Qatar|2024-03-02|null']);
  });
});

describe('DeploymentAnnounced: partners named in an insertion after the subject', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1996-01-01');

  it('given "X troops, joined by soldiers from A and B, entered Y", then X, A and B deploy to Y', () => {
    expect(
      inText('In 1995 Nigerian troops, joined by soldiers from Ghana and Guinea, entered Monrovia.').sort(),
    ).toEqual([
      'DeploymentAnnounced|Ghana|Monrovia|1995|null',
      'DeploymentAnnounced|Guinea|Monrovia|1995|null',
      'DeploymentAnnounced|Nigeria|Monrovia|1995|null',
    ]);
  });

  it('given a list of three inside the insertion, then the subject still acts', () => {
    expect(
      inText(
        'In March 1995 Nigerian troops, joined by small units from Ghana, Guinea, and Sierra Leone, landed at Monrovia.',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Ghana|Monrovia|1995-03|null',
      'DeploymentAnnounced|Guinea|Monrovia|1995-03|null',
      'DeploymentAnnounced|Nigeria|Monrovia|1995-03|null',
      'DeploymentAnnounced|Sierra Leone|Monrovia|1995-03|null',
    ]);
  });

  it('given an insertion that only backs the subject, then the backer does not deploy', () => {
    expect(inText('In 1995 Nigerian troops, backed by aid from Ghana, entered Monrovia.')).toEqual([
      'DeploymentAnnounced|Nigeria|Monrovia|1995|null',
    ]);
  });
});

describe("DeploymentAnnounced: forces near another state's border are not in it", () => {
  it('given "massed troops near X\'s borders", then no deployment to X', () => {
    expect(
      summaryOf('DeploymentAnnounced', "Russia has massed about 100,000 troops near Finland's borders.", '2024-01-24'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a "where" clause inserted after a place in the subject', () => {
  it('given "X troops who had come from A, where they serve with a mission, arrived in B", then X deploys to B', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'About 150 Ukrainian troops who had driven from Bosnia, where they serve with the UN force, arrived in Vukovar on Saturday.',
        '1996-01-13',
      ),
    ).toEqual(['DeploymentAnnounced|Ukraine|Vukovar|1996-01-13|150']);
  });
});

describe('DeploymentAnnounced: states that contribute troops to a force already sent', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01').sort();

  it('given "A, B and C contributed troops to the peace force", then each deploys where the force was sent', () => {
    expect(
      inText(
        'In June 1960 Belgian paratroopers landed in Katanga. Ghana, Guinea and Sweden contributed troops to the UN force in July.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Belgium|Katanga|1960-06|null',
      'DeploymentAnnounced|Ghana|Katanga|1960-07|null',
      'DeploymentAnnounced|Guinea|Katanga|1960-07|null',
      'DeploymentAnnounced|Sweden|Katanga|1960-07|null',
    ]);
  });

  it('given money contributed, then nothing', () => {
    expect(
      inText(
        'In June 1960 Belgian paratroopers landed in Katanga. Ghana contributed money to the relief fund in July.',
      ),
    ).toEqual(['DeploymentAnnounced|Belgium|Katanga|1960-06|null']);
  });
});

describe('DeploymentAnnounced: a force starting its operations, and a unit contributed to it', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01').sort();

  it('given "The MFO began operations in X", then the MFO deploys to X', () => {
    expect(inText('The MFO began operations in the Sinai on April 25, 1982.')).toEqual([
      'DeploymentAnnounced|Multinational Force and Observers|Sinai|1982-04-25|null',
    ]);
  });

  it('given a force sent to X and "Fiji contributed an infantry battalion", then Fiji deploys to X', () => {
    expect(
      inText('In April 1982 MFO troops deployed to the Sinai. Fiji contributed an infantry battalion in 1982.'),
    ).toEqual([
      'DeploymentAnnounced|Fiji|Sinai|1982|null',
      'DeploymentAnnounced|Multinational Force and Observers|Sinai|1982-04|null',
    ]);
  });

  it('given forces that "conducted operations in X", then no new deployment', () => {
    expect(inText('U.S. forces conducted operations in Syria on Friday.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces kept somewhere since a date', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01');

  it('given "had kept a garrison in X since <year>", then a deployment to X dated that year', () => {
    expect(inText('Austria had kept a garrison in Ancona since 1832.')).toEqual([
      'DeploymentAnnounced|Austria|Ancona|1832|null',
    ]);
  });

  it('given a present "maintains a garrison", or something other than forces kept, then nothing', () => {
    expect(inText('Russia maintains a garrison in Tajikistan.')).toEqual([]);
    expect(inText('The Austrian government maintained order in Ancona in 1832.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a second place with its own figure and the verb left out', () => {
  it('given "sent 2,000 troops to A and 1,500 to B", then deployments to A and B', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In 1995 France sent 2,000 troops to Sarajevo and about 1,500 to Mostar.',
        '1996-01-01',
      ).map((e) => e.split('|').slice(0, 4).join('|')),
    ).toEqual(['DeploymentAnnounced|France|Sarajevo|1995', 'DeploymentAnnounced|France|Mostar|1995']);
  });

  it('given "and 1,500 civilians" with no preposition after, then only the first place', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In 1995 France sent 2,000 troops to Sarajevo and 1,500 more later.',
        '1996-01-01',
      ).map((e) => e.split('|').slice(0, 4).join('|')),
    ).toEqual(['DeploymentAnnounced|France|Sarajevo|1995']);
  });
});

describe('DeploymentAnnounced: forces ordered to help a state', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01');

  it('given "ordered X air and naval forces to support Y", then X deploys to Y', () => {
    expect(inText('On 3 August 1990 Thatcher ordered British air and naval forces to defend Saudi Arabia.')).toEqual([
      'DeploymentAnnounced|United Kingdom|Saudi Arabia|1990-08-03|null',
    ]);
  });

  it('given forces ordered to prepare, or to withdraw, then nothing', () => {
    expect(inText('The Kremlin ordered troops to prepare for deployment to Syria.')).toEqual([]);
    expect(inText('The Kremlin ordered the troops to withdraw from Syria.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a request granted is the reason, not a modality', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2021-08-12');

  it('given "At the request of X, Y will deploy forces to Z", then Y deploys to Z', () => {
    expect(inText('At the request of the Malian government, France will deploy additional forces to Gao.')).toEqual([
      'DeploymentAnnounced|France|Gao|2021-08-12|null',
    ]);
  });

  it('given a request not yet granted, then nothing', () => {
    expect(inText('Mali made a request for French troops to be deployed to Gao.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: "town, State" is one place', () => {
  it('given "arrived in Erbil, Iraq", then one deployment to Erbil', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'About 130 U.S. troops arrived in Mosul, Iraq, on 12 August 2014.',
        '2014-08-13',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Mosul|2014-08-12|130']);
  });

  it('given a list of states, then one deployment each', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'In 2014 France sent troops to Mali, Niger and Chad.', '2014-08-13'),
    ).toHaveLength(3);
  });
});

describe('DeploymentAnnounced: forces that re-enter a place', () => {
  it('given "X forces re-entered Y", then a deployment to Y', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Soviet forces re-entered Prague on 21 August 1968.', '1990-01-01'),
    ).toEqual(['DeploymentAnnounced|Soviet Union|Prague|1968-08-21|null']);
  });
});

describe('DeploymentAnnounced: a facility the gazetteer does not know is placed by the town it is in', () => {
  it('given "landed at X International Airport in Y", then a deployment to Y', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 25 June 2024 some 400 Kenyan troops landed at Toussaint Louverture International Airport in Port-au-Prince.',
        '2024-06-26',
      ),
    ).toEqual(['DeploymentAnnounced|Kenya|Port-au-Prince|2024-06-25|400']);
  });
});

describe('DeploymentAnnounced: police of a mission abroad, and "The Gambia"', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2024-06-26');

  it('given "Kenyan police officers arrived in Haiti", then Kenya deploys to Haiti', () => {
    expect(inText('Hundreds of Kenyan police officers arrived in Haiti on 25 June 2024.')).toEqual([
      'DeploymentAnnounced|Kenya|Haiti|2024-06-25|null',
    ]);
  });

  it('given police arriving in their own capital, then nothing', () => {
    expect(inText('Hundreds of Kenyan police officers arrived in Nairobi on 25 June 2024.')).toEqual([]);
  });

  it('given "entered The Gambia", then the sentence is not split at "The"', () => {
    expect(inText('On 19 January 2017 Senegalese troops entered The Gambia.')).toEqual([
      'DeploymentAnnounced|Senegal|Gambia|2017-01-19|null',
    ]);
  });
});

describe('DeploymentAnnounced: a state\'s own force that reports "it had deployed"', () => {
  it("given another state named before, then the speaking force's state deploys", () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        "Ghanaian troops entered Togo on 18 January 2017, Ghana's army said. Benin's air force said on 18 January 2017 it had deployed 200 personnel to Lome.",
        '2017-01-19',
      ),
    ).toEqual(['DeploymentAnnounced|Ghana|Togo|2017-01-18|null', 'DeploymentAnnounced|Benin|Lomé|2017-01-18|200']);
  });
});

describe('DeploymentAnnounced: "the mission" as subject refers back to a mission named before', () => {
  it('given "created MINUSCA … The mission was deployed", then the UN deploys to the mission\'s area', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The council created MINUSCA in April 2014. The mission was deployed in September 2014.',
        '2015-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Central African Republic|2014-09|null']);
  });

  it('given "the mission" that is not the subject, then nothing is read from it (its creation is the decision)', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The council created MINUSCA in April 2014. Troops of the mission will carry out patrols.',
        '2015-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Central African Republic|2014-04|null']);
  });
});

describe('DeploymentAnnounced: a gerund after "said" is the subject of the reported clause', () => {
  it('given "X said sending troops to Y could not be ruled out", then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The French president said sending ground troops to Moldova could not be ruled out.',
        '2024-02-27',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: contributors to a force whose destination the clause leaves unsaid', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given a force deployed, then "includes contingents from A, B and C" deploys each to its state', () => {
    expect(
      inText(
        'Japanese troops landed in Honiara on 4 May 2009. The force includes contingents from Fiji, Samoa and Tonga.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Fiji|Solomon Islands|2009-05-04|null',
      'DeploymentAnnounced|Japan|Honiara|2009-05-04|null',
      'DeploymentAnnounced|Samoa|Solomon Islands|2009-05-04|null',
      'DeploymentAnnounced|Tonga|Solomon Islands|2009-05-04|null',
    ]);
  });

  it('given a sender whose object "troops and heavy arms" goes into a place, then no theatre is inferred besides', () => {
    expect(
      inText(
        'Talks were held in Lusaka in May 2009. Officials say Zambia has sent troops and heavy arms into Katanga.',
      ),
    ).toEqual(['DeploymentAnnounced|Zambia|Katanga|2009-05|null']);
  });

  it('given "with A sending soldiers and B raising its share to N", then A still joins the force', () => {
    expect(
      inText(
        'The UN chief says European countries will provide around 5,000 troops for the expanded force in Lebanon, ' +
          'with Spain sending up to 1,000 soldiers and Portugal raising its share to 500.',
      ),
    ).toContain('DeploymentAnnounced|Spain|Lebanon|2010-06-01|1000');
  });

  it('given a sender of "troops and heavy arms" with no place after them, then the theatre named before', () => {
    expect(inText('Talks were held in Kinshasa in May 2009. Zambia has sent troops and heavy arms as well.')).toEqual([
      'DeploymentAnnounced|Zambia|Democratic Republic of the Congo|2009-05|null',
    ]);
  });

  it('given "A troops occupied X, and B contingents landed there", then B deployed to X, not also to its state', () => {
    expect(
      inText('Dutch troops occupied Jayapura in May 2009, and Belgian contingents landed there the following month.'),
    ).toEqual([
      'DeploymentAnnounced|Belgium|Jayapura|2009-06|null',
      'DeploymentAnnounced|Netherlands|Jayapura|2009-05|null',
    ]);
  });

  it('given a list of states "are also sending contingents", then each goes where the force went', () => {
    expect(
      inText('Polish troops arrived in Moldova on 3 May 2009. Chile, Peru and Norway are also sending contingents.'),
    ).toEqual([
      'DeploymentAnnounced|Chile|Moldova|2009-05-03|null',
      'DeploymentAnnounced|Norway|Moldova|2009-05-03|null',
      'DeploymentAnnounced|Peru|Moldova|2009-05-03|null',
      'DeploymentAnnounced|Poland|Moldova|2009-05-03|null',
    ]);
  });

  it('given "contingents from A and B, together with a C battalion, arrived" and a town named before, then its state', () => {
    expect(
      inText(
        'Riots spread through Bissau in March 2009. Contingents from Ghana and Togo, together with a Nigerian battalion, arrived in the following weeks.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Ghana|Guinea-Bissau|2009-03|null',
      'DeploymentAnnounced|Nigeria|Guinea-Bissau|2009-03|null',
      'DeploymentAnnounced|Togo|Guinea-Bissau|2009-03|null',
    ]);
  });

  it.each([
    ['a plan', 'Polish troops arrived in Moldova on 3 May 2009. Chile and Peru may send contingents later.'],
    ['a denial', 'Polish troops arrived in Moldova on 3 May 2009. Chile and Peru are not sending contingents.'],
    [
      'no place before',
      'The talks ended on 3 May 2009. Contingents from Chile and Peru arrived in the following weeks.',
    ],
    ['an actor named as a state', 'The U.S. presence grew in May 2009. Contingents from Chile and Peru arrived later.'],
  ])('given %s, then no contributor is deployed', (_what, text) => {
    expect(inText(text).filter((e) => !e.includes('Poland'))).toEqual([]);
  });
});

describe('DeploymentAnnounced: a reference never names the states that own the forces in its sentence', () => {
  it('given "contingents from A and <island state> arrived on the island", then the island named before', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Riots broke out in Cyprus in 1963. Contingents from Canada and Ireland arrived on the island in April 1964.',
        '2010-06-01',
      ).sort(),
    ).toEqual(['DeploymentAnnounced|Canada|Cyprus|1964-04|null', 'DeploymentAnnounced|Ireland|Cyprus|1964-04|null']);
  });
});

describe('DeploymentAnnounced: a trigger word after an article is a noun', () => {
  it('given "…, a move critics said would weaken NATO" after forces in a state, then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The president said he would cut the number of Dutch troops in Norway by 900, a move critics said would weaken the alliance.',
        '2020-07-01',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: an acronym the text spells out as another name is that name', () => {
  it('given "the Ground Self-Defense Force … the SDF unit arrived", then the unit is not the Syrian Democratic Forces', () => {
    const text =
      'Japan began sending Ground Self-Defense Force engineers to Haiti in 2010. A new SDF unit arrived in Port-au-Prince in March 2011.';
    expect(summaryOf('DeploymentAnnounced', text, '2012-01-01').filter((e) => e.includes('Syrian'))).toEqual([]);
  });

  it('given the acronym after its own name, then it keeps naming that body', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Syrian Democratic Forces (SDF) said on 3 May 2019 that SDF units had been sent to Manbij.',
        '2019-05-04',
      ),
    ).toEqual(['DeploymentAnnounced|Syrian Democratic Forces|Manbij|2019-05-03|null']);
  });
});

describe('DeploymentAnnounced: a rotation inside a mission already deployed is no deployment', () => {
  it.each([
    'Polish troops arrived in Kosovo in 1999. The final rotation of 300 Polish troops arrived in Pristina in December 2004.',
    'Polish troops arrived in Kosovo in 1999. A new battalion arrived in Pristina in May 2004 to relieve the 9th contingent.',
    'Polish troops arrived in Kosovo in 1999. Polish soldiers began arriving in Pristina in May 2004 for the sixth rotation of the battalion.',
  ])('given "%s", then only the first arrival', (text) => {
    expect(summaryOf('DeploymentAnnounced', text, '2005-01-01')).toEqual([
      'DeploymentAnnounced|Poland|Kosovo|1999|null',
    ]);
  });

  it('given forces that arrived "for relief operations", then a deployment, not a rotation', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Polish soldiers arrived in Haiti in May 2004 for relief operations.',
        '2005-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Poland|Haiti|2004-05|null']);
  });
});

describe('DeploymentAnnounced: a long owners list before "began arriving"', () => {
  it('given "troops and police from A, B C, D, E F G and H began arriving in X", then each state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Troops and police from Chile, New Zealand, Peru, Sierra Leone and Papua New Guinea began arriving in Timor-Leste on 3 May 2006.',
        '2006-05-04',
      ).sort(),
    ).toEqual(
      ['Chile', 'New Zealand', 'Papua New Guinea', 'Peru', 'Sierra Leone'].map(
        (a) => `DeploymentAnnounced|${a}|Timor-Leste|2006-05-03|null`,
      ),
    );
  });
});

describe('DeploymentAnnounced: forces going home and nouns that look like verbs', () => {
  it('given the last contingent "sailed from X and arrived in <own port>", then only the withdrawal', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The last Kenyan soldiers left Somalia on Saturday. A ship carrying the final contingent sailed from Kismayo and arrived in Mombasa.',
        '2012-03-25',
      ),
    ).toEqual([]);
  });

  it('given "the troops boarded a navy ship in <port>", then no deployment to the port', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The last Syrian soldiers left Lebanon on 26 April 2005. The troops boarded a navy ship in Tripoli harbour.',
        '2005-04-27',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: named forces arriving with no destination go to the theatre', () => {
  it('given a deployment read two sentences before, then "X troops arrived later in the day" goes there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Nigerian troops crossed into Gambia on 19 January 2017. Fighting broke out near Banjul. Senegalese troops arrived later in the day.',
        '2017-01-20',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Nigeria|Gambia|2017-01-19|null',
      'DeploymentAnnounced|Senegal|Gambia|2017-01-19|null',
    ]);
  });

  it('given "X forces arrived in the city", then the clause names the destination and no theatre is guessed', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The last Dutch airmen left Curacao on 2 May 2019. Dutch forces arrived in the city in November 1999.',
        '2019-05-03',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces going home after a withdrawal, and cargo', () => {
  it('given a withdrawal, then its soldiers "bound for" their own capital are going home', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Uganda began pulling its troops out of Congo on 3 May 2003. The soldiers, watched by the commander of the U.N. mission, boarded planes bound for Kampala.',
        '2003-05-04',
      ),
    ).toEqual([]);
  });

  it('given "military planes carrying weapons landed at X", then no deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Two Turkish military cargo planes carrying weapons and ammunition landed at Tripoli airport on Tuesday.',
        '2020-01-08',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: sweeping into a compass part of another state is an invasion', () => {
  it('given "X troops swept into southern Y", then a deployment to southern Y; own state, nothing', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Syrian troops swept into northern Lebanon on 1 June 1976.', '1976-06-02'),
    ).toEqual(['DeploymentAnnounced|Syria|northern Lebanon|1976-06-01|null']);
    expect(
      summaryOf('DeploymentAnnounced', 'Lebanese troops swept into northern Lebanon on 1 June 1976.', '1976-06-02'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: weapons a participle describes are not forces', () => {
  it('given "limited the numbers of tanks and combat aircraft deployed on the continent", then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Russia completed its withdrawal from the 1990 treaty that limited the numbers of tanks, artillery and combat aircraft deployed on the continent.',
        '2023-11-07',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a body led by a state, an appositive, and a send with no destination', () => {
  const text =
    'Nigerian-led troops began withdrawing from Gambia on 3 May 2018. The Economic Community of West African States (ECOWAS), an Abuja-led bloc of 15 states, agreed on 19 January 2017 to send what it called standby forces after the president asked for help.';

  it('given "X-led troops" and "the Body, a X-led bloc", then the body withdrew and, with no destination said, deployed where it withdrew from', () => {
    expect(summaryOf('WithdrawalBegun', text, '2018-05-04')).toEqual(['WithdrawalBegun|ECOWAS|Gambia|2018-05-03']);
    expect(summaryOf('DeploymentAnnounced', text, '2018-05-04')).toEqual([
      'DeploymentAnnounced|ECOWAS|Gambia|2017-01-19|null',
    ]);
  });

  it('given "no consensus on officially sending troops", then nothing is sent', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Polish troops left Kosovo on 3 May 2012. Leaders said there was "no consensus" on officially sending troops.',
        '2012-05-04',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forcing their way in', () => {
  it('given "X troops forced their way into Y", then a deployment to Y', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Soviet troops forced their way into Vilnius on 13 January 1991.', '1991-01-14'),
    ).toEqual(['DeploymentAnnounced|Soviet Union|Vilnius|1991-01-13|null']);
  });
});

describe('DeploymentAnnounced: forces pledged for a place', () => {
  it('given "X pledged 500 soldiers for Y", then a deployment to Y; money or support pledged, or where it was pledged, nothing', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Denmark pledged 200 soldiers for Latvia on 8 July 2016.', '2016-07-09'),
    ).toEqual(['DeploymentAnnounced|Denmark|Latvia|2016-07-08|200']);
    expect(summaryOf('DeploymentAnnounced', 'Denmark pledged 500 million euros for Latvia.', '2016-07-09')).toEqual([]);
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Denmark had pledged 300 soldiers at a meeting of ministers in Brussels.',
        '2016-07-09',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces withdrawing "after they were deployed" had been sent there', () => {
  it('given "X troops began leaving Y, a week after they were flown in to help", then X deployed to Y (date unstated)', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Nigerian troops began pulling out of Gambia on 1 May 2017, a week after they were flown in to help the president.',
        '2017-05-02',
      ),
    ).toEqual(['DeploymentAnnounced|Nigeria|Gambia|null|null']);
  });

  it('given "after they were deployed to Z", then the clause names its own place; no withdrawal, nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Nigerian troops were there on 1 May 2017, a week after they were flown in to help the president.',
        '2017-05-02',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: landing around a place, and a second subject with the verb left out', () => {
  it('given "X troops landed around Y", then Y', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Dutch troops landed around Aden on 8 November 1942.', '1943-01-01'),
    ).toEqual(['DeploymentAnnounced|Netherlands|Aden|1942-11-08|null']);
  });

  it('given "X forces landed at A and Y forces at B", then X at A and Y at B', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 6 November 1956 Dutch forces landed at Aden and Belgian forces at Mukalla.',
        '1957-01-01',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Belgium|Mukalla|1956-11-06|null',
      'DeploymentAnnounced|Netherlands|Aden|1956-11-06|null',
    ]);
  });
});

describe('DeploymentAnnounced: a present-tense clause after "until" has not happened', () => {
  it('given "the blockade stays until international forces are deployed at X", then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The minister said the blockade of Lebanon would stay in place until international forces are deployed at Beirut airport.',
        '2006-09-02',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a mission created for a place', () => {
  it.each([
    [
      'The Security Council established UNMISS in July 2011.',
      'DeploymentAnnounced|United Nations|South Sudan|2011-07|null',
    ],
    [
      'The United Nations Stabilization Force in Haiti was established by Resolution 1542 of 30 April 2004.',
      'DeploymentAnnounced|United Nations|Haiti|2004-04-30|null',
    ],
  ])('given "%s", then the organization deployed to the place on the day it decided', (text, event) => {
    expect(summaryOf('DeploymentAnnounced', text, '2020-01-01')).toEqual([event]);
  });

  it('given a mission not yet established, or a club established in a city, then nothing', () => {
    expect(summaryOf('DeploymentAnnounced', 'The council has not yet established UNMISS.', '2020-01-01')).toEqual([]);
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The United Nations Association was established in Haiti in 2004.',
        '2020-01-01',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a diplomatic or civil mission is not forces', () => {
  it.each([
    'An informal U.S. mission sent to Sofia in 1945 to study recognition was withdrawn in 1946.',
    'A fact-finding mission was sent to Kabul on 3 May 1995.',
  ])('given "%s", then nothing', (text) => {
    expect(summaryOf('DeploymentAnnounced', text, '2000-01-01')).toEqual([]);
  });

  it('given a peacekeeping mission sent to X, then it is', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'A UN peacekeeping mission was sent to Haiti in 2004.', '2005-01-01'),
    ).toEqual(['DeploymentAnnounced|United Nations|Haiti|2004|null']);
  });
});

describe('DeploymentAnnounced: a fronted participle clause keeps its words to itself', () => {
  it('given "Citing … the possibility of a takeover, X ordered Marines ashore at Y", then the order is not blocked', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Citing the danger to its citizens and the possibility of a coup, the United States ordered 400 Marines ashore at Monrovia on 5 August 2003.',
        '2004-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Monrovia|2003-08-05|400']);
  });
});

describe('DeploymentAnnounced: a contingent that joined the force deployed where the force is', () => {
  it('given a force deployed to X, then "a small Y contingent joined the force in D" deploys Y to the state of X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'French and Italian troops deployed to Beirut in August 1982. A small Dutch contingent joined the force in February 1983.',
        '1984-01-01',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|France|Beirut|1982-08|null',
      'DeploymentAnnounced|Italy|Beirut|1982-08|null',
      'DeploymentAnnounced|Netherlands|Lebanon|1983-02|null',
    ]);
  });
});

describe("DeploymentAnnounced: contingents that joined one state's forces, and forces a body created", () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01').sort();
  const before =
    'Rebels seized the port of Mombasa in March 1971. The East African Community on May 3 voted to create a Regional Stabilization Force. ';

  it('given "troops from A and B joined the C contingent" after a force created for X, then A and B go to X', () => {
    expect(
      inText(`${before}Troops from Ghana and Senegal joined the Nigerian contingent under a Nigerian general.`),
    ).toEqual([
      'DeploymentAnnounced|EAC|Kenya|1971-05-03|null',
      'DeploymentAnnounced|Ghana|Kenya|1971-05-03|null',
      'DeploymentAnnounced|Senegal|Kenya|1971-05-03|null',
    ]);
  });

  it('given "troops from A and B and a police contingent from C joined …", then A, B and C join', () => {
    expect(
      inText(`${before}Troops from Ghana and Senegal and a police contingent from Togo joined the Nigerian troops.`),
    ).toEqual([
      'DeploymentAnnounced|EAC|Kenya|1971-05-03|null',
      'DeploymentAnnounced|Ghana|Kenya|1971-05-03|null',
      'DeploymentAnnounced|Senegal|Kenya|1971-05-03|null',
      'DeploymentAnnounced|Togo|Kenya|1971-05-03|null',
    ]);
  });

  it('given "contingents from A and B joined it in D" after a force created for X, then A and B go to X', () => {
    expect(inText(`${before}Contingents from Ghana and Senegal joined it in June.`)).toEqual([
      'DeploymentAnnounced|EAC|Kenya|1971-05-03|null',
      'DeploymentAnnounced|Ghana|Kenya|1971-06|null',
      'DeploymentAnnounced|Senegal|Kenya|1971-06|null',
    ]);
  });

  it.each([
    ['a body joined as a member', 'Troops from Ghana and Senegal joined the Nigerian Union in June.'],
    ['forces that would join one day', 'Troops from Ghana and Senegal could join the Nigerian contingent.'],
    ['forces that may join it', 'Contingents from Ghana and Senegal may join it in June.'],
  ])('given %s, then no one else deploys', (_what, sentence) => {
    expect(inText(`${before}${sentence}`)).toEqual(['DeploymentAnnounced|EAC|Kenya|1971-05-03|null']);
  });
});

describe('DeploymentAnnounced: forces that return with no place named, after leaving a state', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2005-01-01').sort();
  const sent = 'Italy sent 900 soldiers to Albania in 1997. ';
  const first = 'DeploymentAnnounced|Italy|Albania|1997|900';

  it('given a stated withdrawal and then "In D the soldiers returned", then a second deployment there', () => {
    expect(
      inText(
        `${sent}Rome withdrew the battalion in August 1998, but riots broke out again. In 1999 the soldiers returned.`,
      ),
    ).toEqual([first, 'DeploymentAnnounced|Italy|Albania|1999|null']);
  });

  it('given a withdrawal read from X, then "brought the Marines back the following year" deploys them to X', () => {
    expect(
      inText(
        'U.S. Marines landed in Haiti in 1915. The Marines were withdrawn from Haiti in 1934. Unrest brought the Marines back the following year.',
      ),
    ).toEqual([
      'DeploymentAnnounced|United States|Haiti|1915|null',
      'DeploymentAnnounced|United States|Haiti|1935|null',
    ]);
  });

  it('given a withdrawal stated after a deployment, then "sent the Marines back" deploys them there again', () => {
    const guard =
      'In 1909 the Taft administration sent Marines to Honduras, who helped defeat the rebels. Afterward, a legation ' +
      'guard of about 100 Marines remained in Tegucigalpa. It was withdrawn in May 1911, but within months a coup ' +
      'plunged the country back into civil war, and in 1912 President Taft sent the Marines back';
    expect(inText(`${guard}.`)).toEqual([
      'DeploymentAnnounced|United States|Honduras|1909|null',
      'DeploymentAnnounced|United States|Honduras|1912|null',
    ]);
    // "sent the Marines back to their ships": a place of their own, no return to the state.
    expect(inText(`${guard} to their ships.`)).toEqual(['DeploymentAnnounced|United States|Honduras|1909|null']);
  });

  it.each([
    ['no withdrawal between', 'They guarded the port through the winter. In 1999 the soldiers returned.'],
    ['a return home', 'Rome withdrew the battalion in August 1998. The soldiers returned home in 1999.'],
    ['returning fire', 'Rome withdrew the battalion in August 1998. The soldiers returned fire.'],
    [
      'places handed back',
      'Rome withdrew the battalion in August 1998. The bases used by Italian troops were returned in 1999.',
    ],
  ])('given %s, then no second deployment', (_what, rest) => {
    expect(inText(`${sent}${rest}`)).toEqual([first]);
  });
});

describe('DeploymentAnnounced: "the capital" is the capital named before, or the capital of the state named', () => {
  it('given a capital and then a town, then "anchored off the capital" goes to the capital', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Fijian troops landed in Suva on Monday. A transport plane touched down at Lautoka. A British frigate anchored off the capital on Tuesday.',
        '2001-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Suva|2000-12-26|null']);
  });
});

describe('DeploymentAnnounced: a coast or shore of a place is that place', () => {
  it('given "landed on the north coast of X", then X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'German paratroopers landed on the western shore of Crete on 20 May 1941.',
        '1942-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Germany|Crete|1941-05-20|null']);
  });
});

describe('DeploymentAnnounced: an origin "from the X mission in Y" is no destination', () => {
  it('given troops transferred from a mission in one state, then only where they landed', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Ghanaian soldiers landed in Freetown on Friday, transferred from the UN mission in neighbouring Liberia.',
        '2000-06-01',
      ),
    ).toEqual(['DeploymentAnnounced|Ghana|Freetown|2000-05-26|null']);
  });
});

describe('DeploymentAnnounced: an airfield no gazetteer knows lies where forces were just sent', () => {
  it('given forces sent to a state, then "flew into Xyz airport" deploys to that state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Belgian paratroopers landed in Rwanda on Monday. Dutch soldiers flew into Kanombe airfield the same day.',
        '1994-04-12',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Belgium|Rwanda|1994-04-11|null',
      'DeploymentAnnounced|Netherlands|Rwanda|1994-04-11|null',
    ]);
  });

  it('given no deployment before it, then the airfield stays the place', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Dutch soldiers flew into Kanombe airfield on Monday.', '1994-04-12'),
    ).toEqual(['DeploymentAnnounced|Netherlands|Kanombe airfield|1994-04-11|null']);
  });
});

describe('DeploymentAnnounced: the UN authorising a multinational force does not send it', () => {
  it('given "the Security Council authorised a multinational force for X", then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The UN Security Council on Tuesday authorised a multinational force for East Timor.',
        '1999-09-16',
      ),
    ).toEqual([]);
  });

  it('given "the Security Council authorised a peacekeeping force for X", then the UN deploys', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The UN Security Council on Tuesday authorised a peacekeeping force of 5,000 troops for East Timor.',
        '1999-09-16',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Timor-Leste|1999-09-14|5000']);
  });

  it('given forces of a state arriving, then "the Security Council approved the force" sends nothing of the UN', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Rwandan soldiers arrived in Mozambique on Monday. The U.N. Security Council approved the force in March.',
        '2024-06-20',
      ).filter((e) => e.startsWith('DeploymentAnnounced|United Nations|')),
    ).toEqual([]);
  });

  it("given a UN mission named in the sentence, then troops the Council authorised for it are the UN's", () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The council created UNMIL in 2003 and on Tuesday authorised 2,000 more troops for Liberia.',
        '2004-02-20',
      ).filter((e) => e.startsWith('DeploymentAnnounced|United Nations|')),
    ).toEqual(['DeploymentAnnounced|United Nations|Liberia|2004-02-17|2000']);
  });
});

describe('DeploymentAnnounced: a joined clause with a subject of its own takes no actor from the clause before', () => {
  it('given ", and Parliament approved the deployment", then the Council before it is not the sender', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The UN Security Council welcomed the plan on October 2, and Parliament approved the deployment of 1,000 police officers to Haiti in November.',
        '2024-06-26',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: engineers and sappers sent are forces', () => {
  it('given "sent 600 engineers to X", then a deployment of 600', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Japan sent 600 engineers to Cambodia on 8 September 1992.', '1993-01-01'),
    ).toEqual(['DeploymentAnnounced|Japan|Cambodia|1992-09-08|600']);
  });

  it('given civil engineers arriving to repair a dam, then nothing', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Civil engineers arrived in Kabul on Monday to repair the dam.', '2005-01-01'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces "inducted into" a place are deployed there', () => {
  it('given "X was inducted into the north and east of Y", then X deployed to Y', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Indian Peace Keeping Force was inducted into the north and east of Sri Lanka on July 30, 1987.',
        '1990-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|India|Sri Lanka|1987-07-30|null']);
  });

  it('given a recruit inducted into the army, then nothing', () => {
    expect(summaryOf('DeploymentAnnounced', 'He was inducted into the army in 1985.', '1990-01-01')).toEqual([]);
  });
});

describe("DeploymentAnnounced: a unit's own name is not who sends it", () => {
  it('given "U.S. Marines of the Kearsarge Amphibious Ready Group arrived in X", then the United States', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'About 2,000 U.S. Sailors and Marines of the Kearsarge Amphibious Ready Group arrived in the Mediterranean on 3 March 2011.',
        '2011-03-04',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Mediterranean|2011-03-03|2000']);
  });
});

describe('DeploymentAnnounced: "in response to X\'s attempts" names no destination', () => {
  it('given "ordered the deployment in response to Iran\'s attempts", then no deployment to Iran', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        "U.S. sailors arrived in the Gulf on 6 August 2023. The Secretary of Defense ordered the deployment July 20 in response to Iran's recent attempts to seize commercial vessels.",
        '2023-08-07',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Persian Gulf|2023-08-06|null']);
  });
});

describe('DeploymentAnnounced: "the country" is not the nationality of a person named', () => {
  it('given "with Belarusian President X announcing it", then "arriving in the country" is the state named before', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The alliance agreed on 6 January 2022 to send troops to Kazakhstan, with Belarusian President Alexander Lukashenko announcing the decision. Russian paratroopers began arriving in the country later in the day.',
        '2022-01-07',
      ).sort(),
    ).toEqual(['DeploymentAnnounced|Russia|Kazakhstan|2022-01-06|null']);
  });
});

describe('DeploymentAnnounced: waters named after a state, and a second predicate with forces of its own', () => {
  it('given "ordered forces to support the X army and sent the Seventh Fleet into the Y Strait", then the sender deploys to the strait', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 12 March 1996, Clinton ordered U.S. aircraft to protect the Taiwanese navy and sent the Seventh Fleet into the Taiwan Strait.',
        '1997-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Taiwan Strait|1996-03-12|null']);
  });

  it('given "troops landed and occupied X", then the troops before "and" are still the subject', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'French troops landed and occupied Timbuktu on 28 January 2013.', '2014-01-01'),
    ).toEqual(['DeploymentAnnounced|France|Timbuktu|2013-01-28|null']);
  });
});

describe('DeploymentAnnounced: contingents that joined forces "in the following weeks by"', () => {
  it('given forces sent to X, then "they were joined in the following weeks by contingents from A and B" deploys A and B to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Australia sent 4,500 troops to East Timor in September 1999. They were joined in the following weeks by contingents from Thailand and the Philippines.',
        '2000-01-01',
      )
        .map((e) => e.split('|').slice(0, 3).join('|'))
        .sort(),
    ).toEqual([
      'DeploymentAnnounced|Australia|Timor-Leste',
      'DeploymentAnnounced|Philippines|Timor-Leste',
      'DeploymentAnnounced|Thailand|Timor-Leste',
    ]);
  });
});

describe('DeploymentAnnounced: "the strip" is the strip named before, however far back', () => {
  it('given the Aouzou Strip named five sentences before, then not a town after "of" in between', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Libya withdrew from the Aouzou Strip in 1994. Observers watched. Officers signed. The International Court of Justice had ruled in February. Chad welcomed it. Libyan forces had moved into the strip in 1973.',
        '1995-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Libya|Aouzou Strip|1973|null']);
  });
});

describe("DeploymentAnnounced: a formation's own name is not an actor; a civil mission in a joined clause is no forces", () => {
  it('given "The Thunder Brigade brings 3,000 soldiers, shipped to X", then no deployment by "Thunder Brigade"', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The "Thunder Brigade" brings about 3,000 soldiers, who were shipped to the port of Gdansk in May 2019.',
        '2019-06-01',
      ).filter((e) => e.includes('Thunder Brigade')),
    ).toEqual([]);
  });

  it('given "Congress approved the request, and an American Mission for Aid to X began its work", then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Congress approved the request in May 1947, and an American Mission for Aid to Turkey, headed by former Governor John Smith, began its work in Ankara that summer.',
        '1948-01-01',
      ),
    ).toEqual([]);
  });

  it('given "sent 100 soldiers to X to join the humanitarian mission there", then the soldiers deploy', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Germany sent 100 soldiers to Mali on 3 May 2014 to join the humanitarian mission there.',
        '2015-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Germany|Mali|2014-05-03|100']);
  });
});

describe("DeploymentAnnounced: a U.S. fleet's area of operations is a theatre", () => {
  it('given "USS X arrived in the U.S. 5th Fleet area of operations", then the United States deploys there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The guided-missile destroyer USS Mason arrived in the U.S. 5th Fleet area of operations on Oct. 2.',
        '2023-10-03',
      ),
    ).toEqual(['DeploymentAnnounced|United States|U.S. 5th Fleet area of operations|2023-10-02|null']);
  });
});

describe('DeploymentAnnounced: forces "introduced into" a place are sent there', () => {
  it('given "the contingent of Soviet troops was introduced into X in D", then a deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'A contingent of Soviet troops was introduced into Czechoslovakia in August 1968.',
        '1970-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Soviet Union|Czechoslovakia|1968-08|null']);
  });

  it('given "since the introduction of Soviet troops into X", then a deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Casualties have mounted since the introduction of Soviet troops into Afghanistan in December 1979.',
        '1985-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Soviet Union|Afghanistan|1979-12|null']);
  });

  it('given "introduced a bill into parliament", then nothing', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'The government introduced a bill into parliament in May 1990.', '1991-01-01'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces "posted" to a place are sent there', () => {
  it('given "Britain posted 800 troops to Estonia", then a deployment of 800', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Britain posted 800 troops to Estonia on 3 March 2017.', '2017-03-04'),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Estonia|2017-03-03|800']);
  });

  it('given a diplomat posted to a capital, or a video posted to a website, then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'He was posted to Kabul as ambassador in 2005. The ministry posted a video to its website on Monday.',
        '2006-01-01',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: what forces cross on the way is not where they go; forces ferried are sent', () => {
  it('given "poured across the Yalu into North Korea", then North Korea', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Chinese troops poured across the Yalu into North Korea in October 1950.',
        '1951-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|China|North Korea|1950-10|null']);
  });

  it('given "paratroopers were ferried to X", then a deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Russian paratroopers were ferried to Kazakhstan on 6 January 2022.',
        '2022-01-07',
      ),
    ).toEqual(['DeploymentAnnounced|Russia|Kazakhstan|2022-01-06|null']);
  });

  it('given tourists ferried to an island, then nothing', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'The company ferried tourists to Crete on 6 January 2022.', '2022-01-07'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: the force that takes over a mission in a place deploys there', () => {
  it('given "the African Union took over peacekeeping in Darfur from X", then the African Union', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The African Union took over peacekeeping in Darfur from the Sudanese army on 12 March 2005.',
        '2005-03-13',
      ),
    ).toEqual(['DeploymentAnnounced|African Union|Darfur|2005-03-12|null']);
  });

  it('given "X handed over security in Y to NATO", then NATO', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The United Nations handed over security in Kosovo to NATO on 12 June 1999.',
        '1999-06-13',
      ),
    ).toEqual(['DeploymentAnnounced|NATO|Kosovo|1999-06-12|null']);
  });

  it('given "ended its mission in Y and handed over to a 400-strong EU force", then the EU', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'NATO ended its peacekeeping mission in Macedonia on 31 March 2003 and handed over to a 400-strong European Union force.',
        '2003-04-01',
      ),
    ).toEqual(['DeploymentAnnounced|European Union|North Macedonia|2003-03-31|null']);
  });

  it('given security handed over to the host state, then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'NATO handed over security in Helmand to Afghanistan on 3 March 2007.',
        '2007-03-04',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: "Both sides" are the two states named before', () => {
  it('given "The standoff between A and B … Both sides have deployed troops to X", then A and B', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The standoff between Greece and Turkey began in May 1996. Both sides have deployed warships to the Aegean Sea since then.',
        '2000-01-01',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Greece|Aegean Sea|1996-05|null',
      'DeploymentAnnounced|Turkey|Aegean Sea|1996-05|null',
    ]);
  });
});

describe('DeploymentAnnounced: forces a host state takes in are deployed to it', () => {
  it('given "Haiti welcomed the first Kenyan police officers", then Kenya to Haiti', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Somalia welcomed the first Burundian troops on 3 March 2007.', '2007-03-04'),
    ).toEqual(['DeploymentAnnounced|Burundi|Somalia|2007-03-03|null']);
  });

  it('given "received the first contingent of Chadian troops", then Chad to the host', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Niger received the first contingent of Chadian troops on 16 January 2013.',
        '2013-01-17',
      ),
    ).toEqual(['DeploymentAnnounced|Chad|Niger|2013-01-16|null']);
  });

  it('given jets, refugees or members received, then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Ukraine received the first Dutch F-16 jets on 31 July 2024. Germany received 500 Syrian refugees on 1 August 2024. Egypt received members of the Sudanese delegation on 2 August 2024.',
        '2024-08-03',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a second subject whose verb is left out ("…, and Belgian troops at Y")', () => {
  it('given "A troops landed at X, and B troops at Y, on <date>", then both', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Dutch marines landed at Paramaribo, and Belgian paratroopers at Kamina, on 4 June 1961.',
        '1961-06-10',
      ),
    ).toEqual([
      'DeploymentAnnounced|Netherlands|Paramaribo|1961-06-04|null',
      'DeploymentAnnounced|Belgium|Kamina|1961-06-04|null',
    ]);
  });

  it('given "A troops landed at X, and B officials said", then only A', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Dutch marines landed at Paramaribo on 4 June 1961, and Belgian officials said nothing.',
        '1961-06-10',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Paramaribo|1961-06-04|null']);
  });
});

describe("DeploymentAnnounced: a state's forces seizing or capturing a place abroad are deployed there", () => {
  it('given "A forces seized the island of X on <day>", then A to X', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Turkish forces seized the island of Cyprus on 20 July 1974.', '1974-07-21'),
    ).toEqual(['DeploymentAnnounced|Turkey|Cyprus|1974-07-20|null']);
  });

  it('given a capture at home, by rebels, or one that failed, then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Ukrainian troops captured Izium on 10 September 2022. M23 rebels seized the city of Goma on 20 November 2012. ' +
          'Russian forces have failed to encircle or capture Kharkiv since the war began.',
        '2022-09-11',
      ),
    ).toEqual([]);
  });

  it('given "invaded X in March and captured its capital Y", then the invasion of X only', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Tanzanian forces invaded Uganda in January 1979 and captured Kampala on 11 April 1979.',
        '1979-05-01',
      ),
    ).toEqual(['DeploymentAnnounced|Tanzania|Uganda|1979-01|null']);
  });
});

describe('DeploymentAnnounced: "The alliance", "the bloc" opening a sentence is the organization named before', () => {
  it('given "ECOWAS leaders met. The regional bloc sent 3,000 troops to X on <day>", then ECOWAS to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'ECOWAS leaders met in Abuja on Monday. The 15-nation bloc sent 3,000 troops to Liberia on 4 August 2003.',
        '2003-08-05',
      ),
    ).toEqual(['DeploymentAnnounced|ECOWAS|Liberia|2003-08-04|3000']);
  });

  it('given "The alliance sent troops" with no organization named before, then no actor and nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Leaders met in Abuja on Monday. The alliance sent 3,000 troops to Liberia on 4 August 2003.',
        '2003-08-05',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: "Its units" after a force is named are that force\'s', () => {
  it('given "The council voted to establish a UN Protection Force. Its first units arrived in X", then the UN', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'France backed a resolution in the Security Council, which voted on 21 February 1992 to establish a United Nations Protection Force. Its first units arrived in Croatia on 8 March 1992.',
        '1992-04-01',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Croatia|1992-03-08|null']);
  });

  it('given "The Soviet Union invaded X. Its forces left Y", then the subject before', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Soviet Union invaded Afghanistan in December 1979. Its forces arrived in Herat on 2 January 1980.',
        '1990-01-01',
      ),
    ).toContain('DeploymentAnnounced|Soviet Union|Herat|1980-01-02|null');
  });
});

describe('Mentions: a ship named for a place ("USS Washington") is a ship, not that place', () => {
  it('given "Marines from the cruiser USS Washington landed in the capital", then the capital named before', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'After riots in Managua, 400 U.S. Marines from the cruiser USS Washington landed in the capital on 4 August 1912.',
        '1912-09-01',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Managua|1912-08-04|400']);
  });

  it('given "HMS Sheffield sailed to the Falklands", then no deployment to Sheffield', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The destroyer HMS Sheffield arrived off the Falklands on 1 May 1982.',
        '1982-05-02',
      ),
    ).not.toContain('DeploymentAnnounced|United Kingdom|Sheffield|1982-05-01|null');
  });
});

describe('DeploymentAnnounced: "the north and east of the island" is one part of the island named before', () => {
  it('given "… Y … troops were inducted into the north and east of the island on <day>", then Y', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The crisis in Cyprus deepened in 1974. Turkish troops were inducted into the north and east of the island on 20 July 1974.',
        '1974-08-01',
      ),
    ).toEqual(['DeploymentAnnounced|Turkey|Cyprus|1974-07-20|null']);
  });
});

describe('DeploymentAnnounced: the contingents a landing force was made up of went where it landed', () => {
  it('given "AU troops landed on the island of X. The force was made up of contingents from A and B", then A and B to X', () => {
    const found = summaryOf(
      'DeploymentAnnounced',
      'African Union troops landed on the island of Grande Comore on 12 May 2009. The landing force was made up of local soldiers and AU contingents from Kenya and Ghana.',
      '2009-05-13',
    );
    expect(found).toContain('DeploymentAnnounced|Kenya|Grande Comore|2009-05-12|null');
    expect(found).toContain('DeploymentAnnounced|Ghana|Grande Comore|2009-05-12|null');
  });
});

describe('DeploymentAnnounced: "his country had sent" is the speaker\'s state, joining the theatre just read', () => {
  it('given "A sent troops into X. B\'s foreign minister said his country had sent about 300 police", then B to X, 300', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        "Nigeria sent troops into Liberia on 4 August 2003. Ghana's foreign minister said on 5 August 2003 that his country had sent about 300 police.",
        '2003-08-06',
      ),
    ).toContain('DeploymentAnnounced|Ghana|Liberia|2003-08-05|300');
  });

  it('given "his country" with no state named before it in the sentence, then no sender', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Nigeria sent troops into Liberia on 4 August 2003. The minister said on 5 August 2003 that his country had sent about 300 police.',
        '2003-08-06',
      ),
    ).toEqual(['DeploymentAnnounced|Nigeria|Liberia|2003-08-04|null']);
  });
});

describe('DeploymentAnnounced: "The limited contingent" is the forces named before, whatever word describes them', () => {
  it('given "the withdrawal of X troops … The limited contingent was introduced into Z in <month>", then X to Z', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The withdrawal of Cuban troops from Africa was completed in 1991. The limited contingent was introduced into Angola in November 1975.',
        '1991-06-01',
      ),
    ).toContain('DeploymentAnnounced|Cuba|Angola|1975-11|null');
  });

  it('given "the largest military deployment in X" describing an operation, then no deployment there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Australian troops landed in Honiara on 24 July 2003. The operation is the largest military deployment in the South Pacific since 1945.',
        '2003-07-25',
      ),
    ).toEqual(['DeploymentAnnounced|Australia|Honiara|2003-07-24|null']);
  });
});

describe('DeploymentAnnounced: a state and a town in it, each dated in one sentence', () => {
  it('given "X invaded A on <date>; X forces entered A\'s capital on <months later>", then two deployments', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Japan invaded Burma in January 1942; Japanese forces entered Rangoon on 8 March 1942.',
        '1950-01-01',
      ).sort(),
    ).toEqual(['DeploymentAnnounced|Japan|Myanmar|1942-01|null', 'DeploymentAnnounced|Japan|Rangoon|1942-03-08|null']);
  });

  it('given the state and its town dated days apart in one month, then one deployment at the town', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Japan invaded Burma on 3 March 1942, and Japanese forces entered Rangoon on 8 March 1942.',
        '1950-01-01',
      ),
    ).toHaveLength(1);
  });
});

describe('DeploymentAnnounced: bare forces and the forces named before', () => {
  it('given forces named before and another army that they help, then bare forces landing are the first ones', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In July the president raised the pay of Greek troops. Their orders limited them to guarding depots and ' +
          'helping the Serbian army. Some 3,000 soldiers landed at Durres in early September.',
        '1930-01-01',
      ).map((e) => e.split('|').slice(1, 3).join('|')),
    ).toEqual(['Greece|Durres']);
  });

  it('given an army named as what the subject reviewed, then bare forces landing are still that army', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In July the king reviewed the Serbian army. Some 3,000 soldiers landed at Durres in early September.',
        '1930-01-01',
      ).map((e) => e.split('|').slice(1, 3).join('|')),
    ).toEqual(['Serbia|Durres']);
  });
});

describe('DeploymentAnnounced: a place list and a clause after ", and"', () => {
  it('given "arrive in X, and A, B and C are to contribute …", then A, B and C are senders, not places', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On Monday the first Ugandan soldiers arrived in Somalia, and Burundi, Kenya and Ethiopia are to contribute battalions.',
        '2007-03-07',
      ).filter((e) => e.startsWith('DeploymentAnnounced|Uganda|')),
    ).toEqual(['DeploymentAnnounced|Uganda|Somalia|2007-03-05|null']);
  });

  it.each(['say', 'said'])(
    'given "arrive in X, and A, B and C %s they are sending …", then A, B and C are senders, not places',
    (verb) => {
      expect(
        summaryOf(
          'DeploymentAnnounced',
          `On Monday the first Ugandan soldiers began arriving in Somalia, and Burundi, Kenya and Ethiopia ${verb} they are sending battalions.`,
          '2007-03-07',
        ).filter((e) => e.startsWith('DeploymentAnnounced|Uganda|')),
      ).toEqual(['DeploymentAnnounced|Uganda|Somalia|2007-03-05|null']);
    },
  );

  it('given "arrived in X, and A and B", with no verb after, then one deployment to each place', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Ugandan soldiers arrived in Somalia, and Kenya and Ethiopia, on Monday.',
        '2007-03-07',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Uganda|Ethiopia|2007-03-05|null',
      'DeploymentAnnounced|Uganda|Kenya|2007-03-05|null',
      'DeploymentAnnounced|Uganda|Somalia|2007-03-05|null',
    ]);
  });
});

describe('DeploymentAnnounced: a decision and the arrival it led to, months apart', () => {
  it('given a decision to send forces and their arrival months later, then one deployment dated by the arrival', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Turkey decided in January to send troops to Qatar. Turkish soldiers arrived in Qatar on 18 June.',
        '2017-06-20',
      ),
    ).toEqual(['DeploymentAnnounced|Turkey|Qatar|2017-06-18|null']);
  });

  it('given a head count for each, then two contingents', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Turkey decided in January to send 3,000 troops to Qatar. Some 200 Turkish soldiers arrived in Qatar on 18 June.',
        '2017-06-20',
      ),
    ).toEqual(['DeploymentAnnounced|Turkey|Qatar|2017-01|3000', 'DeploymentAnnounced|Turkey|Qatar|2017-06-18|200']);
  });

  it('given forces sent in one year and sent again the next, then two deployments', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In 1914 the administration sent Marines to Haiti. In 1915 the president sent the Marines to Haiti again.',
        '1990-01-01',
      ).map((e) => e.split('|')[3]),
    ).toEqual(['1914', '1915']);
  });
});

describe('DeploymentAnnounced: a state that no longer exists and a town on its land', () => {
  it("given forces crossing into the former state and entering a town of today's state the same day, then one deployment, to the former state", () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Soviet troops crossed into Czechoslovakia on 21 August 1968. Soviet tanks entered Bratislava the same day.',
        '1990-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Soviet Union|Czechoslovakia|1968-08-21|null']);
  });

  it('given a state and, in the next sentence, a place nobody knows, then one deployment, to the state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Indian troops landed in Sri Lanka on Thursday. The first units landed at Kankesanturai before dawn.',
        '1987-07-31',
      ),
    ).toEqual(['DeploymentAnnounced|India|Sri Lanka|1987-07-30|null']);
  });

  it('given an area nobody knows and, in the next sentence, a place nobody knows, then one deployment, to the area', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Indian troops began landing in the Vellaru peninsula on Thursday. Indian transport planes flew the first ' +
          'units into Tondamalu airbase on Thursday.',
        '1987-07-31',
      ).map((e) => e.split('|')[2]),
    ).toEqual(['Vellaru peninsula']);
  });

  it('given three places nobody knows at one time, then three deployments', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Indian troops began landing in the Vellaru peninsula on Thursday. Indian transport planes flew the first ' +
          'units into Tondamalu airbase on Thursday. Indian troops also landed at Kuruvelli on Thursday.',
        '1987-07-31',
      ).length,
    ).toBe(3);
  });
  it('given a state and, in the next sentence, a name GeoNames knows only as a small town abroad, then one deployment, to the state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Turkish troops landed in Cyprus on Saturday. The first units came ashore near Port Rowan at dawn.',
        '1974-07-21',
      ),
    ).toEqual(['DeploymentAnnounced|Turkey|Cyprus|1974-07-20|null']);
  });

  it('given a deployment noun whose passive agent names a place, when read, then that place is not the destination', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Nigerian police officers arrived in Liberia on Monday. The Security Council approved the mission in March, ' +
          'but its deployment was delayed by protests in Ghana.',
        '2024-06-25',
      ),
    ).toEqual(['DeploymentAnnounced|Nigeria|Liberia|2024-06-24|null']);
  });

  it('given the town entered months later, then two deployments', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Soviet troops crossed into Czechoslovakia on 21 August 1968. Soviet troops entered Bratislava in May 1969.',
        '1990-01-01',
      ),
    ).toEqual([
      'DeploymentAnnounced|Soviet Union|Czechoslovakia|1968-08-21|null',
      'DeploymentAnnounced|Soviet Union|Bratislava|1969-05|null',
    ]);
  });
});

describe('DeploymentAnnounced: a state and a town in it, one arrival told twice', () => {
  it('given forces arriving in a state, then landing at a town GeoNames puts there, then one deployment, to the state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Nigerian troops arrived in Liberia on Monday. The soldiers landed at Buchanan and moved inland.',
        '2003-08-05',
      ),
    ).toEqual(['DeploymentAnnounced|Nigeria|Liberia|2003-08-04|null']);
  });

  it('given another actor at the town, then two deployments', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Nigerian troops arrived in Liberia on Monday. Ghanaian soldiers landed at Buchanan the same day.',
        '2003-08-05',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Ghana|Buchanan|2003-08-04|null',
      'DeploymentAnnounced|Nigeria|Liberia|2003-08-04|null',
    ]);
  });
});

describe('DeploymentAnnounced: forces "of the" long name of what they belong to', () => {
  it('given "N X soldiers of the UN-backed <long mission name> land in Y", then X deployed to Y', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'A first contingent of 200 Rwandan soldiers of the EU-funded Regional Protection Support Mission lands in Bangui.',
        '2021-05-03',
      ),
    ).toEqual(['DeploymentAnnounced|Rwanda|Bangui|2021-05-03|200']);
  });

  it('given "the leaders of the <long name> met in Y", then nothing: no forces', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The leaders of the EU-funded Regional Protection Support Mission landed in Bangui on 3 May 2021.',
        '2021-05-03',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a capital that speaks is its government', () => {
  it('given "X entered A, hours after <capital> said …", then "the city" next is A, never the capital', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        "Kenyan troops have entered the centre of Kismayo, hours after Mogadishu said it had pulled its forces back. Kenya's military said special units were entering the city.",
        '2012-09-29',
      ),
    ).toEqual(['DeploymentAnnounced|Kenya|Kismayo|2012-09-29|null']);
  });

  it('given a town\'s name before "river", then "the city" next never means that town', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        "Kenyan troops have entered the centre of Kismayo, after Somali forces pulled back across the Juba river. Kenya's military said special units were entering the city.",
        '2012-09-29',
      ),
    ).toEqual(['DeploymentAnnounced|Kenya|Kismayo|2012-09-29|null']);
  });
});

describe('DeploymentAnnounced: a list of actors, each with its own figure', () => {
  it('given "N A soldiers, M B soldiers and K C soldiers were sent to X", then each actor with its own figure', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Some 6,000 Dutch soldiers, 4,000 Belgian soldiers and 900 Danish soldiers were sent to Kosovo in June 1999.',
        '1999-07-01',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Belgium|Kosovo|1999-06|4000',
      'DeploymentAnnounced|Denmark|Kosovo|1999-06|900',
      'DeploymentAnnounced|Netherlands|Kosovo|1999-06|6000',
    ]);
  });

  it('given "A and B sent N troops to X", then one figure for the whole list stays with each actor', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Norway and Sweden sent 900 troops to Kosovo in June 1999.',
        '1999-07-01',
      ).sort(),
    ).toEqual(['DeploymentAnnounced|Norway|Kosovo|1999-06|900', 'DeploymentAnnounced|Sweden|Kosovo|1999-06|900']);
  });
});

describe('DeploymentAnnounced: a right or a charge handed over is no forces', () => {
  it.each([
    'In 1962 the French transferred sovereignty to Algeria.',
    'The British handed power to Kenya in December 1963.',
    'In 1997 the British transferred full control to China.',
  ])('given "%s", then no deployment', (text) => {
    expect(summaryOf('DeploymentAnnounced', text)).toEqual([]);
  });
});

describe('DeploymentAnnounced: a name in an appositive that describes a town says where the town lies', () => {
  it.each([
    ['In June 1999 Russian troops landed at Sukhumi, the Abkhazia port city.', 'Sukhumi|1999-06'],
    [
      'On 8 August 2008 Russian tanks entered Tskhinvali, the South Ossetia regional capital that Georgian forces had shelled.',
      'Tskhinvali|2008-08-08',
    ],
  ])('given "%s", then one deployment, at the town', (text, where) => {
    expect(summaryOf('DeploymentAnnounced', text, '2009-01-01')).toEqual([`DeploymentAnnounced|Russia|${where}|null`]);
  });

  it('given a second place after the comma that is no description of a town, then still a place of its own', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In June 1999 Russian troops landed at Sukhumi, the Abkhazia border region and Batumi.',
        '2009-01-01',
      ),
    ).toContain('DeploymentAnnounced|Russia|Abkhazia|1999-06|null');
  });
});

describe('DeploymentAnnounced: a clause set against another by ", while" has its own subject', () => {
  it('given "…, where they served under French command, while 2,000 soldiers reached Y", then not France at Y', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Some 3,000 Dutch marines landed at Tangier in May 1920, where they served under French command, while some 2,000 soldiers reached Tetouan in June.',
        '1921-01-01',
      ),
    ).toEqual([
      'DeploymentAnnounced|Netherlands|Tangier|1920-05|3000',
      'DeploymentAnnounced|Netherlands|Tetouan|1920-06|2000',
    ]);
  });

  it('given forces under a command in the same clause as their verb, then still that command’s actor', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Some 3,000 Dutch marines landed at Tangier in May 1920, while troops under French command reached Tetouan in June.',
        '1921-01-01',
      ),
    ).toEqual([
      'DeploymentAnnounced|Netherlands|Tangier|1920-05|3000',
      'DeploymentAnnounced|France|Tetouan|1920-06|null',
    ]);
  });
});

describe("DeploymentAnnounced: the seat of a body's civil offices moving is no forces", () => {
  it.each([
    "The African Union's political headquarters moved from Geneva to Vienna in 1975.",
    "The Council of Europe and the EU's civilian headquarters moved from Rome to Lisbon in May 1980.",
    "The Arab League's administrative secretariat moved to Tunis in March 1979.",
  ])('given "%s", then no deployment', (text) => {
    expect(summaryOf('DeploymentAnnounced', text)).toEqual([]);
  });

  it('given a military headquarters that moves, then still a deployment', () => {
    expect(
      summaryOf('DeploymentAnnounced', "NATO's military headquarters moved from Paris to Brussels in October 1967."),
    ).toEqual(['DeploymentAnnounced|NATO|Brussels|1967-10|null']);
  });
});

describe('DeploymentAnnounced: a water body named with and without its kind', () => {
  it('given "dispatched warships to the X strait", then one deployment, not X and "X strait" apart', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Egyptian navy dispatched four warships to the Bab el-Mandeb strait on 26 March 2015.',
        '2015-03-27',
      ),
    ).toHaveLength(1);
  });
});

describe('DeploymentAnnounced: "the <people> towns of A and B"', () => {
  it('given a land noun of a people with "of" and a list, then one deployment to each place named, not to the state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Ethiopian troops moved into the Somali towns of Baidoa and Beledweyne on Monday.',
        '2006-12-26',
      ),
    ).toEqual([
      'DeploymentAnnounced|Ethiopia|Baidoa|2006-12-25|null',
      'DeploymentAnnounced|Ethiopia|Beledweyne|2006-12-25|null',
    ]);
  });

  it('given the land noun alone, then the state whose land it is', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Ethiopian troops moved into Somali towns on Monday.', '2006-12-26'),
    ).toEqual(['DeploymentAnnounced|Ethiopia|Somalia|2006-12-25|null']);
  });
});

describe('DeploymentAnnounced: weapons deployed are no forces', () => {
  it('given "the deployment of nuclear weapons in X", then no deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'NATO approved the deployment of nuclear weapons in Poland on Monday.',
        '2023-11-07',
      ),
    ).toEqual([]);
    expect(
      summaryOf('DeploymentAnnounced', 'The United States sent missiles to Poland on Monday.', '2023-11-07'),
    ).toEqual([]);
  });

  it('given forces named before the weapons, or a weapon naming a unit, then the deployment stands', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The United States deployed troops and missiles to Poland on Monday.',
        '2023-11-07',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Poland|2023-11-06|null']);
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The United States will deploy a missile defence battery and about 100 troops to Israel, the Pentagon said on Sunday.',
        '2024-10-14',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Israel|2024-10-13|100']);
  });

  it('given a treaty named for armed forces, then its name is no armed body that deploys', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Russia withdraws from the Treaty on Conventional Armed Forces in Europe, a 1990 agreement limiting the deployment of conventional weapons on the continent.',
        '2023-11-07',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a describing word before a reference noun', () => {
  it('given "flew into the ruined capital of X", then the forces deployed to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Australian peacekeepers flew into the ruined capital of East Timor on Monday.',
        '1999-09-20',
      ),
    ).toEqual(['DeploymentAnnounced|Australia|Timor-Leste|1999-09-20|null']);
  });

  it('given a describing word before a noun that names no place, then no place is read through it', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Australian peacekeepers flew into the ruined building of the ministry on Monday.',
        '1999-09-20',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a place entered is still what "the country" names', () => {
  it('given forces that crossed into B and occupied "the country", then they deployed to B', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In March 2003 U.S. troops crossed from Kuwait into Iraq and occupied the country.',
        '2003-04-01',
      ),
    ).toContain('DeploymentAnnounced|United States|Iraq|2003-03|null');
  });
});

describe('DeploymentAnnounced: the place of the summit that decided it', () => {
  it('given "approved the deployment of a force at a summit in X", then X is no destination', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'SADC leaders approved the deployment of a regional standby force at a summit in Maputo on June 23.',
        '2021-07-09',
      ),
    ).toEqual([]);
  });

  it('given a destination named besides the summit, then the deployment goes there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'SADC leaders approved the deployment of a regional standby force to Cabo Delgado at a summit in Maputo on June 23.',
        '2021-07-09',
      ),
    ).toEqual(['DeploymentAnnounced|SADC|Cabo Delgado|2021-06-23|null']);
  });
});

describe('DeploymentAnnounced: a commander named in the forces phrase', () => {
  it('given "…, when X troops under General Y landed at Z", then X deploys to Z', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The intervention in Lebanon began on 15 July 1958, when American troops under General Sidney Wade landed at Beirut.',
        '1958-08-01',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Beirut|1958-07-15|null']);
  });

  it('given a titled person as the subject, then no deployment', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'General Sidney Wade landed at Beirut on 15 July 1958.', '1958-08-01'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a date of a joined clause', () => {
  it('given "landed at X, and Y forces occupied Z on <day>", then the landing is not dated by the occupation', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 8 December 1861, after a long voyage from Toulon by way of Havana, a French brigade of 3,000 men landed at Veracruz, and Spanish forces occupied the fortress on 17 December.',
        '1862-01-01',
      ),
    ).toContain('DeploymentAnnounced|France|Veracruz|1861-12-08|3000');
  });
});

describe('DeploymentAnnounced: a place in the "from" phrase', () => {
  it('given "units transferred from U.N. operations in X", then X is where they came from, not where they went', () => {
    const found = summaryOf(
      'DeploymentAnnounced',
      'The first troops, Norwegian units transferred from the U.N. mission in Cyprus, set up camp at Naqoura.',
      '1978-03-25',
    );
    expect(found.filter((e) => e.includes('Cyprus'))).toEqual([]);
  });

  it('given "moved troops from bases in X to Y", then Y', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Germany moved troops from bases in Bavaria to Lithuania in May.', '2024-06-01'),
    ).toEqual(['DeploymentAnnounced|Germany|Lithuania|2024-05|null']);
  });
});

describe('DeploymentAnnounced: where the forces are now', () => {
  it('given "ordered two battalions currently in X to deploy to Y", then Y, not X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The minister ordered two British battalions currently in the Balkans region — both of the Parachute Regiment — to deploy to Freetown within 48 hours.',
        '2000-05-08',
      ),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Freetown|2000-05-08|null']);
  });
});

describe('DeploymentAnnounced: forces "whose" a name owns', () => {
  it('given "A handed over to the X Force, created by …, whose first contingents reached Y", then X deploys, not A', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Belgium agreed to hand over to the United Nations Operation in the Congo, created by the Security Council on 14 July, whose first contingents reached Leopoldville on 15 July.',
        '1960-08-01',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Léopoldville|1960-07-15|null']);
  });
});

describe('DeploymentAnnounced: positions taken up, the country a sender sends forces into, an island by reference', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2000-01-01');

  it('given "took up their positions in X", when read, then the forces are deployed there', () => {
    expect(inText('On 20 April 1982 battalions from Colombia and Fiji took up their positions in Sinai.')).toEqual([
      'DeploymentAnnounced|Colombia|Sinai|1982-04-20|null',
      'DeploymentAnnounced|Fiji|Sinai|1982-04-20|null',
    ]);
  });

  it('given "took up" with no positions, when read, then nothing is deployed', () => {
    expect(inText('On 20 April 1982 battalions from Colombia took up their duties in Sinai.')).toEqual([]);
  });

  it('given a state named before that sends forces "into the country", when read, then the country is the other state', () => {
    expect(
      inText(
        'Chad became independent from France in 1960. On 9 August 1968 France sent paratroopers into the country.',
      ),
    ).toEqual(['DeploymentAnnounced|France|Chad|1968-08-09|null']);
  });

  it('given an island that is a division of its state named before, when "the island" is read, then it is that one', () => {
    expect(
      inText('The rebellion on Bougainville began in 1988. Fijian soldiers arrived on the island in December 1997.'),
    ).toEqual(['DeploymentAnnounced|Fiji|Bougainville|1997-12|null']);
  });
});

describe('DeploymentAnnounced: a predicate joined after ", and" shares its subject', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01');

  it('given "forces were flown from A, far away, and landed at B", when read, then the forces landed at B', () => {
    expect(
      inText(
        'On 3 May 1989 Kenyan troops were flown from Nairobi, some 900 kilometres away, and landed at Kismayo airport.',
      ),
    ).toEqual(['DeploymentAnnounced|Kenya|Kismayo|1989-05-03|null']);
  });

  it('given ", and" opening a clause with its own subject, when read, then the forces before it are not its own', () => {
    expect(
      inText('On 3 May 1989 Kenyan troops were flown to Mogadishu, and the ministers landed at Kismayo airport.'),
    ).toEqual(['DeploymentAnnounced|Kenya|Mogadishu|1989-05-03|null']);
  });
});

describe('DeploymentAnnounced: names spelt as one word are never read off words apart', () => {
  it('given an all-capitals headline "TO GO TO", when read, then no state "Togo" sends the battalion', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'BATTALION TO GO TO MALAYA\n\nThe Government has decided to send an infantry battalion to Malaya.',
        '1955-04-01',
      ).filter((e) => e.includes('Togo')),
    ).toEqual([]);
  });

  it('given the state written as one word, when read, then it is still the state', () => {
    expect(summaryOf('DeploymentAnnounced', 'On 2 March 2013 Togo sent 300 soldiers to Mali.')).toEqual([
      'DeploymentAnnounced|Togo|Mali|2013-03-02|300',
    ]);
  });
});

describe('DeploymentAnnounced: the force noun heading "X soldiers of a Y force"', () => {
  it('given "Burundian soldiers of an African Union force landed", when read, then Burundi deploys, not the Union', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 6 March 2007 the first Burundian soldiers of an African Union peacekeeping force landed in Mogadishu.',
      ),
    ).toEqual(['DeploymentAnnounced|Burundi|Mogadishu|2007-03-06|null']);
  });

  it('given no people named before the heading noun, when read, then the owner of the force after "of" moves', () => {
    expect(
      summaryOf('WithdrawalBegun', 'On 15 August 2022 the last soldiers of the French Barkhane force left Mali.'),
    ).toEqual(['WithdrawalBegun|France|Mali|2022-08-15']);
  });
});

describe('DeploymentAnnounced: "the city" is never the complement of a body\'s name', () => {
  it('given "the Ministry of Defence" between the city named and "the city", when read, then the city is the one named', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Serbian troops left the city of Kumanovo on 9 June 1999. On 10 June the British Ministry of Defence said ' +
          'the handover was complete. Canadian troops entered the city later that day.',
      ),
    ).toEqual(['DeploymentAnnounced|Canada|Kumanovo|1999-06-10|null']);
  });
});

describe('DeploymentAnnounced: an acronym the text gives a state force in brackets', () => {
  it('given "the Royal New Zealand Infantry Regiment (2 RNZIR)", when the acronym acts later, then its state does', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Troops of the 2nd Battalion, Royal New Zealand Infantry Regiment (2 RNZIR), trained in Malaya in 1964. ' +
          'In May 1965 2 RNZIR arrived in Sarawak.',
      ),
    ).toEqual(['DeploymentAnnounced|New Zealand|Sarawak|1965-05|null']);
  });

  it('given an armed group named with a people ("Liberation Army"), when its acronym acts, then no state does', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Kivu People’s Liberation Army (KPLA) was formed in 1996. In May 1997 KPLA fighters entered Kisangani.',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a head of government stands for the state', () => {
  it('given "the Menzies government agreed to commit a battalion to X", when read, then Australia deploys there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In January 1965 the Menzies government agreed to commit an infantry battalion to Borneo.',
      ),
    ).toEqual(['DeploymentAnnounced|Australia|Borneo|1965-01|null']);
  });
});

describe('DeploymentAnnounced: a place carried over from another deployment stands for its state', () => {
  it('given contingents with no place after forces went ashore at a capital, when read, then they go to its state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On April 28, 1965, some 400 U.S. Marines went ashore at Santo Domingo. On May 14 Honduras sent 250 soldiers.',
      ),
    ).toEqual([
      'DeploymentAnnounced|United States|Santo Domingo|1965-04-28|400',
      'DeploymentAnnounced|Honduras|Dominican Republic|1965-05-14|250',
    ]);
  });
});

describe('DeploymentAnnounced: a body that decides to create an armed force', () => {
  it('given "voted to set up a force for X", when read, then the body deploys there on the day of the vote', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 14 June 2001 the Security Council voted to set up a 2,000-strong United Nations force for East Timor.',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Timor-Leste|2001-06-14|2000']);
  });

  it('given "agreed to establish a regional force of N soldiers for X", when read, then with its figure', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 3 April 2003 the African Union agreed to establish a regional force of 3,500 soldiers for Burundi.',
      ),
    ).toEqual(['DeploymentAnnounced|African Union|Burundi|2003-04-03|3500']);
  });

  it('given a force named with no place, when read, then it goes where the text has just put forces', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 2 May 1965 some 500 U.S. Marines landed in the Dominican Republic. ' +
          'On 9 May the Organization of American States voted to create an Inter-American Peace Force.',
      ),
    ).toEqual([
      'DeploymentAnnounced|United States|Dominican Republic|1965-05-02|500',
      'DeploymentAnnounced|Organization of American States|Dominican Republic|1965-05-09|null',
    ]);
  });

  it.each([
    ['a proposal', 'On 3 April 2003 the African Union proposed to establish a regional force for Burundi.'],
    ['a plan', 'The African Union may decide to establish a regional force for Burundi next month.'],
    ['a force that is no army', 'In 2003 the cabinet decided to set up a task force on inflation in Burundi.'],
    ['no place and no theatre', 'In 2003 NATO agreed to create a rapid reaction force of 20,000 troops.'],
    ['a call', 'Rwanda called on the African Union to establish a regional force for Burundi.'],
  ])('ignores %s', (_what, sentence) => {
    expect(summaryOf('DeploymentAnnounced', sentence)).toEqual([]);
  });
});

describe('DeploymentAnnounced: a subject described by a participle and its agent set off after it', () => {
  it.each([
    [
      'a council chaired by a national leader',
      'The ECOWAS Mediation Council, chaired by Ghanaian President John Mahama, decided on 3 May 2015 to send troops to Mali.',
      'DeploymentAnnounced|ECOWAS|Mali|2015-05-03|null',
    ],
    [
      'an alliance led by a state',
      'NATO, led by the United States, decided on 3 May 2015 to send troops to Kosovo.',
      'DeploymentAnnounced|NATO|Kosovo|2015-05-03|null',
    ],
  ])('given %s, when read, then the subject is the actor', (_what, sentence, expected) => {
    expect(summaryOf('DeploymentAnnounced', sentence)).toEqual([expected]);
  });

  it.each([
    ['forces sent by a state, opening the sentence', 'Troops, sent by France, arrived in Mali on 3 May 2015.'],
    ['forces sent by a state, after an article', 'The troops, sent by France, arrived in Mali on 3 May 2015.'],
  ])('given %s, when read, then that state is the actor', (_what, sentence) => {
    expect(summaryOf('DeploymentAnnounced', sentence)).toEqual(['DeploymentAnnounced|France|Mali|2015-05-03|null']);
  });
});

describe('DeploymentAnnounced: a leader who speaks as the head of a body', () => {
  it('given "X, who chairs ORG, announced that peacekeepers would be sent to Y", when read, then ORG', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 3 May 2015 Ghanaian President John Mahama, who chairs the African Union, announced that peacekeepers ' +
          'would be sent to Mali.',
      ),
    ).toEqual(['DeploymentAnnounced|African Union|Mali|2015-05-03|null']);
  });

  it.each([
    [
      'forces of his own state named',
      'On 3 May 2015 Ghanaian President John Mahama, who chairs the African Union, announced that Ghanaian troops ' +
        'would be sent to Mali.',
    ],
    [
      'no body he heads',
      'On 3 May 2015 Ghanaian President John Mahama announced that peacekeepers would be sent to Mali.',
    ],
  ])('given %s, when read, then his state', (_what, sentence) => {
    expect(summaryOf('DeploymentAnnounced', sentence)).toEqual(['DeploymentAnnounced|Ghana|Mali|2015-05-03|null']);
  });
});

describe('DeploymentAnnounced: national forces acting for an organization', () => {
  it('given "the soldiers were acting under a mandate of ORG", when read, then ORG deploys there too', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 4 March 2004 Nigerian troops marched into Liberia. ' +
          'A spokesman said the soldiers were acting under a mandate of the African Union.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Nigeria|Liberia|2004-03-04|null',
      'DeploymentAnnounced|African Union|Liberia|2004-03-04|null',
    ]);
  });

  it('given "the force was acting for ORG" two sentences on, when read, then ORG deploys there too', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 4 March 2004 Nigerian troops marched into Liberia. Residents cheered in the streets. ' +
          'Officials said the force was acting on behalf of the African Union.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Nigeria|Liberia|2004-03-04|null',
      'DeploymentAnnounced|African Union|Liberia|2004-03-04|null',
    ]);
  });

  it.each([
    ['a state, not an organization', 'A spokesman said the soldiers were acting for Ghana.'],
    ['a denial', 'A spokesman said the soldiers were not acting under a mandate of the African Union.'],
    ['a person acting for the body', 'A spokesman said the envoy was acting for the African Union.'],
  ])('given the forces, when %s, then only the state deploys', (_what, sentence) => {
    expect(
      summaryOf('DeploymentAnnounced', `On 4 March 2004 Nigerian troops marched into Liberia. ${sentence}`),
    ).toEqual(['DeploymentAnnounced|Nigeria|Liberia|2004-03-04|null']);
  });

  it('given forces that crossed under the banner of ORG after their entry, when read, then ORG deploys there too', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 4 March 2004 Nigerian troops marched into Liberia. ' +
          'Some 400 soldiers crossed the border under the banner of the African Union, officials said.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Nigeria|Liberia|2004-03-04|null',
      'DeploymentAnnounced|African Union|Liberia|2004-03-04|null',
    ]);
  });

  it('given "the operation was carried out on behalf of ORG" after an entry, when read, then ORG deploys there too', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 4 March 2004 Nigerian troops marched into Liberia, and a colonel said the operation was being carried ' +
          'out on behalf of the African Union.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Nigeria|Liberia|2004-03-04|null',
      'DeploymentAnnounced|African Union|Liberia|2004-03-04|null',
    ]);
  });

  it.each([
    ['talks held under the auspices of ORG', 'Envoys met in Accra under the auspices of the African Union.'],
    [
      'a force named for itself',
      'Some 400 soldiers crossed the border under the banner of the Peninsula Shield Force.',
    ],
  ])('given a deployment, then %s, when read, then only the state deploys', (_what, sentence) => {
    expect(
      summaryOf('DeploymentAnnounced', `On 4 March 2004 Nigerian troops marched into Liberia. ${sentence}`),
    ).toEqual(['DeploymentAnnounced|Nigeria|Liberia|2004-03-04|null']);
  });

  it('given forces that landed as "the vanguard of an ORG force", when read, then ORG deploys there too', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 4 March 2004 Nigerian troops landed in Monrovia, the vanguard of a large African Union force.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Nigeria|Monrovia|2004-03-04|null',
      'DeploymentAnnounced|African Union|Monrovia|2004-03-04|null',
    ]);
  });

  it('given "the troops are part of a force mandated by ORG" after their entry, when read, then ORG deploys too', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 4 March 2004 Nigerian troops marched into Liberia. The troops are part of a force mandated by the African Union.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Nigeria|Liberia|2004-03-04|null',
      'DeploymentAnnounced|African Union|Liberia|2004-03-04|null',
    ]);
  });

  it.each([
    ['a national force', 'On 4 March 2004 Nigerian troops landed in Monrovia, the vanguard of a Ghanaian force.'],
    [
      'a standby force',
      'On 4 March 2004 Nigerian troops landed in Monrovia as part of the African Union standby force.',
    ],
  ])('given forces that landed as a share of %s, when read, then only the state deploys', (_what, text) => {
    expect(summaryOf('DeploymentAnnounced', text)).toEqual(['DeploymentAnnounced|Nigeria|Monrovia|2004-03-04|null']);
  });

  it('given forces acting for a body with no deployment read before, when read, then nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'A spokesman said the soldiers were acting under a mandate of the African Union.',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces landed "here" in a wire story', () => {
  it('given "Marines landed here" under a dateline, when read, then they deployed to the dateline city', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'MONROVIA, May 3 (AP) — About 300 American Marines landed here on Tuesday.',
        '2004-05-03',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Monrovia|2004-04-27|300']);
  });

  it('given "landed troops here" under a dateline, when read, then the troops deployed to the dateline city', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'MONROVIA, May 3 (AP) — Britain landed 200 troops here on Tuesday.',
        '2004-05-03',
      ),
    ).toEqual(['DeploymentAnnounced|United Kingdom|Monrovia|2004-04-27|200']);
  });

  it('given forces landed "here" in their own capital, when read, then no deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'LONDON, May 3 (AP) — About 300 British Marines landed here on Tuesday.',
        '2004-05-03',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces that take over a place', () => {
  it('given "troops took over X airport", when read, then they deployed to X', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'On 3 May 2004 some 300 Belgian paratroopers took over Kigali airport.'),
    ).toEqual(['DeploymentAnnounced|Belgium|Kigali|2004-05-03|300']);
  });

  it('given "by taking over the city\'s airport" after the forces entered it, when read, then that city', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 3 May 2004 a column of Belgian soldiers drove into Kigali and surprised observers by taking over the ' +
          "city's airport.",
      ),
    ).toEqual(['DeploymentAnnounced|Belgium|Kigali|2004-05-03|null']);
  });

  it.each([
    ['a duty taken over', 'On 3 May 2004 Belgian troops took over guard duties from the police in Kigali.'],
    ['a land named by its capital', 'On 3 May 2004 rebel fighters took over the capital of northern Rwanda.'],
    ['a plan', 'Belgian troops will take over Kigali airport next week.'],
  ])('ignores %s', (_what, sentence) => {
    expect(summaryOf('DeploymentAnnounced', sentence)).toEqual([]);
  });
});

describe('DeploymentAnnounced: the theatre of contributors named after a capital that acts', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given "Bucharest approved the plan" before "A and B have also agreed to send forces", then not Romania', () => {
    expect(
      inText(
        'Riots spread through Chisinau in March 2009. Hours later Bucharest approved the plan. Chile and Peru have ' +
          'also agreed to send forces.',
      ),
    ).toEqual(['DeploymentAnnounced|Chile|Moldova|2009-03|null', 'DeploymentAnnounced|Peru|Moldova|2009-03|null']);
  });

  it('given a capital named as a place ("rebels seized Bucharest in March"), then it is still the theatre', () => {
    expect(inText('Rebels seized Bucharest in March 2009. Chile and Peru have also agreed to send forces.')).toEqual([
      'DeploymentAnnounced|Chile|Romania|2009-03|null',
      'DeploymentAnnounced|Peru|Romania|2009-03|null',
    ]);
  });
});

describe("DeploymentAnnounced: a compass word and a people's adjective describe a reference noun", () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2000-01-01');

  it('given "landed in the South American colony", then the colony named before, not "South American"', () => {
    expect(
      inText(
        'Riots broke out in Paramaribo in May 1975. Dutch marines landed in the South American colony in June 1975.',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Paramaribo|1975-06|null']);
  });

  it("given a compass word before a name that is no people's adjective, then the name is the place", () => {
    expect(inText('Dutch marines landed in the South Waziristan region in June 1975.')).toEqual([
      'DeploymentAnnounced|Netherlands|South Waziristan region|1975-06|null',
    ]);
  });
});

describe("DeploymentAnnounced: an armed body's leaders arriving are people, not forces", () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2000-01-01');

  it.each([
    'Taliban leaders Abdul Karim and Rahim Noor arrived in Kabul on 4 May 1999.',
    'Hezbollah officials arrived in Damascus on 4 May 1999.',
  ])('given "%s", then no deployment', (text) => {
    expect(inText(text)).toEqual([]);
  });

  it('given its leaders and fighters arriving together, then the fighters deploy', () => {
    expect(inText('Taliban leaders and 300 fighters arrived in Kabul on 4 May 1999.')).toEqual([
      'DeploymentAnnounced|Taliban|Kabul|1999-05-04|300',
    ]);
  });
});

describe('DeploymentAnnounced: a place of its own after "near" keeps an earlier place from being inherited', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2000-01-01').sort();

  it('given "A landed in X. B forces, who began landing near P, …", then B went to P, not to X', () => {
    expect(
      inText(
        'Greek paratroopers landed in Albania on 3 May 1974. Turkish marines, who began landing near Kyrenia on ' +
          '20 July 1974, are still ashore.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Greece|Albania|1974-05-03|null',
      'DeploymentAnnounced|Turkey|Kyrenia|1974-07-20|null',
    ]);
  });

  it('given "B forces began landing" with no place, then they landed where A did', () => {
    expect(
      inText('Greek paratroopers landed in Albania on 3 May 1974. Turkish marines began landing on 20 July 1974.'),
    ).toEqual([
      'DeploymentAnnounced|Greece|Albania|1974-05-03|null',
      'DeploymentAnnounced|Turkey|Albania|1974-07-20|null',
    ]);
  });
});

describe('DeploymentAnnounced: forces landing at a place of no known state just after their withdrawal', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-01-01');

  it('given a withdrawal and then "the first plane carrying the peacekeepers landed at X airfield", then no deployment', () => {
    expect(
      inText(
        'Turkish peacekeepers began withdrawing from Kosovo on 3 May 2009. They loaded their equipment onto transport ' +
          'aircraft. The first plane carrying Turkish peacekeepers landed at Zorbek airfield later that day.',
      ),
    ).toEqual([]);
  });

  it('given a withdrawal and then an earlier landing told as background, then that deployment stands', () => {
    expect(
      inText(
        'Turkish peacekeepers began withdrawing from Kosovo on 3 May 2009. Turkish troops had first landed at Zorbek ' +
          'airfield in June 1999.',
      ),
    ).toEqual(['DeploymentAnnounced|Turkey|Zorbek airfield|1999-06|null']);
  });
});

describe('DeploymentAnnounced: forces that back the subject, and the Comorian demonym', () => {
  it('given "X troops, backed by soldiers from A and B, landed on Y", when read, then all three deployed to Y', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 9 June 2011 Comorian troops, backed by soldiers from Kenya and Uganda, landed on Moheli.',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Comoros|Moheli|2011-06-09|null',
      'DeploymentAnnounced|Kenya|Moheli|2011-06-09|null',
      'DeploymentAnnounced|Uganda|Moheli|2011-06-09|null',
    ]);
  });

  it('given "backed by Rwandan soldiers", when read, then the backers deployed there too', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 9 June 2011 Chadian troops, backed by Rwandan soldiers, entered Gao.',
      ).sort(),
    ).toEqual(['DeploymentAnnounced|Chad|Gao|2011-06-09|null', 'DeploymentAnnounced|Rwanda|Gao|2011-06-09|null']);
  });

  it('given forces backed only by aircraft, when read, then the aircraft state is no deployer', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'On 9 June 2011 Kenyan troops, backed by French warplanes, landed on Moheli.'),
    ).toEqual(['DeploymentAnnounced|Kenya|Moheli|2011-06-09|null']);
  });
});

describe('DeploymentAnnounced: senders with no destination go to the story state', () => {
  const story = (body: string) =>
    `KIGALI, Rwanda, May 3 (Wire) - Rebels shelled Kigali's airport on Monday.\n\n${body}`;

  it('given a capital that approved something, when senders follow, then the capital is no theatre', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        story(
          'Hours after Brussels approved the operation, officials promised more help.\n\n' +
            'Kenya, Ghana and Senegal have also agreed to send forces.',
        ),
        '2021-05-03',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Ghana|Rwanda|2021-05-03|null',
      'DeploymentAnnounced|Kenya|Rwanda|2021-05-03|null',
      'DeploymentAnnounced|Senegal|Rwanda|2021-05-03|null',
    ]);
  });

  it('given a dateline whose state the body never names, when senders follow, then no theatre is read', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'BRUSSELS, May 3 (Wire) - Alliance ministers met on Monday.\n\n' +
          'Officials praised the talks at length.\n\nThe ministers dined late.\n\n' +
          'Germany, France and Italy agreed to send forces.',
        '2021-05-03',
      ),
    ).toEqual([]);
  });

  it('given parts of a force whose deployment is unread, when read, then the dateline is not their theatre', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        story(
          'The force was set up last year.\n\nIts mandate is broad.\n\n' +
            'It includes infantry battalions from Kenya, Ghana and Senegal.',
        ),
        '2021-05-03',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces that flew in with no place said', () => {
  const story = (body: string) =>
    `KIGALI, Rwanda, May 3 (Wire) - Rebels shelled Kigali's airport on Monday.\n\n${body}`;

  it('given "the first X soldiers flew in on Tuesday", when read, then X deployed where the text is', () => {
    expect(
      summaryOf('DeploymentAnnounced', story('The first Belgian soldiers flew in on Tuesday.'), '2021-05-03'),
    ).toEqual(['DeploymentAnnounced|Belgium|Rwanda|2021-04-27|null']);
  });

  it('given "troops from A and B have since flown in", when read, then each went where the force before went', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 4 May 2021 the first Kenyan contingent landed in Rwanda. Troops from Ghana and Senegal have since flown in.',
        '2021-05-10',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Ghana|Rwanda|2021-05-04|null',
      'DeploymentAnnounced|Kenya|Rwanda|2021-05-04|null',
      'DeploymentAnnounced|Senegal|Rwanda|2021-05-04|null',
    ]);
  });

  it('given soldiers who flew in supplies, when read, then no deployment is read', () => {
    expect(
      summaryOf('DeploymentAnnounced', story('Belgian soldiers flew in medical supplies on Tuesday.'), '2021-05-03'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: airborne landings', () => {
  it.each([
    ['dropped over', 'On 2 March 1962 Dutch paratroopers were dropped over Kaimana.', 'Netherlands|Kaimana'],
    ['jumped onto', 'On 2 March 1962 some 400 Belgian soldiers jumped onto Kamina.', 'Belgium|Kamina'],
    ['dropped around', 'On 2 March 1962 Dutch paratroopers dropped around Kaimana.', 'Netherlands|Kaimana'],
    [
      'as a regiment jumped over',
      'On 2 March 1962 a Dutch parachute regiment jumped over Kaimana.',
      'Netherlands|Kaimana',
    ],
    [
      'as a unit of the Foreign Legion, not the British regiment of that name',
      'On 2 March 1962 the 3rd Foreign Parachute Regiment jumped over Kaimana.',
      'France|Kaimana',
    ],
  ])('given troops %s a place, when read, then they deployed there', (_what, sentence, pair) => {
    expect(summaryOf('DeploymentAnnounced', sentence).map((e) => e.split('|').slice(1, 3).join('|'))).toEqual([pair]);
  });

  it.each([
    ['aircraft dropping bombs', 'On 2 March 1962 Dutch bombers dropped bombs on Kaimana.'],
    ['a number that dropped', 'On 2 March 1962 the number of Dutch troops dropped to 3,000.'],
    ['troops that dropped their weapons', 'On 2 March 1962 Dutch soldiers dropped their weapons in Kaimana.'],
    ['leaflets dropped around a town', 'On 2 March 1962 Dutch aircraft dropped leaflets around Kaimana.'],
    ['a regiment whose numbers dropped', 'On 2 March 1962 the strength of the Dutch regiment dropped around Kaimana.'],
  ])('ignores %s', (_what, sentence) => {
    expect(summaryOf('DeploymentAnnounced', sentence)).toEqual([]);
  });
});

describe('DeploymentAnnounced: a fleet that set sail from a port for a destination', () => {
  it.each([
    [
      'a day part and a port',
      'On 5 March 2009 an Indian naval squadron set sail Thursday morning from Kochi for the Gulf of Aden.',
    ],
    [
      "the port's setting",
      "On 5 March 2009 an Indian naval squadron set sail from Kochi in India's Kerala State for the Gulf of Aden.",
    ],
    [
      'a port the text does not name',
      'On 5 March 2009 an Indian naval squadron set sail from a naval base in this coastal city for the Gulf of Aden.',
    ],
    [
      'an unnamed port and a day part',
      'On 5 March 2009 an Indian naval squadron set sail from this western port city Thursday morning for the Gulf of Aden.',
    ],
  ])(
    'given %s between the verb and "for", when read, then the fleet deployed to the destination',
    (_what, sentence) => {
      expect(summaryOf('DeploymentAnnounced', sentence).map((e) => e.split('|').slice(1, 3).join('|'))).toEqual([
        'India|Gulf of Aden',
      ]);
    },
  );

  it('given a fleet that will set sail from a port, when read, then no departure is stated', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'An Indian naval squadron may set sail from Kochi for the Gulf of Aden next year.',
      ),
    ).toEqual([]);
  });

  it('given a fleet that may set sail from a port the text does not name, when read, then no departure is stated', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'An Indian naval squadron may set sail from a naval base in this coastal city for the Gulf of Aden next year.',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces airlifted', () => {
  it('reads forces being airlifted to a place as sent there', () => {
    expect(summaryOf('DeploymentAnnounced', 'In March 1962 Ghana began airlifting combat units to Katanga.')).toEqual([
      'DeploymentAnnounced|Ghana|Katanga|1962-03|null',
    ]);
  });

  it('reads no deployment where the forces are airlifted home and a place follows', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In March 1962 Ghanaian aircraft began airlifting the soldiers home, the first planes landing at Tamale.',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: "The force, made up of contingents from A and B," is the force named before', () => {
  it('given "… the U.N. Emergency Force. The force, made up of contingents from A and B, arrived in X", then the UN to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Security Council debated the future of the U.N. Emergency Force on Tuesday. The force, made up of contingents from Fiji, Ghana and Nepal, first arrived in Lebanon on March 23, 1978.',
        '1979-06-20',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Lebanon|1978-03-23|null']);
  });

  it('given no force named before, then the contributors still go to X', () => {
    const found = summaryOf(
      'DeploymentAnnounced',
      'The council met again on Tuesday. The force, made up of contingents from Fiji, Ghana and Nepal, first arrived in Lebanon on March 23, 1978.',
      '1979-06-20',
    );
    expect(found).toContain('DeploymentAnnounced|Fiji|Lebanon|1978-03-23|null');
    expect(found).not.toContain('DeploymentAnnounced|United Nations|Lebanon|1978-03-23|null');
  });
});

describe('DeploymentAnnounced: a hyphenated formation name ("Gebirgs-Division") is no actor', () => {
  it('given "The Mountain Division (Gebirgs-Division) … landed at X", then the division is not the actor', () => {
    const found = summaryOf(
      'DeploymentAnnounced',
      'Austria intervened in the war in 1915. The Mountain Division (Gebirgs-Division), some 8,000 men under General Karl Weber, landed at Split on 5 May 1915.',
      '2020-01-01',
    );
    expect(found.filter((e) => e.includes('Gebirgs-Division'))).toEqual([]);
  });

  it('given a hyphenated name that ends in no formation head ("Gebirgs-Gruppe"), then it still acts', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Austria intervened in the war in 1915. The Mountain Group (Gebirgs-Gruppe), some 8,000 men under General Karl Weber, landed at Split on 5 May 1915.',
        '2020-01-01',
      ),
    ).toEqual(['DeploymentAnnounced|Mountain Group|Split|1915-05-05|8000']);
  });
});

describe('DeploymentAnnounced: forces named only by their commander', () => {
  const landed = 'British marines went ashore at Reykjavik on 10 May 1940. ';

  it('given "an expedition under Rear Admiral X landed at Y" after a deployment, then the state of that deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${landed}A week later an expedition under Rear Admiral John Hale landed at Akureyri.`,
      ),
    ).toContain('DeploymentAnnounced|United Kingdom|Akureyri|1940-05-17|null');
  });

  it('given "General X\'s Fourth Army Corps began landing at Y", then the state of the deployment before', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${landed}On 17 May General John Hale's Fourth Army Corps began landing at Akureyri.`,
      ),
    ).toContain('DeploymentAnnounced|United Kingdom|Akureyri|1940-05-17|null');
  });

  it('given a state that undertook to send a force earlier in the sentence, then that state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Portugal agreed in May 1961 to send a land force, and an expeditionary corps of some 4,000 men under General Rui Costa landed at Luanda in June 1961.',
      ),
    ).toEqual(['DeploymentAnnounced|Portugal|Luanda|1961-06|4000']);
  });

  it.each([
    ['rebels under a colonel', `${landed}A week later rebels under Colonel John Hale landed at Akureyri.`],
    [
      'a delegation under a minister',
      `${landed}A week later a delegation under Foreign Minister John Hale arrived at Akureyri.`,
    ],
    [
      'a commanded force of no known state',
      'The war began in 1940. An expedition under Major General John Hale landed at Akureyri.',
    ],
  ])('leaves %s without an event', (_what, text) => {
    expect(summaryOf('DeploymentAnnounced', text).filter((e) => e.includes('Akureyri'))).toEqual([]);
  });
});

describe('DeploymentAnnounced: the arrival a withdrawal counts its time from', () => {
  it('given "left X, four years after they crossed into the country in May 2016", then the forces deployed to X then', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'OSLO, March 3 (Reuters) - The last Danish soldiers left Mali on Tuesday, four years after they crossed into the country from Niger in May 2016.',
        '2020-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|Denmark|Mali|2016-05|null']);
  });

  it('given "a week after 900 troops from A and B were sent in", then the withdrawing actor deployed a week before', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The European Union began withdrawing its forces from Chad on Tuesday, a week after 900 troops from Sweden, Ireland and Finland were sent in to guard the camps.',
        '2020-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|European Union|Chad|2020-02-25|900']);
  });

  it('given "six weeks after they stormed ashore here", then each actor that leaves landed where it leaves', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'GAO, March 3 (Reuters) - The last Danish and Dutch troops sailed from Gao on Tuesday, six weeks after they stormed ashore here.',
        '2020-03-03',
      ).sort(),
    ).toEqual([
      'DeploymentAnnounced|Denmark|Gao|2020-01-21|null',
      'DeploymentAnnounced|Netherlands|Gao|2020-01-21|null',
    ]);
  });

  it('given "a week after the alliance agreed to send them", then the forces sent are those that leave', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'OSLO, March 3 (Reuters) - Danish troops began leaving Mali on Tuesday, two weeks after the alliance agreed to send them.',
        '2020-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|Denmark|Mali|2020-02-18|null']);
  });

  it('given another actor arriving, or no arrival, in the span clause, then no deployment is read from it', () => {
    for (const text of [
      'OSLO, March 3 (Reuters) - The last Danish troops left Gao on Tuesday, six weeks after Malian troops arrived in the town.',
      'OSLO, March 3 (Reuters) - The last Danish troops left Gao on Tuesday, six weeks after the talks began.',
      'OSLO, March 3 (Reuters) - The last Danish troops left Gao on Tuesday, two years after they refused to be sent there.',
    ])
      expect(summaryOf('DeploymentAnnounced', text, '2020-03-03').filter((e) => e.includes('Denmark'))).toEqual([]);
  });

  it('given the arrival told in a clause of its own as well, then that reading stands alone', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'OSLO, March 3 (Reuters) - The last Danish soldiers left Gao on Tuesday, four years after they arrived. Denmark sent troops into Mali in June 2016.',
        '2020-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|Denmark|Mali|2016-06|null']);
  });
});

describe('DeploymentAnnounced: "The force was sent to …" told back in a withdrawal story', () => {
  const story = (second: string) =>
    `OSLO, March 3 (Reuters) - The last Danish soldiers left Mali on Tuesday, officials said. ${second}`;

  it('given "The force was sent to the country in June 2016", then the leaving actor deployed there then', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        story('The force was sent to the country in June 2016 under a UN mandate.'),
        '2020-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|Denmark|Mali|2016-06|null']);
  });

  it('given a description set off after "The force", then the verb after it still tells the sending', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        story(
          'The force, drawn mostly from two Jutland regiments, was first deployed in Gao in June 2016 to guard the airport.',
        ),
        '2020-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|Denmark|Gao|2016-06|null']);
  });

  it('given no date, no place, a place in another state, or the forces sent home, then no deployment is read', () => {
    for (const second of [
      'The force was deployed to the country to guard the airport.',
      'The force was sent in June 2016 under a UN mandate.',
      'The force was sent to Chad in June 2016 under a UN mandate.',
      'The contingent was flown home on Tuesday.',
    ])
      expect(summaryOf('DeploymentAnnounced', story(second), '2020-03-03')).toEqual([]);
  });
});

describe('DeploymentAnnounced: a relative clause on the place forces leave tells their arrival', () => {
  it('given "began leaving X, where they had seized the airport in January", then they deployed to X then', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Rwandan troops began leaving Goma on Tuesday, where they had seized the airport in January.',
        '2020-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|Rwanda|Goma|2020-01|null']);
  });

  it('given "withdrew from X, which the same state invaded on August 2", then that state deployed to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Sudanese troops streamed out of Juba on Tuesday after Khartoum ordered its forces to withdraw from the region, which Sudan invaded and occupied on August 2.',
        '2020-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|Sudan|Juba|2019-08-02|null']);
  });

  it('given the relative clause telling other forces taking the place, then no deployment is read', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Rwandan troops began leaving Goma on Tuesday, which rebels had captured in January.',
        '2020-03-03',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: contributors with the verb of sending left out ("A sent 600 soldiers and B 40")', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();
  const before = 'Brazilian troops landed in Haiti in June 2009. ';

  it('given "A contributed 600 soldiers, B 200 and C 150", then every state of the list goes with its figure', () => {
    expect(inText(`${before}Chile contributed about 600 soldiers, Peru 200 and Uruguay 150.`)).toEqual([
      'DeploymentAnnounced|Brazil|Haiti|2009-06|null',
      'DeploymentAnnounced|Chile|Haiti|2009-06|600',
      'DeploymentAnnounced|Peru|Haiti|2009-06|200',
      'DeploymentAnnounced|Uruguay|Haiti|2009-06|150',
    ]);
  });

  it('given "A sent 600 soldiers and B 40 policemen", then B is deployed with its own figure', () => {
    expect(inText(`${before}Chile sent 600 soldiers and Peru 40 policemen.`)).toContain(
      'DeploymentAnnounced|Peru|Haiti|2009-06|40',
    );
  });

  it('given "A and B contributed troops and C a police detachment", then C is deployed too', () => {
    expect(inText(`${before}Chile and Peru contributed troops and Uruguay a police detachment.`)).toContain(
      'DeploymentAnnounced|Uruguay|Haiti|2009-06|null',
    );
  });

  it('given "A sent 600 soldiers and B a letter of protest", then B sends no forces', () => {
    expect(inText(`${before}Chile sent 600 soldiers and Peru a letter of protest.`)).toEqual([
      'DeploymentAnnounced|Brazil|Haiti|2009-06|null',
      'DeploymentAnnounced|Chile|Haiti|2009-06|600',
    ]);
  });
});

describe('DeploymentAnnounced: peoples whose forces a force includes ("joined by British and Dutch soldiers")', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();
  const before = 'French troops landed in Abidjan on 3 May 2009. ';

  it('given "they were joined by A Gurkhas and B soldiers", then each people\'s state goes to the theatre\'s state', () => {
    expect(inText(`${before}The French were joined by British Gurkhas and Dutch soldiers.`)).toEqual([
      'DeploymentAnnounced|France|Abidjan|2009-05-03|null',
      'DeploymentAnnounced|Netherlands|Ivory Coast|2009-05-03|null',
      'DeploymentAnnounced|United Kingdom|Ivory Coast|2009-05-03|null',
    ]);
  });

  it('given "a force made up chiefly of A and B contingents", then A and B deployed', () => {
    expect(inText(`${before}The African force was made up chiefly of Gabonese and Chadian contingents.`)).toEqual([
      'DeploymentAnnounced|Chad|Abidjan|2009-05-03|null',
      'DeploymentAnnounced|France|Abidjan|2009-05-03|null',
      'DeploymentAnnounced|Gabon|Abidjan|2009-05-03|null',
    ]);
  });

  it('given "an expedition that included A, B and C forces", then each is deployed', () => {
    expect(inText(`${before}It was an expedition that included Belgian, Greek and Italian forces.`)).toEqual([
      'DeploymentAnnounced|Belgium|Ivory Coast|2009-05-03|null',
      'DeploymentAnnounced|France|Abidjan|2009-05-03|null',
      'DeploymentAnnounced|Greece|Ivory Coast|2009-05-03|null',
      'DeploymentAnnounced|Italy|Ivory Coast|2009-05-03|null',
    ]);
  });

  it('given "the dead included A and B soldiers", then no force includes them', () => {
    expect(inText(`${before}The dead included Belgian and Italian soldiers.`)).toEqual([
      'DeploymentAnnounced|France|Abidjan|2009-05-03|null',
    ]);
  });

  it('given "The force, made up of A and B contingents," after a named force, then only that force acts', () => {
    expect(
      inText(
        'The council debated the future of the U.N. Emergency Force on Tuesday. The force, made up of Fijian and Nepalese contingents, first arrived in Lebanon on March 23, 1978.',
      ),
    ).toEqual(['DeploymentAnnounced|United Nations|Lebanon|1978-03-23|null']);
  });
});

describe('DeploymentAnnounced: contingents a landing carried ("landed …, bringing soldiers from A, B and C")', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given a landing read and ", bringing soldiers from A, B and C into …", then each goes to the landing\'s state', () => {
    expect(
      inText(
        'African Union troops landed in Mogadishu on Monday, bringing soldiers from Kenya, Uganda and Burundi into the Somali capital.',
      ),
    ).toEqual([
      'DeploymentAnnounced|African Union|Mogadishu|2010-05-31|null',
      'DeploymentAnnounced|Burundi|Somalia|2010-05-31|null',
      'DeploymentAnnounced|Kenya|Somalia|2010-05-31|null',
      'DeploymentAnnounced|Uganda|Somalia|2010-05-31|null',
    ]);
  });

  it('given ", carrying soldiers from A and B" after a crash, then no one is deployed', () => {
    expect(inText('A cargo plane crashed near Goma on Monday, carrying soldiers from Kenya and Uganda.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: senders in an absolute phrase (", with A sending 800 soldiers")', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given a deployment read and ", with A sending up to N soldiers", then A goes there with its figure', () => {
    expect(
      inText(
        'The European Union will send 2,000 troops to Chad next month, with Norway sending up to 800 soldiers and Finland doubling its share.',
      ),
    ).toEqual([
      'DeploymentAnnounced|European Union|Chad|2010-06-01|2000',
      'DeploymentAnnounced|Norway|Chad|2010-06-01|800',
    ]);
  });

  it('given the main clause only a possibility, then the phrase sends no one', () => {
    expect(
      inText('The European Union could send 2,000 troops to Chad next month, with Norway sending 800 soldiers.'),
    ).toEqual([]);
  });

  it('given ", with A not sending any soldiers", then A is not deployed', () => {
    expect(
      inText('The European Union sent 2,000 troops to Chad in May, with Norway not sending any soldiers.'),
    ).toEqual(['DeploymentAnnounced|European Union|Chad|2010-05|2000']);
  });
});

describe('DeploymentAnnounced: forces that follow a deployment ("…, followed by an Italian contingent")', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given "A troops landed at X, followed by a B contingent", then B goes to X', () => {
    expect(
      inText('About 500 Spanish troops landed at the port of Durres on 3 May, followed by an Italian contingent.'),
    ).toEqual(['DeploymentAnnounced|Italy|Durres|2010-05-03|null', 'DeploymentAnnounced|Spain|Durres|2010-05-03|500']);
  });

  it('given "A units crossed into X, with B and C troops to follow", then B and C go to X', () => {
    expect(inText('German units crossed into Austria on 3 May, with French and Dutch troops to follow.')).toEqual([
      'DeploymentAnnounced|France|Austria|2010-05-03|null',
      'DeploymentAnnounced|Germany|Austria|2010-05-03|null',
      'DeploymentAnnounced|Netherlands|Austria|2010-05-03|null',
    ]);
  });

  it('given forces that left a place "followed by B forces", then B is not deployed', () => {
    expect(inText('American troops left the base at Manbij on 3 May, followed by Russian forces.')).toEqual([]);
  });
});

describe('DeploymentAnnounced: companions named by a list before ("together with units of the said countries")', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given "the member countries — A, B and C —" and later "A troops, together with units of the other member countries, entered X", then each to X', () => {
    expect(
      inText(
        'The governments of the member countries — Kenya, Uganda, Rwanda and Burundi — agreed on Monday to act. Kenyan troops, together with units of the other member countries, entered Somalia on 3 May.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Burundi|Somalia|2010-05-03|null',
      'DeploymentAnnounced|Kenya|Somalia|2010-05-03|null',
      'DeploymentAnnounced|Rwanda|Somalia|2010-05-03|null',
      'DeploymentAnnounced|Uganda|Somalia|2010-05-03|null',
    ]);
  });

  it('given states named before but not set off after the noun, then only the subject acts', () => {
    expect(
      inText(
        'Kenya, Uganda and Rwanda met on Monday. Kenyan troops, together with units of the other member countries, entered Somalia on 3 May.',
      ),
    ).toEqual(['DeploymentAnnounced|Kenya|Somalia|2010-05-03|null']);
  });
});

describe('DeploymentAnnounced: a force "of A, B and C troops" deployed beside a deployment read', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given "a force of A, B and C troops was deployed …, and A paratroopers landed at X", then each to X', () => {
    expect(
      inText(
        'A multinational force of Belgian, Dutch and Danish troops was deployed to guard the talks, and about 600 Belgian paratroopers landed at Goma airport on 3 May.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Belgium|Goma|2010-05-03|600',
      'DeploymentAnnounced|Denmark|Goma|2010-06-01|null',
      'DeploymentAnnounced|Netherlands|Goma|2010-06-01|null',
    ]);
  });

  it('given "guarded by a force of A and B troops;" before a landing at X, then each to X on the landing\'s date', () => {
    expect(
      inText(
        'The talks opened on 1 May, guarded by a force of Dutch and Danish troops; about 600 Belgian paratroopers landed at Goma airport on 3 May.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Belgium|Goma|2010-05-03|600',
      'DeploymentAnnounced|Denmark|Goma|2010-05-03|null',
      'DeploymentAnnounced|Netherlands|Goma|2010-05-03|null',
    ]);
  });

  it('given "guarded by a force of A and B troops" with no deployment read in the sentence, then no one', () => {
    expect(
      inText('The talks opened on 1 May, guarded by a force of Dutch and Danish troops; it rained all day.'),
    ).toEqual([]);
  });

  it('given "a coalition of A and B forces was formed", then it sends no one', () => {
    expect(
      inText(
        'A coalition of British and French forces was formed on 3 May, and about 600 Belgian paratroopers landed at Goma airport on 3 May.',
      ),
    ).toEqual(['DeploymentAnnounced|Belgium|Goma|2010-05-03|600']);
  });
});

describe('DeploymentAnnounced: a force "drawn from" states, set off by commas, that deploys', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01').sort();
  const before = 'In March 1971 Belize returned to British rule under a truce. ';

  it('given "a force, drawn from A, B and C, deployed" after a state is named, then each goes to that state', () => {
    expect(
      inText(`${before}A Truce Observer Force, drawn from Ghana, Canada and Norway, deployed in April 1971.`),
    ).toEqual([
      'DeploymentAnnounced|Canada|Belize|1971-04|null',
      'DeploymentAnnounced|Ghana|Belize|1971-04|null',
      'DeploymentAnnounced|Norway|Belize|1971-04|null',
    ]);
  });

  it('given "drawn mainly from the British Army with contingents from A and B, was deployed", then all three', () => {
    expect(
      inText(
        `${before}A Truce Observer Force, drawn mainly from the British Army with small contingents from Ghana and Norway, was deployed in April 1971 to watch the truce.`,
      ),
    ).toEqual([
      'DeploymentAnnounced|Ghana|Belize|1971-04|null',
      'DeploymentAnnounced|Norway|Belize|1971-04|null',
      'DeploymentAnnounced|United Kingdom|Belize|1971-04|null',
    ]);
  });

  it('given a force drawn from states that only patrols, then no one deploys', () => {
    expect(
      inText(`${before}The Truce Observer Force, drawn from Ghana, Canada and Norway, patrolled the border.`),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a mission that "brings together" forces from states', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2006-01-01').sort();
  const before = 'On 3 May 2005 Australian troops landed in Dili. ';

  it('given "the mission brings together 1,500 soldiers and police from A and B", then A and B go there', () => {
    expect(
      inText(`${before}The mission brings together about 1,500 soldiers, police and advisers from Samoa and Vanuatu.`),
    ).toEqual([
      'DeploymentAnnounced|Australia|Dili|2005-05-03|null',
      'DeploymentAnnounced|Samoa|Timor-Leste|2005-05-03|null',
      'DeploymentAnnounced|Vanuatu|Timor-Leste|2005-05-03|null',
    ]);
  });

  it('given an exercise that brings together soldiers from A and B, then no one else deploys', () => {
    expect(inText(`${before}The annual exercise brings together about 1,500 soldiers from Samoa and Vanuatu.`)).toEqual(
      ['DeploymentAnnounced|Australia|Dili|2005-05-03|null'],
    );
  });
});

describe('DeploymentAnnounced: forces that join forces already deployed ("would join the Kenyans")', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();
  const before = 'Kenyan troops crossed into Somalia on Monday. ';

  it('given "A said 300 of its soldiers would join the Bs", then A goes where the Bs went', () => {
    expect(inText(`${before}Uganda said about 300 of its soldiers would join the Kenyans later in the week.`)).toEqual([
      'DeploymentAnnounced|Kenya|Somalia|2010-05-31|null',
      'DeploymentAnnounced|Uganda|Somalia|2010-05-31|null',
    ]);
  });

  it('given "soldiers from A were on their way to join them", then A goes there too', () => {
    expect(inText(`${before}About 300 soldiers from Uganda were on their way to join them.`)).toContain(
      'DeploymentAnnounced|Uganda|Somalia|2010-05-31|null',
    );
  });

  it.each([
    ['a possibility', 'Uganda could join them later.'],
    ['membership of a body', 'Uganda joined the African Union in 1963.'],
  ])('given %s, then no one joins the forces', (_what, sentence) => {
    expect(inText(`${before}${sentence}`)).toEqual(['DeploymentAnnounced|Kenya|Somalia|2010-05-31|null']);
  });
});

describe('DeploymentAnnounced: the stay a withdrawal ends', () => {
  const deployments = (text: string) => summaryOf('DeploymentAnnounced', text, '2024-02-26');

  it('given "left X, ending an 18-month mission", then the forces deployed there 18 months before', () => {
    expect(
      deployments('The last Dutch marines left Basra on Monday, ending an 18-month mission in which 20 of them died.'),
    ).toEqual(['DeploymentAnnounced|Netherlands|Basra|2022-08|null']);
  });

  it('given "ending nearly two decades of deployment in the country", then a deployment with no date reckoned', () => {
    expect(
      deployments(
        'The last Norwegian soldiers left Iraq on Monday, ending nearly two decades of deployment in the country.',
      ),
    ).toEqual(['DeploymentAnnounced|Norway|Iraq|null|null']);
  });

  it('given "ending a presence that began when its troops moved in in 1978", then the forces deployed in 1978', () => {
    expect(
      deployments(
        'Israeli soldiers withdrew from southern Lebanon on Monday, ending a military presence that began when Israeli troops first moved into the area in 1978.',
      ),
    ).toEqual(['DeploymentAnnounced|Israel|southern Lebanon|1978|null']);
  });

  it.each([
    ['a mission of no told length', 'The last Dutch soldiers left Iraq on Monday, ending their mission.'],
    [
      'a presence counted in years',
      'The last Dutch soldiers left Iraq on Monday, ending 30 years of military presence.',
    ],
    ['an exact count of years', 'The last Dutch soldiers left Iraq on Monday, ending a nine-year mission.'],
    ["the sentence's own verb ending it", 'The Netherlands formally ended its 18-month mission in Iraq on Monday.'],
  ])('given %s, then no deployment is told', (_what, text) => {
    expect(deployments(text)).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces that came back to a place the text has them deploy to or leave', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1990-01-01');

  it('given forces that left a place, when they "came back to" it on a date, then they deployed there again', () => {
    expect(
      inText(
        'The last Dutch marines left Paramaribo on 3 May 1975. The departure ends two years ashore for the marines, ' +
          'who came back to Paramaribo on 9 June 1973.',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Paramaribo|1973-06-09|null']);
  });

  it('never reads a return to a place the text puts no such forces in, or one not stated as fact', () => {
    expect(inText('In 1973 the Dutch marines returned to Rotterdam after an exercise.')).toEqual([]);
    expect(
      inText('The last Dutch marines left Paramaribo on 3 May 1975. The marines will return to Paramaribo next year.'),
    ).toEqual([]);
    expect(
      inText(
        'The last Dutch marines left Paramaribo on 3 May 1975. The Dutch envoy returned to the talks in Paramaribo.',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces reported by the state or alliance that opens the sentence', () => {
  it.each([
    [
      'a future passive under "said"',
      'Norway said on Friday that about 120 soldiers would be sent to Latvia in the autumn.',
      'DeploymentAnnounced|Norway|Latvia|2023-03-03|120',
    ],
    [
      'a passive order',
      'The Pentagon said on Thursday that 900 more soldiers were ordered to Kuwait.',
      'DeploymentAnnounced|United States|Kuwait|2023-03-02|900',
    ],
    [
      'an arrival of the first units',
      'The CSTO said on Thursday that the first units had reached Bishkek.',
      'DeploymentAnnounced|CSTO|Bishkek|2023-03-02|null',
    ],
  ])('reads %s', (_label, text, want) => {
    expect(summary(extract(dateline(text), '2023-03-03'))).toEqual([want]);
  });

  it.each([
    ['forces sent home', 'Norway said on Friday that 120 soldiers had been sent home from Latvia.'],
    ['a speaker that is a person', 'A diplomat said on Friday that 120 soldiers would be sent to Latvia.'],
    ['forces kept for a drill', 'Norway said on Friday that 120 soldiers would be sent to Latvia for an exercise.'],
    ['a condition', 'Norway said 120 soldiers could be sent to Latvia if asked.'],
  ])('leaves %s without a deployment', (_label, text) => {
    expect(summary(extract(dateline(text), '2023-03-03'))).toEqual([]);
  });
});

describe('DeploymentAnnounced: naval forces sent or an operation launched off a coast', () => {
  it.each([
    [
      'warships sent off a people-named coast',
      'Greece sent two frigates off the Libyan coast on Tuesday.',
      'DeploymentAnnounced|Greece|Libya|2023-02-28|null',
    ],
    [
      'a naval operation launched off a coast',
      'The European Union launched a naval operation off the Somali coast on Monday.',
      'DeploymentAnnounced|European Union|Somalia|2023-02-27|null',
    ],
  ])('reads %s', (_label, text, want) => {
    expect(summary(extract(dateline(text), '2023-03-03'))).toEqual([want]);
  });

  it.each([
    ['an attack beaten off at sea', 'Sailors fought off an attack off the Somali coast on Tuesday.'],
    ['a naval drill off a coast', 'Greece sent two frigates off the Libyan coast on Tuesday for a naval exercise.'],
    ['a plan to send ships', 'Greece is considering sending two frigates off the Libyan coast.'],
  ])('leaves %s without a deployment', (_label, text) => {
    expect(summary(extract(dateline(text), '2023-03-03'))).toEqual([]);
  });
});

describe('DeploymentAnnounced: "It" opening a sentence is the subject of the sentence before', () => {
  it('given "Italy began pulling out its forces … It sent 2,000 troops to X", then Italy, not a state named inside', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Officials said Serbian units remained around the airstrip. Italy began pulling out its own forces in early May and finished the pullout last week. It sent some 2,000 troops to Albania in March last year to halt the advance of Serbian armour.',
        '1998-06-10',
      ),
    ).toEqual(['DeploymentAnnounced|Italy|Albania|1997-03|2000']);
  });

  it('given a sentence before that opens with no named subject, then "It" keeps the forces named before', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Serbian units remained around the airstrip. Officials in Rome began counting the cost last week. It sent some 2,000 troops to Albania in March last year.',
        '1998-06-10',
      ),
    ).toEqual(['DeploymentAnnounced|Yugoslavia|Albania|1997-03|2000']);
  });
});

describe('DeploymentAnnounced: forces that remain deployed add no deployment', () => {
  it('given "units remain deployed in X", then no deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Most Mexican infantry units remain deployed in Belize, officials said on Monday.',
        '1989-01-10',
      ),
    ).toEqual([]);
  });

  it('given "units were deployed in X", then a deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Most Mexican infantry units were deployed in Belize, officials said on Monday.',
        '1989-01-10',
      ),
    ).toEqual(['DeploymentAnnounced|Mexico|Belize|1989-01-09|null']);
  });
});

describe('DeploymentAnnounced: a place fronted before an arrival is where the forces came', () => {
  it('given "In Kinshasa, the troops who landed on Monday …" under another dateline, then Kinshasa\'s state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'BRAZZAVILLE, Congo, March 5 (AP) - French paratroopers began landing at Brazzaville airport today, two days after Belgian troops went ashore in Zaire. In Kinshasa, the Belgian troops who landed on Monday were guarding the river port.',
        '1997-03-05',
      ),
    ).toEqual([
      'DeploymentAnnounced|France|Brazzaville|1997-03-05|null',
      'DeploymentAnnounced|Belgium|Zaire|1997-03-03|null',
    ]);
  });

  it('given "In Brussels, ministers authorised a mission", then Brussels is where it was decided, not a destination', () => {
    const found = summaryOf(
      'DeploymentAnnounced',
      'BRAZZAVILLE, Congo, March 5 (AP) - French paratroopers began landing at Brazzaville airport today. In Brussels, NATO ministers on Monday authorised a new Belgian-led mission of some 600 troops.',
      '1997-03-05',
    );
    expect(found.some((e) => e.includes('Brussels'))).toBe(false);
  });
});

describe('DeploymentAnnounced: forces diverted from a move go no longer where it was bound', () => {
  it('given "a battalion, diverted from a convoy bound for X, began landing at Y", then Y only', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 3 March 1952 a Dutch marine battalion, diverted from a convoy bound for Java, began landing at Sorong.',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Sorong|1952-03-03|null']);
  });

  it('given "a battalion left Rotterdam aboard transports bound for X", then X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 3 March 1952 a Dutch marine battalion left Rotterdam aboard transports bound for Java.',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Java|1952-03-03|null']);
  });
});

describe('DeploymentAnnounced: an arrival told between sentences about an exercise comes for it', () => {
  it('given exercises begun, forces arriving, and "home once the drills are over", then no deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        dateline(
          'Poland and Lithuania began joint military exercises on Monday near the Suwalki gap. Polish tanks and infantry have been arriving in Lithuania by road for two weeks. Officials said all of them would go home once the drills are over.',
        ),
        '2019-06-03',
      ),
    ).toEqual([]);
  });

  it('given exercises begun and forces arriving, with no exercise spoken of after, then a deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        dateline(
          'Poland and Lithuania began joint military exercises on Monday near the Suwalki gap. Polish tanks and infantry have been arriving in Lithuania by road for two weeks.\n\nOfficials said the battalion would guard the border indefinitely.',
        ),
        '2019-06-03',
      ),
    ).toEqual(['DeploymentAnnounced|Poland|Lithuania|2019-03-03|null']);
  });
});

describe('DeploymentAnnounced: a sending caused by events', () => {
  const before = 'Angola became independent in 1975. ';
  it('given "events prompted X to send forces into the country", then X sent them there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${before}Riots in Luanda prompted Portugal to send marines into the country on 4 May 1998.`,
      ),
    ).toEqual(['DeploymentAnnounced|Portugal|Angola|1998-05-04|null']);
  });

  it.each([
    ['urged to send them', 'The governor urged Portugal to send marines into the country on 4 May 1998.'],
    ['calls prompted to send them', 'Riots in Luanda prompted calls to send marines into the country on 4 May 1998.'],
  ])('given %s, then no deployment', (_what, sentence) => {
    expect(summaryOf('DeploymentAnnounced', `${before}${sentence}`)).toEqual([]);
  });
});

describe('DeploymentAnnounced: "The force" after an expedition mounted', () => {
  it('given the sentence before mounted an expedition, then "The force landed at X" is the earlier actor landing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Danes blamed the sultan for the raid. In 1871 the colonial office mounted the Third Punitive Expedition under Colonel Holm. The force landed at Kuala on 2 May 1871.',
      ),
    ).toEqual(['DeploymentAnnounced|Denmark|Kuala|1871-05-02|null']);
  });

  it('given no expedition mounted in the sentence before, then "The force" names no one', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Danes blamed the sultan for the raid. In 1871 the colonial office wrote to the sultan. The force landed at Kuala on 2 May 1871.',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: forces that relieve a siege', () => {
  const siege = 'Rebels laid siege to the foreign consulates in Harar in May 1887. ';
  it('given "relieved the besieged X" after a siege of X in a place, then each listed state is there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${siege}A column of Italian and Portuguese troops relieved the besieged consulates on 2 July 1887.`,
      ),
    ).toEqual([
      'DeploymentAnnounced|Portugal|Harar|1887-07-02|null',
      'DeploymentAnnounced|Italy|Harar|1887-07-02|null',
    ]);
  });

  it.each([
    [
      'no siege told before',
      'A column of Italian and Portuguese troops relieved the besieged consulates on 2 July 1887.',
    ],
    [
      'a relief of command',
      `${siege}Italian and Portuguese troops relieved Colonel Ruffo of his command on 2 July 1887.`,
    ],
    ['other troops relieved', `${siege}Italian and Portuguese troops relieved the marines on 2 July 1887.`],
  ])('given %s, then no deployment', (_what, text) => {
    expect(summaryOf('DeploymentAnnounced', text)).toEqual([]);
  });
});

describe('DeploymentAnnounced: owners listed after "troops from"', () => {
  it('given a second predicate joined by "and" and a list item opening with "the", then every listed state deploys', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In March 1911 soldiers from Chile, the Netherlands, Norway and Peru marched for a week and entered Tangier.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Chile|Tangier|1911-03|null',
      'DeploymentAnnounced|Netherlands|Tangier|1911-03|null',
      'DeploymentAnnounced|Norway|Tangier|1911-03|null',
      'DeploymentAnnounced|Peru|Tangier|1911-03|null',
    ]);
  });

  it('given a siege relieved in a second predicate, then the states listed after "troops from" are at the siege', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Rebels laid siege to the foreign consulates in Harar in May 1887. A column of 900 troops from Italy, Portugal ' +
          'and Spain fought its way from Zeila and relieved the besieged consulates on 2 July 1887.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Italy|Harar|1887-07-02|900',
      'DeploymentAnnounced|Portugal|Harar|1887-07-02|900',
      'DeploymentAnnounced|Spain|Harar|1887-07-02|900',
    ]);
  });

  it.each([
    [
      'towns, not states, after "from"',
      'In March 1911 soldiers from Ceuta, Melilla and Tetuan marched for a week and entered Tangier.',
    ],
    [
      'a joined predicate after a clause of its own',
      'In March 1911 soldiers from Chile, Norway and Peru were in Ceuta when the king marched for a week and entered Tangier.',
    ],
  ])('given %s, then no listed owner deploys', (_what, text) => {
    expect(
      summaryOf('DeploymentAnnounced', text).filter((e) => /Chile|Norway|Peru|Ceuta|Melilla|Tetuan/.test(e)),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a plural place word shared by a list of names', () => {
  it('given "the Gilbert, Ellice and Phoenix Islands", then each island group keeps its plural name', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In June 1943 American marines occupied the Gilbert, Ellice and Phoenix Islands.',
      ),
    ).toEqual([
      'DeploymentAnnounced|United States|Gilbert Islands|1943-06|null',
      'DeploymentAnnounced|United States|Ellice Islands|1943-06|null',
      'DeploymentAnnounced|United States|Phoenix Islands|1943-06|null',
    ]);
  });

  it('given "the Aegean and Black Seas", then the last item is one sea', () => {
    const seas = summaryOf(
      'DeploymentAnnounced',
      'In March 2024 Turkey deployed warships to the Aegean and Black Seas.',
    );
    expect(seas).toContain('DeploymentAnnounced|Turkey|Black Sea|2024-03|null');
    expect(seas.filter((e) => e.includes('Seas'))).toEqual([]);
  });

  it('given "the Kyiv and Sumy Oblasts", then each division still takes the singular', () => {
    expect(
      summaryOf('WithdrawalBegun', 'In April 2022 Russian forces withdrew from the Kyiv and Sumy Oblasts.').map(
        (e) => e.split('|')[2],
      ),
    ).toEqual(['Kyiv Oblast', 'Sumy Oblast']);
  });
});

describe('DeploymentAnnounced: a region describing a state noun names the state named before', () => {
  it('given "into Kuwait … entered the Gulf emirate", then Kuwait, not the Gulf', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Kuwait appealed to its neighbours on 2 May 1991. Egyptian troops entered the Gulf emirate on 4 May 1991.',
      ),
    ).toEqual(['DeploymentAnnounced|Egypt|Kuwait|1991-05-04|null']);
  });

  it('given "the Mediterranean island" after a one-island state, then that state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Malta was tense in 1964. In June 1964 Italian troops flew to the Mediterranean island.',
      ),
    ).toEqual(['DeploymentAnnounced|Italy|Malta|1964-06|null']);
  });

  it('given the region alone ("sent warships to the Gulf"), then the region stays the place', () => {
    expect(summaryOf('DeploymentAnnounced', 'In May 1991 Egypt sent warships to the Gulf.')).toEqual([
      'DeploymentAnnounced|Egypt|Persian Gulf|1991-05|null',
    ]);
  });
});

describe('DeploymentAnnounced: the plural of a people named in two words', () => {
  const lead = 'Sierra Leonean troops crossed into Liberia on 3 May 2021. ';
  it('given "would join the Sierra Leoneans", then the joiners go where those went', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${lead}Officials said 300 Ghanaian soldiers would join the Sierra Leoneans on 5 May 2021.`,
      ),
    ).toContain('DeploymentAnnounced|Ghana|Liberia|2021-05-05|null');
  });

  it('given "had offered to join the Sierra Leoneans", then no joiner deploys', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${lead}Officials said 300 Ghanaian soldiers had offered to join the Sierra Leoneans.`,
      ),
    ).toEqual(['DeploymentAnnounced|Sierra Leone|Liberia|2021-05-03|null']);
  });
});

describe('DeploymentAnnounced: peoples listed by a participial inclusion on the arriving forces', () => {
  const lead = 'Brazilian-led peacekeepers landed in Haiti on 2 June 2004. ';
  it('given "The first soldiers flew in …, among them Chilean marines and Uruguayan infantry", then each people\'s state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${lead}The first soldiers flew in on 2 June 2004, among them Chilean naval infantry and Uruguayan soldiers.`,
      ),
    ).toEqual([
      'DeploymentAnnounced|Brazil|Haiti|2004-06-02|null',
      'DeploymentAnnounced|Chile|Haiti|2004-06-02|null',
      'DeploymentAnnounced|Uruguay|Haiti|2004-06-02|null',
    ]);
  });

  it('given "troops, including A and B soldiers, flew in", then each people\'s state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${lead}About 900 troops, including Chilean marines and Uruguayan soldiers, flew in on 2 June 2004.`,
      ),
    ).toEqual([
      'DeploymentAnnounced|Brazil|Haiti|2004-06-02|null',
      'DeploymentAnnounced|Chile|Haiti|2004-06-02|null',
      'DeploymentAnnounced|Uruguay|Haiti|2004-06-02|null',
    ]);
  });

  it('given the dead "among them" soldiers of two peoples, then no one deploys', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${lead}Gangs killed twelve people on 3 June 2004, among them Chilean and Uruguayan soldiers.`,
      ),
    ).toEqual(['DeploymentAnnounced|Brazil|Haiti|2004-06-02|null']);
  });
});

describe('DeploymentAnnounced: a gerund subject before "can"/"cannot"', () => {
  it.each([
    ['cannot', 'Officials said on 3 May 2021 that sending Italian troops to Lebanon "cannot be excluded".'],
    ["can't", "Officials said on 3 May 2021 that sending Italian troops to Lebanon can't be excluded."],
    ['can', 'Officials said on 3 May 2021 that sending Italian troops to Lebanon can be considered.'],
  ])('given "%s" after the gerund, then no deployment', (_what, text) => {
    expect(summaryOf('DeploymentAnnounced', text)).toEqual([]);
  });

  it('given the gerund as the object of a verb of starting, then a deployment', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Officials said on 3 May 2021 that Italy had begun sending troops to Lebanon.'),
    ).toEqual(['DeploymentAnnounced|Italy|Lebanon|2021-05-03|null']);
  });
});

describe('DeploymentAnnounced: a titled person named before is no place', () => {
  it('given "President Idriss Kabore … the armed forces to Kabore", then no deployment to a person', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        "President Idriss Kabore refused to resign on 2 May 2021. Chad's army chief pledged the loyalty of the armed " +
          'forces to Kabore.',
      ),
    ).toEqual([]);
  });

  it('given an unknown town no title named, then it stays the place', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'President Idriss Kabore refused to resign on 2 May 2021. On 3 May 2021 Ghana sent 300 soldiers to Walewale.',
      ),
    ).toEqual(['DeploymentAnnounced|Ghana|Walewale|2021-05-03|300']);
  });
});

describe('DeploymentAnnounced: a generic subject defined by a restrictive relative', () => {
  it.each([
    [
      'sent',
      'Spain and Italy refused in 1999 to join the mission, and those states that sent troops to Kosovo did so under NATO command.',
    ],
    [
      'had sent',
      'Spain and Italy refused in 1999 to join the mission, and those states that had sent troops to Kosovo did so under NATO command.',
    ],
  ])('given "those states that %s troops", then no state from the clause before deploys', (_what, text) => {
    expect(summaryOf('DeploymentAnnounced', text)).toEqual([]);
  });

  it('given a named subject with a relative ("Italy, which sent troops"), then it deploys', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'In 1999 Italy, which sent troops to Kosovo in June 1999, joined the talks.'),
    ).toEqual(['DeploymentAnnounced|Italy|Kosovo|1999-06|null']);
  });
});

describe('DeploymentAnnounced: forces the text has evacuated set out, they do not deploy', () => {
  const evacuation = 'Envoys agreed on 2 June 1982 to the evacuation of PLO fighters from the harbour.';

  it('given "the evacuation of PLO fighters", then PLO fighters who sailed for Tunisia do not deploy there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${evacuation} A first boatload of PLO fighters sailed for Tunisia on 5 June 1982.`,
        '1982-08-25',
      ),
    ).toEqual([]);
  });

  it('given no evacuation told, then PLO fighters who sailed for Tunisia deploy there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'A first boatload of PLO fighters sailed for Tunisia on 5 June 1982.',
        '1982-08-25',
      ),
    ).toEqual(['DeploymentAnnounced|PLO|Tunisia|1982-06-05|null']);
  });

  it('given another actor evacuated, then Italian marines who sailed for Tunisia still deploy there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        `${evacuation} A first boatload of Italian marines sailed for Tunisia on 5 June 1982.`,
        '1982-08-25',
      ),
    ).toEqual(['DeploymentAnnounced|Italy|Tunisia|1982-06-05|null']);
  });
});

describe('DeploymentAnnounced: a perfect conditional tells what did not happen', () => {
  it.each([
    ['would have let', 'The vote would have let the Greek army send 300 soldiers into Crete on 3 May 2021.'],
    ['could have sent', 'Greece could have sent 300 soldiers to Crete on 3 May 2021.'],
  ])('given "%s", then no deployment', (_what, text) => {
    expect(summaryOf('DeploymentAnnounced', text, '2021-05-05')).toEqual([]);
  });

  it.each([
    ['let', 'The vote let the Greek army send 300 soldiers into Crete on 3 May 2021.'],
    ['would have to send', 'Greece said on 3 May 2021 that it would have to send 300 soldiers to Crete.'],
  ])('given "%s", then the deployment stays', (_what, text) => {
    expect(summaryOf('DeploymentAnnounced', text, '2021-05-05')).toEqual([
      'DeploymentAnnounced|Greece|Crete|2021-05-03|300',
    ]);
  });
});

describe('DeploymentAnnounced: forces crossing a border, after ", with" and near a town', () => {
  it.each([
    [
      'with … crossing the border into',
      'On 4 May 2021 Turkey began its offensive, with Turkish troops crossing the border into Kobani.',
    ],
    [
      'with … crossing the border near',
      'On 4 May 2021 Turkey began its offensive, with Turkish troops crossing the border near Kobani.',
    ],
    ['crossed the border near', 'Turkish troops crossed the border near Kobani on 4 May 2021.'],
  ])('given "%s" a town abroad, then the forces deploy there', (_what, text) => {
    expect(summaryOf('DeploymentAnnounced', text, '2021-05-05')).toEqual([
      'DeploymentAnnounced|Turkey|Kobani|2021-05-04|null',
    ]);
  });

  it('given a main clause with a modal, then the forces after ", with" deploy nowhere', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Turkey will begin its offensive, with Turkish troops crossing the border near Kobani.',
        '2021-05-05',
      ),
    ).toEqual([]);
  });

  it('given a border crossed near a town of their own state, then the forces deploy nowhere', () => {
    expect(
      summaryOf('DeploymentAnnounced', 'Turkish troops crossed the border near Gaziantep on 4 May 2021.', '2021-05-05'),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a bare sending by an actor an earlier sentence sent to a place', () => {
  it('given an earlier sentence that sends the actor to a town, then its later bare sending goes to that town', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In March 1940 the cabinet proposed that Britain and France each send about 5,000 troops to Narvik to seize ' +
          'the port. The British force began landing at Narvik on April 15, 1940. France, which had backed the plan, ' +
          'eventually sent more than 9,000 troops.',
        '2025-01-01',
      ),
    ).toEqual([
      'DeploymentAnnounced|United Kingdom|Narvik|1940-04-15|null',
      'DeploymentAnnounced|France|Narvik|1940-04-15|9000',
    ]);
  });

  it('given the actor named before only as the owner of other forces, then its bare sending goes to the state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The first Polish soldiers of a French brigade landed at Narvik on April 15, 1940. The ships were shelled as ' +
          'they came in. France later sent more than 9,000 troops.',
        '2025-01-01',
      ),
    ).toEqual([
      'DeploymentAnnounced|Poland|Narvik|1940-04-15|null',
      'DeploymentAnnounced|France|Norway|1940-04-15|9000',
    ]);
  });
});

describe("DeploymentAnnounced: a capital that is a person's surname sends no one", () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given "Governor <given name> <capital> sent warships to X", then the capital\'s state is no sender', () => {
    expect(inText('Governor Peter Lima sent three warships to Cockburn Sound in May 2009.')).toEqual([]);
  });

  it('given a capital after a sentence-opening word, then it still names its state as the sender', () => {
    expect(inText('Yesterday Lima sent two warships to Cockburn Sound.')).toEqual([
      'DeploymentAnnounced|Peru|Cockburn Sound|2010-05-31|null',
    ]);
  });
});

describe('DeploymentAnnounced: contributors taking part in a force that has landed', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given a force landed in X, then "troops and police from A and B are taking part in the operation" sends A and B to X', () => {
    expect(
      inText(
        'A Japanese-led force landed in Vanuatu on 3 May 2009. Soldiers and police from Samoa and Tonga are taking part in the operation.',
      ),
    ).toEqual([
      'DeploymentAnnounced|Japan|Vanuatu|2009-05-03|null',
      'DeploymentAnnounced|Samoa|Vanuatu|2009-05-03|null',
      'DeploymentAnnounced|Tonga|Vanuatu|2009-05-03|null',
    ]);
  });

  it.each([
    ['a share in talks', 'Officers from Samoa and Tonga took part in the talks.'],
    ['a share in an exercise', 'Troops from Samoa and Tonga are taking part in the exercise.'],
    ['contingents only expected', 'Contingents from Samoa and Tonga were expected within days.'],
    ['contingents only pledged', 'Samoa and Tonga have pledged contingents to the force.'],
  ])('given a force landed in X, then %s sends no one else', (_what, sentence) => {
    expect(inText(`A Japanese-led force landed in Vanuatu on 3 May 2009. ${sentence}`)).toEqual([
      'DeploymentAnnounced|Japan|Vanuatu|2009-05-03|null',
    ]);
  });
});

describe('DeploymentAnnounced: forces moved as captives', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it.each([
    [
      '"as prisoners of war" after the destination',
      'The Dutch garrison was shipped to Norway as prisoners of war in May 2009.',
    ],
    ['"as captives" before the destination', 'The Dutch garrison was sent as captives to Norway in May 2009.'],
  ])('given %s, then no deployment', (_what, sentence) => {
    expect(inText(sentence)).toEqual([]);
  });

  it('given "as hostages" opening a clause of its own, then the forces still deploy', () => {
    expect(inText('Dutch commandos flew to Entebbe in May 2009 as hostages waited at the airport.')).toEqual([
      'DeploymentAnnounced|Netherlands|Entebbe|2009-05|null',
    ]);
  });
});

describe('DeploymentAnnounced: forces named after "the surrender of" are not those the text goes on to move', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2010-06-01').sort();

  it('given "sent a corps to X to accept the surrender of <state> forces. The 5th Division came ashore at Y", then the sender lands', () => {
    expect(
      inText(
        'At the end of the war, Britain sent an army corps to Java to accept the surrender of Japanese forces. The 5th Division came ashore at Surabaya on 25 October 1945.',
      ),
    ).toEqual([
      'DeploymentAnnounced|United Kingdom|Java|2010-06-01|null',
      'DeploymentAnnounced|United Kingdom|Surabaya|1945-10-25|null',
    ]);
  });

  it('given "... and repatriate <state> soldiers" after the surrender, then the sender still lands', () => {
    expect(
      inText(
        'At the end of the war, Britain sent an army corps to Java to accept the surrender of Japanese forces and repatriate Japanese soldiers. The 5th Division came ashore at Surabaya on 25 October 1945.',
      ),
    ).toEqual([
      'DeploymentAnnounced|United Kingdom|Java|2010-06-01|null',
      'DeploymentAnnounced|United Kingdom|Surabaya|1945-10-25|null',
    ]);
  });

  it('given "the dispatch of <state> troops", then a contingent landing after is still that state\'s', () => {
    expect(
      inText(
        'Paris announced the dispatch of French troops to Chad on 2 May 2009. The first contingent landed at Abeche on 4 May 2009.',
      ),
    ).toEqual(['DeploymentAnnounced|France|Abeche|2009-05-02|null']);
  });
});

describe('DeploymentAnnounced: "arrived there" names the destination, not a place in a clause after it', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '2016-06-01').sort();

  it('given "arrived there to support the campaign in <state>", then the place "there" refers to', () => {
    expect(
      inText(
        'The last French soldiers left Niamey on Friday. French special forces arrived there in October 2013 to support the campaign against militants in neighbouring Mali.',
      ),
    ).toEqual(['DeploymentAnnounced|France|Niamey|2013-10|null']);
  });

  it('given "arrived in <place> to support the campaign in <state>", then the place after "in"', () => {
    expect(
      inText(
        'French special forces arrived in Niamey in October 2013 to support the campaign against militants in neighbouring Mali.',
      ),
    ).toEqual(['DeploymentAnnounced|France|Niamey|2013-10|null']);
  });
});

describe('DeploymentAnnounced: "here" in a dateline that names its state with an article', () => {
  it('given "BANJUL, the Gambia, May 4 — soldiers arrived here", then the dateline city', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'BANJUL, the Gambia, May 4 — The first Senegalese soldiers arrived here on Tuesday.',
        '2017-05-05',
      ),
    ).toEqual(['DeploymentAnnounced|Senegal|Banjul|2017-05-02|null']);
  });
});

describe('DeploymentAnnounced: the deciding organ of a body ("the Council of the X") decides for the body', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1960-01-01').sort();

  it('given "the Council of the League of Nations agreed to send", then the League sends', () => {
    expect(
      inText('The Council of the League of Nations agreed on 3 May 1926 to send a small police force to Memel.'),
    ).toEqual(['DeploymentAnnounced|League of Nations|Memel|1926-05-03|null']);
  });

  it('given a sponsor before "the Assembly of the Arab League decided to send", then the League, not the sponsor', () => {
    expect(
      inText('On Egypt’s proposal, the Assembly of the Arab League decided in March 1955 to send troops to Aden.'),
    ).toEqual(['DeploymentAnnounced|Arab League|Aden|1955-03|null']);
  });

  it('given "a spokesman of the commission of the body said X would send", then X sends', () => {
    expect(
      inText('A spokesman of the commission of the African Union said Kenya would send troops to Juba in April 1958.'),
    ).toEqual(['DeploymentAnnounced|Kenya|Juba|1958-04|null']);
  });

  it('given "the League of Nations sent a force", then the League names a sender', () => {
    expect(inText('The League of Nations sent a small force to Vilnius in November 1920.')).toEqual([
      'DeploymentAnnounced|League of Nations|Vilnius|1920-11|null',
    ]);
  });
});

describe('DeploymentAnnounced: forces that land with no place land where the text has just been', () => {
  const inText = (text: string) => summaryOf('DeploymentAnnounced', text, '1960-01-01').sort();

  it('given "some 330 sailors landed and took control" after a sentence about Haiti, then Haiti', () => {
    expect(
      inText(
        'Unrest spread across Haiti in the spring of 1915. In July 1915 some 330 American sailors landed and took control of the capital.',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Haiti|1915-07|330']);
  });

  it('given "landed to protect", then the place of the sentence before', () => {
    expect(
      inText(
        'Rioting broke out in Honduras in early 1924. In March 1924 American Marines landed to protect the legation.',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Honduras|1924-03|null']);
  });

  it("given the only place before is the forces' own state, then nothing", () => {
    expect(
      inText(
        'The news alarmed officials across the United States in 1915. In July 1915 some 330 American sailors landed and took control of the capital.',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: ships named by their type', () => {
  it('given minesweepers sent to a place, then the sender deployed there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'OSLO, May 4 - The Norwegian government on Thursday ordered the navy to send three minesweepers to the Baltic Sea.',
        '1995-05-04',
      ),
    ).toEqual(['DeploymentAnnounced|Norway|Baltic Sea|1995-05-04|null']);
  });

  it('never reads minesweepers that are only built or offered as a deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'OSLO, May 4 - Norway could send three minesweepers to the Baltic Sea if its allies asked for them.',
        '1995-05-04',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a long object before its destination', () => {
  it('given a named system with its crew of forces before "to X", then the sender deployed to X', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        "BERLIN, June 2 - Germany's defence minister approved the deployment of a Medium Extended Air Defense System (MEADS) " +
          'battery and its accompanying crew of German air force personnel to Lithuania on Monday.',
        '2025-06-02',
      ),
    ).toEqual(['DeploymentAnnounced|Germany|Lithuania|2025-06-02|null']);
  });

  it('never reaches past a comma to a far "to X" that a long object does not end at', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'BERLIN, June 2 - The defence minister approved the deployment of a new air defense battery, which the ' +
          'industry built over five long years of tests and trials, to a depot near Leipzig.',
        '2025-06-02',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: an unknown facility placed by a town', () => {
  it('given forces dropped on an airfield "at" or "west of" a town, then they deployed to the town', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'AARHUS, May 3 - Dutch paratroopers dropped on Karup airfield at Viborg on Monday.',
        '2025-05-03',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Viborg|2025-04-28|null']);
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'AARHUS, May 3 - Dutch paratroopers dropped on Karup airfield west of Viborg on Monday.',
        '2025-05-03',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Viborg|2025-04-28|null']);
  });

  it('never reads a town after a bearing as a deployment where no forces moved there', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'AARHUS, May 3 - Dutch paratroopers held a parade west of Viborg on Monday.',
        '2025-05-03',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: a rotation closing a long verb phrase', () => {
  it('given forces that arrived "... as part of a scheduled rotation" far after the verb, then no deployment', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'VILNIUS, May 3 - Soldiers of the German 12th Panzer Brigade arrived in Lithuania and Latvia during the last few ' +
          'weeks to take over from their 21st Panzer Brigade colleagues as part of a routine rotation.',
        '2025-05-03',
      ),
    ).toEqual([]);
  });

  it('still reads an arrival whose long verb phrase names no rotation', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'VILNIUS, May 3 - Soldiers of the German 12th Panzer Brigade arrived in Lithuania during the last few ' +
          'weeks to take up positions near the border as part of a new NATO plan.',
        '2025-05-03',
      ),
    ).toEqual(['DeploymentAnnounced|Germany|Lithuania|2025-05-03|null']);
  });
});

describe('DeploymentAnnounced: a place inside an adjunct naming an event', () => {
  it('given a landing dated and then "after the <event> at X", then the forces landed in the dateline state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'TRIPOLI, May 3 - Italian marines came ashore in June 2011, after the shelling of civilians at Misrata, as ' +
          'part of an allied force.',
        '2012-05-03',
      ),
    ).toEqual(['DeploymentAnnounced|Italy|Libya|2011-06|null']);
  });

  it('never lands forces where the event happened, nor in their own dateline state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'ROME, May 3 - Italian marines came ashore in June 2011, after the shelling of civilians at Misrata.',
        '2012-05-03',
      ),
    ).toEqual([]);
  });
});

describe('DeploymentAnnounced: ships, strike groups and U.S. command theatres', () => {
  const deployments = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-06-10');

  it('given "The USS X (CVN 70) Carrier Strike Group arrived …", then the group sails for the ship\'s navy', () => {
    expect(
      deployments(
        'The USS Carl Vinson (CVN 70) Carrier Strike Group arrived in the Red Sea on June 8 after a long transit.',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Red Sea|2022-06-08|null']);
  });

  it('given a bracketed designation after a name no mention opens, then the group stays its own actor', () => {
    expect(
      deployments('The Harbour (Unit 4) Amphibious Ready Group arrived in the Red Sea on June 8 after a long transit.'),
    ).not.toContain('DeploymentAnnounced|United States|Red Sea|2022-06-08|null');
  });

  it('given "an Ohio-class submarine arrived in …", then the United States deploys there', () => {
    expect(deployments('On June 8, an Ohio-class submarine arrived in the Red Sea, officials said.')).toEqual([
      'DeploymentAnnounced|United States|Red Sea|2022-06-08|null',
    ]);
  });

  it('given "an Astute-class submarine arrived in …", then the United Kingdom deploys there', () => {
    expect(deployments('On June 8, an Astute-class submarine arrived in the Red Sea, officials said.')).toEqual([
      'DeploymentAnnounced|United Kingdom|Red Sea|2022-06-08|null',
    ]);
  });

  it('given a state named for a ship class with no class after it, then no ship and no deployment', () => {
    expect(deployments('Ohio lawmakers voted on June 8 to fund a museum submarine for the Red Sea exhibit.')).toEqual(
      [],
    );
  });

  it('given forces sent "to the U.S. Central Command area of operations", then that theatre', () => {
    expect(
      deployments(
        'On June 8 the Pentagon ordered 600 U.S. soldiers to deploy to the U.S. Central Command area of operations.',
      ),
    ).toEqual(['DeploymentAnnounced|United States|CENTCOM area of operations|2022-06-08|600']);
  });

  it("given 'the X Force of the 82nd Airborne Division', then the division's state, not the force, deploys", () => {
    expect(
      deployments(
        'On June 8 the minister approved sending a battalion from the Rapid Alert Force of the 82nd Airborne Division to Kuwait.',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Kuwait|2022-06-08|null']);
  });

  it('given "the X Force of the Y Division" with no numbered unit, then the force stays a group of its own', () => {
    expect(
      deployments(
        'On June 8 the minister approved sending a battalion from the Rapid Alert Force of the Airborne Division to Kuwait.',
      ),
    ).not.toContain('DeploymentAnnounced|United States|Kuwait|2022-06-08|null');
  });
});

describe('DeploymentAnnounced: "It …, and its first units landed" are the forces "It" refers to', () => {
  const deployments = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-06-10');
  const before = 'The Baltic Rapid Force was the Polish contingent that served in Latvia from 1994 to 1996.';

  it('given a state inside an accord\'s name between "It" and "its", then the force named before deploys', () => {
    expect(
      deployments(
        `${before} It was set up under the Polish-Latvian Accord, signed on 3 May 1994, and its first units arrived in Riga the next day.`,
      ),
    ).toEqual(['DeploymentAnnounced|Baltic Rapid Force|Riga|1994-05-04|null']);
  });

  it('given a sentence opened by a named state, then "its" units stay that state\'s', () => {
    expect(
      deployments(
        'Lithuania signed the Polish-Latvian Accord on 3 May 1994, and its first units arrived in Riga the next day.',
      ),
    ).toEqual(['DeploymentAnnounced|Lithuania|Riga|1994-05-04|null']);
  });
});

describe('DeploymentAnnounced: a counted apposition between the forces and their destination', () => {
  const deployments = (text: string) => summaryOf('DeploymentAnnounced', text, '2022-06-10');

  it('given "the deployment of a battalion from the X of the 82nd Airborne Division, about 600 soldiers, to Y"', () => {
    expect(
      deployments(
        'On June 8 the minister approved the deployment of a battalion from the Quick Response Force of the 82nd Airborne Division, about 600 soldiers, to Qatar.',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Qatar|2022-06-08|null']);
  });

  it('given an apposition that counts no forces, then the destination stays out of reach', () => {
    expect(
      deployments(
        'On June 8 the minister approved the deployment of a battalion from the Quick Response Force of the 82nd Airborne Division, about 600 miles north, to Qatar.',
      ),
    ).toEqual([]);
  });
});
