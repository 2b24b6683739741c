import type { Candidate } from '../../extract/candidate.ts';
import { formerTerritory } from '../../extract/gazetteer/former-territories.ts';
import { resolvePlace } from '../../extract/gazetteer/geo.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import { combine } from '../../extract/merging.ts';
import type { NamedRef } from '../../extract/slots.ts';
import { indicesByActorFamily, isStatePlace } from '../placement.ts';

/**
 * "Troops of the Soviet Union, Poland, Hungary and Bulgaria crossed into Czechoslovakia … Soviet tanks were in the
 * streets of Prague": a state that no longer exists and a town on its land, told of one actor's forces at one time,
 * are one deployment, told by the state. So are a state and a place nobody knows that the next sentences name as the
 * forces' detail ("landed in Sri Lanka … flew into Palaly airfield"), or known only as a small town abroad, where
 * the actor goes to no other state. The merge buckets cannot bring such pairs together (GeoNames puts Prague in
 * today's Czech Republic; an unknown name has no state), so this runs after merging; linear in the candidates.
 */
export function collapseIntoStates(
  merged: Candidate[],
  sameTime: (a: Candidate, b: Candidate) => boolean,
): Candidate[] {
  // The reports at a state, by actor family, in text order.
  const statesOf = indicesByActorFamily(merged, (c) => isStatePlace(c.location!));
  if (!statesOf.size) return collapseIntoArea(merged, sameTime);
  // An unknown place is put in a state only where the actor goes to that state alone ("to Kuwait … to Qatar … to the
  // airport" leaves the airport where it is).
  const soleState = new Map(
    [...statesOf].map(([family, at]) => [family, new Set(at.map((k) => merged[k]!.location!.name)).size === 1]),
  );
  const out = [...merged];
  const absorbed = new Set<number>();
  for (let i = 0; i < merged.length; i++) {
    const c = merged[i]!;
    const family = gazetteer().actorFamily(c.actor!.name);
    const states = statesOf.get(family);
    if (!states || isStatePlace(c.location!)) continue;
    for (const k of states.slice(0, MAX_STATES_SCANNED)) {
      const state = merged[k]!.location!;
      const territory = formerTerritory(state.name);
      if (!sameTime(out[k]!, c)) continue;
      const fits = territory.length
        ? onFormerLand(c.location!, territory)
        : soleState.get(family)! && detailOf(out[k]!, c) && placeOfNoOtherState(c.location!, state);
      if (!fits) continue;
      out[k] = { ...combine(out[k]!, c, true), location: state };
      absorbed.add(i);
      break;
    }
  }
  return collapseIntoArea(
    out.filter((_, i) => !absorbed.has(i)),
    sameTime,
  );
}

/**
 * "Indian troops began landing in the Jaffna peninsula … planes flew the first units into Palaly airbase": where an
 * actor's reports name no state and two places alone, a place nobody knows told after the other, at one time, is its
 * detail, as collapseIntoStates puts one in a state. Three places or more are a campaign's several landings.
 */
function collapseIntoArea(merged: Candidate[], sameTime: (a: Candidate, b: Candidate) => boolean): Candidate[] {
  const byFamily = indicesByActorFamily(merged);
  const absorbed = new Set<number>();
  const out = [...merged];
  for (const at of byFamily.values()) {
    if (at.length !== AREA_AND_DETAIL || at.some((k) => isStatePlace(merged[k]!.location!))) continue;
    const [area, detail] = [...at].sort((a, b) => merged[a]!.sentence - merged[b]!.sentence) as [number, number];
    const a = merged[area]!;
    const d = merged[detail]!;
    if (a.sentence === d.sentence || !sameTime(a, d) || !detailOf(a, d)) continue;
    const state = a.location!.code ? gazetteer().stateName(a.location!.code) : undefined;
    if (!placeOfNoOtherState(d.location!, { name: state ?? a.location!.name, code: a.location!.code })) continue;
    out[area] = { ...combine(a, d, true), location: a.location };
    absorbed.add(detail);
  }
  return out.filter((_, i) => !absorbed.has(i));
}
/** An area and the one detail of it: the only reports of an actor collapseIntoArea joins. */
const AREA_AND_DETAIL = 2;

/** How many of an actor's state reports a place is compared with: the merge stays linear in huge articles. */
const MAX_STATES_SCANNED = 64;

/** How many sentences after the state's report a place nobody knows may tell its detail. */
const DETAIL_SENTENCES = 3;

/** "Indian troops landed in Sri Lanka … the first units flew into Palaly": the detail follows the report it details. */
function detailOf(report: Candidate, c: Candidate): boolean {
  return c.sentence >= report.sentence && c.sentence - report.sentence <= DETAIL_SENTENCES;
}

/**
 * Below this population, a town GeoNames finds only in a state the deployment's state is not is a namesake, not the
 * place meant ("Port Stanley", Ontario, for the Falklands' capital).
 */
const NAMESAKE_POPULATION = 10_000;

/**
 * A place the text cannot put in another state: a name nobody knows, neither the curated gazetteer nor GeoNames
 * ("Point Salines", "Palaly airfield"), or one GeoNames knows only as a small town abroad (a namesake).
 */
function placeOfNoOtherState(place: NamedRef, state: NamedRef): boolean {
  if (place.code || gazetteer().get(lookupKey(place.name))) return false;
  const code = gazetteer().get(lookupKey(state.name))?.code;
  const geo = resolvePlace(place.name, code ? [code] : []);
  return !geo || (geo.code !== code && geo.precision === 'place' && geo.population < NAMESAKE_POPULATION);
}

/** Whether a place (no state itself) lies on the land of today's states given. */
function onFormerLand(place: NamedRef, territory: readonly string[]): boolean {
  const entry = gazetteer().get(lookupKey(place.name));
  if (entry?.kind === 'state') return false;
  const code = place.code ?? entry?.code ?? resolvePlace(place.name, territory)?.code;
  return !!code && territory.includes(code);
}
