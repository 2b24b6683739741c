/** Article intake: files or bytes in, decoded articles with metadata out. Pure except readArticleFile. */
export { articleRef, IntakeError, type Article, type IntakeErrorCode, type IntakeResult } from './article.ts';
export { normalizeDocumentDate, parsePartialDate } from './dates.ts';
export { DEFAULT_MAX_BYTES } from './limits.ts';
export { parseArticleBytes, type IntakeOptions } from './parse.ts';
export { readArticleFile } from './read.ts';
