import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';

/** Last words of the name of a state's armed force or unit ("Royal Australian Regiment", "South African Defence Force"). */
const FORCE_HEADS = new Set(
  'army forces force regiment battalion brigade division corps navy guard marines legion command fleet'.split(' '),
);
/** Words that make a force named with a people's name an armed group of its own, not the state's. */
const NON_STATE_WORDS = new Set(
  'liberation patriotic revolutionary front movement resistance rebel rebels islamic popular people'.split(' '),
);
/** Lower-case words that may stand inside such a name ("Army of the Republic of Vietnam"). */
const NAME_LINKS = new Set(['of', 'the', 'and']);
/** How many tokens the name before the brackets may take. */
const MAX_NAME_TOKENS = 8;
/** How many tokens the acronym in brackets may take ("3 RAR"). */
const MAX_ACRONYM_TOKENS = 2;
const ACRONYM_WORD = /^[A-Z]{2,}$/;
const NUMBER = /^\d+$/;

/**
 * "the 3rd Battalion, Royal Australian Regiment (3 RAR) … 3 RAR arrived in Sarawak": an acronym the text gives in
 * brackets after a state's force, named with its people's or state's name, stands for that state wherever it is
 * used after, and one given after an organization's name stands for the organization; the gazetteer's own acronyms
 * are left as they are.
 */
export function withDefinedForceAcronyms(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const mentionAt = new Map<number, Mention>();
  for (const m of mentions) for (let k = m.first; k < m.last; k++) mentionAt.set(k, m);
  const added: Mention[] = [];
  for (let p = 1; p < tokens.length; p++) {
    if (tokens[p]!.text !== '(') continue;
    const acronym = acronymAt(tokens, p + 1);
    if (!acronym || mentionAt.has(p + 1)) continue;
    const org = orgEndingAt(p - 1, mentionAt);
    const owner = org ?? stateForceEndingAt(tokens, p - 1, mentionAt);
    if (!owner) continue;
    const texts = tokens.slice(p + 1, acronym).map((t) => t.text);
    for (let k = acronym + 1; k + texts.length <= tokens.length; k++) {
      if (texts.some((x, n) => tokens[k + n]!.text !== x) || mentionAt.has(k)) continue;
      const next = tokens[k + texts.length]?.lower;
      const entry = org
        ? org.entry
        : {
            kind: 'metonym' as const,
            name: owner.entry.name,
            ...(owner.entry.code ? { code: owner.entry.code } : {}),
          };
      added.push({ first: k, last: k + texts.length, entry, possessive: next === "'s" || next === '’s' });
      for (let n = k; n < k + texts.length; n++) mentionAt.set(n, added[added.length - 1]!);
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.first - b.first) : mentions;
}

/** The index of ")" closing an acronym of capital letters (and a number) that starts at i, else undefined. */
function acronymAt(tokens: readonly Token[], i: number): number | undefined {
  let words = 0;
  for (let k = i; k < tokens.length && k <= i + MAX_ACRONYM_TOKENS; k++) {
    const text = tokens[k]!.text;
    if (text === ')') return k > i && words > 0 ? k : undefined;
    if (ACRONYM_WORD.test(text)) words++;
    else if (!NUMBER.test(text)) return undefined;
  }
  return undefined;
}

/**
 * "an Inter-American Peace Force (IAPF) … The IAPF oversaw": an organization or mission the gazetteer names, given an
 * acronym in brackets right after its name, is named by that acronym after.
 */
function orgEndingAt(end: number, mentionAt: ReadonlyMap<number, Mention>): Mention | undefined {
  const m = mentionAt.get(end);
  return m && m.last === end + 1 && m.entry.kind === 'org' ? m : undefined;
}

/** The people's or state's mention inside a state force's name ending at `end` ("Royal Australian Regiment"). */
function stateForceEndingAt(
  tokens: readonly Token[],
  end: number,
  mentionAt: ReadonlyMap<number, Mention>,
): Mention | undefined {
  if (!FORCE_HEADS.has(tokens[end]!.lower) || !tokens[end]!.cap) return undefined;
  let owner: Mention | undefined;
  for (let k = end; k >= 0 && k > end - MAX_NAME_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[end]!.sentence || !(t.cap || NAME_LINKS.has(t.lower))) break;
    if (NON_STATE_WORDS.has(t.lower)) return undefined;
    const m = mentionAt.get(k);
    if (m && (m.entry.kind === 'demonym' || m.entry.kind === 'state')) owner ??= m;
  }
  return owner;
}
