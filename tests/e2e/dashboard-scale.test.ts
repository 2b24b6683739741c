/**
 * The dashboard at scale and as data arrives, in Chromium: 10,000 timeline events and 1,000 missions (copies of the
 * examples' rows, as `npm run bench` makes them) keep the DOM small, scroll to the last row and filter; and the page
 * does not jump (layout shift) while it loads or while live events come in. Behaviour and DOM counts only: speed is
 * measured by `npm run bench`. Skipped (with the reason printed) where Chromium is not installed.
 */
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MissionRow, TimelineRow } from '../../shared/projections/rows.ts';
import { HAS_CHROMIUM, NO_CHROMIUM, openView } from './helpers/browser.ts';
import { getJson, STORIES } from './helpers/cli.ts';
import { startExamplesDashboard, type ExamplesDashboard } from './helpers/dashboard-dev.ts';
import { inflate, SCALE_MISSIONS, SCALE_TIMELINE_EVENTS } from './helpers/dashboard-rows.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';
if (!HAS_CHROMIUM) console.warn(`dashboard scale e2e: ${NO_CHROMIUM}`);

/** Rows a virtualised list may hold at 1280×800: those in view plus the overscan, far below the data's size. */
const MAX_DOM_ROWS = 80;
/** Web Vitals' bound for a "good" cumulative layout shift; the sum of every shift here, not just the worst window. */
const MAX_LAYOUT_SHIFT = 0.1;
const VIEWS = ['map', 'timeline', 'missions', 'entities', 'evidence', 'articles'];
const LIVE_TIMEOUT_MS = 20_000;

describe.skipIf(!HAS_CHROMIUM)('the dashboard at scale and as data arrives', () => {
  let dash: ExamplesDashboard;
  let url: string;

  beforeAll(async () => {
    dash = await startExamplesDashboard();
    url = dash.dev.apiUrl;
  }, 90_000);
  afterAll(async () => {
    await dash?.stop();
  });

  describe('10,000 timeline events and 1,000 missions', () => {
    let page: Page;
    let events: TimelineRow[];
    let missions: MissionRow[];

    beforeAll(async () => {
      events = inflate(await getJson<TimelineRow[]>(`${url}/timeline`), SCALE_TIMELINE_EVENTS, 'id');
      missions = inflate(await getJson<MissionRow[]>(`${url}/missions`), SCALE_MISSIONS, 'key');
      page = await dash.context.newPage();
      await page.route('**/timeline', (r) => r.fulfill({ json: events }));
      await page.route('**/missions', (r) => r.fulfill({ json: missions }));
    });
    afterAll(async () => {
      await page?.close();
    });

    it('holds only the timeline rows in view, shows later ones on scrolling, and applies a filter', async () => {
      await openView(page, `${url}/?view=timeline`);
      const rows = page.locator('[data-happening]');
      expect(await page.locator('.vlist').getAttribute('aria-label')).toBe(`${SCALE_TIMELINE_EVENTS} happenings`);
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.count()).toBeLessThanOrEqual(MAX_DOM_ROWS);
      const last = `h${SCALE_TIMELINE_EVENTS - 1}`;
      expect(await page.locator(`[data-happening="${last}"]`).count()).toBe(0);
      await page.locator('.vlist').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect.poll(() => page.locator(`[data-happening="${last}"]`).count()).toBe(1);
      expect(await page.locator(`[data-happening="${last}"]`).isVisible()).toBe(true);
      expect(await rows.count()).toBeLessThanOrEqual(MAX_DOM_ROWS);

      const withdrawals = events.filter((e) => e.type === 'WithdrawalBegun').length;
      expect(withdrawals).toBeGreaterThan(0);
      await page.selectOption('#filters select[name=type]', 'WithdrawalBegun');
      await expect.poll(() => page.locator('.vlist').getAttribute('aria-label')).toBe(`${withdrawals} happenings`);
      expect(new URL(page.url()).searchParams.get('type')).toBe('WithdrawalBegun');
      expect(await rows.count()).toBeLessThanOrEqual(MAX_DOM_ROWS);
      await expect.poll(() => rows.first().textContent()).toContain('Withdrawal');
    });

    it('holds only the mission rows in view, shows the last one on scrolling, and applies a filter', async () => {
      await openView(page, `${url}/?view=missions`);
      const rows = page.locator('.table-wrap tbody tr');
      expect(await page.locator('.table-wrap table').getAttribute('aria-rowcount')).toBe(String(SCALE_MISSIONS + 1));
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.count()).toBeLessThanOrEqual(MAX_DOM_ROWS);
      const lastIndex = String(SCALE_MISSIONS + 1);
      await page.locator('.table-wrap').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect.poll(() => page.locator(`tbody tr[aria-rowindex="${lastIndex}"]`).count()).toBe(1);
      expect(await page.locator(`tbody tr[aria-rowindex="${lastIndex}"]`).isVisible()).toBe(true);
      expect(await rows.count()).toBeLessThanOrEqual(MAX_DOM_ROWS);

      const actor = missions[0]!.actor.name;
      const ofActor = missions.filter((m) => m.actor.name === actor).length;
      expect(ofActor).toBeLessThan(SCALE_MISSIONS);
      await page.fill('#filters input[name=actor]', actor);
      await expect
        .poll(() => page.locator('.table-wrap table').getAttribute('aria-rowcount'))
        .toBe(String(ofActor + 1));
      const actors = await rows.evaluateAll((trs) => trs.map((tr) => tr.firstElementChild?.textContent));
      expect(new Set(actors)).toEqual(new Set([actor]));
    });

    it("keeps the reader's place in the list when live events arrive", async () => {
      await openView(page, `${url}/?view=timeline`);
      const list = page.locator('.vlist');
      const middle = await list.evaluate((el) => {
        el.scrollTo({ top: el.scrollHeight / 2 });
        return el.scrollTop;
      });
      expect(middle).toBeGreaterThan(0);
      const shown = () => page.$$eval('[data-happening]', (lis) => lis.map((li) => li.getAttribute('data-happening')));
      await expect.poll(async () => (await shown()).includes('h0')).toBe(false);
      const before = await shown();
      const loads = await page.getAttribute('main', 'data-loads');
      const key = 'live-scroll.txt';
      await dash.s3.send(new PutObjectCommand({ Bucket: dash.dev.bucket, Key: key, Body: STORIES['deploy.txt'] }));
      await expect.poll(() => page.getAttribute('main', 'data-loads'), { timeout: LIVE_TIMEOUT_MS }).not.toBe(loads);
      await expect.poll(shown).toEqual(before);
      expect(await list.evaluate((el) => el.scrollTop)).toBe(middle);
      await dash.s3.send(new DeleteObjectCommand({ Bucket: dash.dev.bucket, Key: key }));
    });

    it('draws the events on the map as a bounded number of counted markers, details capped', async () => {
      await openView(page, `${url}/?view=map`);
      const markers = page.locator('.marker-group');
      const places = new Set(events.map((e) => `${e.location?.name}|${e.location?.code}`));
      expect(await markers.count()).toBeGreaterThan(0);
      expect(await markers.count()).toBeLessThanOrEqual(places.size);
      const counts = await markers.evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-count'))));
      const biggest = counts.indexOf(Math.max(...counts));
      expect(counts[biggest]).toBeGreaterThan(MAX_DOM_ROWS);
      await markers.nth(biggest).press('Enter');
      await expect.poll(() => page.locator('#map-details li').count()).toBeGreaterThan(0);
      expect(await page.locator('#map-details li').count()).toBeLessThan(counts[biggest]!);
      expect(await page.locator('#map-details').textContent()).toMatch(/and [\d,]+ more events/);
    });
  });

  describe('layout stability', () => {
    let page: Page;

    /** Sums every layout shift not caused by the user's own input (the Layout Instability API), from page start. */
    const recordShifts = (p: Page) =>
      p.addInitScript(() => {
        const w = window as unknown as { layoutShift: number; shifts: string[] };
        w.layoutShift = 0;
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<
            PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }
          >) {
            if (e.hadRecentInput) continue;
            w.layoutShift += e.value;
            const nodes = (e.sources ?? []).map((s) => {
              const el = s.node as Element | undefined;
              return el
                ? `${el.nodeName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className)}` : ''}`
                : '?';
            });
            w.shifts.push(`${e.value.toFixed(4)} ${nodes.join(' ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
    const shifts = (p: Page) =>
      p.evaluate(() => {
        const w = window as unknown as { layoutShift: number; shifts: string[] };
        return { total: w.layoutShift, entries: w.shifts };
      });

    beforeAll(async () => {
      page = await dash.context.newPage();
      await recordShifts(page);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('does not shift the layout while any view loads, light or dark', async () => {
      const event = (await getJson<TimelineRow[]>(`${url}/timeline`))[0]!.id;
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const v of VIEWS) {
          await openView(page, `${url}/?view=${v}&event=${event}`);
          if (v === 'evidence') await page.waitForSelector('#evidence-mark');
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
          const { total, entries } = await shifts(page);
          expect(total, `${v} (${colorScheme}): ${entries.join('; ')}`).toBeLessThan(MAX_LAYOUT_SHIFT);
        }
      }
    }, 60_000);

    it('does not shift the layout while live events appear and disappear', async () => {
      for (const v of ['timeline', 'map', 'missions']) {
        await openView(page, `${url}/?view=${v}`);
        const before = await page.locator('#summary').textContent();
        const key = `live-${v}.txt`;
        await dash.s3.send(new PutObjectCommand({ Bucket: dash.dev.bucket, Key: key, Body: STORIES['deploy.txt'] }));
        await expect.poll(() => page.locator('#new-marker').isVisible(), { timeout: LIVE_TIMEOUT_MS }).toBe(true);
        await expect.poll(() => page.locator('#summary').textContent()).not.toBe(before);
        await dash.s3.send(new DeleteObjectCommand({ Bucket: dash.dev.bucket, Key: key }));
        await expect.poll(() => page.locator('#summary').textContent(), { timeout: LIVE_TIMEOUT_MS }).toBe(before);
        const { total, entries } = await shifts(page);
        expect(total, `${v}: ${entries.join('; ')}`).toBeLessThan(MAX_LAYOUT_SHIFT);
      }
    }, 90_000);
  });
});
