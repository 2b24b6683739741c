import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { wordSet as set } from '../word-set.ts';
import { lookupTable } from '../lookup-table.ts';

/**
 * Names of armed groups that no gazetteer lists ("the Hawar Kilis Operations Room", "Liwa al-Quds", "Army of
 * Islam", "the 4th Mechanized Brigade") found by their shape: a run of capitalized words that ends in a unit or
 * movement head, or starts with one of the Arabic words such names are made of. They become organization
 * mentions, so the readers can take them as actors. A run that holds a gazetteer name is left to that name
 * ("Syrian Arab Army" is Syria's). Numbered units ("the 4th Brigade") are not read: they act for a state.
 */

/** Last words of a group's name. */
const HEADS = set(`brigade brigades battalion battalions front movement army militia militias corps regiment
  division legion guards room council forces force units group battalions squadron`);
/** Words that head such a name when it starts with them ("Army of Islam", "Brigade of the Martyrs"). */
const LEADING_HEADS = set('army brigade brigades front movement legion battalion battalions');
/** Arabic (and Kurdish) words that open armed groups' names ("Liwa", "Jaish", "Harakat"). */
const PREFIXES = set('liwa jaish jabhat harakat ahrar katibat kataib saraya firqat quwat ansar faylaq tajammu');
/** Openers of historical and national armies that stand for a side, not a named group ("Union Army"). */
const SIDE_OPENERS = set(`red white continental union confederate national royal imperial regular grand new
  the a an this that its their his her`);
/** Counts and quantifiers that open a sentence before a unit word ("Five Army brigades will deploy"): never a name. */
const COUNT_OPENERS = set(`one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
  fifty hundred hundreds thousand thousands several many some both all few dozens`);
/** Words that with a head alone name a kind of force, not a group ("Special Forces", "Border Guards"). */
const GENERIC_QUALIFIERS = set(`defence defense security armed special air naval ground land border police airborne
  government rebel opposition allied coalition federal regional local task`);
/** Lower-case words that may stand inside a name ("Army of Islam", "Liwa al-Quds"). */
const CONNECTORS = set('of al el ash as ad ar az for the');
/** Connectors that only a name opened by its head or an Arabic word may hold ("Army of Islam"). */
const CLAUSE_CONNECTORS = set('of for the');
/** Council and room heads name a group only with the word before them ("Military Council", "Operations Room"). */
const QUALIFIED_HEADS = lookupTable<Set<string>>({
  room: set('operations operation'),
  council: set('military'),
});
const PLACE_KINDS = set('place capital');
/** "People's Volunteer Army", "Hezbollah's Radwan Force": a unit a name owns is part of the owner. */
const POSSESSIVE = set("'s ’s");
const ORDINAL = /^\d+(?:st|nd|rd|th)?$/;
/** ORDINAL's test, asked only of words that start with a digit. */
const isOrdinal = (lower: string) => lower.charCodeAt(0) >= 48 && lower.charCodeAt(0) <= 57 && ORDINAL.test(lower);
/** Longest name read, in tokens. */
const MAX_NAME_TOKENS = 9;
/** Shortest name read, in words. */
const MIN_NAME_WORDS = 2;

/** Known mentions with the group names found among them; a group name replaces the place names inside it. */
export function withGroupNames(tokens: readonly Token[], known: readonly Mention[]): Mention[] {
  const groups = findGroupNames(tokens, known);
  if (!groups.length) return [...known];
  const inGroup = new Uint8Array(tokens.length);
  for (const g of groups) for (let i = g.first; i < g.last; i++) inGroup[i] = 1;
  return [...known.filter((m) => !inGroup[m.first]), ...groups].sort((a, b) => a.first - b.first);
}

/** Capitalized heads of an instrument's name, whose "on"/"of" phrase is part of it ("Treaty on …"). */
const INSTRUMENT_NAMES = new Set(['treaty', 'convention', 'agreement', 'protocol', 'accord', 'charter']);
const INSTRUMENT_LINKS = new Set(['on', 'of', 'for']);

function findGroupNames(tokens: readonly Token[], known: readonly Mention[]): Mention[] {
  // A place may open a group's name ("Manbij Military Council"); any other known name keeps its own reading.
  const covered = new Uint8Array(tokens.length);
  for (const m of known) if (!PLACE_KINDS.has(m.entry.kind)) for (let i = m.first; i < m.last; i++) covered[i] = 1;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || !(t.cap && t.kind === 'word') || t.lower === 'the') continue;
    // "the 82nd Airborne Division", "U.S. Cavalry Regiment": a unit of a state's forces, not a group of its own.
    const owned = i > 1 && POSSESSIVE.has(tokens[i - 1]!.lower) && tokens[i - 2]!.cap;
    if (
      i > 0 &&
      (isOrdinal(tokens[i - 1]!.lower) || covered[i - 1] || owned || afterOwnedDesignation(tokens, i, covered))
    ) {
      // "Chinese People's Volunteer Army": nothing inside a state's unit is a group of its own.
      i = Math.max(i, runEnd(tokens, i, covered) - 1);
      continue;
    }
    const last = runEnd(tokens, i, covered);
    // "the Treaty on Conventional Armed Forces in Europe": words after an instrument's "on" name the instrument.
    if (i > 1 && INSTRUMENT_LINKS.has(tokens[i - 1]!.lower) && INSTRUMENT_NAMES.has(tokens[i - 2]!.lower)) {
      i = last - 1;
      continue;
    }
    const span = trimConnectors(tokens, i, last);
    // "National Defence Forces": a side's name is not read, nor a group inside it ("Defence Forces"); nor a count
    // before unit words ("Five Army brigades").
    if (span && (SIDE_OPENERS.has(tokens[span.first]!.lower) || COUNT_OPENERS.has(tokens[span.first]!.lower))) {
      i = span.last - 1;
      continue;
    }
    if (span && isGroupName(tokens, span.first, span.last) && !ofNumberedUnit(tokens, span.last)) {
      const next = tokens[span.last];
      out.push({
        first: span.first,
        last: span.last,
        entry: { kind: 'org', name: nameOf(tokens, span.first, span.last) },
        possessive: !!next && (next.lower === "'s" || next.lower === '’s'),
      });
      i = span.last - 1;
    }
  }
  return out;
}

/**
 * Whether "of (the) <ordinal>" follows the name: "the Immediate Response Force of the 82nd Airborne Division" is
 * part of a numbered unit, which acts for its state.
 */
function ofNumberedUnit(tokens: readonly Token[], last: number): boolean {
  if (tokens[last]?.lower !== 'of') return false;
  const k = tokens[last + 1]?.lower === 'the' ? last + 2 : last + 1;
  const unit = tokens[k];
  return !!unit && unit.sentence === tokens[last]!.sentence && isOrdinal(unit.lower);
}

/** Longest bracketed designation read inside a name ("(CVN 69)", "(DDG 107)"), in tokens between the brackets. */
const MAX_DESIGNATION_TOKENS = 3;

/**
 * Whether the run at i goes on, after a bracketed designation, a name a known mention opens: "The USS Dwight D.
 * Eisenhower (CVN 69) Carrier Strike Group" is the ship's group, owned as "the USS Nimitz Carrier Strike Group" is.
 */
function afterOwnedDesignation(tokens: readonly Token[], i: number, covered: Uint8Array): boolean {
  if (tokens[i - 1]?.text !== ')') return false;
  let open = i - 2;
  while (open >= 0 && open >= i - 2 - MAX_DESIGNATION_TOKENS && tokens[open]!.text !== '(') open--;
  if (open < 1 || tokens[open]!.text !== '(') return false;
  // The name before the bracket: capitalized words and initials' stops back to a known mention.
  for (let k = open - 1; k >= 0 && k >= open - MAX_NAME_TOKENS; k--) {
    if (covered[k]) return true;
    const t = tokens[k]!;
    if (!((t.cap && t.kind === 'word') || t.text === '.') || t.sentence !== tokens[i]!.sentence) return false;
  }
  return false;
}

/** End of the run of capitalized words, hyphens and connectors starting at i, within one sentence. */
function runEnd(tokens: readonly Token[], i: number, covered: Uint8Array): number {
  let j = i;
  while (j < tokens.length && j < i + MAX_NAME_TOKENS && !covered[j]) {
    const t = tokens[j]!;
    if (j > i && (t.sentence !== tokens[i]!.sentence || t.start - tokens[j - 1]!.end > 1)) break;
    const joined = t.text === '-' && tokens[j + 1] && tokens[j + 1]!.start === t.end && t.start === tokens[j - 1]?.end;
    if ((t.cap && t.kind === 'word') || joined || (CONNECTORS.has(t.lower) && !t.cap)) j++;
    else break;
    // A joined token after a hyphen ("al-Sham") belongs to the run whatever its case.
    if (joined && tokens[j]) j++;
  }
  return j;
}

function trimConnectors(tokens: readonly Token[], first: number, last: number) {
  let end = last;
  while (end > first && (CONNECTORS.has(tokens[end - 1]!.lower) || tokens[end - 1]!.text === '-')) end--;
  return end > first ? { first, last: end } : undefined;
}

function isGroupName(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k < last; k++) if (tokens[k]!.cap && tokens[k]!.kind === 'word') words++;
  if (words < MIN_NAME_WORDS) return false;
  const opener = tokens[first]!.lower;
  if (SIDE_OPENERS.has(opener)) return false;
  if (PREFIXES.has(opener)) return true;
  if (LEADING_HEADS.has(opener) && tokens[first + 1]?.lower === 'of') return true;
  const head = tokens[last - 1]!.lower;
  if (!HEADS.has(head)) return false;
  // A name read back from its head holds only name particles: "Rebels of the X Room" starts at X.
  for (let k = first; k < last; k++) if (CLAUSE_CONNECTORS.has(tokens[k]!.lower)) return false;
  // "Special Forces", "Security Forces": a kind of force, not a group's name.
  if (words === 2 && GENERIC_QUALIFIERS.has(opener)) return false;
  const qualifier = QUALIFIED_HEADS[head];
  return !qualifier || qualifier.has(tokens[last - 2]?.lower ?? '');
}

/** The tokens' text from first to last (exclusive), one space wherever the text has space between them. */
export function nameOf(tokens: readonly Token[], first: number, last: number): string {
  let out = '';
  for (let k = first; k < last; k++) {
    if (k > first && tokens[k]!.start > tokens[k - 1]!.end) out += ' ';
    out += tokens[k]!.text;
  }
  return out;
}
