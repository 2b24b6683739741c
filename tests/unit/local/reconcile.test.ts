import { describe, expect, it } from 'vitest';
import { decideReconciliation, ingestedObjects } from '../../../infra/local/reconcile.ts';
import type { Commit } from '../../../shared/ports.ts';
import type { LogEvent } from '../../../shared/events/envelope.ts';

const processed = (key: string, objectVersion: string) =>
  ({
    type: 'ArticleProcessed',
    schemaVersion: 1,
    id: `p-${key}-${objectVersion}`,
    article: { key, objectVersion },
    status: 'processed',
    eventIds: [],
    revision: 1,
  }) as unknown as LogEvent;
const deleted = (key: string) =>
  ({ type: 'ArticleDeleted', schemaVersion: 1, id: `d-${key}`, revision: 2, article: { key } }) as unknown as LogEvent;

let position = 0;
const commit = (stream: string, events: LogEvent[], part = 0): Commit => ({
  stream,
  version: ++position,
  ingestId: `i${position}`,
  part,
  parts: part + 1,
  position: String(position).padStart(8, '0'),
  events,
});

describe('decideReconciliation', () => {
  it('ingests what the log lacks or has at another version, and retracts what the bucket lost', () => {
    // given a log that ingested a@1, b@1 (then deleted b), c@1 and d@1
    const log = ingestedObjects([
      commit('a', [processed('a', '1')]),
      commit('b', [processed('b', '1')]),
      commit('b', [deleted('b')]),
      commit('c', [processed('c', '1')]),
      commit('d', [processed('d', '1')]),
    ]);
    // when the bucket holds a@1, b@1 (uploaded again), c@2 and a new e, and no longer d
    const plan = decideReconciliation(
      new Map([
        ['a', '1'],
        ['b', '1'],
        ['c', '2'],
        ['e', '1'],
      ]),
      log,
    );
    // then b, c and e are ingested and d is retracted; a is left alone
    expect(plan).toEqual({ ingest: ['b', 'c', 'e'], retract: ['d'] });
  });

  it('changes nothing when the log matches the bucket, including split ingestions', () => {
    const log = ingestedObjects([commit('j.jsonl', [processed('j.jsonl#1', '7')]), commit('j.jsonl', [], 1)]);
    expect(decideReconciliation(new Map([['j.jsonl', '7']]), log)).toEqual({ ingest: [], retract: [] });
  });
});
