import { defineConfig } from 'vitest/config';

// Node tests: the built app (`dist`) in headless Chromium (playwright-core).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Chromium on a shared 2-core machine: a bound for a stuck run, not a measure.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
