/**
 * Splitting an ArticleProcessed record that is too large for one bus entry (EventBridge: 256 KB per entry) into
 * parts: each part is the record with a slice of `eventIds`, `part: {index, count}` and the total `eventCount`.
 * Parts have stable ids (a hash of the whole record's id and the index) and a stable order, so publishing the same
 * record twice yields the same parts; a subscriber reconstructs the version from the union of the parts of one
 * `revision` (`combineRecordParts`).
 */
import type { ArticleProcessed } from './article-records.ts';
import { contentHash } from './ids.ts';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** The record as one or more parts whose JSON is at most `maxBytes` each; a record that fits is returned as is. */
export function splitArticleRecord(record: ArticleProcessed, maxBytes: number): ArticleProcessed[] {
  if (utf8(JSON.stringify(record)) <= maxBytes) return [record];
  const total = record.eventIds.length;
  // The largest a part can be without its ids (part and count at their widest), ids cost their JSON plus a comma.
  const overhead = utf8(
    JSON.stringify({ ...record, id: record.id, eventIds: [], eventCount: total, part: { index: total, count: total } }),
  );
  const slices: string[][] = [];
  let current: string[] = [];
  let size = overhead;
  for (const id of record.eventIds) {
    const bytes = utf8(JSON.stringify(id)) + 1;
    if (current.length > 0 && size + bytes > maxBytes) {
      slices.push(current);
      current = [];
      size = overhead;
    }
    current.push(id);
    size += bytes;
  }
  slices.push(current);
  return slices.map((eventIds, index) => ({
    ...record,
    id: partId(record.id, index),
    eventIds,
    eventCount: total,
    part: { index, count: slices.length },
  }));
}

function partId(recordId: string, index: number): string {
  return contentHash(`${recordId}\u001fpart\u001f${index}`).slice(0, 32);
}

/** Whether two records of one revision are different parts of one version (the same article, status and count). */
export function arePartsOfOneVersion(a: ArticleProcessed, b: ArticleProcessed): boolean {
  return (
    a.part !== undefined &&
    b.part !== undefined &&
    a.revision === b.revision &&
    a.article.key === b.article.key &&
    a.article.objectVersion === b.article.objectVersion &&
    a.status === b.status &&
    a.part.count === b.part.count &&
    a.eventCount === b.eventCount
  );
}

/**
 * Parts of one version combined: the sorted union of their ids, the smallest id and index. Commutative,
 * associative and idempotent on parts, so any delivery order of the parts gives the same record.
 */
export function combineRecordParts(a: ArticleProcessed, b: ArticleProcessed): ArticleProcessed {
  const eventIds = [...new Set([...a.eventIds, ...b.eventIds])].sort();
  const first = a.part!.index <= b.part!.index ? a : b;
  return {
    ...first,
    id: a.id < b.id ? a.id : b.id,
    eventIds,
    part: { index: first.part!.index, count: first.part!.count },
  };
}

/** The number of domain events a processed version states, all parts counted. */
export function recordEventCount(record: ArticleProcessed): number {
  if (record.status !== 'processed') return 0;
  return record.eventCount ?? record.eventIds.length;
}
