/** What a gazetteer name refers to. */
export type EntryKind =
  | 'state' // a country, current or historical
  | 'demonym' // "Russian", "U.S.": an adjective naming a state (actor only)
  | 'capital' // "Moscow": a city that may stand for its state (metonym) or be a place
  | 'metonym' // "Pentagon", "Kremlin", "Bundeswehr": stands for a state, never a place
  | 'legislature' // "Knesset", "Bundestag": acts for its state (named by `name`) and can itself be dissolved
  | 'leader' // "Eisenhower", "President Johnson": a head of state or government acting for the state (actor only)
  | 'org' // an international organization, alliance, mission or armed group
  | 'operation' // a named military operation or task force: dissolvable, but never the actor that sends forces
  | 'orgAdjective' // "Southern African" → SADC (actor only)
  | 'place'; // a region, city or base

export interface GazetteerEntry {
  kind: EntryKind;
  /** Canonical short English name. */
  name: string;
  /** ISO 3166-1 alpha-2 code of the state (for places: the state it lies in). */
  code?: string;
  /** For places: the canonical name of the enclosing region, if any (used to merge nested locations). */
  parent?: string;
  /** For missions: the place they serve in, when the name implies it ("SADC Mission in the DRC"). */
  area?: { name: string; code?: string };
  /** For missions: the organization that runs them (SAMIDRC → SADC), so both names meet as one actor. */
  parentOrg?: string;
}
