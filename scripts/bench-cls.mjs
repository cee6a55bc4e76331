#!/usr/bin/env node
// @ts-check
// Cumulative Layout Shift of a form of 20 gouvkit fields (every kind) with real content below
// it, while the elements' script comes late: the server holds it back until the page has
// painted (its first contentful paint), as a slow script or a slow network would. Variants:
//
//   (a) client-rendered, as the kit worked before: plain `<gouv-input label=…>` markup, no
//       server render, no stylesheet; the fields appear when their script runs;
//   (b) server-rendered (`@gouvkit/core/ssr.js`) with tokens.css, forms.css and components.css
//       linked, then hydrated (`@gouvkit/core/ssr-client.js`, then the elements).
//
// CLS is measured in the page with a PerformanceObserver for `layout-shift` (`buffered: true`,
// shifts with `hadRecentInput` ignored), from the start until the page is idle after the
// elements updated, as web-vitals counts it (the largest session window). Headless Debian
// Chromium. Exits non-zero when a run of (b) shifts at all.
//
//   pnpm bench:cls                 (builds first)
//   node scripts/bench-cls.mjs --runs 10
//
// A pre-upgrade stylesheet (`gouv-input:not(:defined) { min-block-size: … }`) is not measured:
// a field's height depends on its label's length and wrapping, its hint, its error, its
// number of choices and the viewport, which a stylesheet can't know, so reserved space is
// always somewhat wrong (a shift) or wastes space; server markup is the right size by
// construction.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './wtr-config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = fileURLToPath(new URL('./bench/', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a positive whole number');
/** A desktop window and a phone's (where the fields are taller and the content closer). */
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
];
/** `--debug`: print each field's box before and after the script, for the first run of each variant. */
const DEBUG = process.argv.includes('--debug');

/**
 * The box of each field, and of the content below the form.
 *
 * @param {import('playwright-core').Page} page
 */
function boxes(page) {
  return page.evaluate(() => {
    /** @type {Record<string, { top: number, height: number }>} */
    const out = {};
    for (const el of document.querySelectorAll('#app [name], #app gouv-fieldset, section, footer')) {
      const rect = el.getBoundingClientRect();
      const key = `${el.localName}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`;
      if (!el.localName.startsWith('gouv-') && !['section', 'footer'].includes(el.localName)) continue;
      out[key] = { top: Math.round(rect.top), height: Math.round(rect.height) };
    }
    return out;
  });
}

// The server renderer first: it installs the DOM shim the elements need in Node.
const { renderToString } = await import('@gouvkit/core/ssr.js');
await import('@gouvkit/components/all.js');
await import('@gouvkit/forms/all.js');
const { FIELD_COUNT, formTemplate, pageAround, plainForm } = await import('./bench/cls-page.mjs');

/** Records every layout shift from the start (first in <head>, before anything renders). */
const OBSERVER = `<script>
  window.__shifts = [];
  window.__shiftObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry);
  });
  window.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
</script>`;

const STYLESHEETS = ['tokens/dist/tokens.css', 'forms/dist/forms.css', 'components/dist/components.css']
  .map((path) => `<link rel="stylesheet" href="/packages/${path}" />`)
  .join('\n    ');

/** Waits until every gouvkit element is defined and done updating, then says so. */
const SETTLE = `
const app = document.getElementById('app');
const elements = () => [...app.querySelectorAll('*')].filter((el) => el.localName.startsWith('gouv-'));
await Promise.all([...new Set(elements().map((el) => el.localName))].map((name) => customElements.whenDefined(name)));
for (let round = 0; round < 10; round++) {
  const pending = elements().filter((el) => 'updateComplete' in el);
  await Promise.all(pending.map((el) => el.updateComplete));
  if (!pending.some((el) => el.isUpdatePending)) break;
}
window.__gouvReady = true;
`;

/**
 * The elements' script of a variant, bundled from the packages' built files (production).
 *
 * @param {string} contents
 */
async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js', sourcefile: 'elements.js' },
    bundle: true,
    tsconfigRaw: {}, // the packages as published, not the workspace tsconfig paths (#dev → development)
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('bench-cls: esbuild wrote nothing');
  return output.text;
}

const variants = [
  {
    id: 'a',
    name: '(a) client-rendered, no stylesheet (before)',
    page: pageAround(plainForm(), { head: OBSERVER }),
    script: await bundle(`import '@gouvkit/components/all.js';\nimport '@gouvkit/forms/all.js';\n${SETTLE}`),
  },
  {
    id: 'b',
    name: '(b) server-rendered + tokens.css, forms.css, then hydrated',
    page: pageAround(await renderToString(formTemplate(), { lang: 'fr' }), {
      head: `${OBSERVER}\n    ${STYLESHEETS}`,
    }),
    script: await bundle(`import '@gouvkit/core/ssr-client.js';
import '@gouvkit/components/all.js';
import '@gouvkit/forms/all.js';
import { hydrate } from '@lit-labs/ssr-client';
import { formTemplate } from './cls-page.mjs';
hydrate(formTemplate(), document.getElementById('app'));
${SETTLE}`),
  },
];

// ── server: the pages, their held scripts, the packages' built files ─────────────────────
/** @type {Map<string, { id: string, page: string, script: string }>} */
const byId = new Map(variants.map((variant) => [variant.id, variant]));
/** @type {{ release: () => void, requested: () => void, open: Promise<void> } | null} */
let gate = null;
const MIME = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = normalize(decodeURIComponent(url.pathname));
  const variant = byId.get(url.searchParams.get('v') ?? '');
  if (path === '/' && variant) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(variant.page.replace('src="/elements.js"', `src="/elements.js?v=${variant.id}"`));
    return;
  }
  if (path === '/elements.js' && variant) {
    const held = gate;
    gate = null;
    if (held) {
      held.requested();
      await held.open;
    }
    res.writeHead(200, { 'content-type': MIME['.js'], 'cache-control': 'no-store' });
    res.end(variant.script);
    return;
  }
  const file = resolve(join(root, path));
  if (/^\/packages\/[a-z-]+\/dist\/[^/]+\.css$/.test(path) && file.startsWith(join(root, 'packages'))) {
    const body = await readFile(file).catch(() => null);
    if (body) {
      res.writeHead(200, { 'content-type': MIME[/** @type {'.css'} */ (extname(file))] });
      res.end(body);
      return;
    }
  }
  res.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no port');
const base = `http://127.0.0.1:${address.port}`;

/** Holds the next elements' script back until `release()`. */
function holdScript() {
  let release = () => {};
  let requested = () => {};
  const open = new Promise((done) => (release = () => done(undefined)));
  const asked = new Promise((done) => (requested = () => done(undefined)));
  gate = { open, release, requested };
  return { requested: asked, release };
}

/**
 * CLS as web-vitals counts it: shifts grouped in session windows (less than 1 s between two
 * shifts, 5 s at most), the largest window's sum.
 *
 * @param {{ value: number, startTime: number }[]} shifts
 */
function cls(shifts) {
  let largest = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { value, startTime } of [...shifts].sort((x, y) => x.startTime - y.startTime)) {
    if (startTime - last > 1000 || startTime - first > 5000) {
      sum = 0;
      first = startTime;
    }
    sum += value;
    last = startTime;
    largest = Math.max(largest, sum);
  }
  return largest;
}

/** One visit: paint without the script, then the script, then idle; the shifts it saw. */
/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ id: string, name: string }} variant
 * @param {{ name: string, width: number, height: number }} viewport
 */
async function visit(browser, variant, { name: _, ...viewport }, debug = false) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const script = holdScript();
    await page.goto(`${base}/?v=${variant.id}`, { waitUntil: 'commit' });
    // The page has painted (its first contentful paint) without the elements' script.
    await page.waitForFunction(() =>
      performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
    );
    const before = debug ? await boxes(page) : null;
    await script.requested;
    script.release();
    await page.waitForFunction(() => /** @type {{ __gouvReady?: boolean }} */ (window).__gouvReady === true);
    // Idle: two frames rendered since, then an idle period.
    const shifts = await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              requestIdleCallback(() => {
                const w = /** @type {any} */ (window);
                const entries = [
                  ...w.__shifts,
                  ...w.__shiftObserver.takeRecords().filter((/** @type {any} */ e) => !e.hadRecentInput),
                ];
                /** @type {(node: any) => string} */
                const describe = (node) =>
                  !node
                    ? '(gone)'
                    : node.nodeType !== 1
                      ? `${node.nodeName} in ${describe(node.parentElement)}`
                      : [
                          node.localName,
                          node.getAttribute('name') ? `[name=${node.getAttribute('name')}]` : '',
                          node.getAttribute('data-gouv-part')
                            ? `[data-gouv-part=${node.getAttribute('data-gouv-part')}]`
                            : '',
                          typeof node.className === 'string' && node.className
                            ? `.${node.className.split(' ')[0]}`
                            : '',
                          node.parentElement?.closest('[name]') && !node.getAttribute('name')
                            ? ` in ${node.parentElement.closest('[name]').localName}[name=${node.parentElement.closest('[name]').getAttribute('name')}]`
                            : '',
                        ].join('');
                done(
                  entries.map((entry) => ({
                    value: entry.value,
                    startTime: entry.startTime,
                    sources: (entry.sources ?? []).map((/** @type {any} */ source) => ({
                      node: describe(source.node),
                      dy: Math.round(source.currentRect.y - source.previousRect.y),
                      dh: Math.round(source.currentRect.height - source.previousRect.height),
                    })),
                  })),
                );
              }),
            ),
          ),
        ),
    );
    if (errors.length) throw new Error(`${variant.name}: page errors: ${errors.join('; ')}`);
    if (before) {
      const after = await boxes(page);
      console.log(
        `\n${variant.name}, ${viewport.width}×${viewport.height}: fields whose box changed (top, height: before → after)`,
      );
      for (const [key, box] of Object.entries(after)) {
        const old = before[key];
        if (!old || old.top !== box.top || old.height !== box.height)
          console.log(
            `  ${key}: ${old ? `${old.top}, ${old.height}` : '(none)'} → ${box.top}, ${box.height}`,
          );
      }
    }
    return /** @type {{ value: number, startTime: number, sources: { node: string, dy: number, dh: number }[] }[]} */ (
      shifts
    );
  } finally {
    await context.close();
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
});
const chromiumVersion = browser.version();
const results = [];
try {
  for (const viewport of VIEWPORTS)
    for (const variant of variants) {
      const values = [];
      /** @type {Map<string, number>} */
      const sources = new Map();
      for (let run = 0; run < RUNS; run++) {
        const shifts = await visit(browser, variant, viewport, DEBUG && run === 0);
        values.push(cls(shifts));
        for (const shift of shifts)
          for (const source of shift.sources) {
            const key = `${source.node} (visible box: y ${source.dy >= 0 ? '+' : ''}${source.dy}px, height ${source.dh >= 0 ? '+' : ''}${source.dh}px)`;
            sources.set(key, (sources.get(key) ?? 0) + 1);
          }
      }
      results.push({ variant, viewport, values, sources });
    }
} finally {
  await browser.close();
  server.close();
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (/** @type {number} */ i) => sorted[i] ?? 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
/** @param {number} value */
const fmt = (value) => value.toFixed(4);
console.log(
  `CLS of ${FIELD_COUNT} fields with content below, the elements' script held until first paint; ${RUNS} runs each, headless Chromium ${chromiumVersion}\n`,
);
const rows = results.map(({ variant, viewport, values }) => [
  variant.name,
  `${viewport.name} ${viewport.width}×${viewport.height}`,
  fmt(median(values)),
  fmt(Math.max(...values)),
  values.map(fmt).join(' '),
]);
const header = ['variant', 'viewport', 'median CLS', 'max CLS', 'runs'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
/** @param {string[]} cells */
const line = (cells) =>
  cells
    .map((cell, i) => (i === 2 || i === 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
    .join('  ')
    .trimEnd();
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const { variant, viewport, values, sources } of results)
  if (Math.max(...values) > 0 && sources.size) {
    const top = [...sources].sort((x, y) => y[1] - x[1]).slice(0, 8);
    console.log(`\n${variant.name}, ${viewport.name}: what moved (node: in how many shifts)`);
    for (const [node, count] of top) console.log(`  ${node}: ${count}`);
  }

const shifting = results.filter(({ variant, values }) => variant.id === 'b' && Math.max(...values) > 0);
if (shifting.length) {
  console.error(
    `\nbench-cls: the server-rendered page shifts (CLS > 0: ${shifting.map(({ viewport }) => viewport.name).join(', ')}).`,
  );
  process.exitCode = 1;
}
