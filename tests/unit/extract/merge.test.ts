import { describe, expect, it } from 'vitest';
import { bigArticle } from '../../../bench/big-article.ts';
import { extractEvents } from '../../../shared/extract/index.ts';
import { sameEntity } from '../../../shared/extract/merging.ts';
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

describe('sameEntity: one body named two ways in one article', () => {
  it('given a headline word or an owner-and-head phrase and the full name, then one body', () => {
    expect(sameEntity('Baath', 'Baath Party')).toBe(true);
    expect(sameEntity('Memorial', 'Memorial Human Rights Centre')).toBe(true);
    expect(sameEntity("Suu Kyi's party", "Aung San Suu Kyi's National League for Democracy")).toBe(true);
    expect(sameEntity('League', 'League of Nations')).toBe(true);
  });

  it('keeps two bodies that share a word apart', () => {
    expect(sameEntity('Memorial', 'International Memorial')).toBe(false);
    expect(sameEntity('Labour Party', 'Labour Front')).toBe(false);
    expect(sameEntity('Senate', 'National Assembly')).toBe(false);
  });
});
