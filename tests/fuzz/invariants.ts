import { expect } from 'vitest';
import type { Article } from '../../shared/articles/article.ts';
import type { DomainEvent } from '../../shared/events/contracts.ts';
import { contentHash } from '../../shared/events/ids.ts';
import { extractEvents } from '../../shared/extract/index.ts';
import { eventProblems } from './event-problems.ts';

/** A minimal article around raw text, as intake would build it from UTF-8 bytes. */
export function articleOf(text: string, published?: string): Article {
  return { key: 'fuzz/article.txt', text, contentHash: contentHash(text), ...(published && { published }) };
}

/** Runs the extractor (it must not throw), checks its events, and checks a second run gives the same output. */
export function extractAndCheck(article: Article, extract: (a: Article) => DomainEvent[] = extractEvents): void {
  const events = extract(article);
  expect(eventProblems(article, events)).toEqual([]);
  expect(extract(article)).toEqual(events);
}
