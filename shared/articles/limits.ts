import { IntakeError } from './article.ts';

/** Default size limit of one article file: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const UNITS: [string, number][] = [
  ['MB', 1024 * 1024],
  ['KB', 1024],
  ['bytes', 1],
];

/** Throws TOO_LARGE when `size` bytes exceed `maxBytes`. Callers check a file's stat before reading it. */
export function checkSize(size: number, maxBytes: number, name: string): void {
  if (size <= maxBytes) return;
  const [actual, limit] = describeSizes(size, maxBytes);
  throw new IntakeError('TOO_LARGE', `${name}: file is ${actual}, over the ${limit} limit (--max-bytes)`);
}

/** Both sizes in the limit's unit ("6.2 MB", "5 MB"); exact bytes when rounding would make them look equal. */
function describeSizes(size: number, maxBytes: number): [string, string] {
  const [unit, divisor] = UNITS.find(([, d]) => maxBytes >= d) ?? ['bytes', 1];
  const format = (n: number): string => `${Number((n / divisor).toFixed(1))} ${unit}`;
  const [actual, limit] = [format(size), format(maxBytes)];
  return actual === limit ? [`${size} bytes`, `${maxBytes} bytes`] : [actual, limit];
}
