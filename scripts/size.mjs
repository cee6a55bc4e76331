#!/usr/bin/env node
// Prints the minified + gzipped size of every element entry of @gouvkit/components, bundled as a
// team's bundler would: with Lit, and without it (Lit shared with the rest of the app).
// A benchmark that prints figures: no threshold here. Run `pnpm build` first.
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = new URL('../packages/components/dist/', import.meta.url);
const entries = readdirSync(dist)
  .filter((f) => f.endsWith('.js') && f !== 'index.js')
  .sort();

async function gzipSize(entryPoint, external) {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'error',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
for (const file of entries) {
  const path = new URL(file, dist).pathname;
  rows.push([`@gouvkit/components/${file}`, kb(await gzipSize(path, [])), kb(await gzipSize(path, ['lit', 'lit/*', '@lit/*']))]);
}
const litOnly = await build({ stdin: { contents: "export * from 'lit';", resolveDir: dist.pathname }, bundle: true, minify: true, format: 'esm', write: false });
rows.push(['lit (for reference)', kb(gzipSync(litOnly.outputFiles[0].contents, { level: 9 }).length), '']);

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['entry', 'gzip with Lit', 'gzip without Lit'][i].length));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(['entry', 'gzip with Lit', 'gzip without Lit']));
for (const row of rows) console.log(line(row));
