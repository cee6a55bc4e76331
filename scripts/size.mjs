#!/usr/bin/env node
// Prints the minified + gzipped size of every element entry of @gouvkit/components, bundled as a
// team's bundler would (code splitting on): with Lit, and without it (Lit shared with the rest
// of the app). "Initial" is what loads with the entry; the icon set, loaded on the first icon
// asked for by name, is a separate lazy chunk, printed apart.
// A benchmark that prints figures: no threshold here. Run `pnpm build` first.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = new URL('../packages/components/dist/', import.meta.url).pathname;
const entries = readdirSync(dist)
  .filter((f) => f.endsWith('.js') && f !== 'index.js')
  .sort();
const LIT = ['lit', 'lit/*', '@lit/*'];

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Bundles `entryPoint`; returns the gzip size of the entry with its static imports, and of the lazy chunks. */
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
    const all = Object.keys(outputs).filter((file) => file.endsWith('.js'));
    const sum = (files) => files.reduce((total, file) => total + gzip(file), 0);
    return { initial: sum([...initial]), lazy: sum(all.filter((file) => !initial.has(file))) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const kb = (bytes) => (bytes ? `${(bytes / 1024).toFixed(1)} KB` : '–');
const header = ['entry', 'initial with Lit', 'initial without Lit', 'lazy icon set'];
const rows = [];
for (const file of entries) {
  const withLit = await measure(join(dist, file), []);
  const withoutLit = await measure(join(dist, file), LIT);
  rows.push([
    `@gouvkit/components/${file}`,
    kb(withLit.initial),
    kb(withoutLit.initial),
    kb(withoutLit.lazy),
  ]);
}
const lit = await build({
  stdin: { contents: "export * from 'lit';", resolveDir: dist },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});
rows.push([
  'lit 3 alone (for reference)',
  kb(gzipSync(lit.outputFiles[0].contents, { level: 9 }).length),
  '',
  '',
]);

const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
