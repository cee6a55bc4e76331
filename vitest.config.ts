import { defineConfig } from 'vitest/config';

// Pure logic (no DOM) is tested in Node: `*.spec.ts`. Elements are tested in Chromium: `*.test.ts`.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    environment: 'node',
    // Property tests run thousands of cases: a loaded 2-core CI machine needs more than 5 s.
    testTimeout: 30_000,
  },
});
