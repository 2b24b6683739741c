import { namesakesAbroad, resolvePlace } from '../gazetteer/geo.ts';
import { DIVISION_WORDS } from '../gazetteer/geo-names.ts';
import { BEARINGS, FACILITY_HEADS } from '../lexicon.ts';
import { posOf } from './pos.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';

/** Words after which a capitalized name stands where a place does ("in Nasiriyah", "entered Tal Abyad"). */
/** Verbs whose object is a place forces take, hold or leave ("occupy Veracruz", "abandoned Kherson", "left Lyman"). */
export const PLACE_OBJECT_VERBS = new Set(
  `enter enters entered entering occupy occupies occupied occupying capture captures captured capturing seize seizes
  seized seizing reach reaches reached reaching liberate liberates liberated liberating besiege besieged encircle
  encircled evacuate evacuates evacuated evacuating abandon abandons abandoned abandoning retook recaptured garrisoned
  invade invades invaded invading left leave leaves leaving quit quits vacated vacate fled flee departed`.split(/\s+/),
);
const SLOT_WORDS = new Set([
  'in',
  'at',
  'from',
  'into',
  'near',
  'outside',
  'toward',
  'towards',
  'around',
  // "anchored off Constantinople", "arrived off Veracruz".
  'off',
  ...PLACE_OBJECT_VERBS,
]);
/** Nouns whose "of" names a place ("the town of Tal Rifaat", "the port of Hodeidah"). */
const PLACE_NOUNS = new Set([
  'town',
  'towns',
  'city',
  'cities',
  'village',
  'villages',
  'port',
  'ports',
  'district',
  'districts',
  'province',
  'provinces',
  'region',
  'regions',
  'base',
  'island',
  'islands',
  'enclave',
  'enclaves',
  'territory',
  'territories',
]);
/** Mentions that place a name in a state. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['state', 'capital', 'place']);
/** A town abroad this large keeps its own state beside the text's towns. */
const FOREIGN_CITY_POPULATION = 250_000;
/** Links of a list of places ("Irpin, Bucha and Hostomel"). */
const LIST_LINKS = new Set([',', 'and', 'or']);
/** How many tokens such a name may span ("Ras al - Ayn"). */
const MAX_NAME_TOKENS = 5;
/** A GeoNames place becomes a mention only with people living there (hamlets collide with ordinary names). */
const MIN_POPULATION = 5_000;
/** A name that owns what follows ("X's request") is a town only this large. */
const OWNING_TOWN_POPULATION = 50_000;
/** A name that is also an English word needs a town this large ("in Reading", yes; "in Command", no). */
const COMMON_WORD_POPULATION = 100_000;

/**
 * Places the curated gazetteer lacks, found where the text puts a place: a capitalized name after a place
 * preposition that GeoNames knows as a populated place or a division. So every rule that reads mentions sees the
 * town, not only the clause readers that geocode their own slots. Linear: one lookup per candidate name.
 */
export function withSlotPlaces(tokens: readonly Token[], mentions: Mention[], inDate: Uint8Array): Mention[] {
  const covered = new Uint8Array(tokens.length);
  // Where a place ends, so a list after it goes on in a place slot.
  const placeEnds = new Uint8Array(tokens.length + 1);
  // The state whose possessive ends at a token ("Somalia's Gedo region"), by the token after its "'s".
  const ownerCodeAt = new Map<number, string>();
  for (const m of mentions) {
    covered.fill(1, m.first, m.last);
    if (m.possessive && m.entry.kind === 'state' && m.entry.code) ownerCodeAt.set(m.last + 1, m.entry.code);
    if (m.entry.kind === 'place' || m.entry.kind === 'state' || m.entry.kind === 'capital') placeEnds[m.last] = 1;
  }
  const added: Mention[] = [];
  // The states the text names anywhere (a state, its capital or a place of it), and the last town or capital named.
  const named = new Set<string>();
  for (const m of mentions) if (m.entry.code && PLACE_KINDS.has(m.entry.kind)) named.add(m.entry.code);
  let next = 0;
  let lastTown: Mention | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    for (; next < mentions.length && mentions[next]!.first < i; next++) {
      const m = mentions[next]!;
      if (m.entry.kind !== 'state' && PLACE_KINDS.has(m.entry.kind) && m.entry.code) lastTown = m;
    }
    if (!t.cap || t.kind !== 'word' || covered[i] || inDate[i] || tokens[i - 1]!.sentence !== t.sentence) continue;
    const before = tokens[i - 1]!.lower;
    const listed = LIST_LINKS.has(before) && (placeEnds[i - 1] === 1 || (before === 'and' && placeEnds[i - 2] === 1));
    const owner = ownerCodeAt.get(i);
    if (
      !listed &&
      !owner &&
      !SLOT_WORDS.has(before) &&
      !(before === 'of' && PLACE_NOUNS.has(tokens[i - 2]?.lower ?? '')) &&
      // "Gamil airfield west of Port Said": a bearing from a town places what stands before it.
      !(before === 'of' && BEARINGS.has(tokens[i - 2]?.lower ?? ''))
    )
      continue;
    let last = i + 1;
    while (last < tokens.length && last - i < MAX_NAME_TOKENS && !covered[last] && !inDate[last]) {
      const next = tokens[last]!;
      const adjacent = next.start - tokens[last - 1]!.end <= 1 && next.sentence === t.sentence;
      if (adjacent && next.kind === 'word' && next.cap) last++;
      else if (adjacent && next.text === '-' && next.start === tokens[last - 1]!.end && tokens[last + 1]?.cap)
        last += 2;
      else break;
    }
    const after = tokens[last]?.lower;
    const owns = after === "'s" || after === '’s';
    const surface = tokens
      .slice(i, last)
      .map((x, k) => (k > 0 && x.start > tokens[i + k - 1]!.end ? ' ' : '') + x.text)
      .join('');
    // "Somalia's Gedo region": a division word after the name asks for the division.
    const division = tokens[last] && !tokens[last]!.cap ? DIVISION_WORDS.test(` ${tokens[last]!.text}`) : false;
    const geo = resolvePlace(division ? `${surface} ${tokens[last]!.text}` : surface, owner ? [owner] : []);
    if (!geo || (geo.precision === 'place' && geo.population < MIN_POPULATION)) continue;
    // "at Tokayev's request": a name owning what follows is a person's unless it is a town of some size
    // ("Bakhmut's outskirts").
    if (owns && geo.precision === 'place' && geo.population < OWNING_TOWN_POPULATION) continue;
    // After a state's possessive only that state's own places count ("Somalia's Gedo", not "Russia's Wagner").
    if (owner && !listed && !SLOT_WORDS.has(before) && geo.code !== owner) continue;
    if (last - i === 1 && posOf(t.lower) !== undefined && geo.population < COMMON_WORD_POPULATION) continue;
    // "holding downtown Santo Domingo … landing at San Isidro airfield": an airfield or base named after a town that
    // GeoNames knows in several states, none of which the text names, lies in the state of the town the sentence named
    // before it ("Kismayo" lies in Somalia alone, whatever town came before).
    const facility = FACILITY_HEADS.has(tokens[last]?.lower ?? '') || tokens[last + 1]?.lower === 'base';
    const beside =
      facility && lastTown && tokens[lastTown.first]!.sentence === t.sentence && !named.has(geo.code) && !owner
        ? lastTown.entry.code
        : undefined;
    const code =
      beside && geo.precision === 'place' && geo.population < FOREIGN_CITY_POPULATION && namesakesAbroad(surface)
        ? beside
        : geo.code;
    added.push({ first: i, last, entry: { kind: 'place', name: surface, code }, possessive: false });
    placeEnds[last] = 1;
    i = last - 1;
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.first - b.first);
}
