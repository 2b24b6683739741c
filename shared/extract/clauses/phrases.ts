import type { ArticleContext } from '../context.ts';
import {
  BEARINGS,
  CALENDAR_WORDS,
  FACILITY_HEADS,
  FORCE_NOUNS,
  MISSION_NOUNS,
  NOT_DESTINATION_BEFORE_TO,
  NOT_PLACE_WORDS,
  OF_NAME_HEADS,
} from '../lexicon.ts';
import {
  isNameNumber,
  lowerAt,
  mentionAtToken,
  opensSecondPredicate,
  withoutNextSubject,
  originPhraseEnd,
  placeOf,
  actorOf,
  type NamedRef,
  describesSettlement,
  describedStateNoun,
} from '../slots.ts';
import type { Mention } from '../text/mentions.ts';
import type { Sentence } from '../text/tokens.ts';
import { referredPlace, stateOf } from './discourse.ts';
import { PERSON_TITLES } from './civil.ts';
import { geoKnowsName, resolvePlace } from '../gazetteer/geo.ts';
import { gazetteer, lookupKey } from '../gazetteer/index.ts';
import { wordSet as set } from '../word-set.ts';
import { posOf } from '../text/pos.ts';
import { lookupTable } from '../lookup-table.ts';
import { encloses, placedIn } from '../gazetteer/locate.ts';

/** Words between a preposition and the place it governs ("to the northern town of X"). */
const PLACE_FILLERS =
  set(`the a an its their his her this that of last remaining final city town towns village villages region regions
  province provinces oblast area areas port capital base bases enclave territory territories country state border
  colony colonies peninsula
  frontier coastal restive breakaway rebel disputed occupied divided former besieged strategic key embattled island
  islands nation kingdom republic settlement settlements district districts governorate suburb outskirts vicinity
  neighbouring neighboring nearby small large major central eastern western northern southern north south east west
  northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western
  ukrainian syrian iraqi russian lebanese afghan israeli palestinian libyan malian somali sudanese frontline
  front-line strategically important rebel-held government-held entire whole much most parts part rest remainder
  remnant outpost outposts
  garrison positions camp camps airbase valley strip deep cities beach beaches coast coasts coastline shore shores
  mainland interior heartland`);
/** Heads of the names of waters, which may be named after a state ("Taiwan Strait"). */
const WATER_SUFFIXES = set('strait straits sea gulf bay channel');
/** Compass words and their adjectives ("north", "northern", "north-eastern", "central"). */
const COMPASS = /^(?:north|south|east|west|central)/;
/** Nouns whose own location follows a preposition ("their base at Tabqa", "its positions near Kupiansk"). */
const LOCATED_NOUNS = set(`base bases outpost outposts garrison positions camp camps airbase area areas village villages
  town towns cities settlements beach beaches`);
const LOCATIVES = set('at in near outside around inside');

/** Capitalized words after a name that belong to it ("Kherson Oblast", "Tabqa Dam", "Shuf Mountains"). */
const PLACE_SUFFIXES = set(`oblast oblasts governorate governorates province provinces region regions district
  districts raion county valley mountains mountain hills heights island islands peninsula river dam airport airfield
  base station plant strait gulf bay coast desert plain plains basin pass canal lake sea seas corridor crossing bridge
  city`);
/** Words that qualify a trailing "base" of a name ("air base", "naval base"). */
const BASE_QUALIFIERS = set('air naval military army');
/**
 * A shared plural place word after a list, with the word each item takes: a division's singular ("Kyiv and Sumy
 * Oblasts" → "Kyiv Oblast"), while island groups keep the plural, their names being plural ("the Marshall and Caroline
 * Islands" → "Marshall Islands").
 */
const PLURAL_SUFFIX = lookupTable<string>({
  oblasts: 'Oblast',
  governorates: 'Governorate',
  provinces: 'Province',
  regions: 'region',
  districts: 'District',
  islands: 'Islands',
  seas: 'Sea',
});

const NAME_PARTICLES = set('al el ad ar as ash az ez an ibn bin bint abu de del der di la le van von');
/** Persian linking vowels inside hyphenated names ("Qala-i-Naw", "Mazar-e-Sharif"). */
const LINKING_VOWELS = set('i e');
const ACRONYM = /^[A-Z]{2,6}$/;
const COORDINATORS = set(', and or');

/** A place named in a slot, with the tokens it covers. */
export interface PlaceSlot {
  place: NamedRef;
  first: number;
  last: number;
  /** Found through a reference ("the city") rather than by name: the reference noun. */
  referred?: string;
}

/** How many tokens a slot's fillers, a name and a list may span. */
const MAX_FILLERS = 5;
const MAX_NAME_TOKENS = 7;
const MAX_LIST_ITEMS = 8;

/**
 * The run of tokens [first, last) of a proper name starting at `i`: capitalized words, joined by hyphens and name
 * particles ("Deir ez-Zor", "al-Rai", "Ras al-Ayn"), with a trailing place word ("Kherson Oblast").
 */
/** Particles written lower-case inside Romance and Swahili place names, between capitalized words. */
const LOWER_NAME_PARTICLES = new Set(['es', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'la', 'du', 'des']);

export function properNameAt(
  ctx: ArticleContext,
  i: number,
  limit: number,
): { first: number; last: number } | undefined {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  let k = i;
  const startsWithParticle = NAME_PARTICLES.has(t.lower) && lowerAt(ctx, i + 1) === '-' && ctx.tokens[i + 2]?.cap;
  if (!t.cap && !startsWithParticle) return undefined;
  if (startsWithParticle) k = i + 2;
  while (k < limit && k < i + MAX_NAME_TOKENS) {
    const tk = ctx.tokens[k]!;
    if (
      tk.kind === 'word' &&
      (tk.cap ||
        (k > i && (NAME_PARTICLES.has(tk.lower) || LINKING_VOWELS.has(tk.lower)) && lowerAt(ctx, k + 1) === '-'))
    ) {
      k++;
      continue;
    }
    // "Dar es Salaam", "Mar del Plata": a lower-case particle inside a name GeoNames knows whole.
    if (
      k > i &&
      tk.kind === 'word' &&
      LOWER_NAME_PARTICLES.has(tk.lower) &&
      ctx.tokens[k + 1]?.cap &&
      geoKnowsName(ctx.text.slice(t.start, ctx.tokens[k + 1]!.end))
    ) {
      k += 2;
      continue;
    }
    // Hyphen or apostrophe inside a name: "Al-Thawrah", "Ra's", "Kobanî".
    if (
      (tk.text === '-' || tk.text === "'" || tk.text === '’') &&
      k > i &&
      adjacent(ctx, k) &&
      ctx.tokens[k + 1]?.kind === 'word'
    ) {
      k++;
      continue;
    }
    if (tk.kind === 'word' && !tk.cap && k > i && PLACE_SUFFIXES.has(tk.lower) && adjacentWord(ctx, k)) {
      k++;
      break;
    }
    // "Ain al-Asad air base", "Tartus naval base": a base word with its qualifier.
    if (k > i && BASE_QUALIFIERS.has(tk.lower) && lowerAt(ctx, k + 1) === 'base' && adjacentWord(ctx, k)) {
      k += 2;
      break;
    }
    // "Tower 22", "Air Base 201": a number that completes a name.
    if (isNameNumber(ctx, k) && k > i) {
      k++;
      continue;
    }
    // "Line of Actual Control", "Strait of Hormuz": a geographic head's "of" joins the rest of its name.
    if (tk.lower === 'of' && OF_NAME_HEADS.has(lowerAt(ctx, k - 1)) && ctx.tokens[k + 1]?.cap) {
      k++;
      continue;
    }
    break;
  }
  // A name never ends on a hyphen or particle.
  while (
    k > i &&
    !isNameNumber(ctx, k - 1) &&
    (ctx.tokens[k - 1]!.kind !== 'word' || NAME_PARTICLES.has(ctx.tokens[k - 1]!.lower))
  )
    k--;
  return k > i ? { first: i, last: k } : undefined;
}

function adjacent(ctx: ArticleContext, k: number): boolean {
  return ctx.tokens[k]!.start === ctx.tokens[k - 1]!.end && ctx.tokens[k + 1]?.start === ctx.tokens[k]!.end;
}
function adjacentWord(ctx: ArticleContext, k: number): boolean {
  return ctx.tokens[k]!.start - ctx.tokens[k - 1]!.end <= 1;
}

export function spanText(ctx: ArticleContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last - 1]!.end);
}

/** A proper name that may be a place: no body, title, date or acronym words. */
/** Titles of the persons facilities are named for ("King Abdulaziz Air Base", "Prince Sultan Air Base"). */
const FACILITY_NAMESAKE_TITLES = set('king queen prince princess president general sheikh sultan emir');

function plausiblePlaceName(ctx: ArticleContext, first: number, last: number): boolean {
  // "at Tokayev's request": a name that owns what follows is a person's or a body's.
  if (lowerAt(ctx, last) === "'s" || lowerAt(ctx, last) === '’s') return false;
  // "President Yahya Jammeh … pledged the loyalty of the armed forces to Jammeh": a titled person's surname.
  if (last - first === 1 && titledSurnames(ctx).has(ctx.tokens[first]!.text)) return false;
  // "Prince Sultan Air Base", "Queen Alia International Airport": a facility may be named for a titled person.
  const facility = FACILITY_HEADS.has(lowerAt(ctx, last - 1));
  for (let k = first; k < last; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || (LINKING_VOWELS.has(t.lower) && lowerAt(ctx, k - 1) === '-')) continue;
    if (facility && FACILITY_NAMESAKE_TITLES.has(t.lower)) continue;
    if (NOT_PLACE_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || ctx.inDate[k]) return false;
    if (ACRONYM.test(t.text) && last - first === 1) return false;
  }
  return true;
}

/** How many lower-case words may stand between a state's possessive and the name it describes. */
const MAX_APPOSITIVE_WORDS = 3;

/** "Mozambique's Cabo Delgado province", "Syria's Idlib": the place a state's possessive names, in that state. */
function placeInside(ctx: ArticleContext, s: Sentence, m: Mention): PlaceSlot | undefined {
  const state = placeOf(m.entry);
  let at = m.last + 1;
  // "Russia's ally Belarus", "Ukraine's second city Kharkiv": a few lower-case words may describe the name.
  while (at < s.last && at <= m.last + MAX_APPOSITIVE_WORDS && ctx.tokens[at]!.kind === 'word' && !ctx.tokens[at]!.cap)
    at++;
  if (!state || m.entry.kind !== 'state' || !ctx.tokens[at]?.cap) return undefined;
  const known = mentionAtToken(ctx, at);
  if (known && known.first === at) {
    const place = knownPlace(ctx, known, s);
    return place && place.place.name !== state.name ? { ...place, first: m.first } : undefined;
  }
  const name = properNameAt(ctx, at, s.last);
  if (!name || !plausiblePlaceName(ctx, name.first, name.last)) return undefined;
  const place: NamedRef = { name: spanText(ctx, name.first, name.last), ...(state.code ? { code: state.code } : {}) };
  return { place, first: m.first, last: name.last };
}

/** One place at token i: a known place, an unknown proper name in a place slot, or a reference ("the city"). */
/** Words that open a relative naming a place by what it was or is ("what was then", "what is now", "what became"). */
const WHAT_WAS = set('was is became would');
const THEN_NOW = set('then now later');

/** How many tokens "what was then" / "what is now" / "what became" take at i, else 0. */
function historicalRelative(ctx: ArticleContext, i: number): number {
  if (lowerAt(ctx, i) !== 'what' || !WHAT_WAS.has(lowerAt(ctx, i + 1))) return 0;
  if (lowerAt(ctx, i + 1) === 'became') return 2;
  if (lowerAt(ctx, i + 1) === 'would') return lowerAt(ctx, i + 2) === 'become' ? 3 : 0;
  return THEN_NOW.has(lowerAt(ctx, i + 2)) ? 3 : 0;
}

function placeAt(ctx: ArticleContext, s: Sentence, i: number): PlaceSlot | undefined {
  // "crossed into what was then East Pakistan", "what is now Bangladesh": the place named after the relative.
  let j = i + historicalRelative(ctx, i);
  let fillers = 0;
  const referenceNouns: string[] = [];
  let inState: string | undefined;
  while (j < s.last && fillers <= MAX_FILLERS) {
    // "pulling out of the province Thursday": a date right after a reference noun ends the place.
    if (referenceNouns.length && ctx.inDate[j] === 1) break;
    const m = mentionAtToken(ctx, j);
    if (m && m.first === j) {
      const inner = m.possessive ? placeInside(ctx, s, m) : undefined;
      if (inner) return inner;
      // "the West Bank city of Jenin": the town named after its reference noun, in the place before it.
      if (REFERENCE_NOUNS.has(lowerAt(ctx, m.last)) && lowerAt(ctx, m.last + 1) === 'of' && placeOf(m.entry)) {
        const inner = placeAt(ctx, s, m.last + 2);
        if (inner && !inner.referred) return { ...inner, first: m.first };
      }
      // "into Bahrain … entered the Gulf kingdom", "the Mediterranean island": a region or sea describing a state
      // noun names the state (or island) named before, not the region.
      const described = describedState(ctx, m, i);
      if (described !== undefined) return described ?? undefined;
      const known = knownPlace(ctx, m, s);
      if (known) return known;
      // "withdrew its troops from the MINUSMA mission", "sent troops to SAMIDRC": a mission stands for its area.
      if (m.entry.area && m.entry.kind === 'org') {
        const last = MISSION_NOUNS.has(lowerAt(ctx, m.last)) ? m.last + 1 : m.last;
        return { place: m.entry.area, first: m.first, last };
      }
      // "from the African Union mission in Somalia": an organization's mission stands for the place it serves in.
      if (m.entry.kind === 'org' && MISSION_NOUNS.has(lowerAt(ctx, m.last)) && lowerAt(ctx, m.last + 1) === 'in') {
        const served = placeAt(ctx, s, m.last + 2);
        return served ? { ...served, first: m.first } : undefined;
      }
      // "the Somali towns of Baidoa and Beledweyne": the places named after the people's land noun.
      if (
        m.entry.kind === 'demonym' &&
        STATE_LAND_WORDS.has(lowerAt(ctx, m.last)) &&
        lowerAt(ctx, m.last + 1) === 'of'
      ) {
        const named = placeAt(ctx, s, m.last + 2);
        if (named && !named.referred) return { ...named, first: m.first };
      }
      // "withdrew from Iraqi cities", "entered Georgian territory": the state whose land the noun names.
      if (m.entry.kind === 'demonym' && m.entry.code && STATE_LAND_WORDS.has(lowerAt(ctx, m.last))) {
        const name = gazetteer().stateName(m.entry.code);
        if (name) return { place: { name, code: m.entry.code }, first: m.first, last: m.last + 1 };
      }
      // "the Somali capital": the capital of the state the people's name stands for.
      if (m.entry.kind === 'demonym' && m.entry.code && lowerAt(ctx, m.last) === 'capital') {
        const name = gazetteer().capitalName(m.entry.code);
        if (name) return { place: { name, code: m.entry.code }, first: m.first, last: m.last + 1 };
      }
      // "the Syrian side of the border": the state on that side.
      if (m.entry.kind === 'demonym' && m.entry.code && lowerAt(ctx, m.last) === 'side') {
        const name = gazetteer().stateName(m.entry.code);
        if (name) return { place: { name, code: m.entry.code }, first: m.first, last: sideEnd(ctx, m.last + 1) };
      }
      // "the Iraqi border": the state's border as a place.
      if (m.entry.kind === 'demonym' && BORDER_WORDS.has(lowerAt(ctx, m.last)) && m.entry.code) {
        const name = `${spanText(ctx, m.first, m.last)} ${ctx.tokens[m.last]!.text}`;
        return { place: { name, code: m.entry.code }, first: m.first, last: m.last + 1 };
      }
      // "the Russian-held town of X", "the Syrian city of X": an adjective mention inside the fillers.
      // "the Georgian Black Sea port of Batumi": a people's name before another known name describes it.
      const beforeName = m.entry.kind === 'demonym' && mentionAtToken(ctx, m.last)?.first === m.last;
      if (actorOf(m.entry) && (lowerAt(ctx, m.last) === '-' || !ctx.tokens[m.last]?.cap || beforeName)) {
        // "the Syrian town of X" puts X in Syria; "the Russian-held town of X" says only who holds it.
        if (m.entry.kind === 'demonym' && lowerAt(ctx, m.last) !== '-') inState = m.entry.code;
        j = m.last;
        if (lowerAt(ctx, j) === '-') j += 2;
        fillers++;
        continue;
      }
      return undefined;
    }
    const t = ctx.tokens[j]!;
    // "The city was occupied": a sentence's first word is capitalized as a filler, not as a name.
    // "entered The Gambia": a capitalized article before a known name is still an article.
    const openingFiller =
      DEFINITE.has(t.lower) && (j === s.first || (t.lower === 'the' && mentionAtToken(ctx, j + 1)?.first === j + 1));
    if (!openingFiller && (t.cap || (NAME_PARTICLES.has(t.lower) && lowerAt(ctx, j + 1) === '-'))) {
      const name = properNameAt(ctx, j, s.last);
      // "the central African country", "this South American colony": a capitalized adjective (after a compass word)
      // before a reference noun describes it.
      const span = name ? name.last - name.first : 0;
      const compassPeople =
        span === 2 &&
        COMPASS.test(t.lower) &&
        mentionAtToken(ctx, name!.first + 1)?.entry.kind === 'demonym' &&
        mentionAtToken(ctx, name!.first + 1)?.last === name!.last;
      if (
        name &&
        ((span === 1 && GEO_ADJECTIVE.test(t.lower)) || compassPeople) &&
        REFERENCE_NOUNS.has(lowerAt(ctx, name.last))
      ) {
        j = name.last;
        fillers++;
        continue;
      }
      if (!name || !plausiblePlaceName(ctx, name.first, name.last)) return undefined;
      // "the Paris Agreement": a name that runs into a known name is another thing's name.
      if (mentionAtToken(ctx, name.last) && !COORDINATORS.has(lowerAt(ctx, name.last))) return undefined;
      // "from the G5 Sahel force in the tri-border area": a name before a mission's head names the mission; the
      // place is the one it serves in, if said.
      if (MISSION_NOUNS.has(lowerAt(ctx, name.last)))
        return lowerAt(ctx, name.last + 1) === 'in' ? placeAt(ctx, s, name.last + 2) : undefined;
      // "served in the Plus Ultra brigade": a name before a unit's head names the unit, no place.
      if (UNIT_HEADS.has(lowerAt(ctx, name.last))) return undefined;
      // "Toussaint Louverture International Airport in Port-au-Prince", "Gamil airfield west of Port Said": a facility
      // the gazetteer does not know is placed by the known place it is said to be in, at or by.
      const locative = FACILITY_HEADS.has(lowerAt(ctx, name.last - 1)) ? facilityLocative(ctx, name.last) : -1;
      if (locative > 0) {
        // A state after it ("the Hmeimim air base in Syria") is wider than the facility, which stays the place.
        const town = placeAt(ctx, s, locative);
        const state = town?.place.code && gazetteer().stateName(town.place.code) === town.place.name;
        if (town && !town.referred && !state && (town.place.code || mentionAtToken(ctx, town.first)))
          return { ...town, first: name.first };
      }
      const place: NamedRef = { name: spanText(ctx, name.first, name.last), ...(inState ? { code: inState } : {}) };
      return { place, first: name.first, last: name.last };
    }
    const bank = riverBankAt(ctx, s, j);
    if (bank) return bank;
    // "the north and east of the island": two compass parts of one place.
    const compassPair = t.lower === 'and' && COMPASS.test(lowerAt(ctx, j - 1)) && COMPASS.test(lowerAt(ctx, j + 1));
    // "the ruined capital of East Timor": a describing word right before a reference noun.
    const describing =
      !t.cap &&
      REFERENCE_NOUNS.has(lowerAt(ctx, j + 1)) &&
      (posOf(t.lower) === 'adjective' || (t.lower.endsWith('ed') && posOf(t.lower) === 'verb'));
    if (!PLACE_FILLERS.has(t.lower) && !COMPASS.test(t.lower) && !compassPair && !describing) break;
    // The pair is one part of the place: "and east" adds nothing to the fillers' span.
    if (compassPair) {
      j += 2;
      continue;
    }
    // "the beaches south of Beirut": a located noun placed by a bearing from a place.
    if (LOCATED_NOUNS.has(t.lower) && BEARINGS.has(lowerAt(ctx, j + 1)) && lowerAt(ctx, j + 2) === 'of') {
      j += 3;
      fillers += 3;
      continue;
    }
    if (LOCATED_NOUNS.has(t.lower) && LOCATIVES.has(lowerAt(ctx, j + 1))) {
      j += 2;
      fillers += 2;
      continue;
    }
    // "positions deep inside Georgia"
    if (LOCATED_NOUNS.has(t.lower) && lowerAt(ctx, j + 1) === 'deep' && LOCATIVES.has(lowerAt(ctx, j + 2))) {
      j += 3;
      fillers += 3;
      continue;
    }
    // "the city", "this southern port city": a reference noun after its determiner and describing words.
    const determined = DEFINITE.has(lowerAt(ctx, j - 1)) || DEFINITE.has(lowerAt(ctx, i));
    if (REFERENCE_NOUNS.has(t.lower) && j > i && determined && lowerAt(ctx, j + 1) !== 'of')
      referenceNouns.push(t.lower);
    j++;
    fillers++;
  }
  // "the island kingdom": the head noun first, then the nouns before it.
  for (const referenceNoun of referenceNouns.reverse()) {
    // "near this southern port city": in a wire story, the city of the dateline; "left this Danish island" under
    // "RONNE, Bornholm": the land the dateline names after its city.
    const here =
      lowerAt(ctx, i) !== 'this'
        ? undefined
        : DATELINE_NOUNS.has(referenceNoun)
          ? datelineCity(ctx)
          : DATELINE_LAND_NOUNS.has(referenceNoun)
            ? datelineLand(ctx)
            : undefined;
    if (here) return { place: here, first: i, last: j, referred: referenceNoun };
    const owners = forceOwnersBefore(ctx, s, i);
    const ref = referredPlace(ctx, i, referenceNoun, owners.size ? (p) => owners.has(p.name) : undefined);
    if (ref) return { place: ref, first: i, last: j, referred: referenceNoun };
  }
  return undefined;
}

/** Nouns of forces moving, whose possessive owner moves forces ("Japan's withdrawal", "Russia's deployment"). */
const MOVEMENT_NOUNS = set('withdrawal pullout drawdown departure deployment intervention presence evacuation');
/** How far after a possessive owner its force noun may stand ("Cuba's 50,000-strong military contingent"). */
const POSSESSED_FORCE_REACH = 6;
/** How far after a named owner its forces may stand ("Belgium sent 1,200 paratroopers"). */
const OWNED_FORCE_REACH = 5;
/** Words that may stand inside a list of owners ("troops from Canada, Sweden and the United Kingdom"). */
const OWNER_LIST_LINKS = set(', and the');

/**
 * "Contingents from Canada, Sweden and Ireland arrived on the island": the states whose forces the sentence names
 * before i own what moves; a reference in the same sentence never names them.
 */
function forceOwnersBefore(ctx: ArticleContext, s: Sentence, i: number): Set<string> {
  const owners = new Set<string>();
  for (let k = s.first; k < i; k++) {
    const m = mentionAtToken(ctx, k);
    if (!m || m.first !== k) continue;
    const actor = actorOf(m.entry);
    if (!actor) continue;
    if (m.possessive) {
      // "the withdrawal of Cuba's 50,000-strong military contingent from the country": a possessive owner of forces.
      for (let j = m.last + 1; j < i && j <= m.last + POSSESSED_FORCE_REACH; j++)
        if (FORCE_NOUNS.has(lowerAt(ctx, j))) owners.add(actor.name);
      // "completing Japan's withdrawal from the African country": the owner of a withdrawal or deployment moves forces.
      if (MOVEMENT_NOUNS.has(lowerAt(ctx, m.last + 1))) owners.add(actor.name);
      continue;
    }
    // "Belgium sent paratroopers into the country", "French troops entered the country": a state or people named
    // before forces, with no other name between them, owns them.
    for (let j = m.last; j < i && j <= m.last + OWNED_FORCE_REACH; j++) {
      if (FORCE_NOUNS.has(lowerAt(ctx, j))) owners.add(actor.name);
      if (ctx.tokens[j]!.cap || ctx.tokens[j]!.kind === 'punct') break;
    }
  }
  for (let k = s.first; k < i - 2; k++) {
    if (!FORCE_NOUNS.has(lowerAt(ctx, k)) || (lowerAt(ctx, k + 1) !== 'from' && lowerAt(ctx, k + 1) !== 'of')) continue;
    // "the withdrawal of troops from Hungary", "the Southern Group of Forces from Hungary": "from" is where they left.
    if ((ctx.tokens[k]!.cap && k !== s.first) || lowerAt(ctx, k - 1) === 'of') continue;
    for (let j = k + 2; j < i;) {
      const m = mentionAtToken(ctx, j);
      const actor = m && m.first === j ? actorOf(m.entry) : undefined;
      if (m && actor) {
        owners.add(actor.name);
        j = m.last;
      } else if (OWNER_LIST_LINKS.has(lowerAt(ctx, j))) j++;
      else break;
    }
  }
  return owners;
}

/** Heads of a military unit's name ("the Plus Ultra brigade", "the Charlemagne division"). */
const UNIT_HEADS = set('brigade brigades division divisions regiment battalion battalions corps squadron');
/** Heads of facility names ("… International Airport", "… Air Base") and the words that place them. */
const FACILITY_LOCATIVES = set('in near outside at');

/** Where the place a facility is said to be in starts, after its locative at i ("in", "west of"); -1 with none. */
function facilityLocative(ctx: ArticleContext, i: number): number {
  if (FACILITY_LOCATIVES.has(lowerAt(ctx, i))) return i + 1;
  return BEARINGS.has(lowerAt(ctx, i)) && lowerAt(ctx, i + 1) === 'of' ? i + 2 : -1;
}
/** Adjectives of regions and peoples ("African", "Caribbean", "Balkan", "Baltic"). */
const GEO_ADJECTIVE = /(?:an|ian|ese|ic|ish|i)$/;

/** Nouns of a state's land after its demonym ("Iraqi cities", "Georgian territory", "the Somali coast"). */
const STATE_LAND_WORDS = set('cities towns territory soil airspace waters coast coastline');

/** The end of "side" and its "of the border" ("the Syrian side of the border"), from the token after "side". */
function sideEnd(ctx: ArticleContext, i: number): number {
  return lowerAt(ctx, i) === 'of' && lowerAt(ctx, i + 1) === 'the' && BORDER_WORDS.has(lowerAt(ctx, i + 2)) ? i + 3 : i;
}

/** Sides of a river a bank is named by ("the left bank of the Dnipro", "the east bank of the Euphrates"). */
const BANK_SIDES = set('left right west east north south western eastern northern southern');
const BANK_WORDS = set('bank banks');

/** "the left bank of the Dnipro": a river's bank as a place, named as the text names it. */
function riverBankAt(ctx: ArticleContext, s: Sentence, j: number): PlaceSlot | undefined {
  if (!BANK_SIDES.has(lowerAt(ctx, j)) || !BANK_WORDS.has(lowerAt(ctx, j + 1)) || lowerAt(ctx, j + 2) !== 'of')
    return undefined;
  let k = j + 3;
  if (lowerAt(ctx, k) === 'the') k++;
  if (lowerAt(ctx, k) === 'river') k++;
  const river = properNameAt(ctx, k, s.last);
  if (!river) return undefined;
  return { place: { name: spanText(ctx, j, river.last) }, first: j, last: river.last };
}

/** Tokens that may follow an item of a list of places. */
const LIST_FOLLOWERS = set(
  ', and or . ; in on at by during from to after before as with until since near oblasts began started ended were was had',
);
/** What "crossed the" must cross to leave a state ("crossed the border"; "crossed the river" is a move in battle). */
export const BORDER_WORDS = set('border frontier');
const REFERENCE_NOUNS = set(
  'city town village country kingdom republic nation emirate principality duchy sultanate island islands capital port colony protectorate territory peninsula enclave province valley strip oblast governorate district region area',
);
const DEFINITE = set('the this that its their');
/** Reference nouns that "this" points at the dateline's place with ("this port city"). */
const DATELINE_NOUNS = set('city town village port capital');
/** Nouns that, after "this" in a wire story, name the land a dateline gives after its city ("RONNE, Bornholm"). */
const DATELINE_LAND_NOUNS = set('island province territory');

/** The place a dateline names after its city ("Bornholm" of "RONNE, Bornholm, April 5"), else undefined. */
function datelineLand(ctx: ArticleContext): NamedRef | undefined {
  const d = ctx.dateline;
  if (!d) return undefined;
  // The capitalized words between the first and the second comma of the dateline, outside its date.
  let k = 0;
  while (k < ctx.tokens.length && ctx.tokens[k]!.start < d.start) k++;
  while (k < ctx.tokens.length && ctx.tokens[k]!.start < d.end && ctx.tokens[k]!.text !== ',') k++;
  const first = k + 1;
  let last = first;
  while (
    last < ctx.tokens.length &&
    ctx.tokens[last]!.start < d.end &&
    ctx.tokens[last]!.kind === 'word' &&
    ctx.tokens[last]!.cap &&
    !ctx.inDate[last]
  )
    last++;
  if (last === first || lowerAt(ctx, last) !== ',') return undefined;
  const name = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last - 1]!.end);
  const entry = gazetteer().get(lookupKey(name));
  const known = entry ? placeOf(entry) : undefined;
  if (known) return known;
  // "RONNE, Bornholm": an island or region GeoNames does not list is still the land the dateline names.
  const geo = resolvePlace(name);
  return geo ? { name, code: geo.code } : { name };
}

/** The dateline's city as a place the gazetteer knows, else undefined. */
export function datelineCity(ctx: ArticleContext): NamedRef | undefined {
  if (!ctx.dateline) return undefined;
  const entry = gazetteer().get(lookupKey(ctx.dateline.city));
  const known = entry ? placeOf(entry) : undefined;
  if (known) return known;
  const geo = resolvePlace(ctx.dateline.city);
  return geo ? { name: titleCased(ctx.dateline.city), code: geo.code } : undefined;
}

/** The state the dateline's city lies in ("PRISTINA" → Kosovo), else undefined. */
export function datelineState(ctx: ArticleContext): NamedRef | undefined {
  const code = datelineCity(ctx)?.code;
  return code ? stateOf(code) : undefined;
}

/** "TYRE" → "Tyre", "PORT-AU-PRINCE" → "Port-Au-Prince": a dateline's capitals as a name. */
function titleCased(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : name;
}

/**
 * "the Gulf kingdom", "the Gulf island kingdom", "the Caribbean nation": where a region or sea describes a state noun
 * (see describedStateNoun), the state (or island) the text named before; null where none is named before, undefined
 * where the mention is not used so.
 */
function describedState(ctx: ArticleContext, m: Mention, i: number): PlaceSlot | null | undefined {
  const noun = describedStateNoun(ctx, m);
  if (noun < 0) return undefined;
  const w = lowerAt(ctx, noun);
  const region = placeOf(m.entry)!.name;
  const ref = referredPlace(ctx, i, w === 'island' ? 'island' : 'country', (p) => p.name === region);
  return ref ? { place: ref, first: i, last: noun + 1, referred: w } : null;
}

/** Nouns of the press and broadcasting that a place may name ("Hanoi radio", "Moscow newspapers"). */
const MEDIA_NOUNS = new Set(['radio', 'television', 'tv', 'newspaper', 'newspapers', 'daily', 'press', 'broadcaster']);

/** Whether the name m names a broadcaster or paper ("the Peking radio announced"), not a place. */
export function namesMedia(ctx: ArticleContext, m: Mention): boolean {
  return MEDIA_NOUNS.has(lowerAt(ctx, m.last));
}

function knownPlace(ctx: ArticleContext, m: Mention, s: Sentence): PlaceSlot | undefined {
  const place = placeOf(m.entry);
  if (!place) return undefined;
  let last = m.last;
  // "Kherson Oblast" where the gazetteer knows only "Kherson": keep the place word.
  if (last < s.last && PLACE_SUFFIXES.has(lowerAt(ctx, last)) && ctx.tokens[last]!.cap && m.entry.kind !== 'state') {
    const suffix = ctx.tokens[last]!.text;
    last++;
    return { place: { ...place, name: `${place.name} ${suffix}` }, first: m.first, last };
  }
  // "the Taiwan Strait", "the Oman Sea": water named after a state lies in no state.
  if (last < s.last && WATER_SUFFIXES.has(lowerAt(ctx, last)) && ctx.tokens[last]!.cap && m.entry.kind === 'state') {
    const name = `${spanText(ctx, m.first, m.last)} ${ctx.tokens[last]!.text}`;
    return { place: { name }, first: m.first, last: last + 1 };
  }
  // "the Paris Agreement", "Moscow time": a known name that runs on is another thing's name.
  const next = ctx.tokens[last];
  if (next && next.cap && next.kind === 'word' && !mentionAtToken(ctx, last) && !ctx.inDate[last]) return undefined;
  // "the Peking radio announced", "Cairo newspapers said": a place naming a broadcaster or paper is no place.
  if (namesMedia(ctx, m)) return undefined;
  if (
    lowerAt(ctx, last) === '-' &&
    /^(?:led|backed|based|held|controlled|occupied|allied|aligned|run)$/.test(lowerAt(ctx, last + 1))
  )
    return undefined;
  return { place, first: m.first, last };
}

/**
 * The places of a slot starting at token i, with their coordinated list: "Kyiv, Sumy and Chernihiv Oblasts" gives
 * three places, the shared plural place word going to each.
 */
/** How many capitalized words may follow a person's title up to the surname ("President Yahya A. J. J. Jammeh"). */
const TITLED_NAME_WORDS = 4;
/** The titled persons' surnames of each article read, collected once. */
const TITLED_SURNAMES = new WeakMap<ArticleContext, Set<string>>();

/**
 * The surnames of the persons the article names after a capitalized title ("President Yahya Jammeh", "General
 * Badjie"): the last capitalized word, no known name, after the title.
 */
function titledSurnames(ctx: ArticleContext): Set<string> {
  const known = TITLED_SURNAMES.get(ctx);
  if (known) return known;
  const names = new Set<string>();
  TITLED_SURNAMES.set(ctx, names);
  ctx.tokens.forEach((t, k) => {
    if (!t.cap || !PERSON_TITLES.has(t.lower)) return;
    let j = k + 1;
    while (
      j <= k + TITLED_NAME_WORDS &&
      ctx.tokens[j]?.cap &&
      ctx.tokens[j]!.kind === 'word' &&
      !mentionAtToken(ctx, j)
    )
      j++;
    if (j > k + 1 && !PERSON_TITLES.has(lowerAt(ctx, j - 1))) names.add(ctx.tokens[j - 1]!.text);
  });
  return names;
}

/** How many letters an abbreviated division may take before its full stop ("Va.", "Calif.", "Ont."). */
const ABBREVIATION_LETTERS = 5;

/** A one-word unknown name followed by a full stop that does not end the sentence ("Va." in "Norfolk, Va., July 10"). */
function abbreviatedDivision(ctx: ArticleContext, s: Sentence, hit: PlaceSlot): boolean {
  return (
    hit.last - hit.first === 1 &&
    !hit.place.code &&
    ctx.tokens[hit.first]!.text.length <= ABBREVIATION_LETTERS &&
    lowerAt(ctx, hit.last) === '.' &&
    hit.last + 1 < s.last
  );
}

/** Articles that open an appositive after a place's comma ("Kolwezi, the Shaba mining town"). */
const APPOSITIVE_ARTICLES = new Set(['the', 'a', 'an']);

export function placesAt(ctx: ArticleContext, s: Sentence, i: number): PlaceSlot[] {
  return withoutNextSubject(ctx, placeSlotList(ctx, s, i), (p) => p);
}

function placeSlotList(ctx: ArticleContext, s: Sentence, i: number): PlaceSlot[] {
  const out: PlaceSlot[] = [];
  let j = i;
  while (out.length < MAX_LIST_ITEMS) {
    const hit = placeAt(ctx, s, j);
    if (!hit) break;
    // After a comma or "and", an unknown name is a further place only where a list can go on or end after it
    // ("…, Sumy and Chernihiv Oblasts", not "…, and the Ford Administration was faced with").
    // A plural place word ends the list whatever follows ("the Kupiansk and Izium districts of Kharkiv Oblast").
    if (
      out.length &&
      !hit.place.code &&
      hit.last < s.last &&
      !LIST_FOLLOWERS.has(lowerAt(ctx, hit.last)) &&
      !PLURAL_SUFFIX[lowerAt(ctx, hit.last - 1)]
    )
      break;
    const previous = out[out.length - 1];
    // "Kolwezi, the Shaba mining town": a name in an appositive describing the place before says where it lies.
    if (previous && lowerAt(ctx, j - 1) === ',' && APPOSITIVE_ARTICLES.has(lowerAt(ctx, j)))
      if (describesSettlement(ctx, hit.last)) break;
    // "departed Norfolk, Va., July 10": an abbreviated division after a comma, its full stop inside the sentence,
    // says where the place before lies.
    if (previous && lowerAt(ctx, hit.first - 1) === ',' && abbreviatedDivision(ctx, s, hit)) {
      j = hit.last + 1;
      if (lowerAt(ctx, j) !== ',' || lowerAt(ctx, j + 1) !== 'and') break;
      j += 2;
      continue;
    }
    // "Rmelan, al-Hasakah Governorate", "Goma, North Kivu": after a comma, the place enclosing the last one
    // describes it; it is not another place.
    if (previous && lowerAt(ctx, hit.first - 1) === ',' && encloses(hit.place, previous.place)) {
      previous.place = placedIn(previous.place, hit.place);
      j = hit.last;
      if (lowerAt(ctx, j) !== ',' || lowerAt(ctx, j + 1) !== 'and') break;
      j += 2;
      continue;
    }
    out.push(hit);
    j = hit.last;
    const w = lowerAt(ctx, j);
    if (w === ',' && lowerAt(ctx, j + 1) === 'and') j += 2;
    else if (w === ',' && lowerAt(ctx, j + 1) === 'along' && lowerAt(ctx, j + 2) === 'with') j += 3;
    else if (
      w === ',' &&
      lowerAt(ctx, j + 1) === 'as' &&
      lowerAt(ctx, j + 2) === 'well' &&
      lowerAt(ctx, j + 3) === 'as'
    )
      j += 4;
    else if (w === 'as' && lowerAt(ctx, j + 1) === 'well' && lowerAt(ctx, j + 2) === 'as') j += 3;
    else if (w === 'along' && lowerAt(ctx, j + 1) === 'with') j += 2;
    else if (w === ',' || w === 'and' || w === 'or') j += 1;
    else break;
    // "…Airbase, south of Aleppo": a bearing from another place describes the last one; it is not a list item.
    if (/^(?:north|south|east|west)/.test(lowerAt(ctx, j)) && lowerAt(ctx, j + 1) === 'of') break;
  }
  // A plural place word after the last item belongs to every item ("Kyiv, Sumy and Chernihiv Oblasts").
  const last = out[out.length - 1];
  if (last && out.length > 1) {
    const word = last.place.name.split(' ').pop()!.toLowerCase();
    const singular = PLURAL_SUFFIX[word];
    if (singular) {
      for (const p of out) {
        const base = p === last ? p.place.name.slice(0, -word.length - 1) : p.place.name;
        if (!base.toLowerCase().endsWith(singular.toLowerCase())) p.place = { ...p.place, name: `${base} ${singular}` };
      }
    }
  }
  return out;
}

/**
 * Nouns of "to the … of/in X" that send forces to X ("to the defense of", "to the aid of", "contributed 46,000 troops
 * to the invasion of Iraq", "to the war in Afghanistan").
 */
const AID_NOUNS = set(
  'defense defence aid assistance relief rescue invasion occupation war campaign intervention mission operation coalition',
);
/** Verbs of "to … X" that send forces to the state they help ("sent troops to help Mali", "to support the government of Mali"). */
const AID_VERBS = set('help assist support aid defend protect bolster back');
const GOVERNMENT_WORDS = set('government regime authorities');
/** Verbs of "to … X" whose object is a place forces hold ("sent troops to patrol the coast", "to help secure X"). */
const GUARD_VERBS = set('patrol police guard secure garrison');

/** The first slot governed by one of `preps` in [from, to), skipping "according to", "up to". */
export function placesAfter(
  ctx: ArticleContext,
  s: Sentence,
  from: number,
  to: number,
  preps: Set<string>,
): PlaceSlot[] {
  for (let j = from; j < to && j < s.last; j++) {
    const w = lowerAt(ctx, j);
    if (w === ';' || w === ':') break;
    // "is sending ships and is considering sending jets to Bulgaria": a place after a second predicate is its own.
    if (opensSecondPredicate(ctx, j)) break;
    // "transferred troops from the garrison in Cyprus to Basra": places inside an origin phrase are not the slot.
    if (w === 'from' && !preps.has(w)) {
      j = originPhraseEnd(ctx, j, Math.min(to, s.last));
      continue;
    }
    if (!preps.has(w)) continue;
    if (w === 'to' && NOT_DESTINATION_BEFORE_TO.has(lowerAt(ctx, j - 1))) continue;
    let k = j + 1;
    // "out of", "away from", "back to".
    if (lowerAt(ctx, k) === 'of' && w === 'out') k++;
    // "committed forces to the defense of South Korea", "sent troops to the aid of Kuwait": the place defended.
    if (
      w === 'to' &&
      lowerAt(ctx, k) === 'the' &&
      AID_NOUNS.has(lowerAt(ctx, k + 1)) &&
      (lowerAt(ctx, k + 2) === 'of' || lowerAt(ctx, k + 2) === 'in')
    )
      k += 3;
    // "sent troops to patrol the Lebanese coast", "to help secure Kabul": the place the forces hold is where they go.
    const guard = w === 'to' && lowerAt(ctx, k) === 'help' ? k + 1 : k;
    if (w === 'to' && GUARD_VERBS.has(lowerAt(ctx, guard)) && !ctx.tokens[guard]!.cap) {
      // Only a place the gazetteer puts in a state: a gorge or dam it does not know may lie anywhere in the theatre.
      const held = placesAt(ctx, s, guard + 1).filter((p) => p.place.code);
      if (held.length) return held;
      continue;
    }
    if (w === 'to' && AID_VERBS.has(lowerAt(ctx, k))) {
      k++;
      if (lowerAt(ctx, k) === 'the' && GOVERNMENT_WORDS.has(lowerAt(ctx, k + 1)) && lowerAt(ctx, k + 2) === 'of')
        k += 3;
      // Only a state or place helped is a destination ("to help fight the rebels" names none).
      const helped = mentionAtToken(ctx, k);
      if (!helped || helped.first !== k || !placeOf(helped.entry)) continue;
      // "to help Kinshasa fight armed groups": a capital helped stands for its government's state.
      if (helped.entry.kind === 'capital' && helped.entry.code) {
        const state = gazetteer().stateName(helped.entry.code);
        if (state) return [{ place: { name: state, code: helped.entry.code }, first: k, last: helped.last }];
      }
    }
    const list = placesAt(ctx, s, k);
    if (list.length) return list;
  }
  return [];
}

/** After "and" and a second past verb ("invaded and annexed"), where the object both share starts; else `from`. */
export function sharedObjectStart(ctx: ArticleContext, s: Sentence, from: number): number {
  const next = ctx.tokens[from + 1];
  return lowerAt(ctx, from) === 'and' && next && next.kind === 'word' && !next.cap && /ed$/.test(next.lower)
    ? from + 2
    : from;
}
