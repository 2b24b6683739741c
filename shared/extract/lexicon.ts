/** Word lists the rules share. Lower-case token forms as wink-nlp splits them. */
import { DEPART_FOR_VERBS, DEPLOY_VERBS, PLACEMENT_WORDS } from '../event-types/deployment-announced/lexicon.ts';
import { DISSOLVE_VERBS } from '../event-types/entity-dissolved/lexicon.ts';
import { WITHDRAW_VERBS } from '../event-types/withdrawal-begun/lexicon.ts';
import { wordSet as set } from './word-set.ts';
import { lookupTable } from './lookup-table.ts';

/** Head nouns that denote armed forces (or an international mission's soldiers and police units). */
export const FORCE_NOUNS = set(`troops troop soldiers soldier forces force peacekeepers contingent contingents battalion
  battalions battlegroup battlegroups brigade brigades paratroopers marines personnel servicemen units unit military army
  armies mission squadron squadrons detachment detachments division divisions regiment regiments fighters mercenaries
  columns convoy convoys battery batteries jets warships airmen sailors commandos elements reinforcements
  servicemembers legionnaires gendarmes aircraft warplanes bombers helicopters gunships frigates destroyers submarines
  carriers corvettes vessels tanks garrison garrisons infantry cavalry fleet flotilla carrier warship frigate destroyer
  submarine corvette uss usns hms hmas hmcs hmnzs expedition expeditions ifvs apcs police engineers sappers paratroops
  paratrooper infantrymen guardsmen riflemen fusiliers gurkhas troopers minesweepers minesweeper minehunters minehunter
  cruisers cruiser gunboats gunboat`);

/** Words before "to" that make it no destination ("according to", "up to", "in response to Iran's attempts"). */
export const NOT_DESTINATION_BEFORE_TO = set(
  'up according due prior close response addition contrast compared thanks owing',
);

/** Words after "the" that make forces the end of a presence ("the last convoy", "the final troops to leave"). */
export const LAST_FORCE_WORDS = set('last final');

/** Words that make a capitalized phrase a body, agreement, person's title or event rather than a place. */
export const NOT_PLACE_WORDS =
  set(`agreement treaty accord accords deal talks council organization organisation union party
  ministry government parliament assembly court commission committee summit conference agency company corporation
  group front forces army navy command mission operation coalition alliance university institute bank fund program
  programme force brigade division regiment battalion news times post journal radio television tv president minister
  general colonel secretary governor king queen prince mayor commander chief senator ambassador day war wars battle
  offensive campaign revolution crisis conflict uprising invasion doctrine act resolution plan league nations pact
  convention protocol charter bloc community bureau office department directorate secretariat board administration
  i ii iii gen. maj. col. lt. capt. sgt. adm. brig. cmdr. cpl. pvt. gov. sen. pres. mr. mrs. ms. dr. prof.`);

/** "F-16s", "Su-25s", "MiG-29s": the plural of an aircraft's type designator. */
export function isAircraftPlural(tokens: readonly { text: string }[], j: number): boolean {
  const first = tokens[j]?.text.charCodeAt(0) ?? 0;
  return (
    first >= 48 &&
    first <= 57 &&
    /^\d{1,3}[A-Z]?s$/.test(tokens[j]?.text ?? '') &&
    tokens[j - 1]?.text === '-' &&
    /^[A-Z][A-Za-z]{0,2}$/.test(tokens[j - 2]?.text ?? '')
  );
}

/** People, aid and things sent or withdrawn that are not forces ("sent election observers", "withdrew its staff"). */
export const CIVIL_NOUNS = set(`ambassador ambassadors envoy envoys diplomat diplomats delegation delegations minister
  ministers president governor governors viceroy officials staff citizens nationals tourists refugees civilians residents journalists company
  companies firm firms inspectors observers monitors workers volunteers employees support funding aid negotiators
  experts doctors medics letter letters team teams mediators funds money million billion dollars euros supplies
  grain food medicine vaccines hostages captives detainees legation legations embassy embassies consulate`);

/** Nouns that count people, so a number in front of them is a personnel figure. */
export const PERSON_NOUNS = set(`troops soldiers personnel paratroopers marines peacekeepers servicemen members airmen
  sailors fighters commandos mercenaries servicemembers men women officers gendarmes reservists police policemen
  engineers sappers paratroops infantrymen guardsmen riflemen fusiliers gurkhas troopers`);

/** Auxiliaries and modals that open a second predicate after "and" ("… and is considering sending …"). */
export const SECOND_PREDICATE_AUXILIARIES = set(
  'is are was were has have had will would could should may might must shall',
);

/** Modal and speech-act words that make a nearby trigger not (yet) a fact. */
export const BLOCKERS =
  set(`could might should if unless whether plan plans planning proposal proposals propose proposed
  proposes proposing considering consider considers ask asks asked asking request requested requests seek seeks sought
  call calls called calling urge urges urged urging demand demanded demands demanding threaten threatened threatens
  threatening threat refuse
  refused refuses deny denied denies no not never neither nor n't without before until ready prepared prepare prepares preparing alert willing offer offered
  readiness willingness
  offers
  hope hoped hopes expect expected expects predict predicts predicted anticipate anticipates anticipated forecast
  forecasts possible possibility option options idea draft bill motion power rumours rumors
  whenever once unlikely unclear uncertain reportedly considered weigh weighs weighing mulling discuss discussed
  discusses discussing debated debating declined declines refrained refrain
  refrains accused accuses accuse accusing alleged alleges allegedly favoured favored favours favors supposed contemplated
  contemplates contemplating`);

/** Verbs that with "out" refuse what follows ("ruled out sending troops"). */
export const RULE_OUT_VERBS = set('rule rules ruled ruling');

export const REPORTING = set(`said says say told tells announced announces stated states added adds confirmed confirms
  reported reports according insisted insists noted notes`);

/** Nouns of a settlement named after "of" ("the town of Khiam", "the West Bank city of Jenin"). */
export const SETTLEMENT_NOUNS = set('city town village port');

/** Words of talks whose place is a venue, never where forces are ("offered to mediate the dispute at Niagara Falls"). */
export const TALKS_WORDS = set(
  'summit meeting talks conference session forum mediate mediation negotiations negotiated',
);
/** Words after which a place is a venue, not a destination ("a summit in Brussels"). */
export const VENUE_NOUNS = new Set([
  ...TALKS_WORDS,
  ...set(`visit ceremony press headquarters capital parliament court airport signed signing reporters journalists
  briefing newsmen`),
]);

/** Month and weekday names and their abbreviations: never a place ("Novoluhanske" is, though it starts "nov"). */
export const CALENDAR_WORDS = set(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues
  wed thu thur thurs fri sat sun`);

/** Words of an exercise; "games" only as "war games" (see mentionsExercise). */
export const EXERCISE_WORDS = set(`exercise exercises drill drills manoeuvres maneuvers wargames games`);

export const NUMBER_WORDS = lookupTable<number>({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
});
export const SCALE_WORDS = lookupTable<number>({ hundred: 100, thousand: 1000, million: 1_000_000 });

/** Bit flags of the word classes the rules look for, so each rule visits only sentences and tokens that matter. */
export const WORD_CLASS = {
  deploy: 1,
  withdraw: 2,
  dissolve: 4,
  exercise: 8,
  handover: 16,
  bound: 32,
  placement: 64,
  force: 128,
} as const;

/** Verbs that release a base — handed over, given up, closed, vacated — and so leave the place it stands in. */
export const BASE_RELEASE_WORDS = set(
  'handed hands handing hand gave gives giving give turned turns turning turn closed closes closing vacated vacates vacating shut shuts transferred transfers transferring transfer handover relinquished relinquishes relinquishing relinquish ceded cedes ceding cede returned returns returning return',
);
/** Bearings that place something by a place ("the beaches south of Beirut", "west of Port Said"). */
export const BEARINGS = set('north south east west northeast northwest southeast southwest');
/** Heads of a facility's name, and nouns of a facility forces land at ("… International Airport", "Comoro airport"). */
export const FACILITY_HEADS = set('airport airfield airstrip airbase base barracks port');
/** Nouns that head a mission's name or refer to a mission ("Mission in Mali", "the force was disbanded"). */
export const MISSION_NOUNS = set('mission force operation');

/** Installations that can be handed over or closed ("the Al-Asad air base", "its last airfield in Niger"). */
export const BASE_NOUNS = set(
  'base bases airbase airfield airfields compound camp site sites facility facilities installation installations',
);
/** Their base forms, which never state the release as done ("agreed to hand over the base"). */
export const BASE_RELEASE_BASE_FORMS = set('hand give turn close vacate shut transfer handover relinquish cede return');

/** One lookup per token: the OR of the classes its lower-case form belongs to. */
export const WORD_CLASSES: Map<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: Set<string>, flag: number) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | flag);
  };
  add(DEPLOY_VERBS, WORD_CLASS.deploy);
  add(WITHDRAW_VERBS, WORD_CLASS.withdraw);
  add(DISSOLVE_VERBS, WORD_CLASS.dissolve);
  add(EXERCISE_WORDS, WORD_CLASS.exercise);
  add(BASE_RELEASE_WORDS, WORD_CLASS.handover);
  add(DEPART_FOR_VERBS, WORD_CLASS.bound);
  add(PLACEMENT_WORDS, WORD_CLASS.placement);
  add(FORCE_NOUNS, WORD_CLASS.force);
  return m;
})();

/** The flag the next wordClassOf hands out: the fixed classes above take the bits below it. */
let nextWordClass = WORD_CLASS.force * 2;
/** Flags stay below the sign bit of the 32-bit per-token classes. */
const MAX_WORD_CLASS = 2 ** 30;

/**
 * A word class of its own for a rule's word list, called once when the rule's module loads: the per-token class
 * lookup then also answers whether a token, or any token of a sentence, is in the list, so the rule's scans of
 * whole sentences need no lookup of their own.
 */
export function wordClassOf(words: ReadonlySet<string>): number {
  const flag = nextWordClass;
  if (flag > MAX_WORD_CLASS) throw new Error('wordClassOf: no word class flag left');
  nextWordClass *= 2;
  for (const w of words) WORD_CLASSES.set(w, (WORD_CLASSES.get(w) ?? 0) | flag);
  return flag;
}

/** Quotation marks, straight and curly, that open or close a quoted stretch. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘']);

/** Heads of place names that go on after "of" ("Line of Actual Control", "Gulf of Aden", "Isle of Man"). */
export const OF_NAME_HEADS = set('line strait straits gulf bay isle cape sea mouth horn');
