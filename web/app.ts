import {
  filterEntities,
  filterMissions,
  filterTimeline,
  loadCentroids,
  loadData,
  type Centroids,
  type Data,
} from './data.ts';
import { renderEvidence } from './evidence.ts';
import { acceptDrops, subscribe, upload } from './live.ts';
import { loadWorld, renderMap } from './map.ts';
import { FILTER_NAMES, readState, stateToSearch, type State, type View } from './state.ts';
import { ARTICLE_COLUMNS, ENTITY_COLUMNS, MISSION_COLUMNS, sortableTable } from './tables.ts';
import { renderTimeline } from './timeline.ts';

const main = document.getElementById('main')!;
const form = document.getElementById('filters') as HTMLFormElement;
const summary = document.getElementById('summary')!;
const marker = document.getElementById('new-marker') as HTMLButtonElement;
const status = document.getElementById('status')!;

let state: State = readState(location.search);
let data: Data = { timeline: [], missions: [], entities: [], articles: [] };
let centroids: Centroids = { byCode: {}, byName: {} };
let newCount = 0;
/** Times the read models were loaded: `main[data-loads]` tells a reader (and the tests) that new data is drawn. */
let loads = 0;

function navigate(next: Partial<State>): void {
  state = { ...state, ...next };
  history.pushState(null, '', stateToSearch(state));
  render();
}

const showEvidence = (id: string) => navigate({ view: 'evidence', event: id });
const setRange = (since: string, until: string) => navigate({ filters: { ...state.filters, since, until } });
const setSort = (sort: string) => navigate({ sort });

/** The view's scrolling lists (timeline list, tables), whose positions a live update keeps. */
const SCROLLERS = '.vlist, .table-wrap';

/**
 * Draws the current view from the loaded data; filtering happens here, in memory. With `keepScroll` (new data for
 * the same view) the lists stay where the reader had scrolled them.
 */
function render({ keepScroll = false } = {}): void {
  for (const f of FILTER_NAMES) {
    const input = form.elements.namedItem(f) as HTMLInputElement | HTMLSelectElement;
    if (input.value !== state.filters[f]) input.value = state.filters[f];
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#tabs a')) {
    if (a.dataset['view'] === state.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const events = filterTimeline(data.timeline, state.filters, centroids);
  const missions = filterMissions(data.missions, state.filters, centroids);
  const entities = filterEntities(data.entities, state.filters);
  summary.textContent = `${events.length} events · ${missions.length} missions · ${entities.length} entities`;
  const views: Record<View, () => HTMLElement> = {
    map: () => renderMap(events, missions, centroids, showEvidence),
    timeline: () => renderTimeline(events, setRange, showEvidence),
    missions: () => sortableTable('Missions', MISSION_COLUMNS, missions, state.sort, setSort),
    entities: () => sortableTable('Dissolved entities', ENTITY_COLUMNS, entities, state.sort, setSort),
    evidence: () => renderEvidence(state.event, data.timeline, showEvidence),
    articles: () =>
      sortableTable(
        `Articles: ${data.articles.filter((a) => a.status === 'failed').length} failed of ${data.articles.length}`,
        ARTICLE_COLUMNS,
        data.articles,
        state.sort,
        setSort,
      ),
  };
  const scrolled = keepScroll ? [...main.querySelectorAll<HTMLElement>(SCROLLERS)].map((el) => el.scrollTop) : [];
  main.replaceChildren(views[state.view]());
  // After the lists' first draw (a microtask queued when they were built), when they have their full height.
  if (scrolled.some(Boolean)) {
    queueMicrotask(() =>
      main.querySelectorAll<HTMLElement>(SCROLLERS).forEach((el, i) => {
        if (scrolled[i]) el.scrollTop = scrolled[i];
      }),
    );
  }
  document.title = `Sitrep · ${state.view}`;
  main.dataset['ready'] = 'true';
}

async function reload(): Promise<void> {
  data = await loadData();
  render({ keepScroll: true });
  main.dataset['loads'] = String(++loads);
}

form.addEventListener('input', () => {
  const filters = { ...state.filters };
  for (const f of FILTER_NAMES) {
    const input = form.elements.namedItem(f) as HTMLInputElement | HTMLSelectElement;
    if (input.checkValidity()) filters[f] = input.value.trim();
  }
  state = { ...state, filters };
  history.replaceState(null, '', stateToSearch(state));
  render();
});
form.addEventListener('reset', (e) => {
  e.preventDefault();
  navigate({ filters: { type: '', actor: '', location: '', since: '', until: '' } });
});
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('tabs')!.addEventListener('click', (e) => {
  const a = (e.target as Element).closest('a');
  if (!a) return;
  e.preventDefault();
  navigate({ view: a.dataset['view'] as View, sort: '' });
});
window.addEventListener('popstate', () => {
  state = readState(location.search);
  render();
});
marker.addEventListener('click', () => {
  newCount = 0;
  marker.hidden = true;
  navigate({ view: 'timeline' });
});
const report = (message: string) => (status.textContent = message);
document.getElementById('upload')!.addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  if (input.files) void upload(input.files, report);
});
acceptDrops(report);

const started = performance.now();
[centroids] = await Promise.all([loadCentroids(), loadWorld()]);
await reload();
performance.mark('sitrep:first-render', { detail: { sinceScriptMs: performance.now() - started } });
subscribe(
  (n) => {
    if (!n) return;
    newCount += n;
    marker.textContent = `${newCount} new`;
    marker.hidden = false;
  },
  () => void reload(),
);
