/** A set of lower-case words from a whitespace-separated list. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
