import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Both cores of the CI machine: most files wait on child processes and emulators, and the default ran one file
    // at a time there.
    maxWorkers: 2,
  },
});
