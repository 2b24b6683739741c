/**
 * Item layouts of the read-model tables (see read-model-tables.ts).
 *
 * `facts` table — what rows are computed from; every write is idempotent:
 *
 * | item          | pk                         | sk           | attributes                                              |
 * | ------------- | -------------------------- | ------------ | ------------------------------------------------------- |
 * | article record | `article#<articleKey>`    | `record`     | `revision` N, `tie` S, `doc` S (the record's JSON)      |
 * | record part   | `article#<articleKey>`     | `record#<i>` | as the record: one part of a record published in parts  |
 * | event body    | `article#<articleKey>`     | `event#<id>` | `tie` S, `subject` S, `doc` S (the event's JSON)        |
 * | subject link  | `subject#<subject>`        | `event#<id>` | `articleKey` S                                          |
 *
 * `subject` is `missions#<theatreKey>` (an actor in one state: its missions are decided together, see
 * shared/projections/mission-identity.ts) or `entities#<entityKey>` (links of earlier versions also list a
 * placement's possible mission keys, `missionKeys`, which nothing reads). The record item only ever moves to a higher
 * revision (or, at an equal revision, a greater `tie`, the content hash: see `newerRecord`); the event body only to
 * a greater `tie`. An article partition thus lists every event ever delivered for the article, across revisions,
 * which is how a newer record finds the rows of the events it retracts; a subject partition links a mission or
 * entity to its events. Event bodies are stored with the evidence text clipped to `MAX_EVIDENCE_CHARS` (rows clip
 * it anyway), which keeps every fact item small. A record published in parts (see shared/events/record-parts.ts) has
 * one item per part index, each only moving to a higher revision like the record item; the article's record is
 * every `record…` item of the partition folded with `newerRecord`, so stale parts of older revisions lose.
 *
 * Row tables — one item per row key: `rev` N (bumped by every write, never reset: the optimistic-concurrency
 * version), and `doc` S, the row's JSON, when the row exists (`docGz` B, that JSON gzipped, for mission and entity
 * rows: `GZIPPED_ROWS`; readers take either); an item without either is a tombstone (a row that
 * became empty, or never was), kept so that `rev` never goes back (no ABA on conditional writes). A mission or
 * entity row written last by a summary commit also carries `commit` S, that commit's writer (summary-items.ts).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleRecord } from '../../events/article-records.ts';
import type { DomainEvent } from '../../events/contracts.ts';
import type { LogEvent } from '../../events/envelope.ts';
import { isArticleRecord, isDomainEvent, newerRecord, preferredEvent } from '../../projections/facts.ts';
import { normalizeName } from '../../names.ts';
import { clip } from '../../projections/rows.ts';
import type { ReadModelRow, TimelineRow } from '../../projections/rows.ts';
import { subjectOf } from '../../projections/keys.ts';
import type { ReadModelName } from '../../ports.ts';
import { timelineTypePartition } from './partition-shards.ts';
import type { Item } from './read-model-ops.ts';

export type SubjectModel = 'missions' | 'entities';

export type FactKey = { pk: string; sk: string };

export const RECORD_SK = 'record';
/** The item of a record, or of one part of it. */
export function recordKey(record: ArticleRecord): FactKey {
  const part = record.type === 'ArticleProcessed' ? record.part : undefined;
  return { pk: `article#${record.article.key}`, sk: part ? `${RECORD_SK}#${part.index}` : RECORD_SK };
}
export const bodyKey = (articleKey: string, id: string): FactKey => ({
  pk: `article#${articleKey}`,
  sk: `event#${id}`,
});
export const articlePartition = (articleKey: string) => `article#${articleKey}`;
export const subjectPartition = (subject: string) => `subject#${subject}`;
export const EVENT_SK_PREFIX = 'event#';

/** `missions#RU|ML` (a theatre) or `entities#warsaw pact`: which rows an event feeds. */
export function subjectId(event: DomainEvent): string {
  const s = subjectOf(event);
  return `${s.model}#${s.key}`;
}

export function parseSubject(subject: string): { model: SubjectModel; key: string } {
  const at = subject.indexOf('#');
  return { model: subject.slice(0, at) as SubjectModel, key: subject.slice(at + 1) };
}

/** The event as stored: evidence text clipped (row-neutral: every projection clips it the same way). */
export function storedEvent(event: DomainEvent): DomainEvent {
  const text = clip(event.evidence.text);
  return text === event.evidence.text ? event : { ...event, evidence: { ...event.evidence, text } };
}

/**
 * The JSON an item holds: `doc` (S), or `docGz` (B), the same JSON gzipped (mission and entity rows, see `rowItem`).
 */
export function docOf(item: Item | undefined): string | undefined {
  if (typeof item?.doc === 'string') return item.doc;
  if (item?.docGz instanceof Uint8Array) return gunzipSync(item.docGz).toString('utf8');
  return undefined;
}

export function parseDoc<T>(item: Item | undefined): T | undefined {
  const doc = docOf(item);
  return doc === undefined ? undefined : (JSON.parse(doc) as T);
}

export function parseRecord(item: Item | undefined): ArticleRecord | undefined {
  return parseDoc<ArticleRecord>(item);
}

/** The key attribute of each row table. */
export const ROW_KEY: Record<ReadModelName, 'key' | 'id'> = {
  missions: 'key',
  entities: 'key',
  timeline: 'id',
  articles: 'key',
};

/** Undated rows sort last in the timeline indexes. */
export const UNDATED = '~';

/** Index attributes of a visible timeline row (index keys cannot be empty strings: such names stay unindexed). */
function timelineIndexAttributes(row: TimelineRow): Item {
  const attrs: Item = { gsiType: timelineTypePartition(row.type, row.id), gsiDate: row.occurredOn ?? UNDATED };
  const actor = row.actor ? normalizeName(row.actor.name) : '';
  const location = row.location ? normalizeName(row.location.name) : '';
  if (actor) attrs.gsiActor = actor;
  if (location) attrs.gsiLocation = location;
  return attrs;
}

/**
 * Row tables whose rows are stored gzipped (`docGz`): mission rows hold lists of sources, history and figures (up to
 * ~30 KB of JSON) and entity rows their sources, rewritten by every change; JSON compresses about three to one, and
 * DynamoDB bills a write per started KB of the item (and a read per 4 KB). Timeline and article rows stay `doc`:
 * they are under 1 KB, and the timeline's indexes project `doc`.
 */
export const GZIPPED_ROWS: ReadonlySet<ReadModelName> = new Set(['missions', 'entities']);

/** The item of a row key at `rev`: the row's JSON (and index attributes), or a tombstone when `row` is undefined. */
export function rowItem(model: ReadModelName, key: string, rev: number, row: ReadModelRow | undefined): Item {
  const item: Item = { [ROW_KEY[model]]: key, rev };
  if (!row) return item;
  const json = JSON.stringify(row);
  if (GZIPPED_ROWS.has(model)) {
    item.docGz = gzipSync(json);
    return item;
  }
  item.doc = json;
  if (model === 'timeline') Object.assign(item, timelineIndexAttributes(row as TimelineRow));
  return item;
}

/**
 * A delivered batch folded as the facts merge it: each event id once (`preferredEvent`), each record once per
 * `slotOf(record)` (`newerRecord`); other log events are ignored.
 */
export function foldDeliveries(
  delivered: readonly LogEvent[],
  slotOf: (record: ArticleRecord) => string,
): { events: Map<string, DomainEvent>; records: Map<string, ArticleRecord> } {
  const events = new Map<string, DomainEvent>();
  const records = new Map<string, ArticleRecord>();
  for (const e of delivered) {
    if (isDomainEvent(e)) {
      const known = events.get(e.id);
      events.set(e.id, known ? preferredEvent(known, e) : e);
    } else if (isArticleRecord(e)) {
      const slot = slotOf(e);
      const known = records.get(slot);
      records.set(slot, known ? newerRecord(known, e) : e);
    }
  }
  return { events, records };
}
