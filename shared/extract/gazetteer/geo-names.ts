/** Division words that name a first-level division after its name ("Kherson Oblast", "Idlib Governorate"). */
export const DIVISION_WORDS = /\s+(?:oblast|governorate|province|region|raion|district|state|county|prefecture)$/i;

/** How a country names its first-level divisions, where GeoNames gives the bare name ("Donetsk"). */
const DIVISION_NAMES: Record<string, string> = {
  UA: 'Oblast',
  RU: 'Oblast',
  BY: 'Region',
  SY: 'Governorate',
  IQ: 'Governorate',
  EG: 'Governorate',
  YE: 'Governorate',
  JO: 'Governorate',
  LB: 'Governorate',
};

/** The English name of a first-level division: "Donetsk" in Ukraine is "Donetsk Oblast". */
export function divisionName(name: string, country: string): string {
  const word = DIVISION_NAMES[country];
  if (!word || DIVISION_WORDS.test(name) || /\bcity$/i.test(name)) return name;
  return `${name} ${word}`;
}

/** Marks a spelling-tolerant key in the extract, so that an exact lookup never meets one. */
export const LOOSE_MARK = '~';
/** Marks an alternate-name key in the extract ("Geneva" for Genève), looked up apart from the primary names. */
export const ALT_MARK = '=';

/**
 * A spelling-tolerant form of a lookup key, for names that transliterations spell differently ("Avdiivka" and
 * "Avdiyivka", "Izium" and "Izyum", "Wad Madani" and "Wad Medani", "Idlib" and "Idleb"): y read as i, doubled
 * letters once, and every run of vowels after the first letter as one.
 */
export function looseKey(key: string): string {
  const plain = key.replace(/y/g, 'i').replace(/([a-z])\1+/g, '$1');
  return plain.slice(0, 1) + plain.slice(1).replace(/[aeiou]+/g, 'a');
}
