import type { Candidate } from '../../extract/candidate.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { geoKnowsName } from '../../extract/gazetteer/geo.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import { lowerAt, type NamedRef } from '../../extract/slots.ts';
import { FACILITY_HEADS } from '../../extract/lexicon.ts';

/** How many sentences back the place of a deployment read before may stand for a facility's. */
const FACILITY_PLACE_REACH = 2;

/**
 * "Peacekeepers landed in East Timor … Gurkhas flew into Comoro airport", "invaded Grenada … landed near Pearls
 * Airport": an airport or base no gazetteer knows lies in the place the text has just sent forces to, and the
 * deployment is to that place. A facility with no such place before it stays as it is.
 */
export function placeFacilities(ctx: ArticleContext, candidates: readonly Candidate[]): Candidate[] {
  const placed = candidates.filter((c) => !!c.location && isKnownPlace(c.location));
  const known = new Set(placed);
  return candidates.map((c) => {
    if (!c.location || known.has(c)) return c;
    if (!namesFacility(ctx, c.sentence, c.location.name)) return c;
    let host: Candidate | undefined;
    for (const o of placed)
      if (
        o.sentence <= c.sentence &&
        c.sentence - o.sentence <= FACILITY_PLACE_REACH &&
        (o.sentence < c.sentence || o.evidenceStart <= c.evidenceStart) &&
        (!host || o.sentence >= host.sentence)
      )
        host = o;
    return host ? { ...c, location: host.location } : c;
  });
}

/** Whether the gazetteer or GeoNames knows the place by the name as spelt. */
function isKnownPlace(place: NamedRef): boolean {
  return !!gazetteer().get(lookupKey(place.name)) || geoKnowsName(place.name);
}

/** Whether sentence `index` names `name` as a facility: with a facility noun in or after it, or "the airfield at". */
function namesFacility(ctx: ArticleContext, index: number, name: string): boolean {
  const s = ctx.sentences[index];
  if (!s) return false;
  const words = name.toLowerCase().split(/\s+/);
  if (FACILITY_HEADS.has(words[words.length - 1]!)) return true;
  for (let t = s.first; t + words.length <= s.last; t++) {
    if (!words.every((w, k) => lowerAt(ctx, t + k) === w)) continue;
    if (FACILITY_HEADS.has(lowerAt(ctx, t + words.length))) return true;
    if (lowerAt(ctx, t - 1) === 'at' && FACILITY_HEADS.has(lowerAt(ctx, t - 2))) return true;
  }
  return false;
}
