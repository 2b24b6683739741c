/**
 * The compiled form of a pattern: a list of sub-rules (one per `$or` branch combination), each a
 * set of field tests on dot-joined paths. A field test holds value matchers over event-ruler's
 * view of a leaf value: a string is its JSON-quoted form (`"abc"`), anything else its JSON text
 * (`5`, `5.0`, `true`, `null`). That is why `prefix` only ever matches strings (it compiles to
 * `"` + prefix) and why `{"prefix": ""}` means "any string".
 */
import type { HexRange } from './cidr.ts';
import type { IgnoreCasePattern } from './ignore-case.ts';
import type { WildcardPattern } from './wildcard.ts';

export type ValueMatcher =
  /** Exact JSON text: `"abc"` for strings, the number's own text, true / false / null. */
  | { readonly kind: 'exact'; readonly text: string }
  /** A comparable number equal to `value` (plain numbers in a value list, `["=", n]`). */
  | { readonly kind: 'numeric-equals'; readonly value: number }
  | {
      readonly kind: 'numeric-range';
      readonly low: number;
      readonly lowOpen: boolean;
      readonly high: number;
      readonly highOpen: boolean;
    }
  /** A `cidr` block, or a plain string value that is an IP literal. */
  | { readonly kind: 'ip-range'; readonly range: HexRange }
  /** Quoted-form prefix: `"` + operand. */
  | { readonly kind: 'prefix'; readonly text: string }
  /** Quoted-form suffix: operand + `"`. */
  | { readonly kind: 'suffix'; readonly text: string }
  | { readonly kind: 'ignore-case'; readonly pattern: IgnoreCasePattern; readonly mode: 'equals' | 'prefix' | 'suffix' }
  | { readonly kind: 'wildcard'; readonly pattern: WildcardPattern }
  | { readonly kind: 'exists' }
  /** anything-but a set of strings (quoted) or of comparable numbers. */
  | {
      readonly kind: 'anything-but';
      readonly numeric: boolean;
      readonly texts: ReadonlySet<string>;
      readonly numbers: readonly number[];
    }
  | { readonly kind: 'anything-but-prefix'; readonly texts: readonly string[] }
  | { readonly kind: 'anything-but-suffix'; readonly texts: readonly string[] }
  | { readonly kind: 'anything-but-ignore-case'; readonly patterns: readonly IgnoreCasePattern[] }
  | { readonly kind: 'anything-but-wildcard'; readonly patterns: readonly WildcardPattern[] };

/** One element of a field's value list, as the rule machine sees it (for sharing and complexity). */
export interface Term {
  /** Equal identities lead to the same next state in ruler's machine. */
  readonly identity: string;
  /** Wildcard operands (plain `wildcard` or `anything-but` `wildcard`), which carry complexity. */
  readonly wildcards: readonly string[];
  /** `{"exists": false}`. */
  readonly absent: boolean;
}

export interface FieldSpec {
  readonly name: string;
  readonly terms: readonly Term[];
  readonly matchers: readonly ValueMatcher[];
  /** The list holds `{"exists": false}`: the field also matches when the event lacks it. */
  readonly absent: boolean;
}

/** A field test ready for matching, with its byte machine's conversion flags. */
export interface FieldTest extends FieldSpec {
  /** Numbers in the event are turned into comparable numbers before matching. */
  readonly numeric: boolean;
  /** IP-address strings are turned into hex before matching (only when not `numeric`). */
  readonly ip: boolean;
}

export interface SubRule {
  /** Sorted by name, the order ruler's machine steps through them. */
  readonly fields: readonly FieldTest[];
}

export interface CompiledPattern {
  readonly subRules: readonly SubRule[];
  /** Every field name any sub-rule tests. */
  readonly fieldNames: ReadonlySet<string>;
  /** Every dot-joined prefix of those names, to skip event subtrees no rule looks at. */
  readonly prefixes: ReadonlySet<string>;
}
