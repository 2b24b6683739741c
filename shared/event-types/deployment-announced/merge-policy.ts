// DeploymentAnnounced's merge policy: which reports in one article are one deployment, and what the merged one says.
import type { Candidate } from '../../extract/candidate.ts';
import { resolvePlace } from '../../extract/gazetteer/geo.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import { betterDated, combine, dateDistance, type DatePolicy, type Relation } from '../../extract/merging.ts';
import type { NamedRef } from '../../extract/slots.ts';
import { placementBucket, relatePlacements } from '../placement.ts';
import { collapseIntoStates } from './places-in-states.ts';

/** A decision and the first arrival it orders may be reported days apart and still be one deployment. */
const DATES: DatePolicy = { oncePerSubject: false, windowDays: 6 };

/**
 * A headline and its lede often name one deployment with two places ("troops to Djibouti base" and "to the Gulf of
 * Aden region"): reports of one actor with the same stated head count on the same day are one deployment. The more
 * confident report's place is kept (the lede's over the headline's when equal). One sentence naming several places
 * ("4,000 troops to Estonia, Latvia and Poland") is a list of deployments, not two reports of one.
 */
function collapseByFigure(merged: Candidate[]): Candidate[] {
  const kept = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const c of merged) {
    if (c.personnel == null || !c.occurredOn) {
      out.push(c);
      continue;
    }
    const key = `${gazetteer().actorFamily(c.actor!.name)}|${c.occurredOn}|${c.personnel}`;
    const other = kept.get(key);
    if (!other || other.sentence === c.sentence) {
      kept.set(key, c);
      out.push(c);
      continue;
    }
    const better = c.confidence >= other.confidence ? c : other;
    const merged = { ...combine(other, c, true), location: better.location, personnel: c.personnel };
    out[out.indexOf(other)] = merged;
    kept.set(key, merged);
  }
  return out;
}

/** Characters of a date told to the month ("1936-05"): dates of different months tell two happenings apart. */
const MONTH_PRECISION = 7;

/**
 * "Italy invaded Ethiopia on October 3, 1935; Italian forces entered Addis Ababa on May 5, 1936": a state and a town
 * in it, each with a date of its own in one sentence, are two deployments, not one told twice.
 */
function separatelyDated(a: Candidate, b: Candidate): boolean {
  const x = a.occurredOn;
  const y = b.occurredOn;
  if (a.sentence !== b.sentence || a.location?.name === b.location?.name || !x || !y) return false;
  // "agreed in January to commit a battalion to Borneo, and it arrived in Sarawak in March": a decision and the
  // arrival it ordered, inside the place decided.
  if (decisionAndArrival(a, b)) return false;
  if (x.length < MONTH_PRECISION || y.length < MONTH_PRECISION || x.startsWith(y) || y.startsWith(x)) return false;
  // "signed on November 10 (November 9 according to Moscow time)": days of one month are one happening's.
  return x.slice(0, MONTH_PRECISION) !== y.slice(0, MONTH_PRECISION);
}

/**
 * "Nigerian troops arrived in Liberia … The soldiers landed at Buchanan": a state and a town GeoNames puts in it,
 * told of one actor's forces within the date window, are one deployment, told by the state (as the gold files label
 * it). A place the curated gazetteer nests in the state is related by `relatePlacements` instead.
 */
function townOfState(state: NamedRef, town: NamedRef): boolean {
  const entry = gazetteer().get(lookupKey(state.name));
  if (entry?.kind !== 'state' || !entry.code || town.name === state.name) return false;
  if (town.code) return town.code === entry.code && !gazetteer().get(lookupKey(town.name));
  const geo = resolvePlace(town.name, [entry.code]);
  return geo?.precision === 'place' && geo.code === entry.code;
}

/**
 * "reached the Philippines … arrived at Cavite": a town the curated gazetteer lacks has no state before the merge, so
 * it goes to the bucket of the state GeoNames puts it in, where it meets that state's reports (`townOfState` decides).
 */
export function deploymentBucket(c: Candidate): string {
  const place = c.location!;
  if (place.code || gazetteer().get(lookupKey(place.name))) return placementBucket(c);
  const geo = resolvePlace(place.name);
  return geo?.precision === 'place'
    ? placementBucket({ ...c, location: { ...place, code: geo.code } })
    : placementBucket(c);
}

/** A decision and an arrival outside the date window are compared last, after every report within it. */
const ONE_DEPLOYMENT_DISTANCE = 100_000;

/**
 * "The council approved the force in October … Kenyan police arrived in Haiti on Tuesday": a decision or order to
 * send an actor's forces to a place and their later arrival there are one deployment however far apart, unless each
 * states a head count of its own (then they are two contingents).
 */
function decisionAndArrival(a: Candidate, b: Candidate): boolean {
  if (!a.arrival === !b.arrival) return false;
  if (a.personnel != null && b.personnel != null && a.personnel !== b.personnel) return false;
  const [decision, arrival] = a.arrival ? [b, a] : [a, b];
  if (!decision.occurredOn || !arrival.occurredOn || arrival.occurredOn < decision.occurredOn) return false;
  return decision.location!.name === arrival.location!.name || arrivesWithin(decision, arrival);
}

/**
 * "Wilson agreed in July to send troops to North Russia … 5,000 soldiers landed at Archangel on September 4": the
 * forces a decision sends to a region (no state: a compass part of one, a theatre) arrive at a place inside it, which
 * names the same deployment. A state and a town in it are left to the date window: "invaded Afghanistan in December
 * … arrived in Herat in January" is an invasion and a later advance.
 */
function arrivesWithin(decision: Candidate, arrival: Candidate): boolean {
  if (gazetteer().get(lookupKey(decision.location!.name))?.kind === 'state') return false;
  return relatePlacements(decision, arrival) === 'b-in-a';
}

export function relateDeployments(kept: Candidate, next: Candidate): Relation | undefined {
  if (separatelyDated(kept, next)) return undefined;
  const relation = relatePlacements(kept, next);
  if (relation || gazetteer().actorFamily(kept.actor!.name) !== gazetteer().actorFamily(next.actor!.name))
    return relation;
  return townOfState(kept.location!, next.location!) || townOfState(next.location!, kept.location!)
    ? 'same'
    : undefined;
}

export function deploymentDateDistance(kept: Candidate, next: Candidate): number | undefined {
  return dateDistance(kept, next, DATES) ?? (decisionAndArrival(kept, next) ? ONE_DEPLOYMENT_DISTANCE : undefined);
}

export function combineDeployments(kept: Candidate, next: Candidate, relation: Relation): Candidate {
  const merged = combine(kept, next, true);
  // A decision merged with the arrival it ordered still tells an arrival, to meet a third report of either.
  if (kept.arrival || next.arrival) merged.arrival = true;
  // Two figures for one happening: the one stated with the better date wins.
  if (kept.personnel != null && next.personnel != null && kept.personnel !== next.personnel)
    merged.personnel = betterDated(kept, next, true).personnel ?? kept.personnel;
  // A decision told long before the arrival is another's approval or an early plan; the arrival dates the deployment.
  if (dateDistance(kept, next, DATES) === undefined && decisionAndArrival(kept, next)) {
    const arrival = kept.arrival ? kept : next;
    merged.occurredOn = arrival.occurredOn;
    merged.dateSource = arrival.dateSource;
    merged.dateApprox = arrival.dateApprox;
    // …and is told where the arrival is, so that a later report is compared with the date it carries.
    merged.sentence = arrival.sentence;
    merged.evidenceStart = arrival.evidenceStart;
    merged.evidenceEnd = arrival.evidenceEnd;
  }
  // Keep the more specific place, but a state over a town in it (see townOfState).
  if (relation === 'same' && townOfState(next.location!, kept.location!)) merged.location = next.location;
  else merged.location = relation === 'b-in-a' ? next.location : kept.location;
  return merged;
}

/** How many of an actor's state reports a town is compared with: the collapse stays linear in huge articles. */
const MAX_STATES_COMPARED = 64;

/**
 * "U.S. soldiers have arrived in Bolivia … they began arriving Monday at Santa Cruz": a town named in several states
 * is bucketed by the likeliest of them before the merge (the Philippines' Santa Cruz), so it never meets the state
 * the article sends the actor to. Here each town meets that actor's state reports as `relateDeployments` and the date
 * window would have merged them in one bucket (GeoNames looked up in that state first).
 */
function joinTownsToStates(merged: Candidate[]): Candidate[] {
  const states = new Map<string, number[]>();
  const isState = new Set<number>();
  merged.forEach((c, i) => {
    if (gazetteer().get(lookupKey(c.location!.name))?.kind !== 'state') return;
    const family = gazetteer().actorFamily(c.actor!.name);
    const at = states.get(family);
    if (at) at.push(i);
    else states.set(family, [i]);
    isState.add(i);
  });
  if (!states.size) return merged;
  const out = [...merged];
  const absorbed = new Set<number>();
  merged.forEach((c, i) => {
    const at = states.get(gazetteer().actorFamily(c.actor!.name));
    if (!at || isState.has(i)) return;
    for (const k of at.slice(0, MAX_STATES_COMPARED)) {
      const town = { ...c, location: namesakeIn(c.location!, out[k]!.location!) };
      const relation = relateDeployments(out[k]!, town);
      if (!relation || deploymentDateDistance(out[k]!, town) === undefined) continue;
      out[k] = combineDeployments(out[k]!, town, relation);
      absorbed.add(i);
      return;
    }
  });
  return out.filter((_, i) => !absorbed.has(i));
}

/**
 * A town the reading put in another state by its likeliest namesake, put in `state` where GeoNames has a town of
 * that name there ("Santa Cruz" in Bolivia, not the Philippines); a place the text itself set in a division stays.
 */
function namesakeIn(town: NamedRef, state: NamedRef): NamedRef {
  const code = gazetteer().get(lookupKey(state.name))?.code;
  if (!code || !town.code || town.code === code || town.admin1 || gazetteer().get(lookupKey(town.name))) return town;
  const geo = resolvePlace(town.name, [code]);
  return geo?.precision === 'place' && geo.code === code ? { ...town, code } : town;
}

/**
 * Collective names of wartime groupings with no state of their own ("Allied troops", "European forces"), which the
 * labeling guide names by the states the text names instead.
 */
const COLLECTIVE_ACTORS = new Set(['Allies', 'Axis powers', 'Central Powers', 'European forces']);

/**
 * "A British and French squadron anchored off Smyrna, and Allied troops landed in the port": where one sentence names
 * states deploying to a place, the collective name for them there is the same deployment told again.
 */
function dropCollectivesOfNamedStates(merged: Candidate[]): Candidate[] {
  return merged.filter(
    (c) =>
      !COLLECTIVE_ACTORS.has(c.actor!.name) ||
      !merged.some(
        (o) => o !== c && !!o.actor!.code && o.sentence === c.sentence && o.location!.name === c.location!.name,
      ),
  );
}

/**
 * Merged deployments that still report one happening (see dropCollectivesOfNamedStates, joinTownsToStates,
 * collapseByFigure, collapseIntoStates).
 */
export function collapseDeployments(merged: Candidate[]): Candidate[] {
  return collapseIntoStates(
    collapseByFigure(joinTownsToStates(dropCollectivesOfNamedStates(merged))),
    (a, b) => a.sentence === b.sentence || dateDistance(a, b, DATES) !== undefined,
  );
}
