/**
 * How the Lambda bundles are built — one source of truth for the CDK stack (NodejsFunction `bundling`), the tests
 * and the bench, so that what is tested and measured is what is deployed.
 *
 * - `NODEJS_FUNCTION_BUNDLING`: the NodejsFunction `bundling` props (with `format: OutputFormat.ESM`, see there).
 * - `esbuildOptions(name, outfile)`: the esbuild build options NodejsFunction derives from those props (the same
 *   flags: `--bundle --target=node24 --platform=node --format=esm --minify --external:@aws-sdk/* --banner:js=…
 *   --main-fields=module,main`, run in the project root); tests/functions/bundle-options.test.ts checks the
 *   mapping by letting NodejsFunction bundle each handler and comparing the bytes.
 * - `buildBundles(outDir)`: builds all four into `outDir/<name>/index.mjs`, the layout of a NodejsFunction asset.
 *
 * `@aws-sdk/*` stays external: the nodejs24.x runtime provides AWS SDK v3 (the same default NodejsFunction has).
 * Everything else (Powertools, zod, htmlparser2, the extractor and its gazetteer data) is bundled, and each asset
 * is that `index.mjs` plus the data files of ASSET_FILES (the ingest function's GeoNames extract). Sizes: BENCHMARKS.md, "Lambda bundles"; every bundle must stay within
 * MAX_BUNDLE_BYTES (tests/functions/bundle-options.test.ts).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, symlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';

export const FUNCTION_NAMES = ['ingest', 'publish', 'project', 'drain'] as const;
export type LambdaFunctionName = (typeof FUNCTION_NAMES)[number];

export const FUNCTIONS_DIR = dirname(fileURLToPath(import.meta.url));
/** The directory esbuild runs in (NodejsFunction `projectRoot`: the folder of package-lock.json). */
export const PROJECT_ROOT = resolve(FUNCTIONS_DIR, '..');
export const DEPS_LOCK_FILE = join(PROJECT_ROOT, 'package-lock.json');

/** The handler's entry file (NodejsFunction `entry`; the export is `handler`). */
export function handlerEntry(name: LambdaFunctionName): string {
  return join(FUNCTIONS_DIR, `${name}.ts`);
}

/** ESM output still has to load the CommonJS dependencies (wink-nlp, world-countries…) that call `require`. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";
/** The Lambda runtime's Node major (nodejs24.x). */
export const NODE_TARGET = 'node24';
export const EXTERNAL_MODULES = ['@aws-sdk/*'];
export const MAIN_FIELDS = ['module', 'main'];
/** The size budget of one minified bundle. */
export const MAX_BUNDLE_BYTES = 1024 * 1024;

/**
 * NodejsFunction `bundling` props (aws-cdk-lib/aws-lambda-nodejs `BundlingOptions`). `format` is spelled as the
 * value of `OutputFormat.ESM` so that this module does not load aws-cdk-lib; use it as
 * `{ ...NODEJS_FUNCTION_BUNDLING, format: OutputFormat.ESM }`, with `entry: handlerEntry(name)`,
 * `handler: 'handler'`, `projectRoot: PROJECT_ROOT`, `depsLockFilePath: DEPS_LOCK_FILE`,
 * `runtime: Runtime.NODEJS_24_X`.
 */
export const NODEJS_FUNCTION_BUNDLING = {
  format: 'esm',
  target: NODE_TARGET,
  minify: true,
  sourceMap: false,
  banner: ESM_REQUIRE_BANNER,
  mainFields: MAIN_FIELDS,
  externalModules: EXTERNAL_MODULES,
} as const;

/** The esbuild options of one handler bundle, equal to what NodejsFunction runs for NODEJS_FUNCTION_BUNDLING. */
export function esbuildOptions(name: LambdaFunctionName, outfile: string): BuildOptions {
  return {
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [handlerEntry(name)],
    outfile,
    bundle: true,
    platform: 'node',
    target: NODE_TARGET,
    format: 'esm',
    minify: true,
    sourcemap: false,
    banner: { js: ESM_REQUIRE_BANNER },
    external: [...EXTERNAL_MODULES],
    mainFields: [...MAIN_FIELDS],
    logLevel: 'warning',
  };
}

export interface BuiltBundle {
  name: LambdaFunctionName;
  /** `outDir/<name>/index.mjs` */
  file: string;
  bytes: number;
  metafile: Metafile;
}

/**
 * Data files a bundle reads at run time, beside its `index.mjs` (paths from the project root → inside the asset).
 * The extractor loads the GeoNames extract lazily from `geo/places.data.gz` and the word classes from
 * `pos/lexicon.data.gz` next to the module; a bundle without them still runs, with no geocoding or word classes.
 */
export const ASSET_FILES: Readonly<Record<LambdaFunctionName, ReadonlyArray<{ from: string; to: string }>>> = {
  ingest: [
    { from: 'shared/extract/gazetteer/geo/places.data.gz', to: 'geo/places.data.gz' },
    { from: 'shared/extract/text/pos/lexicon.data.gz', to: 'pos/lexicon.data.gz' },
  ],
  publish: [],
  project: [],
  drain: [],
};

/** Shell commands that copy a function's ASSET_FILES into its asset (NodejsFunction `afterBundling`). */
export function assetCopyCommands(name: LambdaFunctionName, inputDir: string, outputDir: string): string[] {
  return ASSET_FILES[name].flatMap(({ from, to }) => [
    `mkdir -p "${join(outputDir, dirname(to))}"`,
    `cp "${join(inputDir, from)}" "${join(outputDir, to)}"`,
  ]);
}

/** Builds every handler bundle (in parallel) into `outDir/<name>/index.mjs`, with esbuild metafiles. */
export async function buildBundles(
  outDir: string,
  names: readonly LambdaFunctionName[] = FUNCTION_NAMES,
): Promise<BuiltBundle[]> {
  return Promise.all(
    names.map(async (name) => {
      const file = join(resolve(outDir), name, 'index.mjs');
      await rm(dirname(file), { recursive: true, force: true });
      await mkdir(dirname(file), { recursive: true });
      const result = await build({ ...esbuildOptions(name, file), metafile: true });
      const metafile = result.metafile!;
      const output = Object.entries(metafile.outputs).find(([path]) => resolve(PROJECT_ROOT, path) === file);
      if (!output) throw new Error(`esbuild wrote no ${file}`);
      for (const { from, to } of ASSET_FILES[name]) {
        await mkdir(dirname(join(dirname(file), to)), { recursive: true });
        await copyFile(join(PROJECT_ROOT, from), join(dirname(file), to));
      }
      return { name, file, bytes: output[1].bytes, metafile };
    }),
  );
}

/** The inputs that contribute most bytes to a bundle (paths relative to the project root). */
export function biggestInputs(bundle: BuiltBundle, top = 10): Array<{ path: string; bytes: number }> {
  const output = Object.values(bundle.metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

/**
 * Makes `@aws-sdk/*` importable from bundles in `outDir`, as the Lambda runtime provides it: links
 * `outDir/node_modules/@aws-sdk` to this project's copy (only that scope, so that a dependency wrongly left
 * external still fails to load). For running bundles locally (tests, bench).
 */
export async function provideRuntimeSdk(outDir: string): Promise<void> {
  const scope = join(resolve(outDir), 'node_modules');
  const link = join(scope, '@aws-sdk');
  if (existsSync(link)) return;
  await mkdir(scope, { recursive: true });
  await symlink(join(PROJECT_ROOT, 'node_modules', '@aws-sdk'), link, 'dir');
}
