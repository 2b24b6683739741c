// `npm run screenshots`: a screenshot of each dashboard view, from the real page, into docs/ (linked from the README).
// Starts `sitrep dev` on ephemeral ports over a fresh data directory with the example articles ingested, then drives
// Debian's Chromium at 1280×800 (light scheme).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TimelineRow } from '../shared/projections/rows.ts';
import { HAS_CHROMIUM, launchChromium, NO_CHROMIUM, openView } from '../tests/e2e/helpers/browser.ts';
import { getJson, sitrep, startDev } from '../tests/e2e/helpers/cli.ts';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
const VIEWS = ['map', 'timeline', 'missions', 'entities', 'evidence', 'articles'] as const;

if (!HAS_CHROMIUM) {
  process.stderr.write(`screenshots: ${NO_CHROMIUM}\n`);
  process.exit(1);
}
const tmp = await mkdtemp(join(tmpdir(), 'sitrep-screenshots-'));
const dataDir = join(tmp, 'data');
const ingest = await sitrep(['ingest', 'examples/', '--data-dir', dataDir], { timeoutMs: 60_000 });
if (ingest.code !== 0) throw new Error(`sitrep ingest failed: ${ingest.stderr}`);
const dev = await startDev(dataDir);
const chromium = await launchChromium();
try {
  const page = await chromium.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  const [event] = await getJson<TimelineRow[]>(`${dev.apiUrl}/timeline?type=DeploymentAnnounced`);
  for (const view of VIEWS) {
    await openView(page, `${dev.apiUrl}/?view=${view}${event ? `&event=${event.id}` : ''}`);
    if (view === 'map') await page.locator('.marker-group').first().click();
    if (view === 'evidence') await page.waitForSelector('#evidence-mark');
    const path = join(DOCS, `dashboard-${view}.png`);
    await page.screenshot({ path });
    process.stdout.write(`wrote ${path}\n`);
  }
} finally {
  await chromium.close();
  await dev.stop();
  await rm(tmp, { recursive: true, force: true });
}
