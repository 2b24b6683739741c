import type { ArticleRow, EntityRow, MissionRow } from './data.ts';
import { h } from './dom.ts';

export interface Column<R> {
  id: string;
  label: string;
  value: (r: R) => string | number | null;
}

/** Rows drawn above and below the visible ones, so fast scrolling shows no blank rows. */
const OVERSCAN = 10;
/** Row height before the first row is measured (CSS fixes every row's height: `.table-wrap td`). */
const DEFAULT_ROW_HEIGHT = 33;
/** Height assumed for the scroll box before it is laid out. */
const DEFAULT_VIEW_HEIGHT = 540;

/**
 * A table sortable by any column: the header buttons toggle ascending/descending; `sort` is `column` or
 * `-column` (descending), kept in the URL by the caller. Virtualised: only the rows in view (and `OVERSCAN` more
 * each side) are in the DOM; padding stands in for the others, so 1,000 missions cost as little as 20.
 */
export function sortableTable<R>(
  caption: string,
  columns: Column<R>[],
  rows: R[],
  sort: string,
  setSort: (sort: string) => void,
): HTMLElement {
  const descending = sort.startsWith('-');
  const column = columns.find((c) => c.id === sort.replace(/^-/, ''));
  const sorted = column
    ? [...rows].sort((a, b) => compare(column.value(a), column.value(b)) * (descending ? -1 : 1))
    : rows;
  const head = h(
    'tr',
    { 'aria-rowindex': 1 },
    ...columns.map((c) =>
      h(
        'th',
        { scope: 'col', 'aria-sort': column === c ? (descending ? 'descending' : 'ascending') : 'none' },
        h(
          'button',
          { type: 'button', onclick: () => setSort(column === c && !descending ? `-${c.id}` : c.id) },
          c.label,
        ),
      ),
    ),
  );
  const body = h('tbody');
  const table = h(
    'table',
    { 'aria-rowcount': sorted.length + 1 },
    h('caption', { class: 'empty' }, caption),
    h('thead', {}, head),
    body,
  );
  const pad = h('div', {}, table);
  const wrap = h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption }, pad);
  let rowHeight = DEFAULT_ROW_HEIGHT;
  let measured = false;
  const draw = () => {
    const view = wrap.clientHeight || DEFAULT_VIEW_HEIGHT;
    const from = Math.max(0, Math.floor(wrap.scrollTop / rowHeight) - OVERSCAN);
    const to = Math.min(sorted.length, Math.ceil((wrap.scrollTop + view) / rowHeight) + OVERSCAN);
    const drawn: HTMLElement[] = [];
    for (let i = from; i < to; i++) {
      const r = sorted[i]!;
      drawn.push(
        h(
          'tr',
          { 'aria-rowindex': i + 2 },
          ...columns.map((c) => {
            const text = String(c.value(r) ?? '—');
            return h('td', { title: text.length > TITLE_AFTER_CHARS ? text : undefined }, text);
          }),
        ),
      );
    }
    body.replaceChildren(...drawn);
    pad.style.paddingTop = `${from * rowHeight}px`;
    pad.style.paddingBottom = `${(sorted.length - to) * rowHeight}px`;
    const first = body.rows[0];
    if (!measured && first && wrap.isConnected) {
      measured = true;
      const actual = first.getBoundingClientRect().height;
      if (actual > 0 && actual !== rowHeight) {
        rowHeight = actual;
        draw();
      }
    }
  };
  wrap.addEventListener('scroll', () => requestAnimationFrame(draw), { passive: true });
  draw();
  // Again once the table is in the document, with its real height and row height.
  queueMicrotask(draw);
  return wrap;
}

/** Cells longer than this show their whole text as a tooltip (cells never wrap: rows keep one height). */
const TITLE_AFTER_CHARS = 40;

/** Nulls last; numbers numerically; strings by code unit (dates sort chronologically). */
function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export const MISSION_COLUMNS: Column<MissionRow>[] = [
  { id: 'actor', label: 'Actor', value: (r) => r.actor.name },
  { id: 'location', label: 'Location', value: (r) => r.location.name },
  { id: 'status', label: 'Status', value: (r) => r.status },
  { id: 'personnel', label: 'Personnel', value: (r) => r.personnel },
  { id: 'announced', label: 'Announced', value: (r) => r.announcedOn },
  { id: 'withdrawal', label: 'Withdrawal begun', value: (r) => r.withdrawalBegunOn },
  { id: 'sources', label: 'Sources', value: (r) => r.sourceCount },
  { id: 'publishers', label: 'Publishers', value: (r) => r.publisherCount },
];

export const ENTITY_COLUMNS: Column<EntityRow>[] = [
  { id: 'name', label: 'Entity', value: (r) => r.name },
  { id: 'kind', label: 'Kind', value: (r) => r.kind },
  { id: 'status', label: 'Status', value: (r) => r.status },
  { id: 'decided', label: 'Decided', value: (r) => r.decidedOn },
  { id: 'effective', label: 'Effective', value: (r) => r.effectiveOn },
  { id: 'occurred', label: 'Occurred', value: (r) => r.occurredOn },
  { id: 'sources', label: 'Sources', value: (r) => r.sourceCount },
  { id: 'publishers', label: 'Publishers', value: (r) => r.publisherCount },
];

export const ARTICLE_COLUMNS: Column<ArticleRow>[] = [
  { id: 'key', label: 'Key', value: (r) => r.key },
  { id: 'status', label: 'Status', value: (r) => r.status },
  { id: 'events', label: 'Events', value: (r) => r.eventCount },
  { id: 'code', label: 'Error code', value: (r) => r.error?.code ?? null },
  { id: 'message', label: 'Error message', value: (r) => r.error?.message ?? null },
  { id: 'title', label: 'Title', value: (r) => r.title },
  { id: 'published', label: 'Published', value: (r) => r.published },
];
