/**
 * A table keyed by words of the article: an object without a prototype, so that a word such as "constructor" or
 * "toString" finds nothing rather than one of Object.prototype's members.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
