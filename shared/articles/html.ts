import { Parser } from 'htmlparser2';
import { IntakeError, type ArticleDraft } from './article.ts';

/** Elements whose content is page furniture, not the article. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'template',
  'svg',
  'iframe',
]);

/** Elements that end a paragraph: the text on either side becomes separate paragraphs. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Meta keys (name, property or itemprop; lower-cased) that carry the publication date, best first. */
const PUBLISHED_KEYS = ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'date'];

/**
 * HTML → plain text and metadata. Scripts, styles, navigation, headers, footers, asides, forms and the like
 * are dropped; block elements become paragraphs separated by a blank line, `<br>` a line break; entities are
 * decoded. Title: og:title, else <title>, else the first <h1>. Published: the first meta in PUBLISHED_KEYS
 * order, else the first `<time datetime>`. URL: og:url, else `<link rel="canonical">`.
 * Throws NO_TEXT when nothing readable remains.
 */
export function parseHtml(html: string, name: string): ArticleDraft {
  const paragraphs: string[] = [];
  let lines: string[] = [''];
  const meta = new Map<string, string>();
  let canonical: string | undefined;
  let firstTime: string | undefined;
  let titleText: string | undefined;
  let h1Text: string | undefined;
  let depth = 0;
  let skipFrom = 0; // depth of the dropped element being skipped; 0 when not skipping
  let preDepth = 0;
  let inTitle = false;
  let inFirstH1 = false;

  const flush = (): void => {
    const paragraph = lines.map(collapse).filter(Boolean).join('\n');
    if (paragraph) paragraphs.push(paragraph);
    lines = [''];
  };
  const append = (text: string): void => {
    lines[lines.length - 1] += text;
  };

  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        depth++;
        if (!skipFrom && DROPPED.has(tag)) skipFrom = depth;
        collectMetadata(tag, attribs);
        if (skipFrom) return;
        if (BLOCKS.has(tag)) flush();
        if (tag === 'br') lines.push('');
        if (tag === 'pre') preDepth++;
        if (tag === 'title' && titleText === undefined) inTitle = true;
        if (tag === 'h1' && h1Text === undefined) inFirstH1 = true;
      },
      ontext(text) {
        if (skipFrom) return;
        if (inTitle) {
          titleText = (titleText ?? '') + text;
          return;
        }
        if (inFirstH1) h1Text = (h1Text ?? '') + text;
        if (!preDepth) return append(text);
        const [first = '', ...rest] = text.split('\n');
        append(first);
        lines.push(...rest);
      },
      onclosetag(tag) {
        if (!skipFrom) {
          if (BLOCKS.has(tag)) flush();
          if (tag === 'pre') preDepth--;
          if (tag === 'title') inTitle = false;
          if (tag === 'h1') inFirstH1 = false;
        }
        if (skipFrom === depth) skipFrom = 0;
        depth--;
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );

  function collectMetadata(tag: string, attribs: Record<string, string>): void {
    if (tag === 'meta' || (tag === 'time' && attribs.itemprop)) {
      const key = (attribs.property ?? attribs.name ?? attribs.itemprop)?.toLowerCase();
      const value = (attribs.content ?? attribs.datetime)?.trim();
      if (key && value && !meta.has(key)) meta.set(key, value);
    }
    if (tag === 'time' && attribs.datetime && firstTime === undefined) firstTime = attribs.datetime.trim();
    if (
      tag === 'link' &&
      canonical === undefined &&
      attribs.href &&
      /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '')
    ) {
      canonical = attribs.href.trim();
    }
  }

  parser.end(html);
  flush();
  const text = paragraphs.join('\n\n');
  if (!text) {
    throw new IntakeError(
      'NO_TEXT',
      `${name}: no readable text in the HTML (after dropping scripts, navigation and markup)`,
    );
  }
  const title = [meta.get('og:title'), titleText, h1Text].map((t) => (t ? collapse(t) : '')).find(Boolean);
  const published = PUBLISHED_KEYS.map((k) => meta.get(k)).find(Boolean) ?? firstTime;
  const url = meta.get('og:url') ?? canonical;
  return {
    text,
    ...(title && { title }),
    ...(published && { published }),
    ...(url && { url }),
  };
}

/** HTML whitespace rules: any run of spaces, tabs, newlines or no-break spaces is one space; ends trimmed. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
}
