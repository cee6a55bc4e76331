import { defineConfig } from 'vitest/config';

// The accessor's pure logic, in Node (`src/**/*.spec.ts`); its behaviour in a real Angular app
// and browser is tested by apps/angular.
export default defineConfig({
  test: { include: ['src/**/*.spec.ts'], environment: 'node' },
});
