import { isServer } from 'lit';

let counter = 0;

/**
 * Server-rendered ids carry a segment of their own, random per server process, so an element
 * created in the browser can never take an id the server already used on the page.
 */
const SERVER_SEGMENT = isServer ? `s${Math.random().toString(36).slice(2, 6)}-` : '';

/**
 * A document-unique id. Labels, hints and errors reference their control by id, and those
 * references only work inside one tree, so every element mints its own.
 */
export function uniqueId(prefix = 'gouv'): string {
  counter += 1;
  return `${prefix}-${SERVER_SEGMENT}${counter.toString(36)}`;
}
