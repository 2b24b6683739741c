import { describe, expect, it } from 'vitest';
import { contentHash, eventId } from '../../../shared/events/ids.ts';

const parts = {
  articleKey: 'corpus/seed.txt',
  contentHash: contentHash('BAKU, April 17. Russian peacekeepers began to withdraw.'),
  type: 'WithdrawalBegun',
  happeningKey: 'russia|nagorno-karabakh',
  evidenceStart: 16,
  evidenceEnd: 57,
};

describe('eventId', () => {
  it('is a 128-bit lowercase hex id, the same on every call', () => {
    expect(eventId(parts)).toMatch(/^[0-9a-f]{32}$/);
    expect(eventId({ ...parts })).toBe(eventId(parts));
  });

  it.each([
    ['articleKey', 'corpus/other.txt'],
    ['contentHash', contentHash('edited text')],
    ['type', 'DeploymentAnnounced'],
    ['happeningKey', 'russia|azerbaijan'],
    ['evidenceStart', 17],
    ['evidenceEnd', 58],
  ] as const)('changes when %s changes', (key, value) => {
    expect(eventId({ ...parts, [key]: value })).not.toBe(eventId(parts));
  });

  it('does not let one part bleed into the next (a separator keeps "ab"+"c" apart from "a"+"bc")', () => {
    expect(eventId({ ...parts, articleKey: 'ab', contentHash: 'c' })).not.toBe(
      eventId({ ...parts, articleKey: 'a', contentHash: 'bc' }),
    );
  });
});

describe('contentHash', () => {
  it('is the sha256 hex of the bytes, equal for a string and its UTF-8 bytes', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHash(new TextEncoder().encode('Zürich'))).toBe(contentHash('Zürich'));
  });
});
