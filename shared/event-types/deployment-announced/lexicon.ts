import { wordSet } from '../../extract/word-set.ts';

export const DEPLOY_VERBS =
  wordSet(`deploy deploys deployed deploying deployment deployments send sends sent sending dispatch
  dispatches dispatched dispatching order orders ordered ordering approve approves approved approving authorise authorises
  authorised authorize authorizes authorized commit commits committed arrive arrives arrived arriving arrival reach
  reaches reached go goes move moves moving contribute contributes contributed contributing provide provides
  land landed landing invaded entered employment redeployed cleared clears rushed rushes rushing airlifted
  station stationing introduction`);

/** Deployment verbs whose place follows "in"/"at" rather than "to" (arrival, presence). */
export const ARRIVAL_VERBS =
  wordSet(`arrive arrives arrived arriving arrival land landed landing deployed deployment employment
  deploy deploying station stationing`);

/** Arrivals that put forces nowhere new when the place is in their own state ("landed at Wunstorf air base"). */
export const HOME_ARRIVALS = wordSet('landed land lands landing arrived arrive arrives arriving disembarked');

/** Verbs of setting out that name a destination after "for" ("left for Mali", "departed for the Gulf", "bound for"). */
export const DEPART_FOR_VERBS = wordSet(
  'bound left departed leave leaves leaving depart departs departing headed heading sail sailed sails sailing',
);

/** Verbs that take the destination as direct object ("units reach Slovakia", "invaded Czechoslovakia"). */
export const DIRECT_OBJECT_DEPLOY = wordSet(`reach reaches reached invaded entered`);

/** Verbs that send forces somewhere ("sent troops into", "deployed a brigade to", "dispatched … to"). */
export const SEND_VERBS =
  wordSet(`deploy deploys deployed deploying redeploy redeployed send sends sent sending dispatch
  dispatches dispatched dispatching airlift airlifted airlifting rush rushed transfer transferred move moved moving
  march marched marching fly flew flown flying ship shipped sail sails sailed sailing poured streamed inserted commit commits
  committed parachuted airdropped contributed contribute contributes contributing surged surge surges driven
  bringing brought pledged pledges pledging inducted introduced posted ferried`);
/**
 * Verbs of an airborne landing, whose place follows "over", "onto", "on" or "into" ("paratroopers were dropped over
 * Dili", "legionnaires jumped onto Kolwezi"); read only with that preposition right after them and with troops, not
 * aircraft, as what moves ("bombers dropped bombs on" drops no forces).
 */
export const DROP_VERBS = wordSet('dropped jumped');
/**
 * Verbs of leading forces somewhere ("led 4,000 troops across the border into Mexico"); read only with forces as their
 * object and "into" after them ("led the advance on", "led his troops home" place none).
 */
export const LEAD_VERBS = wordSet('led leading');
/** Verbs of sending by promise, whose destination may follow "for" ("pledged 500 soldiers for Estonia"). */
export const PLEDGE_VERBS = wordSet('pledged pledges pledging');
/** Verbs that add forces where the actor already has some ("reinforced its garrison in Belize"). */
export const REINFORCE_VERBS = wordSet('reinforced bolstered strengthened');
/** Verbs of arrival or presence, whose place follows "in"/"at"/"to" ("arrived in", "landed at", "stationed in"). */
export const ARRIVE_VERBS = wordSet(`arrive arrives arrived arriving land lands landed landing stationed station based
  positioned garrisoned massed amassed ashore touched disembarked anchored ${[...REINFORCE_VERBS].join(' ')}`);
/** Arrival verbs that need a particle or object after them ("touched down in", "took up positions in"). */
export const PARTICLE_ARRIVALS: ReadonlyMap<string, readonly string[]> = new Map([
  ['touched', ['down']],
  ['took', ['up', 'positions|posts|station']],
  ['taken', ['up', 'positions|posts|station']],
  // "forced their way into Baku": forces entering against resistance.
  ['forced', ['their', 'way']],
]);
/** Verbs that with "ashore" state a landing ("came ashore at", "were put ashore in"). */
export const ASHORE_VERBS = wordSet(
  'came come comes coming went go goes going gone put puts putting sent got waded wade wades wading stepped',
);
/** Verbs of forces operating from a place ("Danish jets operated from Incirlik"). */
export const OPERATE_VERBS = wordSet('operated operate operates operating');
/**
 * Verbs of forces taking a place by force ("seized the island of South Georgia", "captured the port of Derna"); not
 * the base form, which follows an intention or a failure ("failed to encircle or capture Kyiv").
 */
export const CAPTURE_VERBS = wordSet('seized seizes seizing captured captures capturing');
/** Forms of "take" that with "over" state forces taking a place ("took over Pristina airport"); not the base form. */
export const TAKE_OVER_FORMS = wordSet('took taken taking');
/** Verbs whose destination is the direct object ("occupied Cuba", "entered the city", "seized the port"). */
export const OBJECT_VERBS = wordSet(
  `occupied occupy occupies occupying entered enter enters entering invaded invade invades invading re-entered reentered
  re-occupied reoccupied ${[...CAPTURE_VERBS].join(' ')}`,
);
/** Verbs of forces lifting a siege, which puts them where the besieged were ("relieved the besieged legations"). */
export const RELIEF_VERBS = wordSet('relieved');

/** Past verbs of keeping forces somewhere, with the forces as object ("had kept a garrison in Rome since 1849"). */
export const KEEP_VERBS = wordSet('kept maintained retained');

/** "crossed (the border) into X": the crossing puts forces in X. */
export const CROSS_VERBS = wordSet('crossed cross crossing crosses advanced pushed swept drove rolled transited');
/** Of those, verbs of advancing: "swept into Kuwait", "drove into Uganda" put forces in another state; into a town it is fighting. */
export const ADVANCE_VERBS = wordSet('advanced pushed swept drove rolled');
/** Verbal nouns of sending, read through the verb that governs them ("approved the deployment of"). */
export const DEPLOYMENT_NOUNS = wordSet('deployment dispatch deployments');

/** "British and French contingents followed": forces that follow others go where those went. */
export const FOLLOW_VERBS = wordSet('followed follow follows');

/** Every word the clause reader starts from: its verbs of sending, arrival, entry, crossing and operating, and nouns. */
export const PLACEMENT_WORDS = new Set([
  ...SEND_VERBS,
  ...DROP_VERBS,
  ...LEAD_VERBS,
  ...ARRIVE_VERBS,
  ...PARTICLE_ARRIVALS.keys(),
  ...TAKE_OVER_FORMS,
  ...OPERATE_VERBS,
  ...OBJECT_VERBS,
  // "have been in Somalia since 2011".
  'been',
  ...CROSS_VERBS,
  ...DEPLOYMENT_NOUNS,
  ...FOLLOW_VERBS,
  ...KEEP_VERBS,
  ...RELIEF_VERBS,
  // "ordered U.S. air and naval forces to support South Korea": an order that sends forces somewhere.
  'ordered',
]);

/** Words of readiness: forces ordered to prepare or put on alert are not sent yet ("ordered troops to prepare for …"). */
export const READINESS_WORDS = wordSet('prepare prepares preparing alert standby ready readiness');

/** Verbs of ordering, whose forces may be told to leave rather than sent ("ordered the troops in Iraq to come home"). */
export const ORDER_VERBS = wordSet('order orders ordered ordering');
