// `npm run bench` (dashboard part): the dashboard in headless Chromium with 2,000 articles' read models — first render
// and filter changes — then 10,000 timeline events and 1,000 missions. Written to the `dashboard` section.
//
// The read models are seeded without DynamoDB: the articles go through the pipeline's own ingest code
// (`ingestObject`: intake, extraction, records) into in-memory stores, and the resulting log events are projected by
// `InMemoryReadModelStore` (rows identical to the DynamoDB store's). Ingesting 2,000 articles through the embedded
// DynamoDB takes minutes on this machine (see the pipeline section) and does not change what the page receives.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startApi } from '../infra/local/api.ts';
import { startRuntime } from '../infra/local/runtime.ts';
import type { LogEvent } from '../shared/events/envelope.ts';
import { ingestObject } from '../shared/pipeline/ingest.ts';
import { InMemoryReadModelStore } from '../shared/projections/in-memory-store.ts';
import type { MissionRow, TimelineRow } from '../shared/projections/rows.ts';
import type { AppendOutcome, Commit, EventStore, ObjectStore, StoredObject } from '../shared/ports.ts';
import { HAS_CHROMIUM, launchChromium, NO_CHROMIUM, openView } from '../tests/e2e/helpers/browser.ts';
import { inflate, SCALE_MISSIONS, SCALE_TIMELINE_EVENTS } from '../tests/e2e/helpers/dashboard-rows.ts';
import { loadCorpus } from './corpus.ts';
import { median } from './measure.ts';
import { writeSection } from './sections.ts';

const ARTICLES = 2_000;
const RUNS = 5;
const DAY_MS = 86_400_000;
const FIRST_PUBLISHED = Date.UTC(2024, 0, 1);
const BENCHMARKS_MD = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

/** Just enough of an object and event store, in memory, for `ingestObject` on fresh keys. */
function memoryStores(): { objects: ObjectStore; store: EventStore; events: LogEvent[] } {
  const blobs = new Map<string, StoredObject>();
  const streams = new Map<string, Commit[]>();
  const events: LogEvent[] = [];
  let position = 0;
  const objects: ObjectStore = {
    get: async (_b, key) => blobs.get(key),
    put: async (_b, key, bytes, opts) => {
      blobs.set(key, { bytes, etag: `e${blobs.size}`, metadata: opts?.metadata ?? {} });
      return { etag: `e${blobs.size}` };
    },
    delete: async (_b, key) => void blobs.delete(key),
    list: async function* () {},
  };
  const store: EventStore = {
    head: async (s) => streams.get(s)?.at(-1),
    readStream: async (s) => streams.get(s) ?? [],
    append: async (c): Promise<AppendOutcome> => {
      const commit = { ...c, position: String(++position).padStart(12, '0') };
      streams.set(c.stream, [...(streams.get(c.stream) ?? []), commit]);
      events.push(...commit.events);
      return { status: 'appended', commit };
    },
    readAll: async function* () {},
    pending: async () => [],
    markPublished: async () => undefined,
  };
  return { objects, store, events };
}

async function seed(): Promise<{ readModels: InMemoryReadModelStore; source: string; events: number }> {
  const { source, docs } = loadCorpus();
  const { objects, store, events } = memoryStores();
  for (let i = 0; i < ARTICLES; i++) {
    const doc = docs[i % docs.length]!;
    const key = `a${i}-${doc.name}`;
    const published = new Date(FIRST_PUBLISHED + (i % 365) * DAY_MS).toISOString().slice(0, 10);
    await objects.put('bench', key, doc.bytes, { metadata: { published } });
    await ingestObject({ objects, store }, { bucket: 'bench', key });
  }
  const readModels = new InMemoryReadModelStore();
  await readModels.apply(events);
  return { readModels, source, events: events.length };
}

/** Navigation start → the first view drawn with its data (the page's `sitrep:first-render` mark), median of runs. */
async function firstRender(page: Page, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await openView(page, url);
    times.push(await page.evaluate(() => performance.getEntriesByName('sitrep:first-render')[0]!.startTime));
  }
  return median(times);
}

/** A filter change until the next frame has been painted, median over the given type values. */
async function filterChange(page: Page): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const type of ['DeploymentAnnounced', 'WithdrawalBegun', '']) {
      times.push(
        await page.evaluate(async (value) => {
          const select = document.querySelector<HTMLSelectElement>('#filters select[name=type]')!;
          const start = performance.now();
          select.value = value;
          select.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - start;
        }, type),
      );
    }
  }
  return median(times);
}

if (!HAS_CHROMIUM) {
  process.stdout.write(`dashboard bench skipped: ${NO_CHROMIUM}\n`);
} else {
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  const seeded = await seed();
  const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-bench-dashboard-'));
  const runtime = await startRuntime({ dataDir });
  const api = await startApi({
    readModels: seeded.readModels,
    bus: runtime.bus,
    status: () => runtime.status(),
    dashboard: { objects: runtime.objects, bucket: runtime.bucket },
  });
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    const [timeline, missions] = await Promise.all([
      seeded.readModels.query('timeline') as Promise<TimelineRow[]>,
      seeded.readModels.query('missions') as Promise<MissionRow[]>,
    ]);
    const results: Array<[string, number, number]> = [];
    for (const view of ['map', 'timeline']) {
      const first = await firstRender(page, `${api.url}/?view=${view}`);
      results.push([`${view}, ${timeline.length.toLocaleString('en-US')} events`, first, await filterChange(page)]);
    }
    // Larger than the corpus gives: the page receives inflated copies of the same rows.
    await page.route('**/timeline', (r) => r.fulfill({ json: inflate(timeline, SCALE_TIMELINE_EVENTS, 'id') }));
    await page.route('**/missions', (r) => r.fulfill({ json: inflate(missions, SCALE_MISSIONS, 'key') }));
    for (const view of ['timeline', 'missions', 'map']) {
      const first = await firstRender(page, `${api.url}/?view=${view}`);
      results.push([`${view}, 10,000 events and 1,000 missions`, first, await filterChange(page)]);
    }
    const ms = (x: number) => x.toFixed(0);
    // Other jobs on the machine slow a browser a lot: the load when measured says how far to trust the numbers.
    const load = `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores when measured`;
    const section = `## Dashboard in headless Chromium

Generated by \`npm run bench\` (bench/dashboard.ts) on ${new Date().toISOString().slice(0, 10)}, same machine as above.
${ARTICLES.toLocaleString('en-US')} articles (${seeded.source} repeated, published dates spread over 2024) ingested by the pipeline's
ingest code into in-memory stores and projected by \`InMemoryReadModelStore\` (same rows as DynamoDB; seeding through the
embedded DynamoDB would take minutes): ${seeded.events.toLocaleString('en-US')} log events, ${timeline.length.toLocaleString('en-US')} timeline rows,
${missions.length.toLocaleString('en-US')} missions. The page is served by \`sitrep dev\`'s API server; Debian Chromium, 1280×800; ${load}.
First render: navigation start → the view drawn with all read models loaded (median of ${RUNS}). Filter change: the type
select changed → the next frame painted (median of ${RUNS * 3}). Targets: first render ≤ 1,500 ms, filter change ≤ 200 ms.

| View and data | First render (ms) | Filter change (ms) |
| --- | ---: | ---: |
${results.map(([what, first, filter]) => `| ${what} | ${ms(first)} | ${ms(filter)} |`).join('\n')}
`;
    writeSection(BENCHMARKS_MD, 'dashboard', section);
    process.stdout.write(`${section}\nwrote the 'dashboard' section of BENCHMARKS.md\n`);
  } finally {
    await chromium.close();
    await api.close();
    await runtime.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
