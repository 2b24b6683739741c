import type { Candidate } from '../../extract/candidate.ts';
import { formerTerritory } from '../../extract/gazetteer/former-territories.ts';
import { resolvePlace } from '../../extract/gazetteer/geo.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import { combine } from '../../extract/merging.ts';
import type { NamedRef } from '../../extract/slots.ts';

/**
 * "Troops of the Soviet Union, Poland, Hungary and Bulgaria crossed into Czechoslovakia … Soviet tanks were in the
 * streets of Prague": a state that no longer exists and a town on its land, told of one actor's forces at one time,
 * are one deployment, told by the state. The merge buckets cannot bring them together (GeoNames puts Prague in
 * today's Czech Republic), so this runs after merging; linear in the candidates for each former state named.
 */
export function collapseIntoFormerStates(
  merged: Candidate[],
  sameTime: (a: Candidate, b: Candidate) => boolean,
): Candidate[] {
  const formers = merged.filter((c) => formerTerritory(c.location!.name).length > 0);
  if (!formers.length) return merged;
  const out = [...merged];
  const absorbed = new Set<number>();
  for (const former of formers) {
    const into = out.indexOf(former);
    const territory = formerTerritory(former.location!.name);
    const family = gazetteer().actorFamily(former.actor!.name);
    for (let i = 0; i < out.length; i++) {
      const c = out[i]!;
      if (i === into || absorbed.has(i) || gazetteer().actorFamily(c.actor!.name) !== family) continue;
      if (!sameTime(out[into]!, c) || !onFormerLand(c.location!, territory)) continue;
      out[into] = { ...combine(out[into]!, c, true), location: former.location };
      absorbed.add(i);
    }
  }
  return out.filter((_, i) => !absorbed.has(i));
}

/** Whether a place (no state itself) lies on the land of today's states given. */
function onFormerLand(place: NamedRef, territory: readonly string[]): boolean {
  const entry = gazetteer().get(lookupKey(place.name));
  if (entry?.kind === 'state') return false;
  const code = place.code ?? entry?.code ?? resolvePlace(place.name, territory)?.code;
  return !!code && territory.includes(code);
}
