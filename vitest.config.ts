import { defineConfig } from 'vitest/config';

// Pure logic (no DOM) is tested in Node: `*.spec.ts`. Elements are tested in Chromium: `*.test.ts`.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    environment: 'node',
  },
});
