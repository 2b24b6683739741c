import type { Candidate, DateSource } from '../extract/candidate.ts';
import { evidenceSpan } from '../extract/clauses/dating.ts';
import type { NamedRef } from '../extract/slots.ts';
import type { Sentence } from '../extract/text/tokens.ts';
import { placeRef } from '../projections/sources.ts';
import type { TypedTimelineFields } from './model.ts';
import { gazetteer, lookupKey } from '../extract/gazetteer/index.ts';
import { BASE_NAME_SUFFIX, DATE_RANK, nested, WATER_NAME_SUFFIX, type Relation } from '../extract/merging.ts';
import { compassOf, isCompassRegion } from '../extract/gazetteer/regions.ts';
import { countryCentroid } from '../extract/gazetteer/countries.ts';
import { resolvePlace } from '../extract/gazetteer/geo.ts';

/**
 * Shared by the types whose subject is an actor's forces at a place (deployments, withdrawals): reports of one
 * actor (or its parent organization) at the same or nested places may be one happening.
 */
export function relatePlacements(kept: Candidate, next: Candidate): Relation | undefined {
  const gaz = gazetteer();
  if (gaz.actorFamily(kept.actor!.name) !== gaz.actorFamily(next.actor!.name)) return undefined;
  const relation = nested(kept.location!.name, next.location!.name);
  if (relation) return relation;
  // "deployed to Helmand Province as part of the expansion into southern Afghanistan": a place of a state and a
  // compass part of it are one report's two names of where the forces went.
  if (inCompassRegion(next.location!, kept.location!)) return 'b-in-a';
  if (inCompassRegion(kept.location!, next.location!)) return 'a-in-b';
  return undefined;
}

/** As `relatePlacements`, by the gazetteer's nesting alone. */
function nestedPlacements(kept: Candidate, next: Candidate): Relation | undefined {
  const gaz = gazetteer();
  if (gaz.actorFamily(kept.actor!.name) !== gaz.actorFamily(next.actor!.name)) return undefined;
  return nested(kept.location!.name, next.location!.name);
}

/** Whether `place` (no state itself) lies in the state of which `region` is a compass part. */
function inCompassRegion(place: NamedRef, region: NamedRef): boolean {
  if (!isCompassRegion(region.name) || !place.code || place.code !== region.code) return false;
  return gazetteer().stateName(place.code) !== place.name && !isCompassRegion(place.name) && onItsSide(place, region);
}

/**
 * Whether a place GeoNames locates lies on the side of its state's centre that the region names ("Vladivostok" is
 * in no "North Russia"); a place it cannot locate is taken at its word.
 */
function onItsSide(place: NamedRef, region: NamedRef): boolean {
  const centre = countryCentroid(region.code!);
  const geo = place.lat === undefined ? resolvePlace(place.name, [region.code!]) : place;
  if (!centre || geo?.lat === undefined || geo.lon === undefined || geo.code !== region.code) return true;
  const side = compassOf(region.name) ?? '';
  if (side.startsWith('north') && geo.lat < centre.lat) return false;
  if (side.startsWith('south') && geo.lat > centre.lat) return false;
  if (side.endsWith('eastern') && geo.lon < centre.lon) return false;
  if (side.endsWith('western') && geo.lon > centre.lon) return false;
  return true;
}

/**
 * As `relatePlacements`, and a place GeoNames puts in a state with that state: forces leave a state and its town
 * in one withdrawal ("began leaving Niger; a first convoy left their base at Ouallam"), while an advance into a
 * state and the town it occupies are two deployments.
 */
export function relateWithdrawals(kept: Candidate, next: Candidate): Relation | undefined {
  // "left Batumi on 13 November … left Akhalkalaki in June": a state's withdrawal, or a compass part of it ("North
  // Russia"), takes in the town told with it, not a town left on another day in another sentence. Only dates the text
  // states set days apart: the article's own date says nothing of when ("left Slovenia overnight … left the port on
  // Friday").
  const apart =
    kept.sentence !== next.sentence && textDated(kept) && textDated(next) && kept.occurredOn !== next.occurredOn;
  const relation = apart ? nestedPlacements(kept, next) : relatePlacements(kept, next);
  if (relation || apart || gazetteer().actorFamily(kept.actor!.name) !== gazetteer().actorFamily(next.actor!.name))
    return relation;
  if (isStateOf(kept.location!, next.location!)) return 'b-in-a';
  if (isStateOf(next.location!, kept.location!)) return 'a-in-b';
  return undefined;
}

/** Whether a candidate's date is one the text states, not the article's own. */
function textDated(c: Candidate): boolean {
  return !!c.occurredOn && DATE_RANK[c.dateSource] >= DATE_RANK.stated;
}

/** Whether `outer` is the state that `inner` (no state itself) lies in, by its code. */
function isStateOf(outer: NamedRef, inner: NamedRef): boolean {
  if (!outer.code || outer.code !== inner.code) return false;
  const gaz = gazetteer();
  return gaz.stateName(outer.code) === outer.name && gaz.stateName(inner.code) !== inner.name;
}

const DIVISION_SUFFIX = / (?:oblast|province|governorate|region|district|raion|county|area)$/i;

/** The outermost place enclosing a location, so that nested places share a merge bucket. */
function rootPlace(name: string): string {
  // "Red Sea" is enclosed as itself, before its kind's word is taken off.
  const own = gazetteer().ancestors(name);
  if (own.length) return own[own.length - 1]!;
  const base = name.replace(DIVISION_SUFFIX, '').replace(BASE_NAME_SUFFIX, '').replace(WATER_NAME_SUFFIX, '');
  const ancestors = gazetteer().ancestors(base);
  return ancestors[ancestors.length - 1] ?? base;
}

export function placementBucket(c: Candidate): string {
  // Places of one state share a bucket (the relation decides what merges), so a town GeoNames knows meets its state.
  const state = c.location!.code ? gazetteer().stateName(c.location!.code) : undefined;
  return `${gazetteer().actorFamily(c.actor!.name)}|${state ?? rootPlace(c.location!.name)}`;
}

export function placementSubjectKey(c: Candidate): string {
  return `${c.actor!.code ?? c.actor!.name}|${c.location!.name}`;
}

/** How sure a clause reader is of an event: less when its actor was inherited from an earlier sentence. */
const CLAUSE_CONFIDENCE = 0.7;
const REFERRED_CONFIDENCE = 0.6;

/**
 * One candidate per actor and place of a reading ("Russian and Syrian forces … to X and Y" gives four), all dated and
 * evidenced by the sentence; a clause reading's confidence unless the reader states its own.
 */
export function placementCandidates(
  type: 'DeploymentAnnounced' | 'WithdrawalBegun',
  s: Sentence,
  slot: { actors: readonly NamedRef[]; referred?: boolean },
  places: readonly NamedRef[],
  date: { value: string | null; source: DateSource; approx?: boolean },
  personnel?: number | null,
  confidence: number = slot.referred ? REFERRED_CONFIDENCE : CLAUSE_CONFIDENCE,
): Candidate[] {
  const out: Candidate[] = [];
  for (const actor of slot.actors)
    for (const location of places)
      out.push({
        type,
        actor,
        location,
        ...(personnel !== undefined ? { personnel } : {}),
        occurredOn: date.value,
        dateSource: date.source,
        ...(date.approx ? { dateApprox: true } : {}),
        sentence: s.index,
        ...evidenceSpan(s),
        confidence,
      });
  return out;
}

/** The timeline fields of an event about forces at a place. */
export function placementTimelineFields(
  e: { actor: NamedRef; location: NamedRef },
  personnel: number | null,
): TypedTimelineFields {
  return {
    actor: placeRef(e.actor),
    location: placeRef(e.location),
    entity: null,
    decidedOn: null,
    effectiveOn: null,
    personnel,
  };
}

/** Whether the gazetteer knows the place as a state (not a town, region or body). */
export function isStatePlace(place: { name: string }): boolean {
  return gazetteer().get(lookupKey(place.name))?.kind === 'state';
}

/** The indices of the reports `keep` picks, by actor family (an organization with its parent), in their order. */
export function indicesByActorFamily(
  reports: readonly Candidate[],
  keep: (c: Candidate) => boolean = () => true,
): Map<string, number[]> {
  const byFamily = new Map<string, number[]>();
  reports.forEach((c, i) => {
    if (!keep(c)) return;
    const family = gazetteer().actorFamily(c.actor!.name);
    const at = byFamily.get(family);
    if (at) at.push(i);
    else byFamily.set(family, [i]);
  });
  return byFamily;
}
