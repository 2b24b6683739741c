import type { Article } from '../articles/article.ts';
import type { DomainEvent } from '../events/contracts.ts';

/** Extracts the domain events an article states as fact. Pure and deterministic. (Work in progress.) */
export function extractEvents(_article: Article): DomainEvent[] {
  return [];
}
