import { describe, expect, it } from 'vitest';
import { IntakeError } from '../../../shared/articles/article.ts';
import { decodeText } from '../../../shared/articles/decode.ts';

const utf16le = (s: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Uint8Array => new Uint8Array([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof IntakeError) return err.code;
    throw err;
  }
  return undefined;
}

describe('decodeText', () => {
  it('decodes UTF-8 and keeps the text exactly, line endings included', () => {
    expect(decodeText(Buffer.from('Kyiv – Київ\r\nline 2\n'), 'a.txt')).toBe('Kyiv – Київ\r\nline 2\n');
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFHello', 'utf8'), 'a.txt')).toBe('Hello');
  });

  it('decodes UTF-16LE and UTF-16BE with a byte-order mark', () => {
    expect(decodeText(utf16le('Baku – Bakı'), 'a.txt')).toBe('Baku – Bakı');
    expect(decodeText(utf16be('Baku – Bakı'), 'a.txt')).toBe('Baku – Bakı');
  });

  it('rejects invalid UTF-8 as BAD_ENCODING, naming the file', () => {
    const latin1 = Buffer.from('Caf\xe9 Zürich', 'latin1');
    expect(codeOf(() => decodeText(latin1, 'latin1.txt'))).toBe('BAD_ENCODING');
    expect(() => decodeText(latin1, 'latin1.txt')).toThrow(/^latin1\.txt: not valid UTF-8/);
  });

  it('rejects truncated UTF-16 as BAD_ENCODING', () => {
    expect(codeOf(() => decodeText(utf16le('abc').subarray(0, 5), 'odd.txt'))).toBe('BAD_ENCODING');
  });

  it('rejects NUL bytes and control-heavy text as BINARY', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'x.txt'))).toBe('BINARY');
    expect(codeOf(() => decodeText(Buffer.from('ab\x01\x02\x03\x04cd'), 'x.txt'))).toBe('BINARY');
    expect(codeOf(() => decodeText(utf16le('a\u0000\u0001\u0002b'), 'x.txt'))).toBe('BINARY');
  });

  it('accepts tabs, form feeds and a rare control character in real text', () => {
    const text = `col1\tcol2\f\n${'word '.repeat(50)}\x1b end`;
    expect(decodeText(Buffer.from(text), 'x.txt')).toBe(text);
  });

  it('rejects empty and whitespace-only input as EMPTY', () => {
    expect(codeOf(() => decodeText(new Uint8Array(), 'e.txt'))).toBe('EMPTY');
    expect(codeOf(() => decodeText(Buffer.from(' \n\t\r\n'), 'e.txt'))).toBe('EMPTY');
    expect(codeOf(() => decodeText(Buffer.from('\uFEFF', 'utf8'), 'e.txt'))).toBe('EMPTY');
  });
});
