// @ts-check
// Writes `src/generated/`: one React component per public element of @gouvkit/forms and
// @gouvkit/components, read from their shipped manifests (`custom-elements.json`, built with
// each package). Run by `build` and `typecheck`; the output is not committed.
//
// Each module imports its element's defining entry (`@gouvkit/forms/input.js`), so using the
// component defines the element, and types the component's props from the element class
// (`GouvInputElement['label']`): the manifest says which props exist, the class what they take.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages wrapped, in the order their components are exported. */
export const PACKAGES = ['@gouvkit/forms', '@gouvkit/components'];

const HEADER = '// Generated from custom-elements.json by scripts/generate.mjs: do not edit.\n';

/**
 * What the manifest says of a module, as far as the generator reads it.
 * @typedef {{ kind?: string, name: string, description?: string, readonly?: boolean, static?: boolean }} Member
 * @typedef {{ name?: string, description?: string, type?: { text?: string } }} ManifestEvent
 * @typedef {{ kind?: string, name: string, tagName?: string, customElement?: boolean, summary?: string,
 *   description?: string, members?: Member[], events?: ManifestEvent[] }} Declaration
 * @typedef {{ modules: { path: string, declarations?: Declaration[] }[] }} Manifest
 *
 * One element's component.
 * @typedef {{ tag: string, className: string, entry: string, file: string, summary: string,
 *   description: string, properties: { name: string, description: string }[],
 *   events: { name: string, prop: string, type: string, description: string }[] }} Element
 */

/** `gouv-results` → `GouvResults`, `input` → `Input`. @param {string} name */
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());

/**
 * The React prop that listens to `event`: `input` → `onInput`, `gouv-results` → `onGouvResults`.
 * @param {string} event
 */
export const eventProp = (event) => `on${pascal(event)}`;

/**
 * A JSDoc block (a star-slash in the text is escaped).
 * @param {string | undefined} text
 */
function doc(text, indent = '') {
  if (!text?.trim()) return '';
  const lines = text.trim().replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/**
 * The public elements of one package's manifest, with what a component needs: its defining
 * entry (`dist/input/gouv-input.js` → `@gouvkit/forms/input.js`, which must be exported), its
 * settable properties (fields that are not read-only) and its events.
 *
 * @param {Manifest} manifest the parsed custom-elements.json
 * @param {string} packageName
 * @param {Record<string, unknown>} packageExports the package's `exports` field
 * @returns {Element[]}
 */
export function elementsOf(manifest, packageName, packageExports) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => {
        const folder = /^dist\/([^/]+)\/[^/]+\.js$/.exec(module.path)?.[1];
        const entry = `./${folder}.js`;
        if (!folder || !(entry in packageExports))
          throw new Error(
            `${declaration.tagName}: no defining entry ${packageName}/${folder}.js for ${module.path}`,
          );
        const seen = new Set();
        const properties = (declaration.members ?? []).filter((member) => {
          if (member.kind !== 'field' || member.readonly || member.static || seen.has(member.name))
            return false;
          seen.add(member.name);
          return true;
        });
        const events = /** @type {(ManifestEvent & { name: string })[]} */ (
          (declaration.events ?? []).filter((event) => event.name)
        );
        for (const event of events)
          if (properties.some((property) => property.name === eventProp(event.name)))
            throw new Error(`${declaration.tagName}: the property ${eventProp(event.name)} hides its event`);
        return {
          tag: /** @type {string} */ (declaration.tagName),
          className: declaration.name,
          entry: `${packageName}/${folder}.js`,
          file: folder,
          summary: declaration.summary ?? '',
          description: declaration.description ?? '',
          properties: properties.map((property) => ({
            name: property.name,
            description: property.description ?? '',
          })),
          events: events.map((event) => ({
            name: event.name,
            prop: eventProp(event.name),
            type: event.type?.text?.trim() || 'Event',
            description: event.description ?? '',
          })),
        };
      }),
  );
}

/** The module of one element's component. @param {Element} element */
export function componentModule(element) {
  const { className } = element;
  const type = `${className}Element`;
  const own = [
    ...element.properties.map(
      (property) =>
        `${doc(property.description, '  ')}  ${property.name}?: ${type}[${JSON.stringify(property.name)}];\n`,
    ),
    ...element.events.map(
      (event) =>
        `${doc(event.description, '  ')}  ${event.prop}?: GouvEventHandler<${event.type}, ${type}>;\n`,
    ),
  ].join('');
  const events = element.events.map((event) => `${event.prop}: ${JSON.stringify(event.name)}`).join(', ');
  return `${HEADER}// The component's module first: on the server it installs the DOM shim the element needs.
import { createGouvComponent } from '../create-component.js';
import { ${className} as ${type} } from '${element.entry}';
import type { GouvComponent, GouvEventHandler, GouvProps } from '../types.js';

export type { ${type} };

/** What \`<${className}>\` takes besides React's HTML attributes: the properties and events of \`<${element.tag}>\`. */
export interface ${className}OwnProps {
${own}}

/** The props of \`<${className}>\`, typed by the element class; \`ref\` is the element. */
export type ${className}Props = GouvProps<${type}, ${className}OwnProps>;

${doc(
  [
    `${element.summary || element.description.split('\n')[0]}`,
    '',
    `\`<${element.tag}>\` as a React component: props are set as properties, \`on*\` props listen to its events, \`ref\` is the element. Using it defines the element (\`${element.entry}\`).`,
    '',
    '@see https://gouvkit.github.io/gouvkit/',
  ].join('\n'),
)}export const ${className}: GouvComponent<${type}, ${className}Props> = /* @__PURE__ */ createGouvComponent<${type}, ${className}Props>({
  tagName: ${JSON.stringify(element.tag)},
  elementClass: ${type},
  properties: [${element.properties.map((property) => JSON.stringify(property.name)).join(', ')}],
  events: ${events ? `{ ${events} }` : '{}'},
  displayName: ${JSON.stringify(className)},
});
`;
}

/** The index of every component, in the packages' order. @param {Element[]} elements */
export function indexModule(elements) {
  return `${HEADER}${elements.map((element) => `export * from './${element.file}.js';\n`).join('')}`;
}

/**
 * Reads each package's manifest and exports from where Node finds the package.
 * @returns {{ name: string, manifest: Manifest, exports: Record<string, unknown> }[]}
 */
export function readPackages(from = import.meta.url) {
  const require = createRequire(from);
  return PACKAGES.map((name) => {
    const manifestPath = require.resolve(`${name}/custom-elements.json`);
    const packageJson = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
    return { name, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')), exports: packageJson.exports };
  });
}

/** Every file of `src/generated/`, by name. */
export function generate(packages = readPackages()) {
  const elements = packages.flatMap(({ name, manifest, exports }) => elementsOf(manifest, name, exports));
  /** @type {Map<string, string>} */
  const files = new Map();
  for (const element of elements) {
    if (files.has(`${element.file}.ts`))
      throw new Error(`Two elements would be written to ${element.file}.ts`);
    files.set(`${element.file}.ts`, componentModule(element));
  }
  files.set('index.ts', indexModule(elements));
  return { elements, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '../src/generated');
  const { elements, files } = generate();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  console.log(`@gouvkit/react: ${elements.length} components written to src/generated/`);
}
