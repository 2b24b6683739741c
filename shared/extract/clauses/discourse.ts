import { posOf } from '../text/pos.ts';
import type { ArticleContext } from '../context.ts';
import { FORCE_NOUNS, NOT_PLACE_WORDS, REPORTING, SETTLEMENT_NOUNS, TALKS_WORDS } from '../lexicon.ts';
import { actorOf, DETERMINERS, inDateline, isComplement, lowerAt, placeOf, type NamedRef } from '../slots.ts';
import type { Mention } from '../text/mentions.ts';
import { resolvePlace } from '../gazetteer/geo.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { isUnMember } from '../gazetteer/countries.ts';
import { COMPASS_STARTS } from '../gazetteer/regions.ts';
import { properNameAt, spanText } from './phrases.ts';
import { PLACE_OBJECT_VERBS } from '../text/slot-places.ts';
import { wordSet as set } from '../word-set.ts';

/** How many sentences back a reference ("the city", "they", "It") may reach for what it names. */
export const MAX_REFERENCE_SENTENCES = 3;

/** Index of the last mention starting before token i (mentions are in text order), or -1. */
function lastMentionBefore(ctx: ArticleContext, i: number): number {
  let lo = 0;
  let hi = ctx.mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid]!.first < i) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Mentions before token i, nearest first, no further back than `reach` sentences. */
function* mentionsBack(ctx: ArticleContext, i: number, reach = MAX_REFERENCE_SENTENCES): Generator<Mention> {
  const sentence = ctx.tokens[Math.min(i, ctx.tokens.length - 1)]?.sentence ?? 0;
  for (let k = lastMentionBefore(ctx, i); k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (sentence - ctx.tokens[m.first]!.sentence > reach) return;
    if (!inDateline(ctx, m.first)) yield m;
  }
}

/** States of many islands, which "the islands" may name ("the Philippines", "Indonesia"). */
const ARCHIPELAGO_STATES = 'PH ID JP NZ BS FJ SB VU MH FM KI TV PW'.split(' ');
/** States and territories (ISO codes) that are, or are mostly, one island. */
const ISLAND_STATES = new Set(
  `CY LK CU JM IS IE MT SG TW MG MU SC CV ST KM BH TT BB GD LC VC DM AG KN MV NR PR GU FK GL NC BM AW CW MQ GP RE YT
  SH NU CK WS TO HT DO`.split(/\s+/),
);
/** What "the islands" may name: an archipelago state or a one-island one. */
const ISLANDS_STATES = new Set([...ISLAND_STATES, ...ARCHIPELAGO_STATES]);

/** References that may name a place the report opens on from further back than others reach. */
const LEAD_REFERENCES = new Set(['country', 'province', 'territory']);
/** How many sentences back those may reach for such a place where no nearer sentence names one. */
const LEAD_REFERENCE_SENTENCES = 6;
/** How many sentences open a report. */
const LEAD_SENTENCES = 2;

/** The lead places of each article read, computed once. */
const LEAD_PLACES = new WeakMap<ArticleContext, Set<string>>();

/** The names of the places a report's opening sentences (its dateline among them) name. */
function leadPlaces(ctx: ArticleContext): Set<string> {
  const known = LEAD_PLACES.get(ctx);
  if (known) return known;
  const names = new Set<string>();
  LEAD_PLACES.set(ctx, names);
  const end = ctx.sentences[Math.min(LEAD_SENTENCES, ctx.sentences.length) - 1]?.last ?? 0;
  for (const m of ctx.mentions) {
    if (m.first >= end) break;
    // "the alliance's biggest operation in Europe": a place of no one state is no country, province or territory.
    const place = m.entry.code ? placeOf(m.entry) : undefined;
    if (place) names.add(place.name);
  }
  return names;
}

/** Nouns of a kind of state, which name the state named with them ("the Kingdom of Saxony … the kingdom"). */
const STATE_NOUNS = new Set(['kingdom', 'republic', 'nation', 'emirate', 'principality', 'duchy', 'sultanate']);

/** Whether the mention is named with the noun: "the Kingdom of Hanover", "the Republic of Texas", "Hanover kingdom". */
function namedWithNoun(ctx: ArticleContext, m: Mention, noun: string): boolean {
  const name = spanText(ctx, m.first, m.last).toLowerCase();
  if (name.startsWith(`${noun} of `) || name.endsWith(` ${noun}`)) return true;
  return lowerAt(ctx, m.first - 1) === 'of' && lowerAt(ctx, m.first - 2) === noun;
}

/** Reference nouns for landforms, named by the name that ends in them ("Snake Island", "the Mesilla Valley"). */
const NAMED_BY_ENDING = new Set(['valley', 'island', 'islands', 'peninsula', 'strip']);
/** Landform nouns that only a name ending in them can be ("the Gaza Strip … the strip"); islands are often not. */
const LANDFORM_NOUNS = set('valley peninsula strip');
const endsInNoun = (name: string, noun: string) => name.toLowerCase().endsWith(` ${noun}`);

/** Division nouns a reference names a place by ("the province", "the region"): never a town or a capital. */
const DIVISION_REFERENCES = new Set(['province', 'region', 'district', 'oblast', 'governorate']);
/** Words that open a person's title after a people's name ("Armenian Prime Minister", "the Iraqi foreign minister"). */
const TITLE_OPENERS = set(`president prime minister foreign defence defense interior leader chairman ambassador envoy
  king queen general commander official officials spokesman spokeswoman`);
/** How many sentences back a division noun may reach for the place named with it ("Aceh province"). */
const NAMED_DIVISION_SENTENCES = 8;

/** References that may name a state as much as a place within one ("the province", "the territory", "there", "its former colony"). */
const REGION_REFERENCES = new Set(['province', 'territory', 'there', 'colony', 'protectorate']);

/** Words of a treaty, accord or conference whose name holds a place ("Treaty of Lausanne", "Dayton Accords"). */
const INSTRUMENT_WORDS = set(
  'treaty peace convention agreement agreements accord accords conference protocol declaration armistice',
);

/** Whether [first, last) is the place in an instrument's name ("the Treaty of Lausanne", "the Minsk agreements"). */
function namesInstrument(ctx: ArticleContext, { first, last }: { first: number; last: number }): boolean {
  if (lowerAt(ctx, first - 1) === 'of' && INSTRUMENT_WORDS.has(lowerAt(ctx, first - 2))) return true;
  return INSTRUMENT_WORDS.has(lowerAt(ctx, last));
}

/** What "the country", "the city", "the island" before token i names: the nearest earlier place of that sort. */
export function referredPlace(
  ctx: ArticleContext,
  i: number,
  nounAsWritten: string,
  skip?: (place: NamedRef) => boolean,
): NamedRef | undefined {
  // "the islands" are read as "the island", and may name an archipelago state ("the Philippines … the islands").
  const noun = nounAsWritten === 'islands' ? 'island' : nounAsWritten;
  const islandStates = nounAsWritten === 'islands' ? ISLANDS_STATES : ISLAND_STATES;
  const wantState = noun === 'country';
  // "the Kingdom of Hanover … occupied the kingdom": a state noun names the state whose name holds it.
  if (STATE_NOUNS.has(noun)) {
    for (const m of mentionsBack(ctx, i, NAMED_DIVISION_SENTENCES)) {
      const place = placeOf(m.entry);
      if (place && !skip?.(place) && namedWithNoun(ctx, m, noun)) return place;
    }
    // Only a name built with the noun is sure: "the kingdom" in a report may be either of two kingdoms it names.
    return locatedNameBack(ctx, i, -1, noun, true);
  }
  // "troops landed in Honiara … a ship anchored off the capital": the capital named before, or the capital of the
  // state named before; never a town of another sort.
  if (noun === 'capital') {
    for (const m of mentionsBack(ctx, i)) {
      const capital =
        m.entry.kind === 'capital'
          ? placeOf(m.entry)
          : m.entry.kind === 'state' && m.entry.code
            ? capitalOf(m.entry.code)
            : undefined;
      if (capital && !skip?.(capital)) return capital;
    }
  }
  // "withdrawing from Kosovo … entered the province": a province or territory may be named as a state is.
  const stateOrPlace = REGION_REFERENCES.has(noun);
  // "the disputed Mesilla Valley … the territory of New Mexico … the valley": a landform noun names the place whose
  // name ends in it, past nearer places of other sorts.
  if (NAMED_BY_ENDING.has(noun)) {
    for (const m of mentionsBack(ctx, i)) {
      const place = placeOf(m.entry);
      if (place && !skip?.(place) && endsInNoun(place.name, noun)) return place;
    }
    const located = locatedNameBack(ctx, i, -1, noun, true, NAMED_DIVISION_SENTENCES);
    if (located) return located;
  }
  // "The U.N. force in Cyprus … flying into the island": a state that is one island, further back than other
  // references reach.
  if (noun === 'island') {
    for (const m of mentionsBack(ctx, i, NAMED_DIVISION_SENTENCES)) {
      const place = m.entry.kind === 'state' && islandStates.has(m.entry.code ?? '') ? placeOf(m.entry) : undefined;
      if (place && !skip?.(place)) return place;
    }
  }
  // "Indonesia's Aceh province … out of the province": a division noun names the place named with it, past nearer
  // places of other sorts and further back than other references reach.
  if (DIVISION_REFERENCES.has(noun)) {
    for (const m of mentionsBack(ctx, i, NAMED_DIVISION_SENTENCES)) {
      const place = placeOf(m.entry);
      if (place && !skip?.(place) && (lowerAt(ctx, m.last) === noun || endsInNoun(place.name, noun))) return place;
    }
  }
  let known: { place: NamedRef; at: number } | undefined;
  let capitalFallback: NamedRef | undefined;
  // "Afghanistan's Taliban rulers … [four sentences on the ministries] … their withdrawal from the country": the state
  // the report opens on may be named further back than other references reach, where nothing nearer names one.
  // "KFOR rolled into Kosovo … [five sentences] … began pulling out of the province": so may a province or territory.
  const farReaching = LEAD_REFERENCES.has(noun);
  const reach = farReaching ? LEAD_REFERENCE_SENTENCES : MAX_REFERENCE_SENTENCES;
  const sentence = ctx.tokens[Math.min(i, ctx.tokens.length - 1)]?.sentence ?? 0;
  const lead = farReaching ? leadPlaces(ctx) : undefined;
  for (const m of mentionsBack(ctx, i, reach)) {
    if (sentence - ctx.tokens[m.first]!.sentence > MAX_REFERENCE_SENTENCES) {
      if (capitalFallback) break;
      if ((wantState && m.entry.kind !== 'state') || !lead?.has(placeOf(m.entry)?.name ?? '')) continue;
    }
    // "hundreds of Somalis … the country": a people's name stands for its state; "Marines sent to Santo Domingo …
    // left the country": so does a capital.
    const capitalState = wantState && m.entry.kind === 'capital' && m.entry.code ? stateOf(m.entry.code) : undefined;
    const place =
      capitalState ??
      placeOf(m.entry) ??
      (wantState && m.entry.kind === 'demonym' && m.entry.code ? actorOf(m.entry) : undefined);
    if (!place || skip?.(place)) continue;
    // "General George Washington led the army into the city": a place's name after a given name is a person's.
    if (givenNameBefore(ctx, m)) continue;
    // "troops sent by the Russian-led alliance began leaving the country": a people's name in a compound adjective
    // says who leads or backs something, never where.
    if (m.entry.kind === 'demonym' && lowerAt(ctx, m.last) === '-') continue;
    // "with Armenian Prime Minister Nikol Pashinyan announcing the decision": a person's nationality is not a place.
    if (m.entry.kind === 'demonym' && TITLE_OPENERS.has(lowerAt(ctx, m.last))) continue;
    // "Cuban soldiers were in the country": the forces' own demonym says whose they are, not where they are.
    // "NATO's Kosovo force", "the Kosovo Force": a place a mission is named for is still that place.
    const namesMission = ['the', "'s", '’s'].includes(lowerAt(ctx, m.first - 1));
    const end = listEnd(ctx, m);
    if (
      (m.entry.kind === 'demonym' || (m.entry.kind === 'state' && !namesMission)) &&
      FORCE_NOUNS.has(lowerAt(ctx, end))
    )
      continue;
    // "Brazil, Honduras, and Paraguay, among others, contributed contingents": a state sending forces is not where
    // they are.
    if (m.entry.kind === 'state' && (sentForcesAfter(ctx, end) || gappedForcesAfter(ctx, m, end))) continue;
    // "left the base for Chad": a destination named in passing is not the place the text is about; nor is a venue
    // ("offered to mediate the dispute at Niagara Falls").
    if (lowerAt(ctx, m.first - 1) === 'for' || talksVenue(ctx, m)) continue;
    // "crossed from Iraq into Kuwait, completing the withdrawal … from the country": a place the forces just went
    // into is not the one a reference after "from" leaves.
    if (
      lowerAt(ctx, i - 1) === 'from' &&
      lowerAt(ctx, m.first - 1) === 'into' &&
      ctx.tokens[m.first]!.sentence === ctx.tokens[i]!.sentence
    )
      continue;
    // "After the signing of the Treaty of Lausanne, the last troops left the city": a treaty's place is no place
    // the forces were in.
    if (namesInstrument(ctx, m)) continue;
    // "once Pretoria's involvement became known … the region": a capital or an owner is never the region meant.
    if (DIVISION_REFERENCES.has(noun) && (m.entry.kind === 'capital' || m.possessive || !regionLike(place))) continue;
    // "drove through Serbia … pulling out of the province": a UN member state is sovereign, no province; Kosovo,
    // named as a state, is not a member.
    if (noun === 'province' && m.entry.kind === 'state' && isUnMember(m.entry.code ?? '')) continue;
    // "Indian troops arrived in Sri Lanka … the island": a state that is one island (or shares one, as Haiti) is what
    // "the island" names.
    const islandState = noun === 'island' && m.entry.kind === 'state' && islandStates.has(m.entry.code ?? '');
    // "his headquarters in Nicosia … flying into the island": a capital is never the island meant.
    if (noun === 'island' && m.entry.kind === 'capital') continue;
    // "took over the capital of northern Indo-China … left the city": a compass part of a land, as a lower-case
    // adjective, is no settlement ("West Beirut" is one).
    if (SETTLEMENT_NOUNS.has(noun) && [m.first - 1, m.first].some((k) => compassAdjective(ctx, k))) continue;
    // "across the Juba river": a town's name before "river" names the river.
    if (lowerAt(ctx, m.last) === 'river') continue;
    // "hours after Moscow said …": a capital that speaks is its government, not the city meant.
    if (m.entry.kind === 'capital' && REPORTING.has(lowerAt(ctx, m.last))) continue;
    // A capital names its state only where no state is named nearer or further back ("flown to Moscow" is a place).
    if (capitalState) {
      capitalFallback ??= capitalState;
      continue;
    }
    const stateLike = m.entry.kind === 'state' || m.entry.kind === 'demonym';
    if (islandState || (stateOrPlace && m.entry.kind !== 'demonym') || wantState === stateLike) {
      known = { place, at: m.first };
      break;
    }
  }
  if (wantState) return (known && leadStateBeside(ctx, known, lead, skip)) ?? known?.place ?? capitalFallback;
  // A town the mention gazetteer does not know, named in a place slot before ("entered Svatove … the town").
  // "the Aouzou Strip … the International Court of Justice ruled … the strip": a landform is named by its own noun.
  const located = locatedNameBack(ctx, i, known?.at ?? -1, noun, LANDFORM_NOUNS.has(noun));
  return located ?? known?.place;
}

/** How many names before the nearest state a lead state acting beside it may stand. */
const BESIDE_MENTIONS = 8;

/**
 * "Mali's military has broken with France and turned to Russia for security help. The last French troops left the
 * country": a state the report opens on, whose own government or forces ("Mali's …") act earlier in the sentence of
 * the nearest state, is what "the country" names; the other is named beside it as a partner.
 */
function leadStateBeside(
  ctx: ArticleContext,
  known: { place: NamedRef; at: number },
  lead: Set<string> | undefined,
  skip?: (place: NamedRef) => boolean,
): NamedRef | undefined {
  if (!lead || lead.has(known.place.name)) return undefined;
  const sentence = ctx.tokens[known.at]!.sentence;
  const before = lastMentionBefore(ctx, known.at);
  for (let k = before; k >= 0 && before - k < BESIDE_MENTIONS; k--) {
    const m = ctx.mentions[k]!;
    if (ctx.tokens[m.first]!.sentence !== sentence) return undefined;
    const place = m.entry.kind === 'state' ? placeOf(m.entry) : undefined;
    if (place && m.possessive && lead.has(place.name) && !skip?.(place)) return place;
  }
  return undefined;
}

/** How far before a place a word of talks may stand. */
const TALKS_REACH = 5;

function talksVenue(ctx: ArticleContext, m: Mention): boolean {
  for (let j = m.first - 1; j >= 0 && j >= m.first - TALKS_REACH; j--) {
    const w = ctx.tokens[j]!.lower;
    if (TALKS_WORDS.has(w)) return true;
    if (w === '.' || w === ';') return false;
  }
  return false;
}

/** A place that "the region" may name: a curated region or a division, never a town. */
const compassAdjective = (ctx: ArticleContext, k: number) => !ctx.tokens[k]?.cap && COMPASS_STARTS.has(lowerAt(ctx, k));

function regionLike(place: NamedRef): boolean {
  const geo = resolvePlace(place.name, place.code ? [place.code] : []);
  return !geo || geo.precision !== 'place';
}

/** Words after which a capitalized name stands in a place slot. */
const PLACE_SLOT_WORDS = new Set([
  ...['in', 'at', 'on', 'from', 'to', 'into', 'near', 'off', 'of', 'toward', 'towards'],
  ...['left', 'leave', 'held', 'took', 'defended', 'retook'],
  ...PLACE_OBJECT_VERBS,
]);

/**
 * The nearest proper name after `stop` and before token i, in a place slot, that GeoNames knows as a populated
 * place or that ends in the reference noun; at most MAX_REFERENCE_SENTENCES back.
 */
function locatedNameBack(
  ctx: ArticleContext,
  i: number,
  stop: number,
  noun: string,
  endingOnly = false,
  reach = MAX_REFERENCE_SENTENCES,
): NamedRef | undefined {
  const sentence = ctx.tokens[Math.min(i, ctx.tokens.length - 1)]?.sentence ?? 0;
  for (let j = i - 1; j > stop && j > 0; j--) {
    const t = ctx.tokens[j]!;
    if (sentence - t.sentence > reach) return undefined;
    if (!t.cap || t.kind !== 'word' || ctx.mentionAt[j]! >= 0 || ctx.inDate[j]) continue;
    // A name starts here, not inside a longer capitalized run.
    if (ctx.tokens[j - 1]!.cap && ctx.tokens[j - 1]!.kind === 'word' && ctx.tokens[j - 1]!.lower !== 'the') continue;
    // "the Russian Ministry of Defence": the complement of a body's name is no place.
    if (ctx.tokens[j - 1]!.lower === 'of' && NOT_PLACE_WORDS.has(lowerAt(ctx, j - 2)) && ctx.tokens[j - 2]!.cap)
      continue;
    const inSlot = PLACE_SLOT_WORDS.has(ctx.tokens[j - 1]!.lower);
    const name = properNameAt(ctx, j, ctx.sentences[t.sentence]!.last);
    if (!name || namesInstrument(ctx, name)) continue;
    const text = spanText(ctx, name.first, name.last);
    // "Snake Island … the island", "the disputed Mesilla Valley … the valley": a name that ends in the reference
    // noun is what it refers to, wherever it stood.
    if (name.last - name.first > 1 && lowerAt(ctx, name.last - 1) === noun) return { name: text };
    // "entered the Afrin enclave … from the enclave": a name before the same noun in lower case.
    if (lowerAt(ctx, name.last) === noun && !ctx.tokens[name.last]!.cap) return { name: text };
    // "the Kingdom of Hanover … the kingdom": a state named by its noun and "of".
    if (lowerAt(ctx, name.first) === noun) {
      const of =
        lowerAt(ctx, name.first + 1) === 'of' ? name.first + 1 : lowerAt(ctx, name.last) === 'of' ? name.last : -1;
      const rest = of > 0 ? properNameAt(ctx, of + 1, ctx.sentences[t.sentence]!.last) : undefined;
      if (rest) return { name: spanText(ctx, name.first, rest.last) };
      if (of > 0 && name.last > of + 1) return { name: text };
    }
    if (!inSlot || endingOnly) continue;
    // "the town of Khiam": a settlement noun names a place whether or not GeoNames knows it.
    if (ctx.tokens[j - 1]!.lower === 'of' && SETTLEMENT_NOUNS.has(lowerAt(ctx, j - 2))) return { name: text };
    const geo = resolvePlace(text);
    if (geo && geo.precision === 'place') return { name: text, code: geo.code };
    // "the war on Bougainville … arrived on the island": an island that is a division of its state.
    if (geo && noun === 'island' && geo.precision === 'admin1') return { name: text, code: geo.code };
  }
  return undefined;
}

/** The nearest actor named before token i (for "they", "the troops", "the rebels" as subject). */
export function referredActor(ctx: ArticleContext, i: number, noun?: string): NamedRef | undefined {
  // "SADC decided to end the mandate of its force … The mission was deployed": a mission is an organization's.
  if (noun && MISSION_REFERENCES.has(noun))
    for (const m of mentionsBack(ctx, i)) if (m.entry.kind === 'org' && !isComplement(ctx, m)) return actorOf(m.entry);
  // Whose forces were named before ("250 US troops … these troops"), else the nearest actor not governed by a
  // preposition ("training to the Syrian Democratic Forces" names a partner, not whose troops they are).
  let nearest: NamedRef | undefined;
  for (const m of mentionsBack(ctx, i)) {
    const actor = actorOf(m.entry);
    if (!actor) continue;
    // "the expulsion of French troops; the first contingent …": forces named after "of" are still forces named —
    // not forces that give themselves up ("to accept the surrender of Japanese forces"), another party's.
    if (isComplement(ctx, m)) {
      if (
        lowerAt(ctx, m.first - 1) === 'of' &&
        FORCE_NOUNS.has(lowerAt(ctx, m.last)) &&
        !SURRENDERED_FORCE_NOUNS.has(lowerAt(ctx, m.first - 2))
      )
        return actor;
      continue;
    }
    // "…limited their tasks to helping the Czechoslovak Legion … Some 5,000 soldiers landed": forces that are the
    // object of helping, training or fighting are another party's, not those the text goes on to move.
    if (objectOfAidOrCombat(ctx, m)) continue;
    // "The Marines occupied Haiti": a name that is itself a force noun names the forces. "The British withdrawal
    // began …, and the last troops had left": a withdrawal owned by a name is of that name's forces.
    if (
      FORCE_NOUNS.has(lowerAt(ctx, m.last)) ||
      FORCE_NOUNS.has(lowerAt(ctx, m.last + 1)) ||
      FORCE_NOUNS.has(lowerAt(ctx, m.last - 1)) ||
      OWNED_WITHDRAWAL_NOUNS.has(lowerAt(ctx, m.last))
    )
      return actor;
    nearest ??= actor;
  }
  return nearest;
}

/** Nouns of forces given up to another party, whose "of" names the defeated ("the surrender of Japanese forces"). */
const SURRENDERED_FORCE_NOUNS = set('surrender capitulation disarmament disarming repatriation internment capture');

/** Nouns of a withdrawal that a name before them owns ("the British withdrawal", "the Soviet pullout"). */
const OWNED_WITHDRAWAL_NOUNS = set('withdrawal pullout pull-out evacuation');

/** Verb forms whose object is a party aided, trained, fought or sent home, never the forces of the one doing it. */
const AID_OR_COMBAT_VERBS = set(`helping help helped aiding aid aided assisting assist assisted supporting support
  supported training train trained advising advise advised fighting fight fought battling battle battled attacking
  attack attacked evacuating evacuate evacuated rescuing rescue rescued repatriating repatriate repatriated disarming
  disarm disarmed`);

/** Whether the mention is the object of a verb of aiding or fighting ("helping the Czechoslovak Legion"). */
function objectOfAidOrCombat(ctx: ArticleContext, m: Mention): boolean {
  const verb = DETERMINERS.has(lowerAt(ctx, m.first - 1)) ? m.first - 2 : m.first - 1;
  return AID_OR_COMBAT_VERBS.has(lowerAt(ctx, verb)) && !ctx.tokens[verb]?.cap;
}

/** "NATO ambassadors met … The alliance sent troops": the nearest organization named before i that can act. */
export function referredOrganization(ctx: ArticleContext, i: number): NamedRef | undefined {
  for (const m of mentionsBack(ctx, i)) if (m.entry.kind === 'org') return actorOf(m.entry);
  return undefined;
}

/** "The council created MINUSMA … The mission was deployed": the mission with an area of its own named before i. */
export function referredMission(ctx: ArticleContext, i: number): Mention | undefined {
  for (const m of mentionsBack(ctx, i)) if (m.entry.area && m.entry.kind === 'org') return m;
  return undefined;
}

/** References to a mission or its forces, which an organization runs ("the mission", "the peacekeepers"). */
const MISSION_REFERENCES = new Set(['mission', 'operation', 'peacekeepers']);

/** Prepositions after which a state's name names a place ("in Cyprus"; "the U.S. presence" names an actor). */
const PLACE_PREPOSITIONS = set('in into to on at across throughout');

/** The last place named before token i, a capital too, no further back than `reach` sentences. */
export function placeNamedBefore(ctx: ArticleContext, i: number, reach: number): NamedRef | undefined {
  for (const m of mentionsBack(ctx, i, reach)) {
    // A state names a place only after a preposition of place.
    const before = lowerAt(ctx, m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
    if (m.entry.kind === 'state' && !PLACE_PREPOSITIONS.has(lowerAt(ctx, before))) continue;
    // "hours after Canberra approved the deployment": a capital that acts is its government, not where forces went.
    if (m.entry.kind === 'capital' && actingCapital(ctx, m, before)) continue;
    const place = m.entry.kind === 'capital' ? { name: m.entry.name, code: m.entry.code } : placeOf(m.entry);
    if (place) return place;
  }
  return undefined;
}

/** A capital as the subject of a verb ("Canberra approved", "Moscow agreed"): no preposition before, a verb after. */
function actingCapital(ctx: ArticleContext, m: Mention, before: number): boolean {
  if (m.possessive || PLACE_PREPOSITIONS.has(lowerAt(ctx, before))) return false;
  const next = ctx.tokens[m.last];
  return !!next && next.kind === 'word' && !next.cap && !CAPITAL_LINKS.has(next.lower);
}
/** Words after a capital that go on with a list or a phrase rather than a verb ("Canberra and Wellington"). */
const CAPITAL_LINKS = set('and or of in on at to from');

/** The nearest place named before token i in the same sentence or the ones before it. */
export function nearestPlaceBefore(ctx: ArticleContext, i: number, exclude?: NamedRef): NamedRef | undefined {
  for (const m of mentionsBack(ctx, i)) {
    const place = placeOf(m.entry);
    if (place && place.name !== exclude?.name && m.entry.kind !== 'capital') return place;
  }
  return undefined;
}

/** How many sentences back the place where forces came ashore may have been named. */
export const LANDING_PLACE_SENTENCES = 1;

/**
 * The place named nearest before token i, this sentence or the one before, that `skip` does not reject; a capital
 * stands for its state ("As fighting spread through Santo Domingo, … ordered some 400 Marines ashore": the Dominican
 * Republic). A people's name is no place here: it may say whose anything is.
 */
export function landingPlaceBefore(
  ctx: ArticleContext,
  i: number,
  skip: (place: NamedRef) => boolean,
): NamedRef | undefined {
  for (const m of mentionsBack(ctx, i, LANDING_PLACE_SENTENCES)) {
    if (m.entry.kind === 'demonym' || quotedName(ctx, m)) continue;
    const place = m.entry.kind === 'capital' && m.entry.code ? stateOf(m.entry.code) : placeOf(m.entry);
    if (place && !skip(place)) return place;
  }
  return undefined;
}

/** Quotation marks that open a quoted phrase. */
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);

/** A name quoted as a figure of speech ("the fear of a \"second Cuba\""), its quote at most one word before it. */
function quotedName(ctx: ArticleContext, m: Mention): boolean {
  return OPENING_QUOTES.has(lowerAt(ctx, m.first - 1)) || OPENING_QUOTES.has(lowerAt(ctx, m.first - 2));
}

/**
 * The nearest state named (in any role) before token i within `reach` sentences, other than those `skip` rejects:
 * the state a passage is about ("Rhodesia reverted to British rule. A force drawn from Britain and Fiji deployed").
 */
export function stateNamedBefore(
  ctx: ArticleContext,
  i: number,
  reach: number,
  skip: (state: NamedRef) => boolean,
): NamedRef | undefined {
  for (const m of mentionsBack(ctx, i, reach)) {
    if (m.entry.kind !== 'state') continue;
    const place = placeOf(m.entry);
    if (place && !skip(place)) return place;
  }
  return undefined;
}

function capitalOf(code: string): NamedRef | undefined {
  const name = gazetteer().capitalName(code);
  return name ? { name, code } : undefined;
}

/** Where the list of names that `m` starts ends ("British and Canadian units": at "units"). */
function listEnd(ctx: ArticleContext, m: Mention): number {
  let end = m.last;
  for (let k = 0; k < MAX_LISTED_OWNERS; k++) {
    const link = lowerAt(ctx, end);
    const skip = link === ',' && lowerAt(ctx, end + 1) === 'and' ? 2 : 1;
    const next = link === ',' || link === 'and' || link === 'or' ? ctx.mentionAt[end + skip] : undefined;
    if (next === undefined || next < 0) break;
    end = ctx.mentions[next]!.last;
  }
  return end;
}
/** How many names one list of owners may hold. */
const MAX_LISTED_OWNERS = 6;

/** Verbs by which the states before them send forces. */
const SENDING_VERBS = set('contributed sent dispatched deployed pledged provided supplied');
/** Words that may stand between a list of states and its verb (", among others,", "have also"). */
const BEFORE_VERB_WORDS = set(', among others also all have has had');
/** How many such words may stand there. */
const BEFORE_VERB_REACH = 5;

/** Whether a verb of sending forces follows the list ending at `end`. */
function sentForcesAfter(ctx: ArticleContext, end: number): boolean {
  for (let k = end; k < end + BEFORE_VERB_REACH; k++) {
    const w = lowerAt(ctx, k);
    if (SENDING_VERBS.has(w)) return true;
    if (!BEFORE_VERB_WORDS.has(w)) return false;
  }
  return false;
}

/** How many words may describe the forces of a gapped sender ("a police detachment", "a small naval squadron"). */
const GAPPED_FORCE_WORDS = 3;

/** How far before a gapped sender its clause's sending verb may stand ("Brazil contributed 1,100 men, Paraguay 184"). */
const GAPPED_VERB_REACH = 12;

/**
 * "…contributed troops and Costa Rica a police detachment", "Brazil contributed 1,100 men, Paraguay 184 and
 * Nicaragua 160": a state after "and" or a comma with the sending verb left out, its forces a phrase or a figure.
 */
function gappedForcesAfter(ctx: ArticleContext, m: Mention, end: number): boolean {
  const link = lowerAt(ctx, m.first - 1);
  if ((link === 'and' || link === ',') && ctx.tokens[end]?.kind === 'number') {
    const sentence = ctx.tokens[m.first]!.sentence;
    for (let k = m.first - 2; k >= 0 && k >= m.first - GAPPED_VERB_REACH; k--) {
      if (ctx.tokens[k]!.sentence !== sentence || lowerAt(ctx, k) === ';') break;
      if (SENDING_VERBS.has(lowerAt(ctx, k))) return true;
    }
  }
  if (link !== 'and' || !['a', 'an'].includes(lowerAt(ctx, end))) return false;
  for (let k = end + 1; k <= end + GAPPED_FORCE_WORDS; k++) if (FORCE_NOUNS.has(lowerAt(ctx, k))) return true;
  return false;
}

/** The state a code stands for, as a reference. */
export function stateOf(code: string): NamedRef | undefined {
  const name = gazetteer().stateName(code);
  return name ? { name, code } : undefined;
}

/**
 * Whether a capitalized word that is no common English word and no known name, not opening its sentence, stands right
 * before the mention ("George Washington", "Stonewall Jackson"; not "The Central African Republic"): the mention ends
 * a person's name.
 */
function givenNameBefore(ctx: ArticleContext, m: Mention): boolean {
  const before = ctx.tokens[m.first - 1];
  if (!before || !before.cap || before.kind !== 'word' || before.sentence !== ctx.tokens[m.first]!.sentence)
    return false;
  return (
    ctx.sentences[before.sentence]!.first !== m.first - 1 &&
    ctx.mentionAt[m.first - 1]! < 0 &&
    posOf(before.lower) === undefined
  );
}
