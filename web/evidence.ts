import { describe, TYPE_LABELS, type TimelineRow } from './data.ts';
import { h } from './dom.ts';

interface ArticleText {
  key: string;
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
}

/**
 * The article text with the evidence span marked. Offsets come from the event; when they do not point at the
 * evidence (an article changed since), the first occurrence of the evidence text is marked instead.
 */
export function highlight(text: string, evidence: TimelineRow['evidence']): HTMLElement {
  let { start, end } = evidence;
  const probe = evidence.text.replace(/…$/, '');
  if (text.slice(start, start + probe.length) !== probe) {
    const found = text.indexOf(probe);
    if (found >= 0) [start, end] = [found, found + evidence.text.length];
  }
  const mark = h('mark', { id: 'evidence-mark' }, text.slice(start, end));
  return h(
    'div',
    { class: 'article-text', tabindex: 0, 'aria-label': 'Article text' },
    text.slice(0, start),
    mark,
    text.slice(end),
  );
}

/** The evidence view of one event: its article with the proving sentence marked, and the other reports of it. */
export function renderEvidence(id: string, all: TimelineRow[], showEvidence: (id: string) => void): HTMLElement {
  const row = all.find((r) => r.id === id);
  if (!row) {
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': 'evidence-title' },
      h('h2', { id: 'evidence-title' }, 'Evidence'),
      h(
        'p',
        { class: 'empty' },
        id ? `Event ${id} is not (or no longer) visible.` : 'Pick an event on the map or the timeline.',
      ),
    );
  }
  // Every field has its line from the start, each one line high, so the article's arrival moves nothing.
  const [title, url, published] = [h('dd', {}, PENDING), h('dd', {}, PENDING), h('dd', {}, row.published ?? PENDING)];
  const meta = h(
    'dl',
    { class: 'meta' },
    ...field('Event', `${TYPE_LABELS[row.type]}: ${describe(row)}`),
    ...field('Occurred', row.occurredOn ?? 'undated'),
    ...field('Key', row.articleKey),
    h('dt', {}, 'Title'),
    title,
    h('dt', {}, 'URL'),
    url,
    h('dt', {}, 'Published'),
    published,
  );
  // The evidence alone until the article arrives, in the same box as the article (no margin to lose on the swap).
  const body = h('div', {}, h('div', { class: 'article-text' }, h('mark', {}, row.evidence.text)));
  void fetch(`/article?key=${encodeURIComponent(row.articleKey)}`)
    .then(async (res) => {
      if (!res.ok) return;
      const a = (await res.json()) as ArticleText;
      fill(title, a.title ?? '—');
      fill(url, a.url ? h('a', { href: a.url, rel: 'noreferrer' }, a.url) : '—');
      fill(published, a.published ?? row.published ?? '—');
      body.replaceChildren(highlight(a.text, row.evidence));
    })
    .catch(() => undefined);
  const others = all.filter((r) => r.happeningKey === row.happeningKey && r.id !== row.id);
  return h(
    'div',
    { class: 'split' },
    h('section', { 'aria-labelledby': 'evidence-title' }, h('h2', { id: 'evidence-title' }, 'Evidence'), meta, body),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'others-title' },
      h('h2', { id: 'others-title' }, `Other reports of this happening (${others.length})`),
      h(
        'ul',
        { class: 'plain' },
        ...others.map((o) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', onclick: () => showEvidence(o.id) },
              `${o.articleKey}: ${o.evidence.text.slice(0, 80)}`,
            ),
          ),
        ),
      ),
    ),
  );
}

/** Shown in a field until the article's metadata has arrived. */
const PENDING = '…';

function field(label: string, value: Node | string): HTMLElement[] {
  const dd = h('dd', {});
  fill(dd, value);
  return [h('dt', {}, label), dd];
}

/** Sets a one-line field; its whole text is the tooltip, as a long value is cut with an ellipsis. */
function fill(dd: HTMLElement, value: Node | string): void {
  dd.replaceChildren(value);
  dd.title = dd.textContent ?? '';
}
