import { gazetteer, lookupKey, type GazetteerEntry } from '../gazetteer/index.ts';
import type { Token } from './tokens.ts';
import { COMPASS_STARTS } from '../gazetteer/regions.ts';
import { withDefinedForceAcronyms } from './force-acronyms.ts';

export interface Mention {
  /** Token range [first, last). */
  first: number;
  last: number;
  entry: GazetteerEntry;
  /** Followed by a possessive "'s" token. */
  possessive: boolean;
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** A token's lookupKey: its lower-case text when it is plain ASCII letters and digits (most tokens), no lookup. */
function tokenKey(t: Token): string {
  const text = t.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(isDigitCode(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return lookupKey(text);
  }
  return t.lower;
}

/** The tokens' texts from first to last (exclusive), joined without spaces. */
const surfaceOf = (tokens: Token[], first: number, last: number) =>
  tokens
    .slice(first, last)
    .map((x) => x.text)
    .join('');

/** Longest-match gazetteer lookup over token n-grams: linear in the number of tokens. */
/** Punctuation that never stands inside a name (hyphens, full stops and apostrophes do: "U.S.", "Côte d'Ivoire"). */
const NAME_BREAKS = new Set([',', ';', ':', '(', ')', '"', '“', '”', '[', ']']);
/** Prefixes of a ship's name: "USS Washington", "HMS Sheffield" name ships, never their namesake places. */
const SHIP_PREFIXES = new Set(['uss', 'usns', 'hms', 'hmas', 'hmcs', 'hmnzs', 'ins', 'brp']);

export function findMentions(tokens: Token[]): Mention[] {
  const gaz = gazetteer();
  // Keys are computed only for tokens a name can reach (most tokens are never looked at).
  const keys: Array<string | undefined> = new Array(tokens.length);
  const keyAt = (i: number) => (keys[i] ??= tokens[i]!.kind === 'break' ? '\u0000' : tokenKey(tokens[i]!));
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    // Names start with a capital, apart from compass regions ("eastern Congo", "north-east Syria") and
    // numbered formations ("82nd Airborne Division").
    const numbered = !t.cap && isDigitCode(t.lower.charCodeAt(0)) && ORDINAL.test(t.lower) && !!tokens[i + 1]?.cap;
    if (!(t.cap || numbered || t.lower === 'the' || COMPASS_STARTS.has(t.lower)) || !keyAt(i)) {
      i++;
      continue;
    }
    if (i > 0 && SHIP_PREFIXES.has(tokens[i - 1]!.lower)) {
      while (i < tokens.length && tokens[i]!.cap && tokens[i]!.sentence === t.sentence) i++;
      continue;
    }
    let best = 0;
    let bestEntry: GazetteerEntry | undefined;
    // Where the keys read so far lead (see Gazetteer.extendKey).
    let state = 0;
    // Whether a space stands inside the run read so far ("BATTALION TO GO TO VIETNAM" is no "Togo").
    let spaced = false;
    for (let n = 0; n < gaz.maxTokens && i + n < tokens.length; n++) {
      const k = keyAt(i + n);
      if (k === '\u0000') break;
      const tok = tokens[i + n]!;
      // A name never spans a sentence break or a gap wider than one space.
      if (n > 0 && (tok.sentence !== t.sentence || tok.start - tokens[i + n - 1]!.end > 1)) break;
      if (n > 0 && tok.start > tokens[i + n - 1]!.end) spaced = true;
      // Nor a comma or a bracket: "Israel, I have …" is no "Israeli".
      if (n > 0 && NAME_BREAKS.has(tok.lower)) break;
      if (!k) continue;
      state = gaz.extendKey(state, k);
      if (state < 0) break;
      const key = gaz.keyAt(state);
      const entry = gaz.entryAt(state);
      if (key !== undefined && entry && tokens[i + n]!.kind !== 'punct') {
        if (gaz.acronymOnly(key) && /[a-z]/.test(surfaceOf(tokens, i, i + n + 1))) continue;
        if (spaced && gaz.oneWordOnly(key)) continue;
        // "the valley" is not "The Valley": a name ends on a capital unless it is spelt with a lower-case tail.
        if (!tok.cap && tok.kind === 'word' && !gaz.lowerTailOk(key)) continue;
        best = n + 1;
        bestEntry = entry;
      }
    }
    // "the Gulf of Aden", "the Bay of Pigs": a place name that runs on with "of" and a name is another name.
    const runsOn = bestEntry?.kind === 'place' && tokens[i + best]?.lower === 'of' && !!tokens[i + best + 1]?.cap;
    // "the French Union forces": "Union" after another capitalized word ends that name; "the Union flag", "the Union
    // Jack" are Britain's flag. Neither is the Union side.
    const unionNoSide =
      best === 1 &&
      t.lower === 'union' &&
      bestEntry?.kind === 'demonym' &&
      ((i > 0 && tokens[i - 1]!.cap && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.sentence === t.sentence) ||
        UNION_FLAG_WORDS.has(tokens[i + 1]?.lower ?? ''));
    // "six Latin American governments": the people of a part of the Americas, not of the United States.
    const continental =
      best === 1 &&
      bestEntry?.kind === 'demonym' &&
      AMERICAS_DEMONYMS.has(t.lower) &&
      i > 0 &&
      tokens[i - 1]!.cap &&
      tokens[i - 1]!.sentence === t.sentence &&
      AMERICAS_PARTS.has(tokens[i - 1]!.lower);
    if (bestEntry && !runsOn && !unionNoSide && !continental && !(t.lower === 'the' && best === 1)) {
      const next = tokens[i + best];
      out.push({
        first: i,
        last: i + best,
        entry: bestEntry,
        possessive: !!next && (next.lower === "'s" || next.lower === '’s' || next.lower === "'" || next.lower === '’'),
      });
      i += best;
    } else i++;
  }
  return withDefinedForceAcronyms(tokens, dropRedefinedAcronyms(tokens, withFormalStateNames(tokens, out)));
}

/** The demonyms of the United States that also name the people of the Americas. */
const AMERICAS_DEMONYMS = new Set(['american', 'americans']);
/**
 * Capitalized words that make "American" a part of the Americas ("Latin American"). "South American" stays: "this
 * South American colony" is read as a place by other rules, which this mention keeps off.
 */
const AMERICAS_PARTS = new Set(['latin']);

/** Words after "Union" that make it Britain's flag. */
const UNION_FLAG_WORDS = new Set(['flag', 'jack']);

/** Heads of a state's formal name ("the Republic of Afghanistan", "the Kingdom of Nepal"). */
const STATE_FORM_HEADS = new Set(['republic', 'kingdom', 'emirate', 'sultanate', 'principality']);
/** Words that may open such a name before its head ("Democratic Republic of …", "Federal Republic of …"). */
const STATE_FORM_QUALIFIERS = new Set(['democratic', 'federal', 'islamic', 'socialist', 'people', 'arab', 'united']);

/**
 * "the Democratic Republic of Afghanistan": a formal name the gazetteer does not list is its state's name when a
 * state follows its "of"; the mention of the state then covers the whole name.
 */
function withFormalStateNames(tokens: Token[], mentions: Mention[]): Mention[] {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.entry.kind !== 'state' || m.first < 2 || tokens[m.first - 1]!.lower !== 'of') continue;
    const head = tokens[m.first - 2]!;
    if (!head.cap || !STATE_FORM_HEADS.has(head.lower) || head.sentence !== tokens[m.first]!.sentence) continue;
    // The name may not reach into the mention before it.
    const floor = k > 0 ? mentions[k - 1]!.last : 0;
    if (m.first - 2 < floor) continue;
    let first = m.first - 2;
    while (first - 1 >= floor && tokens[first - 1]!.cap && STATE_FORM_QUALIFIERS.has(tokens[first - 1]!.lower)) first--;
    mentions[k] = { ...m, first };
  }
  return mentions;
}

/** Acronyms shorter than this ("UN", "US") are too common to be spelled out as something else. */
const MIN_CHECKED_ACRONYM = 3;
/** Words inside a spelled-out name that give it no letter ("Organisation for Security and Co-operation"). */
const ACRONYM_FILLERS = new Set(['of', 'and', 'the', 'for', '&']);

/**
 * "the Ground Self-Defense Force … the SDF unit": an acronym the text spells out as a name other than the gazetteer's
 * ("Syrian Democratic Forces") is that other name; its mention is dropped.
 */
function dropRedefinedAcronyms(tokens: Token[], mentions: Mention[]): Mention[] {
  const verdicts = new Map<string, boolean>();
  // Capitalized words by their first letter, indexed once and only for an article that has an acronym to check.
  let byInitial: Map<string, number[]> | undefined;
  return mentions.filter((m) => {
    if (m.last - m.first !== 1) return true;
    const text = tokens[m.first]!.text;
    if (text.length < MIN_CHECKED_ACRONYM || !/^[A-Z]+$/.test(text)) return true;
    const key = `${text}|${m.entry.name}`;
    let redefined = verdicts.get(key);
    if (redefined === undefined) {
      byInitial ??= capitalizedByInitial(tokens);
      redefined = spelledAsOtherName(tokens, byInitial.get(text[0]!) ?? [], text, m.entry.name);
      verdicts.set(key, redefined);
    }
    return !redefined;
  });
}

function capitalizedByInitial(tokens: Token[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    const list = out.get(t.text[0]!);
    if (list) list.push(i);
    else out.set(t.text[0]!, [i]);
  }
  return out;
}

/**
 * Whether some run of capitalized words, starting at one of `starts`, spells `acronym` by its initials and names
 * something other than `name`.
 */
function spelledAsOtherName(tokens: Token[], starts: readonly number[], acronym: string, name: string): boolean {
  for (const i of starts) {
    const t = tokens[i]!;
    let letters = '';
    const words: string[] = [];
    for (let j = i; j < tokens.length && letters.length < acronym.length; j++) {
      const w = tokens[j]!;
      if (w.sentence !== t.sentence) break;
      if (w.cap && w.kind === 'word') {
        for (const part of w.text.split('-')) if (part) letters += part[0];
      } else if (!ACRONYM_FILLERS.has(w.lower) || !words.length) break;
      words.push(w.text);
    }
    if (letters !== acronym) continue;
    const spelled = gazetteer().get(lookupKey(words.join(' ')));
    if (spelled?.name !== name) return true;
  }
  return false;
}
