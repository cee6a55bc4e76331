// @ts-check
// Shared @web/test-runner config: every package's element tests run in Debian's Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { a11yTreePlugin } from './wtr-a11y-plugin.mjs';
import { frameworksPlugin } from './wtr-frameworks-plugin.mjs';
import { ssrPlugin } from './wtr-ssr-plugin.mjs';
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
 * The page each test file runs in; `ssr` renders fixtures on the server, then hydrates them.
 * @param {'csr' | 'ssr'} mode
 */
function runnerHtml(mode) {
  // Lit's hydration support must load before any element (it patches LitElement when its
  // module is evaluated): a module script of its own, before the test framework's.
  const ssr = mode === 'ssr' ? '<script type="module" src="/packages/core/dist/ssr/client.js"></script>' : '';
  return (/** @type {string} */ testFramework) => `<!DOCTYPE html>
<html lang="fr">
  <body>
    <script>window.__gouvkitRender = '${mode}';</script>
    ${ssr}
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;
}

/**
 * Every element test file runs twice: rendered in the browser (the default group), and rendered on the
 * server then hydrated (`ssr`, with the packages' built element definitions `ssrModules`).
 *
 * @param {{ files?: string[], ssrModules?: string[] }} [options]
 * @returns {import('@web/test-runner').TestRunnerConfig}
 */
export function createConfig({ files: allFiles = ['src/**/*.test.ts'], ssrModules } = {}) {
  // `WTR_FILES="src/input/*.test.ts" web-test-runner --group default`: some files only, while working.
  const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : allFiles;
  return {
    // The default group renders in the browser (`--group default`); `ssr` on the server.
    files,
    testRunnerHtml: runnerHtml('csr'),
    groups: ssrModules ? [{ name: 'ssr', files, testRunnerHtml: runnerHtml('ssr') }] : [],
    nodeResolve: { exportConditions: ['development'] },
    // Serve from the repo root so pnpm's hoisted node_modules get plain URLs.
    rootDir: repoRoot,
    plugins: [
      // Chromium's accessibility tree, as assistive technologies get it (the default plugins
      // already give sendKeys and setViewport).
      a11yTreePlugin(),
      // React 19 and Vue 3 for the frameworks tests (React ships CommonJS only).
      frameworksPlugin(),
      ...(ssrModules ? [ssrPlugin({ modules: ssrModules })] : []),
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
