/**
 * The states of today whose land a state that no longer exists held, by the name the gazetteer gives it: a town
 * GeoNames puts in the Czech Republic lay in Czechoslovakia in 1968. Only states whose land today's states divide
 * whole; empires whose borders moved for centuries are left out.
 */
const FORMER_TERRITORIES: Readonly<Record<string, readonly string[]>> = {
  'Soviet Union': ['RU', 'UA', 'BY', 'MD', 'GE', 'AM', 'AZ', 'KZ', 'UZ', 'TM', 'KG', 'TJ', 'EE', 'LV', 'LT'],
  Czechoslovakia: ['CZ', 'SK'],
  Yugoslavia: ['RS', 'HR', 'BA', 'SI', 'MK', 'ME', 'XK'],
  'Kingdom of Yugoslavia': ['RS', 'HR', 'BA', 'SI', 'MK', 'ME', 'XK'],
  'Federal Republic of Yugoslavia': ['RS', 'ME', 'XK'],
  'Serbia and Montenegro': ['RS', 'ME', 'XK'],
  'East Germany': ['DE'],
  'North Vietnam': ['VN'],
  'South Vietnam': ['VN'],
  'South Yemen': ['YE'],
  'North Yemen': ['YE'],
  Zaire: ['CD'],
  'Belgian Congo': ['CD'],
  'State of Katanga': ['CD'],
  Biafra: ['NG'],
  Rhodesia: ['ZW'],
  'Southern Rhodesia': ['ZW'],
  'Northern Rhodesia': ['ZM'],
  'United Arab Republic': ['EG', 'SY'],
  'Mandatory Palestine': ['IL', 'PS'],
  Manchukuo: ['CN'],
};

/** The codes of today's states on a former state's land, or none for any other name. */
export function formerTerritory(stateName: string): readonly string[] {
  return FORMER_TERRITORIES[stateName] ?? [];
}
