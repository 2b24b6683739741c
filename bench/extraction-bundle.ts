/**
 * The extractor as the ingest Lambda runs it: bench/extraction-entry.ts built with the ingest bundle's esbuild options
 * (functions/bundle.ts: ESM, target node24, minified) and its data files beside it. Under tsx every function that is
 * created at run time is also given its name (esbuild's keep-names helper, a few per cent of extraction time), which
 * the deployed bundle does not do; the bench measures both.
 */
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ASSET_FILES, PROJECT_ROOT, esbuildOptions } from '../functions/bundle.ts';

export type ExtractionModule = typeof import('./extraction-entry.ts');

const ENTRY = fileURLToPath(new URL('./extraction-entry.ts', import.meta.url));

/** Builds the bundle into a fresh temporary directory and imports it. */
export async function loadExtractionBundle(): Promise<ExtractionModule> {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-extraction-bundle-'));
  const file = join(dir, 'index.mjs');
  await build({ ...esbuildOptions('ingest', file), entryPoints: [ENTRY] });
  for (const { from, to } of ASSET_FILES.ingest) {
    await mkdir(dirname(join(dir, to)), { recursive: true });
    await copyFile(join(PROJECT_ROOT, from), join(dir, to));
  }
  return (await import(pathToFileURL(file).href)) as ExtractionModule;
}
