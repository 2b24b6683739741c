/**
 * A JSON reader that keeps what event-ruler sees and JSON.parse throws away: the source text of
 * every number (ruler matches `300` and `3.0e2` as different strings, and only equal as numbers)
 * and every member of an object in document order, duplicates included (ruler's streaming parser
 * visits both `"a"` members of `{"a":…,"a":…}`; in a pattern the later one wins, in an event both
 * are fields). Strictness follows Jackson's defaults: no comments, no trailing commas, no leading
 * zeros, no NaN. Iterative, so a deeply nested input cannot exhaust the stack.
 */

export type JsonNode =
  | { readonly kind: 'object'; readonly entries: ReadonlyArray<readonly [string, JsonNode]> }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

export type JsonObjectNode = Extract<JsonNode, { kind: 'object' }>;

/** Jackson's default nesting limit (StreamReadConstraints.maxNestingDepth). */
export const MAX_NESTING_DEPTH = 1000;

export class JsonSyntaxError extends Error {}

type Frame =
  { kind: 'object'; entries: Array<readonly [string, JsonNode]>; key: string } | { kind: 'array'; items: JsonNode[] };

const WS = new Set([' ', '\t', '\n', '\r']);
const TOKEN_CHAR = /[A-Za-z0-9_$.+-]/;

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 ? `(CTRL-CHAR, code ${code})` : `('${ch}' (code ${code}))`;
}

/** Parses one JSON document (surrounding whitespace allowed, nothing else after the root value). */
export function parseJson(text: string): JsonNode {
  let pos = 0;
  const stack: Frame[] = [];

  const skipWs = (): void => {
    while (pos < text.length && WS.has(text[pos] as string)) pos++;
  };
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message);
  };
  const unexpected = (expecting: string): never => {
    if (pos >= text.length) return fail(`Unexpected end-of-input: ${expecting}`);
    return fail(`Unexpected character ${describeChar(text[pos] as string)}: ${expecting}`);
  };
  const isDigit = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
  };

  const readString = (): string => {
    pos++; // opening quote
    let out = '';
    let runStart = pos;
    for (;;) {
      if (pos >= text.length) return fail('Unexpected end-of-input in a String value');
      const ch = text[pos] as string;
      if (ch === '"') {
        out += text.slice(runStart, pos);
        pos++;
        return out;
      }
      if (ch === '\\') {
        out += text.slice(runStart, pos);
        const esc = text[pos + 1];
        if (esc === undefined) return fail('Unexpected end-of-input in character escape sequence');
        pos += 2;
        switch (esc) {
          case '"':
          case '\\':
          case '/':
            out += esc;
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            const hex = text.slice(pos, pos + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Unexpected character in a \\u escape: expected a hex-digit');
            out += String.fromCharCode(parseInt(hex, 16));
            pos += 4;
            break;
          }
          default:
            fail(`Unrecognized character escape ${describeChar(esc)}`);
        }
        runStart = pos;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) {
        fail(
          `Illegal unquoted character (${describeChar(ch).slice(1, -1)}): has to be escaped using backslash to be included in string value`,
        );
      }
      pos++;
    }
  };

  const unrecognized = (start: number): never => {
    let end = Math.max(pos, start + 1);
    while (end < text.length && TOKEN_CHAR.test(text[end] as string)) end++;
    return fail(
      `Unrecognized token '${text.slice(start, end)}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`,
    );
  };

  const readNumber = (): string => {
    const start = pos;
    if (text[pos] === '-') pos++;
    const intStart = pos;
    while (isDigit(pos)) pos++;
    if (pos === intStart) {
      return fail('Unexpected character: expected digit (0-9) to follow minus sign, for valid numeric value');
    }
    if (text[intStart] === '0' && pos - intStart > 1) fail('Invalid numeric value: Leading zeroes not allowed');
    if (text[pos] === '.') {
      pos++;
      const fracStart = pos;
      while (isDigit(pos)) pos++;
      if (pos === fracStart) fail('Unexpected character: Decimal point not followed by a digit');
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++;
      if (text[pos] === '+' || text[pos] === '-') pos++;
      const expStart = pos;
      while (isDigit(pos)) pos++;
      if (pos === expStart) fail('Unexpected character: Exponent indicator not followed by a digit');
    }
    if (pos < text.length && /[A-Za-z0-9_.]/.test(text[pos] as string)) unrecognized(start);
    return text.slice(start, pos);
  };

  /** Reads a scalar, or opens a container and returns undefined. */
  const readValue = (): JsonNode | undefined => {
    skipWs();
    if (pos >= text.length) return fail('Unexpected end-of-input: expected a value');
    const ch = text[pos] as string;
    if (ch === '{' || ch === '[') {
      if (stack.length >= MAX_NESTING_DEPTH) {
        fail(`Document nesting depth (${stack.length + 1}) exceeds the maximum allowed (${MAX_NESTING_DEPTH})`);
      }
      pos++;
      skipWs();
      if (text[pos] === (ch === '{' ? '}' : ']')) {
        pos++;
        return ch === '{' ? { kind: 'object', entries: [] } : { kind: 'array', items: [] };
      }
      if (ch === '{') {
        if (text[pos] !== '"') unexpected('was expecting double-quote to start field name');
        stack.push({ kind: 'object', entries: [], key: readMemberKey() });
      } else {
        stack.push({ kind: 'array', items: [] });
      }
      return undefined;
    }
    if (ch === '"') return { kind: 'string', value: readString() };
    if (ch === '-' || (ch >= '0' && ch <= '9')) return { kind: 'number', text: readNumber() };
    for (const [word, node] of LITERALS) {
      if (text.startsWith(word, pos) && !TOKEN_CHAR.test(text[pos + word.length] ?? ' ')) {
        pos += word.length;
        return node;
      }
    }
    if (ch === ']' || ch === '}' || ch === ',' || ch === ':') return unexpected('expected a value');
    return unrecognized(pos);
  };

  /** At a field name's opening quote: reads it and the colon after it. */
  const readMemberKey = (): string => {
    const key = readString();
    skipWs();
    if (text[pos] !== ':') unexpected('was expecting a colon to separate field name and value');
    pos++;
    return key;
  };

  skipWs();
  if (pos >= text.length) fail('No content to map due to end-of-input');
  let value = readValue();
  for (;;) {
    if (value === undefined) {
      // A container was just opened (its first key, if an object, already read): read its first value.
      value = readValue();
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) break;
    if (top.kind === 'array') top.items.push(value);
    else top.entries.push([top.key, value]);
    skipWs();
    const sep = text[pos];
    if (sep === ',') {
      pos++;
      skipWs();
      if (top.kind === 'object') {
        if (text[pos] !== '"') unexpected('was expecting double-quote to start field name');
        top.key = readMemberKey();
      }
      value = readValue();
      continue;
    }
    if (sep === (top.kind === 'array' ? ']' : '}')) {
      pos++;
      stack.pop();
      value = top.kind === 'array' ? { kind: 'array', items: top.items } : { kind: 'object', entries: top.entries };
      continue;
    }
    return unexpected(`was expecting comma to separate ${top.kind === 'array' ? 'Array' : 'Object'} entries`);
  }
  skipWs();
  if (pos < text.length) {
    fail(`Unexpected character ${describeChar(text[pos] as string)}: expected end-of-input after the root value`);
  }
  return value;
}

const LITERALS: ReadonlyArray<readonly [string, JsonNode]> = [
  ['true', { kind: 'boolean', value: true }],
  ['false', { kind: 'boolean', value: false }],
  ['null', { kind: 'null' }],
];

/**
 * Converts an in-memory JavaScript value to the same tree, following JSON.stringify: `toJSON` is
 * honoured, `undefined`/functions/symbols drop out of objects and become null in arrays, and
 * non-finite numbers become null. A number's text is its shortest round-trip form (`String(n)`).
 */
export function fromJsValue(value: unknown): JsonNode {
  const seen = new Set<object>();
  const convert = (input: unknown, depth: number): JsonNode | undefined => {
    let v = input;
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      v = (v as { toJSON: () => unknown }).toJSON();
    }
    if (v === null) return { kind: 'null' };
    switch (typeof v) {
      case 'string':
        return { kind: 'string', value: v };
      case 'boolean':
        return { kind: 'boolean', value: v };
      case 'number':
        return Number.isFinite(v) ? { kind: 'number', text: String(v === 0 ? 0 : v) } : { kind: 'null' };
      case 'bigint':
        return { kind: 'number', text: v.toString() };
      case 'object':
        break;
      default:
        return undefined;
    }
    const obj = v as object;
    if (depth >= MAX_NESTING_DEPTH)
      throw new JsonSyntaxError(`Document nesting depth exceeds the maximum allowed (${MAX_NESTING_DEPTH})`);
    if (seen.has(obj)) throw new JsonSyntaxError('Converting circular structure to JSON');
    seen.add(obj);
    try {
      if (Array.isArray(obj)) {
        return { kind: 'array', items: obj.map((item) => convert(item, depth + 1) ?? { kind: 'null' }) };
      }
      const entries: Array<readonly [string, JsonNode]> = [];
      for (const [key, member] of Object.entries(obj)) {
        const node = convert(member, depth + 1);
        if (node) entries.push([key, node]);
      }
      return { kind: 'object', entries };
    } finally {
      seen.delete(obj);
    }
  };
  return convert(value, 0) ?? { kind: 'null' };
}

/** Reads a string as JSON, or converts an in-memory value; syntax faults surface as JsonSyntaxError. */
export function toJsonNode(input: unknown): JsonNode {
  return typeof input === 'string' ? parseJson(input) : fromJsValue(input);
}

/**
 * Java's UTF-8 encoder writes an unpaired surrogate as `?`; ruler matches UTF-8 bytes, so a lone
 * surrogate (reachable through a `\ud800` escape) behaves as a question mark on both sides.
 */
export function javaUtf8View(s: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      continue;
    }
    out += s.slice(runStart, i) + '?';
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}
