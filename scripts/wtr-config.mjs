// @ts-check
// Shared @web/test-runner config: every package's element tests run in Debian's Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { a11yTreePlugin } from './wtr-a11y-plugin.mjs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Chromium flags: root needs --no-sandbox; the closed network refuses background connections. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @param {{ files?: string[] }} [options]
 * @returns {import('@web/test-runner').TestRunnerConfig}
 */
export function createConfig({ files = ['src/**/*.test.ts'] } = {}) {
  return {
    files,
    nodeResolve: true,
    // Serve from the repo root so pnpm's hoisted node_modules get plain URLs.
    rootDir: repoRoot,
    plugins: [
      // Chromium's accessibility tree, as assistive technologies get it (the default plugins
      // already give sendKeys and setViewport).
      a11yTreePlugin(),
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        // The plugin reads this file verbatim (no `extends`): it must hold the decorator settings.
        tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)),
      }),
    ],
    browsers: [
      playwrightLauncher({
        product: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
          headless: true,
          args: chromiumArgs,
        },
      }),
    ],
    // Lit's dev-mode banner on every file hides the logs that matter.
    filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
    concurrency: 1,
    // The forms package runs ~280 tests in one browser on 2 cores: the 2-minute default is tight.
    testsFinishTimeout: 600000,
    testFramework: { config: { timeout: 10000 } },
  };
}
