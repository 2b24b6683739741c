/**
 * The read models on DynamoDB (see read-model-tables.ts for the tables, read-model-items.ts for the items).
 *
 * `apply(events)`, safe with any number of concurrent callers (several projector Lambdas at once):
 *  1. Store the facts idempotently: each event body with a conditional put (only a greater content hash replaces
 *     it: in practice the first write wins and duplicates fail the condition), a link from its mission or entity to
 *     it, and each article record with a conditional put that only raises the revision.
 *  2. Collect the affected rows: for each event, its timeline row and its mission theatre or entity row; for each
 *     article record, its article row and, through the article partition (every event ever delivered for the
 *     article), the timeline and theatre/entity rows of all its events, the retracted ones included. A theatre's
 *     rows are every mission key its links list (each row of the theatre is a function of all its facts).
 *  3. Recompute each affected row with optimistic concurrency: read the row's `rev`, THEN read its facts with
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
 * the event's writer, recomputing afterwards, reads the new record. Step 3 runs on every delivery, duplicates
 * included, so a Lambda that died between steps 1 and 3 is repaired by EventBridge's redelivery.
 *
 * Queries: missions, entities and articles are small (one row per mission, entity, article) and are scanned
 * with a filter on `doc`; the timeline grows with the corpus, so a filter on actor, location or type uses a
 * sparse GSI (date range as the sort-key condition), and only a date-only or code-only filter scans. Index
 * queries are eventually consistent on AWS (immediate on dynalite and DynamoDB Local); scans are consistent.
 * Every result goes through `filterRows`, so both stores answer a filter identically.
 *
 * Cost trade-off: recomputing a theatre reads all of its events, so a theatre with n events costs O(n) reads
 * per delivery that touches it; fine for the corpus sizes at hand (hundreds of events per mission at most).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord } from '../../events/article-records.ts';
import type { DomainEvent } from '../../events/contracts.ts';
import { isPlacement } from '../../event-types/models.ts';
import type { LogEvent } from '../../events/envelope.ts';
import { normalizeName } from '../../names.ts';
import type { ReadModelFilter, ReadModelName, ReadModelStore } from '../../ports.ts';
import { projectArticle } from '../../projections/articles.ts';
import { projectEntity } from '../../projections/entities.ts';
import { isVisible, newerRecord, tieKey } from '../../projections/facts.ts';
import { filterRows, validateFilter } from '../../projections/filter.ts';
import { theatreOfMission } from '../../projections/keys.ts';
import { possibleMissionKeys } from '../../projections/mission-identity.ts';
import { projectTheatre } from '../../projections/missions.ts';
import type { ReadModelRow } from '../../projections/rows.ts';
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
import { readModelTables, TIMELINE_INDEXES, type ReadModelTables } from './read-model-tables.ts';

export interface DynamoReadModelStoreOptions {
  /** Table name prefix (default `sitrep-`); ignored when `tables` is given. */
  tablePrefix?: string;
  tables?: ReadModelTables;
  /** DynamoDB calls in flight per step of one `apply` (default 16). */
  concurrency?: number;
  /** Optimistic-concurrency attempts per row before `apply` gives up and throws (default 50). */
  maxAttempts?: number;
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

  /** Takes a DynamoDBClient (wrapped in a DocumentClient here) or a DocumentClient. */
  constructor(client: DynamoDBClient | DynamoDBDocumentClient, options: DynamoReadModelStoreOptions = {}) {
    this.#doc = isDocumentClient(client) ? client : DynamoDBDocumentClient.from(client);
    this.tables = options.tables ?? readModelTables(options.tablePrefix);
    this.#concurrency = options.concurrency ?? 16;
    this.#maxAttempts = options.maxAttempts ?? 50;
  }

  async apply(delivered: LogEvent[]): Promise<void> {
    const { events, records } = foldDeliveries(delivered, (record) => record.article.key);
    if (events.size === 0 && records.size === 0) return;

    // 1. Facts.
    await Promise.all([this.#putEvents([...events.values()]), this.#putRecords([...records.values()])]);

    // 2. Affected rows (the article partitions are read after the records were stored).
    const articleOf = new Map<string, string>(); // timeline row id → article key
    const subjects = new Set<string>();
    for (const e of events.values()) {
      articleOf.set(e.id, e.article.key);
      subjects.add(subjectId(e));
    }
    await mapPool([...records.keys()], this.#concurrency, async (articleKey) => {
      for (const item of await this.#articleEvents(articleKey)) {
        articleOf.set(String(item.sk).slice(EVENT_SK_PREFIX.length), articleKey);
        subjects.add(String(item.subject));
      }
    });
    const byModel: Record<SubjectModel, string[]> = { missions: [], entities: [] };
    for (const s of subjects) {
      const { model, key } = parseSubject(s);
      byModel[model].push(key);
    }

    // A theatre's missions are decided together: every row its stored events could give is recomputed.
    const missionKeys = (await mapPool(byModel.missions, this.#concurrency, (t) => this.#possibleMissions(t))).flat();

    // 3. Rows.
    await Promise.all([
      this.#recompute('articles', [...records.keys()], (keys) => this.#articleRows(keys)),
      this.#recompute('timeline', [...articleOf.keys()], (ids) => this.#timelineRows(ids, articleOf)),
      this.#recompute('missions', missionKeys, (keys) => this.#missionRows(keys)),
      this.#recompute('entities', byModel.entities, (keys) => this.#entityRows(keys)),
    ]);
  }

  async query(model: ReadModelName, filter: ReadModelFilter = {}): Promise<Array<Record<string, unknown>>> {
    validateFilter(filter);
    const items = model === 'timeline' ? await this.#timelineItems(filter) : await this.#visibleItems(model);
    const rows = items.flatMap((item) => {
      const row = parseDoc<ReadModelRow>(item);
      return row ? [row] : [];
    });
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
      // A placement's link names the missions it could feed, so a theatre's possible rows are read from its links.
      const missions = isPlacement(e) ? { missionKeys: possibleMissionKeys([e]) } : {};
      links.set(`${pk}\u0000${sk}`, { pk, sk, articleKey: e.article.key, ...missions });
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

  /** The winning record of each article: its record item and part items folded (one query per article). */
  async #records(articleKeys: Iterable<string>): Promise<Map<string, ArticleRecord>> {
    const keys = [...new Set(articleKeys)];
    const found = await mapPool(keys, this.#concurrency, async (articleKey) => {
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
    });
    const byArticle = new Map<string, ArticleRecord>();
    for (const record of found) if (record) byArticle.set(record.article.key, record);
    return byArticle;
  }

  // --- rows ----------------------------------------------------------------------------------------------------

  /** Optimistic concurrency per row: read rev, then facts, then write on `rev = :read`; retry the conflicted. */
  async #recompute(
    model: ReadModelName,
    keys: string[],
    compute: (keys: string[]) => Promise<Map<string, ReadModelRow | undefined>>,
  ): Promise<void> {
    let pending = [...new Set(keys)];
    const firstRev = new Map<string, number>();
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= this.#maxAttempts) {
        throw new Error(`read model ${model}: ${pending.length} row(s) still conflicted after ${attempt} attempts`);
      }
      if (attempt > 0) await backoff(attempt);
      const revs = await this.#revs(model, pending);
      if (attempt === 0) for (const key of pending) firstRev.set(key, revs.get(key) ?? 0);
      // Two writes past our first read: the second one read its facts after ours were stored (see above).
      else pending = pending.filter((key) => (revs.get(key) ?? 0) < firstRev.get(key)! + 2);
      if (pending.length === 0) break;
      const rows = await compute(pending);
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

  async #articleRows(keys: string[]): Promise<Map<string, ReadModelRow | undefined>> {
    const records = await this.#records(keys);
    return new Map(keys.map((key) => [key, projectArticle(records.get(key))]));
  }

  async #timelineRows(ids: string[], articleOf: Map<string, string>): Promise<Map<string, ReadModelRow | undefined>> {
    const keys = ids.map((id) => bodyKey(articleOf.get(id)!, id));
    const [bodies, records] = await Promise.all([
      batchGet(this.#doc, this.tables.facts, keys),
      this.#records(ids.map((id) => articleOf.get(id)!)),
    ]);
    const byKey = new Map(bodies.map((item) => [itemKey(item), parseDoc<DomainEvent>(item)]));
    return new Map(
      ids.map((id, i) => {
        const event = byKey.get(keyOf(keys[i]!));
        return [id, event ? projectTimelineEntry(event, records.get(event.article.key)) : undefined];
      }),
    );
  }

  /** The mission keys a theatre's stored events could give (from its links). */
  async #possibleMissions(theatre: string): Promise<string[]> {
    const links = await queryAll(this.#doc, {
      TableName: this.tables.facts,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': subjectPartition(`missions#${theatre}`) },
      ProjectionExpression: 'missionKeys',
      ConsistentRead: true,
    });
    return [...new Set(links.flatMap((l) => (Array.isArray(l.missionKeys) ? (l.missionKeys as string[]) : [])))];
  }

  /** The visible events of each subject (`missions#<theatre>` or `entities#<key>`). */
  async #visibleOf(subjects: string[]): Promise<DomainEvent[][]> {
    const eventsBySubject = await mapPool(subjects, this.#concurrency, async (subject) => {
      const links = await queryAll(this.#doc, {
        TableName: this.tables.facts,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': subjectPartition(subject) },
        ConsistentRead: true,
      });
      const bodies = await batchGet(
        this.#doc,
        this.tables.facts,
        links.map((l) => bodyKey(String(l.articleKey), String(l.sk).slice(EVENT_SK_PREFIX.length))),
      );
      // A link outlives a body replaced by a variant of another subject (out of contract): check the body.
      return bodies.flatMap((item) => {
        const e = parseDoc<DomainEvent>(item);
        return e && subjectId(e) === subject ? [e] : [];
      });
    });
    // Each article's record is read once for all the rows of this batch (a big article touches many rows).
    const records = await this.#records(eventsBySubject.flatMap((events) => events.map((e) => e.article.key)));
    return eventsBySubject.map((events) => events.filter((e) => isVisible(e, records.get(e.article.key))));
  }

  async #entityRows(keys: string[]): Promise<Map<string, ReadModelRow | undefined>> {
    const visible = await this.#visibleOf(keys.map((key) => `entities#${key}`));
    return new Map(keys.map((key, i) => [key, projectEntity(key, visible[i]!)]));
  }

  /** Mission rows by key: each theatre of the keys is read and decided once. */
  async #missionRows(keys: string[]): Promise<Map<string, ReadModelRow | undefined>> {
    const theatres = [...new Set(keys.map(theatreOfMission))];
    const visible = await this.#visibleOf(theatres.map((t) => `missions#${t}`));
    const rows = new Map<string, ReadModelRow>();
    theatres.forEach((theatre, i) => {
      for (const row of projectTheatre(theatre, visible[i]!)) rows.set(row.key, row);
    });
    return new Map(keys.map((key) => [key, rows.get(key)]));
  }

  // --- queries -------------------------------------------------------------------------------------------------

  #visibleItems(model: ReadModelName): Promise<Item[]> {
    return scanAll(this.#doc, {
      TableName: this.tables[model],
      FilterExpression: 'attribute_exists(#doc)',
      ProjectionExpression: '#doc',
      ExpressionAttributeNames: { '#doc': 'doc' },
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
