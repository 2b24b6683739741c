/** mergeSorted: the k-way merge that reads the shards of a sharded index back in one order. */
import { describe, expect, it } from 'vitest';
import { mergeSorted } from '../../../shared/adapters/aws/merge-sorted.ts';
import { allShardKeys, shardedKey, shardOf } from '../../../shared/adapters/aws/partition-shards.ts';

async function* from<T>(items: T[], reads: { n: number }): AsyncGenerator<T> {
  for (const item of items) {
    reads.n++;
    yield item;
  }
}

async function collect<T>(it: AsyncIterable<T>, max = Infinity): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) {
    out.push(x);
    if (out.length >= max) break;
  }
  return out;
}

describe('mergeSorted', () => {
  it('given sorted shards, when merged, then yields every item once in global order', async () => {
    const reads = { n: 0 };
    const shards = [['a', 'd', 'g'], [], ['b', 'c', 'h'], ['e', 'f']];
    const merged = await collect(
      mergeSorted(
        shards.map((s) => from(s, reads)),
        (x) => x,
      ),
    );
    expect(merged).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('given a reader that stops early, then it reads at most one item ahead per shard and closes them', async () => {
    const reads = { n: 0 };
    const shards = Array.from({ length: 4 }, (_, i) =>
      Array.from({ length: 100 }, (_, j) => `${j}`.padStart(3, '0') + i),
    );
    const first = await collect(
      mergeSorted(
        shards.map((s) => from(s, reads)),
        (x) => x,
      ),
      5,
    );
    expect(first).toEqual(['0000', '0001', '0002', '0003', '0010']);
    expect(reads.n).toBeLessThanOrEqual(5 + 4);
  });
});

describe('partition shards', () => {
  it('given a value, then its shard is stable and its key sorts with the other shards', () => {
    expect(shardOf('news/a.html', 16)).toBe(shardOf('news/a.html', 16));
    expect(shardedKey('log', 3, 16)).toBe('log#03');
    expect(allShardKeys('log', 16)).toEqual([...allShardKeys('log', 16)].sort());
    expect(allShardKeys('T', 8)).toHaveLength(8);
  });
});
