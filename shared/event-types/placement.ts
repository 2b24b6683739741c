import type { Candidate } from '../extract/candidate.ts';
import { gazetteer } from '../extract/gazetteer/index.ts';
import { nested, type Relation } from '../extract/merging.ts';

/**
 * Shared by the types whose subject is an actor's forces at a place (deployments, withdrawals): reports of one
 * actor (or its parent organization) at the same or nested places may be one happening.
 */
export function relatePlacements(kept: Candidate, next: Candidate): Relation | undefined {
  const gaz = gazetteer();
  if (gaz.actorFamily(kept.actor!.name) !== gaz.actorFamily(next.actor!.name)) return undefined;
  return nested(kept.location!.name, next.location!.name);
}

const DIVISION_SUFFIX = / (?:oblast|province|governorate|region|district|raion|county|area)$/i;

/** The outermost place enclosing a location, so that nested places share a merge bucket. */
function rootPlace(name: string): string {
  const base = name.replace(DIVISION_SUFFIX, '');
  const ancestors = gazetteer().ancestors(base);
  return ancestors[ancestors.length - 1] ?? base;
}

export function placementBucket(c: Candidate): string {
  return `${gazetteer().actorFamily(c.actor!.name)}|${rootPlace(c.location!.name)}`;
}

export function placementSubjectKey(c: Candidate): string {
  return `${c.actor!.code ?? c.actor!.name}|${c.location!.name}`;
}
