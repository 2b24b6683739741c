// Property tests: each operator against a small reference model, and adversarial inputs that a
// backtracking matcher would take exponential time on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEventPattern } from '../../../shared/adapters/local/event-pattern/index.ts';
import { comparableNumber } from '../../../shared/adapters/local/event-pattern/numbers.ts';
import {
  matchWildcard,
  parseWildcard,
  type WildcardPattern,
} from '../../../shared/adapters/local/event-pattern/wildcard.ts';
import { fromJsValue, parseJson } from '../../../shared/adapters/local/event-pattern/json.ts';

/** Reference glob: dynamic programming over (pattern token, text position), no shortcuts. */
function referenceGlob(pattern: string, text: string): boolean {
  const tokens: Array<string | null> = []; // null = star
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '*') tokens.push(null);
    else if (ch === '\\') tokens.push(pattern[++i] as string);
    else tokens.push(ch);
  }
  let row = new Array<boolean>(text.length + 1).fill(false);
  row[0] = true;
  for (const token of tokens) {
    const next = new Array<boolean>(text.length + 1).fill(false);
    for (let j = 0; j <= text.length; j++) {
      if (token === null) next[j] = row[j] === true || (j > 0 && next[j - 1] === true);
      else next[j] = j > 0 && row[j - 1] === true && text[j - 1] === token;
    }
    row = next;
  }
  return row[text.length] === true;
}

const wildcardOperand = fc
  .array(fc.constantFrom('a', 'b', '*', '\\*', '\\\\'), { maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((p) => !('error' in parseWildcard(p)));
const text = fc.string({ unit: fc.constantFrom('a', 'b', '*', '\\'), maxLength: 16 });

describe('wildcard matching', () => {
  it('agrees with a reference glob on random patterns and strings', () => {
    fc.assert(
      fc.property(wildcardOperand, text, (pattern, value) => {
        const parsed = parseWildcard(pattern) as WildcardPattern;
        expect(matchWildcard(parsed, value)).toBe(referenceGlob(pattern, value));
        expect(testEventPattern({ f: [{ wildcard: pattern }] }, { f: value })).toBe(referenceGlob(pattern, value));
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects exactly the operands with consecutive stars or a bad escape', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '*', '\\'), maxLength: 10 }), (pattern) => {
        let bad = false;
        for (let i = 0; i < pattern.length; i++) {
          if (pattern[i] === '\\') {
            if (pattern[i + 1] !== '*' && pattern[i + 1] !== '\\') bad = true;
            i++;
          } else if (pattern[i] === '*' && pattern[i + 1] === '*') bad = true;
        }
        expect('error' in parseWildcard(pattern)).toBe(bad);
      }),
    );
  });

  it('is linear on adversarial inputs (a*a*a*…b against aaaa…)', () => {
    const pattern = `${'a*'.repeat(2000)}b`;
    const value = 'a'.repeat(200_000);
    const start = performance.now();
    expect(testEventPattern({ f: [{ wildcard: 'a*a*a*b' }] }, { f: value })).toBe(false);
    expect(matchWildcard(parseWildcard(pattern) as WildcardPattern, value)).toBe(false);
    expect(matchWildcard(parseWildcard(`*${'a*'.repeat(2000)}`) as WildcardPattern, value)).toBe(true);
    expect(matchWildcard(parseWildcard(`*${'ab'.repeat(50)}*c`) as WildcardPattern, 'ab'.repeat(100_000))).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('matches a long value against a long pattern quickly through the whole pipeline', () => {
    const value = `${'x/'.repeat(50_000)}doc.txt`;
    const start = performance.now();
    expect(testEventPattern({ f: [{ wildcard: '*/doc.txt' }] }, { f: value })).toBe(true);
    expect(testEventPattern({ f: [{ wildcard: 'x/*/y/*/doc.txt' }] }, { f: value })).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('equals-ignore-case', () => {
  it('is case-insensitive equality for ASCII strings', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', '1', '-'), maxLength: 8 });
    fc.assert(
      fc.property(ascii, ascii, (operand, value) => {
        const expected = operand.toLowerCase() === value.toLowerCase();
        expect(testEventPattern({ f: [{ 'equals-ignore-case': operand }] }, { f: value })).toBe(expected);
        expect(testEventPattern({ f: [{ 'anything-but': { 'equals-ignore-case': operand } }] }, { f: value })).toBe(
          !expected,
        );
        expect(testEventPattern({ f: [{ prefix: { 'equals-ignore-case': operand } }] }, { f: value })).toBe(
          value.toLowerCase().startsWith(operand.toLowerCase()),
        );
        expect(testEventPattern({ f: [{ suffix: { 'equals-ignore-case': operand } }] }, { f: value })).toBe(
          value.toLowerCase().endsWith(operand.toLowerCase()),
        );
      }),
    );
  });
});

describe('prefix, suffix, exact and anything-but on strings', () => {
  // No '"' in the alphabet: ruler matches affixes against the quoted value, so an operand with a
  // quote in it can reach past the value's own quotes (the prefix '"' matches the empty string).
  const s = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '\\', '*'), maxLength: 6 });
  it('follow String.startsWith / endsWith / === and their negations', () => {
    fc.assert(
      fc.property(s, s, (operand, value) => {
        const event = { f: value };
        expect(testEventPattern({ f: [{ prefix: operand }] }, event)).toBe(value.startsWith(operand));
        expect(testEventPattern({ f: [{ suffix: operand }] }, event)).toBe(value.endsWith(operand));
        expect(testEventPattern({ f: [operand] }, event)).toBe(value === operand);
        expect(testEventPattern({ f: [{ 'anything-but': operand }] }, event)).toBe(value !== operand);
        if (operand !== '') {
          expect(testEventPattern({ f: [{ 'anything-but': { prefix: operand } }] }, event)).toBe(
            !value.startsWith(operand),
          );
          expect(testEventPattern({ f: [{ 'anything-but': { suffix: operand } }] }, event)).toBe(
            !value.endsWith(operand),
          );
        }
      }),
    );
  });
});

describe('numeric', () => {
  const num = fc.double({ noNaN: true, noDefaultInfinity: true });
  it('compares doubles exactly like JavaScript does', () => {
    fc.assert(
      fc.property(num, num, (bound, value) => {
        const event = JSON.stringify({ n: value });
        const p = (op: string): string => JSON.stringify({ n: [{ numeric: [op, bound] }] });
        expect(testEventPattern(p('<'), event)).toBe(value < bound);
        expect(testEventPattern(p('<='), event)).toBe(value <= bound);
        expect(testEventPattern(p('>'), event)).toBe(value > bound);
        expect(testEventPattern(p('>='), event)).toBe(value >= bound);
        expect(testEventPattern(p('='), event)).toBe(value === bound);
        expect(testEventPattern(JSON.stringify({ n: [bound] }), event)).toBe(value === bound);
      }),
      { numRuns: 2000 },
    );
  });

  it('ranges hold exactly the values between their bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer(),
        (low, width, v) => {
          const high = low + width;
          const pattern = { n: [{ numeric: ['>', low, '<=', high] }] };
          expect(testEventPattern(pattern, { n: v })).toBe(v > low && v <= high);
        },
      ),
    );
  });

  it('treats every double written in its shortest form as comparable', () => {
    fc.assert(
      fc.property(num, (d) => {
        expect(comparableNumber(String(d))).toBe(d === 0 ? 0 : d);
        expect(comparableNumber(d.toExponential())).toBe(d === 0 ? 0 : d);
      }),
    );
  });

  it('never treats a numeric-looking string as a number', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        expect(testEventPattern({ n: [{ numeric: ['>=', -1e308] }] }, { n: String(n) })).toBe(false);
        expect(testEventPattern({ n: [n] }, { n: String(n) })).toBe(false);
      }),
    );
  });
});

describe('cidr', () => {
  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
  const toInt = (ip: readonly number[]): number => ((ip[0]! << 24) | (ip[1]! << 16) | (ip[2]! << 8) | ip[3]!) >>> 0;
  it('holds an IPv4 address iff its first mask bits equal the block’s', () => {
    fc.assert(
      fc.property(ipv4, ipv4, fc.integer({ min: 0, max: 31 }), (base, ip, mask) => {
        const shift = 32 - mask;
        const same = mask === 0 || Math.floor(toInt(base) / 2 ** shift) === Math.floor(toInt(ip) / 2 ** shift);
        const pattern = { ip: [{ cidr: `${base.join('.')}/${mask}` }] };
        expect(testEventPattern(pattern, { ip: ip.join('.') })).toBe(same);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('arrays', () => {
  // Reference: with every pattern field inside one array of flat objects, ruler's array
  // consistency means "some element satisfies all the fields".
  const element = fc.record({ a: fc.constantFrom('1', '2'), b: fc.constantFrom('x', 'y') }, { requiredKeys: [] });
  it('match objects in an array only when one element satisfies every field', () => {
    fc.assert(
      fc.property(
        fc.array(element, { maxLength: 5 }),
        fc.constantFrom('1', '2'),
        fc.constantFrom('x', 'y'),
        (items, a, b) => {
          const expected = items.some((item) => item.a === a && item.b === b);
          expect(testEventPattern({ list: { a: [a], b: [b] } }, { list: items })).toBe(expected);
        },
      ),
    );
  });

  it('match scalar arrays when any element matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 5 }), fc.constantFrom('a', 'b'), (items, v) => {
        expect(testEventPattern({ list: [v] }, { list: items })).toBe(items.includes(v));
        expect(testEventPattern({ list: [{ exists: true }] }, { list: items })).toBe(items.length > 0);
        expect(testEventPattern({ list: [{ 'anything-but': v }] }, { list: items })).toBe(items.some((i) => i !== v));
      }),
    );
  });
});

describe('JSON reader', () => {
  it('reads what JSON.stringify writes, exactly as the in-memory conversion sees it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseJson(JSON.stringify(value))).toEqual(fromJsValue(value));
      }),
    );
  });

  it('refuses what JSON.parse refuses', () => {
    const junk = fc.string({
      unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', 'a', ' ', '-', '.', 'e'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(junk, (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        let ours = true;
        try {
          parseJson(text);
        } catch {
          ours = false;
        }
        expect(ours).toBe(native);
      }),
      { numRuns: 5000 },
    );
  });

  it('survives deep nesting without overflowing the stack', () => {
    expect(() => parseJson('['.repeat(100_000))).toThrow(/nesting depth/);
    expect(parseJson(`${'['.repeat(900)}1${']'.repeat(900)}`).kind).toBe('array');
  });
});

describe('adversarial inputs stay fast', () => {
  const fast = (fn: () => void): void => {
    const start = performance.now();
    fn();
    expect(performance.now() - start).toBeLessThan(1500);
  };

  it('a long run of colons against a cidr block (ruler’s IPv6 shape regex would go quadratic)', () => {
    fast(() => {
      expect(testEventPattern({ ip: [{ cidr: '10.0.0.0/8' }] }, { ip: `${':'.repeat(200_000)}x` })).toBe(false);
      expect(testEventPattern({ ip: [{ cidr: '::/0' }] }, { ip: ':'.repeat(200_000) })).toBe(false);
    });
  });

  it('long values through equals-ignore-case, prefix and suffix', () => {
    const value = 'ß'.repeat(100_000);
    fast(() => {
      expect(testEventPattern({ f: [{ 'equals-ignore-case': 'ß'.repeat(1000) }] }, { f: value })).toBe(false);
      expect(testEventPattern({ f: [{ prefix: { 'equals-ignore-case': 'ß'.repeat(1000) } }] }, { f: value })).toBe(
        true,
      );
      expect(testEventPattern({ f: [{ suffix: { 'equals-ignore-case': 'SS'.repeat(10) } }] }, { f: value })).toBe(
        false,
      );
    });
  });

  it('a very long number and a very long string in the event', () => {
    fast(() => {
      const digits = '9'.repeat(100_000);
      expect(testEventPattern('{"n":[{"numeric":[">",0]}]}', `{"n":${digits}}`)).toBe(false);
      expect(testEventPattern('{"n":[{"anything-but":"x"}]}', `{"n":"${'a'.repeat(1_000_000)}"}`)).toBe(true);
    });
  });

  it('large arrays of objects with several fields', () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({ a: String(i % 7), b: String(i % 11), c: i }));
    fast(() => {
      expect(testEventPattern({ items: { a: ['3'], b: ['5'], c: [{ numeric: ['>', 1960] }] } }, { items })).toBe(true); // i = 1963
      expect(testEventPattern({ items: { a: ['3'], b: ['5'], c: [{ numeric: ['>', 1963] }] } }, { items })).toBe(false);
    });
  });

  it('deeply nested events', () => {
    let event: unknown = { leaf: 'x' };
    for (let i = 0; i < 500; i++) event = { n: event };
    const pattern = `${'{"n":'.repeat(500)}{"leaf":["x"]}${'}'.repeat(500)}`;
    fast(() => expect(testEventPattern(pattern, event as object)).toBe(true));
  });
});
