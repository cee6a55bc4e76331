/**
 * Checks of a package's `custom-elements.json` (what IDEs, Storybook and framework wrappers read)
 * against the package's code, in Chromium:
 *
 * - every element the package defines is in the manifest, with a summary, and no base class
 *   shows as an element;
 * - every attribute has a description and a type, every event a type (`CustomEvent<detail>`, or `Event` for native
 *   ones), and every event the element's modules dispatch is listed;
 * - no name collisions: a function-valued property shares no name with an attribute (it is set
 *   as a property only), and an attribute's camelCase name is its own property;
 * - every property a framework may set by name (React 19 and Vue 3 set `el[name]` when
 *   `name in el`) accepts the string its attribute carries.
 *
 * The test file loads the manifest first (top-level await), so there is one test per element
 * and per attribute: `describeManifest(await loadManifest('forms'), { … })`.
 */
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { fixture, renderMode } from './fixture.js';

// ── the manifest's shape (schema 2.x), only what the checks read ────────────────────────────

export interface ManifestType {
  text: string;
}

export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: ManifestType;
  default?: string;
  description?: string;
}

export interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  type?: ManifestType;
  attribute?: string;
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
}

export interface ManifestEvent {
  name: string;
  type?: ManifestType;
  description?: string;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestEvent[];
}

export interface ManifestModule {
  kind: string;
  path: string;
  declarations?: ManifestDeclaration[];
}

export interface Manifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

/** An element of the manifest: a declaration with a tag name, and the source module it is built from. */
export interface ManifestElement extends ManifestDeclaration {
  tagName: string;
  /** `src/input/gouv-input.ts`, for the shipped `dist/input/gouv-input.js` the manifest names. */
  modulePath: string;
}

/** The manifest of `packages/<pkg>`, as built (`cem analyze`), from the test server. */
export async function loadManifest(pkg: string): Promise<Manifest> {
  const response = await fetch(`/packages/${pkg}/custom-elements.json`);
  if (!response.ok)
    throw new Error(`packages/${pkg}/custom-elements.json: ${response.status} (run its build first)`);
  return (await response.json()) as Manifest;
}

/** The public elements: custom element declarations with a tag name. */
export function manifestElements(manifest: Manifest): ManifestElement[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d): d is ManifestDeclaration & { tagName: string } => !!d.customElement && !!d.tagName)
      .map((d) => ({ ...d, modulePath: module.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts') })),
  );
}

// ── pure checks ─────────────────────────────────────────────────────────────────────────────

/** The names of a union type's top-level members: `'a' | 'b' | undefined` → three. */
function unionMembers(type: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of type) {
    if ('<({['.includes(char)) depth++;
    if ('>)}]'.includes(char)) depth--;
    if (char === '|' && depth === 0) {
      members.push(current.trim());
      current = '';
    } else current += char;
  }
  members.push(current.trim());
  return members.filter(Boolean);
}

/** A type that is (or may be) a function: an arrow, `Function`, or a source/formatter/validator type. */
export function isFunctionType(type: string | undefined): boolean {
  return !!type && /=>|\bFunction\b|Source|Formatter|Validator|Callback|Handler/.test(type);
}

/** `heading-level` → `headingLevel`: the name Vue 3.5 looks up on a custom element. */
export function camelize(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * What a framework would set as the property for an attribute written in a template: the
 * attribute's string. `''` for a boolean (`<gouv-x disabled>`), `'3'` for a number, else the
 * attribute's default, the first value of a literal union, or `'x'`.
 */
export function attributeString(attribute: ManifestAttribute): string {
  const type = attribute.type?.text ?? '';
  const members = unionMembers(type);
  if (members.includes('boolean')) return '';
  if (members.includes('number') && !members.includes('string')) return '3';
  const literal = (text: string | undefined) => /^(['"])(.+)\1$/.exec(text?.trim() ?? '')?.[2];
  return literal(attribute.default) ?? members.map(literal).find((value) => value !== undefined) ?? 'x';
}

const NATIVE_EVENT_TYPE = /^(?:[A-Z]\w*)?Event$/;
const CUSTOM_EVENT_TYPE = /^CustomEvent<.+>$/s;

/** Problems with what the manifest says of one element: descriptions, attribute and event types, collisions. */
export function elementProblems(element: ManifestElement): string[] {
  const problems: string[] = [];
  const tag = element.tagName;
  if (!element.summary?.trim() && !element.description?.trim())
    problems.push(`${tag}: no summary nor description`);
  const members = element.members ?? [];
  for (const attribute of element.attributes ?? []) {
    if (!attribute.type?.text.trim()) problems.push(`${tag}[${attribute.name}]: the attribute has no type`);
    if (!attribute.description?.trim())
      problems.push(`${tag}[${attribute.name}]: the attribute has no description`);
    // Vue 3.5 sets `el[camelize(name)]` when the element has it: it must be this attribute's own property.
    const camel = camelize(attribute.name);
    if (camel !== attribute.fieldName && members.some((m) => m.name === camel && !m.static))
      problems.push(
        `${tag}[${attribute.name}]: the property \`${camel}\` is not the attribute's (\`${attribute.fieldName}\`)`,
      );
  }
  for (const event of element.events ?? []) {
    if (!event.name) problems.push(`${tag}: an event has no name`);
    const type = event.type?.text.trim() ?? '';
    const custom = event.name.includes('-');
    if (!type) problems.push(`${tag} @${event.name}: the event has no type`);
    else if (custom && !CUSTOM_EVENT_TYPE.test(type))
      problems.push(
        `${tag} @${event.name}: a custom event's type is \`CustomEvent<detail>\`, not \`${type}\``,
      );
    else if (!custom && !NATIVE_EVENT_TYPE.test(type))
      problems.push(
        `${tag} @${event.name}: a native event's type is \`Event\` (or a subclass), not \`${type}\``,
      );
  }
  for (const member of members) {
    if (member.kind !== 'field' || member.static || !member.attribute || !isFunctionType(member.type?.text))
      continue;
    problems.push(
      `${tag}.${member.name}: takes a function (\`${member.type?.text}\`) and shares its name with the \`${member.attribute}\` attribute`,
    );
  }
  return problems;
}

/**
 * Problems between the manifest and the package's classes (`import * as pkg from './index.js'`,
 * after defining them all): each defined element is in the manifest under its tag and class
 * name; no other class (a base) shows as an element.
 */
export function declarationProblems(manifest: Manifest, classes: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const elements = manifestElements(manifest);
  for (const module of manifest.modules)
    for (const d of module.declarations ?? [])
      if (d.kind === 'class' && d.customElement && !d.tagName)
        problems.push(
          `${d.name} (${module.path}) is a custom element with no tag name: a base class shows as an element`,
        );
  for (const element of elements) {
    const defined = customElements.get(element.tagName);
    if (!defined) problems.push(`${element.tagName}: in the manifest, but not defined by the package`);
    else if (classes[element.name] !== defined)
      problems.push(`${element.tagName}: the manifest's class \`${element.name}\` is not the one defined`);
  }
  for (const [name, value] of Object.entries(classes)) {
    if (typeof value !== 'function' || !(value.prototype instanceof HTMLElement)) continue;
    const tag = customElements.getName(value as CustomElementConstructor);
    const listed = elements.find((e) => e.name === name);
    if (tag && listed?.tagName !== tag)
      problems.push(`<${tag}> (${name}) is defined but not in the manifest`);
    if (!tag && listed)
      problems.push(`${name} is not defined as an element, yet the manifest lists it as <${listed.tagName}>`);
  }
  return problems;
}

// ── the events the element's code dispatches ────────────────────────────────────────────────

const DISPATCHED = /new\s+(?:Custom)?Event\s*(?:<[\s\S]*?>)?\s*\(\s*(['"`])([\w:.-]+)\1/g;
const RELATIVE_IMPORT =
  /(?:\b(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** Event names in `new Event('…')` and `new CustomEvent('…')` calls of a module's code. */
export function dispatchedEvents(source: string): string[] {
  return [...new Set([...source.matchAll(DISPATCHED)].map((match) => match[2]!))];
}

const sources = new Map<string, Promise<string>>();

/** A module's code from the test server (`.js` imports name `.ts` files). */
function moduleSource(path: string): Promise<string> {
  let source = sources.get(path);
  if (!source) {
    source = fetch(path).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.text();
    });
    sources.set(path, source);
  }
  return source;
}

/**
 * The events dispatched by `entry` (a path on the test server) and the modules of the package
 * it imports (relative imports under `scope`, followed).
 */
export async function eventsDispatchedFrom(entry: string, scope: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const source = await moduleSource(path);
    for (const name of dispatchedEvents(source)) if (!found.has(name)) found.set(name, path);
    for (const match of source.matchAll(RELATIVE_IMPORT)) {
      const url = new URL(match[2]!, new URL(path, location.origin));
      const next = url.pathname.replace(/\.js$/, '.ts');
      if (next.startsWith(scope) && next.endsWith('.ts')) queue.push(next);
    }
  }
  return found;
}

// ── setting each attribute's string as the property ─────────────────────────────────────────

type Updatable = Element & { updateComplete?: Promise<boolean>; renderRoot?: ParentNode };
/** An element whose properties are set by name, as a framework does. */
type Probed = Updatable & { [name: string]: unknown };

/** Waits until the element and the elements inside it are done updating; rejects if an update threw. */
async function settle(element: Element) {
  for (let round = 0; round < 10; round++) {
    const updating = [element, ...element.querySelectorAll('*')].filter(
      (e): e is Updatable & { updateComplete: Promise<boolean> } =>
        (e as Updatable).updateComplete !== undefined,
    );
    const done = await Promise.all(updating.map((e) => e.updateComplete));
    if (done.every(Boolean)) return;
  }
}

/** The element renders something: its render root holds an element or some text. */
function rendersContent(element: Updatable): boolean {
  const root = element.renderRoot ?? element.shadowRoot ?? element;
  return !!root.querySelector('*') || !!root.textContent?.trim();
}

/** Collects what reaches `console.error` and the window's uncaught errors until `restore()`. */
function captureErrors() {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => messages.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    messages.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    messages,
    restore() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * What the element renders (shadow root and light DOM, without Lit's markers, its id base as
 * `UID`) and, for a field, its validation message.
 */
function markup(element: Probed): string {
  const rendered = `${element.shadowRoot?.innerHTML ?? ''}${element.innerHTML}`.replace(
    /<!--[\s\S]*?-->/g,
    '',
  );
  const validation =
    typeof element.validationMessage === 'string' ? `\nvalidationMessage: ${element.validationMessage}` : '';
  const text = rendered + validation;
  return typeof element.uid === 'string' && element.uid ? text.split(element.uid).join('UID') : text;
}

/** A new element inside a form in the document, `prepare`d before it is connected, once updated. */
async function connectedInForm(tag: string, prepare: (element: Probed) => void, forms: Element[]) {
  const element = document.createElement(tag) as unknown as Probed;
  prepare(element);
  const form = document.createElement('form');
  forms.push(form);
  form.append(element);
  document.body.append(form);
  await settle(element);
  return element;
}

/**
 * Sets `element[field] = value` as React 19 and Vue 3 do, and checks that the element takes it:
 * on a new element before it is connected inside a form (a framework's mount), then on an
 * element already rendered in a form (an update; in the `ssr` group, server-rendered and
 * hydrated first). No exception, no error logged, and the element still renders. For a number
 * (`heading-level="3"`: Lit's converter gives the element `3`, a framework the string `'3'`),
 * the element renders the same as with the attribute. `content`: properties set first, for an
 * element that renders nothing without data (a task list's tasks).
 */
export async function setAttributeStringAsProperty(
  tag: string,
  attribute: ManifestAttribute & { fieldName: string },
  value: string,
  content: Record<string, unknown> = {},
) {
  const field = attribute.fieldName;
  const errors = captureErrors();
  const forms: Element[] = [];
  try {
    const element = await connectedInForm(
      tag,
      (e) => {
        Object.assign(e, content);
        e[field] = value;
      },
      forms,
    );
    expect(
      rendersContent(element),
      `<${tag}> renders nothing once .${field} is set before connecting`,
    ).to.equal(true);

    const members = unionMembers(attribute.type?.text ?? '');
    if (members.includes('number') && !members.includes('string')) {
      const byAttribute = await connectedInForm(
        tag,
        (e) => {
          Object.assign(e, content);
          e.setAttribute(attribute.name, value);
        },
        forms,
      );
      expect(markup(element), `.${field} = '${value}' renders as ${attribute.name}="${value}" does`).to.equal(
        markup(byAttribute),
      );
    }

    const tagName = unsafeStatic(tag);
    const rendered = await fixture<HTMLFormElement>(staticHtml`<form><${tagName}></${tagName}></form>`);
    forms.push(rendered);
    const hydrated = rendered.querySelector(tag) as unknown as Probed;
    Object.assign(hydrated, content);
    await settle(hydrated);
    hydrated[field] = value;
    await settle(hydrated);
    expect(
      rendersContent(hydrated),
      `<${tag}> renders nothing once .${field} is set (${renderMode})`,
    ).to.equal(true);
  } finally {
    errors.restore();
    forms.forEach((form) => form.remove());
  }
  expect(errors.messages, `errors after .${field} = ${JSON.stringify(value)}`).to.deep.equal([]);
}

// ── the suite ───────────────────────────────────────────────────────────────────────────────

export interface ManifestSuiteOptions {
  /** The package's folder name: `forms` for `packages/forms`. */
  pkg: string;
  /** The package's classes (`import * as forms from './index.js'`), every element defined. */
  classes: Record<string, unknown>;
  /** The base of the package's form fields: each field lists `input` and `change` (Vue's `v-model`). */
  fieldBase?: abstract new (...args: never[]) => HTMLElement;
  /** Per tag, properties an element needs to render anything (`gouv-task-list`: `sections`). */
  content?: Record<string, Record<string, unknown>>;
}

/** The manifest checks of a package, one test per element and per attribute. */
export function describeManifest(manifest: Manifest, options: ManifestSuiteOptions) {
  const { pkg, classes, fieldBase, content = {} } = options;
  const elements = manifestElements(manifest);

  describe(`custom-elements.json of packages/${pkg}`, () => {
    it('lists every element the package defines, and no base class as an element', () => {
      expect(elements.length).to.be.greaterThan(0);
      expect(declarationProblems(manifest, classes)).to.deep.equal([]);
    });

    for (const element of elements) {
      describe(`<${element.tagName}>`, () => {
        it('has a summary, described and typed attributes, typed events, and no name collision', () => {
          expect(elementProblems(element)).to.deep.equal([]);
        });

        it('lists every event its modules dispatch, and dispatches each custom event it lists', async () => {
          const scope = `/packages/${pkg}/src/`;
          const dispatched = await eventsDispatchedFrom(`/packages/${pkg}/${element.modulePath}`, scope);
          const listed = (element.events ?? []).map((e) => e.name);
          const unlisted = [...dispatched]
            .filter(([name]) => !listed.includes(name))
            .map(([n, from]) => `${n} (${from})`);
          expect(unlisted, 'dispatched, not in the manifest').to.deep.equal([]);
          // Native events (`input`, `change`) may bubble from the native controls; custom ones are the element's.
          const stale = listed.filter((name) => name.includes('-') && !dispatched.has(name));
          expect(stale, 'in the manifest, never dispatched').to.deep.equal([]);
        });

        const ctor = classes[element.name];
        if (fieldBase && typeof ctor === 'function' && ctor.prototype instanceof fieldBase)
          it('lists `input` and `change`, as every field fires them', () => {
            const names = (element.events ?? []).map((e) => e.name);
            expect(names).to.include.members(['input', 'change']);
          });

        for (const attribute of element.attributes ?? []) {
          const field = attribute.fieldName;
          if (!field) continue;
          const value = attributeString(attribute);
          it(`takes the [${attribute.name}] string as .${field} = ${JSON.stringify(value)}`, async () => {
            await setAttributeStringAsProperty(
              element.tagName,
              { ...attribute, fieldName: field },
              value,
              content[element.tagName],
            );
          });
        }
      });
    }
  });
}
