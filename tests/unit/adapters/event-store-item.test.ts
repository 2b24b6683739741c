import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  assertCommitFits,
  commitToItem,
  dynamoItemSize,
  EVENTS_GZIP_ABOVE_BYTES,
  itemToCommit,
  makePosition,
  MAX_ITEM_BYTES,
} from '../../../shared/adapters/aws/event-store-item.ts';
import type { LogEvent } from '../../../shared/events/envelope.ts';
import type { Commit } from '../../../shared/ports.ts';

const commit = (events: number, text = 'Russian forces began withdrawing from the Kherson region. '): Commit => ({
  stream: 'news/kherson.txt',
  version: 2,
  ingestId: 'news/kherson.txt#v2',
  part: 0,
  parts: 1,
  position: makePosition(1_700_000_000_000, 'news/kherson.txt', 2),
  events: Array.from(
    { length: events },
    (_, i) => ({ id: `e${i}`, type: 'WithdrawalBegun', evidence: text }) as unknown as LogEvent,
  ),
});

describe('commit items', () => {
  it('given a small commit, then its events stay as JSON text', () => {
    const item = commitToItem(commit(1), true);
    expect(item.events).toBe(JSON.stringify(commit(1).events));
    expect(item.eventsGz).toBeUndefined();
    expect(itemToCommit({ ...item })).toEqual(commit(1));
  });

  it('given events JSON over the threshold, then it is stored gzipped, far smaller, and read back the same', () => {
    const big = commit(40);
    expect(Buffer.byteLength(JSON.stringify(big.events))).toBeGreaterThan(EVENTS_GZIP_ABOVE_BYTES);
    const item = commitToItem(big, true);
    expect(item.events).toBeUndefined();
    expect(gunzipSync(item.eventsGz!).toString('utf8')).toBe(JSON.stringify(big.events));
    const plain = commitToItem(big, true, { compress: false });
    expect(dynamoItemSize({ ...item })).toBeLessThan(dynamoItemSize({ ...plain }) / 4);
    expect(itemToCommit({ ...item })).toEqual(big);
  });

  it('given an item written before compression (events as text), then it is still read', () => {
    const big = commit(40);
    expect(itemToCommit({ ...commitToItem(big, false, { compress: false }) })).toEqual(big);
  });

  it('given an eventsGz that is not gzip, then BAD_ITEM', () => {
    const item = { ...commitToItem(commit(40), true), eventsGz: new Uint8Array([1, 2, 3]) };
    expect(() => itemToCommit(item)).toThrow(/eventsGz is not gzip/);
  });

  it('checks the fit on the uncompressed JSON, so every store refuses the same commits', () => {
    const repetitive = commit(1, 'x'.repeat(MAX_ITEM_BYTES));
    expect(() => assertCommitFits(repetitive)).toThrow(/EVENT_TOO_LARGE|over the/);
  });
});

describe('commit items from a Lambda stream event', () => {
  it('given eventsGz as base64 text (JSON events carry binaries so), then it is read as the bytes', () => {
    const big = commit(40);
    const item = commitToItem(big, true);
    expect(itemToCommit({ ...item, eventsGz: Buffer.from(item.eventsGz!).toString('base64') })).toEqual(big);
  });
});
