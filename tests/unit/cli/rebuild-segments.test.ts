import { describe, expect, it } from 'vitest';
import {
  decideApplyBatches,
  decideSegments,
  MAX_REBUILD_SEGMENTS,
  projectSegments,
  REBUILD_SEGMENTS,
} from '../../../cli/lib/rebuild-read-models.ts';
import type { LogEvent } from '../../../shared/events/envelope.ts';
import type { Commit } from '../../../shared/ports.ts';

const commit = (stream: string, events: number): Commit => ({
  stream,
  version: 1,
  ingestId: `${stream}#1`,
  part: 0,
  parts: 1,
  position: `000000000000001/${stream}/0000000001`,
  events: Array.from({ length: events }, (_, i) => ({ id: `${stream}-${i}` }) as unknown as LogEvent),
});

describe('decideSegments', () => {
  it('given no --segments, then the parallel scan uses the default segment count', () => {
    expect(decideSegments(undefined)).toBe(REBUILD_SEGMENTS);
  });

  it('given --segments 1 or the maximum, then that many segments', () => {
    expect(decideSegments('1')).toBe(1);
    expect(decideSegments(String(MAX_REBUILD_SEGMENTS))).toBe(MAX_REBUILD_SEGMENTS);
  });

  it.each(['0', '-2', '1.5', 'eight', '', String(MAX_REBUILD_SEGMENTS + 1)])(
    'given --segments %j, then a usage error naming the range',
    (value) => {
      expect(() => decideSegments(value)).toThrow(
        `--segments takes an integer from 1 to ${MAX_REBUILD_SEGMENTS}, not '${value}'`,
      );
    },
  );
});

describe('decideApplyBatches', () => {
  it('given a page of commits, when they exceed the batch size, then batches break between commits only', () => {
    const page = [commit('a', 3), commit('b', 3), commit('c', 1), commit('d', 5)];
    const batches = decideApplyBatches(page, 6);
    expect(batches.map((b) => b.map((e) => e.id))).toEqual([
      ['a-0', 'a-1', 'a-2', 'b-0', 'b-1', 'b-2'],
      ['c-0', 'd-0', 'd-1', 'd-2', 'd-3', 'd-4'],
    ]);
  });

  it('given one commit larger than a batch, then it is one batch of its own', () => {
    expect(decideApplyBatches([commit('a', 1), commit('big', 9)], 4).map((b) => b.length)).toEqual([1, 9]);
  });

  it('given an empty page, then no batch', () => {
    expect(decideApplyBatches([])).toEqual([]);
  });
});

describe('projectSegments', () => {
  it('given a log in segments, when projected, then every commit is applied once and progress counts them', async () => {
    const bySegment = [[[commit('a', 2)], [commit('b', 1)]], [], [[commit('c', 4)]]];
    const applied: string[] = [];
    const progress: number[] = [];
    const counts = await projectSegments(
      {
        async *scanSegment(segment, total) {
          expect(total).toBe(3);
          yield* bySegment[segment]!;
        },
      },
      { apply: async (events) => void applied.push(...events.map((e) => e.id)) },
      3,
      (c) => progress.push(c.commits),
    );
    expect(counts).toEqual({ commits: 3, events: 7 });
    expect(applied.sort()).toEqual(['a-0', 'a-1', 'b-0', 'c-0', 'c-1', 'c-2', 'c-3']);
    expect(progress.at(-1)).toBe(3);
  });

  it('given a segment that fails, then the rebuild fails with its error', async () => {
    await expect(
      projectSegments(
        {
          // eslint-disable-next-line require-yield
          async *scanSegment() {
            throw new Error('ProvisionedThroughputExceeded');
          },
        },
        { apply: async () => {} },
        2,
      ),
    ).rejects.toThrow('ProvisionedThroughputExceeded');
  });
});
