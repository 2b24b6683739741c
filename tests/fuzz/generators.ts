import fc from 'fast-check';

/** Code units 0000–FFFF, lone surrogates included: strings no decoder produces but JS strings allow. */
export const bmpString = fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 300 });
export const fullUnicodeString = fc.string({ unit: 'binary', maxLength: 300 });
export const graphemeString = fc.string({ unit: 'grapheme', maxLength: 200 });

const ACTORS = ['Russia', 'Russian', 'U.S.', 'United States', 'US', 'NATO', 'the UN', 'France', 'Türkiye', 'Rwanda'];
const PLACES = ['Nagorno-Karabakh', 'Mali', 'Poland', "Côte d'Ivoire", 'the Democratic Republic of the Congo', 'Syria'];
const TRIGGERS = [
  'troops',
  'peacekeepers',
  'contingent',
  'deployed',
  'will send',
  'has sent',
  'arrived in',
  'withdraw',
  'began to withdraw',
  'withdrawal',
  'pulled out',
  'dissolved',
  'disbanded',
  'ceases to exist',
  'decree',
  'could',
  'not',
];
const DATES = [
  'April 17',
  '17 April 2024',
  '2024-04-17',
  'on Monday',
  'last year',
  'in November 2020',
  'BAKU, April 17.',
  '31/12/2023',
];
/** Names of Object.prototype's members: a word-keyed table that is a plain object would answer them. */
export const PROTOTYPE_WORDS = Object.getOwnPropertyNames(Object.prototype).flatMap((name) => [
  name,
  name.charAt(0).toUpperCase() + name.slice(1),
]);
const PUNCT = [',', '.', ';', ':', '(', ')', '[', ']', '"', '“', '”', '’s', '-', '—', '!', '?', '\n', '\n\n', '\t'];

const capitalizedWord = fc
  .tuple(
    fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÄÉŁ'),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéü'), maxLength: 10 }),
  )
  .map(([first, rest]) => first + rest);
const numberLike = fc.oneof(
  fc.nat(100_000).map(String),
  fc.nat(100_000).map((n) => n.toLocaleString('en-US')),
  fc.array(fc.nat(999), { minLength: 2, maxLength: 8 }).map((parts) => parts.join(',')),
  fc.constantFrom('1,960', '3,000', 'some 2,000', 'about 300', 'hundreds of', 'two battalions'),
);

/** News-flavoured token soup: words the extractor keys on, names, numbers, dates, punctuation and noise. */
export const newsyText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...TRIGGERS) },
      { weight: 3, arbitrary: fc.constantFrom(...ACTORS, ...PLACES) },
      { weight: 2, arbitrary: capitalizedWord },
      { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) },
      { weight: 2, arbitrary: numberLike },
      { weight: 2, arbitrary: fc.constantFrom(...DATES) },
      { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
    ),
    { maxLength: 120 },
  )
  .chain((tokens) => fc.constantFrom(' ', '  ', '\n').map((sep) => tokens.join(sep)));

/** Sentences shaped like real reports, so a working extractor actually emits events for the checks to judge. */
const deploymentOrWithdrawal = fc
  .tuple(
    fc.constantFrom(...DATES),
    fc.constantFrom(...ACTORS),
    fc.constantFrom(
      'has deployed',
      'will send',
      'began to withdraw its',
      'announced it would send',
      'completed the withdrawal of its',
    ),
    numberLike,
    fc.constantFrom('troops', 'peacekeepers', 'soldiers'),
    fc.constantFrom('to', 'from', 'in'),
    fc.constantFrom(...PLACES),
  )
  .map(([date, actor, verb, n, what, prep, place]) => `${date} ${actor} ${verb} ${n} ${what} ${prep} ${place}.`);
const dissolution = fc
  .constantFrom(...PLACES, 'The Wagner Group', 'The Republic of Artsakh', 'The Knesset')
  .map(
    (entity) => `${entity} was formally dissolved by a decree signed on September 28, 2023, effective January 1, 2024.`,
  );

export const reportText = fc
  .array(fc.oneof({ weight: 3, arbitrary: deploymentOrWithdrawal }, { weight: 2, arbitrary: dissolution }, newsyText), {
    minLength: 1,
    maxLength: 6,
  })
  .map((sentences) => sentences.join(' '));

/** A publication date as intake would pass it on, or none. */
export const published = fc.option(fc.constantFrom('2024-04-17', '2022-02', '2020', '2023-12-31'), { nil: undefined });
