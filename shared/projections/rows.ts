/**
 * The rows of the four read models. Every row is plain JSON (no `undefined`: absent values are `null`) and a pure
 * function of the facts (see facts.ts), so a rebuild from the log gives the same bytes (`sortedJson`).
 *
 * Size: a DynamoDB item holds at most 400 KB. Rows therefore keep at most `MAX_SOURCES_PER_ROW` sources (the first
 * ones in source order) while `sourceCount` and `articleCount` stay exact, and every evidence text is clipped to
 * `MAX_EVIDENCE_CHARS`. The in-memory store applies the same caps, so both stores return identical rows.
 */
import type { EventType } from '../events/contracts.ts';

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
};

/** `missions`: one row per actor and place (`missionKey`), from its visible deployments and withdrawals. */
export type MissionRow = {
  /** `missionKey`: actor code or normalized actor name, `|`, normalized place name. */
  key: string;
  /** The actor and place as most of the sources name them (ties: the smallest JSON). */
  actor: PlaceRef;
  location: PlaceRef;
  /** `withdrawing` once any visible WithdrawalBegun exists for the mission, else `announced`. */
  status: 'announced' | 'withdrawing';
  /** Head count of the most recent dated deployment that states one (later published article, then greater id, on a tie), else null. */
  personnel: number | null;
  /** The date of the deployment `personnel` comes from, or null. */
  personnelOn: string | null;
  /** Earliest deployment date, or null (no dated deployment). */
  announcedOn: string | null;
  /** Earliest withdrawal date, or null (no dated withdrawal). */
  withdrawalBegunOn: string | null;
  /** Exact number of visible events of the mission (may exceed `sources.length`). */
  sourceCount: number;
  /** Exact number of distinct articles among them: more than one means corroboration. */
  articleCount: number;
  /** Sorted by date (undated last), article key, type, event id; at most `MAX_SOURCES_PER_ROW`. */
  sources: SourceRef[];
};

/** `entities`: one row per dissolved entity (`entityKey`), from its visible EntityDissolved events. */
export type EntityRow = {
  /** `entityKey`: the normalized entity name. */
  key: string;
  /** Name and kind as most of the sources give them (kind null when none does). */
  name: string;
  kind: string | null;
  status: 'dissolved';
  /** Earliest stated decision date, effective date and event date (`occurredOn`) across the sources, or null. */
  decidedOn: string | null;
  effectiveOn: string | null;
  occurredOn: string | null;
  sourceCount: number;
  articleCount: number;
  sources: SourceRef[];
};

/** `timeline`: one row per visible domain event, sorted by date (undated last) then id. */
export type TimelineRow = {
  id: string;
  type: EventType;
  occurredOn: string | null;
  /** Deployments and withdrawals; null for dissolutions. */
  actor: PlaceRef | null;
  location: PlaceRef | null;
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
  /** The mission or entity row this event feeds (the other one is null). */
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
