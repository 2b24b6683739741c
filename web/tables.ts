import type { ArticleRow, EntityRow, MissionRow } from './data.ts';
import { h } from './dom.ts';

export interface Column<R> {
  id: string;
  label: string;
  value: (r: R) => string | number | null;
}

/**
 * A table sortable by any column: the header buttons toggle ascending/descending; `sort` is `column` or
 * `-column` (descending), kept in the URL by the caller.
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
    {},
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
  const body = sorted.map((r) => h('tr', {}, ...columns.map((c) => h('td', {}, String(c.value(r) ?? '—')))));
  return h(
    'div',
    { class: 'table-wrap' },
    h('table', {}, h('caption', { class: 'empty' }, caption), h('thead', {}, head), h('tbody', {}, ...body)),
  );
}

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
