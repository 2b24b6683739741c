import { IntakeError } from './article.ts';

/** Share of control characters (other than tab, line feed, form feed, carriage return) above which text is binary. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Bytes → text. UTF-8 with or without a byte-order mark, UTF-16LE/BE with one. The BOM is removed and
 * nothing else changes (line endings are kept as they are), so offsets into the text stay stable.
 * Throws IntakeError: EMPTY (no bytes, or only whitespace), BINARY (NUL bytes in UTF-8, or many control
 * characters), BAD_ENCODING (invalid UTF-8 or UTF-16).
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new IntakeError('EMPTY', `${name}: file is empty`);
  const text = decodeByBom(bytes, name);
  if (text.trim() === '') throw new IntakeError('EMPTY', `${name}: file contains only whitespace`);
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw new IntakeError('BINARY', `${name}: looks like binary data (many control characters), not text`);
  }
  return text;
}

function decodeByBom(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict('utf-16le', bytes.subarray(2), name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict('utf-16be', bytes.subarray(2), name);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    throw new IntakeError(
      'BINARY',
      `${name}: contains NUL bytes: binary data, or UTF-16 text without a byte-order mark`,
    );
  }
  return decodeStrict('utf-8', body, name);
}

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const hint =
      encoding === 'utf-8' ? 'save it as UTF-8, or as UTF-16 with a byte-order mark' : 'truncated or corrupt';
    throw new IntakeError('BAD_ENCODING', `${name}: not valid ${encoding.toUpperCase()} text (${hint})`);
  }
}

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return controls / text.length;
}
