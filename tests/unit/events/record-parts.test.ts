import { describe, expect, it } from 'vitest';
import type { ArticleProcessed } from '../../../shared/events/article-records.ts';
import { ArticleProcessed as ArticleProcessedSchema } from '../../../shared/events/article-records.ts';
import type { LogEvent } from '../../../shared/events/envelope.ts';
import { combineRecordParts, splitArticleRecord } from '../../../shared/events/record-parts.ts';
import { entrySize, MAX_ENTRY_BYTES, publishCommits, toBusEvents } from '../../../shared/outbox/index.ts';
import { projectArticle } from '../../../shared/projections/articles.ts';
import { applyToFacts, emptyFacts, newerRecord } from '../../../shared/projections/facts.ts';
import { toBusEntry } from '../../../shared/events/envelope.ts';
import { FakeBus } from '../outbox/fakes.ts';

const hex = (i: number) => i.toString(16).padStart(32, '0');

function bigRecord(events: number, revision = 3): ArticleProcessed {
  return {
    type: 'ArticleProcessed',
    schemaVersion: 1,
    id: hex(0xabc),
    revision,
    article: { key: 'news/big.txt', objectVersion: 'v1', title: 'Big' },
    status: 'processed',
    eventIds: Array.from({ length: events }, (_, i) => hex(i + 1)),
  };
}

describe('splitArticleRecord', () => {
  it('given a record that fits, when split, then it is returned unchanged', () => {
    const record = bigRecord(10);
    expect(splitArticleRecord(record, MAX_ENTRY_BYTES)).toEqual([record]);
  });

  it('given 10,000 event ids, when split for 256 KB, then parts fit, keep the order, and validate', () => {
    const record = bigRecord(10_000);
    const parts = splitArticleRecord(record, 100_000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(Buffer.byteLength(JSON.stringify(part))).toBeLessThanOrEqual(100_000);
      expect(ArticleProcessedSchema.parse(part)).toEqual(part);
      expect(part).toMatchObject({ revision: 3, eventCount: 10_000, part: { count: parts.length } });
    }
    expect(parts.map((p) => p.part!.index)).toEqual(parts.map((_, i) => i));
    expect(parts.flatMap((p) => p.eventIds)).toEqual(record.eventIds);
    expect(new Set(parts.map((p) => p.id)).size).toBe(parts.length);
  });

  it('given the same record twice, when split, then the parts are identical (stable ids)', () => {
    expect(splitArticleRecord(bigRecord(9_000), 100_000)).toEqual(splitArticleRecord(bigRecord(9_000), 100_000));
  });
});

describe('record parts in the projections', () => {
  const parts = splitArticleRecord(bigRecord(8_000), 60_000);

  it('given the parts in any order, when merged, then the record states every id and the full count', () => {
    const orders = [parts, [...parts].reverse(), [parts[1]!, parts[0]!, ...parts.slice(2), parts[0]!]];
    const merged = orders.map((order) => order.reduce((a, b) => newerRecord(a, b) as ArticleProcessed));
    expect(merged[1]).toEqual(merged[0]);
    expect(merged[2]).toEqual(merged[0]);
    expect(new Set(merged[0]!.eventIds)).toEqual(new Set(bigRecord(8_000).eventIds));
    expect(projectArticle(merged[0])).toMatchObject({ eventCount: 8_000, status: 'processed' });
  });

  it('given only some parts, when projected, then the article row already shows the whole count', () => {
    const row = projectArticle(combineRecordParts(parts[0]!, parts[1]!));
    expect(row?.eventCount).toBe(8_000);
  });

  it('given parts of an older revision, when a newer record arrives, then the newer record wins', () => {
    const newer: ArticleProcessed = { ...bigRecord(2, 4), eventIds: [hex(1)] };
    const facts = applyToFacts(emptyFacts, [...parts, newer]);
    expect(facts.articles.get('news/big.txt')).toEqual(newer);
  });
});

describe('publishing a record too large for one entry', () => {
  it('given a 10,000-event record, when published, then every entry fits and subscribers rebuild the record', async () => {
    const record = bigRecord(10_000);
    const bus = new FakeBus();
    await publishCommits(bus, [record], { sleep: async () => {} });
    const entries = bus.calls.flat();
    expect(entries.length).toBeGreaterThan(1);
    for (const entry of entries) expect(entrySize(entry)).toBeLessThanOrEqual(MAX_ENTRY_BYTES);
    const delivered = entries.map((e) => JSON.parse(e.Detail) as LogEvent);
    const facts = applyToFacts(emptyFacts, delivered.reverse());
    const rebuilt = facts.articles.get('news/big.txt') as ArticleProcessed;
    expect(new Set(rebuilt.eventIds)).toEqual(new Set(record.eventIds));
  });

  it('given an entry limit, when a record is turned into bus events, then none is over it', () => {
    for (const event of toBusEvents([bigRecord(3_000)], 20_000)) {
      expect(entrySize(toBusEntry(event))).toBeLessThanOrEqual(20_000);
    }
  });
});
