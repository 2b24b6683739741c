// Property tests: whatever the bytes and file name, intake returns results (never throws), and what it
// accepts flows through extraction into contract-valid events.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../../shared/articles/index.ts';
import { newsyText, published, reportText } from './generators.ts';
import { extractAndCheck } from './invariants.ts';

const RUNS = { numRuns: 200 };
const NAMES = ['a.txt', 'a.md', 'a.html', 'a.htm', 'a.json', 'a.jsonl', 'a.xml', 'noext', 'A.TXT'];

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]));
const html = fc
  .tuple(
    fc.constantFrom('', '<!doctype html>'),
    newsyText,
    reportText,
    fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
  )
  .map(
    ([doc, title, body, junk]) =>
      `${doc}<html><head><title>${title}</title><meta name="date" content="2024-04-17"></head><body><p>${body}</p><div>${junk}</body>`,
  );
const jsonArticle = fc
  .record({
    title: newsyText,
    text: reportText,
    content: fc.option(newsyText),
    publishedAt: fc.option(fc.constantFrom('2024-04-17T10:00:00Z', 'yesterday', '')),
  })
  .map((r) => JSON.stringify(r));

function checkIntake(bytes: Uint8Array, name: string, date: string | undefined): void {
  const results = parseArticleBytes(bytes, name, date ? { published: date } : {});
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    if ('error' in result) {
      expect(result.error.code).toMatch(/^[A-Z_]+$/);
      expect(result.error.message).not.toContain('\n');
      continue;
    }
    expect(typeof result.article.text).toBe('string');
    expect(result.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    extractAndCheck(result.article);
  }
}

describe('parseArticleBytes + extractEvents on random input', () => {
  it('random bytes under any file name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...NAMES), published, (bytes, name, date) =>
        checkIntake(bytes, name, date),
      ),
      RUNS,
    );
  });

  it('random text as UTF-8 or UTF-16LE under any file name', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), newsyText, reportText, html, jsonArticle);
    fc.assert(
      fc.property(text, fc.boolean(), fc.constantFrom(...NAMES), published, (t, wide, name, date) =>
        checkIntake(wide ? utf16le(t) : utf8(t), name, date),
      ),
      RUNS,
    );
  });

  it('HTML pages, JSON articles and JSONL feeds built from news-like text', () => {
    const doc = fc.oneof(
      html.map((t) => ({ t, name: 'page.html' })),
      jsonArticle.map((t) => ({ t, name: 'article.json' })),
      fc
        .array(fc.oneof(jsonArticle, newsyText), { maxLength: 5 })
        .map((lines) => ({ t: lines.join('\n'), name: 'feed.jsonl' })),
    );
    fc.assert(
      fc.property(doc, published, ({ t, name }, date) => checkIntake(utf8(t), name, date)),
      RUNS,
    );
  });

  it('turns an explicit published date of any shape into one result, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (date) => {
        const results = parseArticleBytes(utf8('Troops arrived.'), 'a.txt', { published: date });
        expect(results).toHaveLength(1);
      }),
      RUNS,
    );
  });
});
