// `npm run screenshots`: a screenshot of each dashboard view, from the real page, into docs/ (linked from the README).
// Starts `sitrep dev` on ephemeral ports over a fresh data directory with the example articles ingested, then drives
// Debian's Chromium at 1280×800 (light scheme).
//
// Freshness: next to the images, docs/dashboard-screenshots.json holds a digest of what each image shows — the
// stylesheet and the view's DOM (elements, attributes, text) once drawn, without inline styles (layout
// measurements). Pixels are not compared: they differ between machines' fonts. `npm run screenshots -- --check`
// draws the views again and fails, naming them, when a digest differs (a view changed without regenerating);
// tests/e2e/screenshots.test.ts runs it in `npm test`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { TimelineRow } from '../shared/projections/rows.ts';
import { CHROMIUM_PATH, HAS_CHROMIUM, launchChromium, NO_CHROMIUM, openView } from '../tests/e2e/helpers/browser.ts';
import { getJson, sitrep, startDev } from '../tests/e2e/helpers/cli.ts';

const USAGE = `Usage: npm run screenshots [-- --check]

Writes docs/dashboard-<view>.png for every dashboard view, drawn by the real page over the example articles, and
docs/dashboard-screenshots.json (a digest of what each image shows). With --check, writes nothing and exits 1 when
a view no longer matches its digest (regenerate with npm run screenshots and commit the result). Needs Chromium
(${CHROMIUM_PATH}).
`;
const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
const DIGESTS = join(DOCS, 'dashboard-screenshots.json');
const VIEWS = ['map', 'timeline', 'missions', 'entities', 'evidence', 'articles'] as const;
const INGEST_TIMEOUT_MS = 60_000;

type Digests = Record<string, string>;

/** What a screenshot of the page shows, as a digest: the stylesheet and the drawn DOM without inline styles. */
async function viewDigest(page: Page, css: string): Promise<string> {
  const dom = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('[style]')) el.removeAttribute('style');
    return `${document.title}\n${body.outerHTML}`;
  });
  return createHash('sha256').update(css).update('\n').update(dom).digest('hex');
}

/** Draws each view as its screenshot shows it; calls `shot` with the page ready, returns the digests. */
async function drawViews(apiUrl: string, page: Page, shot: (view: string) => Promise<void>): Promise<Digests> {
  const css = await (await fetch(`${apiUrl}/app.css`)).text();
  const [event] = await getJson<TimelineRow[]>(`${apiUrl}/timeline?type=DeploymentAnnounced`);
  const digests: Digests = {};
  for (const view of VIEWS) {
    await openView(page, `${apiUrl}/?view=${view}${event ? `&event=${event.id}` : ''}`);
    if (view === 'map') await page.locator('.marker-group').first().click();
    if (view === 'evidence') await page.waitForSelector('#evidence-mark');
    // The lists draw in the next frame (virtualised).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    await shot(view);
    digests[view] = await viewDigest(page, css);
  }
  return digests;
}

function storedDigests(): Digests {
  return existsSync(DIGESTS) ? (JSON.parse(readFileSync(DIGESTS, 'utf8')) as Digests) : {};
}

/** The views whose image is missing or no longer matches what the page draws. */
function staleViews(drawn: Digests, stored: Digests): string[] {
  return VIEWS.filter((v) => drawn[v] !== stored[v] || !existsSync(join(DOCS, `dashboard-${v}.png`)));
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const unknown = args.filter((a) => a !== '--check');
if (unknown.length) {
  process.stderr.write(`screenshots: unknown argument ${unknown[0]}; see npm run screenshots -- --help\n`);
  process.exit(2);
}
const check = args.includes('--check');
if (!HAS_CHROMIUM) {
  process.stderr.write(`screenshots: ${NO_CHROMIUM}\n`);
  process.exit(1);
}
const tmp = await mkdtemp(join(tmpdir(), 'sitrep-screenshots-'));
const dataDir = join(tmp, 'data');
const ingest = await sitrep(['ingest', 'examples/', '--data-dir', dataDir], { timeoutMs: INGEST_TIMEOUT_MS });
if (ingest.code !== 0) throw new Error(`sitrep ingest failed: ${ingest.stderr}`);
const dev = await startDev(dataDir);
const chromium = await launchChromium();
let exitCode = 0;
try {
  const page = await chromium.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  const drawn = await drawViews(dev.apiUrl, page, async (view) => {
    if (check) return;
    const path = join(DOCS, `dashboard-${view}.png`);
    await page.screenshot({ path });
    process.stdout.write(`wrote ${path}\n`);
  });
  if (check) {
    const stale = staleViews(drawn, storedDigests());
    if (stale.length) {
      process.stderr.write(
        `screenshots:check: stale or missing: ${stale.map((v) => `docs/dashboard-${v}.png`).join(', ')}\n`,
      );
      process.stderr.write("screenshots:check: run 'npm run screenshots' and commit the result\n");
      exitCode = 1;
    } else process.stdout.write('screenshots:check: docs/dashboard-*.png are up to date\n');
  } else {
    await writeFile(DIGESTS, `${JSON.stringify(drawn, null, 2)}\n`);
    process.stdout.write(`wrote ${DIGESTS}\n`);
  }
} finally {
  await chromium.close();
  await dev.stop();
  await rm(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
