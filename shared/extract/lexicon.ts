/** Word lists the rules share. Lower-case token forms as wink-nlp splits them. */
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Head nouns that denote armed forces (or an international mission's soldiers and police units). */
export const FORCE_NOUNS = set(`troops troop soldiers soldier forces force peacekeepers contingent contingents battalion
  battalions battlegroup battlegroups brigade brigades paratroopers marines personnel servicemen units unit military army
  armies mission squadron squadrons detachment detachments division divisions regiment regiments fighters mercenaries
  columns convoy convoys battery batteries jets warships airmen sailors commandos elements reinforcements
  servicemembers legionnaires gendarmes`);

/** Nouns that count people, so a number in front of them is a personnel figure. */
export const PERSON_NOUNS = set(`troops soldiers personnel paratroopers marines peacekeepers servicemen members airmen
  sailors fighters commandos mercenaries servicemembers men women officers gendarmes reservists police policemen`);

export const DEPLOY_VERBS =
  set(`deploy deploys deployed deploying deployment deployments send sends sent sending dispatch
  dispatches dispatched dispatching order orders ordered approve approves approved approving authorise authorises
  authorised authorize authorizes authorized commit commits committed arrive arrives arrived arriving arrival reach
  reaches reached go goes move moves moving contribute contributes contributed contributing provide provides
  land landed landing invaded entered employment redeployed cleared clears rushed rushes rushing airlifted
  station stationing`);

/** Deployment verbs whose place follows "in"/"at" rather than "to" (arrival, presence). */
export const ARRIVAL_VERBS =
  set(`arrive arrives arrived arriving arrival land landed landing deployed deployment employment
  deploy deploying station stationing`);

/** Verbs that take the destination as direct object ("units reach Slovakia", "invaded Czechoslovakia"). */
export const DIRECT_OBJECT_DEPLOY = set(`reach reaches reached invaded entered`);

export const WITHDRAW_VERBS =
  set(`withdraw withdraws withdrew withdrawn withdrawing withdrawal withdrawals pullout pullouts
  pull pulls pulled pulling pullback leave leaves left leaving departure depart departed departing exit exits exited
  retreat retreated retreating retreats drawdown disengagement evacuated abandoned rolled`);

/** Verb forms that report a withdrawal as done, so it has begun. */
export const WITHDRAW_DONE = set(`withdrew pulled left retreated departed evacuated abandoned rolled exited`);

export const BEGIN_CUES =
  set(`begin begins began begun beginning start starts started starting underway complete completed
  completing completion finished`);

export const DISSOLVE_VERBS =
  set(`dissolve dissolves dissolved dissolving dissolution disband disbands disbanded disbanding
  liquidate liquidated liquidating liquidation abolish abolishes abolished abolishing abolition ceased cease ceases wind
  wound winding closure terminated terminating terminates ended ends declared declares`);

/** Modal and speech-act words that make a nearby trigger not (yet) a fact. */
export const BLOCKERS =
  set(`could might should if unless whether plan plans planning proposal proposals propose proposed
  proposes proposing considering consider considers ask asks asked asking request requested requests seek seeks sought
  call calls called urge urges urged demand demanded demands demanding threaten threatened threatens threat refuse
  refused refuses deny denied denies no not never n't without before until ready prepared willing offer offered offers
  hope hoped hopes expected expects possible possibility option options idea draft bill motion power rumours rumors
  whenever once unlikely reportedly considered weigh weighs weighing mulling`);

/** Extra words that keep a withdrawal from counting as begun: decisions and intentions. */
export const WITHDRAW_BLOCKERS =
  set(`will would shall decision decided decide decides agreed agree agrees announce announced
  announces intend intends intended scheduled due going directed ordered ordering order orders wants want planned to
  talks demanding`);

export const REPORTING = set(`said says say told announced stated added confirmed reported according insisted noted`);

/** Words after which a place is a venue, not a destination ("a summit in Brussels"). */
export const VENUE_NOUNS = set(`summit meeting talks conference session visit ceremony press forum headquarters capital
  parliament court airport`);

export const EXERCISE_WORDS = set(`exercise exercises drill drills manoeuvres maneuvers wargames`);

export const NUMBER_WORDS: Record<string, number> = {
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
};
export const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Nouns that turn a preceding "the" into a reference back to a named entity ("dissolve the alliance"). */
export const ENTITY_ANAPHORS =
  set(`alliance organisation organization state republic group party pact bloc union mission
  operation assembly parliament body council federation movement force chamber ministry agency office authority
  coalition legislature`);

/** Generic institutions a dissolution can name without a proper name ("Saied dissolved parliament"). */
export const INSTITUTION_NOUNS = set(`parliament assembly legislature government cabinet army military senate congress
  council chamber knesset duma rada house junta commission`);

/** Bit flags of the word classes the rules look for, so each rule visits only sentences and tokens that matter. */
export const WORD_CLASS = { deploy: 1, withdraw: 2, dissolve: 4, exercise: 8, handover: 16, bound: 32 } as const;

const HANDOVER_WORDS = set('handed hands handing hand gave gives giving give turned turns turning turn');

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
  add(HANDOVER_WORDS, WORD_CLASS.handover);
  add(set('bound'), WORD_CLASS.bound);
  return m;
})();
