#!/usr/bin/env node
// Opens every story of the built Storybook in Chromium, in the light and the dark theme, runs
// axe-core (WCAG 2.0–2.2 A/AA) and fails on any violation, printing story, theme, rule and target.
// It also fails when a story doesn't render or leaves a gouv-* element undefined (the
// `sideEffects` trap drops element definitions silently, and axe then passes on an empty tag),
// and when Chromium's accessibility tree says a control is invalid while no error is visible
// next to it (assistive technologies would announce an error the screen doesn't show).
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
const cdp = await page.context().newCDPSession(page);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const failures = [];
const started = performance.now();

/**
 * The controls Chromium's accessibility tree exposes as invalid while no error shows with them:
 * a visible `.gouv-error` in the same gouvkit field (its light DOM or shadow root), or a visible
 * element its `aria-describedby` / `aria-errormessage` names.
 */
async function invalidWithoutVisibleError() {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const invalid = nodes.filter(
    (node) =>
      !node.ignored &&
      node.backendDOMNodeId &&
      node.properties?.some((p) => p.name === 'invalid' && p.value?.value && p.value.value !== 'false'),
  );
  const found = [];
  for (const node of invalid) {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const root = this.getRootNode();
        const ids = [this.getAttribute('aria-describedby'), this.getAttribute('aria-errormessage')].join(' ').split(/\s+/).filter(Boolean);
        if (ids.some((id) => visible(root.getElementById?.(id)))) return '';
        let host = this.closest('[data-gouv-field]') ?? (root.host?.closest?.('[data-gouv-field]') ?? null);
        if (host && [...host.querySelectorAll('.gouv-error'), ...(host.shadowRoot?.querySelectorAll('.gouv-error') ?? [])].some(visible)) return '';
        return (this.localName + (this.id ? '#' + this.id : '') + ' « ' + (this.labels?.[0]?.textContent ?? this.getAttribute('aria-label') ?? '').trim() + ' »');
      }`,
    });
    if (result.value) found.push(result.value);
  }
  return found;
}
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
    // The invalid state does not depend on the theme: checked once per story.
    if (theme === THEMES[0])
      for (const control of await invalidWithoutVisibleError())
        failures.push(`${label}: ${control} is announced invalid, with no error on screen`);
  }
}
await browser.close();
await server.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const failure of failures) console.log(`✗ ${failure}`);
console.log(
  `Story sweep: ${stories.length} stories × ${THEMES.length} themes = ${stories.length * THEMES.length} pages, ` +
    `${failures.length} problem(s), ${seconds} s (accessibility tree checked for invalid controls with no visible error on ${stories.length} stories)`,
);
process.exit(failures.length ? 1 : 0);
