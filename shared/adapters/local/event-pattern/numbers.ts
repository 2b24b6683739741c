/**
 * Numbers as aws/event-ruler compares them (ComparableNumber, ruler ≥ 1.8, "Improve Numeric
 * matching to support full range of float64", aws/event-ruler#179 / PR #188).
 *
 * A JSON number is *comparable* when it parses to a finite double whose shortest decimal form
 * has exactly the same value as the text: `300`, `300.0`, `3.0e2`, `0.1`, `-0`, `1e308` are,
 * `1e400` (infinite), `1e-400` (underflows to 0), `9007199254740993` and
 * `37.807807921694092` (the double would silently move them) are not. Ruler refuses a
 * non-comparable operand in `numeric` or `anything-but` ("Cannot compare number : 1e400"); a
 * non-comparable *event* value is simply not a number to the numeric matchers and can only
 * match an exact value with the same text. Comparable numbers compare as doubles.
 */

interface Decimal {
  negative: boolean;
  /** Significant digits with no leading or trailing zeros; '' for zero. */
  digits: string;
  /** Value = 0.digits × 10^exponent. */
  exponent: number;
}

const NUMBER_TEXT = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function toDecimal(text: string): Decimal | undefined {
  const m = NUMBER_TEXT.exec(text);
  if (!m) return undefined;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  if (intPart === '' && fracPart === '') return undefined;
  const exp = m[4] ? Number(m[4]) : 0;
  const all = intPart + fracPart;
  let first = 0;
  while (first < all.length && all[first] === '0') first++;
  if (first === all.length) return { negative: false, digits: '', exponent: 0 };
  let last = all.length;
  while (last > first && all[last - 1] === '0') last--;
  return {
    negative: m[1] === '-',
    digits: all.slice(first, last),
    exponent: intPart.length - first + exp,
  };
}

function sameDecimal(a: Decimal, b: Decimal): boolean {
  return a.digits === b.digits && (a.digits === '' || (a.negative === b.negative && a.exponent === b.exponent));
}

/** The double a JSON number text stands for, when ruler can compare it; otherwise undefined. */
export function comparableNumber(text: string): number | undefined {
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  const written = toDecimal(text);
  const exact = toDecimal(String(value));
  if (!written || !exact || !sameDecimal(written, exact)) return undefined;
  return value === 0 ? 0 : value;
}

/** Ruler's message when an operand is not comparable. */
export function cannotCompare(text: string): string {
  return `Cannot compare number : ${text}`;
}
