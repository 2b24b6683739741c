/**
 * Where a mission's place sits: the state it lies in (the "root") and the chain of places between the state and
 * the place itself, from the gazetteer (shared/extract/gazetteer): GeoNames' first-level division (`admin1`, which
 * events carry) and the curated regions' parents (Nagorno-Karabakh ⊂ Azerbaijan, Kamanyola ⊂ South Kivu ⊂ DRC,
 * Bucha ⊂ Kyiv region). A pure function of the event's location and the gazetteer shipped with the code.
 *
 * - A state (`precision: 'country'`, or a name the gazetteer knows as the state of the location's code) has an
 *   empty chain: it is the root itself.
 * - A place in a state: `chain[0]` is its outermost sub-national area (an admin1 or a curated region directly under
 *   the state), the last element is the place itself. A division GeoNames names differently from the curated list
 *   ("Chernihiv Oblast" = curated "Chernihiv", "Kyiv Oblast" = "Kyiv region") meets it through the curated aliases.
 * - A location without a code takes the code the gazetteer gives its name, if any.
 * - A place of no state (the Sahel, Eastern Europe): the root is its outermost curated ancestor (Europe for
 *   Eastern Europe), so an actor's presence in Eastern Europe and in Europe nest as they do inside a state.
 */
import { countryEntries } from '../extract/gazetteer/countries.ts';
import { gazetteer, lookupKey, type GazetteerEntry } from '../extract/gazetteer/index.ts';
import { DIVISION_WORDS } from '../extract/gazetteer/geo-names.ts';
import { nameKey } from './name-key.ts';

/** One place of a chain: `key` compares (normalized canonical name), `name` is shown. */
export type PlaceNode = { key: string; name: string };

export type PlacePath = {
  /** The state (its ISO code as key) or, for a place of no state, the outermost curated region. */
  root: PlaceNode & { code?: string };
  /** From the outermost sub-national area down to the place itself; empty when the place is the root. */
  chain: PlaceNode[];
};

/** Curated parents are few and shallow; a longer chain means a cycle in hand-kept data. */
const MAX_CHAIN_DEPTH = 8;

let stateNames: Map<string, string> | undefined;

/** The current state's English name of an ISO code (the first state of the code in the country list). */
export function stateName(code: string): string | undefined {
  if (!stateNames) {
    stateNames = new Map();
    for (const [, e] of countryEntries()) {
      if (e.kind === 'state' && e.code && !stateNames.has(e.code)) stateNames.set(e.code, e.name);
    }
  }
  return stateNames.get(code);
}

/**
 * The gazetteer's entry of a name, ignoring a leading "the" ("the Nagorno-Karabakh", "the Sahel"). A division that
 * GeoNames names with its division word ("Donetsk Oblast", "Chernihiv Oblast") and the curated list by its bare name
 * meets the curated place, which stands for the area ("Donetsk" ⊂ Donbas).
 */
export function gazetteerEntry(name: string): GazetteerEntry | undefined {
  const bare = name.replace(LEADING_THE, '');
  const entry = gazetteer().get(lookupKey(bare));
  if (entry || !DIVISION_WORDS.test(bare)) return entry;
  const division = gazetteer().get(lookupKey(bare.replace(DIVISION_WORDS, '')));
  return division?.kind === 'place' ? division : undefined;
}

const LEADING_THE = /^the\s+/i;

/** The curated place a name means within state `code` (or of no state when `code` is undefined), if any. */
function curatedPlace(name: string, code: string | undefined): GazetteerEntry | undefined {
  const entry = gazetteerEntry(name);
  if (!entry || (entry.kind !== 'place' && entry.kind !== 'capital')) return undefined;
  return entry.code === code ? entry : undefined;
}

function isState(name: string, code: string): boolean {
  const entry = gazetteerEntry(name);
  return entry?.kind === 'state' && entry.code === code;
}

function node(name: string): PlaceNode {
  return { key: nameKey(name), name };
}

/** The curated ancestors of a curated place, innermost first, up to (not including) the root state. */
function curatedAncestors(entry: GazetteerEntry, code: string | undefined): string[] {
  const out: string[] = [];
  for (const parent of gazetteer().ancestors(entry.name)) {
    if (out.length >= MAX_CHAIN_DEPTH || (code && isState(parent, code))) break;
    out.push(parent);
  }
  return out;
}

/** The place's path: see the module comment. */
export function placePath(location: { name: string; code?: string; admin1?: string; precision?: string }): PlacePath {
  const code = location.code ?? knownCode(location.name);
  if (code) {
    const root = { key: code, name: stateName(code) ?? code, code };
    if (location.precision === 'country' || isState(location.name, code)) return { root, chain: [] };
    // Innermost first: the place, its admin1 (GeoNames), then the curated parents of the outermost known one.
    const inner: PlaceNode[] = [];
    const own = curatedPlace(location.name, code);
    inner.push(
      own && nameKey(own.name) !== nameKey(location.name)
        ? { key: nameKey(own.name), name: location.name }
        : node(location.name),
    );
    let outermost = own;
    if (location.admin1) {
      const division = curatedPlace(location.admin1, code);
      const divisionNode = { key: nameKey(division?.name ?? location.admin1), name: location.admin1 };
      if (divisionNode.key !== inner[0]!.key) inner.push(divisionNode);
      outermost = division;
    }
    if (outermost) for (const parent of curatedAncestors(outermost, code)) inner.push(node(parent));
    return { root, chain: dedupe(inner).reverse() };
  }
  const own = curatedPlace(location.name, undefined);
  const names = [location.name, ...(own ? curatedAncestors(own, undefined) : [])];
  const outer = names[names.length - 1]!;
  return { root: node(outer), chain: names.slice(0, -1).map(node).reverse() };
}

/** The state a name without a code lies in (or is), when the gazetteer knows the name as a state or place. */
function knownCode(name: string): string | undefined {
  const entry = gazetteerEntry(name);
  return entry && (entry.kind === 'state' || entry.kind === 'place' || entry.kind === 'capital')
    ? entry.code
    : undefined;
}

/** Drops a repeated key (a place named like its division), keeping the innermost. */
function dedupe(nodes: PlaceNode[]): PlaceNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => (seen.has(n.key) ? false : (seen.add(n.key), true)));
}
