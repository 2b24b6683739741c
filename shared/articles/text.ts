import type { ArticleDraft } from './article.ts';

/** Plain text and Markdown: the text as is; the title is the first non-empty line without leading '#'s. */
export function parsePlainText(text: string): ArticleDraft {
  const title = firstLine(text);
  return title ? { text, title } : { text };
}

function firstLine(text: string): string | undefined {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text
      .slice(start, end)
      .replace(/^\s*#*/, '')
      .trim();
    if (line) return line;
    start = end + 1;
  }
  return undefined;
}
