/**
 * The dashboard in a real browser: the Quickstart's `sitrep ingest examples/` and `sitrep dev` (on ephemeral
 * ports), Debian's Chromium through playwright-core. Markers, timeline, evidence, live upload and delete, URL
 * filters (the location hierarchy-aware), and axe-core on every view. Skipped (with the reason printed) where
 * Chromium is not installed.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MissionRow, TimelineRow } from '../../shared/projections/rows.ts';
import { HAS_CHROMIUM, NO_CHROMIUM, openView, seriousViolations } from './helpers/browser.ts';
import { getJson, STORIES, type DevProcess } from './helpers/cli.ts';
import { startExamplesDashboard, type ExamplesDashboard } from './helpers/dashboard-dev.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';
if (!HAS_CHROMIUM) console.warn(`dashboard e2e: ${NO_CHROMIUM}`);

const VIEWS = ['map', 'timeline', 'missions', 'entities', 'evidence', 'articles'];
/** An article about places at two levels under Ukraine: a town in Donetsk Oblast, and an oblast. */
const UKRAINE_STORY =
  'Kyiv, 2 October 2022 (Reuters) - Russian forces withdrew from Lyman on Saturday, Ukraine said. ' +
  'Russia also pulled its troops out of Bucha and Kyiv Oblast in March.\n';

describe.skipIf(!HAS_CHROMIUM)('the dashboard in Chromium', () => {
  let dash: ExamplesDashboard;
  let dev: DevProcess;
  let s3: S3Client;
  let tmp: string;
  let page: Page;

  beforeAll(async () => {
    dash = await startExamplesDashboard();
    ({ dev, s3, tmp } = dash);
    page = await dash.context.newPage();
  }, 90_000);
  afterAll(async () => {
    await dash?.stop();
  });

  const timeline = () => getJson<TimelineRow[]>(`${dev.apiUrl}/timeline`);
  const view = (query: string) => openView(page, `${dev.apiUrl}/?${query}`);

  it('serves the page to browsers and the route list to API clients at /', async () => {
    const html = await fetch(`${dev.apiUrl}/`, { headers: { accept: 'text/html' } });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await getJson<{ routes: string[] }>(`${dev.apiUrl}/`)).toHaveProperty('routes');
  });

  it('shows the map, timeline, missions and evidence at / after the Quickstart (the Done-when of issue 10)', async () => {
    await page.goto(`${dev.apiUrl}/`);
    await page.waitForSelector('main[data-ready]');
    expect(await page.locator('.marker-group').count()).toBeGreaterThan(0);
    await page.click('#tabs a[data-view=timeline]');
    await expect.poll(() => page.locator('[data-happening]').count()).toBeGreaterThan(0);
    await page.click('#tabs a[data-view=missions]');
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.click('#tabs a[data-view=timeline]');
    await page.locator('[data-happening] button').first().click();
    await expect.poll(() => page.locator('.article-text #evidence-mark').count()).toBe(1);
    expect(await page.locator('#evidence-mark').textContent()).not.toBe('');
  });

  it('puts every located example event on the map, nearby places sharing one counted marker', async () => {
    type Located = { lat?: number; lon?: number; code?: string };
    const located = (await timeline()).flatMap((r) => {
      const at = r.location as Located | null | undefined;
      return at && (typeof at.lat === 'number' || at.code) ? [at] : [];
    });
    const places = new Set(located.map((at) => `${at.lat ?? ''},${at.lon ?? ''},${at.code ?? ''}`));
    expect(places.size).toBeGreaterThan(0);
    await view('view=map');
    const counts = await page.$$eval('.marker-group', (gs) => gs.map((g) => Number(g.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(located.length);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.length).toBeLessThanOrEqual(places.size);
    await page.locator('.marker-group').first().press('Enter');
    await expect.poll(() => page.locator('#map-details button').count()).toBe(counts[0]);
  });

  it('lists every happening on the timeline with its report count', async () => {
    const rows = await timeline();
    await view('view=timeline');
    const happenings = await page.$$eval('[data-happening]', (lis) =>
      lis.map((li) => li.getAttribute('data-happening')),
    );
    expect(new Set(happenings)).toEqual(new Set(rows.map((r) => r.happeningKey)));
  });

  it('shows the article with the evidence sentence highlighted when an event is clicked', async () => {
    const rows = await timeline();
    await view('view=timeline');
    const first = page.locator('[data-happening] button').first();
    const key = await page.locator('[data-happening]').first().getAttribute('data-happening');
    const row = rows.find((r) => r.happeningKey === key)!;
    await first.click();
    expect(new URL(page.url()).searchParams.get('event')).toBe(row.id);
    await expect.poll(() => page.locator('.article-text #evidence-mark').textContent()).toBe(row.evidence.text);
    expect(await page.locator('.article-text').textContent()).not.toBe(row.evidence.text);
    expect(await page.locator('#main dl').textContent()).toContain(row.articleKey);
  });

  it('picks a date range with the timeline brush from the keyboard alone', async () => {
    const dates = (await timeline()).flatMap((r) => (r.occurredOn ? [r.occurredOn] : [])).sort();
    await view('view=timeline');
    await page.focus('svg.histogram');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const url = new URL(page.url()).searchParams;
    expect(url.get('since')! > dates[0]!).toBe(true);
    expect(url.get('until')! >= url.get('since')!).toBe(true);
    expect(await page.inputValue('#filters input[name=since]')).toBe(url.get('since'));
  });

  it('restores filters and the view from the URL', async () => {
    const rows = await timeline();
    const actor = rows.find((r) => r.actor)!.actor!.name;
    await view(`view=missions&actor=${encodeURIComponent(actor)}`);
    expect(await page.inputValue('#filters input[name=actor]')).toBe(actor);
    const actors = await page.$$eval('tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set([actor]));
    expect(await page.getAttribute('#tabs a[data-view=missions]', 'aria-current')).toBe('page');
  });

  it('shows an uploaded article live, then drops it live when it is deleted', async () => {
    await view('view=timeline');
    const file = join(tmp, 'deploy.txt');
    await writeFile(file, STORIES['deploy.txt']);
    await page.setInputFiles('#upload', file);
    const germany = page.locator('[data-happening]', { hasText: 'Germany' });
    await expect.poll(() => germany.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('#new-marker').textContent()).toMatch(/^[1-9]\d* new$/);
    await s3.send(new DeleteObjectCommand({ Bucket: dev.bucket, Key: 'deploy.txt' }));
    await expect.poll(() => germany.count(), { timeout: 20_000 }).toBe(0);
  }, 60_000);

  it("stores the Published field with an upload as the object's published metadata, as ingest --published does", async () => {
    await view('view=articles');
    const file = join(tmp, 'dated.txt');
    await writeFile(file, STORIES['deploy.txt']);
    await page.fill('#upload-published', '2021-03-04');
    await page.setInputFiles('#upload', file);
    const head = () =>
      s3.send(new HeadObjectCommand({ Bucket: dev.bucket, Key: 'dated.txt' })).then(
        (o) => o.Metadata?.['published'],
        () => undefined,
      );
    await expect.poll(head, { timeout: 20_000 }).toBe('2021-03-04');
    await page.fill('#upload-published', '');
    await s3.send(new DeleteObjectCommand({ Bucket: dev.bucket, Key: 'dated.txt' }));
  }, 60_000);

  it('has no serious or critical accessibility violations on any view, light or dark', async () => {
    const event = (await timeline())[0]!.id;
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const v of VIEWS) {
        await view(`view=${v}&event=${event}`);
        await page.waitForTimeout(0);
        expect(await seriousViolations(page), `${v} (${colorScheme})`).toEqual([]);
      }
    }
  }, 60_000);

  it('fits a narrow window without horizontal scrolling on any view', async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    try {
      for (const v of VIEWS) {
        await view(`view=${v}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, v).toBeLessThanOrEqual(0);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('filters every view by location within the place hierarchy, from the URL, as the API does', async () => {
    await s3.send(
      new PutObjectCommand({
        Bucket: dev.bucket,
        Key: 'ukraine.txt',
        Body: UKRAINE_STORY,
        Metadata: { published: '2022-10-02' },
      }),
    );
    const inUkraine = () => getJson<TimelineRow[]>(`${dev.apiUrl}/timeline?within=Ukraine`);
    await expect.poll(async () => (await inUkraine()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const events = await inUkraine();
    const places = events.map((r) => r.location!.name);
    // The town and the Kyiv oblast (however the extractor names it) are within Ukraine; nothing of the examples is.
    expect(places).toContain('Lyman');
    expect(places.some((p) => /^Kyiv/.test(p))).toBe(true);
    expect(events.every((r) => r.location!.code === 'UA')).toBe(true);
    const inDonetsk = await getJson<TimelineRow[]>(
      `${dev.apiUrl}/timeline?within=${encodeURIComponent('Donetsk Oblast')}`,
    );
    expect(inDonetsk.map((r) => r.location!.name)).toEqual(['Lyman']);
    const missions = await getJson<MissionRow[]>(`${dev.apiUrl}/missions?within=Ukraine`);
    expect(missions.length).toBeGreaterThan(0);

    // Timeline: the happenings within Ukraine, restored from the URL.
    await view('view=timeline&location=Ukraine');
    expect(await page.inputValue('#filters input[name=location]')).toBe('Ukraine');
    const happenings = await page.$$eval('[data-happening]', (lis) =>
      lis.map((li) => li.getAttribute('data-happening')),
    );
    expect(new Set(happenings)).toEqual(new Set(events.map((r) => r.happeningKey)));
    // Missions: the same missions as the API's within.
    await view('view=missions&location=Ukraine');
    const locations = await page.$$eval('tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent));
    expect(locations.sort()).toEqual(missions.map((m) => m.location.name).sort());
    // Map: the markers count exactly the events within Ukraine.
    await view('view=map&location=Ukraine');
    const counts = await page.$$eval('.marker-group', (gs) => gs.map((g) => Number(g.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(events.length);
    // Narrowing the filter by typing applies at once and is written to the URL.
    await view('view=timeline');
    await page.fill('#filters input[name=location]', 'Donetsk Oblast');
    await expect.poll(() => page.locator('[data-happening]').count()).toBe(1);
    expect(await page.locator('[data-happening]').textContent()).toContain('Lyman');
    expect(new URL(page.url()).searchParams.get('location')).toBe('Donetsk Oblast');
    await s3.send(new DeleteObjectCommand({ Bucket: dev.bucket, Key: 'ukraine.txt' }));
    await expect.poll(async () => (await inUkraine()).length, { timeout: 20_000 }).toBe(0);
  }, 60_000);

  it('serves each article text with the evidence at the offsets its events carry', async () => {
    const rows = await timeline();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const a = await getJson<{ key: string; text: string }>(
        `${dev.apiUrl}/article?key=${encodeURIComponent(r.articleKey)}`,
      );
      expect(a.key).toBe(r.articleKey);
      expect(a.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    }
  });

  it('answers a bad upload and a missing article with a one-line error', async () => {
    const bad = await fetch(`${dev.apiUrl}/upload?key=notes.pdf`, { method: 'POST', body: 'x' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ code: 'BAD_REQUEST', message: expect.stringMatching(/\.txt/) });
    const missing = await fetch(`${dev.apiUrl}/article?key=nope.txt`);
    expect(missing.status).toBe(404);
  });
});
