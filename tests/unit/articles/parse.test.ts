import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleRef, parseArticleBytes, type IntakeResult } from '../../../shared/articles/index.ts';

const bytes = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

function only(results: IntakeResult[]) {
  expect(results).toHaveLength(1);
  return results[0]!;
}
function articleOf(results: IntakeResult[]) {
  const r = only(results);
  if (!('article' in r)) throw new Error(`expected an article, got ${JSON.stringify(r)}`);
  return r.article;
}
function errorOf(results: IntakeResult[]) {
  const r = only(results);
  if (!('error' in r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r.error;
}

describe('parseArticleBytes: text and Markdown', () => {
  it('keeps the text as is, keys it by name and hashes the source bytes', () => {
    const source = bytes('\n\nPentagon orders troops\r\n\r\nWASHINGTON, Feb 2 - ...\r\n');
    expect(articleOf(parseArticleBytes(source, 'dir/a.txt'))).toEqual({
      key: 'dir/a.txt',
      text: '\n\nPentagon orders troops\r\n\r\nWASHINGTON, Feb 2 - ...\r\n',
      title: 'Pentagon orders troops',
      contentHash: sha256(source),
    });
  });

  it('takes a Markdown title without its leading #s', () => {
    expect(articleOf(parseArticleBytes(bytes('#\n## Parliament dissolved\n\nText.'), 'a.MD')).title).toBe(
      'Parliament dissolved',
    );
  });

  it('hashes the bytes as given, BOM included, and keeps offsets of the text without it', () => {
    const source = Buffer.from('\uFEFFTitle\n\nBody', 'utf8');
    const article = articleOf(parseArticleBytes(source, 'bom.txt'));
    expect(article.text).toBe('Title\n\nBody');
    expect(article.contentHash).toBe(sha256(source));
  });
});

describe('parseArticleBytes: failures', () => {
  it('rejects an unknown extension as UNSUPPORTED_FORMAT, before decoding', () => {
    expect(errorOf(parseArticleBytes(new Uint8Array([0, 1, 2]), 'report.pdf'))).toEqual({
      code: 'UNSUPPORTED_FORMAT',
      message: "report.pdf: unsupported format '.pdf' (expected .txt .md .html .htm .json .jsonl)",
    });
    expect(errorOf(parseArticleBytes(bytes('x'), 'README')).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('rejects input over maxBytes as TOO_LARGE with sizes in the message', () => {
    expect(errorOf(parseArticleBytes(bytes('x'.repeat(2048)), 'big.txt', { maxBytes: 1000 }))).toEqual({
      code: 'TOO_LARGE',
      message: 'big.txt: file is 2048 bytes, over the 1000 bytes limit (--max-bytes)',
    });
    expect(articleOf(parseArticleBytes(bytes('x'.repeat(1000)), 'ok.txt', { maxBytes: 1000 })).text).toHaveLength(1000);
  });

  it("defaults maxBytes to 5 MB and states sizes in the limit's unit, exactly when rounding hides the excess", () => {
    const big = new Uint8Array(Math.round(6.2 * 1024 * 1024)).fill(0x61);
    expect(errorOf(parseArticleBytes(big, 'big.txt')).message).toBe(
      'big.txt: file is 6.2 MB, over the 5 MB limit (--max-bytes)',
    );
    const justOver = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    expect(errorOf(parseArticleBytes(justOver, 'big.txt')).message).toBe(
      'big.txt: file is 5242881 bytes, over the 5242880 bytes limit (--max-bytes)',
    );
  });

  it('reports an invalid caller date as BAD_DATE', () => {
    expect(errorOf(parseArticleBytes(bytes('x'), 'a.txt', { published: '17/04/2024' })).code).toBe('BAD_DATE');
  });
});

describe('parseArticleBytes: publication date precedence', () => {
  const html = bytes('<meta property="article:published_time" content="2024-04-16T22:00:00-05:00"><p>Body</p>');
  const json = bytes('{"text":"Body","publishedAt":"2024-04-16"}');

  it('uses the document date when no date is given', () => {
    expect(articleOf(parseArticleBytes(html, 'a.html')).published).toBe('2024-04-16');
    expect(articleOf(parseArticleBytes(json, 'a.json')).published).toBe('2024-04-16');
  });

  it('lets the caller date win over the document date', () => {
    expect(articleOf(parseArticleBytes(html, 'a.html', { published: '2024-04-17' })).published).toBe('2024-04-17');
    expect(articleOf(parseArticleBytes(json, 'a.json', { published: '2024-04' })).published).toBe('2024-04');
  });

  it('ignores an unreadable document date instead of failing', () => {
    const article = articleOf(parseArticleBytes(bytes('{"text":"Body","publishedAt":"last Tuesday"}'), 'a.json'));
    expect(article.published).toBeUndefined();
    expect(articleRef(article)).toEqual({ key: 'a.json' });
  });
});

describe('parseArticleBytes: JSON Lines', () => {
  const lines = [
    '{"title":"One","body":"First.","publishedAt":"2024-01-01"}',
    '',
    '{"title":"Two" oops',
    '   ',
    '{"title":"no body"}',
    '{"content":"Fourth.","url":"https://x.example/4"}',
  ];
  const results = parseArticleBytes(bytes(lines.join('\n') + '\n'), 'feed.jsonl', { published: '2024-02-02' });

  it('gives one result per non-blank line, named path#line (1-based)', () => {
    expect(results.map((r) => r.file)).toEqual(['feed.jsonl#1', 'feed.jsonl#3', 'feed.jsonl#5', 'feed.jsonl#6']);
  });

  it('fails a bad line alone', () => {
    expect(results.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['ok', 'BAD_JSON', 'NO_TEXT', 'ok']);
    const bad = results[1]!;
    expect('error' in bad && bad.error.message).toMatch(/^feed\.jsonl#3: invalid JSON/);
  });

  it('builds each article from its line: key, text, caller date, hash of the line bytes', () => {
    const first = results[0]!;
    const last = results[3]!;
    expect('article' in first && first.article).toEqual({
      key: 'feed.jsonl#1',
      text: 'One\n\nFirst.',
      title: 'One',
      published: '2024-02-02',
      contentHash: sha256(lines[0]!),
    });
    expect('article' in last && articleRef(last.article)).toEqual({
      key: 'feed.jsonl#6',
      published: '2024-02-02',
      url: 'https://x.example/4',
    });
  });

  it('fails the whole file once when it cannot be decoded', () => {
    expect(parseArticleBytes(new Uint8Array([0x7b, 0x00, 0x7d]), 'bin.jsonl')).toEqual([
      { file: 'bin.jsonl', error: expect.objectContaining({ code: 'BINARY' }) },
    ]);
  });
});

describe('intake regexes stay linear on hostile input', () => {
  it('handles long runs of whitespace, #s and tags quickly', () => {
    const started = performance.now();
    const hostile = ' '.repeat(200_000) + '#'.repeat(200_000) + '\t \n'.repeat(100_000);
    articleOf(parseArticleBytes(bytes(hostile + 'x'), 'a.md'));
    articleOf(parseArticleBytes(bytes('<p>' + ' \u00a0'.repeat(200_000) + 'x' + '<b>'.repeat(50_000)), 'a.html'));
    parseArticleBytes(bytes(`{"text":"x","date":"${'1 '.repeat(40)}"}`), 'a.json');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('articleRef: the reference every event carries', () => {
  const ingest = (text: string) => {
    const [result] = parseArticleBytes(Buffer.from(text, 'utf8'), 'one-line.txt');
    if (!result || !('article' in result)) throw new Error('refused');
    return result.article;
  };

  it('keeps a short first line whole as the title', () => {
    expect(articleRef(ingest('Garrison leaves the port\nThe last soldiers sailed on Monday.')).title).toBe(
      'Garrison leaves the port',
    );
  });

  it('cuts a first line that is the whole text at a word, so events stay small', () => {
    const article = ingest('The garrison left the port on Monday and the convoy followed it. '.repeat(2000));
    const title = articleRef(article).title!;
    expect(article.title!.length).toBeGreaterThan(100_000);
    expect(title.length).toBeLessThanOrEqual(300);
    expect(title).toMatch(/^The garrison left the port on Monday\b.*[a-z.]…$/);
  });

  it('never ends a cut title on half of a surrogate pair', () => {
    const title = articleRef(ingest('🪖'.repeat(400))).title!;
    expect(title.length).toBeLessThanOrEqual(300);
    expect(/[\uD800-\uDBFF]…$/.test(title)).toBe(false);
  });
});
