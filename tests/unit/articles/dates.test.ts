import { describe, expect, it } from 'vitest';
import { normalizeDocumentDate, parsePartialDate } from '../../../shared/articles/dates.ts';

describe('parsePartialDate (a caller-given date)', () => {
  it('accepts YYYY-MM-DD, YYYY-MM and YYYY when they are real dates', () => {
    for (const d of ['2024-04-17', '2024-02-29', '2024-04', '2024']) expect(parsePartialDate(d)).toBe(d);
  });

  it('rejects other shapes and impossible dates', () => {
    for (const d of ['2023-02-29', '2024-13', '2024-04-31', '17.04.2024', 'April 17, 2024', '2024-4-17', ' 2024', '']) {
      expect(parsePartialDate(d)).toBeUndefined();
    }
  });
});

describe('normalizeDocumentDate (a date found in a document)', () => {
  it.each([
    ['2024-04-17', '2024-04-17'],
    ['2024-04', '2024-04'],
    ['2024', '2024'],
    ['2024-04-17T23:30:00-07:00', '2024-04-17'],
    ['2024-04-17T02:00:00+09:00', '2024-04-17'],
    ['2024-04-17 10:00:00Z', '2024-04-17'],
    ['2024/4/7', '2024-04-07'],
    ['Tue, 16 Apr 2024 23:30:00 -0700', '2024-04-16'],
    ['17 April 2024', '2024-04-17'],
    ['April 17, 2024', '2024-04-17'],
    ['Wednesday, Sept. 4th, 2024 10:00', '2024-09-04'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeDocumentDate(raw)).toBe(expected);
  });

  it.each(['', 'yesterday', 'foo 2024', '1', '31 Feb 2024', '2024-02-30T00:00:00Z', 'Smarch 3, 2024', 'x'.repeat(200)])(
    'ignores %j',
    (raw) => {
      expect(normalizeDocumentDate(raw)).toBeUndefined();
    },
  );

  it('ignores values that are not strings', () => {
    expect(normalizeDocumentDate(1713312000000)).toBeUndefined();
    expect(normalizeDocumentDate(undefined)).toBeUndefined();
  });
});
