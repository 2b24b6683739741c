/**
 * Wildcard patterns (event-ruler's WildcardParser) and a matcher that never backtracks
 * exponentially.
 *
 * Syntax: `*` matches any run of characters, including none; `\*` is a literal asterisk and `\\`
 * a literal backslash; a backslash before anything else, or at the end, is "Invalid escape
 * character"; two consecutive `*` are "Consecutive wildcard characters". Ruler parses the operand
 * wrapped in the value's JSON quotes and counts UTF-8 bytes, so positions in its messages are
 * 1-based offsets into the unquoted operand's UTF-8 bytes (the opening quote is byte 0).
 *
 * Matching: the pattern is split at its stars into literal segments; the first must be a prefix,
 * the last a suffix, and the ones between are found left to right at their leftmost occurrence.
 * Leftmost placement is always safe for star-only globs (a later placement leaves strictly less
 * room for what follows), so this is O(n·m) at worst and never exponential.
 */
import { javaUtf8View } from './json.ts';

export interface WildcardPattern {
  /** Literal runs between stars; a pattern with k stars has k + 1 segments. */
  readonly segments: readonly string[];
}

const encoder = new TextEncoder();

function bytePosition(operand: string, index: number): number {
  return encoder.encode(javaUtf8View(operand.slice(0, index))).length + 1;
}

/** Parses a wildcard operand, or returns ruler's reason for refusing it. */
export function parseWildcard(operand: string): WildcardPattern | { error: string } {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < operand.length; i++) {
    const ch = operand[i] as string;
    if (ch === '*') {
      if (operand[i + 1] === '*')
        return { error: `Consecutive wildcard characters at pos ${bytePosition(operand, i)}` };
      segments.push(current);
      current = '';
    } else if (ch === '\\') {
      const next = operand[i + 1];
      if (next !== '*' && next !== '\\')
        return { error: `Invalid escape character at pos ${bytePosition(operand, i)}` };
      current += next;
      i++;
    } else {
      current += ch;
    }
  }
  segments.push(current);
  return { segments };
}

/** Wraps a parsed operand in the JSON quotes ruler matches string values with. */
export function quoteWildcard(pattern: WildcardPattern): WildcardPattern {
  const segments = [...pattern.segments];
  segments[0] = `"${segments[0]}`;
  segments[segments.length - 1] = `${segments[segments.length - 1]}"`;
  return { segments };
}

/** Whether `text` matches the whole pattern. */
export function matchWildcard(pattern: WildcardPattern, text: string): boolean {
  const { segments } = pattern;
  const first = segments[0] as string;
  if (segments.length === 1) return text === first;
  const last = segments[segments.length - 1] as string;
  if (first.length + last.length > text.length) return false;
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let pos = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const seg = segments[i] as string;
    if (seg === '') continue;
    const at = text.indexOf(seg, pos);
    if (at < 0 || at + seg.length > end) return false;
    pos = at + seg.length;
  }
  return true;
}
