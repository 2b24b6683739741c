import { normalizeName } from '../names.ts';

/** Separates the parts of a row key; a part never contains it. */
export const KEY_SEPARATOR = '|';

/**
 * A name as keys compare it; a name with no letters or digits keeps its own text (without the key separator) so
 * that a key is never empty.
 */
export function nameKey(name: string): string {
  return normalizeName(name) || name.replaceAll(KEY_SEPARATOR, '/');
}
