import { describe, TYPE_LABELS, type TimelineRow } from './data.ts';
import { h, s } from './dom.ts';

const ROW_HEIGHT = 40;
/** Rows rendered above and below the visible window of the list, so fast scrolling shows no blank rows. */
const OVERSCAN = 10;
const CHART_WIDTH = 1000;
const CHART_HEIGHT = 90;
const DAY_MS = 86_400_000;
/** Keyboard brush: arrows move the selection this many histogram buckets; Shift+arrows move its end instead. */
const KEY_STEP_BUCKETS = 1;

/** Corroborating reports of one real-world happening, shown as one row with their count. */
export interface Happening {
  key: string;
  rows: TimelineRow[];
  first: TimelineRow;
}

export function groupByHappening(rows: TimelineRow[]): Happening[] {
  const groups = new Map<string, TimelineRow[]>();
  for (const r of rows) {
    const g = groups.get(r.happeningKey);
    if (g) g.push(r);
    else groups.set(r.happeningKey, [r]);
  }
  // Rows arrive sorted by date (undated last), so each group's first row is its earliest report.
  return [...groups].map(([key, list]) => ({ key, rows: list, first: list[0]! }));
}

const dayOf = (date: string) => Date.parse(`${date}${'-01-01'.slice(date.length - 4)}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const BRUSH_HELP =
  'Events per day; drag, or use the arrow keys (Shift+arrows to widen) and Enter, to pick a date range (the Since and Until fields do the same)';

/** A day histogram of the events with a brush: drag across it to set the date range. */
function histogram(rows: TimelineRow[], setRange: (since: string, until: string) => void): SVGElement {
  const days = rows.flatMap((r) => (r.occurredOn ? [dayOf(r.occurredOn)] : [])).filter((d) => !Number.isNaN(d));
  const svg = s('svg', {
    class: 'histogram',
    viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`,
    preserveAspectRatio: 'none',
    role: 'group',
    tabindex: 0,
    'aria-label': BRUSH_HELP,
  });
  if (!days.length) return svg;
  const min = Math.min(...days);
  const max = Math.max(...days) + DAY_MS;
  const span = max - min;
  const buckets = Math.max(1, Math.min(CHART_WIDTH / 4, Math.round(span / DAY_MS)));
  const counts = new Array<number>(buckets).fill(0);
  for (const d of days) counts[Math.min(buckets - 1, Math.floor(((d - min) / span) * buckets))]!++;
  const top = Math.max(...counts);
  const w = CHART_WIDTH / buckets;
  counts.forEach((n, i) => {
    if (!n) return;
    const bh = (n / top) * (CHART_HEIGHT - 6);
    svg.append(
      s('rect', { class: 'bar', x: i * w + 0.5, y: CHART_HEIGHT - bh, width: Math.max(1, w - 1), height: bh }),
    );
  });
  const brush = s('rect', { class: 'brush', y: 0, height: CHART_HEIGHT, width: 0, x: 0 });
  svg.append(brush);
  const toX = (ev: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return Math.max(0, Math.min(CHART_WIDTH, ((ev.clientX - box.left) / box.width) * CHART_WIDTH));
  };
  let start: number | undefined;
  svg.addEventListener('pointerdown', (ev) => {
    start = toX(ev);
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener('pointermove', (ev) => {
    if (start === undefined) return;
    const x = toX(ev);
    brush.setAttribute('x', String(Math.min(start, x)));
    brush.setAttribute('width', String(Math.abs(x - start)));
  });
  svg.addEventListener('pointerup', (ev) => {
    if (start === undefined) return;
    const [a, b] = [start, toX(ev)].sort((p, q) => p - q) as [number, number];
    start = undefined;
    const at = (x: number) => isoDay(min + (x / CHART_WIDTH) * span);
    setRange(at(a), at(Math.max(a, b - 1)));
  });
  // The keyboard brush: a selection of whole buckets, [from, to), moved with the arrows and applied with Enter.
  let keyFrom = 0;
  let keyTo = buckets;
  const showKeyBrush = () => {
    brush.setAttribute('x', String(keyFrom * w));
    brush.setAttribute('width', String((keyTo - keyFrom) * w));
    svg.setAttribute('aria-label', `${BRUSH_HELP}. Selected: ${keyRange().join(' to ')}`);
  };
  const keyRange = () => [isoDay(min + (keyFrom / buckets) * span), isoDay(min + (keyTo / buckets) * span - 1)];
  svg.addEventListener('keydown', (ev) => {
    const step = ev.key === 'ArrowLeft' ? -KEY_STEP_BUCKETS : ev.key === 'ArrowRight' ? KEY_STEP_BUCKETS : 0;
    if (ev.key === 'Enter') {
      const [since, until] = keyRange() as [string, string];
      setRange(since, until);
    } else if (step && ev.shiftKey) {
      keyTo = Math.max(keyFrom + 1, Math.min(buckets, keyTo + step));
    } else if (step) {
      // Arrows shrink a full selection to one bucket first, then slide it.
      if (keyTo - keyFrom === buckets) keyTo = keyFrom + 1;
      const width = keyTo - keyFrom;
      keyFrom = Math.max(0, Math.min(buckets - width, keyFrom + step));
      keyTo = keyFrom + width;
    } else return;
    ev.preventDefault();
    showKeyBrush();
  });
  return svg;
}

/** A list that renders only the rows in view: 10,000 happenings cost as little as 20. */
function virtualList(items: Happening[], showEvidence: (id: string) => void): HTMLElement {
  const list = h('ul', { class: 'vlist', 'aria-label': `${items.length} happenings`, tabindex: 0 });
  const spacer = h('li', {
    'aria-hidden': 'true',
    style: `height:${items.length * ROW_HEIGHT}px;visibility:hidden;border:0`,
  });
  const draw = () => {
    const from = Math.max(0, Math.floor(list.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const to = Math.min(items.length, Math.ceil((list.scrollTop + list.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const rows: HTMLElement[] = [spacer];
    for (let i = from; i < to; i++) {
      const g = items[i]!;
      rows.push(
        h(
          'li',
          { style: `top:${i * ROW_HEIGHT}px`, 'data-happening': g.key },
          h('span', { class: 'date' }, g.first.occurredOn ?? 'undated'),
          h('span', { class: `kind t-${g.first.type}` }, TYPE_LABELS[g.first.type] ?? g.first.type),
          h('button', { type: 'button', onclick: () => showEvidence(g.first.id) }, describe(g.first)),
          h(
            'span',
            { class: 'count', title: 'reports of this happening' },
            `${g.rows.length} ${g.rows.length === 1 ? 'report' : 'reports'}`,
          ),
        ),
      );
    }
    list.replaceChildren(...rows);
  };
  list.addEventListener('scroll', () => requestAnimationFrame(draw), { passive: true });
  // First draw once the list is in the document and has a height.
  requestAnimationFrame(draw);
  queueMicrotask(draw);
  return list;
}

/** The timeline view: histogram with brush, then happenings in date order with their report counts. */
export function renderTimeline(
  rows: TimelineRow[],
  setRange: (since: string, until: string) => void,
  showEvidence: (id: string) => void,
): HTMLElement {
  const happenings = groupByHappening(rows);
  return h(
    'section',
    { 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, `Timeline: ${rows.length} events, ${happenings.length} happenings`),
    histogram(rows, setRange),
    virtualList(happenings, showEvidence),
  );
}
