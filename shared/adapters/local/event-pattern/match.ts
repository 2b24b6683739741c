/**
 * Matching, as event-ruler's array-consistent finder (ACFinder) does it.
 *
 * A pattern matches when any of its sub-rules does. A sub-rule's fields are taken in name order;
 * each must be met by an event field of that name whose value one of its matchers accepts, and
 * all the fields chosen must be *array consistent*: no two may sit in different elements of the
 * same array (so `{"employees": {"first": ["Anna"], "last": ["Jones"]}}` does not match Anna
 * Smith and Peter Jones). A field whose list holds `{"exists": false}` is also met when no event
 * field of that name is consistent with the fields chosen before it in name order — ruler checks
 * absence at that point of its walk, not against fields chosen later.
 */
import { inRange, ipToHex } from './cidr.ts';
import { matchIgnoreCase } from './ignore-case.ts';
import { type EventField, type Membership, NO_MEMBERSHIP } from './event.ts';
import { comparableNumber } from './numbers.ts';
import type { FieldTest, SubRule, ValueMatcher } from './patterns.ts';
import { matchWildcard } from './wildcard.ts';

/** Merges a field's membership into the walk's, or null when they disagree on some array. */
function merge(soFar: Membership, field: Membership): Membership | null {
  if (field.size === 0) return soFar;
  if (soFar.size === 0) return field;
  let merged: Map<number, number> | null = null;
  for (const [array, index] of field) {
    const previous = soFar.get(array);
    if (previous === undefined) {
      merged ??= new Map(soFar);
      merged.set(array, index);
    } else if (previous !== index) {
      return null;
    }
  }
  return merged ?? soFar;
}

function membershipKey(membership: Membership): string {
  if (membership.size === 0) return '';
  return [...membership]
    .sort((a, b) => a[0] - b[0])
    .map(([array, index]) => `${array}:${index}`)
    .join(',');
}

export function matchSubRule(rule: SubRule, fields: ReadonlyMap<string, readonly EventField[]>): boolean {
  const failed = new Set<string>();
  const verdicts = rule.fields.map(() => new Map<EventField, boolean>());
  const accepts = (i: number, field: EventField): boolean => {
    const cache = verdicts[i] as Map<EventField, boolean>;
    let verdict = cache.get(field);
    if (verdict === undefined) {
      verdict = valueMatches(rule.fields[i] as FieldTest, field);
      cache.set(field, verdict);
    }
    return verdict;
  };
  const search = (i: number, membership: Membership): boolean => {
    const test = rule.fields[i];
    if (!test) return true;
    const key = `${i}|${membershipKey(membership)}`;
    if (failed.has(key)) return false;
    const candidates = fields.get(test.name) ?? [];
    if (test.absent && !candidates.some((field) => merge(membership, field.membership) !== null)) {
      if (search(i + 1, membership)) return true;
    }
    for (const field of candidates) {
      const merged = merge(membership, field.membership);
      if (merged !== null && accepts(i, field) && search(i + 1, merged)) return true;
    }
    failed.add(key);
    return false;
  };
  return search(0, NO_MEMBERSHIP);
}

type View = { kind: 'raw' } | { kind: 'number'; value: number } | { kind: 'ip'; hex: string };

const RAW: View = { kind: 'raw' };

/** The value as the field's byte machine presents it to its matchers (ByteMachine.transitionOn). */
function viewOf(test: FieldTest, field: EventField): View {
  if (test.numeric) {
    if (field.type !== 'number') return RAW;
    if (field.comparable === undefined) field.comparable = comparableNumber(field.text) ?? null;
    return field.comparable === null ? RAW : { kind: 'number', value: field.comparable };
  }
  if (test.ip && field.type === 'string') {
    if (field.ipHex === undefined) field.ipHex = ipToHex(field.text.slice(1, -1)) ?? null;
    return field.ipHex === null ? RAW : { kind: 'ip', hex: field.ipHex };
  }
  return RAW;
}

export function valueMatches(test: FieldTest, field: EventField): boolean {
  const view = viewOf(test, field);
  return test.matchers.some((matcher) => matcherAccepts(matcher, view, field.text));
}

function matcherAccepts(m: ValueMatcher, view: View, text: string): boolean {
  const raw = view.kind === 'raw';
  switch (m.kind) {
    case 'exists':
      return true;
    case 'exact':
      return raw && text === m.text;
    case 'numeric-equals':
      return view.kind === 'number' && view.value === m.value;
    case 'numeric-range':
      return (
        view.kind === 'number' &&
        (m.lowOpen ? view.value > m.low : view.value >= m.low) &&
        (m.highOpen ? view.value < m.high : view.value <= m.high)
      );
    case 'ip-range':
      return view.kind === 'ip' && inRange(view.hex, m.range);
    case 'prefix':
      return raw && text.startsWith(m.text);
    case 'suffix':
      return raw && text.endsWith(m.text);
    case 'ignore-case':
      return raw && matchIgnoreCase(m.pattern, text, m.mode);
    case 'wildcard':
      return raw && matchWildcard(m.pattern, text);
    case 'anything-but':
      // Ruler assumes an anything-but matched unless the value equals one of its values, and only
      // a number can equal a numeric one (and only a non-number a string one).
      if (m.numeric) return !(view.kind === 'number' && m.numbers.includes(view.value));
      return !(raw && m.texts.has(text));
    case 'anything-but-prefix':
      return !(raw && m.texts.some((p) => text.startsWith(p)));
    case 'anything-but-suffix':
      return !(raw && m.texts.some((s) => text.endsWith(s)));
    case 'anything-but-ignore-case':
      return !(raw && m.patterns.some((p) => matchIgnoreCase(p, text, 'equals')));
    case 'anything-but-wildcard':
      return !(raw && m.patterns.some((p) => matchWildcard(p, text)));
    default:
      return false;
  }
}
