/**
 * The read models on the embedded SQLite database (see database.ts), computed by the same pure projections as the
 * DynamoDB adapter (shared/adapters/aws/read-model-store.ts) from the same facts:
 *
 * - `fact_events`: each event body by (article, id), with its tie (content hash) and subject; only a greater tie
 *   replaces a body (in practice the first write wins and a duplicate is a no-op).
 * - `fact_records`: each article record (or record part) by (article, part); only a higher revision, or at an equal
 *   revision a greater tie, replaces it.
 * - `summaries`: the incremental mission and entity summaries (mission-summaries.ts, entity-summaries.ts in
 *   shared/projections; summary-table.ts), with the layout they use (`SORT_ENCODING`, recomputed when it differs).
 * - `rows`: the rows of the four read models as JSON; a row that became empty is deleted.
 *
 * `apply` stores the facts and updates every affected row in ONE transaction: an article's row, its events'
 * timeline rows, the mission rows of its events and its entity rows (with a newer record, every stored event of the
 * article whose visibility it changes: the ids one of the winning records before and after lists and the other does
 * not, so retracted events leave their rows and a record's later part touches only its own events). Mission rows are incremental: each placement event whose
 * visible body changed adds or removes its contribution to its row's summaries, and the row is composed from
 * bounded reads of them, so the cost is O(events of the batch), not O(events of the row); only a change of which
 * row a theatre's state-level reports join recomputes that theatre. Entity rows are incremental the same way
 * (shared/projections/entity-summaries.ts). One process writes the database at a time (the data directory lock),
 * and a transaction is atomic, so rows always reflect every fact committed before them: no optimistic concurrency is
 * needed, and any order or duplication of deliveries gives the rows of the log applied once.
 */
import type { ArticleRecord } from '../../events/article-records.ts';
import type { DomainEvent } from '../../events/contracts.ts';
import { isEntityEvent, isPlacement, type PlacementEvent } from '../../event-types/models.ts';
import type { LogEvent } from '../../events/envelope.ts';
import type { ReadModelFilter, ReadModelName, ReadModelStore } from '../../ports.ts';
import { projectArticle } from '../../projections/articles.ts';
import { EntitySummaries, type EntityChange } from '../../projections/entity-summaries.ts';
import { currentEventIds, isVisible, newerRecord, tieKey } from '../../projections/facts.ts';
import { filterRows, validateFilter } from '../../projections/filter.ts';
import { MissionSummaries, type MemberChange } from '../../projections/mission-summaries.ts';
import type { MissionRow, ReadModelRow } from '../../projections/rows.ts';
import { projectTimelineEntry } from '../../projections/timeline.ts';
import { foldDeliveries, parseSubject, recordKey, storedEvent, subjectId } from '../aws/read-model-items.ts';
import type { SqliteDatabase } from './database.ts';
import { SqliteSummaryTable } from './summary-table.ts';
import { SORT_ENCODING } from '../../projections/summary-store.ts';

/** Where the summaries' sort encoding is recorded (`SORT_ENCODING`). */
const META_ROW = '#meta';
const ENCODING_DIM = 'encoding';

interface EventRow {
  article_key: string;
  id: string;
  subject: string;
  doc: string;
}

export class SqliteReadModelStore implements ReadModelStore {
  readonly #db: SqliteDatabase;
  readonly #sql;
  readonly #summaries: SqliteSummaryTable;
  readonly #entities: EntitySummaries;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#summaries = new SqliteSummaryTable(db);
    this.#entities = new EntitySummaries(this.#summaries);
    this.#sql = {
      eventTie: db.prepare('SELECT tie, subject FROM fact_events WHERE article_key = ? AND id = ?'),
      putEvent: db.prepare(
        'INSERT OR REPLACE INTO fact_events (article_key, id, tie, subject, doc) VALUES (?, ?, ?, ?, ?)',
      ),
      recordTie: db.prepare('SELECT revision, tie FROM fact_records WHERE article_key = ? AND part = ?'),
      putRecord: db.prepare(
        'INSERT OR REPLACE INTO fact_records (article_key, part, revision, tie, doc) VALUES (?, ?, ?, ?, ?)',
      ),
      articleEvent: db.prepare('SELECT subject FROM fact_events WHERE article_key = ? AND id = ?'),
      records: db.prepare('SELECT doc FROM fact_records WHERE article_key = ?'),
      event: db.prepare('SELECT doc FROM fact_events WHERE article_key = ? AND id = ?'),
      subjectEvents: db.prepare('SELECT article_key, id, subject, doc FROM fact_events WHERE subject = ?'),
      putRow: db.prepare('INSERT OR REPLACE INTO rows (model, key, doc) VALUES (?, ?, ?)'),
      deleteRow: db.prepare('DELETE FROM rows WHERE model = ? AND key = ?'),
      rows: db.prepare('SELECT doc FROM rows WHERE model = ?'),
      anyMission: db.prepare("SELECT key FROM rows WHERE model = 'missions' LIMIT 1"),
      missionSubjects: db.prepare("SELECT DISTINCT subject FROM fact_events WHERE subject LIKE 'missions#%'"),
      entitySubjects: db.prepare("SELECT DISTINCT subject FROM fact_events WHERE subject LIKE 'entities#%'"),
    };
    if (!db.readonly) this.#db.transaction(() => this.#summarizeExistingMissions())();
  }

  async apply(delivered: LogEvent[]): Promise<void> {
    // Parts of one record are separate facts (each its own row), folded when the record is read.
    const { events, records } = foldDeliveries(delivered, (r) => `${r.article.key}\u0000${recordKey(r).sk}`);
    if (events.size === 0 && records.size === 0) return;
    this.#db.transaction(() => this.#applyFacts([...events.values()], [...records.values()]))();
  }

  async query(model: ReadModelName, filter: ReadModelFilter = {}): Promise<Array<Record<string, unknown>>> {
    validateFilter(filter);
    const rows = (this.#sql.rows.all(model) as Array<{ doc: string }>).map((r) => JSON.parse(r.doc) as ReadModelRow);
    if (model === 'missions' && filter.history === 'full') {
      const summaries = new MissionSummaries(this.#summaries, () => []);
      for (const row of rows as MissionRow[]) row.history = summaries.fullHistory(row.key);
    }
    return filterRows(model, rows, filter);
  }

  async clear(): Promise<void> {
    this.#db.exec('DELETE FROM fact_events; DELETE FROM fact_records; DELETE FROM summaries; DELETE FROM rows;');
    this.#summarizeExistingMissions(); // records the encoding of the (empty) summaries
  }

  #applyFacts(events: DomainEvent[], records: ArticleRecord[]): void {
    const timeline = new Map<string, string>(); // event id → article key
    const subjects = new Set<string>();
    const articles = new Set<string>();
    for (const event of events) {
      const tie = tieKey(event);
      const subject = subjectId(event);
      const known = this.#sql.eventTie.get(event.article.key, event.id) as { tie: string; subject: string } | undefined;
      if (!known || known.tie < tie) {
        this.#sql.putEvent.run(event.article.key, event.id, tie, subject, JSON.stringify(storedEvent(event)));
        // A body replaced by a variant of another subject (out of contract) leaves its former row too.
        if (known && known.subject !== subject) subjects.add(known.subject);
      }
      timeline.set(event.id, event.article.key);
      subjects.add(subject);
    }
    // The winning record of each article before this batch: a new one changes the visibility of exactly the ids
    // one of them lists and the other does not.
    const winnerBefore = this.#recordReader();
    for (const record of records) winnerBefore(record.article.key);
    for (const record of records) {
      const { sk } = recordKey(record);
      const tie = tieKey(record);
      const known = this.#sql.recordTie.get(record.article.key, sk) as { revision: number; tie: string } | undefined;
      if (!known || known.revision < record.revision || (known.revision === record.revision && known.tie < tie)) {
        this.#sql.putRecord.run(record.article.key, sk, record.revision, tie, JSON.stringify(record));
      }
      articles.add(record.article.key);
    }
    const recordOf = this.#recordReader();
    for (const articleKey of articles) {
      for (const id of changedIds(winnerBefore(articleKey), recordOf(articleKey))) {
        const stored = this.#sql.articleEvent.get(articleKey, id) as { subject: string } | undefined;
        if (!stored) continue; // not delivered yet: it is projected when it is
        timeline.set(id, articleKey);
        subjects.add(stored.subject);
      }
    }

    for (const articleKey of articles) this.#writeRow('articles', articleKey, projectArticle(recordOf(articleKey)));
    const missionChanges: MemberChange[] = [];
    const entityChanges: EntityChange[] = [];
    for (const [id, articleKey] of timeline) {
      const body = this.#sql.event.get(articleKey, id) as { doc: string } | undefined;
      const event = body ? (JSON.parse(body.doc) as DomainEvent) : undefined;
      const visible = event && isVisible(event, recordOf(articleKey));
      this.#writeRow('timeline', id, visible ? projectTimelineEntry(event, recordOf(articleKey)) : undefined);
      // Not a visible placement (any more): whatever it added to a mission row leaves it.
      const placed = visible && isPlacement(event);
      missionChanges.push(placed ? { id, event, doc: body!.doc } : { id, event: undefined, doc: undefined });
      const dissolved = visible && isEntityEvent(event);
      entityChanges.push(dissolved ? { id, event, doc: body!.doc } : { id, event: undefined, doc: undefined });
    }
    for (const [key, row] of this.#missions(recordOf).apply(missionChanges)) this.#writeRow('missions', key, row);
    for (const [key, row] of this.#entities.apply(entityChanges)) this.#writeRow('entities', key, row);
  }

  /** The incremental mission summaries; a theatre, when recomputed, reads its visible events here. */
  #missions(recordOf: (articleKey: string) => ArticleRecord | undefined): MissionSummaries {
    return new MissionSummaries(this.#summaries, (theatre) => {
      const visible: Array<{ event: PlacementEvent; doc: string }> = [];
      for (const row of this.#sql.subjectEvents.iterate(`missions#${theatre}`) as IterableIterator<EventRow>) {
        const event = JSON.parse(row.doc) as DomainEvent;
        if (isPlacement(event) && isVisible(event, recordOf(row.article_key))) visible.push({ event, doc: row.doc });
      }
      return visible;
    });
  }

  /**
   * A database whose mission rows predate the summaries, or whose summaries use another sort encoding, gets them
   * computed once, from its facts.
   */
  #summarizeExistingMissions(): void {
    const marker = this.#summaries.get(META_ROW, ENCODING_DIM, '');
    if (marker?.n === SORT_ENCODING) return;
    this.#db.exec('DELETE FROM summaries');
    this.#summaries.put(META_ROW, META_ROW, ENCODING_DIM, { sort: '', n: SORT_ENCODING, a: 0, b: 0, doc: null });
    for (const { subject } of this.#sql.entitySubjects.all() as Array<{ subject: string }>) {
      const recordOf = this.#recordReader();
      const changes: EntityChange[] = [];
      for (const row of this.#sql.subjectEvents.iterate(subject) as IterableIterator<EventRow>) {
        const event = JSON.parse(row.doc) as DomainEvent;
        if (isEntityEvent(event) && isVisible(event, recordOf(row.article_key)))
          changes.push({ id: event.id, event, doc: row.doc });
      }
      for (const [key, row] of this.#entities.apply(changes)) this.#writeRow('entities', key, row);
    }
    if (!this.#sql.anyMission.get()) return;
    const missions = this.#missions(this.#recordReader());
    for (const { subject } of this.#sql.missionSubjects.all() as Array<{ subject: string }>) {
      for (const [key, row] of missions.rebuildTheatre(parseSubject(subject).key)) this.#writeRow('missions', key, row);
    }
  }

  /** The winning record of an article (its record and part items folded), read once per `apply`. */
  #recordReader(): (articleKey: string) => ArticleRecord | undefined {
    const cache = new Map<string, ArticleRecord | undefined>();
    return (articleKey) => {
      if (cache.has(articleKey)) return cache.get(articleKey);
      let winner: ArticleRecord | undefined;
      for (const { doc } of this.#sql.records.all(articleKey) as Array<{ doc: string }>) {
        const record = JSON.parse(doc) as ArticleRecord;
        winner = winner ? newerRecord(winner, record) : record;
      }
      cache.set(articleKey, winner);
      return winner;
    };
  }

  #writeRow(model: ReadModelName, key: string, row: ReadModelRow | undefined): void {
    if (row) this.#sql.putRow.run(model, key, JSON.stringify(row));
    else this.#sql.deleteRow.run(model, key);
  }
}

/** The ids visible under one winning record of an article and not the other (either may be absent). */
function changedIds(before: ArticleRecord | undefined, after: ArticleRecord | undefined): string[] {
  if (before === after) return [];
  const was = new Set(currentEventIds(before));
  const is = new Set(currentEventIds(after));
  return [...[...is].filter((id) => !was.has(id)), ...[...was].filter((id) => !is.has(id))];
}
