import type { ArticleContext } from '../context.ts';
import { afterDateline, lowerAt, mentionAtToken } from '../slots.ts';
import type { Sentence } from '../text/tokens.ts';
import { spanText } from './phrases.ts';
import { posOf } from '../text/pos.ts';
import { wordSet as set } from '../word-set.ts';
import { lookupTable } from '../lookup-table.ts';

/** Head words that make a capitalized name an entity that can be dissolved (a body, state, unit or group). */
export const ENTITY_HEADS = set(`republic republics pact union council organization organisation party front group
  assembly army mission operation force forces federation alliance movement guard ministry agency office authority
  bureau commission centre center society parliament congress committee service services board administration
  department community league state states kingdom kingdoms empire empires confederation regiment brigade division
  battalion corps directorate secretariat command commander soviet junta caliphate emirate sultanate duchy
  protectorate mandate legion unit staff tribunal court institute cabinet government senate coalition brigades
  division committee commissariat administration territory territories zone colony dominion principality khanate
  commonwealth company entente provinces association associations brotherhood militia network syndicate bloc
  foundation wing squadron fleet flotilla rally infantry rifles fusiliers dragoons hussars lancers grenadiers
  highlanders borderers gendarmerie constabulary`);
const LEANING = /^(?:pro|anti)-/;

/** Participles of a compound that says who holds a body ("the Islamist-led parliament", "the army-backed cabinet"). */
const HOLDER_PARTICIPLES = set('led dominated controlled backed run allied aligned installed appointed');
/** Tokens of such a compound: the holder, the hyphen and the participle. */
const HOLDER_COMPOUND_TOKENS = 3;

/**
 * "the pro-Kurdish Democratic Society Party", "the Islamist-led parliament": the token after a leaning or a holder
 * compound before a name, else j.
 */
export function afterLeaning(ctx: ArticleContext, j: number): number {
  if (LEANING.test(lowerAt(ctx, j)) && ctx.tokens[j + 1]?.cap) return j + 1;
  const holder =
    ctx.tokens[j]?.kind === 'word' &&
    lowerAt(ctx, j + 1) === '-' &&
    HOLDER_PARTICIPLES.has(lowerAt(ctx, j + 2)) &&
    ctx.tokens[j + HOLDER_COMPOUND_TOKENS]?.kind === 'word';
  return holder ? j + HOLDER_COMPOUND_TOKENS : j;
}
/** Lower-case heads that end a polity's name after its capitalized words ("the Tokugawa shogunate"). */
const POLITY_HEADS = set('shogunate sultanate caliphate monarchy dynasty emirate khanate empire kingdom');
/** Lower-case words that may stand inside an entity's name ("Office of Strategic Services"). */
const NAME_CONNECTORS = set("of the for and on de in to 's ’s");
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const ACRONYM = /^[A-Z][A-Z0-9-]{1,7}$/;
/** Title words before a name that are not part of it ("President", "General"). */
const TITLES = set('president leader head chairman speaker general minister secretary the a an former');
/** Kinds of gazetteer entry that can be dissolved. */
const DISSOLVABLE = set('state org operation legislature');

/** Whether a gazetteer entry of this kind names something that can be dissolved. */
export const isDissolvableKind = (kind: string): boolean => DISSOLVABLE.has(kind);

export interface EntitySlot {
  name: string;
  first: number;
  last: number;
}

/** How long an entity's name may be, in tokens. */
const MAX_ENTITY_TOKENS = 12;

/** Whether [first, last) names something dissolvable: a known body or state, an acronym, or a name with a head word. */
function isEntityName(ctx: ArticleContext, first: number, last: number): boolean {
  const m = mentionAtToken(ctx, first);
  if (m && m.first === first && m.last === last) return DISSOLVABLE.has(m.entry.kind);
  if (last - first === 1 && ACRONYM.test(ctx.tokens[first]!.text)) return !ctx.inDate[first];
  // "the Comintern": a one-word name after "the" that the gazetteer does not know as something else.
  // Never the first word of a longer capitalized name ("the National" of "the National Workers' Convention").
  if (last - first === 1 && !m && ctx.tokens[first]!.cap && lowerAt(ctx, first - 1) === 'the')
    return !ctx.inDate[first] && !ctx.tokens[last]?.cap;
  for (let k = first; k < last; k++) if (ctx.tokens[k]!.cap && ENTITY_HEADS.has(ctx.tokens[k]!.lower)) return true;
  // "the National Workers' Convention": a plural possessive before a body's head names a body of those people.
  for (let k = first + 1; k < last - 1; k++)
    if (pluralPossessive(ctx, k) && ctx.tokens[k + 1]!.cap && POSSESSIVE_NAME_HEADS.has(lowerAt(ctx, k + 1)))
      return true;
  if (last - first > 1 && POLITY_HEADS.has(lowerAt(ctx, last - 1)) && ctx.tokens[last - 2]!.cap) return true;
  return namedByStateHead(ctx, first) && !ctx.inDate[first];
}

/** Lower-case heads that name the polity after "of" ("the puppet state of Manchukuo"); not "the government of Iraq". */
const STATE_HEADS =
  set(`state republic kingdom empire emirate sultanate caliphate duchy grand-duchy principality khanate
  protectorate colony dominion federation confederation`);
/** Words that may stand between a determiner and such a head ("the short-lived puppet state of"). */
const STATE_HEAD_REACH = 4;

/**
 * "the puppet state of Manchukuo", "the short-lived republic of Kugelmugel": the name at `first` is what a lower-case
 * state head before it names — unless that noun phrase is itself a preposition's object ("troops from the kingdom of").
 */
/** "the government of Iraq", "the army of Chad": a lower-case body of the state named after "of", not the state. */
export function bodyOfState(ctx: ArticleContext, first: number): boolean {
  const head = ctx.tokens[first - 2];
  return (
    lowerAt(ctx, first - 1) === 'of' &&
    !!head &&
    head.kind === 'word' &&
    !head.cap &&
    !STATE_HEADS.has(head.lower) &&
    !['the', 'a', 'an'].includes(head.lower)
  );
}

export function namedByStateHead(ctx: ArticleContext, first: number): boolean {
  const head = ctx.tokens[first - 2];
  if (lowerAt(ctx, first - 1) !== 'of' || !head || head.cap || !STATE_HEADS.has(head.lower)) return false;
  for (let k = first - 3; k >= 0 && k >= first - 2 - STATE_HEAD_REACH; k--) {
    const w = lowerAt(ctx, k);
    if (w === 'the' || w === 'a' || w === 'an') return !PREPOSITIONS_BEFORE_HEAD.has(lowerAt(ctx, k - 1));
    if (ctx.tokens[k]!.kind !== 'word' || ctx.tokens[k]!.cap) return false;
  }
  return false;
}
const PREPOSITIONS_BEFORE_HEAD = set('from of in to into at by with for on within across against');

/** Lower-case words that may follow a dissolved name (prepositions, conjunctions, auxiliaries, "ahead"). */
const NAME_ENDERS = set(`in on at by after before following with ahead amid during from for since until when while as
  and or but which who that was were is are had has have itself themselves altogether entirely completely effective
  yesterday today last early late`);

/** "its Iraq reconstruction group": a lower-case word at j after a name, other than one that ends it, is the noun the name modifies. */
export function modifiesNoun(ctx: ArticleContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'word' || t.cap || NAME_ENDERS.has(t.lower) || t.lower.endsWith('ly')) return false;
  // "The Supreme Council dissolved itself": a verb (by the lexicon's most likely class) is no noun being modified.
  const cls = posOf(t.lower);
  return cls === undefined || cls === 'noun' || cls === 'adjective';
}

/** "the Armed Forces' battalion": an apostrophe right after a plural name makes it a possessor. */
export function pluralPossessive(ctx: ArticleContext, j: number): boolean {
  const t = ctx.tokens[j];
  const before = ctx.tokens[j - 1];
  return !!t && !!before && (t.text === "'" || t.text === '’') && t.start === before.end && before.lower.endsWith('s');
}

/**
 * "Afghanistan's Independent Election Commission": where a state's possessive opens the name at i, the body's own
 * name starts after it; otherwise at i.
 */
export function afterStateOwner(ctx: ArticleContext, i: number): number {
  const owner = mentionAtToken(ctx, i);
  const owned =
    owner?.first === i && owner.possessive && owner.entry.kind === 'state' && ctx.tokens[owner.last + 1]?.cap;
  return owned ? owner.last + 1 : i;
}

/** How many items a list inside a name may hold ("of Health, Education, and Welfare"). */
const NAME_LIST_ITEMS = 4;

/**
 * Where a name's own list ends, for the comma at `comma` in a name opened at `first` with "of": commas between
 * capitalized words and a last "and" before capitalized words, then no capitalized word ("the Department of Health,
 * Education, and Welfare"); -1 where the comma ends the name ("the Ministry of Defence, NATO and the Iraqi army").
 */
export function ofListEnd(ctx: ArticleContext, first: number, comma: number, limit: number): number {
  let hasOf = false;
  for (let k = first; k < comma; k++) if (lowerAt(ctx, k) === 'of') hasOf = true;
  if (!hasOf) return -1;
  let j = comma;
  for (let items = 0; items < NAME_LIST_ITEMS && j < limit; items++) {
    if (lowerAt(ctx, j) === ',') j++;
    const and = lowerAt(ctx, j) === 'and';
    if (and) j++;
    const start = j;
    while (
      j < limit &&
      j < start + MAX_ENTITY_TOKENS &&
      ctx.tokens[j]!.cap &&
      ctx.tokens[j]!.kind === 'word' &&
      !ctx.inDate[j]
    )
      j++;
    if (j === start) return -1;
    if (and) return ctx.tokens[j]?.cap ? -1 : j;
    if (lowerAt(ctx, j) !== ',' && lowerAt(ctx, j) !== 'and') return -1;
  }
  return -1;
}

/** The capitalized name starting at token i (after determiners), extended over connectors and an ordinal. */
export function entityAt(ctx: ArticleContext, s: Sentence, i: number): EntitySlot | undefined {
  let j = i;
  while (j < s.last && (lowerAt(ctx, j) === 'the' || lowerAt(ctx, j) === 'its' || lowerAt(ctx, j) === 'their')) j++;
  // "the pro-Kurdish Democratic Society Party": a leaning before the name is not part of it.
  j = afterLeaning(ctx, j);
  j = afterStateOwner(ctx, j);
  const first = j;
  if (ORDINAL.test(lowerAt(ctx, j))) j++;
  while (j < s.last && j < first + MAX_ENTITY_TOKENS) {
    const t = ctx.tokens[j]!;
    if (ctx.inDate[j]) break;
    const m = mentionAtToken(ctx, j);
    if (m && m.first === j) {
      j = m.last;
      continue;
    }
    if (t.cap && t.kind === 'word') {
      j++;
      continue;
    }
    if ((t.text === '-' || t.text === "'" || t.text === '’') && ctx.tokens[j + 1]?.start === t.end && j > first) {
      j++;
      continue;
    }
    // "the National Socialist German Workers' Party": a plural possessive before a body's head is inside the name.
    if (pluralPossessive(ctx, j) && ctx.tokens[j + 1]?.cap && POSSESSIVE_NAME_HEADS.has(lowerAt(ctx, j + 1))) {
      j++;
      continue;
    }
    if (NAME_CONNECTORS.has(t.lower) && j > first && ctx.tokens[j + 1]?.cap) {
      j++;
      continue;
    }
    if (NAME_CONNECTORS.has(t.lower) && t.lower === 'of' && lowerAt(ctx, j + 1) === 'the' && ctx.tokens[j + 2]?.cap) {
      j += 2;
      continue;
    }
    // "the Bureau of Refugees, Freedmen, and Abandoned Lands": a list of capitalized words after the name's "of".
    const listEnd = t.text === ',' ? ofListEnd(ctx, first, j, s.last) : -1;
    if (listEnd > 0) {
      j = listEnd;
      continue;
    }
    break;
  }
  while (
    j > first &&
    !ctx.tokens[j - 1]!.cap &&
    !ORDINAL.test(lowerAt(ctx, j - 1)) &&
    ctx.tokens[j - 1]!.kind !== 'number'
  )
    j--;
  if (j > first && POLITY_HEADS.has(lowerAt(ctx, j)) && ctx.tokens[j - 1]!.cap) j++;
  if (j <= first || !isEntityName(ctx, first, j)) return undefined;
  // "Iraq's army": the name is the possessor, not the thing dissolved.
  if (lowerAt(ctx, j) === "'s" || lowerAt(ctx, j) === '’s' || pluralPossessive(ctx, j)) return undefined;
  if (modifiesNoun(ctx, j)) return undefined;
  return { name: spanText(ctx, first, j), first, last: j };
}

/** A place named at token k as the object of a name's preposition ("… for Syria", "… of Korea"). */
function placeObjectBefore(ctx: ArticleContext, k: number): boolean {
  const m = mentionAtToken(ctx, k);
  if (!m || m.last !== k + 1 || (m.entry.kind !== 'state' && m.entry.kind !== 'place')) return false;
  const before = lowerAt(ctx, m.first - 1);
  return before === 'for' || before === 'of' || before === 'in';
}

/**
 * "the Warsaw Pact and Comecon": an "and" between two names the gazetteer knows as dissolvable wholes joins two
 * bodies, not the parts of one name — unless the first is the object of a name's preposition ("Federation of Rhodesia
 * and Nyasaland").
 */
function joinsTwoBodies(ctx: ArticleContext, first: number, k: number): boolean {
  const right = mentionAtToken(ctx, first);
  if (!right || right.first !== first || right.last !== k + 1 || !DISSOLVABLE.has(right.entry.kind)) return false;
  const left = mentionAtToken(ctx, first - 2);
  return !!left && left.last === first - 1 && DISSOLVABLE.has(left.entry.kind) && !placeObjectBefore(ctx, first - 2);
}

/** The name ending at token `end` (a subject before its verb), walking back over its words and connectors. */
export function entityEndingAt(ctx: ArticleContext, s: Sentence, end: number): EntitySlot | undefined {
  let k = end;
  // "the Supreme Commander for the Allied Powers (SCAP)": the name stands before its acronym.
  if (lowerAt(ctx, k) === ')') {
    let p = k - 1;
    while (p > s.first && p > k - 6 && lowerAt(ctx, p) !== '(') p--;
    if (lowerAt(ctx, p) !== '(') return undefined;
    k = p - 1;
  }
  const m = mentionAtToken(ctx, k);
  let first = m ? m.first : k;
  const polity = !m && POLITY_HEADS.has(lowerAt(ctx, k)) && !!ctx.tokens[k - 1]?.cap;
  if (!m && !polity && !(ctx.tokens[k]?.cap && ctx.tokens[k]!.kind === 'word')) return undefined;
  while (first - 1 >= s.first && first > k - MAX_ENTITY_TOKENS) {
    const p = ctx.tokens[first - 1]!;
    const pm = mentionAtToken(ctx, first - 1);
    if (pm) first = pm.first;
    else if (p.cap && p.kind === 'word' && !TITLES.has(p.lower)) first--;
    else if (ORDINAL.test(p.lower)) first--;
    // "Polish–Lithuanian Commonwealth": a dash with no spaces joins two capitalized words into one name.
    else if (attachedDash(ctx, first - 1) && ctx.tokens[first - 2]?.cap) first--;
    else if (p.lower === 'and' && joinsTwoBodies(ctx, first, k)) break;
    // "… War the League": "the" joins only after another connector ("Commander of the Faithful").
    else if (
      NAME_CONNECTORS.has(p.lower) &&
      p.lower !== "'s" &&
      p.lower !== 'the' &&
      ctx.tokens[first - 2]?.cap &&
      p.lower !== 'to'
    )
      first--;
    // "the German National People's Party": a possessive inside the name of a body before its head.
    else if (
      (p.lower === "'s" || p.lower === '’s') &&
      first === k &&
      POSSESSIVE_NAME_HEADS.has(lowerAt(ctx, k)) &&
      ctx.tokens[first - 2]?.cap &&
      !mentionAtToken(ctx, first - 2)
    )
      first--;
    // "the King's German Legion", "the Queen's Own Rifles": a sovereign's possessive opens the name of a body raised
    // in the sovereign's name, however many words follow it.
    else if (
      (p.lower === "'s" || p.lower === '’s') &&
      SOVEREIGN_POSSESSORS.has(lowerAt(ctx, first - 2)) &&
      ctx.tokens[first - 2]!.cap
    )
      first -= 2;
    // "the National Workers' Convention": a plural possessive inside the name of a body before its head.
    else if (first === k && pluralPossessive(ctx, first - 1) && POSSESSIVE_NAME_HEADS.has(lowerAt(ctx, k))) first--;
    // "… and the Soviet Union": "and the" joins two names, not parts of one, except where it joins the objects of a
    // name's own preposition ("Mandate for Syria and the Lebanon").
    else if (
      p.lower === 'the' &&
      NAME_CONNECTORS.has(lowerAt(ctx, first - 2)) &&
      (lowerAt(ctx, first - 2) !== 'and' || placeObjectBefore(ctx, first - 3)) &&
      ctx.tokens[first - 3]?.cap
    )
      first--;
    else break;
  }
  while (first < k && (NAME_CONNECTORS.has(lowerAt(ctx, first)) || TITLES.has(lowerAt(ctx, first)))) first++;
  const last = m ? m.last : k + 1;
  // "the Department of Health, Education, and Welfare": a name whose list after "of" ends here starts further back.
  const wider = nameWithListEndingAt(ctx, s, first, last);
  if (wider) return wider;
  if (!isEntityName(ctx, first, last)) return undefined;
  return { name: spanText(ctx, first, last), first, last };
}

/** Sovereigns in whose name a body is raised, their possessive opening its name ("King's German Legion"). */
const SOVEREIGN_POSSESSORS = set('king queen');

/** Heads of bodies whose names hold a possessive before them ("People's Party", "People's Assembly"). */
const POSSESSIVE_NAME_HEADS =
  set(`party union front army assembly congress league movement council convention federation
  confederation association`);

/** How far back a name with a list inside it may start ("Bureau of Refugees, Freedmen, and Abandoned Lands"). */
const LISTED_NAME_REACH = 14;

/** The name ending at `last` that holds a list after its "of", where the part found starts after ", " or "and". */
function nameWithListEndingAt(ctx: ArticleContext, s: Sentence, first: number, last: number): EntitySlot | undefined {
  const before = lowerAt(ctx, first - 1);
  if (before !== ',' && before !== 'and') return undefined;
  for (let k = first - 2; k >= s.first && k >= first - LISTED_NAME_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (!(t.cap || t.lower === ',' || t.lower === 'and' || t.lower === 'of')) break;
    if (!t.cap || (ctx.tokens[k - 1]?.cap && ctx.tokens[k - 1]!.kind === 'word')) continue;
    const whole = entityAt(ctx, s, k);
    if (!whole || whole.last !== last) continue;
    // Only a list after the name's own "of" ("… of Health, Education, and Welfare"), never two names joined by "and".
    const words = ctx.tokens.slice(whole.first, whole.last).map((x) => x.lower);
    if (words.includes(',') && words.indexOf('of') >= 0 && words.indexOf('of') < words.indexOf(',')) return whole;
  }
  return undefined;
}

/**
 * The names of a coordinated subject ending at `end`: "The Warsaw Pact, the Comecon and the Soviet Union were
 * dissolved" gives three. The link nearest the verb is "and"; links further back are commas.
 */
/** Words that make the names after them the parties to something else ("the union between Norway and Sweden"). */
const PARTY_GOVERNORS = set('between among');
/** How far before a name such a word may stand ("between the Kingdom of X and Y"). */
const PARTY_REACH = 8;

/** Whether the name starting at `first` is one of the parties after "between"/"among", not a subject. */
export function namesParty(ctx: ArticleContext, s: Sentence, first: number): boolean {
  for (let j = first - 1; j >= s.first && j >= first - PARTY_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (PARTY_GOVERNORS.has(w)) return true;
    if (
      w === ',' ||
      w === ';' ||
      (ctx.tokens[j]!.kind === 'word' && !ctx.tokens[j]!.cap && w !== 'and' && w !== 'the' && w !== 'of')
    )
      return false;
  }
  return false;
}

/**
 * `linkedItems`: how many items after `end` the list already has ("…, the Special Republican Guard and the Fedayeen
 * Saddam militia": one, read by another rule, so the link before the item ending at `end` is a comma).
 */
export function entityListEndingAt(ctx: ArticleContext, s: Sentence, end: number, linkedItems = 0): EntitySlot[] {
  const out: EntitySlot[] = [];
  let e = end;
  let named = 0;
  while (out.length < MAX_LIST_NAMES) {
    // "the government and the National Legislature are dissolved": a generic body as the first item.
    const strict = entityEndingAt(ctx, s, e) ?? (out.length ? genericBodyEndingAt(ctx, s, e) : undefined);
    // "the Royal Irish Regiment, the Connaught Rangers and the South Irish Horse": in a list with a body's name,
    // capitalized names with other heads are bodies too.
    const name = strict ?? siblingNameEndingAt(ctx, s, e);
    if (!name) break;
    if (strict) named++;
    out.push(name);
    let j = ownerStart(ctx, s, name.first) - 1;
    // "the National Assembly and his Convention People's Party": an owner's determiner opens an item as "the" does.
    if (lowerAt(ctx, j) === 'the' || (out.length && ITEM_POSSESSIVES.has(lowerAt(ctx, j)))) j--;
    const w = lowerAt(ctx, j);
    const items = out.length + linkedItems;
    if (w === 'and' && items === 1) j -= lowerAt(ctx, j - 1) === ',' ? 2 : 1;
    else if (w === ',' && items > 1) j--;
    else break;
    e = j;
  }
  return named ? out : [];
}
const MAX_LIST_NAMES = 8;
/** Possessive determiners that may open a list item after its link ("… and his Convention People's Party"). */
const ITEM_POSSESSIVES = set('his her its their');
/** How many words a sibling name in a list of bodies may take ("the South Irish Horse"). */
const SIBLING_NAME_WORDS = 5;
/** How many tokens a person's or body's name owning a listed name may take ("the Prince of Wales's"). */
const OWNER_NAME_TOKENS = 5;

/**
 * "the Prince of Wales's Leinster Regiment": where a capitalized owner with its possessive, after "the", stands before
 * a listed name starting at `first`, the owner's first word (so the list's link is read before it); else `first`.
 */
function ownerStart(ctx: ArticleContext, s: Sentence, first: number): number {
  if (lowerAt(ctx, first - 1) !== "'s" && lowerAt(ctx, first - 1) !== '’s') return first;
  let k = first - 2;
  while (k > s.first && k > first - 2 - OWNER_NAME_TOKENS) {
    const t = ctx.tokens[k]!;
    const joins = t.lower === 'of' && !!ctx.tokens[k - 1]?.cap;
    if (!(t.cap && t.kind === 'word') && !joins) break;
    k--;
  }
  return k < first - 2 && lowerAt(ctx, k) === 'the' && ctx.tokens[k + 1]!.cap ? k + 1 : first;
}

/**
 * Capitalized words after "the" ending at `end` (the first may be an ordinal: "the 9th Hussars"), none of them a
 * state, place or people: a list item's name.
 */
function siblingNameEndingAt(ctx: ArticleContext, s: Sentence, end: number): EntitySlot | undefined {
  let first = end + 1;
  while (first - 1 >= s.first && end + 1 - first < SIBLING_NAME_WORDS) {
    const t = ctx.tokens[first - 1]!;
    if (!t.cap || t.kind !== 'word' || t.lower === 'the') break;
    first--;
  }
  if (first <= end && first - 1 >= s.first && ORDINAL.test(lowerAt(ctx, first - 1))) first--;
  if (first > end || end + 1 - first < 2 || lowerAt(ctx, first - 1) !== 'the') return undefined;
  const m = mentionAtToken(ctx, first);
  if (m && m.first === first && m.last === end + 1) return undefined;
  return { name: spanText(ctx, first, end + 1), first, last: end + 1 };
}

/** Bodies named by their common noun alone ("the government", "the cabinet"). */
const GENERIC_BODIES = set('government cabinet parliament legislature senate assembly army');

/** "the government" ending at `end`, after "the", as a list item; or one of the bodies below. */
function genericBodyEndingAt(ctx: ArticleContext, s: Sentence, end: number): EntitySlot | undefined {
  const owned = regimeBodyEndingAt(ctx, s, end) ?? describedBodiesEndingAt(ctx, s, end);
  if (owned) return owned;
  if (end <= s.first || !GENERIC_BODIES.has(lowerAt(ctx, end)) || lowerAt(ctx, end - 1) !== 'the') return undefined;
  return { name: ctx.tokens[end]!.lower, first: end, last: end + 1 };
}

/** Nouns for the ruling power that owns a body ("the army of the former regime"). */
const REGIME_WORDS = set('regime government junta');
/** How many lower-case words may describe that regime ("of the former regime", "of the ousted military regime"). */
const REGIME_DESCRIBERS = 2;

/** "the army of the former regime" ending at `end` (the regime's noun), after "the", as a list item. */
function regimeBodyEndingAt(ctx: ArticleContext, s: Sentence, end: number): EntitySlot | undefined {
  if (!REGIME_WORDS.has(lowerAt(ctx, end)) || ctx.tokens[end]!.cap) return undefined;
  let j = end - 1;
  while (j > end - 1 - REGIME_DESCRIBERS && j > s.first && lowerAt(ctx, j) !== 'the') {
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word' || t.cap) return undefined;
    j--;
  }
  const body = j - 2;
  if (lowerAt(ctx, j) !== 'the' || lowerAt(ctx, j - 1) !== 'of' || body <= s.first) return undefined;
  if (!GENERIC_BODIES.has(lowerAt(ctx, body)) || lowerAt(ctx, body - 1) !== 'the') return undefined;
  return { name: spanText(ctx, body, end + 1), first: body, last: end + 1 };
}

/** Plural heads of bodies named by what they do ("its security agencies", "the intelligence services"). */
const DESCRIBED_PLURAL_HEADS = set('agencies services');

/** "its security agencies" ending at `end`: one lower-case word, then a plural head, after its determiner. */
function describedBodiesEndingAt(ctx: ArticleContext, s: Sentence, end: number): EntitySlot | undefined {
  if (!DESCRIBED_PLURAL_HEADS.has(lowerAt(ctx, end)) || end - 2 < s.first) return undefined;
  const modifier = ctx.tokens[end - 1]!;
  if (modifier.kind !== 'word' || modifier.cap || !['the', 'its', 'their'].includes(lowerAt(ctx, end - 2)))
    return undefined;
  return { name: spanText(ctx, end - 1, end + 1), first: end - 1, last: end + 1 };
}

/**
 * "the Russian, German and Ottoman Empires": capitalized modifiers sharing a plural head give one name each. Returns
 * undefined where the phrase at i is not such a list.
 */
export function sharedHeadList(ctx: ArticleContext, s: Sentence, i: number): EntitySlot[] | undefined {
  let j = i;
  if (lowerAt(ctx, j) === 'the') j++;
  const modifiers: Array<{ first: number; last: number }> = [];
  while (j < s.last) {
    const m = mentionAtToken(ctx, j);
    let last = m && m.first === j ? m.last : ctx.tokens[j]?.cap ? j + 1 : j;
    if (last === j) break;
    // "Austro-Hungarian": capitalized words joined by a dash with no spaces are one modifier.
    while (joinedByDash(ctx, last)) last += 2;
    modifiers.push({ first: j, last });
    j = last;
    const w = lowerAt(ctx, j);
    if (w === ',' && lowerAt(ctx, j + 1) === 'and') j += 2;
    else if (w === ',' || w === 'and') j++;
    else break;
  }
  if (modifiers.length < 2) return undefined;
  // The plural head is the last list word or the word after it ("Ottoman Empires", "Austro-Hungarian empires").
  const lastMod = modifiers[modifiers.length - 1]!;
  const next = ctx.tokens[j];
  const lowerHead = !!next && next.kind === 'word' && !next.cap && POLITY_HEADS.has(next.lower.replace(/s$/, ''));
  const headAt = (next?.cap || lowerHead) && lastMod.last === j ? j : lastMod.last - 1;
  const head = ctx.tokens[headAt]!;
  if (!(head.cap || lowerHead) || !head.lower.endsWith('s') || !ENTITY_HEADS.has(head.lower)) return undefined;
  if (headAt === lastMod.last - 1 && lastMod.last - lastMod.first < 2) return undefined;
  const plural = head.cap ? head.text : head.text[0]!.toUpperCase() + head.text.slice(1);
  const singular = plural.replace(/ies$/, 'y').replace(/s$/, '');
  return modifiers.map((mod) => {
    const own = mod.last - 1 === headAt ? spanText(ctx, mod.first, mod.last - 1) : spanText(ctx, mod.first, mod.last);
    return { name: `${own} ${singular}`, first: mod.first, last: headAt === j && mod === lastMod ? j + 1 : mod.last };
  });
}

/** How far back a shared-head list before its verb may start. */
const SHARED_HEAD_REACH = 16;

/** "The Russian, German and Ottoman Empires were dissolved": the shared-head list whose plural head is at `end`. */
export function sharedHeadListEndingAt(ctx: ArticleContext, s: Sentence, end: number): EntitySlot[] | undefined {
  const head = ctx.tokens[end];
  if (!head || head.kind !== 'word' || !head.lower.endsWith('s') || !ENTITY_HEADS.has(head.lower)) return undefined;
  let start = end;
  while (start - 1 >= s.first && start > end - SHARED_HEAD_REACH) {
    const p = ctx.tokens[start - 1]!;
    if ((p.kind === 'word' && p.cap) || p.text === ',' || p.text === '-' || p.text === '–' || p.lower === 'and')
      start--;
    else break;
  }
  while (start < end && !ctx.tokens[start]!.cap) start++;
  const list = sharedHeadList(ctx, s, start);
  return list && list[list.length - 1]!.last === end + 1 ? list : undefined;
}

/** A dash at j with no space on either side ("Austro-Hungarian", "Polish–Lithuanian"). */
export function attachedDash(ctx: ArticleContext, j: number): boolean {
  const dash = ctx.tokens[j];
  return (
    !!dash &&
    (dash.text === '-' || dash.text === '–') &&
    dash.start === ctx.tokens[j - 1]?.end &&
    ctx.tokens[j + 1]?.start === dash.end
  );
}

/** A dash at j that joins the capitalized word after it to the one before. */
function joinedByDash(ctx: ArticleContext, j: number): boolean {
  return attachedDash(ctx, j) && !!ctx.tokens[j + 1]?.cap;
}

/** Reference nouns that name an entity introduced before ("the office", "the federation"). */
export const ENTITY_REFERENCE_NOUNS = set(`office agency bureau service division regiment federation alliance
  organization organisation group union council party republic state pact commission committee board
  administration authority department mission unit brigade league movement front body kingdom empire duchy principality
  confederation emirate caliphate sultanate protectorate colony corps legion command headquarters battalion squadron bloc`);

/**
 * What "It" or "the <noun>" at token i names: the nearest entity named in this or the two sentences before,
 * preferring one whose name carries the noun.
 */
/** Codes of states that no longer exist, whose names a reference may dissolve ("the USSR … it ceased to exist"). */
export const RETIRED_STATE_CODES = new Set(['SU', 'CS', 'YU', 'DD']);

/** Whether [first, last) is the whole name of a state that exists today (one with a current code). */
function existingState(ctx: ArticleContext, first: number, last: number): boolean {
  const m = mentionAtToken(ctx, first);
  return (
    !!m &&
    m.first === first &&
    m.last === last &&
    m.entry.kind === 'state' &&
    !!m.entry.code &&
    !RETIRED_STATE_CODES.has(m.entry.code)
  );
}

/** Words of a military unit's or command's name ("4th Battalion", "Joint Task Force Horn", "Forces-Iraq"). */
export const UNIT_HEADS = new Set([
  'battalion',
  'brigade',
  'regiment',
  'division',
  'squadron',
  'corps',
  'command',
  'force',
  'forces',
  'wing',
  'fleet',
]);
/** Heads of government bodies that "the agency" may refer to. */
export const AGENCY_HEADS = new Set([
  'office',
  'bureau',
  'agency',
  'service',
  'administration',
  'commission',
  'board',
  'directorate',
  'authority',
]);
/** Nouns that refer back to whatever unit was named ("the unit", "the command"). */
const GENERIC_UNIT_NOUNS = new Set(['unit', 'command', 'headquarters']);

/** How many describing words an appositive's noun may follow ("a defensive league", "an armed Islamist group"). */
const APPOSITIVE_DESCRIBERS = 2;

/** How many tokens a bracketed acronym after a name may take, brackets included ("(1RLI)"). */
const ACRONYM_TOKENS = 5;
/** Copulas that say what a name is ("The Rhodesian Light Infantry was a regiment"). */
const COPULAS = set('was is');

/**
 * The head noun of ", a defensive league" or "(1RLI) was a regiment" right after a name ending at i, else undefined:
 * what the name is said to be.
 */
function appositiveNounAfter(ctx: ArticleContext, i: number): string | undefined {
  // "The Rhodesian Light Infantry (1RLI) was a …": past the name's acronym.
  if (lowerAt(ctx, i) === '(') {
    let close = i + 1;
    while (close < i + ACRONYM_TOKENS && lowerAt(ctx, close) !== ')') close++;
    if (lowerAt(ctx, close) === ')') i = close + 1;
  }
  if ((lowerAt(ctx, i) !== ',' && !COPULAS.has(lowerAt(ctx, i))) || !['a', 'an'].includes(lowerAt(ctx, i + 1)))
    return undefined;
  for (let j = i + 2; j <= i + 2 + APPOSITIVE_DESCRIBERS; j++) {
    const t = ctx.tokens[j];
    if (!t || t.kind !== 'word' || t.cap) return undefined;
    if (ENTITY_REFERENCE_NOUNS.has(t.lower)) return t.lower;
  }
  return undefined;
}

/** Prepositions after a name's head word ("League of Nations", "Council for Mutual Economic Assistance"). */
const NAME_PREPOSITION_WORDS = set('of for on');
/** How many sentences back a reference to a body looks for its name. */
const REFERENCE_SENTENCES = 2;

/** Nouns after a name that make it an exercise's ("the Zapad-2017 exercise"). */
export const EXERCISE_HEADS = set('exercise exercises drill drills manoeuvres maneuvers wargames');

export function referredEntity(
  ctx: ArticleContext,
  s: Sentence,
  i: number,
  noun?: string,
  reach = REFERENCE_SENTENCES,
  headedOnly = false,
): string | undefined {
  const earliest = ctx.sentences[Math.max(0, s.index - reach)]!.first;
  let nearest: string | undefined;
  let headed: string | undefined;
  let polity: string | undefined;
  let unit: string | undefined;
  let agency: string | undefined;
  let opening: string | undefined;
  let modified: string | undefined;
  for (let j = i - 1; j >= earliest; j--) {
    const t = ctx.tokens[j]!;
    // "… the Munitions Standards Board in March 1941": a date's month is no name's last word.
    if ((!t.cap && !ORDINAL.test(t.lower)) || ctx.inDate[j]) continue;
    const sentence = ctx.sentences[t.sentence]!;
    const name = entityEndingAt(ctx, sentence, j);
    if (!name) continue;
    j = name.first;
    // "the Revolutionary People's Army (RPA)": an acronym in brackets after a name stands for that name.
    if (lowerAt(ctx, name.first - 1) === '(' && lowerAt(ctx, name.last) === ')' && ctx.tokens[name.first - 2]?.cap)
      continue;
    // "an operation in Mali. It … ended": a state that still exists is not what a reference dissolves.
    if (existingState(ctx, name.first, name.last)) continue;
    // "the Zapad-2017 exercise … once it ended": an exercise ends, it is not dissolved.
    if (EXERCISE_HEADS.has(lowerAt(ctx, name.last)) || EXERCISE_HEADS.has(lowerAt(ctx, name.last + 2))) continue;
    const words = nameWords(name.name);
    // "The League Assembly convened … the League was dissolved": a name the noun only modifies is taken last.
    // "By the end of the war the League was moribund": the short name again is no full name.
    if (noun && words.length === 1 && words[0] === noun) continue;
    // "The Sonderbund, a defensive league concluded in 1845, … the league was dissolved": an appositive's noun.
    if (noun && appositiveNounAfter(ctx, name.last) === noun) {
      headed ??= name.name;
      continue;
    }
    // "SALISBURY, Dec 31 (Reuters) - The Federation …": a sentence opens after its dateline.
    const opensAt = afterDateline(ctx, sentence);
    const opens = name.first === opensAt || (name.first === opensAt + 1 && lowerAt(ctx, opensAt) === 'the');
    const headWord =
      words[words.length - 1] === noun || (words[0] === noun && NAME_PREPOSITION_WORDS.has(words[1] ?? ''));
    if (noun && words.includes(noun) && !headWord) modified ??= name.name;
    if (noun && headWord) {
      // "The War Production Board was established …, replacing the Supply … Board. … The board was abolished": the
      // body a sentence is about (its opening subject) is what the reference means, past one named in passing.
      headed ??= name.name;
      if (opens) return name.name;
    }
    nearest ??= name.name;
    // "The Office of Strategic Services was established … under the Joint Chiefs of Staff. It was terminated":
    // "it" is the body the sentence before is about, its opening subject.
    if (!noun && opens && sentence.index === s.index - 1) opening ??= name.name;
    if (POLITY_HEADS.has(words[words.length - 1]!) && words.length > 1) polity ??= name.name;
    if (words.some((w) => UNIT_HEADS.has(w))) unit ??= name.name;
    if (words.some((w) => AGENCY_HEADS.has(w))) agency ??= name.name;
  }
  // Only a name whose head is the noun, or that an appositive or copula calls one (", a defensive league", "was a
  // regiment"), when asked so.
  if (headedOnly) return headed;
  // "The Bureau of Narcotics … dissolving the agency": "the agency" means the government body named last.
  if (noun === 'agency' && agency && !headed) return agency;
  if (headed ?? modified) return headed ?? modified;
  // "the 4th Battalion … the unit was deactivated": a generic unit noun means the military unit named last.
  if (noun && GENERIC_UNIT_NOUNS.has(noun) && unit) return unit;
  // "The Ottoman Empire … the Sultanate was abolished": a polity's institution is named with its qualifier.
  if (noun && POLITY_HEADS.has(noun) && polity) {
    const qualifier = polity
      .split(/\s+/)
      .slice(0, -1)
      .join(' ')
      .replace(/^the\s+/i, '');
    return `${qualifier} ${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  }
  return noun
    ? nearest && ['group', 'body', 'organization', 'organisation'].includes(noun)
      ? nearest
      : undefined
    : (opening ?? nearest);
}

/** Lower-case heads a body's own name may stand before ("the Ennahda party", "the Hizb ut-Tahrir movement"). */
export const LOWER_BODY_HEADS = set(
  'party movement front group organization organisation militia alliance bloc headquarters',
);
/** Lower-case particles inside such names ("Hizb ut-Tahrir", "Jabhat al-Nusra"). */
const NAME_PARTICLES = set('al el ut ul ud -');
/** Particles that may open such a name ("the al-Nusra front"). */
const OPENING_PARTICLES = set('al el');
/** How many tokens such a name may take. */
const LOWER_HEADED_NAME_TOKENS = 6;

/** Whether the token at j goes on a name a particle after it joins ("Hizb" or "ut" in "Hizb ut-Tahrir"). */
function joinsName(ctx: ArticleContext, j: number): boolean {
  const t = ctx.tokens[j];
  return !!t && ((t.cap && t.kind === 'word' && t.lower !== 'the') || NAME_PARTICLES.has(t.lower));
}
/** Capitalized words of creed or ideology that describe a body's name ("the Islamist Ennahda party"). */
export const DESCRIBING_WORDS =
  set(`islamist jihadist salafist salafi shiite shia sunni marxist maoist leninist communist
  socialist nationalist leftist christian muslim catholic buddhist hindu`);

/**
 * "the Ennahda party": the capitalized name right before a lower-case body head at `head`, where it is a name of its
 * own — not a people's name, a state's or a place's ("the Kurdish party", "the Iraqi group"). `opening` is where the
 * words describing it start ("Islamist").
 */
export function nameBeforeLowerHead(ctx: ArticleContext, head: number): (EntitySlot & { opening: number }) | undefined {
  if (!LOWER_BODY_HEADS.has(lowerAt(ctx, head)) || ctx.tokens[head]!.cap) return undefined;
  const sentence = ctx.tokens[head]!.sentence;
  // "the Fedayeen Saddam paramilitary militia": one adjective between the name and its head.
  const described = posOf(lowerAt(ctx, head - 1)) === 'adjective' && !ctx.tokens[head - 1]!.cap;
  const named = ctx.tokens[head - 2];
  const nameEnd = described && named?.cap && named.kind === 'word' && named.lower !== 'the' ? head - 1 : head;
  let first = nameEnd;
  while (first - 1 >= 0 && first > nameEnd - LOWER_HEADED_NAME_TOKENS) {
    const p = ctx.tokens[first - 1]!;
    if (p.sentence !== sentence || ctx.inDate[first - 1]) break;
    const particle = NAME_PARTICLES.has(p.lower) && (OPENING_PARTICLES.has(p.lower) || joinsName(ctx, first - 2));
    if ((p.cap && p.kind === 'word' && p.lower !== 'the') || particle) first--;
    else break;
  }
  // "the Islamist Ennahda party": a word of creed before the name is not part of it; "the Communist party" with
  // nothing after it is named with its head.
  if (first === head) return knownBodyBeforeDescribers(ctx, head);
  const opening = first;
  while (first < nameEnd && !mentionAtToken(ctx, first) && DESCRIBING_WORDS.has(lowerAt(ctx, first))) first++;
  if (first >= nameEnd) return { name: spanText(ctx, opening, head + 1), first: opening, last: head + 1, opening };
  if (!ctx.tokens[first]!.cap && !OPENING_PARTICLES.has(lowerAt(ctx, first))) return undefined;
  // "the Kurdish party", "the Iraqi group": a people's name alone is no name; "the Thai Raksa Chart party" is.
  const whole = mentionAtToken(ctx, first);
  // "the Warsaw Pact military alliance": a known body with a describing word is the known body's.
  if (whole && whole.first === first && whole.last >= nameEnd)
    return nameEnd < head ? knownBodyBeforeDescribers(ctx, head) : undefined;
  // "the Bakhmut group": a place inside is where it is; one opening a longer name is part of it ("Thai Raksa Chart").
  for (let k = whole ? whole.last : first; k < nameEnd; k++) {
    const m = mentionAtToken(ctx, k);
    if (m && (m.entry.kind === 'state' || m.entry.kind === 'capital' || m.entry.kind === 'place')) return undefined;
  }
  return { name: spanText(ctx, first, nameEnd), first, last: nameEnd, opening };
}

/** How many lower-case describing words may stand between a known body's name and its head. */
const BODY_DESCRIBERS = 2;
/** Kinds of known names that such a phrase names ("the Comecon trading organization"). */
const DESCRIBED_BODY_KINDS = new Set(['org', 'legislature']);

/**
 * "the Comecon trading organization", "the Warsaw Pact military alliance": a body the gazetteer knows, then words
 * describing it, then its head; the known name, else undefined.
 */
function knownBodyBeforeDescribers(ctx: ArticleContext, head: number): (EntitySlot & { opening: number }) | undefined {
  let end = head;
  while (end > head - BODY_DESCRIBERS && end - 1 >= 0) {
    const p = ctx.tokens[end - 1]!;
    if (p.cap || p.kind !== 'word' || FUNCTION_WORDS.has(p.lower)) break;
    end--;
  }
  if (end === head) return undefined;
  const m = mentionAtToken(ctx, end - 1);
  if (!m || m.last !== end || !DESCRIBED_BODY_KINDS.has(m.entry.kind)) return undefined;
  return { name: m.entry.name, first: m.first, last: head, opening: m.first };
}

/** Words that never describe a body ("the", "and", "of"): a describing run stops at them. */
const FUNCTION_WORDS = set('the a an and or of in on at to for by with from its their his her this that');

/** Heads of commands named for the place they serve after a comma ("Military Assistance Command, Vietnam"). */
const PLACE_NAMED_UNIT_HEADS = set('command force');

/**
 * "the U.S. Military Assistance Command, Vietnam, … was disbanded": a state or place named after a comma that
 * completes the name of a command before it; that whole name, else undefined.
 */
export function unitNamedForPlace(
  ctx: ArticleContext,
  s: Sentence,
  placeFirst: number,
  placeLast: number,
): string | undefined {
  if (lowerAt(ctx, placeFirst - 1) !== ',' || !PLACE_NAMED_UNIT_HEADS.has(lowerAt(ctx, placeFirst - 2)))
    return undefined;
  if (!ctx.tokens[placeFirst - 2]!.cap) return undefined;
  const unit = entityEndingAt(ctx, s, placeFirst - 2);
  if (!unit) return undefined;
  return spanText(ctx, unit.first, placeLast);
}

/** Plural heads that lower-case modifiers may share, with the singular each body takes. */
const SHARED_PLURAL_HEADS = lookupTable<string>({
  ministries: 'ministry',
  departments: 'department',
  agencies: 'agency',
  services: 'service',
  commissions: 'commission',
  councils: 'council',
});

/** Nouns that name a body by themselves, so never modify a plural head shared with the noun after "and". */
const BODIES_BY_THEMSELVES = new Set([
  'army',
  'navy',
  'military',
  'police',
  'gendarmerie',
  'militia',
  'parliament',
  'government',
  'cabinet',
]);

/** "the defence and information ministries" at i: "defence ministry" and "information ministry", and where it ends. */
export function sharedPluralHead(
  ctx: ArticleContext,
  s: Sentence,
  i: number,
): { names: string[]; last: number } | undefined {
  const the = lowerAt(ctx, i) === 'the' ? i + 1 : i;
  // "the government('s) ministries for peace and …": the owning government is no modifier of the head.
  const owned = OWNING_BODIES.has(lowerAt(ctx, the)) && SHARED_PLURAL_HEADS[lowerAt(ctx, the + 1)] ? the + 1 : the;
  const at = OWNING_BODIES.has(lowerAt(ctx, the)) && lowerAt(ctx, the + 1) === "'s" ? the + 2 : owned;
  const a = ctx.tokens[at];
  const b = ctx.tokens[at + 2];
  // "the ministries of defense and information", "the ministries for peace and for parliamentary affairs": the plural
  // head first, each modifier after its preposition naming one body.
  const fronted = SHARED_PLURAL_HEADS[lowerAt(ctx, at)];
  const preposition = lowerAt(ctx, at + 1);
  if (fronted && FRONTED_HEAD_PREPOSITIONS.has(preposition)) {
    const x = modifierRun(ctx, s, at + 2);
    if (x.last === at + 2 || lowerAt(ctx, x.last) !== 'and') return undefined;
    const yFirst = lowerAt(ctx, x.last + 1) === preposition ? x.last + 2 : x.last + 1;
    const y = modifierRun(ctx, s, yFirst);
    if (y.last === yFirst || y.last >= s.last || y.cap !== x.cap) return undefined;
    const singular = cased(fronted);
    const name = (first: number, last: number) =>
      `${singular} ${preposition} ${ctx.tokens
        .slice(first, last)
        .map((t) => cased(t.text))
        .join(' ')}`;
    return { names: [name(at + 2, x.last), name(yFirst, y.last)], last: y.last };
  }
  const head = SHARED_PLURAL_HEADS[lowerAt(ctx, at + 3)];
  if (!a || !b || !head || lowerAt(ctx, at + 1) !== 'and' || at + 3 >= s.last) return undefined;
  if (a.kind !== 'word' || b.kind !== 'word' || a.cap !== b.cap) return undefined;
  // "the army and security agencies": a first noun that is a body by itself is no modifier of the head after it.
  if (BODIES_BY_THEMSELVES.has(a.lower)) return undefined;
  // "the Defence and Information ministries": capitalized modifiers name the "Defence Ministry".
  const singular = a.cap ? cased(head) : head;
  return { names: [`${a.text} ${singular}`, `${b.text} ${singular}`], last: at + 4 };
}

/** Prepositions after a fronted plural head that introduce each body's field ("ministries of/for …"). */
const FRONTED_HEAD_PREPOSITIONS = new Set(['of', 'for']);
/** Bodies that own the plural head after them ("the government ministries", "the government's ministries"). */
const OWNING_BODIES = new Set(['government', 'state']);
/** How many words one body's field may take after a fronted plural head ("parliamentary affairs"). */
const MODIFIER_WORDS = 3;
/** Word classes that end a field's words ("… affairs had been dissolved", "… and of"). */
const NOT_MODIFIER_POS = new Set(['verb', 'function', 'adverb']);

/**
 * The words of one body's field at `first` after a fronted plural head ("parliamentary affairs", "defense"): up to
 * MODIFIER_WORDS words of one case, no verb, function word or adverb; `last` is `first` where none stands there.
 */
function modifierRun(ctx: ArticleContext, s: Sentence, first: number): { last: number; cap: boolean } {
  const cap = !!ctx.tokens[first]?.cap;
  let last = first;
  while (last < s.last && last < first + MODIFIER_WORDS) {
    const t = ctx.tokens[last]!;
    if (t.kind !== 'word' || t.cap !== cap || ctx.inDate[last] || NOT_MODIFIER_POS.has(posOf(t.lower) ?? '')) break;
    last++;
  }
  return { last, cap };
}

/** A word as a body's name writes it ("defense" → "Defense", "ministry" → "Ministry"). */
export function cased(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** The lower-case words of a name, split at anything not a letter ("Trans-Jordan Frontier Force" → trans, jordan, …). */
export function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^a-z]+/);
}
