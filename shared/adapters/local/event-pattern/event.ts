/**
 * An event as event-ruler's rulesForJSONEvent sees it: a list of leaf fields, each named by its
 * dot-joined path (so `{"a.b": 1}` and `{"a": {"b": 1}}` are both the field `a.b`), carrying its
 * value's JSON text and its *array membership* — for every enclosing array, the index of the
 * element it sits in. Only objects and arrays inside an array record membership; the scalars of
 * `["x", "y"]` are each simply another value of the same field. Objects, arrays and empty
 * containers are not fields: `exists` only ever sees leaves (null included).
 */
import type { JsonNode, JsonObjectNode } from './json.ts';
import { javaUtf8View } from './json.ts';
import type { CompiledPattern } from './patterns.ts';

export type Membership = ReadonlyMap<number, number>;

export const NO_MEMBERSHIP: Membership = new Map();

export interface EventField {
  /** Ruler's text for the value: `"…"` for a string, the JSON text otherwise. */
  readonly text: string;
  readonly type: 'string' | 'number' | 'other';
  readonly membership: Membership;
  /** Lazily computed conversions (see match.ts). */
  comparable?: number | null;
  ipHex?: string | null;
}

/** The event's fields that the pattern names, grouped by name. */
export function flattenEvent(root: JsonObjectNode, pattern: CompiledPattern): Map<string, EventField[]> {
  const fields = new Map<string, EventField[]>();
  let arrays = 0;

  const addLeaf = (name: string, node: JsonNode, membership: Membership): void => {
    if (!pattern.fieldNames.has(name)) return;
    let field: EventField;
    if (node.kind === 'string') field = { text: `"${javaUtf8View(node.value)}"`, type: 'string', membership };
    else if (node.kind === 'number') field = { text: node.text, type: 'number', membership };
    else if (node.kind === 'boolean') field = { text: String(node.value), type: 'other', membership };
    else field = { text: 'null', type: 'other', membership };
    const list = fields.get(name);
    if (list) list.push(field);
    else fields.set(name, [field]);
  };

  const visit = (node: JsonNode, name: string, membership: Membership): void => {
    if (node.kind === 'object') {
      for (const [key, value] of node.entries) {
        const child = `${name}.${key}`;
        if (pattern.prefixes.has(child)) visit(value, child, membership);
      }
    } else if (node.kind === 'array') {
      const id = arrays++;
      node.items.forEach((item, index) => {
        if (item.kind === 'object' || item.kind === 'array') {
          const inner = new Map(membership);
          inner.set(id, index);
          visit(item, name, inner);
        } else {
          addLeaf(name, item, membership);
        }
      });
    } else {
      addLeaf(name, node, membership);
    }
  };

  for (const [key, value] of root.entries) {
    if (pattern.prefixes.has(key)) visit(value, key, NO_MEMBERSHIP);
  }
  return fields;
}
