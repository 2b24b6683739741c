/**
 * Mission identity: which events report one force presence. A pure function of a set of placement events (any
 * order gives the same missions), applied to the events of one theatre (actor × state) at a time:
 *
 * 1. An event's place is located in the place hierarchy (place-hierarchy.ts): a state, or a chain from the state's
 *    outermost sub-national area (an admin1 such as "Kyiv City", or a curated region such as Nagorno-Karabakh,
 *    Donbas, South Kivu) down to the place itself.
 * 2. Events of the same actor whose places share that outermost area are one mission (`RU|UA|donbas` holds
 *    Bakhmut and Donetsk Oblast). Its place is the most specific place when every place of the mission lies on one
 *    chain (Kyiv region + Bucha → Bucha); when they branch (Bucha and Irpin) it is the innermost place enclosing
 *    them all (Kyiv region).
 * 3. A report about the whole state joins the single area mission of its actor in that state (Russia withdrawing
 *    from Azerbaijan joins Russia in Nagorno-Karabakh). With no area mission, or several (Russia in Kyiv City and
 *    in Chernihiv), it is a mission of its own at the state (`RU|UA`), and the area missions stay apart; all of
 *    them roll up under the state (`--within Ukraine`).
 *
 * Examples (actor Russia): {Nagorno-Karabakh, Azerbaijan} → one mission `RU|AZ|nagorno karabakh` at
 * Nagorno-Karabakh; {Kyiv, Chernihiv, Ukraine} → `RU|UA|kyiv city`, `RU|UA|chernihiv` and `RU|UA` at Ukraine;
 * {Ukraine} → `RU|UA`.
 */
import type { PlacementEvent } from '../event-types/models.ts';
import { missionKey, theatreKey } from './keys.ts';
import { placePath, type PlaceNode, type PlacePath } from './place-hierarchy.ts';
import { representativeOf } from './sources.ts';

export type MissionPlace = {
  /** The mission's place as shown: the events' own name of it when it is an event's place. */
  name: string;
  /** The code of the state it lies in (or is), when known. */
  code?: string;
  /** The state or, with no state, the outermost region. */
  root: PlaceNode & { code?: string };
  /** The outermost sub-national area, null for a state-level mission. */
  area: PlaceNode | null;
  /** The places enclosing the mission's place, innermost first, ending with the root (empty at the root). */
  within: string[];
};

export type DecidedMission = {
  key: string;
  place: MissionPlace;
  /** The events of the mission, state-level reports that joined it included, by id. */
  events: PlacementEvent[];
};

type Located = { event: PlacementEvent; path: PlacePath };

function chainKeys(path: PlacePath): string[] {
  return path.chain.map((n) => n.key);
}

function isPrefix(prefix: readonly string[], of: readonly string[]): boolean {
  return prefix.length <= of.length && prefix.every((k, i) => of[i] === k);
}

/** The most specific node every chain reaches: the deepest chain if all others are its prefixes, else the common prefix. */
function missionDepth(chains: readonly string[][]): number {
  const deepest = chains.reduce((a, b) => (b.length > a.length ? b : a));
  if (chains.every((c) => isPrefix(c, deepest))) return deepest.length;
  let depth = 0;
  while (chains.every((c) => c.length > depth && c[depth] === chains[0]![depth])) depth++;
  return depth;
}

/**
 * A distinct place as events of a mission name it, with how many events do (`n`): what `decidePlace` reads, so a
 * summary keeping these counts decides the same place as the events themselves.
 */
export type PlaceTally = { path: PlacePath; name: string; n: number };

/** The tally of one event's place. */
export function placeTally(event: PlacementEvent, path: PlacePath = placePath(event.location)): PlaceTally {
  return { path, name: event.location.name, n: 1 };
}

/**
 * The place of a mission from the places of its own area's events (or of its state's, when it has no area). The
 * root is the one most events give (all give the same key; names could differ only for places of no state).
 */
export function decidePlace(members: readonly PlaceTally[]): MissionPlace {
  const root = representativeOf(members.map((m) => ({ value: m.path.root, n: m.n })));
  const chains = members.map((m) => chainKeys(m.path));
  const depth = chains.some((c) => c.length > 0) ? missionDepth(chains) : 0;
  const names = (i: number): string =>
    representativeOf(
      members.filter((m) => m.path.chain.length > i).map((m) => ({ value: m.path.chain[i]!.name, n: m.n })),
    );
  const within = [...Array.from({ length: Math.max(depth - 1, 0) }, (_, i) => names(i)).reverse(), root.name];
  const area = depth > 0 ? { key: chains.find((c) => c.length > 0)![0]!, name: names(0) } : null;
  const own = members.filter((m) => m.path.chain.length === depth);
  const name = own.length > 0 ? representativeOf(own.map((m) => ({ value: m.name, n: m.n }))) : names(depth - 1);
  return {
    name,
    ...(root.code ? { code: root.code } : {}),
    root,
    area,
    within: depth === 0 ? [] : within,
  };
}

/** The missions of one theatre's events (all with the same `theatreKey`), by key. */
function decideTheatre(theatre: string, located: readonly Located[]): DecidedMission[] {
  const byArea = new Map<string, Located[]>();
  const stateLevel: Located[] = [];
  for (const l of located) {
    if (l.path.chain.length === 0) {
      stateLevel.push(l);
      continue;
    }
    const key = missionKey(l.event);
    const group = byArea.get(key);
    if (group) group.push(l);
    else byArea.set(key, [l]);
  }
  const missions: DecidedMission[] = [...byArea].map(([key, members]) => ({
    key,
    place: decidePlace(members.map((m) => placeTally(m.event, m.path))),
    events: members.map((m) => m.event),
  }));
  if (stateLevel.length > 0) {
    if (missions.length === 1) missions[0]!.events.push(...stateLevel.map((l) => l.event));
    else
      missions.push({
        key: theatre,
        place: decidePlace(stateLevel.map((l) => placeTally(l.event, l.path))),
        events: stateLevel.map((l) => l.event),
      });
  }
  return missions.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The missions the events report (see the module comment), by key; events of any theatres, in any order. */
export function decideMissions(events: readonly PlacementEvent[]): DecidedMission[] {
  const byTheatre = new Map<string, Located[]>();
  for (const event of events) {
    const theatre = theatreKey(event);
    const located = { event, path: placePath(event.location) };
    const group = byTheatre.get(theatre);
    if (group) group.push(located);
    else byTheatre.set(theatre, [located]);
  }
  const missions = [...byTheatre].flatMap(([theatre, located]) => decideTheatre(theatre, located));
  for (const m of missions) m.events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return missions.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Every mission key the stored events of a theatre could give (any subset of them visible): each event's own
 * mission and the theatre's state-level mission. A store recomputes these rows, so a row that no longer exists
 * becomes a tombstone.
 */
export function possibleMissionKeys(events: readonly PlacementEvent[]): string[] {
  const keys = new Set<string>();
  for (const e of events) {
    keys.add(missionKey(e));
    keys.add(theatreKey(e));
  }
  return [...keys].sort();
}
