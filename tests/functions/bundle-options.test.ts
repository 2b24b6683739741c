/**
 * The bundles as built (no Node 24 needed here; the smoke tests that run them are in bundles.test.ts):
 * - the CDK stack builds them with `NODEJS_FUNCTION_BUNDLING`, the tests and the bench with `esbuildOptions`: both
 *   must give the same bytes. NodejsFunction (local esbuild, as the stack bundles) builds each handler into a
 *   throwaway cloud assembly, and the result is compared with `buildBundles`;
 * - only `@aws-sdk/*` and Node built-ins are left external;
 * - the 1 MB budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildBundles,
  FUNCTION_NAMES,
  MAX_BUNDLE_BYTES,
  DEPS_LOCK_FILE,
  handlerEntry,
  NODEJS_FUNCTION_BUNDLING,
  PROJECT_ROOT,
  type BuiltBundle,
  type LambdaFunctionName,
} from '../../functions/bundle.ts';

let dir: string;
let bundles: Map<LambdaFunctionName, BuiltBundle>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-cdk-bundles-'));
  bundles = new Map((await buildBundles(join(dir, 'ours'))).map((b) => [b.name, b]));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Lets NodejsFunction bundle one handler and returns the asset's index.mjs. */
function cdkBundle(name: LambdaFunctionName): Buffer {
  const outdir = join(dir, `cdk-${name}`);
  const app = new App({ outdir });
  const stack = new Stack(app, 'Bundles');
  new NodejsFunction(stack, name, {
    entry: handlerEntry(name),
    handler: 'handler',
    projectRoot: PROJECT_ROOT,
    depsLockFilePath: DEPS_LOCK_FILE,
    runtime: Runtime.NODEJS_24_X,
    architecture: Architecture.ARM_64,
    bundling: {
      ...NODEJS_FUNCTION_BUNDLING,
      format: OutputFormat.ESM,
      mainFields: [...NODEJS_FUNCTION_BUNDLING.mainFields],
      externalModules: [...NODEJS_FUNCTION_BUNDLING.externalModules],
      forceDockerBundling: false,
    },
  });
  const asset = readdirSync(outdir).find((f) => f.startsWith('asset.'));
  if (!asset) throw new Error(`NodejsFunction staged no asset in ${outdir}`);
  expect(readdirSync(join(outdir, asset))).toEqual(['index.mjs']);
  return readFileSync(join(outdir, asset, 'index.mjs'));
}

describe('NODEJS_FUNCTION_BUNDLING (CDK) and esbuildOptions (tests, bench) build the same bundles', () => {
  it.each(FUNCTION_NAMES)('%s', (name) => {
    expect(cdkBundle(name).equals(readFileSync(bundles.get(name)!.file))).toBe(true);
  });
});

describe('bundle contents', () => {
  it('leaves only @aws-sdk/* (provided by the runtime) and Node built-ins external', () => {
    for (const bundle of bundles.values()) {
      const output = Object.values(bundle.metafile.outputs)[0]!;
      const external = output.imports.filter((i) => i.external).map((i) => i.path);
      const unexpected = external.filter(
        (p) => !p.startsWith('@aws-sdk/') && !builtinModules.includes(p.replace(/^node:/, '')),
      );
      expect(unexpected, bundle.name).toEqual([]);
    }
  });

  it('keeps every bundle within 1 MB', () => {
    for (const bundle of bundles.values()) expect(bundle.bytes, bundle.name).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
  });
});
