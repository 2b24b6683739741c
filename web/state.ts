/** The dashboard's state, all of it in the URL so that a view can be shared and restored. */
export const VIEWS = ['map', 'timeline', 'missions', 'entities', 'evidence', 'articles'] as const;
export type View = (typeof VIEWS)[number];

export interface Filters {
  type: string;
  actor: string;
  location: string;
  since: string;
  until: string;
}
export const FILTER_NAMES: Array<keyof Filters> = ['type', 'actor', 'location', 'since', 'until'];

export interface State {
  view: View;
  filters: Filters;
  /** The event shown in the evidence view. */
  event: string;
  /** Table sort: column and direction. */
  sort: string;
}

export function readState(search: string): State {
  const q = new URLSearchParams(search);
  const view = q.get('view') as View | null;
  const filters = {} as Filters;
  for (const f of FILTER_NAMES) filters[f] = q.get(f) ?? '';
  return {
    view: view && VIEWS.includes(view) ? view : 'map',
    filters,
    event: q.get('event') ?? '',
    sort: q.get('sort') ?? '',
  };
}

export function stateToSearch(state: State): string {
  const q = new URLSearchParams({ view: state.view });
  for (const f of FILTER_NAMES) if (state.filters[f]) q.set(f, state.filters[f]);
  if (state.event) q.set('event', state.event);
  if (state.sort) q.set('sort', state.sort);
  return `?${q}`;
}
