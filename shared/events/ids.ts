import { hash } from 'node:crypto';

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
  // One-shot hash (no Hash object per event): the same digest as createHash().update().digest('hex').
  return hash(
    'sha256',
    [parts.articleKey, parts.contentHash, parts.type, parts.happeningKey, parts.evidenceStart, parts.evidenceEnd].join(
      '\u001f',
    ),
    'hex',
  ).slice(0, 32);
}

export function contentHash(bytes: Uint8Array | string): string {
  return hash('sha256', bytes, 'hex');
}
