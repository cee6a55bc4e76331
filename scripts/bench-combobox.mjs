#!/usr/bin/env node
// Measures gouv-combobox over the 34,969 French communes: the size of the lazily loaded data,
// the index build and search times in Node, and in headless Chromium the time from a keystroke
// to the suggestions rendered (the first keystroke, which loads the data and builds the index,
// then warm keystrokes: median and p95). The same is measured for a naive peer, an
// Array.filter over the same communes (names folded once), so the index's figures have a
// baseline. A benchmark that prints figures next to the 50 ms target: no assertion.
//
// Run `pnpm build` first (it bundles packages/forms/dist); `--src` bundles the sources instead.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';
import { chromiumArgs } from './wtr-config.mjs';

const TARGET_MS = 50;
const root = fileURLToPath(new URL('..', import.meta.url));
const fromSource = process.argv.includes('--src');
const forms = join(root, 'packages/forms', fromSource ? 'src' : 'dist');
const ext = fromSource ? '.ts' : '.js';
const mod = (path) => JSON.stringify(join(forms, `${path}${ext}`));

/** What people type: name prefixes (with accents, hyphens, « st »), postcodes, a département. */
const QUERIES = [
  'sai',
  'lyo',
  '750',
  'mar',
  'par',
  'bor',
  'tou',
  'nan',
  'str',
  'lil',
  'ren',
  'rei',
  'le h',
  'la r',
  'st e',
  'sainte-',
  'mon',
  'cha',
  'ven',
  'gre',
  'dij',
  'ang',
  '69',
  '130',
  '310',
  'bes',
  'bou',
  'aix',
  'val',
  'vil',
  'cae',
  'per',
  'rou',
  'tro',
  'bre',
  'cle',
  'aur',
  'pau',
  'ajac',
  'nim',
  'amie',
  'metz',
  'lim',
  'poi',
  'orl',
  "l'ha",
  'saint-m',
  'cham',
  'fort',
  '974',
];

const ms = (n) => `${n.toFixed(n < 1 ? 3 : 1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const gzip = (text) => gzipSync(text, { level: 9 }).length;
function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1), n: sorted.length };
}
const verdict = (value) => (value <= TARGET_MS ? `≤ ${TARGET_MS} ms ✓` : `> ${TARGET_MS} ms ✗`);
/** Every prefix a user types on the way to each query. */
const prefixes = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));

const dir = mkdtempSync(join(tmpdir(), 'gouvkit-bench-combobox-'));
try {
  // ── Node: data size, decode, index, search ─────────────────────────────────────────────
  writeFileSync(
    join(dir, 'node-entry.js'),
    `export { decodeCommunes } from ${mod('communes/commune-data')};
export { CommuneIndex } from ${mod('communes/commune-index')};
export { foldText, foldQuery } from ${mod('combobox/normalize')};
export { COMMUNES_DATA } from ${mod('communes/generated/communes-data')};`,
  );
  await build({
    entryPoints: [join(dir, 'node-entry.js')],
    bundle: true,
    tsconfigRaw: {}, // the packages as published, not the workspace tsconfig paths (#dev → development)
    format: 'esm',
    platform: 'node',
    outfile: join(dir, 'node-bundle.mjs'),
    logLevel: 'error',
  });
  const lib = await import(pathToFileURL(join(dir, 'node-bundle.mjs')).href);
  const { decodeCommunes, CommuneIndex, foldText, foldQuery, COMMUNES_DATA } = lib;

  const dataModule = readFileSync(join(forms, `communes/generated/communes-data${ext}`), 'utf8');
  console.log(`gouv-combobox benchmark (${fromSource ? 'sources' : 'packages/forms/dist'})\n`);
  console.log('Commune data (the lazily loaded module)');
  console.log(`  ${kb(Buffer.byteLength(dataModule))} raw, ${kb(gzip(dataModule))} gzip`);

  const time = (fn) => {
    const start = performance.now();
    const result = fn();
    return [performance.now() - start, result];
  };
  const [decodeMs, table] = time(() => decodeCommunes(COMMUNES_DATA));
  const [indexMs, index] = time(() => new CommuneIndex(table));
  const [firstMs] = time(() => index.search('l'));
  const [allMs] = time(() => new CommuneIndex(table).buildAll());
  console.log(`\nNode ${process.version}: index build (cold)`);
  console.log(`  decode ${table.size} communes   ${ms(decodeMs)}`);
  console.log(`  index (buckets)          ${ms(indexMs)}`);
  console.log(`  first search (one letter sorted) ${ms(firstMs)}`);
  console.log(`  whole index, every letter and postcode ${ms(allMs)}`);

  // Naive peers: every commune as an object, filtered on each query.
  const communes = Array.from({ length: table.size }, (_, i) => table.commune(i));
  const folded = communes.map((c) => foldText(c.nom));
  const rank = (a, b) => b.population - a.population;
  const naiveFoldEach = (query) => {
    const q = foldQuery(query);
    if (!q) return [];
    return communes
      .filter((c) =>
        /^\d+$/.test(q) ? c.codesPostaux.some((p) => p.startsWith(q)) : foldText(c.nom).startsWith(q),
      )
      .sort(rank)
      .slice(0, 10);
  };
  const naiveFolded = (query) => {
    const q = foldQuery(query);
    if (!q) return [];
    const digits = /^\d+$/.test(q);
    return communes
      .filter((c, i) => (digits ? c.codesPostaux.some((p) => p.startsWith(q)) : folded[i].startsWith(q)))
      .sort(rank)
      .slice(0, 10);
  };
  const searchTimes = (search, rounds) => {
    for (const q of prefixes) search(q); // warm up
    const samples = [];
    for (let r = 0; r < rounds; r++)
      for (const q of prefixes) {
        const start = performance.now();
        search(q);
        samples.push(performance.now() - start);
      }
    return stats(samples);
  };
  const line = (name, s) =>
    console.log(`  ${name.padEnd(38)} median ${ms(s.median).padStart(9)}  p95 ${ms(s.p95).padStart(9)}`);
  console.log(`\nNode: pure search, ${prefixes.length} prefixes of ${QUERIES.length} queries (limit 10)`);
  line(
    'prefix index (gouvkit)',
    searchTimes((q) => index.search(q), 20),
  );
  line('naive filter, names folded once', searchTimes(naiveFolded, 3));
  line('naive filter, folding on each query', searchTimes(naiveFoldEach, 1));

  // A page that only uses the element: what loads with it, and what loads on the first search.
  writeFileSync(
    join(dir, 'size-entry.js'),
    `import { GouvCombobox } from ${mod('combobox')};
if (!customElements.get('gouv-combobox')) customElements.define('gouv-combobox', GouvCombobox);`,
  );
  const sized = await build({
    entryPoints: [join(dir, 'size-entry.js')],
    bundle: true,
    tsconfigRaw: {}, // the packages as published, not the workspace tsconfig paths (#dev → development)
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: join(dir, 'size'),
    metafile: true,
    absWorkingDir: root,
    logLevel: 'error',
  });
  const outputs = new Map(Object.entries(sized.metafile.outputs).filter(([file]) => file.endsWith('.js')));
  const entry = [...outputs].find(([, o]) => o.entryPoint)?.[0];
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file) || !outputs.has(file)) return;
    initial.add(file);
    for (const i of outputs.get(file).imports) if (i.kind === 'import-statement') visit(i.path);
  };
  if (entry) visit(entry);
  const size = (files) => files.reduce((sum, file) => sum + gzip(readFileSync(join(root, file))), 0);
  const lazy = [...outputs.keys()].filter((file) => !initial.has(file));
  const isData = (file) => Object.keys(outputs.get(file).inputs).some((i) => i.includes('communes-data'));
  console.log('\nBundle of a page with the element (esbuild, minified, code splitting, Lit included)');
  console.log(`  loaded with the page: the element               ${kb(size([...initial]))} gzip`);
  console.log(
    `  on the first search: search code (source="communes") ${kb(size(lazy.filter((f) => !isData(f))))} gzip`,
  );
  console.log(`  on the first search: commune data               ${kb(size(lazy.filter(isData)))} gzip`);

  // ── Chromium: keystroke to suggestions rendered ────────────────────────────────────────
  writeFileSync(
    join(dir, 'page.js'),
    `import { GouvCombobox } from ${mod('combobox')};
import { decodeCommunes } from ${mod('communes/commune-data')};
import { foldQuery, foldText } from ${mod('combobox/normalize')};
import { communeLabel } from ${mod('communes/commune-source')};
import { CommuneIndex } from ${mod('communes/commune-index')};

// Until package.json lists combobox in \`sideEffects\`, a bundler may drop a bare import of it.
if (!customElements.get('gouv-combobox')) customElements.define('gouv-combobox', GouvCombobox);

const mode = new URLSearchParams(location.search).get('mode');
const el = document.querySelector('gouv-combobox');
let naive;
/** The naive peer: the same data, every commune an object, Array.filter on each query. */
async function naiveSource(query) {
  naive ??= import(${mod('communes/generated/communes-data')}).then(({ COMMUNES_DATA }) => {
    const table = decodeCommunes(COMMUNES_DATA);
    const communes = Array.from({ length: table.size }, (_, i) => table.commune(i));
    return { communes, folded: communes.map((c) => foldText(c.nom)) };
  });
  const { communes, folded } = await naive;
  const q = foldQuery(query);
  if (!q) return [];
  const digits = /^\\d+$/.test(q);
  return communes
    .filter((c, i) => (digits ? c.codesPostaux.some((p) => p.startsWith(q)) : folded[i].startsWith(q)))
    .sort((a, b) => b.population - a.population)
    .slice(0, 10)
    .map((c) => ({ value: c.code, label: communeLabel(c), description: c.codesPostaux.slice(0, 3).join(', ') }));
}
/** The first search, step by step: module import, decoding, index, first search. */
window.__breakdown = async () => {
  const t0 = performance.now();
  const { COMMUNES_DATA } = await import(${mod('communes/generated/communes-data')});
  const t1 = performance.now();
  const table = decodeCommunes(COMMUNES_DATA);
  const t2 = performance.now();
  const index = new CommuneIndex(table);
  const t3 = performance.now();
  index.search('l');
  const t4 = performance.now();
  index.search('s');
  const t5 = performance.now();
  const searches = [];
  for (const q of ${JSON.stringify(prefixes)}) {
    const start = performance.now();
    index.search(q);
    searches.push(performance.now() - start);
  }
  return { load: t1 - t0, decode: t2 - t1, index: t3 - t2, first: t4 - t3, second: t5 - t4, searches };
};
if (mode === 'naive') el.source = naiveSource;
else el.setAttribute('source', 'communes');

const bench = (window.__bench = { samples: [], t0: 0 });
document.addEventListener('keydown', () => (bench.t0 = performance.now()), true);
el.addEventListener('gouv-results', (event) => {
  if (event.detail.query !== el.input.value) return;
  const dom = performance.now() - bench.t0;
  // The next frame: the suggestions are painted by then.
  requestAnimationFrame(() =>
    setTimeout(() =>
      bench.samples.push({ query: event.detail.query, count: event.detail.count, dom, frame: performance.now() - bench.t0 }),
    ),
  );
});`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="fr"><meta charset="utf-8"><title>bench</title>
<body><form><gouv-combobox label="Commune" name="commune"></gouv-combobox></form>
<script type="module" src="./page.js"></script></body></html>`,
  );
  await build({
    entryPoints: [join(dir, 'page.js')],
    bundle: true,
    tsconfigRaw: {}, // the packages as published, not the workspace tsconfig paths (#dev → development)
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: join(dir, 'out'),
    absWorkingDir: root,
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'out', 'index.html'), readFileSync(join(dir, 'index.html')));
  const server = await serveStatic(join(dir, 'out'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
  const results = {};
  try {
    const fresh = await browser.newPage();
    await fresh.goto(`${server.url}/?mode=none`);
    await fresh.waitForFunction(() => window.__breakdown);
    const b = await fresh.evaluate(() => window.__breakdown());
    await fresh.close();
    const pure = stats(b.searches);
    console.log('\nChromium: the first search, step by step');
    console.log(
      `  import the data module ${ms(b.load)}, decode ${ms(b.decode)}, index ${ms(b.index)}, first search (sorts « l ») ${ms(b.first)}, a second letter ${ms(b.second)}`,
    );
    console.log(`  pure search afterwards: median ${ms(pure.median)}, p95 ${ms(pure.p95)}`);
    // The first keystroke on a fresh page: typed at once after focus, and after a pause of 1 s
    // on the field (the source starts loading on focus).
    for (const [mode, pause] of [
      ['index', 0],
      ['index', 1000],
      ['naive', 0],
    ]) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`page error (${mode}):`, error.message));
      await page.goto(`${server.url}/?mode=${mode}`);
      await page.waitForFunction(() => customElements.get('gouv-combobox') && window.__bench);
      await page.focus('gouv-combobox input');
      await page.waitForTimeout(pause);
      await page.keyboard.press('l');
      await page.waitForFunction(() => window.__bench.samples.length >= 1, undefined, { polling: 'raf' });
      const [first] = await page.evaluate(() => window.__bench.samples);
      (results[mode] ??= { first: [] }).first.push({ pause, ...first });
      await page.close();
    }
    for (const mode of ['index', 'naive']) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`page error (${mode}):`, error.message));
      await page.goto(`${server.url}/?mode=${mode}`);
      await page.waitForFunction(() => customElements.get('gouv-combobox') && window.__bench);
      await page.focus('gouv-combobox input');
      let expected = 0;
      const press = async (key) => {
        await page.keyboard.press(key);
        expected++;
        await page.waitForFunction((n) => window.__bench.samples.length >= n, expected, { polling: 'raf' });
      };
      const clear = async () => {
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.waitForFunction(() => document.querySelector('.gouv-combobox__popup').hidden);
      };
      await press('l');
      await clear();
      // Every letter sorted, as after a few seconds on the page.
      await page.waitForTimeout(3000);
      for (const query of QUERIES) {
        for (const key of query) await press(key === ' ' ? 'Space' : key);
        await clear();
      }
      const samples = await page.evaluate(() => window.__bench.samples);
      const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]);
      Object.assign(results[mode], { warm: samples.slice(1), version });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Every query has communes: an empty list answers at once and would time nothing. It means
  // `source="communes"` lost its registration (\`sideEffects\` in packages/forms/package.json).
  const empty = [...results.index.first, ...results.index.warm].filter((s) => !s.count);
  if (empty.length)
    throw new Error(
      `bench-combobox: source="communes" gave no suggestion for ${empty.map((s) => `« ${s.query} »`).join(', ')}; is communes/register.js listed in sideEffects?`,
    );

  console.log(`\n${results.index.version} headless: keystroke → suggestions rendered (DOM) / next frame`);
  for (const [mode, name] of [
    ['index', 'gouv-combobox, prefix index'],
    ['naive', 'naive Array.filter source'],
  ]) {
    const { first, warm } = results[mode];
    const dom = stats(warm.map((s) => s.dom));
    const frame = stats(warm.map((s) => s.frame));
    console.log(`  ${name}`);
    for (const { pause, dom, frame } of first)
      console.log(
        `    first keystroke ${pause ? `after ${pause / 1000} s on the field` : 'at once after focus'} (data load included)  ${ms(dom)} / ${ms(frame)}`,
      );
    console.log(
      `    warm keystrokes (${dom.n})  median ${ms(dom.median)} / ${ms(frame.median)}   p95 ${ms(dom.p95)} / ${ms(frame.p95)}   max ${ms(dom.max)}   target ${TARGET_MS} ms: ${verdict(dom.p95)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
