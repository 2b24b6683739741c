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

describe('extractEvents on reports cut short at any word', () => {
  // A text may end anywhere (a truncated upload, a headline without a full stop): readers that look one token past a
  // name must not run off the end of the text.
  const REPORTS = [
    'Chilean forces withdrew from Arica in May 1990 and from Iquique in June 1990. The last Chilean soldiers left the city on 3 July.',
    'LIMA, March 4 (Reuters) - Peru sent 300 troops to Tumbes and Piura on Monday, the ministry said, a week after the council dissolved the Northern Front, the Coastal League and the Harbour Guard.',
    'The Harbour Party was dissolved on 2 May 2019 together with the Patriotic Front. It had been banned in 2017. Norwegian and Danish units arrived in Gao, followed by Swedish troops, and left Kidal and Menaka on 5 June.',
  ];
  const cutsOf = (text: string) =>
    [...text.matchAll(/[ ,.]/g)]
      .map((m) => text.slice(0, m.index))
      .concat(text.split(' ').map((w, i, all) => all.slice(i).join(' ')));

  it.each(REPORTS)('every prefix and suffix of "%s" extracts without throwing', (report) => {
    for (const cut of cutsOf(report)) extractAndCheck(articleOf(cut, '2024-04-17'));
  });
});
