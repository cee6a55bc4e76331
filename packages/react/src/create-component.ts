import { useId } from 'react';
import { createHost } from '#platform';
import type { HostProps } from './platform/shared.js';
import type { Ref } from 'react';
import type { GouvComponent, GouvComponentDefinition } from './types.js';

/**
 * The React component of one element (the generated modules call it). In the browser it is
 * `@lit/react`'s component; on the server (Node) it renders the element's markup
 * (`@gouvkit/core/ssr.js`), which the browser then hydrates. Which one is chosen by the
 * `node` condition of `#platform` (package.json `imports`).
 */
export function createGouvComponent<T extends HTMLElement, P extends { ref?: Ref<T> }>(
  definition: GouvComponentDefinition<T>,
): GouvComponent<T, P> {
  const useHost = createHost(definition);
  function Component(props: P) {
    // The same on the server and in the browser: it names the element across hydration.
    const id = useId();
    return useHost(props as HostProps, id);
  }
  Component.displayName = definition.displayName;
  return Component;
}
