// Builds the CDN bundle: one ES module per element (`input.js`, `button.js`…) and `all.js` with
// every element, sharing their common code (Lit, the core) as chunks so a page that loads
// several files downloads Lit once; plus `gouvkit.css`: the tokens and the light-DOM
// stylesheets of both packages, which the elements need before and after JavaScript.
//
// The entries are the defining entries the packages publish: a new element in
// `@gouvkit/forms` or `@gouvkit/components` gets its CDN file with no change here.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(join(root, 'package.json'));

/** The packages whose elements the bundle carries, in the order their CSS is concatenated. */
const ELEMENT_PACKAGES = ['@gouvkit/components', '@gouvkit/forms'];
/** Entries of those packages that are not one element. */
const NOT_ELEMENTS = new Set(['./all.js']);

async function manifestOf(name) {
  return JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8'));
}

/**
 * `{ outName: specifier }` for every defining entry of the element packages.
 * @returns {Promise<Record<string, string>>}
 */
export async function cdnEntries() {
  /** @type {Record<string, string>} */
  const entries = {};
  for (const name of ELEMENT_PACKAGES) {
    const { exports } = await manifestOf(name);
    for (const key of Object.keys(exports)) {
      if (!key.endsWith('.js') || NOT_ELEMENTS.has(key)) continue;
      const out = key.slice(2, -3);
      if (entries[out]) throw new Error(`Two packages publish ${key}: the CDN file names would clash`);
      entries[out] = `${name}/${key.slice(2)}`;
    }
  }
  return entries;
}

async function main() {
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });

  const entries = await cdnEntries();
  const allSource = ELEMENT_PACKAGES.map((name) => `import '${name}/all.js';`).join('\n');
  await writeFile(join(dist, '.all-entry.js'), allSource);

  const result = await build({
    entryPoints: [
      ...Object.entries(entries).map(([out, specifier]) => ({ out, in: specifier })),
      { out: 'all', in: join(dist, '.all-entry.js') },
    ],
    outdir: dist,
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    // The `#dev` import resolves to its production half: no development warnings, and Lit in
    // production mode. Evergreen browsers only, as the elements need (ElementInternals, :state).
    target: 'es2022',
    minify: true,
    legalComments: 'linked',
    sourcemap: 'linked',
    sourcesContent: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    // Bundle the packages as published: no tsconfig `paths` from the workspace (the core's maps
    // `#dev` to its development half for the type-checker).
    tsconfigRaw: {},
  });
  await rm(join(dist, '.all-entry.js'));

  const css = [];
  for (const [name, file] of [
    ['@gouvkit/tokens', 'tokens.css'],
    ['@gouvkit/components', 'components.css'],
    ['@gouvkit/forms', 'forms.css'],
  ]) {
    css.push(`/* ${name}/${file} */\n${await readFile(require.resolve(`${name}/${file}`), 'utf8')}`);
  }
  await writeFile(join(dist, 'gouvkit.css'), css.join('\n'));
  await writeFile(join(dist, 'meta.json'), JSON.stringify(result.metafile));

  await checkExports(Object.keys(entries));
}

/** The package's `exports` must list every file a team may import, and nothing else. */
async function checkExports(elementFiles) {
  const own = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const expected = [
    './all.js',
    ...elementFiles.map((f) => `./${f}.js`),
    './gouvkit.css',
    './package.json',
  ].sort();
  const listed = Object.keys(own.exports).sort();
  if (JSON.stringify(expected) !== JSON.stringify(listed)) {
    throw new Error(
      `packages/cdn/package.json "exports" is out of date.\nexpected: ${expected.join(', ')}\nlisted:   ${listed.join(', ')}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
