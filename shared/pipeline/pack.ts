import type { LogEvent } from '../events/envelope.ts';

/** Event JSON per commit part: keeps each event-store item well under DynamoDB's 400 KB item limit. */
export const DEFAULT_PART_BYTES = 300 * 1024;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * Packs events, in order, into parts whose JSON array (`JSON.stringify(part)`) is at most `maxBytes` UTF-8
 * bytes, for the ingest core to append as parts 0..n-1 of one ingestion. No events → no parts. Throws
 * `EVENT_TOO_LARGE` naming the event when one event alone does not fit.
 */
export function splitIntoCommits<T extends LogEvent>(events: readonly T[], maxBytes = DEFAULT_PART_BYTES): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  let size = 2; // "[" and "]"
  for (const event of events) {
    const bytes = utf8(JSON.stringify(event));
    if (bytes + 2 > maxBytes) {
      throw Object.assign(
        new Error(
          `event ${event.id} (${event.type}) is ${bytes} bytes as JSON: more than one commit part holds (${maxBytes})`,
        ),
        { code: 'EVENT_TOO_LARGE' },
      );
    }
    const added = bytes + (current.length > 0 ? 1 : 0); // the comma
    if (current.length > 0 && size + added > maxBytes) {
      parts.push(current);
      current = [];
      size = 2;
    }
    size += bytes + (current.length > 0 ? 1 : 0);
    current.push(event);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
