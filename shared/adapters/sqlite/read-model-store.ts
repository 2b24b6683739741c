/**
 * The read models on the embedded SQLite database (see database.ts), computed by the same pure projections as the
 * DynamoDB adapter (shared/adapters/aws/read-model-store.ts) from the same facts:
 *
 * - `fact_events`: each event body by (article, id), with its tie (content hash) and subject; only a greater tie
 *   replaces a body (in practice the first write wins and a duplicate is a no-op).
 * - `fact_records`: each article record (or record part) by (article, part); only a higher revision, or at an equal
 *   revision a greater tie, replaces it.
 * - `rows`: the rows of the four read models as JSON; a row that became empty is deleted. The subject of a
 *   deployment or withdrawal is its theatre (actor × state): the theatre's missions are decided together
 *   (mission-identity.ts), so its rows are recomputed together, and every row its stored events could give that
 *   it no longer has is deleted.
 *
 * `apply` stores the facts and recomputes every affected row in ONE transaction: an article's row, its events'
 * timeline rows, and the mission/entity rows of its events (with a newer record, every event ever stored for the
 * article, so retracted events leave their rows). One process writes the database at a time (the data directory
 * lock), and a transaction is atomic, so rows always reflect every fact committed before them: no optimistic
 * concurrency is needed, and any order or duplication of deliveries gives the rows of the log applied once.
 *
 * Cost: a mission/entity row is recomputed from all of its events (O(events of the row) reads per delivery that
 * touches it, as on DynamoDB); the facts of one batch are read once for all the rows the batch touches.
 */
import type { ArticleRecord } from '../../events/article-records.ts';
import type { DomainEvent } from '../../events/contracts.ts';
import { isPlacement } from '../../event-types/models.ts';
import type { LogEvent } from '../../events/envelope.ts';
import type { ReadModelFilter, ReadModelName, ReadModelStore } from '../../ports.ts';
import { projectArticle } from '../../projections/articles.ts';
import { projectEntity } from '../../projections/entities.ts';
import { isVisible, newerRecord, tieKey } from '../../projections/facts.ts';
import { filterRows, validateFilter } from '../../projections/filter.ts';
import { possibleMissionKeys } from '../../projections/mission-identity.ts';
import { projectTheatre } from '../../projections/missions.ts';
import type { ReadModelRow } from '../../projections/rows.ts';
import { projectTimelineEntry } from '../../projections/timeline.ts';
import { foldDeliveries, parseSubject, recordKey, storedEvent, subjectId } from '../aws/read-model-items.ts';
import type { SqliteDatabase } from './database.ts';

interface EventRow {
  article_key: string;
  id: string;
  subject: string;
  doc: string;
}

export class SqliteReadModelStore implements ReadModelStore {
  readonly #db: SqliteDatabase;
  readonly #sql;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#sql = {
      eventTie: db.prepare('SELECT tie, subject FROM fact_events WHERE article_key = ? AND id = ?'),
      putEvent: db.prepare(
        'INSERT OR REPLACE INTO fact_events (article_key, id, tie, subject, doc) VALUES (?, ?, ?, ?, ?)',
      ),
      recordTie: db.prepare('SELECT revision, tie FROM fact_records WHERE article_key = ? AND part = ?'),
      putRecord: db.prepare(
        'INSERT OR REPLACE INTO fact_records (article_key, part, revision, tie, doc) VALUES (?, ?, ?, ?, ?)',
      ),
      articleEvents: db.prepare('SELECT id, subject FROM fact_events WHERE article_key = ?'),
      records: db.prepare('SELECT doc FROM fact_records WHERE article_key = ?'),
      event: db.prepare('SELECT doc FROM fact_events WHERE article_key = ? AND id = ?'),
      subjectEvents: db.prepare('SELECT article_key, id, subject, doc FROM fact_events WHERE subject = ?'),
      putRow: db.prepare('INSERT OR REPLACE INTO rows (model, key, doc) VALUES (?, ?, ?)'),
      deleteRow: db.prepare('DELETE FROM rows WHERE model = ? AND key = ?'),
      rows: db.prepare('SELECT doc FROM rows WHERE model = ?'),
    };
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
    return filterRows(model, rows, filter);
  }

  async clear(): Promise<void> {
    this.#db.exec('DELETE FROM fact_events; DELETE FROM fact_records; DELETE FROM rows;');
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
    for (const record of records) {
      const { sk } = recordKey(record);
      const tie = tieKey(record);
      const known = this.#sql.recordTie.get(record.article.key, sk) as { revision: number; tie: string } | undefined;
      if (!known || known.revision < record.revision || (known.revision === record.revision && known.tie < tie)) {
        this.#sql.putRecord.run(record.article.key, sk, record.revision, tie, JSON.stringify(record));
      }
      articles.add(record.article.key);
    }
    // A newer record may show or hide any event ever stored for its article.
    for (const articleKey of articles) {
      for (const row of this.#sql.articleEvents.all(articleKey) as Array<{ id: string; subject: string }>) {
        timeline.set(row.id, articleKey);
        subjects.add(row.subject);
      }
    }

    const recordOf = this.#recordReader();
    for (const articleKey of articles) this.#writeRow('articles', articleKey, projectArticle(recordOf(articleKey)));
    for (const [id, articleKey] of timeline) {
      const body = this.#sql.event.get(articleKey, id) as { doc: string } | undefined;
      const event = body ? (JSON.parse(body.doc) as DomainEvent) : undefined;
      this.#writeRow('timeline', id, event ? projectTimelineEntry(event, recordOf(articleKey)) : undefined);
    }
    for (const subject of subjects) {
      const { model, key } = parseSubject(subject);
      const visible: DomainEvent[] = [];
      const possible = new Set<string>();
      // Row by row: only the visible events are held, never all the row's stored JSON at once.
      for (const row of this.#sql.subjectEvents.iterate(subject) as IterableIterator<EventRow>) {
        const event = JSON.parse(row.doc) as DomainEvent;
        if (isVisible(event, recordOf(row.article_key))) visible.push(event);
        if (model === 'missions' && isPlacement(event)) for (const k of possibleMissionKeys([event])) possible.add(k);
      }
      if (model === 'entities') {
        this.#writeRow(model, key, projectEntity(key, visible));
        continue;
      }
      // A theatre's missions are decided together: write its rows, and delete those it no longer has.
      const rows = new Map(projectTheatre(key, visible).map((row) => [row.key, row]));
      for (const missionKey of possible) this.#writeRow(model, missionKey, rows.get(missionKey));
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
