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
