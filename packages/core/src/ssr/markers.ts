import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';

type Entry = ThunkedRenderResult[number];
type Returned = ReturnType<Extract<Entry, (...args: never[]) => unknown>>;

/** The chunks Lit's server renderer writes around a declarative shadow root, alone. */
const SHADOW_OPEN = /^<template shadowroot="[^"]*" shadowrootmode="[^"]*"/;
const SHADOW_CLOSE = '</template>';
const MARKER = /^<!--(lit-part|\/lit-part|lit-node)/;

/**
 * Prefixes the hydration markers of one element's light part (`<!--lit-part …-->` becomes
 * `<!--gouv:<uid> lit-part …-->`), so the hydration of a template around the element skips
 * them, and only the element's own hydration reads them. Markers inside nested shadow roots
 * belong to those elements: they are left as they are. Thunks and promises stay lazy, in order.
 */
export function prefixMarkers(result: ThunkedRenderResult, prefix: string): ThunkedRenderResult {
  let depth = 0;
  const mapString = (chunk: string): string => {
    if (SHADOW_OPEN.test(chunk)) depth++;
    else if (chunk === SHADOW_CLOSE && depth > 0) depth--;
    else if (depth === 0 && MARKER.test(chunk)) return `<!--${prefix}${chunk.slice(4)}`;
    return chunk;
  };
  const mapReturned = (value: Returned): Returned => {
    if (typeof value === 'string') return mapString(value);
    if (Array.isArray(value)) return value.map(mapEntry);
    if (value instanceof Promise) return value.then((resolved) => mapReturned(resolved)) as Returned;
    return value;
  };
  // Strings too are mapped when they are reached, not when their array is: the depth is the
  // depth at that point of the output.
  const mapEntry = (entry: Entry): Entry =>
    typeof entry === 'string' ? () => mapString(entry) : () => mapReturned(entry());
  return result.map(mapEntry);
}
