import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseItemsJsonl } from '../../../shared/eval/items.ts';
import { inSplit, isHeldOut, SPLITS } from '../../../shared/eval/split.ts';

const EXT_ITEMS = fileURLToPath(new URL('../../../../shared/corpus/external/items.jsonl', import.meta.url));

describe('eval splits', () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `article-${i}`);

  it('given any ids, when split, then each is in all and in exactly one of the held-apart fifth and the rest', () => {
    for (const id of ids) {
      expect(inSplit(id, 'all')).toBe(true);
      expect(inSplit(id, 'holdout')).not.toBe(inSplit(id, 'train'));
    }
    expect(SPLITS).toEqual(['all', 'holdout', 'train']);
  });

  it('given many ids, when split, then about a fifth are held apart, the same on every call', () => {
    const held = ids.filter(isHeldOut);
    expect(held.length).toBeGreaterThan(150);
    expect(held.length).toBeLessThan(250);
    expect(ids.filter(isHeldOut)).toEqual(held);
  });

  it.skipIf(!existsSync(EXT_ITEMS))(
    'given the external items, when split, then some but under a third are held apart',
    () => {
      const itemIds = parseItemsJsonl(readFileSync(EXT_ITEMS, 'utf8')).map((item) => item.id);
      const held = itemIds.filter((id) => inSplit(id, 'holdout')).length;
      expect(held).toBeGreaterThan(0);
      expect(held).toBeLessThan(itemIds.length / 3);
      expect(held + itemIds.filter((id) => inSplit(id, 'train')).length).toBe(itemIds.length);
    },
  );
});
