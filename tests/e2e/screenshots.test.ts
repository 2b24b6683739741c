/**
 * The dashboard screenshots in docs/ are fresh: `npm run screenshots -- --check` draws every view again over the
 * example articles and compares it with the digest stored beside the images (see scripts/screenshots.ts). Fails
 * when a view changed without `npm run screenshots`; skipped (with the reason printed) where Chromium is absent.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, NO_CHROMIUM } from './helpers/browser.ts';
import { ROOT, run } from './helpers/cli.ts';

if (!HAS_CHROMIUM) console.warn(`screenshots check: ${NO_CHROMIUM}`);

const CHECK_TIMEOUT_MS = 120_000;

describe.skipIf(!HAS_CHROMIUM)('the dashboard screenshots in docs/', () => {
  it(
    'match what each view draws now (npm run screenshots -- --check)',
    async () => {
      const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
      const result = await run(tsx, ['scripts/screenshots.ts', '--check'], { timeoutMs: CHECK_TIMEOUT_MS });
      expect(result.code, `${result.stderr}${result.stdout}`).toBe(0);
      expect(result.stdout).toContain('up to date');
    },
    CHECK_TIMEOUT_MS,
  );

  it('explain themselves and refuse an unknown argument with one line', async () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const help = await run(tsx, ['scripts/screenshots.ts', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--check');
    const bad = await run(tsx, ['scripts/screenshots.ts', '--fresh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
