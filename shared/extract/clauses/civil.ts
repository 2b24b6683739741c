import type { ArticleContext } from '../context.ts';
import { BASE_NOUNS, CIVIL_NOUNS, FORCE_NOUNS } from '../lexicon.ts';
import { commanderAt, joinedClauseStart, lowerAt, mentionAtToken } from '../slots.ts';
import type { Mention } from '../text/mentions.ts';
import type { Sentence } from '../text/tokens.ts';
import { wordSet as set } from '../word-set.ts';
import { verbGroup } from './verb-group.ts';

// People, aid and things a verb of sending or withdrawing moves that are not forces.

/** How far after the verb its object may reach before "from" ("withdrew all of its remaining staff from"). */
const OBJECT_REACH = 6;
/** Words that end a withdrawn object ("its staff from"). */
const OBJECT_ENDS = set('from out');

/** Whether what the verb withdraws, between it and "from", is people or things other than forces. */
export function civilObject(ctx: ArticleContext, s: Sentence, t: number, ends = OBJECT_ENDS): boolean {
  let civil = false;
  // "pulled out their diplomats": a particle straight after the verb opens the object; "pulled out of" does not.
  const open = lowerAt(ctx, t + 1) === 'out' && lowerAt(ctx, t + 2) !== 'of' ? t + 2 : t + 1;
  for (let j = open; j < s.last && j <= t + OBJECT_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (ends.has(w) || ctx.tokens[j]!.kind === 'punct') break;
    if (FORCE_NOUNS.has(w)) return false;
    if (CIVIL_NOUNS.has(w)) civil = true;
  }
  return civil;
}

/** Whether the subject of the verb at t, before its verb group, is people who are not forces ("U.S. citizens were
 * evacuated"). */
export function civilSubject(ctx: ArticleContext, s: Sentence, t: number): boolean {
  const j = verbGroup(ctx, s, t).first - 1;
  // "Thousands of ethnic Albanians fled": a people named as an ethnic group are civilians, not a state's forces.
  const people = mentionAtToken(ctx, j);
  if (people && people.entry.kind === 'demonym' && ETHNIC_WORDS.has(lowerAt(ctx, people.first - 1))) return true;
  // "the Chinese People's Volunteers left": a word of a name the gazetteer knows is not a civil noun.
  // "the Vietnamese army volunteers", "military advisers": a civil noun that forces modify names forces.
  if (CIVIL_NOUNS.has(lowerAt(ctx, j)) && !mentionAtToken(ctx, j) && !FORCE_NOUNS.has(lowerAt(ctx, j - 1))) return true;
  // "after former President Jean-Bertrand Aristide left Haiti": a person leaving, unless taking forces with him.
  if (titledPersonSubject(ctx, s, t) && !forcesAfter(ctx, s, t)) return true;
  // "The last Portuguese governor, General Vasco Rocha Vieira, left": a civil head or a titled person set off by commas.
  if (lowerAt(ctx, j) === ',') {
    let k = j - 1;
    while (k > s.first && j - k <= APPOSITIVE_TOKENS && lowerAt(ctx, k) !== ',') k--;
    // "the last Soviet soldier, Lieutenant General Viktor Silov, left": a soldier named is still the forces.
    const head = lowerAt(ctx, k - 1);
    const civilHead = CIVIL_NOUNS.has(head) || (PERSON_TITLES.has(lowerAt(ctx, k + 1)) && !FORCE_NOUNS.has(head));
    if (lowerAt(ctx, k) === ',' && civilHead) return !forcesAfter(ctx, s, t);
  }
  // "the staff of the legation in Sofia were withdrawn": the head before the subject's own phrases.
  return civilHeadBefore(ctx, s, j);
}

/** How long a phrase set off by commas after a subject may be ("…, General Vasco Rocha Vieira, …"). */
const APPOSITIVE_TOKENS = 8;

/** How far after a verb the forces it moves may stand ("withdrew his remaining troops"). */
const MOVED_FORCES_REACH = 4;

function forcesAfter(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last && j <= t + MOVED_FORCES_REACH; j++) if (FORCE_NOUNS.has(lowerAt(ctx, j))) return true;
  return false;
}

/** Words of the phrases after a subject's head ("of the legation in Sofia", "of Kyrgyzstan's Batken Region"). */
const SUBJECT_TAIL_WORDS = set("of the in at a an its their 's ’s");
/** How far back from its verb a subject's head may stand behind such phrases. */
const SUBJECT_TAIL_REACH = 8;

/** Whether a civil noun heads the subject ending at j behind "of …"/"in …" phrases, with no force noun in it. */
function civilHeadBefore(ctx: ArticleContext, s: Sentence, j: number): boolean {
  let civil = false;
  for (let k = j; k >= s.first && k > j - SUBJECT_TAIL_REACH; k--) {
    const w = lowerAt(ctx, k);
    if (FORCE_NOUNS.has(w)) return false;
    const m = mentionAtToken(ctx, k);
    if (m) {
      k = m.first;
      continue;
    }
    if (CIVIL_NOUNS.has(w)) civil = true;
    else if (!SUBJECT_TAIL_WORDS.has(w)) break;
  }
  return civil;
}

/** Words before a people's name that make it an ethnic group rather than a state's forces ("ethnic Albanians"). */
const ETHNIC_WORDS = set('ethnic');

/** Titles that make the name after them one person ("General Juan Prim", "President Truman"). */
export const PERSON_TITLES = set(`general admiral colonel commander marshal lieutenant captain major brigadier president
  minister secretary envoy ambassador king queen prince emperor chancellor premier`);
/** How many capitalized words a titled person's name may take. */
const TITLED_NAME_WORDS = 4;

/** Whether the subject right before the verb group of t is a titled person ("General Juan Prim arrived"). */
export function titledPersonSubject(ctx: ArticleContext, s: Sentence, t: number): boolean {
  let j = verbGroup(ctx, s, t).first - 1;
  let words = 0;
  // "a British force under Major-General Poole landed": the commander named in the forces' phrase is no subject.
  if (commanderAt(ctx, s.first, j + 1)) return false;
  while (j > s.first && words < TITLED_NAME_WORDS && ctx.tokens[j]!.cap && ctx.tokens[j]!.kind === 'word') {
    if (PERSON_TITLES.has(lowerAt(ctx, j))) return words > 0;
    if (mentionAtToken(ctx, j)) return false;
    j--;
    words++;
    // "Jean-Bertrand Aristide": a hyphen inside a person's name.
    if (lowerAt(ctx, j) === '-' && ctx.tokens[j - 1]?.cap) j--;
  }
  return words > 0 && PERSON_TITLES.has(lowerAt(ctx, j));
}

/** Heads of people who lead or speak for a body, not its forces ("Khmer Rouge leaders", "Hezbollah officials"). */
const LEADING_PEOPLE = set(`leader leaders ${[...CIVIL_NOUNS].join(' ')}`);

/**
 * "Khmer Rouge leaders Khieu Samphan and Nuon Chea arrived in Phnom Penh", "Hezbollah officials arrived in Damascus":
 * the actor's name heads a noun of its leaders or officials, so people, not forces, are what arrives.
 */
export function leadersNamedBy(ctx: ArticleContext, m: Mention): boolean {
  return LEADING_PEOPLE.has(lowerAt(ctx, m.last)) && !m.possessive;
}

/** Verbs by which a state hands over weapons as well as sending forces ("sent Leopard tanks to Ukraine"). */
const SUPPLY_VERBS = set('sent send sends sending delivered supplied shipped transferred');
/** Weapons and vehicles that a named model makes a delivery of equipment, not of a unit with its crews. */
const EQUIPMENT_NOUNS = set(
  'tanks jets aircraft fighters helicopters missiles howitzers launchers systems vehicles drones',
);
/** Nouns that put people in what is sent ("tanks and their crews", "troops"). */
const CREW_NOUNS = set('crews crew troops soldiers personnel marines servicemen forces airmen sailors pilots');
/** How far after the verb the equipment may stand ("sent 31 M1 Abrams tanks to"). */
const EQUIPMENT_REACH = 6;

/**
 * "Germany sent Leopard tanks to Ukraine", "delivered F-16 jets": weapons of a named model handed over are aid, not a
 * deployment of forces — unless people are sent with them.
 */
export function namedEquipmentSent(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (!SUPPLY_VERBS.has(lowerAt(ctx, t))) return false;
  let equipment = false;
  for (let j = t + 1; j < s.last && j <= t + EQUIPMENT_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (w === 'to' || w === 'into' || ctx.tokens[j]!.kind === 'punct') break;
    if (CREW_NOUNS.has(w)) return false;
    const before = ctx.tokens[j - 1]!;
    if (EQUIPMENT_NOUNS.has(w) && j > t + 1 && (before.cap || /\d/.test(before.text))) equipment = true;
    // "sent two firefighting aircraft", "sent Canadair water bombers": aircraft of a civil task.
    if (CIVIL_CRAFT.has(w) && CIVIL_CRAFT_TASKS.has(before.lower)) equipment = true;
  }
  return equipment;
}

/** Aircraft that a word of a civil task before them makes no forces ("firefighting aircraft", "cargo planes"). */
const CIVIL_CRAFT = set('aircraft planes airplanes bombers helicopters jets');
const CIVIL_CRAFT_TASKS = set('firefighting water cargo passenger civilian commercial chartered charter ambulance');

/** Nouns of a trade in equipment, whose "of" names what is sold, not forces sent ("approved the sale of 40 jets"). */
const TRADE_NOUNS = set('sale sales purchase purchases export exports');
/** How far after the trigger the trade noun may stand ("approved the proposed sale of"). */
const TRADE_REACH = 4;

/** "approved the sale of 40 F-16 fighter jets to Turkey": equipment sold, not forces sent. */
function equipmentTraded(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last && j <= t + TRADE_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (ctx.tokens[j]!.kind === 'punct' || FORCE_NOUNS.has(w)) return false;
    if (TRADE_NOUNS.has(w) && lowerAt(ctx, j + 1) === 'of') return true;
  }
  return false;
}

/** Words that end the object of a verb of sending. */
const SENT_OBJECT_ENDS = set('to into from at in');
/** Verbs of sending that also hand over places. */
const TRANSFER_VERBS = set('transferred transfer transfers transferring');

/** "transferred the airfield in Iraq to Iraqi forces": a base handed over is left, not a deployment of forces. */
export function baseTransferred(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (!TRANSFER_VERBS.has(lowerAt(ctx, t))) return false;
  for (let j = t + 1; j < s.last && j <= t + OBJECT_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (SENT_OBJECT_ENDS.has(w) || (ctx.tokens[j]!.kind === 'punct' && w !== '-')) return false;
    if (CREW_NOUNS.has(w)) return false;
    if (BASE_NOUNS.has(w)) return true;
  }
  return false;
}

/** What a verb of sending moves is not forces: a named model's weapons, or a base handed over. */
export function nonForceSent(ctx: ArticleContext, s: Sentence, t: number): boolean {
  return (
    namedEquipmentSent(ctx, s, t) || baseTransferred(ctx, s, t) || weaponsSent(ctx, s, t) || equipmentTraded(ctx, s, t)
  );
}

/** Weapons, which a deployment may name instead of forces ("the deployment of nuclear weapons"); a singular is a
 * modifier ("a missile defence battery"). */
const WEAPON_NOUNS = set('weapons missiles warheads arms bombs munitions');
/** How many words may stand between a sending word and the weapons it names ("deployed its intermediate-range"). */
const WEAPON_REACH = 5;
/** Prepositions after which the words name where, not what, is sent. */
const WHERE_PREPOSITIONS = set('in to into at on near along');

/**
 * "limiting the deployment of conventional weapons", "sent missiles to": what the word at t sends is weapons, named
 * before any forces.
 */
function weaponsSent(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last && j <= t + WEAPON_REACH; j++) {
    const x = ctx.tokens[j]!;
    if (WEAPON_NOUNS.has(x.lower)) return true;
    if (FORCE_NOUNS.has(x.lower) || (x.kind === 'punct' && x.text !== '-')) return false;
    if (j > t + 1 && WHERE_PREPOSITIONS.has(x.lower)) return false;
  }
  return false;
}

/** Nouns of units taking over from others inside a mission already deployed ("the 11th rotation"). */
const ROTATION_NOUNS = set('rotation rotations relief replacements');
/** Verbs of taking over from a unit already there ("arrived to relieve the 2nd Battalion"); "to replace" may be
 * another state's forces taking over a task, a deployment of its own. */
const RELIEVE_VERBS = set('relieve');
/** How far after the trigger "to relieve" may stand. */
const RELIEVE_REACH = 8;
/** Words before a participle of presence that tell a presence as it stands ("remain deployed", "are still stationed"). */
const STANDING_WORDS = set('remain remains remained remaining stay stays stayed staying still');

/**
 * "most of its units remain deployed in the south", "troops stayed stationed there": forces that stay where they are
 * add no deployment; one adverb may stand between ("remain largely deployed").
 */
export function standingPresence(ctx: ArticleContext, t: number): boolean {
  if (!PRESENCE_PARTICIPLES.has(lowerAt(ctx, t))) return false;
  const before = lowerAt(ctx, t - 1).endsWith('ly') ? t - 2 : t - 1;
  return STANDING_WORDS.has(lowerAt(ctx, before));
}

/** Nouns of a rotation that forces arrive for ("for the eighth rotation of the force"). */
const ROTATION_PURPOSES = set('rotation rotations');
/** How far after the trigger a rotation as its purpose may stand ("… over the past several weeks to replace their
 * counterparts as part of a regularly scheduled rotation"). */
const ROTATION_PURPOSE_REACH = 24;
/** Words that may stand between "for" and a rotation noun ("for the eighth rotation", "for its annual rotation"). */
const ROTATION_PURPOSE_WORDS = 3;

/**
 * "The 11th and final rotation arrived in Juba", "a battalion arrived to relieve the Dutch contingent": a rotation of
 * units inside a mission already deployed, which is no deployment.
 */
export function rotationOfUnits(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = joinedClauseStart(ctx, t, s.first); j < t; j++) if (ROTATION_NOUNS.has(lowerAt(ctx, j))) return true;
  for (let j = t + 1; j < s.last - 1 && j <= t + RELIEVE_REACH; j++)
    if (lowerAt(ctx, j) === 'to' && RELIEVE_VERBS.has(lowerAt(ctx, j + 1))) return true;
  return rotationPurposeAfter(ctx, s, t);
}

/**
 * "began arriving in Darwin for the eighth rotation of the force", "joined the battlegroup as part of the regular
 * rotation": forces arriving for a rotation, as its purpose.
 */
function rotationPurposeAfter(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last - 1 && j <= t + ROTATION_PURPOSE_REACH; j++) {
    // "arrived in Iraq and Kuwait over the past several weeks to replace their counterparts as part of a rotation":
    // the purpose may close a long verb phrase, within its clause.
    if (ctx.tokens[j]!.lower === ';') break;
    // "for the eighth rotation", "as part of the regular rotation".
    if (lowerAt(ctx, j) !== 'for' && !(lowerAt(ctx, j) === 'of' && lowerAt(ctx, j - 1) === 'part')) continue;
    for (let k = j + 1; k < s.last && k <= j + ROTATION_PURPOSE_WORDS + 1; k++) {
      if (ROTATION_PURPOSES.has(lowerAt(ctx, k))) return true;
      if (ctx.tokens[k]!.kind !== 'word' && ctx.tokens[k]!.kind !== 'number') break;
    }
  }
  return false;
}

/** Words that load a vehicle with what it brings ("planes carrying weapons", "a ship laden with aid"). */
const CARRYING_WORDS = set('carrying laden loaded');
/** What a vehicle brings that is not forces. */
const CARGO_NOUNS = set(`weapons arms ammunition munitions aid supplies food fuel equipment medicine medicines cargo
  vaccines relief`);
/** How far after "carrying" its cargo may stand ("carrying tonnes of military equipment"). */
const CARGO_REACH = 5;

/**
 * "Two Egyptian military cargo planes carrying weapons and ammunition landed at Mogadishu": the subject is a vehicle
 * bringing things, not forces arriving.
 */
function cargoArrival(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = joinedClauseStart(ctx, t, s.first); j < t; j++) {
    if (!CARRYING_WORDS.has(lowerAt(ctx, j))) continue;
    for (let k = j + 1; k < t && k <= j + CARGO_REACH; k++) {
      const w = lowerAt(ctx, k);
      if (FORCE_NOUNS.has(w)) break;
      if (CARGO_NOUNS.has(w)) return true;
    }
  }
  return false;
}

/** Weapons that a participle right after them describes ("combat aircraft deployed on the continent"). */
const DEPLOYED_EQUIPMENT = set(`${[...EQUIPMENT_NOUNS].join(' ')} artillery weapons warheads armour armor`);

/** Nouns of people held by an enemy: forces moved in that role are carried off, not deployed. */
const CAPTIVE_NOUNS = set('prisoners captives internees hostages detainees pows');
/** How far after the verb an "as" phrase of captives may stand ("shipped to the Soviet Union as prisoners of war"). */
const CAPTIVE_ROLE_REACH = 12;

/**
 * "The garrison was shipped to the Soviet Union as prisoners of war", "were sent as captives to Siberia": "as" with
 * captives that end their phrase ("of", punctuation, a preposition after) — not "as hostages were freed", a clause.
 */
function movedAsCaptives(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last - 1 && j <= t + CAPTIVE_ROLE_REACH; j++) {
    if (lowerAt(ctx, j) !== 'as' || !CAPTIVE_NOUNS.has(lowerAt(ctx, j + 1))) continue;
    const next = ctx.tokens[j + 2];
    if (!next || next.sentence !== s.index || next.kind === 'punct' || CAPTIVE_PHRASE_LINKS.has(next.lower))
      return true;
  }
  return false;
}
/** Words after the captives that keep "as" a phrase of role ("as prisoners of war", "as captives to Siberia"). */
const CAPTIVE_PHRASE_LINKS = set('of to in into from at');

/**
 * What arrives or is deployed is not forces: cargo ("planes carrying weapons landed at Mogadishu"), weapons a
 * participle describes ("limited the numbers of tanks and combat aircraft deployed on the continent"), or forces
 * moved as captives.
 */
export function movesNoForces(ctx: ArticleContext, s: Sentence, t: number): boolean {
  const described = PRESENCE_PARTICIPLES.has(lowerAt(ctx, t)) && DEPLOYED_EQUIPMENT.has(lowerAt(ctx, t - 1));
  return (
    described ||
    movedAsCaptives(ctx, s, t) ||
    cargoArrival(ctx, s, t) ||
    civilMission(ctx, s, t) ||
    abstractObject(ctx, t) ||
    civilSeatMoved(ctx, s, t)
  );
}

/** Seats of a body's offices ("the party's headquarters", "the alliance's secretariat"). */
const SEAT_NOUNS = set('headquarters seat secretariat');
/** Words that make such a seat a civil one, not a command of forces ("its political headquarters"). */
const CIVIL_SEAT_WORDS = set('political civilian civil diplomatic administrative');

/**
 * "NATO's political headquarters moved from Paris to Brussels": the subject right before the verb group is the seat
 * of a body's civil offices, which moves no forces (a military headquarters moving with its staff stays a reading).
 */
function civilSeatMoved(ctx: ArticleContext, s: Sentence, t: number): boolean {
  const j = verbGroup(ctx, s, t).first - 1;
  return j > s.first && SEAT_NOUNS.has(lowerAt(ctx, j)) && CIVIL_SEAT_WORDS.has(lowerAt(ctx, j - 1));
}

/** What a state hands over that is no forces ("transferred sovereignty to Indonesia", "handed power to"). */
const ABSTRACT_OBJECTS = set(`sovereignty power powers control authority responsibility responsibilities
  jurisdiction ownership administration rule`);
/** Words that may stand between the verb and that object ("transferred full sovereignty", "its authority"). */
const OBJECT_OPENERS = set('the its their full formal all');

/** "transferred sovereignty to Indonesia": the verb's object is a right or a charge, not forces. */
function abstractObject(ctx: ArticleContext, t: number): boolean {
  let k = t + 1;
  while (OBJECT_OPENERS.has(lowerAt(ctx, k)) && k < t + 3) k++;
  return ABSTRACT_OBJECTS.has(lowerAt(ctx, k));
}

/** Words that make a mission diplomatic or civil ("an informal U.S. mission", "a fact-finding mission"). */
const CIVIL_MISSION_WORDS = set(`informal diplomatic fact-finding finding trade economic aid goodwill observer
  monitoring inquiry technical medical humanitarian commercial cultural`);
/** How far before "mission" such a word may stand ("an informal U.S. mission"). */
const CIVIL_MISSION_REACH = 3;

/**
 * "An informal U.S. mission sent to Tirana to study …", "approved the request, and an American Mission for Aid to
 * Greece began its work": a civil mission in the trigger's clause, or the clause joined to it, is not forces.
 */
function civilMission(ctx: ArticleContext, s: Sentence, t: number): boolean {
  // Up to the first forces named after the trigger, which are then what it moves.
  const end = s.last;
  for (let j = joinedClauseStart(ctx, t, s.first); j < end; j++) {
    // "sent 100 soldiers to join the humanitarian mission": forces named after the trigger are what it moves.
    if (j > t && FORCE_NOUNS.has(lowerAt(ctx, j)) && lowerAt(ctx, j) !== 'mission') break;
    if (lowerAt(ctx, j) !== 'mission') continue;
    for (let k = j - 1; k >= s.first && k >= j - CIVIL_MISSION_REACH; k--)
      if (CIVIL_MISSION_WORDS.has(lowerAt(ctx, k))) return true;
    // "a Mission for Aid to Greece": what it is for says it is civil.
    if (lowerAt(ctx, j + 1) === 'for' && CIVIL_MISSION_WORDS.has(lowerAt(ctx, j + 2))) return true;
  }
  return false;
}
/** Participles of presence that describe what stands somewhere ("Soviet tanks rolled into Hungary" is an act). */
const PRESENCE_PARTICIPLES = set('deployed stationed based positioned');
