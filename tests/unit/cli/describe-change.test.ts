import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../cli/commands/dev.ts';

describe('describeChange (the dev log word for a handled change)', () => {
  it('says failed, not appended, when the commit records failed articles', () => {
    // given a commit whose one article failed
    const outcome = { status: 'appended' as const, articles: 1, failed: 1, events: [], version: 1 };
    // when it is described / then the log says so
    expect(describeChange(outcome)).toBe('failed (1 of 1 article, 0 events)');
  });

  it('says processed with counts for a commit without failures', () => {
    expect(describeChange({ status: 'appended', articles: 2, failed: 0, events: [], version: 3 })).toBe(
      'processed (2 articles, 0 events)',
    );
  });

  it('names deletions, duplicates and errors', () => {
    expect(describeChange({ status: 'appended', retracted: 2 })).toBe('deleted (2 retracted)');
    expect(describeChange({ status: 'duplicate' })).toBe('duplicate');
    expect(describeChange({ status: 'error', message: 'boom\nstack' })).toBe('error: boom');
  });
});
