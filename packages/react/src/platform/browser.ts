// In the browser: `@lit/react`'s component sets the props as properties and listens to the
// events. When React hydrates server markup, the element's own light parts (the native
// controls `@gouvkit/core` rendered on the server) are children React did not render: the
// component renders one empty, unmanaged placeholder for each, so React claims them without a
// mismatch and then never touches them again. The element takes them over as it does any
// server markup.
import * as React from 'react';
import { createElement, Fragment, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { createComponent } from '@lit/react';
import { PART_ATTRIBUTE, REACT_ID_ATTRIBUTE, type CreateHost, type HostProps } from './shared.js';

const subscribe = () => () => {};
/** React neither hydrates nor renders what is inside: the element owns it. */
const UNMANAGED = { __html: '' };
/** The props that control what the user enters. */
const CONTROLLED = ['value', 'checked'] as const;

interface ServerMarkup {
  /** The names of the element's light parts, in order. */
  parts: string[];
  /** What the user entered before scripts ran, where it differs from the controlled props. */
  typed: [key: string, value: unknown][];
}

const NONE: ServerMarkup = { parts: [], typed: [] };

/** The same value, as the element reports it: `3` and `'3'` are (a field's value is text). */
const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, index) => same(item, b[index]))
    : Object.is(a, b) || (a != null && b != null && String(a) === String(b));

const hostOf = (tagName: string, id: string) =>
  document.querySelector<HTMLElement>(`${tagName}[${REACT_ID_ATTRIBUTE}="${CSS.escape(id)}"]`);

/**
 * The server markup of the component's element, read while React hydrates it. The element is
 * defined already: it took over that markup, with what the user typed or chose in it.
 */
function readServerMarkup(tagName: string, id: string, props: HostProps): ServerMarkup {
  // A server without the `node` condition (an edge runtime) renders the bare tag: no DOM there.
  const host = typeof document === 'undefined' ? null : hostOf(tagName, id);
  if (!host) return NONE;
  const parts = [...host.children].flatMap((child) => {
    const name = child.getAttribute(PART_ATTRIBUTE);
    return name === null ? [] : [name];
  });
  const typed = CONTROLLED.flatMap((key): ServerMarkup['typed'] => {
    const value = (host as unknown as Record<string, unknown>)[key];
    return key in props && key in host && !same(value, props[key]) ? [[key, value]] : [];
  });
  return { parts, typed };
}

const placeholder = (name: string) =>
  createElement('div', {
    key: name,
    [PART_ATTRIBUTE]: name,
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: UNMANAGED,
  });

export const createHost: CreateHost = ({ tagName, elementClass, events, displayName }) => {
  const Element = createComponent({
    react: React,
    tagName,
    elementClass,
    events,
    displayName,
  }) as unknown as (props: HostProps) => React.ReactNode;
  return function useHost(props, id) {
    // True while React hydrates server markup (its server snapshot), false in a client render.
    const hydrating = useSyncExternalStore(
      subscribe,
      () => false,
      () => true,
    );
    // Read once: the placeholders stay the same for the component's life.
    const [server] = useState(() => (hydrating ? readServerMarkup(tagName, id, props) : NONE));
    // After `@lit/react` set the controlled props (its effects run first), what the user typed
    // before hydration is given back, with the events typing fires, so the state takes it: as
    // React 19 does for a native controlled input.
    useLayoutEffect(() => {
      const host = server.typed.length ? hostOf(tagName, id) : null;
      if (!host) return;
      for (const [key, value] of server.typed) (host as unknown as Record<string, unknown>)[key] = value;
      host.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      host.dispatchEvent(new Event('change', { bubbles: true }));
    }, [server, id]);
    return createElement(
      Element,
      { ...props, [REACT_ID_ATTRIBUTE]: id },
      createElement(Fragment, null, ...server.parts.map(placeholder)),
      props.children,
    );
  };
};
