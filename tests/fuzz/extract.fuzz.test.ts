// Property tests: whatever the text, extractEvents does not throw and emits only contract-valid events.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  bmpString,
  fullUnicodeString,
  graphemeString,
  newsyText,
  PROTOTYPE_WORDS,
  published,
  reportText,
} from './generators.ts';
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

describe("extractEvents on words that name Object.prototype's members", () => {
  const slots = (w: string) => [
    `Russian troops withdrew from Kyiv, Sumy and ${w} in April 2022.`,
    `Russian troops withdrew from Kyiv, Sumy and ${w} Oblasts in April 2022.`,
    `${w} troops were sent to ${w} on 3 May 2021; ${w} withdrew from ${w} ${w} later.`,
    `The ${w} of ${w} was dissolved by ${w} on ${w} 12, 2020. The ${w} ${w} was abolished.`,
    `NATO deployed ${w} hundred ${w} thousand troops to the ${w} ${w} region, ${w} 2024.`,
    `${w.toUpperCase()}, ${w} 17 (${w}) - ${w} peacekeepers ${w} ${w} left ${w}.`,
  ];

  it.each(PROTOTYPE_WORDS)('"%s" in every slot: never throws, only schema-valid events', (w) => {
    for (const text of slots(w)) extractAndCheck(articleOf(text, '2024-04-17'));
  });
});
