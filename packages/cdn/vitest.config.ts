import { defineConfig } from 'vitest/config';

// The bundle is tested as a page uses it: served over HTTP, loaded in Chromium (playwright-core).
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
});
