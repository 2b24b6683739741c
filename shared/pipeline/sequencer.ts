/**
 * Orders two S3 event sequencers of one object key. S3 documents them as hexadecimal strings of varying length:
 * right-pad the shorter with zeros, then compare lexicographically. Undefined sorts first.
 */
export function compareSequencers(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const width = Math.max(a.length, b.length);
  const x = a.toUpperCase().padEnd(width, '0');
  const y = b.toUpperCase().padEnd(width, '0');
  return x < y ? -1 : x > y ? 1 : 0;
}
