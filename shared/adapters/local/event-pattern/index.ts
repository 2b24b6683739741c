/**
 * Amazon EventBridge event patterns for the local bus: validation with EventBridge's own reasons
 * and matching that agrees with EventBridge / aws/event-ruler case by case.
 *
 *   testEventPattern(pattern, event)   one-shot, like the TestEventPattern API
 *   compileEventPattern(pattern)       validate once, then match many events
 *   validateEventPattern(pattern)      throw InvalidEventPatternError or return
 *
 * Patterns and events may be JSON text or in-memory values. Text keeps what EventBridge sees that
 * JSON.parse loses (a number's own text, duplicate keys), so prefer text when exactness matters.
 * The module's files: json.ts (reader), compile.ts (validation, `$or`), machine.ts (rule-machine
 * skeleton: value conversion flags, wildcard complexity), event.ts (flattening), match.ts (array-
 * consistent matching), numbers.ts, cidr.ts, wildcard.ts, ignore-case.ts (value operators).
 */
import { compileSubRules } from './compile.ts';
import { InvalidEventError, InvalidEventPatternError, PatternFault } from './errors.ts';
import { flattenEvent } from './event.ts';
import { JsonSyntaxError, type JsonNode, type JsonObjectNode, toJsonNode } from './json.ts';
import { buildSubRules } from './machine.ts';
import { matchSubRule } from './match.ts';
import type { CompiledPattern } from './patterns.ts';

export { InvalidEventError, InvalidEventPatternError } from './errors.ts';

/** A compiled pattern: true when the event matches. Throws InvalidEventError for a non-object event. */
export type EventPatternMatcher = (event: unknown) => boolean;

function readPattern(pattern: unknown): JsonNode {
  try {
    return toJsonNode(pattern);
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new InvalidEventPatternError(err.message);
    throw err;
  }
}

function compile(pattern: unknown): CompiledPattern {
  const root = readPattern(pattern);
  try {
    const subRules = buildSubRules(compileSubRules(root));
    const fieldNames = new Set<string>();
    const prefixes = new Set<string>();
    for (const rule of subRules) {
      for (const field of rule.fields) {
        fieldNames.add(field.name);
        // Every dot position may be a path boundary in the event ("a.b" can be {"a": {"b": …}}).
        let dot = field.name.indexOf('.');
        while (dot !== -1) {
          prefixes.add(field.name.slice(0, dot));
          dot = field.name.indexOf('.', dot + 1);
        }
        prefixes.add(field.name);
      }
    }
    return { subRules, fieldNames, prefixes };
  } catch (err) {
    if (err instanceof PatternFault) throw new InvalidEventPatternError(err.reason);
    throw err;
  }
}

function readEvent(event: unknown): JsonObjectNode {
  let root: JsonNode;
  try {
    root = toJsonNode(event);
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new InvalidEventError(err.message);
    throw err;
  }
  if (root.kind !== 'object') throw new InvalidEventError('Event must be a JSON object');
  return root;
}

/** Validates a pattern, throwing InvalidEventPatternError with EventBridge's reason if it is refused. */
export function validateEventPattern(pattern: string | object): void {
  compile(pattern);
}

/** Compiles a pattern once (throwing InvalidEventPatternError if invalid) into a reusable matcher. */
export function compileEventPattern(pattern: string | object): EventPatternMatcher {
  const compiled = compile(pattern);
  return (event) => {
    const fields = flattenEvent(readEvent(event), compiled);
    return compiled.subRules.some((rule) => matchSubRule(rule, fields));
  };
}

/** Whether the event matches the pattern, as EventBridge's TestEventPattern answers. */
export function testEventPattern(pattern: string | object, event: string | object): boolean {
  return compileEventPattern(pattern)(event);
}
