import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { coordinates, describe, TYPE_LABELS, type Centroids, type MissionRow, type TimelineRow } from './data.ts';
import { h, s } from './dom.ts';

const WIDTH = 960;
const HEIGHT = 500;
/** Markers closer than this (in map units) merge into one cluster showing their count. */
const CLUSTER_CELL = 26;
const MARKER_RADIUS = 7;
/** Events and missions listed for one marker; a denser marker says how many more there are (the DOM stays small). */
const MAX_DETAILS = 100;

/** The first `MAX_DETAILS` items as list entries, then one entry counting the rest. */
function capped<T>(items: T[], entry: (item: T) => HTMLElement, more: string): HTMLElement[] {
  const shown = items.slice(0, MAX_DETAILS).map(entry);
  const rest = items.length - shown.length;
  return rest > 0 ? [...shown, h('li', { class: 'empty' }, `and ${rest.toLocaleString('en')} more ${more}`)] : shown;
}

let land: { d: string; projection: ReturnType<typeof geoNaturalEarth1> } | undefined;

/** The world outline, projected once. */
export async function loadWorld(): Promise<void> {
  const topology = (await (await fetch('/world.json')).json()) as Topology;
  const countries = feature(topology, topology.objects['countries']!) as unknown as FeatureCollection;
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], countries);
  land = { d: geoPath(projection)(countries) ?? '', projection };
}

interface Cluster {
  x: number;
  y: number;
  events: TimelineRow[];
  missions: MissionRow[];
}

/** Groups events and missions by projected position, on a grid of `CLUSTER_CELL`. */
function clusters(events: TimelineRow[], missions: MissionRow[], c: Centroids): Cluster[] {
  const byCell = new Map<string, Cluster>();
  const add = (place: Parameters<typeof coordinates>[0], put: (cl: Cluster) => void) => {
    const at = coordinates(place, c);
    const xy = at && land!.projection([at[1], at[0]]);
    if (!xy) return;
    const cell = `${Math.round(xy[0] / CLUSTER_CELL)}:${Math.round(xy[1] / CLUSTER_CELL)}`;
    let cl = byCell.get(cell);
    if (!cl) byCell.set(cell, (cl = { x: xy[0], y: xy[1], events: [], missions: [] }));
    put(cl);
  };
  for (const e of events) add(e.location, (cl) => cl.events.push(e));
  for (const m of missions) add(m.location, (cl) => cl.missions.push(m));
  return [...byCell.values()];
}

/** The map view: events at their coordinates (country centroid when the place is a country), clustered. */
export function renderMap(
  events: TimelineRow[],
  missions: MissionRow[],
  c: Centroids,
  showEvidence: (id: string) => void,
): HTMLElement {
  const details = h('section', { class: 'panel', 'aria-labelledby': 'details-title', id: 'map-details' });
  const showDetails = (cl: Cluster) => {
    details.replaceChildren(
      h('h2', { id: 'details-title' }, `${cl.events.length} ${cl.events.length === 1 ? 'event' : 'events'} here`),
      h(
        'ul',
        { class: 'plain' },
        ...capped(
          cl.events,
          (e) =>
            h(
              'li',
              {},
              h('span', { class: `kind t-${e.type}` }, `${TYPE_LABELS[e.type]} `),
              h(
                'button',
                { type: 'button', onclick: () => showEvidence(e.id) },
                `${e.occurredOn ?? 'undated'}: ${describe(e)}`,
              ),
            ),
          'events (narrow the filters, or see the timeline)',
        ),
      ),
      h('h2', {}, cl.missions.length ? 'Missions' : 'No missions here'),
      h(
        'ul',
        { class: 'plain' },
        ...capped(
          cl.missions,
          (m) =>
            h(
              'li',
              {},
              `${m.actor.name} → ${m.location.name}: ${m.status}`,
              m.personnel ? `, ${m.personnel} personnel` : '',
            ),
          'missions (see the missions table)',
        ),
      ),
    );
  };
  details.append(h('h2', { id: 'details-title' }, 'Details'), h('p', { class: 'empty' }, 'Select a marker.'));

  const svg = s('svg', {
    class: 'map',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'group',
    'aria-label': `World map with ${events.length} events`,
  });
  if (land) svg.append(s('path', { class: 'land', d: land.d, 'aria-hidden': 'true' }));
  for (const cl of land ? clusters(events, missions, c) : []) {
    if (!cl.events.length) continue;
    const types = new Set(cl.events.map((e) => e.type));
    const count = cl.events.length;
    const kind = types.size === 1 ? `t-${[...types][0]}` : 't-cluster';
    const r = count > 1 ? MARKER_RADIUS + 3 * Math.sqrt(count) : MARKER_RADIUS;
    const label = `${count} ${count === 1 ? 'event' : 'events'} at ${cl.events[0]!.location?.name ?? 'unknown'}`;
    const g = s(
      'g',
      { class: 'marker-group', tabindex: 0, role: 'button', 'aria-label': label, 'data-count': count },
      s('circle', { class: `marker ${kind}`, cx: cl.x, cy: cl.y, r }),
    );
    if (count > 1) g.append(s('text', { class: 'marker-label', x: cl.x, y: cl.y }, String(count)));
    g.addEventListener('click', () => showDetails(cl));
    g.addEventListener('keydown', (ev) => {
      const key = (ev as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        ev.preventDefault();
        showDetails(cl);
      }
    });
    svg.append(g);
  }
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    ...Object.entries(TYPE_LABELS).map(([t, l]) => h('li', { class: `t-${t}` }, l)),
    h('li', { class: 't-cluster', style: 'color: var(--cluster)' }, 'Mixed cluster'),
  );
  return h('div', { class: 'split' }, h('section', { 'aria-label': 'Map' }, svg, legend), details);
}
