import { createHash } from 'node:crypto';

/**
 * Deterministic event id: a hash of the article's identity (key and content hash), the event type,
 * the happening's key and the evidence span. Same bytes + same happening → same id on every run and machine;
 * a changed article yields new ids.
 */
export function eventId(parts: {
  articleKey: string;
  contentHash: string;
  type: string;
  happeningKey: string;
  evidenceStart: number;
  evidenceEnd: number;
}): string {
  return createHash('sha256')
    .update(
      [
        parts.articleKey,
        parts.contentHash,
        parts.type,
        parts.happeningKey,
        parts.evidenceStart,
        parts.evidenceEnd,
      ].join('\u001f'),
    )
    .digest('hex')
    .slice(0, 32);
}

export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
