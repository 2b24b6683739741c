import type { ArticleRecord } from '../events/article-records.ts';
import { recordEventCount } from '../events/record-parts.ts';
import type { Facts } from './facts.ts';
import { type ArticleRow } from './rows.ts';

/** The row of an article from its winning record: undefined when deleted (or unknown). */
export function projectArticle(record: ArticleRecord | undefined): ArticleRow | undefined {
  if (record?.type !== 'ArticleProcessed') return undefined;
  const a = record.article;
  return {
    key: a.key,
    status: record.status,
    eventCount: recordEventCount(record),
    error: record.error ? { code: record.error.code, message: record.error.message } : null,
    revision: record.revision,
    title: a.title ?? null,
    published: a.published ?? null,
    url: a.url ?? null,
    objectVersion: a.objectVersion,
  };
}

/** All article rows, by key. */
export function projectArticles(facts: Facts): ArticleRow[] {
  return [...facts.articles.keys()]
    .sort()
    .map((key) => projectArticle(facts.articles.get(key)))
    .filter((row): row is ArticleRow => row !== undefined);
}
