/**
 * How the Lambda handlers are bundled: exactly as `functions/bundle.ts` says (the options its smoke tests build
 * and run the bundles with), with the local esbuild only, never Docker.
 */
import { createRequire } from 'node:module';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import {
  assetCopyCommands,
  DEPS_LOCK_FILE,
  handlerEntry,
  NODEJS_FUNCTION_BUNDLING,
  PROJECT_ROOT,
  type LambdaFunctionName,
} from '../../functions/bundle.ts';

/** The NodejsFunction props that say what to build and how: entry, handler, project root and bundling. */
export function handlerCode(name: LambdaFunctionName) {
  assertLocalEsbuild();
  return {
    entry: handlerEntry(name),
    handler: 'handler',
    projectRoot: PROJECT_ROOT,
    depsLockFilePath: DEPS_LOCK_FILE,
    bundling: {
      ...NODEJS_FUNCTION_BUNDLING,
      // bundle.ts spells the format as OutputFormat.ESM's value so that it need not load aws-cdk-lib.
      format: nodejs.OutputFormat.ESM,
      mainFields: [...NODEJS_FUNCTION_BUNDLING.mainFields],
      externalModules: [...NODEJS_FUNCTION_BUNDLING.externalModules],
      forceDockerBundling: false,
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (inputDir: string, outputDir: string) => assetCopyCommands(name, inputDir, outputDir),
      },
    },
  } satisfies Partial<nodejs.NodejsFunctionProps>;
}

/**
 * NodejsFunction falls back to building a Docker image when it cannot find esbuild. Refuse instead: synthesis must
 * never need Docker (or the network it would pull images from).
 */
export function assertLocalEsbuild(): void {
  try {
    createRequire(import.meta.url).resolve('esbuild');
  } catch {
    throw new Error(
      'esbuild is not installed: run `npm ci` (Sitrep bundles its Lambda functions locally, never in Docker)',
    );
  }
}
