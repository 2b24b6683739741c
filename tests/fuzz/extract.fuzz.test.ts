// Property tests: whatever the text, extractEvents does not throw and emits only contract-valid events.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { bmpString, fullUnicodeString, graphemeString, newsyText, published, reportText } from './generators.ts';
import { articleOf, extractAndCheck } from './invariants.ts';

const RUNS = { numRuns: 200 };

describe('extractEvents on random text', () => {
  it.each([
    ['BMP code units incl. lone surrogates', bmpString],
    ['full-range unicode code points', fullUnicodeString],
    ['printable graphemes (emoji, combining marks)', graphemeString],
    ['news-flavoured token soup', newsyText],
    ['report-shaped sentences', reportText],
  ])('%s: never throws, only schema-valid events', (_name, text) => {
    fc.assert(
      fc.property(text, published, (t, date) => extractAndCheck(articleOf(t, date))),
      RUNS,
    );
  });

  it('survives any mix of the generators', () => {
    const mixed = fc
      .array(fc.oneof(bmpString, newsyText, reportText), { maxLength: 4 })
      .map((parts) => parts.join('\n'));
    fc.assert(
      fc.property(mixed, published, (t, date) => extractAndCheck(articleOf(t, date))),
      RUNS,
    );
  });
});
