// Unit tests for the pieces behind the matcher: the JSON reader, numbers, addresses, case folding
// and wildcard complexity, each checked against what event-ruler does.
import { describe, expect, it } from 'vitest';
import { compileCidr, ipToHex } from '../../../shared/adapters/local/event-pattern/cidr.ts';
import { InvalidEventError, testEventPattern } from '../../../shared/adapters/local/event-pattern/index.ts';
import { compileIgnoreCase, matchIgnoreCase } from '../../../shared/adapters/local/event-pattern/ignore-case.ts';
import { javaUtf8View, JsonSyntaxError, parseJson } from '../../../shared/adapters/local/event-pattern/json.ts';
import { wildcardComplexity } from '../../../shared/adapters/local/event-pattern/machine.ts';
import { comparableNumber } from '../../../shared/adapters/local/event-pattern/numbers.ts';

describe('JSON reader', () => {
  it('keeps number text and duplicate members', () => {
    expect(parseJson('{"a":3.0e2,"a":[1E3,-0]}')).toEqual({
      kind: 'object',
      entries: [
        ['a', { kind: 'number', text: '3.0e2' }],
        [
          'a',
          {
            kind: 'array',
            items: [
              { kind: 'number', text: '1E3' },
              { kind: 'number', text: '-0' },
            ],
          },
        ],
      ],
    });
  });

  it.each([
    ['', 'No content to map due to end-of-input'],
    ['{"a":1,}', "Unexpected character ('}' (code 125)): was expecting double-quote to start field name"],
    ['[1,]', "Unexpected character (']' (code 93)): expected a value"],
    ['{"a" 1}', "Unexpected character ('1' (code 49)): was expecting a colon to separate field name and value"],
    ['{"a":1 "b":2}', "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"],
    ['[01]', 'Invalid numeric value: Leading zeroes not allowed'],
    [
      '[NaN]',
      "Unrecognized token 'NaN': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
    ],
    [
      '{"a":tru}',
      "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
    ],
    ['["\\x"]', "Unrecognized character escape ('x' (code 120))"],
    ['{"a":1} x', "Unexpected character ('x' (code 120)): expected end-of-input after the root value"],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseJson(text)).toThrow(JsonSyntaxError);
    expect(() => parseJson(text)).toThrow(message);
  });

  it('writes a lone surrogate as "?" the way Java encodes UTF-8', () => {
    expect(javaUtf8View('a\ud800b')).toBe('a?b');
    expect(javaUtf8View('\udc00')).toBe('?');
    expect(javaUtf8View('😀')).toBe('😀');
    expect(testEventPattern('{"a":["?"]}', '{"a":"\\ud800"}')).toBe(true);
  });
});

describe('comparable numbers', () => {
  it.each([
    ['300', 300],
    ['300.0', 300],
    ['3.0e2', 300],
    ['3E+2', 300],
    ['-0', 0],
    ['0.1', 0.1],
    ['1e308', 1e308],
    ['123456789012', 123456789012],
    ['5e-324', 5e-324],
  ])('%s is %d', (text, value) => expect(comparableNumber(text)).toBe(value));

  it.each(['1e400', '-1e400', '1e-400', '9007199254740993', '37.807807921694092', '0.1000000000000000000001'])(
    '%s is not comparable',
    (text) => expect(comparableNumber(text)).toBeUndefined(),
  );
});

describe('addresses', () => {
  it.each([
    ['10.0.0.1', '0A000001'],
    ['010.000.000.001', '0A000001'],
    ['255.255.255.255', 'FFFFFFFF'],
    ['::1', '00000000000000000000000000000001'],
    ['2001:DB8::', '20010DB8000000000000000000000000'],
    ['::ffff:a00:1', '0A000001'],
    ['1:2:3:4:5:6:7:8', '00010002000300040005000600070008'],
  ])('%s reads as %s', (text, hex) => expect(ipToHex(text)).toBe(hex));

  it.each([
    '10.0.0.256',
    '10.0.0',
    'fe80::1%eth0',
    '::ffff:10.0.0.1',
    ':::',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '12345::',
    'host',
  ])('%s is not an address', (text) => expect(ipToHex(text)).toBeUndefined());

  it('masks host bits and fills the block', () => {
    expect(compileCidr('10.0.0.5/24')).toEqual({ lo: '0A000000', hi: '0A0000FF' });
    expect(compileCidr('10.0.0.5/+24')).toEqual({ lo: '0A000000', hi: '0A0000FF' });
    expect(compileCidr('0.0.0.0/0')).toEqual({ lo: '00000000', hi: 'FFFFFFFF' });
    expect(compileCidr('10.0.0.0/8/')).toEqual({ lo: '0A000000', hi: '0AFFFFFF' });
    expect(compileCidr('2001:db8::/127').hi).toBe('20010DB8000000000000000000000001');
  });
});

describe('equals-ignore-case alternatives', () => {
  it('offers each operand unit its lower and upper case only', () => {
    expect(compileIgnoreCase('aB1')).toEqual([['a', 'A'], ['b', 'B'], ['1']]);
    expect(compileIgnoreCase('ß')).toEqual([['ß', 'SS']]);
  });

  it('matches astral operand characters only as "?" (ruler encodes each surrogate alone)', () => {
    const pattern = compileIgnoreCase('😀');
    expect(matchIgnoreCase(pattern, '😀', 'equals')).toBe(false);
    expect(matchIgnoreCase(pattern, '??', 'equals')).toBe(true);
  });
});

describe('wildcard complexity', () => {
  const complexity = (...operands: string[]): number =>
    wildcardComplexity(operands.map((w, i) => ({ identity: `${i}:${w}`, wildcards: [w], absent: false })));
  it('counts the wildcard states one input can hold at once', () => {
    expect(complexity('aws.*')).toBeLessThanOrEqual(3);
    expect(complexity('*:*:*:*:event-bus/*')).toBeLessThanOrEqual(10);
    expect(complexity('*:*:*:*:*:event-bus/*')).toBeGreaterThan(10);
    expect(complexity('*:stack/A/*', '*:stack/B/*', '*:stack/C/*')).toBeLessThanOrEqual(10);
    expect(complexity('*:stack/A/*', '*:stack/B/*', '*:stack/C/*', '*:stack/D/*')).toBeGreaterThan(10);
  });
});

describe('events', () => {
  it('must be JSON objects', () => {
    for (const event of ['not json', '[1]', '"s"', '42', 'null', [1], 'null']) {
      expect(() => testEventPattern({ a: ['x'] }, event as string | object)).toThrow(InvalidEventError);
    }
    expect(() => testEventPattern({ a: ['x'] }, 'not json')).toThrow(/^Parameter Event is not valid\. Reason: /);
  });

  it('accepts in-memory values the way JSON.stringify would write them', () => {
    const when = new Date('2024-01-02T03:04:05.000Z');
    expect(testEventPattern({ time: [{ prefix: '2024-01-02' }] }, { time: when })).toBe(true);
    expect(testEventPattern({ a: [{ exists: false }] }, { a: undefined })).toBe(true);
    expect(testEventPattern({ a: [null] }, { a: Number.NaN })).toBe(true);
    expect(testEventPattern({ n: [{ numeric: ['>', 1] }] }, { n: 10n })).toBe(true);
  });
});
