import { describe, expect, it } from 'vitest';
import { decideEventCap, DEFAULT_MAX_EVENTS_PER_ARTICLE } from '../../../shared/pipeline/event-cap.ts';

describe('decideEventCap', () => {
  it('given events up to the cap, when decided, then the article passes', () => {
    expect(decideEventCap(0, 5)).toBeUndefined();
    expect(decideEventCap(DEFAULT_MAX_EVENTS_PER_ARTICLE, DEFAULT_MAX_EVENTS_PER_ARTICLE)).toBeUndefined();
  });

  it('given one event over the cap, when decided, then it fails with TOO_MANY_EVENTS naming both numbers', () => {
    const failure = decideEventCap(2_001, 2_000);
    expect(failure?.code).toBe('TOO_MANY_EVENTS');
    expect(failure?.message).toContain('2001 events');
    expect(failure?.message).toContain('2000 per article');
  });
});
