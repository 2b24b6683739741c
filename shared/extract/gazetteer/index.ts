import { countryEntries } from './countries.ts';
import { leaderEntries } from './leaders.ts';
import { organizationEntries } from './organizations.ts';
import { placeEntries } from './places.ts';
import { compassRegionEntries } from './regions.ts';
import type { GazetteerEntry } from './types.ts';

export type { GazetteerEntry, EntryKind } from './types.ts';

const keyCache = new Map<string, string>();

/** Lookup key shared by gazetteer names and token runs: lower-case letters and digits only. */
export function lookupKey(text: string): string {
  let key = keyCache.get(text);
  if (key !== undefined) return key;
  key = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  // Token texts repeat across articles; a bounded cache keeps the hot path to one map lookup.
  if (keyCache.size > 100_000) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

export interface Gazetteer {
  get(key: string): GazetteerEntry | undefined;
  /**
   * The n-gram search's walk over name keys, so it stops early and never rebuilds a key: the state reached by reading
   * `chars` on from `state` (0 starts a key), or -1 when no name's key goes on so.
   */
  extendKey(state: number, chars: string): number;
  /** The key read up to a state, when it is a whole name's key. */
  keyAt(state: number): string | undefined;
  /** The entry of that key (as `get` gives it), without a lookup. */
  entryAt(state: number): GazetteerEntry | undefined;
  /** Longest name in tokens, bounding the n-gram search. */
  maxTokens: number;
  /** Names of the missions an organization runs in a state (by code): "United Nations" in LR → ["UNMIL"]. */
  missionsIn(parentOrg: string, code: string): readonly string[];
  /** Canonical names of places enclosing `name` (transitively), for merging nested locations. */
  ancestors(name: string): string[];
  /** Whether a name written without lower-case letters ("US", "UN") must appear that way in text. */
  acronymOnly(key: string): boolean;
  /** Whether some spelling of the name ends in a lower-case word ("Kyiv region"), so lower case may end a match. */
  lowerTailOk(key: string): boolean;
  /** Whether every spelling of the name is one word ("Togo"), so words apart ("TO GO") never spell it. */
  oneWordOnly(key: string): boolean;
  /** The organization behind an actor name (a mission's parent), else the name itself. */
  actorFamily(name: string): string;
  /** The current state's canonical name of an ISO code ("AF" → "Afghanistan"). */
  stateName(code: string): string | undefined;
  /** The capital of the state with an ISO code ("SO" → "Mogadishu"). */
  capitalName(code: string): string | undefined;
}

function build(): Gazetteer {
  const map = new Map<string, GazetteerEntry>();
  const acronyms = new Set<string>();
  const mixed = new Set<string>();
  const parents = new Map<string, string>();
  const families = new Map<string, string>();
  const lowerTail = new Set<string>();
  const spaced = new Set<string>();
  const missions = new Map<string, string[]>();
  const keys: string[] = [];
  let maxTokens = 1;
  // Earlier sources win: states before organizations before places.
  const countries = countryEntries();
  // A code's current state comes first in the country list (before historical states that share its code).
  const stateNames = new Map<string, string>();
  for (const [, e] of countries)
    if (e.kind === 'state' && e.code && !stateNames.has(e.code)) stateNames.set(e.code, e.name);
  const capitals = new Map<string, string>();
  for (const [, e] of countries)
    if (e.kind === 'capital' && e.code && !capitals.has(e.code)) capitals.set(e.code, e.name);
  const leaders = leaderEntries((code) => stateNames.get(code));
  const regions = compassRegionEntries([...stateNames].map(([code, name]) => ({ code, name })));
  for (const [surface, entry] of [...countries, ...organizationEntries(), ...placeEntries(), ...leaders, ...regions]) {
    const key = lookupKey(surface);
    if (!key) continue;
    if (/[a-z]/.test(surface)) mixed.add(key);
    if (/\s/.test(surface.trim())) spaced.add(key);
    if (/(^|[\s-])[a-z][^\s-]*$/.test(surface)) lowerTail.add(key);
    else acronyms.add(key);
    keys.push(key);
    const existing = map.get(key);
    // A state name beats a demonym or capital with the same spelling; otherwise first wins.
    if (!existing || (existing.kind !== 'state' && entry.kind === 'state')) map.set(key, entry);
    maxTokens = Math.max(maxTokens, surface.split(/[\s-]+/).length * 2);
    if (entry.parentOrg) families.set(entry.name, entry.parentOrg);
    if (entry.parentOrg && entry.area?.code) {
      const at = `${entry.parentOrg}|${entry.area.code}`;
      const list = missions.get(at) ?? [];
      if (!list.includes(entry.name)) missions.set(at, [...list, entry.name]);
    }
    if (entry.parent && entry.kind !== 'capital') parents.set(entry.name, entry.parent);
    if (entry.kind === 'capital' && entry.parent) parents.set(entry.name, entry.parent);
  }
  // Keys only ever spelt without lower-case letters, in one set: one lookup per name found.
  const acronymOnly = new Set([...acronyms].filter((key) => !mixed.has(key)));
  return {
    get: (key) => map.get(key),
    ...keyTrie(keys, map),
    maxTokens: Math.min(maxTokens, 12),
    acronymOnly: (key) => acronymOnly.has(key),
    actorFamily: (name) => families.get(name) ?? name,
    stateName: (code) => stateNames.get(code),
    capitalName: (code) => capitals.get(code),
    missionsIn: (parentOrg, code) => missions.get(`${parentOrg}|${code}`) ?? [],
    lowerTailOk: (key) => lowerTail.has(key),
    oneWordOnly: (key) => !spaced.has(key),
    ancestors(name) {
      const out: string[] = [];
      let cur = parents.get(name);
      while (cur && !out.includes(cur) && out.length < 8) {
        out.push(cur);
        cur = parents.get(cur);
      }
      return out;
    },
  };
}

/** Characters of a lookup key (a-z, 0-9), as slots of a trie node. */
const KEY_CHARS = 36;
const slotOf = (c: number) => (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1);

/** The keys as a trie over their characters (node 0 is the root; 0 as a child is none): extendKey and keyAt. */
function keyTrie(
  keys: readonly string[],
  map: ReadonlyMap<string, GazetteerEntry>,
): Pick<Gazetteer, 'extendKey' | 'keyAt' | 'entryAt'> {
  const next: number[] = new Array<number>(KEY_CHARS).fill(0);
  const whole: Array<string | undefined> = [undefined];
  for (const key of keys) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const slot = node * KEY_CHARS + slotOf(key.charCodeAt(i));
      if (!next[slot]) {
        next[slot] = whole.length;
        whole.push(undefined);
        for (let k = 0; k < KEY_CHARS; k++) next.push(0);
      }
      node = next[slot]!;
    }
    whole[node] = key;
  }
  // Two bytes a slot while the nodes fit (they do by far): half the memory the walk touches.
  const entries = whole.map((key) => (key === undefined ? undefined : map.get(key)));
  const table = whole.length <= 0xffff ? Uint16Array.from(next) : Int32Array.from(next);
  return {
    extendKey(state, chars) {
      let node = state;
      for (let i = 0; i < chars.length && node >= 0; i++) {
        const slot = slotOf(chars.charCodeAt(i));
        node = slot < 0 ? -1 : table[node * KEY_CHARS + slot]! || -1;
      }
      return node;
    },
    keyAt: (state) => whole[state],
    entryAt: (state) => entries[state],
  };
}

let cached: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  return (cached ??= build());
}
