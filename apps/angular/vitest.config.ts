import { defineConfig } from 'vitest/config';

// The built app (`pnpm build` first), served and driven in headless Chromium by playwright-core:
// minutes on a loaded 2-core machine, not seconds.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
