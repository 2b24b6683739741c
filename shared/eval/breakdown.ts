import type { GoldArticle, Prediction } from './gold.ts';
import { scorePredictions, type Score } from './score.ts';

/** Scores of the parts of a set that share a key (e.g. the items of one source repository), keys sorted. */
export function scoreBy(
  gold: readonly GoldArticle[],
  predictions: readonly Prediction[],
  keyOf: (g: GoldArticle) => string | undefined,
): Array<{ key: string; articles: number; score: Score }> {
  const groups = new Map<string, GoldArticle[]>();
  for (const g of gold) {
    const key = keyOf(g);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(g);
    else groups.set(key, [g]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, part]) => ({ key, articles: part.length, score: scorePredictions(part, predictions) }));
}

/** One line per part: its overall precision, recall and F1 with counts. */
export function formatBreakdown(label: string, parts: ReturnType<typeof scoreBy>): string[] {
  const f2 = (x: number) => x.toFixed(2);
  return parts.map(({ key, articles, score: { overall: o } }) => {
    return `${label} ${key} (${articles} articles): P=${f2(o.precision)} R=${f2(o.recall)} F1=${f2(o.f1)} (tp ${o.tp} fp ${o.fp} fn ${o.fn})`;
  });
}
