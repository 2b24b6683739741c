/**
 * equals-ignore-case as event-ruler implements it (EqualsIgnoreCaseParser): each UTF-16 unit of
 * the operand may be matched by its Locale.ROOT lower-case or its upper-case form, nothing else.
 * That is neither `a.toLowerCase() === b.toLowerCase()` nor case folding: the operand `ß`
 * matches `ß` and `SS` (its upper case), while the operand `SS` does not match `ß`; forms of
 * different lengths are why the walk carries a set of reachable offsets rather than comparing
 * lengths. Ruler encodes each half of a surrogate pair on its own, which Java's UTF-8 encoder
 * writes as `?`, so an astral character in the operand only matches a literal `?` (kept for
 * fidelity). Linear in the value for each operand unit.
 */
export type IgnoreCasePattern = ReadonlyArray<readonly string[]>;

export function compileIgnoreCase(operand: string): IgnoreCasePattern {
  const units: string[][] = [];
  for (let i = 0; i < operand.length; i++) {
    const unit = operand[i] as string;
    const code = unit.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) {
      units.push(['?']);
      continue;
    }
    const lower = unit.toLowerCase();
    const upper = unit.toUpperCase();
    units.push(lower === upper ? [lower] : [lower, upper]);
  }
  return units;
}

/** The offsets of `text` reachable by consuming the whole pattern from `start`, forwards or backwards. */
function reach(pattern: IgnoreCasePattern, text: string, backwards: boolean): Set<number> {
  let reachable = new Set<number>([backwards ? text.length : 0]);
  const n = pattern.length;
  for (let k = 0; k < n; k++) {
    const alternatives = pattern[backwards ? n - 1 - k : k] as readonly string[];
    const moved = new Set<number>();
    for (const offset of reachable) {
      for (const alt of alternatives) {
        const start = backwards ? offset - alt.length : offset;
        if (start >= 0 && text.startsWith(alt, start)) moved.add(backwards ? start : offset + alt.length);
      }
    }
    if (moved.size === 0) return moved;
    reachable = moved;
  }
  return reachable;
}

export function matchIgnoreCase(
  pattern: IgnoreCasePattern,
  text: string,
  mode: 'equals' | 'prefix' | 'suffix',
): boolean {
  if (mode === 'suffix') return reach(pattern, text, true).size > 0;
  const reachable = reach(pattern, text, false);
  return mode === 'prefix' ? reachable.size > 0 : reachable.has(text.length);
}
