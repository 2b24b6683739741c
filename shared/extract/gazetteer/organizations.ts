import type { GazetteerEntry } from './types.ts';

/** International organizations, alliances, missions and armed groups that send forces or get dissolved. */
const ORGANIZATIONS: Array<[string, string[]]> = [
  [
    'NATO',
    [
      'NATO',
      'North Atlantic Treaty Organization',
      'North Atlantic Treaty Organisation',
      'North Atlantic Alliance',
      'Nato',
    ],
  ],
  ['United Nations', ['United Nations', 'UN', 'U.N.']],
  ['European Union', ['European Union', 'EU', 'E.U.']],
  ['African Union', ['African Union', 'AU']],
  ['CSTO', ['CSTO', 'Collective Security Treaty Organization', 'Collective Security Treaty Organisation']],
  ['SADC', ['SADC', 'Southern African Development Community']],
  ['EAC', ['EAC', 'East African Community']],
  ['ECOWAS', ['ECOWAS', 'Economic Community of West African States']],
  ['OSCE', ['OSCE', 'Organization for Security and Co-operation in Europe']],
  ['Arab League', ['Arab League', 'League of Arab States']],
  ['MINUSMA', ['MINUSMA']],
  ['MONUSCO', ['MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo']],
  ['MINUSCA', ['MINUSCA']],
  ['UNIFIL', ['UNIFIL']],
  ['UNMISS', ['UNMISS']],
  ['UNAMID', ['UNAMID']],
  ['AMISOM', ['AMISOM']],
  ['ATMIS', ['ATMIS']],
  ['KFOR', ['KFOR']],
  ['ISAF', ['ISAF']],
  ['SAMIDRC', ['SAMIDRC', 'SADC Mission in the DRC', 'SADC Mission in the Democratic Republic of Congo']],
  ['SAMIM', ['SAMIM', 'SADC Mission in Mozambique']],
  ['EUFOR', ['EUFOR']],
  ['Wagner Group', ['Wagner', 'Wagner Group', 'PMC Wagner', 'Wagner PMC']],
  ['Hezbollah', ['Hezbollah']],
  ['Hamas', ['Hamas']],
  ['Islamic State', ['Islamic State', 'ISIS', 'ISIL', 'Daesh']],
  ['al-Shabaab', ['al-Shabaab', 'Al-Shabaab', 'al Shabaab']],
  ['M23', ['M23']],
  ['Warsaw Pact', ['Warsaw Pact', 'Warsaw Treaty Organization', 'Warsaw Treaty Organisation']],
  ['Comecon', ['Comecon', 'COMECON', 'Council for Mutual Economic Assistance', 'CMEA']],
  ['Commonwealth of Independent States', ['Commonwealth of Independent States', 'CIS']],
  ['SEATO', ['SEATO', 'Southeast Asia Treaty Organization']],
  ['Coalition Provisional Authority', ['Coalition Provisional Authority', 'CPA']],
  // Armed groups that hold, take and leave ground in reporting on Syria, Iraq, Yemen, Africa and elsewhere.
  ['Syrian Democratic Forces', ['Syrian Democratic Forces', 'SDF']],
  ['YPG', ['YPG', "People's Protection Units", 'People’s Protection Units']],
  ["Kurdistan Workers' Party", ['PKK', "Kurdistan Workers' Party", 'Kurdistan Workers’ Party']],
  ['Peshmerga', ['Peshmerga', 'Kurdish Peshmerga']],
  ['Free Syrian Army', ['Free Syrian Army', 'FSA']],
  ['Syrian National Army', ['Syrian National Army', 'SNA', 'Turkish-backed Syrian National Army']],
  ['Hayat Tahrir al-Sham', ['Hayat Tahrir al-Sham', 'HTS', 'Tahrir al-Sham']],
  ['al-Nusra Front', ['al-Nusra Front', 'Al-Nusra Front', 'Nusra Front', 'Jabhat al-Nusra', 'al-Nusra']],
  ['Jabhat Fateh al-Sham', ['Jabhat Fateh al-Sham', 'JFS', 'Jabhat Fatah al-Sham']],
  ['al-Qaeda', ['al-Qaeda', 'Al-Qaeda', 'al-Qaida', 'Al Qaeda', 'al Qaeda']],
  ['Taliban', ['Taliban']],
  ['Houthis', ['Houthis', 'Houthi', 'Ansar Allah']],
  [
    'Popular Mobilization Forces',
    ['Popular Mobilization Forces', 'PMF', 'Hashd al-Shaabi', 'Popular Mobilisation Forces'],
  ],
  ['Kataib Hezbollah', ['Kataib Hezbollah', "Kata'ib Hezbollah"]],
  ['Boko Haram', ['Boko Haram']],
  ['ISWAP', ['ISWAP', 'Islamic State West Africa Province']],
  ['JNIM', ['JNIM', "Jama'at Nasr al-Islam wal Muslimin"]],
  ['AQIM', ['AQIM', 'al-Qaeda in the Islamic Maghreb']],
  ['Rapid Support Forces', ['Rapid Support Forces', 'RSF']],
  ['Tigray Defense Forces', ['Tigray Defense Forces', 'Tigray Defence Forces', 'TDF', 'TPLF']],
  ['FARC', ['FARC', 'Revolutionary Armed Forces of Colombia']],
  ['Allied Democratic Forces', ['Allied Democratic Forces', 'ADF']],
  ['FDLR', ['FDLR', 'Democratic Forces for the Liberation of Rwanda']],
  ["Lord's Resistance Army", ["Lord's Resistance Army", 'Lord’s Resistance Army', 'LRA']],
  ['Africa Corps', ['Africa Corps']],
  [
    'Multinational Force',
    [
      'Multinational Force',
      'Multinational Force in Lebanon',
      'MNF',
      'Multi-National Force',
      'Multi-National Force – Iraq',
      'MNF-I',
    ],
  ],
  // The multinational coalitions of Iraq and Syria, named by what they are: "coalition forces", "the US-led coalition".
  [
    'coalition',
    [
      'coalition forces',
      'coalition troops',
      'Coalition forces',
      'Coalition troops',
      'US-led coalition',
      'U.S.-led coalition',
    ],
  ],
  // The alliances of the world wars, named as their histories name them.
  ['Allies', ['Allies', 'Allied Powers', 'Allied powers']],
  ['Axis powers', ['Axis powers', 'Axis Powers']],
  ['Central Powers', ['Central Powers']],
  ['UNOSOM', ['UNOSOM', 'UNOSOM II', 'United Nations Operation in Somalia']],
  ['UNPROFOR', ['UNPROFOR', 'United Nations Protection Force']],
  ['IFOR', ['IFOR', 'Implementation Force']],
  ['SFOR', ['SFOR', 'Stabilisation Force', 'Stabilization Force']],
  ['UNEF', ['UNEF', 'United Nations Emergency Force', 'UN Emergency Force', 'U.N. Emergency Force']],
  ['UNAMIR', ['UNAMIR']],
  ['UNDOF', ['UNDOF']],
  ['UNFICYP', ['UNFICYP']],
  ['MINUSTAH', ['MINUSTAH']],
  ['UNMIL', ['UNMIL']],
  ['UNAMSIL', ['UNAMSIL']],
  ['ONUC', ['ONUC']],
  ['CJTF-OIR', ['CJTF-OIR', 'Combined Joint Task Force – Operation Inherent Resolve']],
  // Insurgencies, liberation movements and militias of the wars that reference works narrate.
  ['Khmer Rouge', ['Khmer Rouge']],
  ['Viet Cong', ['Viet Cong', 'Vietcong', 'National Liberation Front']],
  ['Viet Minh', ['Viet Minh', 'Vietminh']],
  ['Pathet Lao', ['Pathet Lao']],
  ['Kuomintang', ['Kuomintang', 'KMT', 'Nationalist Party']],
  ['PLO', ['PLO', 'Palestine Liberation Organization', 'Palestine Liberation Organisation']],
  ['Fatah', ['Fatah']],
  ['UNITA', ['UNITA']],
  ['MPLA', ['MPLA']],
  ['FRELIMO', ['FRELIMO', 'Frelimo']],
  ['RENAMO', ['RENAMO', 'Renamo']],
  ['SWAPO', ['SWAPO']],
  ['Polisario Front', ['Polisario Front', 'Polisario']],
  ['Kosovo Liberation Army', ['Kosovo Liberation Army', 'KLA', 'UÇK']],
  ['LTTE', ['LTTE', 'Liberation Tigers of Tamil Eelam', 'Tamil Tigers']],
  ['Janjaweed', ['Janjaweed']],
  ['Interahamwe', ['Interahamwe']],
  ['Rwandan Patriotic Front', ['Rwandan Patriotic Front', 'RPF']],
  ['Irish Republican Army', ['Irish Republican Army', 'IRA', 'Provisional IRA']],
  ['ETA', ['ETA']],
  ['Contras', ['Contras']],
  ['Sandinistas', ['Sandinistas', 'Sandinista National Liberation Front', 'FSLN']],
  ['FMLN', ['FMLN', 'Farabundo Martí National Liberation Front']],
  ['Mahdi Army', ['Mahdi Army']],
  ['Badr Organization', ['Badr Organization', 'Badr Brigade']],
  ["Asa'ib Ahl al-Haq", ["Asa'ib Ahl al-Haq", 'Asaib Ahl al-Haq']],
  ['Ahrar al-Sham', ['Ahrar al-Sham']],
  ['Jaysh al-Islam', ['Jaysh al-Islam', 'Jaish al-Islam', 'Army of Islam']],
  ['Séléka', ['Séléka', 'Seleka']],
  ['Anti-balaka', ['Anti-balaka', 'anti-balaka']],
  ['Ansar Dine', ['Ansar Dine']],
  ['MNLA', ['MNLA', 'National Movement for the Liberation of Azawad']],
  ['Azov', ['Azov Regiment', 'Azov Battalion', 'Azov Brigade']],
];

/** Named operations and task forces: things that end, not actors. */
const OPERATIONS: Array<[string, string[]]> = [
  ['Operation Barkhane', ['Barkhane', 'Operation Barkhane']],
  ['Operation Serval', ['Serval', 'Operation Serval']],
  ['Task Force Takuba', ['Takuba', 'Task Force Takuba']],
  ['Operation Inherent Resolve', ['Operation Inherent Resolve', 'Inherent Resolve']],
];

/** Adjectives that name an organization's members collectively ("Southern African troops" = SADC's). */
const ORG_ADJECTIVES: Array<[string, string]> = [
  ['Southern African', 'SADC'],
  ['West African', 'ECOWAS'],
  ['East African', 'EAC'],
  // Collective actors with no state of their own, named as the text groups them ("Allied troops", "Kurdish forces").
  ['Allied', 'Allies'],
  ['Axis', 'Axis powers'],
  ['Kurdish', 'Kurdish forces'],
  ['European', 'European forces'],
  // "Coalition Bradley IFVs": the multinational coalition's, as "Coalition forces" are.
  ['Coalition', 'coalition'],
];

/** Where a mission serves: its name or mandate fixes the place. */
const MISSION_AREAS: Record<string, { name: string; code?: string }> = {
  MINUSMA: { name: 'Mali', code: 'ML' },
  MONUSCO: { name: 'Democratic Republic of the Congo', code: 'CD' },
  MINUSCA: { name: 'Central African Republic', code: 'CF' },
  UNIFIL: { name: 'Lebanon', code: 'LB' },
  UNMISS: { name: 'South Sudan', code: 'SS' },
  UNAMID: { name: 'Darfur', code: 'SD' },
  AMISOM: { name: 'Somalia', code: 'SO' },
  ATMIS: { name: 'Somalia', code: 'SO' },
  KFOR: { name: 'Kosovo', code: 'XK' },
  ISAF: { name: 'Afghanistan', code: 'AF' },
  SAMIDRC: { name: 'Democratic Republic of the Congo', code: 'CD' },
  SAMIM: { name: 'Mozambique', code: 'MZ' },
  IFOR: { name: 'Bosnia and Herzegovina', code: 'BA' },
  SFOR: { name: 'Bosnia and Herzegovina', code: 'BA' },
  UNOSOM: { name: 'Somalia', code: 'SO' },
  UNAMIR: { name: 'Rwanda', code: 'RW' },
};

/** Who runs each mission. */
const MISSION_PARENTS: Record<string, string> = {
  MINUSMA: 'United Nations',
  MONUSCO: 'United Nations',
  MINUSCA: 'United Nations',
  UNIFIL: 'United Nations',
  UNMISS: 'United Nations',
  UNAMID: 'United Nations',
  AMISOM: 'African Union',
  ATMIS: 'African Union',
  KFOR: 'NATO',
  ISAF: 'NATO',
  SAMIDRC: 'SADC',
  SAMIM: 'SADC',
  EUFOR: 'European Union',
  IFOR: 'NATO',
  SFOR: 'NATO',
  UNOSOM: 'United Nations',
  UNAMIR: 'United Nations',
  UNPROFOR: 'United Nations',
  UNEF: 'United Nations',
  UNDOF: 'United Nations',
};

export function organizationEntries(): Array<[string, GazetteerEntry]> {
  const out: Array<[string, GazetteerEntry]> = [];
  for (const [name, aliases] of ORGANIZATIONS) {
    const entry: GazetteerEntry = { kind: 'org', name };
    if (MISSION_AREAS[name]) entry.area = MISSION_AREAS[name];
    if (MISSION_PARENTS[name]) entry.parentOrg = MISSION_PARENTS[name];
    for (const a of aliases) out.push([a, entry]);
  }
  for (const [name, aliases] of OPERATIONS) for (const a of aliases) out.push([a, { kind: 'operation', name }]);
  for (const [adj, name] of ORG_ADJECTIVES) out.push([adj, { kind: 'orgAdjective', name }]);
  return out;
}
