import type { ArticleRef } from '../events/contracts.ts';

/** An article after intake: decoded text plus the metadata the extractor and the event contracts need. */
export interface Article {
  /** Where the article came from: a path, `path#line` for JSONL, or an object key. */
  key: string;
  /** The article's full plain text; evidence offsets point into it. */
  text: string;
  title?: string;
  /** Publication date (`YYYY-MM-DD` or less precise), from an explicit option or the document's metadata. */
  published?: string;
  url?: string;
  /** sha256 hex of the article's source bytes: the identity that event ids derive from. */
  contentHash: string;
}

/** A clear, one-line failure of intake: never a stack trace. */
export class IntakeError extends Error {
  constructor(
    readonly code: IntakeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IntakeError';
  }
}

export type IntakeErrorCode =
  | 'NOT_FOUND'
  | 'NOT_A_FILE'
  | 'READ_FAILED'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'BAD_ENCODING'
  | 'UNSUPPORTED_FORMAT'
  | 'BAD_JSON'
  | 'NO_TEXT'
  | 'BAD_DATE';

/** An article's text and document metadata as a format reader found them, before dates are normalized. */
export interface ArticleDraft {
  text: string;
  title?: string;
  /** The document's publication date as written (normalized later; an unreadable one is ignored). */
  published?: string;
  url?: string;
}

/** One intake outcome: an article, or a one-line failure. A JSONL file yields one per non-blank line. */
export type IntakeResult =
  { file: string; article: Article } | { file: string; error: { code: IntakeErrorCode; message: string } };

/**
 * The longest title an article reference carries. A plain-text file's title is its first line, which can be the whole
 * text; every event repeats the reference, and an event must stay far below EventBridge's 256 KB entry limit.
 */
export const MAX_REF_TITLE_CHARS = 300;

/** The reference to an article that output lines and events carry: everything but the text and the hash. */
export function articleRef(article: Article): ArticleRef {
  const { key, published, title, url } = article;
  return {
    key,
    ...(published !== undefined && { published }),
    ...(title !== undefined && { title: shortTitle(title) }),
    ...(url !== undefined && { url }),
  };
}

/** A title cut at a word boundary before MAX_REF_TITLE_CHARS, with an ellipsis; short titles as they are. */
function shortTitle(title: string): string {
  if (title.length <= MAX_REF_TITLE_CHARS) return title;
  // Never half of a surrogate pair.
  const cut = title.slice(0, MAX_REF_TITLE_CHARS - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_REF_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
