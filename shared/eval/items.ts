import * as z from 'zod';
import { parseArticleBytes } from '../articles/index.ts';
import type { GoldArticle } from './gold.ts';
import { extractLines, type PredictionFailure, type PredictionLine } from './predict.ts';

/** One third-party item (../shared/corpus/external/items.jsonl): its text, and where it came from. */
export const Item = z.looseObject({
  id: z.string().min(1),
  text: z.string(),
  source: z.looseObject({ repo: z.string().optional() }).optional(),
});
export type Item = z.infer<typeof Item>;

/** Parses items JSONL; a malformed line fails with its line number. */
export function parseItemsJsonl(text: string, source = 'items'): Item[] {
  const out: Item[] = [];
  text.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${n + 1}: not JSON`);
    }
    const parsed = Item.safeParse(value);
    if (!parsed.success) throw new Error(`${source}:${n + 1}: ${parsed.error.issues[0]?.message ?? 'not an item'}`);
    out.push(parsed.data);
  });
  return out;
}

/** Runs intake + extraction over the gold articles' items (texts from `text`, named as the gold line's `file`). */
export function predictItems(
  gold: readonly GoldArticle[],
  items: ReadonlyMap<string, Item>,
): { lines: PredictionLine[]; failures: PredictionFailure[] } {
  const lines: PredictionLine[] = [];
  const failures: PredictionFailure[] = [];
  for (const g of gold) {
    const item = items.get(g.id);
    if (!item) {
      failures.push({ file: g.file, code: 'NOT_FOUND', message: `${g.file}: no item with id ${g.id}` });
      continue;
    }
    const results = parseArticleBytes(
      Buffer.from(item.text, 'utf8'),
      g.file,
      g.published ? { published: g.published } : {},
    );
    const out = extractLines(results);
    lines.push(...out.lines);
    failures.push(...out.failures);
  }
  return { lines, failures };
}
