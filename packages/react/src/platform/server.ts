// On the server (Node): the element is rendered by `@gouvkit/core`'s server renderer, the one
// `@gouvkit/core/ssr.js` uses for Lit pages, and written into React's markup: its shadow root
// as a declarative `<template shadowrootmode>`, its light parts (the native controls of a
// field) as its first children, then the children React renders. The page works before (and
// without) JavaScript, and the browser hydrates it (`./browser.ts`).
//
// `@lit-labs/ssr-react` does this for plain Lit elements, with Lit's own renderer only: it
// would put a field's light DOM in a shadow root, away from its form.
//
// First: the DOM shim the elements' modules need in Node.
import { registry } from './dom-shim.js';
import { elementRenderers } from '@gouvkit/core/ssr.js';
import type { RenderInfo } from '@lit-labs/ssr';
import { getElementRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import { collectResultSync, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { createElement, Fragment, type ReactElement } from 'react';
import { PART_ATTRIBUTE, REACT_ID_ATTRIBUTE, type CreateHost, type HostProps } from './shared.js';

// `@gouvkit/core/ssr.js` installed the shim again over the elements' registry: it is put back.
globalThis.customElements = registry;

/** Props React keeps for itself, never given to the element. */
const REACT_PROPS = new Set([
  'children',
  'ref',
  'key',
  'style',
  'dangerouslySetInnerHTML',
  'suppressHydrationWarning',
  'suppressContentEditableWarning',
]);

// The chunks `GouvElementRenderer` writes, alone, around an element's light parts.
const LIGHT_CLOSE = '</template >';
const SHADOW_CLOSE = '</template>';
const PART_OPEN = new RegExp(`^<div ${PART_ATTRIBUTE}="`);
const PART_CLOSE = '</div>';
const END = '<template data-gouv-end>';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

/** The attribute React would write for a prop of a custom element; null for none. */
function attributeValue(value: unknown): string | null {
  if (value === true) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
    return String(value);
  return null;
}

interface OwnMarkup {
  /** Host attributes: those the page gave, and those the element reflects. */
  attributes: Record<string, string>;
  /** The shadow root and the light parts, as React nodes. */
  nodes: ReactElement[];
}

/**
 * Splits what `renderShadow()` returned (top-level chunks, in order) into the shadow root's
 * content and the light parts: `[shadow…, '</template>' | '</template >', (<div part>, content,
 * </div>)…, '<template data-gouv-end>']`, or the shadow root's content alone.
 */
function split(chunks: ThunkedRenderResult) {
  const close = chunks.findIndex((chunk) => chunk === LIGHT_CLOSE || chunk === SHADOW_CLOSE);
  if (close === -1) return { shadow: chunks, parts: [] };
  const parts: { open: string; content: ThunkedRenderResult }[] = [];
  let current: (typeof parts)[number] | null = null;
  for (const chunk of chunks.slice(close + 1)) {
    if (current === null) {
      if (chunk === END) continue;
      if (typeof chunk !== 'string' || !PART_OPEN.test(chunk))
        throw new Error(`@gouvkit/react: unexpected server markup ${String(chunk)}`);
      current = { open: chunk, content: [] };
    } else if (chunk === PART_CLOSE) {
      parts.push(current);
      current = null;
    } else current.content.push(chunk);
  }
  return { shadow: chunks.slice(0, close), parts };
}

/** Renders one element with its props: properties for `properties`, attributes for the rest. */
function renderElement(
  tagName: string,
  props: HostProps,
  properties: ReadonlySet<string>,
  events: ReadonlySet<string>,
): OwnMarkup {
  const renderInfo = {
    elementRenderers,
    customElementInstanceStack: [],
    customElementHostStack: [],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  } as unknown as RenderInfo;
  const renderer = getElementRenderer(renderInfo, tagName);
  for (const [key, value] of Object.entries(props)) {
    if (REACT_PROPS.has(key) || events.has(key)) continue;
    if (properties.has(key)) {
      // A value it has already changes nothing; not setting it spares the setters that read the
      // DOM when the value is the same (the date fields' `value`), which has none on the server.
      if (!Object.is((renderer.element as unknown as Record<string, unknown> | undefined)?.[key], value))
        renderer.setProperty(key, value);
    } else {
      const text = attributeValue(value);
      const name = key === 'className' ? 'class' : key === 'htmlFor' ? 'for' : key;
      if (text !== null) renderer.setAttribute(name, text);
    }
  }
  if (!renderer.element) return { attributes: {}, nodes: [] };
  renderer.connectedCallback();
  renderInfo.customElementInstanceStack.push(renderer);
  renderInfo.customElementHostStack.push(renderer);
  const { shadow, parts } = split(renderer.renderShadow(renderInfo) ?? []);
  const nodes: ReactElement[] = [];
  // In order: the renderer's thunks expect to be called as they come.
  if (shadow.length) {
    const { mode = 'open', delegatesFocus } = renderer.shadowRootOptions;
    nodes.push(
      createElement('template', {
        key: 'shadow',
        shadowroot: mode,
        shadowrootmode: mode,
        ...(delegatesFocus && { shadowrootdelegatesfocus: '' }),
        dangerouslySetInnerHTML: { __html: collectResultSync(shadow) },
      }),
    );
  }
  for (const { open, content } of parts) {
    const attributes = Object.fromEntries(
      [...open.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, unescape(value!)]),
    );
    nodes.push(
      createElement('div', {
        key: `part:${attributes[PART_ATTRIBUTE]}`,
        ...attributes,
        dangerouslySetInnerHTML: { __html: collectResultSync(content) },
      }),
    );
  }
  // Read last: rendering reflects properties and writes ARIA from the element's internals.
  const attributes = Object.fromEntries(
    Array.from(renderer.element.attributes, ({ name, value }) => [
      name === 'class' ? 'className' : name,
      value,
    ]),
  );
  return { attributes, nodes };
}

export const createHost: CreateHost = ({ tagName, properties, events }) => {
  const propertySet = new Set(properties);
  const eventSet = new Set(Object.keys(events));
  return function useHost(props, id) {
    const { attributes, nodes } = renderElement(tagName, props, propertySet, eventSet);
    return createElement(
      tagName,
      {
        ...attributes,
        style: props.style,
        [REACT_ID_ATTRIBUTE]: id,
        // The element waits for the browser's component to set its properties before it
        // hydrates (`@lit/react` removes the attribute then), so it renders what the server did.
        'defer-hydration': '',
      },
      createElement(Fragment, null, ...nodes),
      props.children,
    );
  };
};
