import { describe, expect, it } from 'vitest';
import {
  compileEventPattern,
  InvalidEventPatternError,
  testEventPattern,
  validateEventPattern,
} from '../../../shared/adapters/local/event-pattern/index.ts';
import { ALL_GROUPS, type Case } from './cases.ts';

function run(c: Case): boolean {
  return testEventPattern(c.pattern, c.event);
}

describe.each(ALL_GROUPS)('EventBridge conformance: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    if (c.expected === 'invalid') {
      let thrown: unknown;
      try {
        validateEventPattern(c.pattern);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(InvalidEventPatternError);
      const err = thrown as InvalidEventPatternError;
      expect(err.name).toBe('InvalidEventPatternException');
      expect(err.code).toBe('InvalidEventPatternException');
      expect(err.message).toBe(`Event pattern is not valid. Reason: ${c.reason}`);
      expect(err.message).not.toContain('\n');
      expect(() => run(c)).toThrow(InvalidEventPatternError);
    } else {
      expect(run(c)).toBe(c.expected);
      // The same answer through a compiled matcher, and with JSON text in place of objects.
      expect(compileEventPattern(c.pattern)(c.event)).toBe(c.expected);
      const text = (v: string | object): string => (typeof v === 'string' ? v : JSON.stringify(v));
      expect(testEventPattern(text(c.pattern), text(c.event))).toBe(c.expected);
    }
  });
});

describe('conformance table', () => {
  it('has a few hundred cases with unique names per group', () => {
    const total = ALL_GROUPS.reduce((n, [, cases]) => n + cases.length, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    for (const [, cases] of ALL_GROUPS) {
      const names = cases.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
