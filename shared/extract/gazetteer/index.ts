import { countryEntries } from './countries.ts';
import { leaderEntries } from './leaders.ts';
import { organizationEntries } from './organizations.ts';
import { placeEntries } from './places.ts';
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
  /** Whether some name's key starts with `prefix`: lets the n-gram search stop early. */
  hasPrefix(prefix: string): boolean;
  /** Longest name in tokens, bounding the n-gram search. */
  maxTokens: number;
  /** Canonical names of places enclosing `name` (transitively), for merging nested locations. */
  ancestors(name: string): string[];
  /** Whether a name written without lower-case letters ("US", "UN") must appear that way in text. */
  acronymOnly(key: string): boolean;
  /** Whether some spelling of the name ends in a lower-case word ("Kyiv region"), so lower case may end a match. */
  lowerTailOk(key: string): boolean;
  /** The organization behind an actor name (a mission's parent), else the name itself. */
  actorFamily(name: string): string;
}

function build(): Gazetteer {
  const map = new Map<string, GazetteerEntry>();
  const acronyms = new Set<string>();
  const mixed = new Set<string>();
  const parents = new Map<string, string>();
  const families = new Map<string, string>();
  const lowerTail = new Set<string>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  // Earlier sources win: states before organizations before places.
  const countries = countryEntries();
  // A code's current state comes first in the country list (before historical states that share its code).
  const stateNames = new Map<string, string>();
  for (const [, e] of countries)
    if (e.kind === 'state' && e.code && !stateNames.has(e.code)) stateNames.set(e.code, e.name);
  const leaders = leaderEntries((code) => stateNames.get(code));
  for (const [surface, entry] of [...countries, ...organizationEntries(), ...placeEntries(), ...leaders]) {
    const key = lookupKey(surface);
    if (!key) continue;
    if (/[a-z]/.test(surface)) mixed.add(key);
    if (/(^|[\s-])[a-z][^\s-]*$/.test(surface)) lowerTail.add(key);
    else acronyms.add(key);
    for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
    const existing = map.get(key);
    // A state name beats a demonym or capital with the same spelling; otherwise first wins.
    if (!existing || (existing.kind !== 'state' && entry.kind === 'state')) map.set(key, entry);
    maxTokens = Math.max(maxTokens, surface.split(/[\s-]+/).length * 2);
    if (entry.parentOrg) families.set(entry.name, entry.parentOrg);
    if (entry.parent && entry.kind !== 'capital') parents.set(entry.name, entry.parent);
    if (entry.kind === 'capital' && entry.parent) parents.set(entry.name, entry.parent);
  }
  return {
    get: (key) => map.get(key),
    hasPrefix: (prefix) => prefixes.has(prefix),
    maxTokens: Math.min(maxTokens, 12),
    acronymOnly: (key) => acronyms.has(key) && !mixed.has(key),
    actorFamily: (name) => families.get(name) ?? name,
    lowerTailOk: (key) => lowerTail.has(key),
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

let cached: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  return (cached ??= build());
}
