import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile, type IntakeResult } from '../../../shared/articles/index.ts';

let dir: string;
const path = (name: string): string => join(dir, name);

/** Every intake case as a real file: the CLI and the Lambda see exactly these bytes. */
const FIXTURES: Record<string, Uint8Array | string> = {
  'plain.txt': 'Troops withdraw\n\nBAKU, April 17 - The process has already begun.\n',
  'bom.txt': Buffer.from('\uFEFFTitle with BOM\nBody', 'utf8'),
  'utf16le.txt': new Uint8Array([0xff, 0xfe, ...Buffer.from('UTF-16LE title\nBody', 'utf16le')]),
  'utf16be.txt': new Uint8Array([0xfe, 0xff, ...Buffer.from('UTF-16BE title\nBody', 'utf16le').swap16()]),
  'latin1.txt': Buffer.from('Caf\xe9 in Z\xfcrich', 'latin1'),
  'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  'empty.txt': '',
  'blank.md': '  \n\n\t\n',
  'big.txt': 'x'.repeat(300),
  'notes.docx': 'not really a docx',
  'page.html':
    '<html><head><title>Page</title><meta property="article:published_time" content="2024-04-16T23:00:00-04:00">' +
    '<script>track()</script></head><body><nav>Menu</nav><p>Body text.</p></body></html>',
  'bad.json': '{"title": "cut off',
  'feed.jsonl': '{"title":"A","text":"First."}\nnot json\n\n{"title":"C","text":"Third."}\n',
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-intake-'));
  await mkdir(path('folder.txt'));
  for (const [name, content] of Object.entries(FIXTURES)) await writeFile(path(name), content);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const codes = (results: IntakeResult[]): string[] => results.map((r) => ('error' in r ? r.error.code : 'ok'));
const opts = { maxBytes: 256 };

describe('readArticleFile', () => {
  it('reads good files in every encoding', async () => {
    for (const [name, title] of [
      ['plain.txt', 'Troops withdraw'],
      ['bom.txt', 'Title with BOM'],
      ['utf16le.txt', 'UTF-16LE title'],
      ['utf16be.txt', 'UTF-16BE title'],
    ]) {
      const [result] = await readArticleFile(path(name!), opts);
      expect(result).toMatchObject({ file: path(name!), article: { key: path(name!), title } });
    }
  });

  it('reports each bad input with its code and a one-line message naming the file', async () => {
    const cases: [string, string][] = [
      ['latin1.txt', 'BAD_ENCODING'],
      ['image.txt', 'BINARY'],
      ['empty.txt', 'EMPTY'],
      ['blank.md', 'EMPTY'],
      ['big.txt', 'TOO_LARGE'],
      ['notes.docx', 'UNSUPPORTED_FORMAT'],
      ['bad.json', 'BAD_JSON'],
      ['missing.txt', 'NOT_FOUND'],
      ['folder.txt', 'NOT_A_FILE'],
    ];
    for (const [name, code] of cases) {
      const results = await readArticleFile(path(name), opts);
      expect(results).toEqual([{ file: path(name), error: { code, message: expect.stringContaining(path(name)) } }]);
      const [result] = results;
      expect(result && 'error' in result && result.error.message).not.toContain('\n');
    }
  });

  it('names the size and the limit for a file that is too large', async () => {
    const [result] = await readArticleFile(path('big.txt'), { maxBytes: 100 });
    expect(result).toMatchObject({
      error: { message: `${path('big.txt')}: file is 300 bytes, over the 100 bytes limit (--max-bytes)` },
    });
  });

  it('reads HTML metadata, and the caller date wins over it', async () => {
    expect(await readArticleFile(path('page.html'))).toMatchObject([
      { article: { text: 'Body text.', title: 'Page', published: '2024-04-16' } },
    ]);
    expect(await readArticleFile(path('page.html'), { published: '2024-04-17' })).toMatchObject([
      { article: { published: '2024-04-17' } },
    ]);
  });

  it('gives one result per JSONL line, a bad line failing alone', async () => {
    const results = await readArticleFile(path('feed.jsonl'));
    expect(results.map((r) => r.file)).toEqual([1, 2, 4].map((n) => `${path('feed.jsonl')}#${n}`));
    expect(codes(results)).toEqual(['ok', 'BAD_JSON', 'ok']);
  });
});
