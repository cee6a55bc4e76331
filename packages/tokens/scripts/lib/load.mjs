// Reads the DTCG token files and flattens them into a list of tokens.
// A token is any object with a `$value`; groups pass their `$type` down to their children,
// as the W3C Design Tokens format says.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The extension key under which a token's dark-theme value lives. */
export const THEME_EXTENSION = 'fr.gouvkit.theme';

/**
 * @typedef {object} RawToken
 * @property {string[]} path          e.g. ['color', 'text', 'title']
 * @property {string} type            DTCG $type, own or inherited
 * @property {unknown} value          $value, aliases not yet resolved
 * @property {unknown} [dark]         the dark-theme $value, when the token has one
 * @property {string} description
 * @property {string} file            where it was defined, for error messages
 */

/** Path segments become CSS custom property names, so they must be CSS-safe. */
const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

/** @param {unknown} node @returns {node is Record<string, unknown>} */
const isObject = (node) => typeof node === 'object' && node !== null && !Array.isArray(node);

/**
 * Flattens one parsed token document.
 * @param {unknown} document
 * @param {string} file
 * @returns {RawToken[]}
 */
export function flattenTokens(document, file = '<inline>') {
  /** @type {RawToken[]} */
  const tokens = [];
  /** @param {unknown} node @param {string[]} path @param {string | undefined} inheritedType */
  const walk = (node, path, inheritedType) => {
    if (!isObject(node)) throw new Error(`${file}: "${path.join('.')}" is neither a token nor a group`);
    const type = typeof node.$type === 'string' ? node.$type : inheritedType;
    if ('$value' in node) {
      if (!type) throw new Error(`${file}: token "${path.join('.')}" has no $type (own or inherited)`);
      const extensions = isObject(node.$extensions) ? node.$extensions : {};
      const theme = isObject(extensions[THEME_EXTENSION]) ? extensions[THEME_EXTENSION] : undefined;
      tokens.push({
        path,
        type,
        value: node.$value,
        ...(theme && 'dark' in theme ? { dark: theme.dark } : {}),
        description: typeof node.$description === 'string' ? node.$description : '',
        file,
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$')) continue;
      if (!SEGMENT.test(key))
        throw new Error(`${file}: "${[...path, key].join('.')}" is not a CSS-safe name`);
      walk(child, [...path, key], type);
    }
  };
  walk(document, [], undefined);
  return tokens;
}

/**
 * Reads every `*.tokens.json` of a folder, in name order so the output is stable.
 * @param {string} dir
 * @returns {RawToken[]}
 */
export function loadTokens(dir) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.tokens.json'))
    .sort();
  const tokens = files.flatMap((name) =>
    flattenTokens(JSON.parse(readFileSync(join(dir, name), 'utf8')), name),
  );
  /** @type {Map<string, string>} */
  const seen = new Map();
  for (const token of tokens) {
    const key = token.path.join('.');
    const first = seen.get(key);
    if (first) throw new Error(`Token "${key}" is defined twice: in ${first} and ${token.file}`);
    seen.set(key, token.file);
  }
  return tokens;
}
