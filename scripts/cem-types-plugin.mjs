// A Custom Elements Manifest analyzer plugin: writes, from the shipped manifest, the types a team
// needs to use the elements directly in a framework, with the compiler checking every attribute,
// property and event:
//
// - `dist/events.d.ts`: each custom event in `HTMLElementEventMap`, so `addEventListener
//   ('gouv-dismiss', (e) => e.detail)` is typed; `dist/index.d.ts` references it.
// - `dist/react.d.ts`: React 19's `JSX.IntrinsicElements` (React 19 sets a property when the
//   element has it, else the attribute; `ongouv-dismiss` listens to `gouv-dismiss`).
// - `dist/vue.d.ts`: Vue 3's `GlobalComponents`, for `vue-tsc` with `strictTemplates`
//   (`@gouv-dismiss` is the `onGouvDismiss` prop; `v-model` is `modelValue` for the checker).
//
// It runs after `publishManifestPlugin`, so it reads shipped paths only.
import { readFileSync, writeFileSync } from 'node:fs';

const HEADER = '// Generated from custom-elements.json by scripts/cem-types-plugin.mjs: do not edit.\n';

/** The detail type of `CustomEvent<T>`, or `null` for a native event type (`Event`). */
function detailOf(type) {
  const match = /^CustomEvent<([\s\S]+)>$/.exec(type?.trim() ?? '');
  return match ? match[1] : null;
}

/** `gouv-dismiss` → `GouvDismiss`: how Vue names the listener prop (`onGouvDismiss`). */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

// A JSDoc block from a manifest description (a star-slash in it is escaped).
function doc(text, indent) {
  if (!text?.trim()) return '';
  const lines = text.trim().replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** The public elements: `{ tag, className, module, description, attributes, fields, events }`. */
function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    module.declarations
      .filter((d) => d.tagName)
      .map((d) => ({
        tag: d.tagName,
        className: d.name,
        module: `./${module.path.replace(/^dist\//, '')}`,
        description: d.summary || d.description,
        attributes: d.attributes ?? [],
        fields: (d.members ?? []).filter((m) => m.kind === 'field' && !m.readonly),
        events: (d.events ?? []).filter((e) => e.name),
      })),
  );
}

/** Each element's own props: its attributes (kebab-case) and settable properties, typed by the class. */
function ownProps(element, indent) {
  const lines = [];
  const seen = new Set();
  for (const attribute of element.attributes) {
    if (!attribute.fieldName || seen.has(attribute.name)) continue;
    seen.add(attribute.name);
    lines.push(
      `${doc(attribute.description, indent)}${indent}${JSON.stringify(attribute.name)}?: ${element.className}[${JSON.stringify(attribute.fieldName)}];`,
    );
  }
  for (const field of element.fields) {
    if (seen.has(field.name)) continue;
    seen.add(field.name);
    lines.push(
      `${doc(field.description, indent)}${indent}${JSON.stringify(field.name)}?: ${element.className}[${JSON.stringify(field.name)}];`,
    );
  }
  return lines;
}

const imports = (elements) =>
  elements.map((e) => `import type { ${e.className} } from ${JSON.stringify(e.module)};`).join('\n');

function eventsFile(elements) {
  const events = new Map();
  for (const element of elements)
    for (const event of element.events) {
      const detail = detailOf(event.type?.text);
      if (detail && !events.has(event.name))
        events.set(event.name, { detail, description: event.description });
    }
  const entries = [...events].map(
    ([name, { detail, description }]) =>
      `${doc(description, '    ')}    ${JSON.stringify(name)}: CustomEvent<${detail}>;`,
  );
  return `${HEADER}${detailImports(elements)}\ndeclare global {\n  interface HTMLElementEventMap {\n${entries.join('\n')}\n  }\n}\n\nexport {};\n`;
}

function reactFile(elements) {
  const blocks = elements.map((element) => {
    const props = ownProps(element, '  ');
    for (const event of element.events) {
      if (!event.name.includes('-')) continue; // native events: React's own `onInput`, `onChange`…
      const detail = detailOf(event.type?.text) ?? 'unknown';
      props.push(
        `${doc(event.description, '  ')}  ${JSON.stringify(`on${event.name}`)}?: (event: CustomEvent<${detail}>) => void;`,
      );
    }
    return `/** Props of \`<${element.tag}>\` in React 19. */\nexport interface ${element.className}Props {\n${props.join('\n')}\n}`;
  });
  const intrinsic = elements.map(
    (e) =>
      `${doc(e.description, '      ')}      ${JSON.stringify(e.tag)}: Omit<React.DetailedHTMLProps<React.HTMLAttributes<${e.className}>, ${e.className}>, keyof ${e.className}Props> & ${e.className}Props;`,
  );
  return `${HEADER}import type * as React from 'react';\n${imports(elements)}\n${detailImports(elements)}\n${blocks.join('\n\n')}\n\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${intrinsic.join('\n')}\n    }\n  }\n}\n`;
}

function vueFile(elements) {
  const blocks = elements.map((element) => {
    const props = ownProps(element, '  ');
    const value =
      element.attributes.some((a) => a.fieldName === 'value') ||
      element.fields.some((f) => f.name === 'value');
    if (value)
      props.push(
        `  /** What \`v-model\` binds (Vue's checker names it \`modelValue\`). */\n  modelValue?: ${element.className}['value'];`,
      );
    for (const event of element.events) {
      if (!event.name.includes('-')) continue;
      const detail = detailOf(event.type?.text) ?? 'unknown';
      props.push(
        `${doc(event.description, '  ')}  on${pascal(event.name)}?: (event: CustomEvent<${detail}>) => void;`,
      );
    }
    return `/** Props of \`<${element.tag}>\` in Vue 3 templates. */\nexport interface ${element.className}VueProps {\n${props.join('\n')}\n}`;
  });
  const components = elements.map(
    (e) =>
      `${doc(e.description, '    ')}    ${JSON.stringify(e.tag)}: DefineComponent<${e.className}VueProps>;`,
  );
  return `${HEADER}import type { DefineComponent } from 'vue';\n${imports(elements)}\n${detailImports(elements)}\n${blocks.join('\n\n')}\n\ndeclare module 'vue' {\n  interface GlobalComponents {\n${components.join('\n')}\n  }\n}\n`;
}

/** The detail types the events name, imported from the package's entry. */
function detailImports(elements) {
  const details = elements.flatMap((e) => e.events.map((ev) => detailOf(ev.type?.text) ?? '')).join(' ');
  const globals = new Set([
    'Record',
    'Readonly',
    'ReadonlyArray',
    'Array',
    'Partial',
    'File',
    'FormData',
    'HTMLElement',
    'Element',
    'Date',
  ]);
  const names = [...new Set(details.match(/\b[A-Z]\w*/g) ?? [])].filter((n) => !globals.has(n));
  return names.length ? `import type { ${names.join(', ')} } from './index.js';\n` : '';
}

export function typesPlugin() {
  return {
    name: 'gouvkit-framework-types',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elements = elementsOf(manifest);
      writeFileSync('dist/events.d.ts', eventsFile(elements));
      writeFileSync('dist/react.d.ts', reactFile(elements));
      writeFileSync('dist/vue.d.ts', vueFile(elements));
      const index = readFileSync('dist/index.d.ts', 'utf8');
      const reference = '/// <reference path="./events.d.ts" />\n';
      if (!index.startsWith(reference)) writeFileSync('dist/index.d.ts', reference + index);
    },
  };
}
