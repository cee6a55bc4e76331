import { defineConfig } from 'vitest/config';

// In Node: the generator's output, and the server markup of the built components (`dist`,
// through the package's own name, as a server imports it).
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
