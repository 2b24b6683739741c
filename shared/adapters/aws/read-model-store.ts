/**
 * The read models on DynamoDB (see read-model-tables.ts for the tables, read-model-items.ts for the items).
 *
 * `apply(events)`, safe with any number of concurrent callers (several projector Lambdas at once):
 *  1. Store the facts idempotently: each event body with a conditional put (only a greater content hash replaces
 *     it: in practice the first write wins and duplicates fail the condition), a link from its mission or entity to
 *     it, and each article record with a conditional put that only raises the revision.
 *  2. Collect the affected rows: for each event, its timeline row and its mission theatre or entity row; for each
 *     article record, its article row and, through the article partition (every event ever delivered for the
 *     article), the timeline and theatre/entity rows of all its events, the retracted ones included.
 *  3. Mission rows are incremental (summary-items.ts): per affected theatre, under its own commit protocol, each
 *     affected event (read after the theatre's head) goes in or out of the theatre's summaries (packed per row), and the
 *     changed rows are composed from bounded reads of them: O(events of the batch), not O(events of the theatre).
 *  4. Recompute each other affected row with optimistic concurrency: read the row's `rev`, THEN read its facts with
 *     strongly consistent reads, project (the pure functions of shared/projections), and put the row (or a
 *     tombstone) with `rev + 1` on condition `rev = :read` (or `attribute_not_exists` when there was no item);
 *     on ConditionalCheckFailed re-read and retry, with jittered backoff. Every write bumps `rev`, even an
 *     unchanged row. A retry stops early once `rev` is two past the first `rev` read: the writer of `first + 2`
 *     read `first + 1`, written after our first read, hence after our facts were stored, and read the facts
 *     after that, so its row already reflects them (this keeps a hot mission from serializing every projector).
 *
 * Why the last successful write of a row reflects every fact: a fact's writer recomputes the row after storing
 * the fact, so some write W_f of the row read the facts after the fact was stored. The last write W read the row's
 * `rev` after every earlier write (else its condition fails), hence after W_f, and read the facts after that.
 * A newer article record reaches the rows of events stored concurrently too: either its writer's query of the
 * article partition (made after storing the record) sees the event, or the event was stored after that query and
 * the event's writer, recomputing afterwards, reads the new record. Steps 3 and 4 run on every delivery, duplicates
 * included, so a Lambda that died between steps 1 and 3 is repaired by EventBridge's redelivery.
 *
 * Queries: missions, entities and articles are small (one row per mission, entity, article) and are scanned
 * with a filter on `doc`; the timeline grows with the corpus, so a filter on actor, location or type uses a
 * sparse GSI (date range as the sort-key condition), and only a date-only or code-only filter scans. Index
 * queries are eventually consistent on AWS (immediate on dynalite and DynamoDB Local); scans are consistent.
 * Every result goes through `filterRows`, so both stores answer a filter identically.
 *
 * Each article record is read once per `apply` for all its rows (`#records`), however many rows or parts.
 * Cost trade-off: entity rows are still recomputed from all their events (a handful per entity in practice).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord } from '../../events/article-records.ts';
import type { DomainEvent } from '../../events/contracts.ts';
import { isEntityEvent, isPlacement } from '../../event-types/models.ts';
import type { LogEvent } from '../../events/envelope.ts';
import { normalizeName } from '../../names.ts';
import type { ReadModelFilter, ReadModelName, ReadModelStore } from '../../ports.ts';
import { projectArticle } from '../../projections/articles.ts';
import { isVisible, newerRecord, tieKey } from '../../projections/facts.ts';
import { filterRows, validateFilter } from '../../projections/filter.ts';
import type { MissionRow, ReadModelRow } from '../../projections/rows.ts';
import { projectTimelineEntry } from '../../projections/timeline.ts';
import {
  articlePartition,
  bodyKey,
  EVENT_SK_PREFIX,
  foldDeliveries,
  parseDoc,
  parseRecord,
  parseSubject,
  RECORD_SK,
  recordKey,
  ROW_KEY,
  rowItem,
  storedEvent,
  subjectId,
  subjectPartition,
  UNDATED,
  type FactKey,
  type SubjectModel,
} from './read-model-items.ts';
import {
  backoff,
  batchGet,
  batchWrite,
  isConditionalCheckFailed,
  mapPool,
  queryAll,
  scanAll,
  type Item,
} from './read-model-ops.ts';
import { timelineTypePartitions } from './partition-shards.ts';
import { TheatreSummaries, type SummaryChange } from './summary-items.ts';
import { readModelTables, TIMELINE_INDEXES, type ReadModelTables } from './read-model-tables.ts';

export interface DynamoReadModelStoreOptions {
  /** Table name prefix (default `sitrep-`); ignored when `tables` is given. */
  tablePrefix?: string;
  tables?: ReadModelTables;
  /** DynamoDB calls in flight per step of one `apply` (default 16). */
  concurrency?: number;
  /** Optimistic-concurrency attempts per row before `apply` gives up and throws (default 50). */
  maxAttempts?: number;
  /**
   * How long a theatre's pending summary commit of a projector not running in this process is left to its writer
   * before another applies it (default 15 minutes, the longest a Lambda runs; 0 for a single-process store).
   */
  summaryLeaseMs?: number;
  /** A summary row is packed in one item up to this many bytes, then spilled (default `PACK_MAX_BYTES`). */
  summaryPackMaxBytes?: number;
  /**
   * A theatre's summary rows are bundled in one item up to this many bytes (default `BUNDLE_MAX_BYTES`; 0: no
   * bundles, each row in its own pack item and a commit's writes gzipped in its head, as versions before bundles
   * stored them).
   */
  summaryBundleMaxBytes?: number;
  /** A summary commit's writes are kept in its head up to this many bytes, else in redo chunks (default 100,000). */
  summaryInlineMaxBytes?: number;
}

/** Lambda's longest run: a commit pending longer than this was abandoned by its writer. */
const DEFAULT_SUMMARY_LEASE_MS = 15 * 60 * 1000;

/**
 * Article records and event bodies read during one `apply`: each fetch remembers when it started (see `#records`).
 * Fetches wait until every row computation of the `apply` has read its version once, so that one fetch per article
 * (per event) serves them all: an event's body is read once for its timeline row and its mission or entity row.
 */
class RecordCache {
  readonly fetched = new Map<string, { started: number; record: Promise<ArticleRecord | undefined> }>();
  /** Event bodies by event id, fetched likewise once for the timeline row and the mission or entity row of each. */
  readonly bodies = new Map<string, { started: number; item: Promise<Item | undefined> }>();
  readonly ready: Promise<void>;
  #waiting: number;
  #open!: () => void;

  constructor(consumers: number) {
    this.#waiting = consumers;
    this.ready = new Promise((resolve) => (this.#open = resolve));
    if (consumers <= 0) this.#open();
  }

  /** A function for one consumer to call after each version read: the first call counts. */
  consumer(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (--this.#waiting <= 0) this.#open();
    };
  }
}

const itemKey = (item: Item) => `${String(item.pk)}\u0000${String(item.sk)}`;
const keyOf = (k: FactKey) => `${k.pk}\u0000${k.sk}`;

function isDocumentClient(client: DynamoDBClient | DynamoDBDocumentClient): client is DynamoDBDocumentClient {
  return client instanceof DynamoDBDocumentClient || client.constructor.name === 'DynamoDBDocumentClient';
}

export class DynamoReadModelStore implements ReadModelStore {
  readonly tables: ReadModelTables;
  readonly #doc: DynamoDBDocumentClient;
  readonly #concurrency: number;
  readonly #maxAttempts: number;
  readonly #theatres: TheatreSummaries;
  /** Orders the reads of one process: a record fetched after a row's version was read may serve that row. */
  #clock = 0;

  /** Takes a DynamoDBClient (wrapped in a DocumentClient here) or a DocumentClient. */
  constructor(client: DynamoDBClient | DynamoDBDocumentClient, options: DynamoReadModelStoreOptions = {}) {
    this.#doc = isDocumentClient(client) ? client : DynamoDBDocumentClient.from(client);
    this.tables = options.tables ?? readModelTables(options.tablePrefix);
    this.#concurrency = options.concurrency ?? 16;
    this.#maxAttempts = options.maxAttempts ?? 50;
    this.#theatres = new TheatreSummaries(this.#doc, {
      facts: this.tables.facts,
      missions: this.tables.missions,
      entities: this.tables.entities,
      concurrency: this.#concurrency,
      maxAttempts: this.#maxAttempts,
      leaseMs: options.summaryLeaseMs ?? DEFAULT_SUMMARY_LEASE_MS,
      ...(options.summaryPackMaxBytes !== undefined ? { packMaxBytes: options.summaryPackMaxBytes } : {}),
      ...(options.summaryBundleMaxBytes !== undefined ? { bundleMaxBytes: options.summaryBundleMaxBytes } : {}),
      ...(options.summaryInlineMaxBytes !== undefined ? { inlineMaxBytes: options.summaryInlineMaxBytes } : {}),
    });
  }

  async apply(delivered: LogEvent[]): Promise<void> {
    const { events, records } = foldDeliveries(delivered, (record) => record.article.key);
    if (events.size === 0 && records.size === 0) return;

    // 1. Facts.
    await Promise.all([this.#putEvents([...events.values()]), this.#putRecords([...records.values()])]);

    // 2. Affected rows (the article partitions are read after the records were stored).
    const articleOf = new Map<string, string>(); // timeline row id → article key
    const subjects = new Map<string, Set<string>>(); // subject → its affected event ids
    const affect = (subject: string, id: string) => {
      const ids = subjects.get(subject);
      if (ids) ids.add(id);
      else subjects.set(subject, new Set([id]));
    };
    for (const e of events.values()) {
      articleOf.set(e.id, e.article.key);
      affect(subjectId(e), e.id);
    }
    await mapPool([...records.keys()], this.#concurrency, async (articleKey) => {
      for (const item of await this.#articleEvents(articleKey)) {
        const id = String(item.sk).slice(EVENT_SK_PREFIX.length);
        articleOf.set(id, articleKey);
        affect(String(item.subject), id);
      }
    });
    const byModel: Record<SubjectModel, string[]> = { missions: [], entities: [] };
    for (const s of subjects.keys()) {
      const { model, key } = parseSubject(s);
      byModel[model].push(key);
    }

    // 3. Rows. Each article record is read once for all of them (see `#records`).
    const cache = new RecordCache(2 + subjects.size);
    await Promise.all([
      this.#recompute('articles', [...records.keys()], cache.consumer(), (keys, since) =>
        this.#articleRows(keys, cache, since),
      ),
      this.#recompute('timeline', [...articleOf.keys()], cache.consumer(), (ids, since) =>
        this.#timelineRows(ids, articleOf, cache, since),
      ),
      // Every subject at once (their heads are read before any record): the pool is for their DynamoDB calls.
      Promise.all(
        [...subjects.keys()].map((subject) =>
          this.#updateSubject(subject, subjects.get(subject)!, articleOf, cache, cache.consumer()),
        ),
      ),
    ]);
  }

  /**
   * A theatre's mission rows or an entity's row, incrementally: its changed events in or out of its summaries
   * (summary-items.ts).
   */
  async #updateSubject(
    subject: string,
    ids: Set<string>,
    articleOf: Map<string, string>,
    cache: RecordCache,
    headRead: () => void,
    asking: ReadonlySet<string> = new Set(),
  ) {
    const summarized = parseSubject(subject).model === 'missions' ? isPlacement : isEntityEvent;
    await this.#theatres.update(subject, {
      headRead,
      // Called after the theatre's head was read: every fact read here is at least as new as that.
      changes: async () => {
        const since = ++this.#clock;
        const list = [...ids];
        const [byId, records] = await Promise.all([
          this.#bodies(list, articleOf, cache, since),
          this.#records(
            list.map((id) => articleOf.get(id)!),
            cache,
            since,
          ),
        ]);
        return list.map((id): SummaryChange => {
          const item = byId.get(id);
          const event = parseDoc<DomainEvent>(item);
          const placed =
            event &&
            summarized(event) &&
            subjectId(event) === subject &&
            isVisible(event, records.get(event.article.key));
          return placed ? { id, event, doc: String(item!.doc) } : { id, event: undefined, doc: undefined };
        });
      },
      visible: async () => {
        const [visible] = await this.#visibleOf([subject], cache, ++this.#clock);
        return visible!.filter(({ event }) => summarized(event));
      },
      // Theatres holding a changed event's member row (its body moved to this theatre): they update first (each
      // once along a chain of such updates, so that two theatres swapping members cannot ask each other forever).
      others: async (theatres, events) => {
        const chain = new Set([...asking, subject]);
        const theirs = new Map([...articleOf, ...events]);
        await Promise.all(
          theatres
            .filter((other) => !chain.has(other))
            .map((other) =>
              this.#updateSubject(other, new Set([...ids, ...events.keys()]), theirs, cache, () => undefined, chain),
            ),
        );
      },
    });
  }

  async query(model: ReadModelName, filter: ReadModelFilter = {}): Promise<Array<Record<string, unknown>>> {
    validateFilter(filter);
    const items = model === 'timeline' ? await this.#timelineItems(filter) : await this.#visibleItems(model);
    const rows = items.flatMap((item) => {
      const row = parseDoc<ReadModelRow>(item);
      return row ? [row] : [];
    });
    if (model === 'missions' && filter.history === 'full') {
      await mapPool(rows as MissionRow[], this.#concurrency, async (row) => {
        row.history = await this.#theatres.read((summaries) => summaries.fullHistory(row.key));
      });
    }
    return filterRows(model, rows, filter);
  }

  async clear(): Promise<void> {
    const t = this.tables;
    const tables: Array<[string, string[]]> = [
      [t.facts, ['pk', 'sk']],
      [t.missions, ['key']],
      [t.entities, ['key']],
      [t.timeline, ['id']],
      [t.articles, ['key']],
    ];
    await Promise.all(
      tables.map(async ([TableName, keyAttrs]) => {
        const names = Object.fromEntries(keyAttrs.map((a, i) => [`#k${i}`, a]));
        const items = await scanAll(this.#doc, {
          TableName,
          ProjectionExpression: Object.keys(names).join(', '),
          ExpressionAttributeNames: names,
        });
        const keys = items.map((item) => Object.fromEntries(keyAttrs.map((a) => [a, String(item[a])])));
        await batchWrite(
          this.#doc,
          TableName,
          keys.map((key) => ({ delete: key })),
        );
      }),
    );
  }

  // --- facts -------------------------------------------------------------------------------------------------

  async #putEvents(events: DomainEvent[]): Promise<void> {
    await mapPool(events, this.#concurrency, async (event) => {
      const tie = tieKey(event);
      try {
        await this.#doc.send(
          new PutCommand({
            TableName: this.tables.facts,
            Item: {
              ...bodyKey(event.article.key, event.id),
              tie,
              subject: subjectId(event),
              doc: JSON.stringify(storedEvent(event)),
            },
            ConditionExpression: 'attribute_not_exists(pk) OR #tie < :tie',
            ExpressionAttributeNames: { '#tie': 'tie' },
            ExpressionAttributeValues: { ':tie': tie },
          }),
        );
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error; // already stored (a duplicate delivery)
      }
    });
    const links = new Map<string, Item>();
    for (const e of events) {
      const pk = subjectPartition(subjectId(e));
      const sk = `${EVENT_SK_PREFIX}${e.id}`;
      links.set(`${pk}\u0000${sk}`, { pk, sk, articleKey: e.article.key });
    }
    await batchWrite(
      this.#doc,
      this.tables.facts,
      [...links.values()].map((put) => ({ put })),
    );
  }

  async #putRecords(records: ArticleRecord[]): Promise<void> {
    await mapPool(records, this.#concurrency, async (record) => {
      try {
        await this.#doc.send(
          new PutCommand({
            TableName: this.tables.facts,
            Item: {
              ...recordKey(record),
              revision: record.revision,
              tie: tieKey(record),
              doc: JSON.stringify(record),
            },
            ConditionExpression:
              'attribute_not_exists(pk) OR #revision < :revision OR (#revision = :revision AND #tie < :tie)',
            ExpressionAttributeNames: { '#revision': 'revision', '#tie': 'tie' },
            ExpressionAttributeValues: { ':revision': record.revision, ':tie': tieKey(record) },
          }),
        );
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error; // a newer (or this very) record is stored
      }
    });
  }

  /** Every event ever stored for an article: `sk` and `subject` only. */
  #articleEvents(articleKey: string): Promise<Item[]> {
    return queryAll(this.#doc, {
      TableName: this.tables.facts,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': articlePartition(articleKey), ':prefix': EVENT_SK_PREFIX },
      ProjectionExpression: 'sk, subject',
      ConsistentRead: true,
    });
  }

  /**
   * The winning record of each article: its record and part items folded (one query per article), fetched once
   * per `apply` for every row whose version was read (`since`) before the fetch started: a row must be computed
   * from facts at least as new as its version, and a record fetched afterwards is.
   */
  async #records(
    articleKeys: Iterable<string>,
    cache: RecordCache,
    since: number,
  ): Promise<Map<string, ArticleRecord>> {
    await cache.ready;
    const found = await Promise.all(
      [...new Set(articleKeys)].map((articleKey) => {
        const known = cache.fetched.get(articleKey);
        if (known && known.started > since) return known.record;
        const fetched = { started: ++this.#clock, record: this.#fetchRecord(articleKey) };
        cache.fetched.set(articleKey, fetched);
        return fetched.record;
      }),
    );
    const byArticle = new Map<string, ArticleRecord>();
    for (const record of found) if (record) byArticle.set(record.article.key, record);
    return byArticle;
  }

  async #fetchRecord(articleKey: string): Promise<ArticleRecord | undefined> {
    const items = await queryAll(this.#doc, {
      TableName: this.tables.facts,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': articlePartition(articleKey), ':prefix': RECORD_SK },
      ConsistentRead: true,
    });
    let winner: ArticleRecord | undefined;
    for (const item of items) {
      const record = parseRecord(item);
      if (record) winner = winner ? newerRecord(winner, record) : record;
    }
    return winner;
  }

  // --- rows ----------------------------------------------------------------------------------------------------

  /** Optimistic concurrency per row: read rev, then facts, then write on `rev = :read`; retry the conflicted. */
  async #recompute(
    model: ReadModelName,
    keys: string[],
    versionRead: () => void,
    compute: (keys: string[], since: number) => Promise<Map<string, ReadModelRow | undefined>>,
  ): Promise<void> {
    let pending = [...new Set(keys)];
    if (pending.length === 0) versionRead();
    const firstRev = new Map<string, number>();
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= this.#maxAttempts) {
        throw new Error(`read model ${model}: ${pending.length} row(s) still conflicted after ${attempt} attempts`);
      }
      if (attempt > 0) await backoff(attempt);
      const revs = await this.#revs(model, pending);
      versionRead();
      const since = ++this.#clock;
      if (attempt === 0) for (const key of pending) firstRev.set(key, revs.get(key) ?? 0);
      // Two writes past our first read: the second one read its facts after ours were stored (see above).
      else pending = pending.filter((key) => (revs.get(key) ?? 0) < firstRev.get(key)! + 2);
      if (pending.length === 0) break;
      const rows = await compute(pending, since);
      const conflicted: string[] = [];
      await mapPool(pending, this.#concurrency, async (key) => {
        if (!(await this.#writeRow(model, key, revs.get(key), rows.get(key)))) conflicted.push(key);
      });
      pending = conflicted;
    }
  }

  async #revs(model: ReadModelName, keys: string[]): Promise<Map<string, number>> {
    const attr = ROW_KEY[model];
    const items = await batchGet(
      this.#doc,
      this.tables[model],
      keys.map((k) => ({ [attr]: k })),
      { expression: '#k, #rev', names: { '#k': attr, '#rev': 'rev' } },
    );
    return new Map(items.map((item) => [String(item[attr]), Number(item.rev)]));
  }

  /** Puts the row (or a tombstone) at `rev + 1`; false when another writer got there first. */
  async #writeRow(model: ReadModelName, key: string, rev: number | undefined, row: ReadModelRow | undefined) {
    try {
      await this.#doc.send(
        new PutCommand({
          TableName: this.tables[model],
          Item: rowItem(model, key, (rev ?? 0) + 1, row),
          ...(rev === undefined
            ? { ConditionExpression: 'attribute_not_exists(#k)', ExpressionAttributeNames: { '#k': ROW_KEY[model] } }
            : {
                ConditionExpression: '#rev = :rev',
                ExpressionAttributeNames: { '#rev': 'rev' },
                ExpressionAttributeValues: { ':rev': rev },
              }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async #articleRows(keys: string[], cache: RecordCache, since: number) {
    const records = await this.#records(keys, cache, since);
    return new Map(keys.map((key) => [key, projectArticle(records.get(key))]));
  }

  async #timelineRows(ids: string[], articleOf: Map<string, string>, cache: RecordCache, since: number) {
    const [bodies, records] = await Promise.all([
      this.#bodies(ids, articleOf, cache, since),
      this.#records(
        ids.map((id) => articleOf.get(id)!),
        cache,
        since,
      ),
    ]);
    return new Map(
      ids.map((id): [string, ReadModelRow | undefined] => {
        const event = parseDoc<DomainEvent>(bodies.get(id));
        return [id, event ? projectTimelineEntry(event, records.get(event.article.key)) : undefined];
      }),
    );
  }

  /**
   * The stored bodies of events (by id), fetched once per `apply` for every row whose version was read (`since`)
   * before the fetch started, like the records (`#records`): one BatchGetItem for what no earlier fetch serves.
   */
  async #bodies(
    ids: readonly string[],
    articleOf: Map<string, string>,
    cache: RecordCache,
    since: number,
  ): Promise<Map<string, Item | undefined>> {
    await cache.ready;
    const missing = [...new Set(ids)].filter((id) => !((cache.bodies.get(id)?.started ?? -1) > since));
    if (missing.length > 0) {
      const started = ++this.#clock;
      const keys = missing.map((id) => bodyKey(articleOf.get(id)!, id));
      const fetched = batchGet(this.#doc, this.tables.facts, keys).then(
        (items) => new Map(items.map((item) => [itemKey(item), item])),
      );
      missing.forEach((id, i) => {
        cache.bodies.set(id, { started, item: fetched.then((found) => found.get(keyOf(keys[i]!))) });
      });
    }
    return new Map(await Promise.all(ids.map(async (id) => [id, await cache.bodies.get(id)!.item] as const)));
  }

  /** The visible events of each subject (`missions#<theatre>` or `entities#<key>`), with their stored JSON. */
  async #visibleOf(
    subjects: string[],
    cache: RecordCache,
    since: number,
  ): Promise<Array<Array<{ event: DomainEvent; doc: string }>>> {
    const eventsBySubject = await mapPool(subjects, this.#concurrency, async (subject) => {
      const links = await queryAll(this.#doc, {
        TableName: this.tables.facts,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': subjectPartition(subject) },
        ConsistentRead: true,
      });
      const ids = links.map((l) => String(l.sk).slice(EVENT_SK_PREFIX.length));
      const articleOf = new Map(links.map((l, i) => [ids[i]!, String(l.articleKey)]));
      const bodies = await this.#bodies(ids, articleOf, cache, since);
      // A link outlives a body replaced by a variant of another subject (out of contract): check the body.
      return [...bodies.values()].flatMap((item) => {
        const event = parseDoc<DomainEvent>(item);
        return event && subjectId(event) === subject ? [{ event, doc: String(item!.doc) }] : [];
      });
    });
    // Each article's record is read once for all the rows of this batch (a big article touches many rows).
    const records = await this.#records(
      eventsBySubject.flatMap((events) => events.map((e) => e.event.article.key)),
      cache,
      since,
    );
    return eventsBySubject.map((events) => events.filter((e) => isVisible(e.event, records.get(e.event.article.key))));
  }

  // --- queries -------------------------------------------------------------------------------------------------

  #visibleItems(model: ReadModelName): Promise<Item[]> {
    return scanAll(this.#doc, {
      TableName: this.tables[model],
      FilterExpression: 'attribute_exists(#doc) OR attribute_exists(#gz)',
      ProjectionExpression: '#doc, #gz',
      ExpressionAttributeNames: { '#doc': 'doc', '#gz': 'docGz' },
      ConsistentRead: true,
    });
  }

  /** Through the most selective usable index; `filterRows` then applies the exact filter. */
  async #timelineItems(filter: ReadModelFilter): Promise<Item[]> {
    const actor = filter.actor ? normalizeName(filter.actor) : '';
    const location = filter.location ? normalizeName(filter.location) : '';
    // A two-letter value may be an ISO code, which the name indexes do not hold.
    const plan: [string, string, string[]] | undefined =
      actor && actor.length !== 2
        ? [TIMELINE_INDEXES.byActor, 'gsiActor', [actor]]
        : location && location.length !== 2
          ? [TIMELINE_INDEXES.byLocation, 'gsiLocation', [location]]
          : filter.type
            ? [TIMELINE_INDEXES.byType, 'gsiType', timelineTypePartitions(filter.type)]
            : undefined;
    if (!plan) return this.#visibleItems('timeline');
    const [IndexName, hashAttr, partitions] = plan;
    // Dates compare at the shorter precision: widen the bounds to the year below and the whole `until` prefix.
    const lo = filter.since ? filter.since.slice(0, 4) : undefined;
    const hi = filter.until ? `${filter.until}${UNDATED}` : undefined;
    const range = lo && hi ? ' AND #d BETWEEN :lo AND :hi' : lo ? ' AND #d >= :lo' : hi ? ' AND #d <= :hi' : '';
    const input = (partition: string): QueryCommandInput => ({
      TableName: this.tables.timeline,
      IndexName,
      KeyConditionExpression: `#h = :h${range}`,
      ExpressionAttributeNames: { '#h': hashAttr, ...(range ? { '#d': 'gsiDate' } : {}) },
      ExpressionAttributeValues: { ':h': partition, ...(lo ? { ':lo': lo } : {}), ...(hi ? { ':hi': hi } : {}) },
    });
    // Every shard of a sharded index (rows are sorted afterwards by `filterRows`).
    return (await Promise.all(partitions.map((partition) => queryAll(this.#doc, input(partition))))).flat();
  }
}
