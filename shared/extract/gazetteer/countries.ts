// Generated from the world-countries package by scripts/generate-gazetteer-data.ts (npm run gazetteer).
import worldCountries from './countries.data.json' with { type: 'json' };

/** The fields of the world-countries records that the gazetteer reads. */
interface CountryRecord {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  unMember?: boolean;
  latlng?: number[];
}
// UN members first, so that a shared name or demonym ("French", "American") means the state, not a territory.
const countries = (worldCountries as unknown as CountryRecord[])
  .slice()
  .sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember));
import type { GazetteerEntry } from './types.ts';

/** Short English names used in news where the package's common name differs. */
const NAME_OVERRIDES: Record<string, string> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  PS: 'Palestine',
  MM: 'Myanmar',
  CI: 'Ivory Coast',
  KR: 'South Korea',
  KP: 'North Korea',
};

/** Aliases news uses that the package lacks. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
  GB: ['Britain', 'U.K.', 'UK', 'Great Britain', 'United Kingdom'],
  RU: ['Russian Federation'],
  CD: [
    'DRC',
    'DR Congo',
    'D.R. Congo',
    'Democratic Republic of Congo',
    'Democratic Republic of the Congo',
    'Congo-Kinshasa',
    'Congo',
  ],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CZ: ['Czechia', 'Czech Republic'],
  TR: ['Turkiye', 'Türkiye'],
  NL: ['Holland', 'the Netherlands'],
  PS: ['Palestinian territories'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  MK: ['Macedonia'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  SY: ['Syrian Arab Republic'],
  IR: ['Islamic Republic of Iran'],
  SB: ['Solomons'],
};

/** Demonyms the package lacks or spells differently. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  // Ship prefixes name the navy that sails them ("USS Carney", "HMS Diamond").
  // "Union troops": the United States' forces in its civil war.
  US: ['American', 'U.S.', 'US', 'USS', 'USNS', 'Union'],
  GB: ['British', 'UK', 'U.K.', 'Scottish', 'Welsh', 'HMS'],
  AU: ['HMAS'],
  CA: ['HMCS'],
  NZ: ['HMNZS'],
  NP: ['Nepali'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik'],
  UZ: ['Uzbek'],
  KZ: ['Kazakh'],
  AZ: ['Azeri'],
  BA: ['Bosnian'],
  DJ: ['Djiboutian'],
  RS: ['Serb'],
  HR: ['Croat'],
  SI: ['Slovenian'],
  AR: ['Argentinian'],
  SA: ['Saudi'],
  TH: ['Thai'],
  CD: ['Congolese'],
  NL: ['Dutch'],
  CZ: ['Czech'],
  TR: ['Turkish'],
  IL: ['Israeli'],
  PS: ['Palestinian'],
  ZA: ['South African'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  NE: ['Nigerien'],
  SK: ['Slovak'],
  LB: ['Lebanese'],
  PH: ['Philippine'],
  TL: ['Timorese', 'East Timorese'],
  EC: ['Ecuadorian'],
  BW: ['Botswanan'],
  KM: ['Comorian'],
};

/**
 * "the Russians", "the Soviets", "the Greeks": the people's plural names the state's forces in war reporting. Only
 * demonyms whose plural adds an "s" ("French", "Chinese", "Dutch" have none).
 */
function peoplePlural(demonym: string): string | undefined {
  return /[a-z](?:an|i|n|t|k|v|ate)$/.test(demonym) ? `${demonym}s` : undefined;
}

/** Peoples whose plural is not the demonym with an "s". */
const PEOPLE_PLURALS: Record<string, string[]> = {
  TR: ['Turks'],
  PL: ['Poles'],
  CZ: ['Czechs'],
  GB: ['Britons'],
  DK: ['Danes'],
  SE: ['Swedes'],
  FI: ['Finns'],
  ES: ['Spaniards'],
};

/** Ambiguous or common words that are not worth the false matches ("Chad" the name is kept: it is a news country). */
/** Alternative spellings that are ordinary English words or personal names in text ("Snake Island", "Mann"). */
const SKIP_NAMES = new Set(['Georgia US', 'Jersey', 'Guernsey', 'Man', 'Island', 'Mann', 'Mannin', 'Dominique']);

/** States that no longer exist but fill the history sections of articles. Codes are ISO 3166-3 former alpha-2. */
const HISTORICAL: Array<{ code?: string; names: string[]; demonyms: string[] }> = [
  {
    code: 'SU',
    names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'],
    demonyms: ['Soviet'],
  },
  { code: 'CS', names: ['Czechoslovakia'], demonyms: ['Czechoslovak'] },
  { code: 'YU', names: ['Yugoslavia', 'Socialist Federal Republic of Yugoslavia', 'SFRY'], demonyms: ['Yugoslav'] },
  // The 1992–2003 federation of Serbia and Montenegro is a state of its own, not the SFRY.
  { code: 'YU', names: ['Federal Republic of Yugoslavia', 'FRY'], demonyms: [] },
  { code: 'DD', names: ['East Germany', 'German Democratic Republic', 'GDR'], demonyms: ['East German'] },
  { code: 'DE', names: ['West Germany', 'Federal Republic of Germany'], demonyms: ['West German'] },
  // Distinct polities of one code are entries of their own, so that each keeps its name when it is dissolved.
  { code: 'DE', names: ['Nazi Germany', 'Third Reich'], demonyms: [] },
  { code: 'VD', names: ['North Vietnam', 'Democratic Republic of Vietnam'], demonyms: ['North Vietnamese'] },
  { code: 'YD', names: ['South Yemen', "People's Democratic Republic of Yemen"], demonyms: ['South Yemeni'] },
  { code: 'ZR', names: ['Zaire', 'Republic of Zaire'], demonyms: ['Zairian', 'Zairean'] },
  // States with no ISO code of their own, former or current: named, never coded.
  { names: ['South Vietnam', 'Republic of Vietnam'], demonyms: ['South Vietnamese'] },
  { names: ['Austria-Hungary', 'Austro-Hungarian Empire'], demonyms: ['Austro-Hungarian'] },
  { names: ['Ottoman Empire'], demonyms: ['Ottoman'] },
  { names: ['Russian Empire', 'Imperial Russia'], demonyms: [] },
  { names: ['Prussia', 'Kingdom of Prussia'], demonyms: ['Prussian'] },
  { names: ['Rhodesia'], demonyms: ['Rhodesian'] },
  { names: ['Southern Rhodesia'], demonyms: [] },
  { names: ['Northern Rhodesia'], demonyms: [] },
  { names: ['North Yemen', 'Yemen Arab Republic'], demonyms: ['North Yemeni'] },
  // Former names of states that still exist: the state's own code, so that their forces are one actor over time.
  { code: 'JP', names: ['Empire of Japan', 'Imperial Japan'], demonyms: ['Imperial Japanese'] },
  { code: 'FR', names: ['Vichy France'], demonyms: [] },
  { code: 'FR', names: ['Free France'], demonyms: ['Free French'] },
  { code: 'GB', names: ['British Empire'], demonyms: [] },
  { code: 'IT', names: ['Kingdom of Italy', 'Fascist Italy'], demonyms: [] },
  { code: 'IR', names: ['Persia'], demonyms: ['Persian'] },
  { code: 'TH', names: ['Siam'], demonyms: ['Siamese'] },
  { code: 'LK', names: ['Ceylon'], demonyms: ['Ceylonese'] },
  { code: 'ET', names: ['Abyssinia'], demonyms: ['Abyssinian'] },
  { code: 'KH', names: ['Democratic Kampuchea', 'Kampuchea'], demonyms: [] },
  { code: 'KH', names: ["People's Republic of Kampuchea"], demonyms: [] },
  { code: 'KH', names: ['Khmer Republic'], demonyms: [] },
  { code: 'JO', names: ['Transjordan', 'Emirate of Transjordan'], demonyms: [] },
  { code: 'BF', names: ['Upper Volta'], demonyms: [] },
  { code: 'BJ', names: ['Dahomey'], demonyms: [] },
  { code: 'CD', names: ['Belgian Congo'], demonyms: [] },
  { code: 'AT', names: ['Austrian Empire'], demonyms: [] },
  { names: ['Confederate States', 'Confederate States of America', 'Confederacy'], demonyms: ['Confederate'] },
  { names: ['Holy Roman Empire'], demonyms: [] },
  { names: ['Manchukuo'], demonyms: [] },
  { names: ['Biafra', 'Republic of Biafra'], demonyms: ['Biafran'] },
  { names: ['State of Katanga'], demonyms: ['Katangese'] },
  { names: ['Kingdom of Yugoslavia'], demonyms: [] },
  { names: ['Serbia and Montenegro', 'State Union of Serbia and Montenegro'], demonyms: [] },
  { names: ['Republic of Serbian Krajina', 'Serbian Krajina'], demonyms: [] },
  { names: ['Republika Srpska'], demonyms: [] },
  { names: ["Donetsk People's Republic", 'DPR', 'DNR'], demonyms: [] },
  { names: ["Luhansk People's Republic", 'LPR', 'LNR'], demonyms: [] },
  { names: ['United Arab Republic'], demonyms: [] },
  { names: ['Mandatory Palestine', 'British Mandate for Palestine'], demonyms: [] },
];

/** Buildings and institutions that stand for a state in news ("the Pentagon said"). */
const METONYMS: Record<string, string[]> = {
  US: [
    'Pentagon',
    'White House',
    'State Department',
    'U.S. Army',
    'US Army',
    'U.S. military',
    'AFRICOM',
    'CENTCOM',
    'U.S. Africa Command',
    'U.S. Central Command',
    'EUCOM',
    'U.S. European Command',
    'INDOPACOM',
    'U.S. Indo-Pacific Command',
    'SOUTHCOM',
    'U.S. Southern Command',
    // The U.S. department and its secretary, in the American spelling.
    'Department of Defense',
    'Defense Department',
    'Secretary of Defense',
    'Defense Secretary',
    'War Department',
    'Secretary of War',
    // Capitalized service names with no state before them are, in English-language sources, the U.S. services.
    'Marines',
    'Marine Corps',
    'U.S. Marines',
    'US Marines',
    'U.S. Marine Corps',
    'U.S. Navy',
    'US Navy',
    'U.S. Air Force',
    'Navy SEALs',
    'Green Berets',
    // Formations known by a name of their own, with no state before them.
    '82nd Airborne Division',
    '82nd Airborne',
    '101st Airborne Division',
    '101st Airborne',
    '173rd Airborne Brigade',
    '10th Mountain Division',
    '75th Ranger Regiment',
    'Army Rangers',
    'Delta Force',
    'Marine Expeditionary Unit',
    'MEU',
    'Marine Expeditionary Force',
    // The forces of the United States in the Revolutionary and Civil Wars.
    'Continental Army',
    'Continental Navy',
    'Union Army',
    'Army of the Potomac',
  ],
  RU: ['Kremlin', 'VDV', 'Rosgvardia', 'Spetsnaz'],
  FR: [
    'Elysee',
    'Élysée',
    'Elysee Palace',
    'Élysée Palace',
    'Quai d’Orsay',
    'French Foreign Legion',
    'Foreign Legion',
    'Foreign Parachute Regiment',
    'Grande Armée',
    'Armée de Terre',
  ],
  GB: [
    'Downing Street',
    'Whitehall',
    'Royal Marines',
    'Royal Navy',
    'British Army',
    'Royal Air Force',
    'RAF',
    'Special Air Service',
    'SAS',
    'Parachute Regiment',
    'British Expeditionary Force',
    'BEF',
    'Gurkhas',
  ],
  DE: ['Bundeswehr', 'Wehrmacht', 'Luftwaffe', 'Afrika Korps', 'Waffen-SS', 'Reichswehr', 'Kriegsmarine'],
  IN: ['Indian Peace Keeping Force', 'IPKF'],
  VN: ["People's Army of Vietnam", 'PAVN'],
  KP: ["Korean People's Army", 'KPA'],
  KR: ['ROK Army', 'Republic of Korea Army'],
  TW: ['ROC Army'],
  RW: ['Rwanda Defence Force'],
  UG: ["Uganda People's Defence Force", 'UPDF'],
  KE: ['Kenya Defence Forces', 'KDF'],
  ET: ['Ethiopian National Defense Force', 'ENDF'],
  SD: ['Sudanese Armed Forces'],
  LB: ['Lebanese Armed Forces'],
  IQ: ['Iraqi Security Forces'],
  AF: ['Afghan National Army', 'Afghan National Security Forces', 'ANSF'],
  SA: ['Royal Saudi Land Forces'],
  IL: ['IDF', 'Israel Defense Forces', 'Israel Defence Forces'],
  ZA: ['SANDF', 'South African National Defence Force', 'South African National Defense Force'],
  ML: ['FAMa'],
  UA: ['Armed Forces of Ukraine', 'AFU'],
  SY: ['Syrian Arab Army', 'SAA', 'Tiger Forces'],
  SU: ['Red Army', 'Soviet Army'],
  MM: ['Tatmadaw'],
  IR: ['IRGC', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'Quds Force'],
  CN: [
    'PLA',
    "People's Liberation Army",
    "People's Volunteer Army",
    "Chinese People's Volunteer Army",
    "Chinese People's Volunteers",
    "People's Volunteers",
  ],
  JP: [
    'Self-Defense Forces',
    'Japan Self-Defense Forces',
    'JSDF',
    'Ground Self-Defense Force',
    'Maritime Self-Defense Force',
    'Air Self-Defense Force',
    'Imperial Japanese Army',
    'Imperial Japanese Navy',
    'Kwantung Army',
  ],
  TR: ['TSK'],
};

/**
 * Parliaments known by a name of their own: they act for their state when they vote to send or recall forces
 * ("the Bundestag voted to send 650 soldiers") and are bodies that can be dissolved ("the Knesset was dissolved").
 */
const LEGISLATURES: Record<string, string[]> = {
  DE: ['Bundestag'],
  IL: ['Knesset'],
  RU: ['State Duma', 'Duma'],
  UA: ['Verkhovna Rada', 'Rada'],
  PL: ['Sejm'],
  SE: ['Riksdag'],
  NO: ['Storting'],
  DK: ['Folketing'],
  FI: ['Eduskunta'],
  IN: ['Lok Sabha'],
  TR: ['Grand National Assembly'],
  IR: ['Majlis'],
};

/** Capitals as news names them, where the package spells them otherwise or names another seat. */
const CAPITAL_ALIASES: Record<string, Array<[string, string]>> = {
  US: [['Washington', 'Washington']],
  UA: [
    ['Kyiv', 'Kyiv'],
    ['Kiev', 'Kyiv'],
  ],
  CD: [['Kinshasa', 'Kinshasa']],
  TD: [
    ["N'Djamena", "N'Djamena"],
    ['N’Djamena', "N'Djamena"],
    ['Ndjamena', "N'Djamena"],
  ],
  IL: [['Jerusalem', 'Jerusalem']],
  IN: [['Delhi', 'Delhi']],
  CN: [['Peking', 'Peking']],
  DE: [['Bonn', 'Bonn']],
  NL: [['The Hague', 'The Hague']],
  MM: [
    ['Yangon', 'Yangon'],
    ['Rangoon', 'Rangoon'],
  ],
};

/**
 * Demonyms two states share, and the state news means by them: "Dominican" is the Dominican Republic's far more often
 * than Dominica's ("the Dominican politician", "Dominican military authorities"), "Congolese" the DR Congo's.
 */
const SHARED_DEMONYM_OWNERS: Record<string, string> = { Dominican: 'DO', Congolese: 'CD' };

/**
 * Classes of warship that only one navy sails: "an Ohio-class submarine arrived" is that navy's boat as "USS Georgia"
 * is. Classes sold or built abroad ("Kilo", "Type 209") are left out.
 */
const SHIP_CLASSES: Record<string, string[]> = {
  US: [
    'Ohio-class',
    'Virginia-class',
    'Los Angeles-class',
    'Seawolf-class',
    'Nimitz-class',
    'Ford-class',
    'Arleigh Burke-class',
    'Ticonderoga-class',
    'Wasp-class',
    'San Antonio-class',
  ],
  GB: ['Astute-class', 'Vanguard-class', 'Queen Elizabeth-class'],
};

export function countryEntries(): Array<[string, GazetteerEntry]> {
  const out: Array<[string, GazetteerEntry]> = [];
  for (const c of countries) {
    const code = c.cca2;
    const name = NAME_OVERRIDES[code] ?? c.name.common;
    const names = new Set<string>([name, c.name.common, c.name.official, ...(EXTRA_NAMES[code] ?? [])]);
    for (const alt of c.altSpellings) if (alt.length > 3 && !alt.includes(',')) names.add(alt);
    for (const n of names) if (!SKIP_NAMES.has(n)) out.push([n, { kind: 'state', name, code }]);
    const demonyms = new Set<string>([...(EXTRA_DEMONYMS[code] ?? [])]);
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d && !d.includes(',')) demonyms.add(d);
    for (const d of demonyms) {
      if ((SHARED_DEMONYM_OWNERS[d] ?? code) !== code) continue;
      out.push([d, { kind: 'demonym', name, code }]);
      const plural = peoplePlural(d);
      if (plural) out.push([plural, { kind: 'demonym', name, code }]);
    }
    for (const p of PEOPLE_PLURALS[code] ?? []) out.push([p, { kind: 'demonym', name, code }]);
    for (const k of SHIP_CLASSES[code] ?? []) out.push([k, { kind: 'demonym', name, code }]);
    for (const capital of c.capital ?? []) {
      if (capital && !names.has(capital)) out.push([capital, { kind: 'capital', name: capital, code, parent: name }]);
    }
    for (const m of METONYMS[code] ?? []) out.push([m, { kind: 'metonym', name, code }]);
    for (const l of LEGISLATURES[code] ?? []) out.push([l, { kind: 'legislature', name, code }]);
    for (const [alias, capital] of CAPITAL_ALIASES[code] ?? [])
      out.push([alias, { kind: 'capital', name: capital, code, parent: name }]);
  }
  for (const h of HISTORICAL) {
    const name = h.names[0]!;
    for (const n of h.names) out.push([n, { kind: 'state', name, code: h.code }]);
    for (const d of h.demonyms) {
      out.push([d, { kind: 'demonym', name, code: h.code }]);
      const plural = peoplePlural(d);
      if (plural) out.push([plural, { kind: 'demonym', name, code: h.code }]);
    }
    for (const m of (h.code && METONYMS[h.code]) || []) out.push([m, { kind: 'metonym', name, code: h.code }]);
  }
  return out;
}

/** A state's centroid as world-countries gives it, by ISO code. */
/** The codes of UN member states: sovereign states, never a province or territory of another. */
const UN_MEMBERS = new Set(countries.filter((c) => c.unMember).map((c) => c.cca2));

export function isUnMember(code: string): boolean {
  return UN_MEMBERS.has(code);
}

export function countryCentroid(code: string): { lat: number; lon: number } | undefined {
  const c = countryByCode().get(code);
  return c?.latlng?.length === 2 ? { lat: c.latlng[0]!, lon: c.latlng[1]! } : undefined;
}

let byCode: Map<string, CountryRecord> | undefined;
/** The first record of each ISO code (as a search of the list finds it), built once. */
function countryByCode(): Map<string, CountryRecord> {
  if (!byCode) {
    byCode = new Map();
    for (const c of countries) if (!byCode.has(c.cca2)) byCode.set(c.cca2, c);
  }
  return byCode;
}
