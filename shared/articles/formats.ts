import { IntakeError } from './article.ts';

export type ArticleFormat = 'text' | 'html' | 'json' | 'jsonl';

const BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
};

/** The format of a file or object key, by its extension (case-insensitive). Throws UNSUPPORTED_FORMAT. */
export function formatOf(name: string): ArticleFormat {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot).toLowerCase() : '';
  const format = BY_EXTENSION[extension];
  if (!format) {
    const what = extension ? `unsupported format '${extension}'` : 'no file extension';
    throw new IntakeError('UNSUPPORTED_FORMAT', `${name}: ${what} (expected ${Object.keys(BY_EXTENSION).join(' ')})`);
  }
  return format;
}
