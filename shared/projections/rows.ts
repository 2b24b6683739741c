/**
 * The rows of the four read models. Every row is plain JSON (no `undefined`: absent values are `null`) and a pure
 * function of the facts (see facts.ts), so a rebuild from the log gives the same bytes (`sortedJson`).
 *
 * Size: a DynamoDB item holds at most 400 KB. Rows therefore keep at most `MAX_SOURCES_PER_ROW` sources (the first
 * ones in source order) while `eventCount` and `sourceCount` stay exact, and every evidence text is clipped to
 * `MAX_EVIDENCE_CHARS`. A mission row's other lists are capped the same way (history `MAX_HISTORY_ENTRIES`, figures
 * `MAX_FIGURES`, conflicts `MAX_CONFLICTS` × `MAX_CONFLICT_VALUES` × `MAX_CONFLICT_SOURCES`): at most ~40 KB more.
 * The in-memory store applies the same caps, so both stores return identical rows.
 */
import type { EventType } from '../events/contracts.ts';
import type { Conflict } from './conflicts.ts';
import type { Figures } from './figures.ts';
import type { Lifecycle } from './lifecycle.ts';

/** Sources kept per mission or entity row: 50 × (1,000 chars × ≤3 bytes + ~300 bytes) ≈ 165 KB at worst. */
export const MAX_SOURCES_PER_ROW = 50;
/** Evidence text kept in sources and timeline rows; longer text ends with `…`. */
export const MAX_EVIDENCE_CHARS = 1_000;

/** An actor or place as events name it: `code` is the ISO 3166-1 alpha-2 code of a state, when known. */
export type PlaceRef = { name: string; code?: string };

/** One visible event behind a mission or entity row. */
export type SourceRef = {
  /** The domain event's id. */
  eventId: string;
  type: EventType;
  /** The article (object key) that states it. */
  articleKey: string;
  /** The happening's date as precise as the article states it, or null. */
  occurredOn: string | null;
  /** The sentence(s) proving it, clipped to `MAX_EVIDENCE_CHARS`. */
  evidence: string;
  /** The evidence's [start, end) character offsets in the article text as the pipeline read it. */
  start: number;
  end: number;
};

/** How well a mission or entity row is corroborated, and by what. */
export type Corroboration = {
  /** Exact number of visible events of the row (may exceed `sources.length`). */
  eventCount: number;
  /** Exact number of distinct articles among them: more than one means corroboration. */
  sourceCount: number;
  /** Distinct publishers (URL hosts without `www.`) among the articles that have a URL. */
  publisherCount: number;
  /** Sorted by date (undated last), article key, type, event id; at most `MAX_SOURCES_PER_ROW`. */
  sources: SourceRef[];
};

/**
 * `missions`: one row per force presence, an actor in an area, decided by the identity rule of
 * mission-identity.ts from the visible deployments and withdrawals of the actor in one state. Its status, history
 * and dates are `Lifecycle` (lifecycle.ts), its head counts `Figures` (figures.ts), its sources `Corroboration`.
 */
export type MissionRow = {
  /**
   * `<actor>|<state>|<area>` (`RU|AZ|nagorno karabakh`) or, for a mission at the state itself, `<actor>|<state>`
   * (`RU|UA`). Actor: ISO code, else the normalized name of the organization behind it; state: ISO code, else the
   * normalized outermost region (`US|europe`); area: the normalized outermost sub-national area.
   */
  key: string;
  /** The actor as most of the sources name it (ties: the smallest JSON). */
  actor: PlaceRef;
  /** The mission's most specific unambiguous place (see mission-identity.ts). */
  location: PlaceRef;
  /** The state the mission is in (`{name, code}`), or, for a place of no state, its outermost region. */
  country: PlaceRef;
  /** The outermost sub-national area (`Kyiv City`, `Nagorno-Karabakh`), or null for a mission at the state. */
  area: string | null;
  /** The places enclosing `location`, innermost first, ending with `country` (empty when `location` is the state). */
  within: string[];
  /** Where sources disagree beyond a tolerance (see conflicts.ts); empty when they agree. */
  conflicts: Conflict[];
} & Lifecycle &
  Figures &
  Corroboration;

/** `entities`: one row per dissolved entity (`entityKey`), from its visible EntityDissolved events. */
export type EntityRow = {
  /** `entityKey`: the normalized canonical name (`Nagorno-Karabakh Republic` and `Republic of Artsakh` are one). */
  key: string;
  /** Name and kind as most of the sources give them (kind null when none does). */
  name: string;
  /** The distinct names the sources give, sorted; at most `MAX_ENTITY_NAMES`. */
  names: string[];
  kind: string | null;
  status: 'dissolved';
  /** Earliest stated decision date, effective date and event date (`occurredOn`) across the sources, or null. */
  decidedOn: string | null;
  effectiveOn: string | null;
  occurredOn: string | null;
  /** The articles stating each of those earliest dates (sorted, at most `MAX_DATE_SOURCES`), to check it at its source. */
  dateSources: { decidedOn: string[]; effectiveOn: string[]; occurredOn: string[] };
} & Corroboration;

/** `timeline`: one row per visible domain event, sorted by date (undated last) then id. */
export type TimelineRow = {
  id: string;
  type: EventType;
  occurredOn: string | null;
  /** Deployments and withdrawals; null for dissolutions. */
  actor: PlaceRef | null;
  location: PlaceRef | null;
  /**
   * The places enclosing `location` in the place hierarchy (place-hierarchy.ts), innermost first, ending with its
   * state (`['Donetsk Oblast', 'Donbas', 'Ukraine']` for Lyman); empty when `location` is the state, or none.
   * What `within` filters on, as a mission row's `within`.
   */
  within: string[];
  /** Dissolutions; null for deployments and withdrawals. */
  entity: { name: string; kind?: string } | null;
  decidedOn: string | null;
  effectiveOn: string | null;
  /** Deployments' head count, else null. */
  personnel: number | null;
  confidence: number;
  articleKey: string;
  /** The article's publication date as the event carries it, or null. */
  published: string | null;
  /** Evidence span; `text` clipped to `MAX_EVIDENCE_CHARS`, offsets as extracted. */
  evidence: { text: string; start: number; end: number };
  /** `happeningKey`: rows of different articles sharing it report one real-world happening (corroboration). */
  happeningKey: string;
  /**
   * The mission of the event's own place (`RU|AZ|nagorno karabakh`, `RU|AZ` for a report about the whole state),
   * or null for dissolutions. A state-level report that joined the single area mission of its actor in the state
   * is among that mission's sources (see mission-identity.ts).
   */
  missionKey: string | null;
  entityKey: string | null;
};

/** `articles`: one row per article whose latest record is ArticleProcessed (deleted articles have none). */
export type ArticleRow = {
  /** Object key in the articles bucket. */
  key: string;
  status: 'processed' | 'failed';
  /** Number of domain events this version states (`eventCount` when published in parts, else `eventIds.length`; 0 when failed). */
  eventCount: number;
  /** Why ingestion failed, or null. */
  error: { code: string; message: string } | null;
  /** Stream version of the winning record. */
  revision: number;
  title: string | null;
  published: string | null;
  url: string | null;
  /** S3 version id (or ETag) of the ingested object. */
  objectVersion: string;
};

export type ReadModelRows = {
  missions: MissionRow[];
  entities: EntityRow[];
  timeline: TimelineRow[];
  articles: ArticleRow[];
};

export type ReadModelRow = MissionRow | EntityRow | TimelineRow | ArticleRow;

/** Clips text to `max` characters (ending in `…`); idempotent, never splits a surrogate pair. */
export function clip(text: string, max = MAX_EVIDENCE_CHARS): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}
