import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest files, slowest first (seconds on the 2-core CI machine, rounded). They start first so that both
 * workers stay busy to the end: the last file to finish sets the wall time, and on a fresh machine (no vitest
 * results cache) the default order is by file size, which put a 2-minute file last. Files not listed follow in the
 * default order.
 */
const SLOW_FIRST = [
  'tests/e2e/stack-cli.test.ts',
  'tests/e2e/pipeline-cli.test.ts',
  'tests/integration/read-model-store.test.ts',
  'tests/e2e/data-dir-cli.test.ts',
  'tests/e2e/documented-stack-commands.test.ts',
  'tests/e2e/documented-commands.test.ts',
  'tests/e2e/eval-cli.test.ts',
  'tests/fuzz/oversized-article.fuzz.test.ts',
  'tests/e2e/stack-bus-cli.test.ts',
  'tests/e2e/documented-aws-commands.test.ts',
  'tests/e2e/chaos.test.ts',
  'tests/e2e/dashboard.test.ts',
  'tests/e2e/dev-hostile-input.test.ts',
  'tests/infra/cfn-lint.test.ts',
  'tests/fuzz/adversarial.fuzz.test.ts',
  'tests/e2e/extract-cli.test.ts',
  'tests/e2e/oversized-article.test.ts',
  'tests/e2e/dev-server.test.ts',
  'tests/integration/crash-recovery.test.ts',
  'tests/integration/event-store.test.ts',
  'tests/e2e/screenshots.test.ts',
  'tests/e2e/dashboard-scale.test.ts',
  'tests/e2e/recovery-cli.test.ts',
  'tests/functions/bundle-options.test.ts',
];

/**
 * Test files that leave no trace in their process (no environment variables, mocks or spies left behind, no
 * servers past their afterAll): they share one module cache per worker instead of importing the project anew for
 * each file, which was most of their time. The end-to-end files listed run the CLI in child processes and only read
 * and write their own temporary folders (measured: the e2e folder's CPU time 468 s down to 431 s).
 */
const IN_PROCESS = [
  'tests/unit/**/*.test.ts',
  'tests/infra/**/*.test.ts',
  'tests/fuzz/adversarial.fuzz.test.ts',
  'tests/fuzz/extract.fuzz.test.ts',
  'tests/fuzz/intake.fuzz.test.ts',
  'tests/e2e/chaos.test.ts',
  'tests/e2e/cli-cache.test.ts',
  'tests/e2e/dev-hostile-input.test.ts',
  'tests/e2e/dev-key-order.test.ts',
  'tests/e2e/documented-aws-commands.test.ts',
  'tests/e2e/documented-commands.test.ts',
  'tests/e2e/documented-stack-commands.test.ts',
  'tests/e2e/eval-cli.test.ts',
  'tests/e2e/extract-cli.test.ts',
  'tests/e2e/fresh-sets.test.ts',
  'tests/e2e/oversized-article.test.ts',
  'tests/e2e/pipeline-cli.test.ts',
  'tests/e2e/screenshots.test.ts',
  'tests/e2e/stack-bus-cli.test.ts',
  'tests/e2e/stack-cli.test.ts',
  'tests/e2e/test-event-pattern-cli.test.ts',
];

class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.indexOf(relative(f.project.config.root, f.moduleId).replaceAll('\\', '/'));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    // Array.prototype.sort is stable: the unlisted files keep the default order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Both cores of the CI machine: most files wait on child processes and emulators, and the default ran one file
    // at a time there.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        test: { name: 'in-process', include: IN_PROCESS, isolate: false },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: IN_PROCESS },
      },
    ],
  },
});
