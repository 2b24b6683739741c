/**
 * Pattern validation and compilation, after aws/event-ruler's JsonRuleCompiler, which is what
 * EventBridge runs (its reasons are EventBridge's reasons, e.g. "Empty arrays are not allowed").
 *
 * - The pattern is a JSON object; every member is an object (a nested path) or a non-empty array
 *   of values; each value is a string, number, true, false, null or a one-key match expression.
 * - `$or` forks the rules built so far, once per branch; a member written later overwrites an
 *   earlier one on the same dot-joined path in every branch it reaches (last write wins).
 * - When the `$or`-aware compiler refuses a pattern, ruler's machine retries its pre-`$or`
 *   compiler, which reads `$or` as a plain field name (so `{"$or": {"a": ["x"]}}` is the path
 *   `$or.a`). Faults that ruler raises as IllegalArgumentException (CIDR operands, a single
 *   uncomparable anything-but number) are final.
 */
import { compileCidr, ipLiteralRange } from './cidr.ts';
import { PatternFault } from './errors.ts';
import { compileIgnoreCase } from './ignore-case.ts';
import type { JsonNode, JsonObjectNode } from './json.ts';
import { cannotCompare, comparableNumber } from './numbers.ts';
import type { FieldSpec, Term, ValueMatcher } from './patterns.ts';
import { parseWildcard, quoteWildcard, type WildcardPattern } from './wildcard.ts';

/** Field names a `$or` branch may not use (Constants.RESERVED_FIELD_NAMES_IN_OR_RELATIONSHIP). */
const RESERVED_IN_OR = new Set([
  'exactly',
  'equals-ignore-case',
  'prefix',
  'suffix',
  'anything-but',
  'exists',
  'wildcard',
  'numeric',
  'cidr',
  'html',
  '=',
  '<',
  '<=',
  '>',
  '>=',
  'regex',
  'not-wildcard',
  'not-equals-ignore-case',
  'date-after',
  'date-on-or-after',
  'date-before',
  'date-on-or-before',
  'in-date-range',
  'ip-address-in-range',
  'ip-address-not-in-range',
]);

/** EventBridge refuses a pattern whose `$or` arrays multiply out to more than this. */
export const MAX_OR_COMBINATIONS = 1000;

export type RuleMap = Map<string, FieldSpec>;

const fault = (reason: string): never => {
  throw new PatternFault(reason);
};

/** Compiles a pattern tree to its sub-rules, with ruler's fallback to the pre-`$or` compiler. */
export function compileSubRules(root: JsonNode): RuleMap[] {
  if (root.kind !== 'object') fault('Filter is not an object');
  const combinations = orCombinations(root);
  if (combinations > MAX_OR_COMBINATIONS) {
    throw new PatternFault(`Event pattern contains more than ${MAX_OR_COMBINATIONS} rule combinations`, false);
  }
  const object = root as JsonObjectNode;
  try {
    return compileRoot(object, true);
  } catch (err) {
    if (!(err instanceof PatternFault) || !err.retryable) throw err;
    return compileRoot(object, false);
  }
}

function compileRoot(root: JsonObjectNode, orAware: boolean): RuleMap[] {
  const rules: RuleMap[] = [];
  parseObject(rules, [], root, orAware, false);
  return rules;
}

/** The product of every `$or` array's length, as EventBridge counts rule combinations. */
function orCombinations(node: JsonNode): number {
  if (node.kind !== 'object') return 1;
  let product = 1;
  for (const [key, value] of node.entries) {
    if (key === '$or' && value.kind === 'array') {
      product *= Math.max(value.items.length, 1);
      for (const item of value.items) product *= orCombinations(item);
    } else if (value.kind === 'object') {
      product *= orCombinations(value);
    }
    if (product > MAX_OR_COMBINATIONS) return product;
  }
  return product;
}

function parseObject(
  rules: RuleMap[],
  path: string[],
  object: JsonObjectNode,
  orAware: boolean,
  insideOr: boolean,
): void {
  if (object.entries.length === 0) fault('Empty objects are not allowed');
  for (const [step, value] of object.entries) {
    if (orAware && step === '$or') {
      parseOr(rules, path, value);
      continue;
    }
    if (insideOr && RESERVED_IN_OR.has(step))
      fault(`${step} is Ruler reserved fieldName which cannot be used inside $or.`);
    if (value.kind === 'object') parseObject(rules, [...path, step], value, orAware, insideOr);
    else if (value.kind === 'array') writeField(rules, [...path, step].join('.'), value.items);
    else fault(`"${step}" must be an object or an array`);
  }
}

function parseOr(rules: RuleMap[], path: string[], value: JsonNode): void {
  const before = rules.map((rule) => new Map(rule));
  rules.length = 0;
  if (value.kind !== 'array') fault('It must be an Array followed with $or.');
  const branches = (value as Extract<JsonNode, { kind: 'array' }>).items;
  for (const branch of branches) {
    if (branch.kind !== 'object') fault('Only JSON object is allowed in array of $or relationship.');
    const forked = before.length ? before.map((rule) => new Map(rule)) : [new Map<string, FieldSpec>()];
    parseObject(forked, path, branch as JsonObjectNode, true, true);
    rules.push(...forked);
  }
  if (branches.length < 2) fault('There must have at least 2 Objects in $or relationship.');
}

function writeField(rules: RuleMap[], name: string, items: readonly JsonNode[]): void {
  const terms: Term[] = [];
  const matchers: ValueMatcher[] = [];
  let absent = false;
  for (const item of items) {
    const compiled = compileValue(item);
    terms.push(compiled.term);
    matchers.push(...compiled.matchers);
    absent ||= compiled.term.absent;
  }
  if (items.length === 0) fault('Empty arrays are not allowed');
  if (rules.length === 0) rules.push(new Map());
  const spec: FieldSpec = { name, terms, matchers, absent };
  for (const rule of rules) rule.set(name, spec);
}

interface CompiledValue {
  term: Term;
  matchers: ValueMatcher[];
}

const plainTerm = (identity: string): Term => ({ identity, wildcards: [], absent: false });

function numberIdentity(text: string): string {
  const n = comparableNumber(text);
  return n === undefined ? `t:${text}` : `n:${n}`;
}

function compileValue(item: JsonNode): CompiledValue {
  switch (item.kind) {
    case 'object':
      return compileExpression(item);
    case 'string': {
      const range = ipLiteralRange(item.value);
      const identity = JSON.stringify(item.value);
      if (range) return { term: plainTerm(`ip:${range.lo}`), matchers: [{ kind: 'ip-range', range }] };
      return { term: plainTerm(identity), matchers: [{ kind: 'exact', text: quoted(item.value) }] };
    }
    case 'number': {
      // Ruler adds both the literal text and, when it can, the numeric value.
      const value = comparableNumber(item.text);
      const matchers: ValueMatcher[] = [{ kind: 'exact', text: item.text }];
      if (value !== undefined) matchers.unshift({ kind: 'numeric-equals', value });
      return { term: plainTerm(numberIdentity(item.text)), matchers };
    }
    case 'boolean':
    case 'null': {
      const text = item.kind === 'null' ? 'null' : String(item.value);
      return { term: plainTerm(text), matchers: [{ kind: 'exact', text }] };
    }
    default:
      return fault('Match value must be String, number, true, false, or null');
  }
}

export const quoted = (s: string): string => `"${s}"`;

/** How ruler's parser names the token it choked on in a numeric expression. */
function tokenText(node: JsonNode | undefined): string {
  if (!node) return ']';
  switch (node.kind) {
    case 'object':
      return '{';
    case 'array':
      return '[';
    case 'string':
      return node.value;
    case 'number':
      return node.text;
    case 'boolean':
      return String(node.value);
    default:
      return 'null';
  }
}

function requireString(node: JsonNode, reason: string): string {
  if (node.kind !== 'string') fault(reason);
  return (node as Extract<JsonNode, { kind: 'string' }>).value;
}

function onlyOneKey(object: JsonObjectNode, reason = 'Only one key allowed in match expression'): void {
  if (object.entries.length > 1) fault(reason);
}

function wildcardOperand(operand: string): WildcardPattern {
  const parsed = parseWildcard(operand);
  if ('error' in parsed) fault(parsed.error);
  return quoteWildcard(parsed as WildcardPattern);
}

function compileExpression(expr: JsonObjectNode): CompiledValue {
  const first = expr.entries[0];
  if (!first) return fault('Match expression name not found');
  const [op, operand] = first;
  const identity = `${op}:${canonical(operand)}`;
  switch (op) {
    case 'exactly': {
      const text = requireString(operand, 'exact match pattern must be a string');
      onlyOneKey(expr);
      return { term: plainTerm(JSON.stringify(text)), matchers: [{ kind: 'exact', text: quoted(text) }] };
    }
    case 'prefix':
    case 'suffix': {
      if (operand.kind === 'object') {
        const text = affixIgnoreCase(op, operand);
        onlyOneKey(expr);
        const pattern = compileIgnoreCase(op === 'prefix' ? `"${text}` : `${text}"`);
        return { term: plainTerm(identity), matchers: [{ kind: 'ignore-case', pattern, mode: op }] };
      }
      const text = requireString(operand, `${op} match pattern must be a string`);
      onlyOneKey(expr);
      const matcher: ValueMatcher =
        op === 'prefix' ? { kind: 'prefix', text: `"${text}` } : { kind: 'suffix', text: `${text}"` };
      return { term: plainTerm(identity), matchers: [matcher] };
    }
    case 'numeric': {
      if (operand.kind !== 'array') fault('Value of numeric must be an array.');
      const matcher = compileNumeric((operand as Extract<JsonNode, { kind: 'array' }>).items);
      onlyOneKey(expr, 'Too many elements in numeric expression');
      return { term: plainTerm(identity), matchers: [matcher] };
    }
    case 'anything-but':
      return compileAnythingBut(expr, operand, identity);
    case 'exists': {
      if (operand.kind !== 'boolean') fault('exists match pattern must be either true or false.');
      onlyOneKey(expr);
      const present = (operand as Extract<JsonNode, { kind: 'boolean' }>).value;
      return {
        term: { identity: `exists:${present}`, wildcards: [], absent: !present },
        matchers: present ? [{ kind: 'exists' }] : [],
      };
    }
    case 'cidr': {
      const text = requireString(operand, 'prefix match pattern must be a string');
      const range = compileCidr(text);
      onlyOneKey(expr);
      return { term: plainTerm(`ip:${range.lo}-${range.hi}`), matchers: [{ kind: 'ip-range', range }] };
    }
    case 'equals-ignore-case': {
      const text = requireString(operand, 'equals-ignore-case match pattern must be a string');
      onlyOneKey(expr);
      return {
        term: plainTerm(identity),
        matchers: [{ kind: 'ignore-case', pattern: compileIgnoreCase(quoted(text)), mode: 'equals' }],
      };
    }
    case 'wildcard': {
      const text = requireString(operand, 'wildcard match pattern must be a string');
      const pattern = wildcardOperand(text);
      onlyOneKey(expr);
      return { term: { identity, wildcards: [text], absent: false }, matchers: [{ kind: 'wildcard', pattern }] };
    }
    default:
      return fault(`Unrecognized match type ${op}`);
  }
}

/** `{"prefix": {"equals-ignore-case": "x"}}` and its suffix twin. */
function affixIgnoreCase(op: 'prefix' | 'suffix', operand: JsonObjectNode): string {
  const label = op === 'prefix' ? 'Prefix' : 'Suffix';
  const inner = operand.entries[0];
  if (!inner) return fault(`${label} expression name not found`);
  if (inner[0] !== 'equals-ignore-case') fault(`Unsupported ${op} pattern: ${inner[0]}`);
  const text = requireString(inner[1], 'equals-ignore-case match pattern must be a string');
  onlyOneKey(operand);
  return text;
}

function compileNumeric(items: readonly JsonNode[]): ValueMatcher {
  const first = items[0];
  if (first?.kind !== 'string') fault(`Invalid member in numeric match: ${tokenText(first)}`);
  const op = (first as Extract<JsonNode, { kind: 'string' }>).value;
  // Ruler reads the whole expression first and converts its numbers when it builds the range.
  const operandText = (index: number, label: string): string => {
    const node = items[index];
    if (node?.kind !== 'number') fault(`Value of ${label} must be numeric`);
    return (node as Extract<JsonNode, { kind: 'number' }>).text;
  };
  const toNumber = (text: string): number => {
    const value = comparableNumber(text);
    if (value === undefined) fault(cannotCompare(text));
    return value as number;
  };
  switch (op) {
    case '=': {
      const text = operandText(1, 'equals');
      if (items.length > 2) fault('Too many elements in numeric expression');
      return { kind: 'numeric-equals', value: toNumber(text) };
    }
    case '>':
    case '>=': {
      const lowText = operandText(1, op);
      const lowOpen = op === '>';
      if (items.length === 2) {
        return { kind: 'numeric-range', low: toNumber(lowText), lowOpen, high: Number.MAX_VALUE, highOpen: false };
      }
      const second = items[2];
      if (second?.kind !== 'string') fault(`Bad value in numeric range: ${tokenText(second)}`);
      const op2 = (second as Extract<JsonNode, { kind: 'string' }>).value;
      if (op2 !== '<' && op2 !== '<=') fault(`Bad numeric range operator: ${op2}`);
      const highText = operandText(3, op2);
      if (items.length > 4) fault('Too many terms in numeric range expression');
      const low = toNumber(lowText);
      const high = toNumber(highText);
      if (low >= high) fault('Bottom must be less than top');
      return { kind: 'numeric-range', low, lowOpen, high, highOpen: op2 === '<' };
    }
    case '<':
    case '<=': {
      const highText = operandText(1, op);
      if (items.length > 2) fault('Too many elements in numeric expression');
      return {
        kind: 'numeric-range',
        low: -Number.MAX_VALUE,
        lowOpen: false,
        high: toNumber(highText),
        highOpen: op === '<',
      };
    }
    default:
      return fault(`Unrecognized numeric range operator: ${op}`);
  }
}

type AnythingButKind = 'equals-ignore-case' | 'prefix' | 'suffix' | 'wildcard';

function compileAnythingBut(expr: JsonObjectNode, operand: JsonNode, identity: string): CompiledValue {
  let kind: AnythingButKind | undefined;
  let values = operand;
  if (operand.kind === 'object') {
    const inner = operand.entries[0];
    if (!inner) fault('Anything-But expression name not found');
    const [name, value] = inner as readonly [string, JsonNode];
    if (name !== 'equals-ignore-case' && name !== 'prefix' && name !== 'suffix' && name !== 'wildcard') {
      fault(`Unsupported anything-but pattern: ${name}`);
    }
    kind = name as AnythingButKind;
    values = value;
  }
  if (values.kind !== 'array' && values.kind !== 'string' && values.kind !== 'number') {
    fault('Value of anything-but must be an array or single string/number value.');
  }
  const list = values.kind === 'array' ? values.items : [values];
  const matcher = kind ? anythingButSet(kind, list) : anythingButValues(list, values.kind === 'array');
  if (operand.kind === 'object') onlyOneKey(operand, 'Too many elements in numeric expression');
  onlyOneKey(expr, 'Too many elements in numeric expression');
  const wildcards =
    kind === 'wildcard' ? list.map((node) => (node as Extract<JsonNode, { kind: 'string' }>).value) : [];
  return { term: { identity, wildcards, absent: false }, matchers: [matcher] };
}

function anythingButValues(list: readonly JsonNode[], isList: boolean): ValueMatcher {
  const texts = new Set<string>();
  const numbers: number[] = [];
  for (const node of list) {
    if (node.kind === 'string') texts.add(quoted(node.value));
    else if (node.kind === 'number') {
      const value = comparableNumber(node.text);
      // A lone number's fault escapes ruler as IllegalArgumentException: no pre-$or retry.
      if (value === undefined) throw new PatternFault(cannotCompare(node.text), isList);
      numbers.push(value);
    } else {
      fault('Inside anything but list, start|null|boolean is not supported.');
    }
  }
  if (texts.size > 0 === numbers.length > 0) {
    fault('Inside anything but list, either all values are number or string, mixed type is not supported');
  }
  return { kind: 'anything-but', numeric: numbers.length > 0, texts, numbers };
}

function anythingButSet(kind: AnythingButKind, list: readonly JsonNode[]): ValueMatcher {
  const operands: string[] = [];
  for (const node of list) {
    if (node.kind !== 'string') {
      if (kind === 'equals-ignore-case') {
        fault('Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.');
      }
      fault(
        kind === 'wildcard'
          ? 'wildcard match pattern must be a string'
          : 'prefix/suffix match pattern must be a string',
      );
    }
    const text = (node as Extract<JsonNode, { kind: 'string' }>).value;
    if ((kind === 'prefix' || kind === 'suffix') && text === '') fault('Null prefix/suffix not allowed');
    operands.push(text);
  }
  switch (kind) {
    case 'prefix':
      return { kind: 'anything-but-prefix', texts: operands.map((t) => `"${t}`) };
    case 'suffix':
      return { kind: 'anything-but-suffix', texts: operands.map((t) => `${t}"`) };
    case 'equals-ignore-case':
      return { kind: 'anything-but-ignore-case', patterns: operands.map((t) => compileIgnoreCase(quoted(t))) };
    default:
      return { kind: 'anything-but-wildcard', patterns: operands.map(wildcardOperand) };
  }
}

/** A stable text for a JSON subtree, numbers by value when comparable; used for state sharing. */
function canonical(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    case 'array':
      return `[${node.items.map(canonical).join(',')}]`;
    case 'string':
      return JSON.stringify(node.value);
    case 'number':
      return numberIdentity(node.text);
    case 'boolean':
      return String(node.value);
    default:
      return 'null';
  }
}
