import type { GazetteerEntry } from './types.ts';

/**
 * Regions, cities and bases that recur in conflict reporting, with the state they lie in and, where useful,
 * the region that encloses them. Hand-kept: no maintained package lists sub-national conflict places compactly.
 * Format: canonical name, state code, parent (canonical name of the enclosing place or state), aliases.
 */
const PLACES: Array<[string, string, string | null, string[]]> = [
  ['Nagorno-Karabakh', 'AZ', 'Azerbaijan', ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh', 'Artsakh']],
  ['Donbas', 'UA', 'Ukraine', ['Donbas', 'Donbass']],
  ['Crimea', 'UA', 'Ukraine', ['Crimea']],
  ['Kyiv region', 'UA', 'Ukraine', ['Kyiv region', 'Kyiv oblast', 'Kyiv Oblast', 'Kiev region', 'Kyiv area']],
  ['Chernihiv', 'UA', 'Ukraine', ['Chernihiv', 'Chernihiv region', 'Chernihiv Oblast', 'Chernigov']],
  ['Sumy', 'UA', 'Ukraine', ['Sumy', 'Sumy Oblast']],
  ['Kharkiv', 'UA', 'Ukraine', ['Kharkiv', 'Kharkiv Oblast', 'Kharkov']],
  ['Kherson', 'UA', 'Ukraine', ['Kherson', 'Kherson Oblast']],
  ['Zaporizhzhia', 'UA', 'Ukraine', ['Zaporizhzhia', 'Zaporizhzhia Oblast', 'Zaporozhye']],
  ['Donetsk', 'UA', 'Donbas', ['Donetsk', 'Donetsk Oblast']],
  ['Luhansk', 'UA', 'Donbas', ['Luhansk', 'Luhansk Oblast', 'Lugansk']],
  ['Mariupol', 'UA', 'Donetsk', ['Mariupol']],
  ['Bakhmut', 'UA', 'Donetsk', ['Bakhmut', 'Artyomovsk', 'Artemovsk']],
  ['Irpin', 'UA', 'Kyiv region', ['Irpin']],
  ['Bucha', 'UA', 'Kyiv region', ['Bucha']],
  ['Hostomel', 'UA', 'Kyiv region', ['Hostomel']],
  ['Snihurivka', 'UA', 'Ukraine', ['Snihurivka']],
  ['Mykolaiv', 'UA', 'Ukraine', ['Mykolaiv', 'Mykolayiv']],
  ['Cabo Delgado', 'MZ', 'Mozambique', ['Cabo Delgado']],
  ['South Kivu', 'CD', 'Democratic Republic of the Congo', ['South Kivu']],
  ['North Kivu', 'CD', 'Democratic Republic of the Congo', ['North Kivu']],
  ['Ituri', 'CD', 'Democratic Republic of the Congo', ['Ituri']],
  ['Goma', 'CD', 'North Kivu', ['Goma']],
  ['Sake', 'CD', 'North Kivu', ['Sake']],
  ['Kamanyola', 'CD', 'South Kivu', ['Kamanyola']],
  [
    'eastern Congo',
    'CD',
    'Democratic Republic of the Congo',
    [
      'eastern Congo',
      'eastern DRC',
      'eastern DR Congo',
      'eastern Democratic Republic of Congo',
      'eastern Democratic Republic of the Congo',
    ],
  ],
  ['Gaza Strip', 'PS', 'Palestine', ['Gaza Strip', 'Gaza', 'the Strip']],
  ['southern Gaza', 'PS', 'Gaza Strip', ['southern Gaza', 'southern Gaza Strip']],
  ['Khan Younis', 'PS', 'southern Gaza', ['Khan Younis', 'Khan Yunis', 'Khan Yunes']],
  ['Rafah', 'PS', 'southern Gaza', ['Rafah']],
  ['Gaza City', 'PS', 'Gaza Strip', ['Gaza City']],
  ['West Bank', 'PS', 'Palestine', ['West Bank']],
  ['Golan Heights', 'SY', 'Syria', ['Golan Heights', 'Golan']],
  ['Idlib', 'SY', 'Syria', ['Idlib']],
  ['Aleppo', 'SY', 'Syria', ['Aleppo']],
  ['Raqqa', 'SY', 'Syria', ['Raqqa']],
  ['Manbij', 'SY', 'Syria', ['Manbij']],
  ['Kobani', 'SY', 'Syria', ['Kobani', 'Kobane']],
  ['Deir ez-Zor', 'SY', 'Syria', ['Deir ez-Zor', 'Deir ez-Zour']],
  ['Tartus', 'SY', 'Syria', ['Tartus']],
  ['Latakia', 'SY', 'Syria', ['Latakia']],
  ['Mosul', 'IQ', 'Iraq', ['Mosul']],
  ['Kurdistan Region', 'IQ', 'Iraq', ['Iraqi Kurdistan', 'Kurdistan Region']],
  ['Tripoli', 'LY', 'Libya', ['Tripoli']],
  ['Benghazi', 'LY', 'Libya', ['Benghazi']],
  ['Gao', 'ML', 'Mali', ['Gao']],
  ['Menaka', 'ML', 'Mali', ['Menaka', 'Ménaka']],
  ['Gossi', 'ML', 'Mali', ['Gossi']],
  ['Timbuktu', 'ML', 'Mali', ['Timbuktu']],
  ['Kidal', 'ML', 'Mali', ['Kidal']],
  ['Agadez', 'NE', 'Niger', ['Agadez']],
  ['Faya-Largeau', 'TD', 'Chad', ['Faya-Largeau', 'Faya']],
  ['Abeche', 'TD', 'Chad', ['Abeche', 'Abéché']],
  ['Darfur', 'SD', 'Sudan', ['Darfur']],
  ['Port Sudan', 'SD', 'Sudan', ['Port Sudan']],
  ['Tigray', 'ET', 'Ethiopia', ['Tigray']],
  ['Kosovo', 'XK', null, ['Kosovo']],
  ['Transnistria', 'MD', 'Moldova', ['Transnistria']],
  ['Abkhazia', 'GE', 'Georgia', ['Abkhazia']],
  ['South Ossetia', 'GE', 'Georgia', ['South Ossetia']],
  ['Kashmir', 'IN', null, ['Kashmir']],
  ['Kunduz', 'AF', 'Afghanistan', ['Kunduz']],
  ['Helmand', 'AF', 'Afghanistan', ['Helmand']],
  ['Sinai', 'EG', 'Egypt', ['Sinai', 'Sinai Peninsula']],
  ['West Beirut', 'LB', 'Lebanon', ['West Beirut']],
  ['Rzeszow', 'PL', 'Poland', ['Rzeszow', 'Rzeszów']],
  ['Sliac', 'SK', 'Slovakia', ['Sliac', 'Sliač']],
  ['Incirlik', 'TR', 'Turkey', ['Incirlik', 'Incirlik Air Base']],
  ['Fort Bragg', 'US', 'United States', ['Fort Bragg']],
  ['North Carolina', 'US', 'United States', ['North Carolina']],
  ['Bavaria', 'DE', 'Germany', ['Bavaria']],
  ['Vilseck', 'DE', 'Bavaria', ['Vilseck']],
  ['Sahel', '', null, ['Sahel', 'the Sahel']],
  ['Middle East', '', null, ['Middle East']],
  ['Europe', '', null, ['Europe']],
  ['Eastern Europe', '', 'Europe', ['Eastern Europe', 'eastern Europe']],
  ['Baltic states', '', 'Europe', ['Baltic states', 'Baltics']],
  ['Balkans', '', 'Europe', ['Balkans']],
  ['West Africa', '', null, ['West Africa']],
  ['Horn of Africa', '', null, ['Horn of Africa']],
  ['Persian Gulf', '', null, ['Persian Gulf', 'the Gulf']],
  // Seas and gulfs that naval deployments go to.
  ['Gulf of Aden', '', null, ['Gulf of Aden']],
  ['Gulf of Oman', '', null, ['Gulf of Oman']],
  ['Gulf of Guinea', '', null, ['Gulf of Guinea']],
  ['Red Sea', '', null, ['Red Sea']],
  ['Black Sea', '', null, ['Black Sea']],
  ['Baltic Sea', '', null, ['Baltic Sea']],
  ['South China Sea', '', null, ['South China Sea']],
  ['Mediterranean', '', null, ['Mediterranean', 'Mediterranean Sea', 'Eastern Mediterranean', 'eastern Mediterranean']],
];

export function placeEntries(): Array<[string, GazetteerEntry]> {
  const out: Array<[string, GazetteerEntry]> = [];
  for (const [name, code, parent, aliases] of PLACES) {
    for (const a of aliases) {
      const entry: GazetteerEntry = { kind: 'place', name };
      if (code) entry.code = code;
      if (parent) entry.parent = parent;
      out.push([a, entry]);
    }
  }
  return out;
}
