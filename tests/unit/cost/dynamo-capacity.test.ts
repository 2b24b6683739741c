import { describe, expect, it } from 'vitest';
import { itemSize, writeUnits, type TableSchema } from '../../../bench/dynamo-capacity.ts';

const TABLE: TableSchema = {
  keys: ['pk', 'sk'],
  indexes: [
    { name: 'sparse', keys: ['gsi'], projection: 'KEYS_ONLY' },
    { name: 'all', keys: ['sk'], projection: 'ALL' },
  ],
};
const s = (v: string) => ({ S: v });

describe('itemSize', () => {
  it('counts attribute names and values by the documented rules', () => {
    expect(itemSize({ ab: s('xyz') })).toBe(5);
    expect(itemSize({ n: { N: '12345' } })).toBe(1 + 4); // 5 digits → 3 bytes + 1
    expect(itemSize({ b: { BOOL: true }, z: { NULL: true } })).toBe(4);
    expect(itemSize({ m: { M: { k: s('v') } } })).toBe(1 + 3 + 1 + 2);
    expect(itemSize({ l: { L: [s('ab'), s('c')] } })).toBe(1 + 3 + (1 + 2) + (1 + 1));
  });
});

describe('writeUnits', () => {
  it('given a new item with both index keys, then the table and each index take a write', () => {
    const item = { pk: s('p'), sk: s('1'), gsi: s('g') };
    expect(writeUnits(TABLE, undefined, item)).toEqual({ table: 1, indexes: 2, byIndex: { sparse: 1, all: 1 } });
  });

  it('given a sparse index key removed, then the sparse index takes a delete and the ALL index an update', () => {
    const before = { pk: s('p'), sk: s('1'), gsi: s('g') };
    const after = { pk: s('p'), sk: s('1') };
    expect(writeUnits(TABLE, before, after)).toEqual({ table: 1, indexes: 2, byIndex: { sparse: 1, all: 1 } });
  });

  it('given an index key that changes, then the index takes a delete and a put', () => {
    const before = { pk: s('p'), sk: s('1') };
    const after = { pk: s('p'), sk: s('2') };
    expect(writeUnits(TABLE, before, after).indexes).toBe(2);
  });

  it('given nothing the index projects changed, then the index takes no write', () => {
    const before = { pk: s('p'), sk: s('1'), gsi: s('g'), doc: s('a') };
    const after = { pk: s('p'), sk: s('1'), gsi: s('g'), doc: s('b') };
    // keys-only: unchanged; ALL: doc changed → 1.
    expect(writeUnits(TABLE, before, after)).toMatchObject({ table: 1, indexes: 1 });
  });

  it('given a large item, then units are 1 KB each of the larger image, and index entries add 100 bytes', () => {
    const big = { pk: s('p'), sk: s('1'), doc: s('x'.repeat(2100)) };
    expect(writeUnits(TABLE, big, { pk: s('p'), sk: s('1') })).toMatchObject({ table: 3, indexes: 3 });
    const justUnder = { pk: s('p'), sk: s('1'), doc: s('x'.repeat(1024 - 9)) }; // 1024 bytes
    expect(writeUnits({ keys: ['pk', 'sk'], indexes: [] }, undefined, justUnder)).toEqual({
      table: 1,
      indexes: 0,
      byIndex: {},
    });
    expect(writeUnits(TABLE, undefined, justUnder).indexes).toBe(2); // 1024 + 100 bytes → 2 units
  });
});
