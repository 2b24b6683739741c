import type { DomainEvent } from '../events/contracts.ts';
import { compareDates } from './dates.ts';
import { clip, MAX_SOURCES_PER_ROW, type Corroboration, type SourceRef } from './rows.ts';
import { sortedJson } from './sorted-json.ts';

export function toSource(event: DomainEvent): SourceRef {
  return {
    eventId: event.id,
    type: event.type,
    articleKey: event.article.key,
    occurredOn: event.occurredOn,
    evidence: clip(event.evidence.text),
    start: event.evidence.start,
    end: event.evidence.end,
  };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Date (undated last), article key, type, event id. */
export function compareSources(a: SourceRef, b: SourceRef): number {
  if (a.occurredOn !== b.occurredOn) {
    if (a.occurredOn === null) return 1;
    if (b.occurredOn === null) return -1;
    return compareDates(a.occurredOn, b.occurredOn);
  }
  return (
    compareStrings(a.articleKey, b.articleKey) || compareStrings(a.type, b.type) || compareStrings(a.eventId, b.eventId)
  );
}

/** The publisher of an article: its URL's host without `www.`, or undefined without a (valid) URL. */
export function publisherOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The corroboration block of a row: exact counts, the first `MAX_SOURCES_PER_ROW` sources in source order. */
export function sourcesOf(events: readonly DomainEvent[]): Corroboration {
  const sources = events.map(toSource).sort(compareSources);
  const publishers = new Set(events.flatMap((e) => publisherOf(e.article.url) ?? []));
  return {
    eventCount: sources.length,
    sourceCount: new Set(sources.map((s) => s.articleKey)).size,
    publisherCount: publishers.size,
    sources: sources.slice(0, MAX_SOURCES_PER_ROW),
  };
}

/** The most frequent value (by JSON); ties go to the smallest JSON. `values` must not be empty. */
export function representative<T>(values: readonly T[]): T {
  return representativeOf(values.map((value) => ({ value, n: 1 })));
}

/**
 * `representative` of values given with their multiplicities (`n` copies of `value`; entries of equal JSON add up),
 * so a summary that keeps counts per distinct value gives the same pick as the values themselves.
 */
export function representativeOf<T>(weighted: ReadonlyArray<{ value: T; n: number }>): T {
  const counts = new Map<string, { value: T; n: number }>();
  for (const { value, n } of weighted) {
    const key = sortedJson(value);
    const seen = counts.get(key);
    if (seen) seen.n += n;
    else counts.set(key, { value, n });
  }
  let best: { key: string; value: T; n: number } | undefined;
  for (const [key, { value, n }] of counts) {
    if (!best || n > best.n || (n === best.n && key < best.key)) best = { key, value, n };
  }
  if (!best) throw new Error('representative() of nothing');
  return best.value;
}

/** `{name, code?}` without undefined members. */
export function placeRef(p: { name: string; code?: string }): { name: string; code?: string } {
  return p.code ? { name: p.name, code: p.code } : { name: p.name };
}
