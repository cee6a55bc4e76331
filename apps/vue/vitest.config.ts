import { defineConfig } from 'vitest/config';

// Node tests: the built app in headless Chromium (playwright-core), and vue-tsc on fixtures.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Chromium and vue-tsc on a shared 2-core machine: a bound for a stuck run, not a measure.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time.
    fileParallelism: false,
  },
});
