import { IntakeError, type ArticleDraft } from './article.ts';

/** Body fields of a news-API style article, best first. */
const BODY_FIELDS = ['text', 'body', 'content', 'description'] as const;
const DATE_FIELDS = ['publishedAt', 'published_at', 'date', 'published'] as const;

/**
 * One news-API style article as JSON: `title`, a body (`text`, else `body`, `content`, `description`),
 * `url`, a date (`publishedAt`, `published_at`, `date`, `published`). The text is the title, a blank line
 * and the body, so the headline is part of the text (unless the body already starts with it).
 * Throws BAD_JSON (not JSON, or not an object) or NO_TEXT (no body field).
 */
export function parseJsonArticle(source: string, name: string): ArticleDraft {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : 'parse error';
    throw new IntakeError('BAD_JSON', `${name}: invalid JSON (${reason})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    throw new IntakeError('BAD_JSON', `${name}: expected one article as a JSON object, got ${what}`);
  }
  const record = value as Record<string, unknown>;
  const body = firstString(record, BODY_FIELDS);
  if (!body) {
    throw new IntakeError('NO_TEXT', `${name}: no article text (none of the fields ${BODY_FIELDS.join(', ')})`);
  }
  const title = firstString(record, ['title']);
  const published = firstString(record, DATE_FIELDS);
  const url = firstString(record, ['url']);
  return {
    text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body,
    ...(title && { title }),
    ...(published && { published }),
    ...(url && { url }),
  };
}

function firstString(record: Record<string, unknown>, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}
