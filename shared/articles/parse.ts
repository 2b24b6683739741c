import { contentHash } from '../events/ids.ts';
import { IntakeError, type Article, type ArticleDraft, type IntakeResult } from './article.ts';
import { normalizeDocumentDate, parsePartialDate } from './dates.ts';
import { decodeText } from './decode.ts';
import { formatOf } from './formats.ts';
import { parseHtml } from './html.ts';
import { parseJsonArticle } from './json.ts';
import { checkSize, DEFAULT_MAX_BYTES } from './limits.ts';
import { parsePlainText } from './text.ts';

export interface IntakeOptions {
  /** Publication date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) that wins over any date in the document. */
  published?: string;
  /** Size limit in bytes (default 5 MB). */
  maxBytes?: number;
}

/**
 * Source bytes → articles, without the filesystem (a CLI file, an S3 object). `name` is the path or key:
 * its extension picks the format and it becomes the article key (`name#line` for JSONL, 1-based; see `articleKey`).
 * Never throws for bad input: each failure is a result with a code and a one-line message.
 */
export function parseArticleBytes(bytes: Uint8Array, name: string, opts: IntakeOptions = {}): IntakeResult[] {
  try {
    const published = explicitDate(opts.published, name);
    const format = formatOf(name);
    checkSize(bytes.length, opts.maxBytes ?? DEFAULT_MAX_BYTES, name);
    const text = decodeText(bytes, name);
    if (format === 'jsonl') return parseJsonLines(text, name, published);
    const draft =
      format === 'html'
        ? parseHtml(text, name)
        : format === 'json'
          ? parseJsonArticle(text, name)
          : parsePlainText(text);
    const key = articleKey(name);
    return [{ file: key, article: toArticle(draft, key, bytes, published) }];
  } catch (err) {
    return [intakeFailure(articleKey(name), err)];
  }
}

/**
 * The article key of an object (or file) name: the name itself, with `%` and `#` percent-encoded, so that no
 * object's key can equal a JSONL line's `name#line` (an object literally named `c.jsonl#1` is `c.jsonl%231`).
 */
export function articleKey(name: string, line?: number): string {
  const escaped = name.replace(/%/g, '%25').replace(/#/g, '%23');
  return line === undefined ? escaped : `${escaped}#${line}`;
}

/** A caught error as a result; anything but an IntakeError is a bug and is rethrown. */
export function intakeFailure(file: string, err: unknown): IntakeResult {
  if (!(err instanceof IntakeError)) throw err;
  return { file, error: { code: err.code, message: err.message } };
}

function explicitDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const date = parsePartialDate(value);
  if (!date) throw new IntakeError('BAD_DATE', `${name}: published date '${value}' is not YYYY-MM-DD, YYYY-MM or YYYY`);
  return date;
}

/** One article per non-blank line; a bad line fails alone. The line's UTF-8 bytes are its content hash. */
function parseJsonLines(text: string, name: string, published: string | undefined): IntakeResult[] {
  const encoder = new TextEncoder();
  const results: IntakeResult[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const key = articleKey(name, index + 1);
    try {
      results.push({
        file: key,
        article: toArticle(parseJsonArticle(line, key), key, encoder.encode(line), published),
      });
    } catch (err) {
      results.push(intakeFailure(key, err));
    }
  });
  return results;
}

function toArticle(draft: ArticleDraft, key: string, source: Uint8Array, explicit: string | undefined): Article {
  const published = explicit ?? normalizeDocumentDate(draft.published);
  return {
    key,
    text: draft.text,
    ...(draft.title && { title: draft.title }),
    ...(published && { published }),
    ...(draft.url && { url: draft.url }),
    contentHash: contentHash(source),
  };
}
