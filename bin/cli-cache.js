// The CLI's TypeScript compiled once into one cached ES module and reused until a source changes.
//
// Running the sources through tsx costs every command about a second of CPU in module loading (each of some 300
// modules crosses tsx's loader thread). The compiled file holds the same sources, transformed by the same esbuild
// that tsx uses, with every package left to Node (`packages: 'external'`). It lives in node_modules/.cache (per
// checkout, Node and esbuild version) and records the sources it was built from: if any of them changed since, or
// one is gone, the next command rebuilds it. `import.meta.url` in a source keeps naming that source, so data files,
// `createRequire` and relative URLs resolve as under tsx. Anything unusual (no esbuild, another `import.meta` use, a
// failed build, SITREP_TSX=1) leaves the caller to run the sources through tsx.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'cli', 'main.ts');
const CURRENT = 'current.json';
/** Files that shape a build besides the sources it bundles: a change to any of them rebuilds too. */
const BUILD_FILES = ['bin/cli-cache.js', 'tsconfig.json', 'package.json'];
const SUPERSEDED_KEEP_MS = 60 * 60 * 1000;

/** The compiled CLI's `main`, or undefined when the sources should run through tsx. */
export async function compiledMain() {
  if (process.env['SITREP_TSX'] === '1') return undefined;
  let esbuildVersion;
  try {
    esbuildVersion = createRequire(import.meta.url)('esbuild/package.json').version;
  } catch {
    return undefined; // an install without dev dependencies
  }
  const key = createHash('sha256')
    .update(`${ROOT}\0${process.versions.node}\0${esbuildVersion}`)
    .digest('hex')
    .slice(0, 16);
  const cache = join(ROOT, 'node_modules', '.cache', 'sitrep-cli', key);
  const build = freshBuild(cache) ?? (await compile(cache));
  if (!build) return undefined;
  return (await import(pathToFileURL(join(cache, build, 'main.mjs')).href)).main;
}

/** The current build's folder, if no source it was built from changed after that build started. */
function freshBuild(cache) {
  let current;
  try {
    current = JSON.parse(readFileSync(join(cache, CURRENT), 'utf8'));
    return current.inputs.every((input) => statSync(join(ROOT, input)).mtimeMs < current.builtAt)
      ? current.build
      : undefined;
  } catch {
    return undefined; // no build yet, or a source is gone
  }
}

/**
 * Builds into a new folder, then names it in `current.json` (written whole, then renamed into place): a command
 * running meanwhile keeps the folder it started from, with the command chunks it may still load. Builds superseded
 * more than an hour ago are removed.
 */
async function compile(cache) {
  const builtAt = Date.now();
  const build = `${builtAt}-${process.pid}`;
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: { main: ENTRY },
      bundle: true,
      splitting: true, // each command's modules and packages load only when that command runs, as under tsx
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node}`,
      packages: 'external',
      keepNames: true, // as tsx: a class or function keeps its name
      absWorkingDir: ROOT,
      tsconfig: join(ROOT, 'tsconfig.json'),
      outdir: join(cache, build),
      outExtension: { '.js': '.mjs' },
      metafile: true,
      logLevel: 'silent',
      plugins: [sourceUrls],
    });
    await esbuild.stop(); // its service process would otherwise live as long as this command (`dev`)
    const tmp = join(cache, `${CURRENT}.${process.pid}.tmp`);
    const inputs = [...BUILD_FILES, ...Object.keys(result.metafile.inputs)];
    writeFileSync(tmp, JSON.stringify({ build, builtAt, inputs }));
    renameSync(tmp, join(cache, CURRENT));
  } catch {
    return undefined;
  }
  for (const old of readdirSync(cache)) {
    const at = Number(old.split('-')[0]);
    if (old !== build && at > 0 && at < builtAt - SUPERSEDED_KEEP_MS)
      rmSync(join(cache, old), { recursive: true, force: true });
  }
  return build;
}
/** Each source's `import.meta.url` stays its own file's URL; any other `import.meta` use fails the build. */
const sourceUrls = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (/import\.meta(?!\.url\b)/.test(source)) throw new Error(`${path}: import.meta other than .url`);
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
        loader: 'ts',
      };
    });
  },
};
