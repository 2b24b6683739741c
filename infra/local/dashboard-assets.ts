import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/** One file the dashboard page loads, ready to send. */
export interface Asset {
  contentType: string;
  body: string;
}

/** Country centroids by ISO 3166-1 alpha-2 code and by lower-cased common name: where country-level events sit. */
export type Centroids = { byCode: Record<string, [number, number]>; byName: Record<string, string> };

let built: Promise<Map<string, Asset>> | undefined;

/**
 * The dashboard's files by URL path, built once per process from web/ with esbuild (in memory, about 100 ms) and
 * from npm packages: the Natural Earth 1:110m countries of `world-atlas` and the centroids of `world-countries`.
 * Nothing is fetched from the network.
 */
export function dashboardAssets(): Promise<Map<string, Asset>> {
  built ??= buildAssets().catch((err: unknown) => {
    built = undefined;
    throw err;
  });
  return built;
}

async function buildAssets(): Promise<Map<string, Asset>> {
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: [`${WEB_DIR}app.ts`],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    logLevel: 'silent',
  });
  const [html, css, world] = await Promise.all([
    readFile(`${WEB_DIR}index.html`, 'utf8'),
    readFile(`${WEB_DIR}app.css`, 'utf8'),
    readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ]);
  return new Map<string, Asset>([
    ['/', { contentType: 'text/html; charset=utf-8', body: html }],
    ['/app.js', { contentType: 'text/javascript; charset=utf-8', body: bundle.outputFiles[0]!.text }],
    ['/app.css', { contentType: 'text/css; charset=utf-8', body: css }],
    ['/world.json', { contentType: 'application/json', body: world }],
    ['/centroids.json', { contentType: 'application/json', body: JSON.stringify(countryCentroids()) }],
  ]);
}

function countryCentroids(): Centroids {
  const countries = require('world-countries') as Array<{
    cca2: string;
    latlng: [number, number];
    name: { common: string; official: string };
  }>;
  const centroids: Centroids = { byCode: {}, byName: {} };
  for (const c of countries) {
    centroids.byCode[c.cca2] = c.latlng;
    centroids.byName[c.name.common.toLowerCase()] = c.cca2;
    centroids.byName[c.name.official.toLowerCase()] = c.cca2;
  }
  return centroids;
}
