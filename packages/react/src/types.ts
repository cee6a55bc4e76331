import type * as React from 'react';

/** An event of the element: `currentTarget` is the element the handler was given to. */
export type GouvEvent<E extends Event, T extends HTMLElement> = E & { readonly currentTarget: T };

/** A handler of an element's event (`onInput`, `onChange`, `onGouvResults`…). */
export type GouvEventHandler<E extends Event, T extends HTMLElement> = (event: GouvEvent<E, T>) => void;

/**
 * The props of a component: the element's own (`Own`, typed by its class), React's HTML
 * attributes that they don't replace (`id`, `className`, `aria-*`, `children`…), and `ref`,
 * the element.
 */
export type GouvProps<T extends HTMLElement, Own> = Own &
  Omit<React.HTMLAttributes<T>, keyof Own> & { ref?: React.Ref<T> };

/** A component of `@gouvkit/react`: its props `P`, whose `ref` is the element `T`. */
export interface GouvComponent<T extends HTMLElement, P extends { ref?: React.Ref<T> }> {
  (props: P): React.ReactElement;
  displayName?: string;
}

/** What the generated modules say of an element, from its manifest. */
export interface GouvComponentDefinition<T extends HTMLElement> {
  tagName: string;
  elementClass: new () => T;
  /** The element's settable properties: these props are set as properties, the others as attributes. */
  properties: readonly string[];
  /** The props that listen to the element's events: `{ onInput: 'input' }`. */
  events: Readonly<Record<string, string>>;
  displayName: string;
}
