import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../events/article-records.ts';
import type { DomainEvent } from '../events/contracts.ts';
import { EVENT_TYPES } from '../events/contracts.ts';
import type { LogEvent } from '../events/envelope.ts';
import { arePartsOfOneVersion, combineRecordParts } from '../events/record-parts.ts';
import { sortedJson } from './sorted-json.ts';

/**
 * What the read models are computed from: every domain event ever delivered, by id, and the winning article
 * record per article key. Merging is a join (commutative, associative, idempotent), so any order or duplication
 * of deliveries gives the same facts.
 */
export interface Facts {
  readonly events: ReadonlyMap<string, DomainEvent>;
  readonly articles: ReadonlyMap<string, ArticleRecord>;
}

export const emptyFacts: Facts = { events: new Map(), articles: new Map() };

const DOMAIN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

export function isDomainEvent(event: LogEvent): event is DomainEvent {
  return DOMAIN_TYPES.has(event.type);
}

export function isArticleRecord(event: LogEvent): event is ArticleRecord {
  return event.type === 'ArticleProcessed' || event.type === 'ArticleDeleted';
}

/** A content hash that breaks ties between two values sharing one identity (one event id, one record revision). */
export function tieKey(value: unknown): string {
  return createHash('sha256').update(sortedJson(value)).digest('hex');
}

/**
 * Last writer wins by `revision`. Parts of one published record (see record-parts.ts) combine into the union of
 * their ids. Two other different records at one revision cannot come from one event store, but if they do, the
 * one with the greater content hash wins, so the outcome still does not depend on delivery order.
 */
export function newerRecord(a: ArticleRecord, b: ArticleRecord): ArticleRecord {
  if (a.revision !== b.revision) return a.revision > b.revision ? a : b;
  if (
    a.type === 'ArticleProcessed' &&
    b.type === 'ArticleProcessed' &&
    arePartsOfOneVersion(a, b) &&
    !sameIds(a.eventIds, b.eventIds)
  ) {
    return combineRecordParts(a, b);
  }
  return tieKey(a) >= tieKey(b) ? a : b;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/**
 * Event ids are content hashes, so two deliveries of one id carry the same event; should they differ anyway, the
 * greater content hash wins.
 */
export function preferredEvent(a: DomainEvent, b: DomainEvent): DomainEvent {
  if (a === b) return a;
  return tieKey(a) >= tieKey(b) ? a : b;
}

/** Merges delivered log events into the facts (returns new facts; unknown types are ignored). */
export function applyToFacts(facts: Facts, delivered: Iterable<LogEvent>): Facts {
  const events = new Map(facts.events);
  const articles = new Map(facts.articles);
  for (const e of delivered) {
    if (isDomainEvent(e)) {
      const known = events.get(e.id);
      events.set(e.id, known ? preferredEvent(known, e) : e);
    } else if (isArticleRecord(e)) {
      const known = articles.get(e.article.key);
      articles.set(e.article.key, known ? newerRecord(known, e) : e);
    }
  }
  return { events, articles };
}

/** The ids a winning record makes visible: a processed version's `eventIds`; none for a failure or a deletion. */
export function currentEventIds(record: ArticleRecord | undefined): readonly string[] {
  return record?.type === 'ArticleProcessed' && record.status === 'processed' ? record.eventIds : [];
}

/**
 * An event is visible iff its article's winning record is an ArticleProcessed that lists it (a failed record
 * lists none by contract; should one list ids anyway, they are ignored, matching its `eventCount` of 0).
 */
export function isVisible(event: DomainEvent, record: ArticleRecord | undefined): boolean {
  return record?.article.key === event.article.key && currentIdSet(record).has(event.id);
}

// Records are immutable once built: each one's id set is built once, so checking n events of an article is O(n).
const idSets = new WeakMap<ArticleRecord, ReadonlySet<string>>();

function currentIdSet(record: ArticleRecord): ReadonlySet<string> {
  let ids = idSets.get(record);
  if (!ids) {
    ids = new Set(currentEventIds(record));
    idSets.set(record, ids);
  }
  return ids;
}

/** The visible events, by id. */
export function visibleEvents(facts: Facts): DomainEvent[] {
  const current = new Map<string, Set<string>>();
  for (const [key, record] of facts.articles) current.set(key, new Set(currentEventIds(record)));
  const visible = [...facts.events.values()].filter((e) => current.get(e.article.key)?.has(e.id));
  return visible.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
