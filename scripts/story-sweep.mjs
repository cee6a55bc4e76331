#!/usr/bin/env node
// Opens every story of the built Storybook in Chromium, in the light and the dark theme, runs
// axe-core (WCAG 2.0–2.2 A/AA) and fails on any violation, printing story, theme, rule and target.
// It also fails when a story doesn't render or leaves a gouv-* element undefined (the
// `sideEffects` trap drops element definitions silently, and axe then passes on an empty tag).
// Usage: node scripts/story-sweep.mjs [storybook-static | http://127.0.0.1:6006 (a running Storybook)]
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';
import { chromiumArgs } from './wtr-config.mjs';

const require = createRequire(import.meta.url);
const source = process.argv[2] ?? 'storybook-static';
const remote = /^https?:\/\//.test(source);
const THEMES = ['light', 'dark'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const server = remote ? { url: source.replace(/\/$/, ''), close: async () => {} } : await serveStatic(source);
const index = remote
  ? await (await fetch(`${server.url}/index.json`)).json()
  : JSON.parse(await readFile(join(source, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
});
const page = await browser.newPage();
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const failures = [];
const started = performance.now();
for (const story of stories) {
  for (const theme of THEMES) {
    // a11y.manual stops the a11y addon's own axe run, which would race ours ("Axe is already running").
    const url = `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=theme:${theme};a11y.manual:!true`;
    const label = `${story.id} [${theme}]`;
    await page.goto(url);
    await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { timeout: 20000 });
    if (await page.$('body.sb-show-errordisplay')) {
      failures.push(`${label}: the story failed to render`);
      continue;
    }
    const result = await page.evaluate(
      async ({ axeSource, tags }) => {
        if (!window.axe) new Function(axeSource)();
        const root = document.querySelector('#storybook-root');
        await Promise.all(
          [...root.querySelectorAll('*')].filter((e) => e.updateComplete).map((e) => e.updateComplete),
        );
        const undefinedElements = [...root.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('gouv-') && !customElements.get(e.localName))
          .map((e) => e.localName);
        const r = await window.axe.run(root, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return {
          undefinedElements,
          violations: r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            targets: v.nodes.map((n) => n.target.join(' ')),
          })),
        };
      },
      { axeSource, tags: TAGS },
    );
    for (const name of new Set(result.undefinedElements))
      failures.push(`${label}: <${name}> is never defined`);
    for (const v of result.violations)
      failures.push(`${label}: ${v.id} (${v.impact}) on ${v.targets.join(', ')}`);
  }
}
await browser.close();
await server.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const failure of failures) console.log(`✗ ${failure}`);
console.log(
  `Story sweep: ${stories.length} stories × ${THEMES.length} themes = ${stories.length * THEMES.length} pages, ` +
    `${failures.length} problem(s), ${seconds} s`,
);
process.exit(failures.length ? 1 : 0);
