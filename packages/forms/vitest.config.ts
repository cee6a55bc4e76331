import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

// Pure logic in Node (`src/**/*.spec.ts`), and the end-to-end tests (`e2e/**/*.spec.ts`): a page
// rendered on the server, driven in headless Chromium by playwright-core. These launch a browser
// and bundle the packages' built files (`pnpm build` first): they get minutes, not seconds.
export default defineConfig({
  test: {
    projects: [
      { extends: false, test: { ...base.test, name: 'unit' } },
      {
        extends: false,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
