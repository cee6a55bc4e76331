#!/usr/bin/env node
// Prints the minified + gzipped size of every element entry of @gouvkit/components and
// @gouvkit/forms, bundled as a team's bundler would (code splitting on): with Lit, and without
// it (Lit shared with the rest of the app). "Initial" is what loads with the entry; lazy chunks
// (the icon set for `icon="…"`, the commune data) load on first use and are printed apart.
// Peers in the same run: Web Awesome's input (its element, then with its default theme CSS,
// since our entries carry their design tokens). A benchmark that prints figures: no threshold.
// Run `pnpm build` first (`pnpm size` does).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const LIT = ['lit', 'lit/*', '@lit/*'];
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => (bytes ? `${(bytes / 1024).toFixed(1)} KB` : '–');

/** Bundles `entryPoint`; returns gzip sizes of the entry with its static imports, and of the lazy chunks. */
async function measure(entryPoint, external) {
  const outdir = mkdtempSync(join(tmpdir(), 'gouvkit-size-'));
  try {
    const { metafile } = await build({
      entryPoints: [entryPoint],
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      outdir,
      metafile: true,
      external,
      logLevel: 'error',
      loader: { '.css': 'text' },
      // Measure the packages as published: the workspace's tsconfig `paths` would map the core's
      // `#dev` import to its development half (warnings included).
      tsconfigRaw: {},
    });
    const outputs = metafile.outputs;
    const initial = new Set();
    const visit = (file) => {
      if (initial.has(file)) return;
      initial.add(file);
      for (const imported of outputs[file].imports)
        if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
    };
    visit(Object.keys(outputs).find((file) => outputs[file].entryPoint));
    const js = Object.keys(outputs).filter((file) => file.endsWith('.js'));
    const sum = (files) => files.reduce((total, file) => total + gzip(readFileSync(join(root, file))), 0);
    return { initial: sum([...initial]), lazy: sum(js.filter((file) => !initial.has(file))) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const rows = [];
async function row(label, entryPoint, extra = 0) {
  const withLit = await measure(entryPoint, []);
  const withoutLit = await measure(entryPoint, LIT);
  rows.push([label, kb(withLit.initial + extra), kb(withoutLit.initial + extra), kb(withoutLit.lazy)]);
  return withLit.initial + extra;
}

const measured = {};
for (const pkg of ['components', 'forms']) {
  const dist = join(root, 'packages', pkg, 'dist');
  if (!existsSync(dist)) continue;
  for (const file of readdirSync(dist)
    .filter((f) => f.endsWith('.js') && f !== 'index.js')
    .sort())
    measured[`${pkg}/${file}`] = await row(`@gouvkit/${pkg}/${file}`, join(dist, file));
}

const webAwesome = dirname(require.resolve('@awesome.me/webawesome/package.json'));
const waTheme = gzip(readFileSync(join(webAwesome, 'dist/styles/themes/default.css')));
const waInput = await row(
  'peer: Web Awesome 3 input (element)',
  join(webAwesome, 'dist/components/input/input.js'),
);
const waInputThemed = await row(
  'peer: Web Awesome 3 input + default theme CSS',
  join(webAwesome, 'dist/components/input/input.js'),
  waTheme,
);
const lit = await build({
  stdin: { contents: "export * from 'lit';", resolveDir: root },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});
rows.push(['lit 3 alone (for reference)', kb(gzip(lit.outputFiles[0].contents)), '', '']);

const header = ['entry', 'initial with Lit', 'initial without Lit', 'lazy chunks'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));

// The forms target: each control's entry (with Lit) at most 0.7 × Web Awesome's input.
const controls = Object.entries(measured).filter(
  ([name]) => name.startsWith('forms/') && name !== 'forms/all.js',
);
if (controls.length) {
  console.log(
    `\nForms controls vs Web Awesome's input with its theme (${kb(waInputThemed)}; element alone ${kb(waInput)}), target ≤ 0.70×:`,
  );
  for (const [name, bytes] of controls)
    console.log(
      `  ${name.padEnd(32)} ${(bytes / waInputThemed).toFixed(2)}× themed, ${(bytes / waInput).toFixed(2)}× element alone`,
    );
}
