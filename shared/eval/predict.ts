import { join } from 'node:path';
import { articleRef, readArticleFile } from '../articles/index.ts';
import type { IntakeResult } from '../articles/article.ts';
import type { ArticleRef, DomainEvent } from '../events/contracts.ts';
import { extractEvents } from '../extract/index.ts';
import type { GoldArticle } from './gold.ts';

/** One successful article: the same shape as a `sitrep extract` output line, so score.mjs can read it. */
export interface PredictionLine {
  file: string;
  article: ArticleRef;
  events: DomainEvent[];
}

/** An article that could not be read or extracted; it gets no prediction line, so it scores as "without output". */
export interface PredictionFailure {
  file: string;
  code: string;
  message: string;
}

/**
 * Runs intake + extraction over every gold article found in `dir`, each with the gold line's publication
 * date as the explicit date (as ../shared/tools/extract-corpus.sh does).
 */
export async function predictGoldArticles(
  gold: readonly GoldArticle[],
  dir: string,
): Promise<{ lines: PredictionLine[]; failures: PredictionFailure[] }> {
  const lines: PredictionLine[] = [];
  const failures: PredictionFailure[] = [];
  for (const g of gold) {
    const results = await readArticleFile(join(dir, g.file), g.published ? { published: g.published } : {});
    const out = extractLines(results);
    lines.push(...out.lines);
    failures.push(...out.failures);
  }
  return { lines, failures };
}

/** Extraction over intake results: a prediction line per article, a failure per unreadable or failing one. */
export function extractLines(results: readonly IntakeResult[]): {
  lines: PredictionLine[];
  failures: PredictionFailure[];
} {
  const lines: PredictionLine[] = [];
  const failures: PredictionFailure[] = [];
  for (const result of results) {
    if ('error' in result) {
      failures.push({ file: result.file, ...result.error });
      continue;
    }
    try {
      lines.push({ file: result.file, article: articleRef(result.article), events: extractEvents(result.article) });
    } catch (err) {
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
      failures.push({
        file: result.file,
        code: 'EXTRACT_FAILED',
        message: `${result.file}: extractor failed: ${message}`,
      });
    }
  }
  return { lines, failures };
}
