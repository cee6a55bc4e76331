// Builds dist/tokens.css, dist/tokens.json and src/generated/tokens{,-css}.ts from tokens/*.tokens.json.
//
// A small generator rather than Style Dictionary: Style Dictionary 5 needs Node 22 and the repo
// runs on Node 20, and the job (aliases, a light and a dark value, three outputs) fits in a few
// readable files under scripts/lib/ with no dependency.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTokens } from './lib/load.mjs';
import { resolveTokens } from './lib/resolve.mjs';
import { buildCss } from './lib/css.mjs';
import { flatten, buildTs, buildCssTs } from './lib/outputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} path @param {string} text */
function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const record = flatten(resolveTokens(loadTokens(join(root, 'tokens'))));
const css = buildCss(Object.entries(record).map(([name, token]) => ({ name, ...token })));

write(join(root, 'dist/tokens.css'), css);
write(join(root, 'dist/tokens.json'), `${JSON.stringify(record, null, 2)}\n`);
write(join(root, 'src/generated/tokens.ts'), buildTs(record));
write(join(root, 'src/generated/tokens-css.ts'), buildCssTs(css));

const themed = Object.values(record).filter((token) => token.dark !== undefined).length;
console.log(
  `@gouvkit/tokens: ${Object.keys(record).length} tokens (${themed} themed) → dist/, src/generated/`,
);
