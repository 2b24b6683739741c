import { describe, expect, it } from 'vitest';
import { bigArticle } from '../../../bench/big-article.ts';
import { extractEvents } from '../../../shared/extract/index.ts';
import { article } from './helpers.ts';

describe('merging one article of many happenings', () => {
  it('keeps every distinct happening once, though both readers report each', () => {
    // 3,000 deployments: ten places, a new date every ten sentences; each is found by both readers.
    const events = extractEvents(article(bigArticle(3_000), '2023-03-03'));
    expect(events).toHaveLength(3_000);
    const happenings = new Set(events.map((e) => `${'location' in e ? e.location.name : ''}|${e.occurredOn}`));
    expect(happenings.size).toBe(3_000);
  });
});
