import type { ReactElement, ReactNode } from 'react';
import type { GouvComponentDefinition } from '../types.js';

/**
 * The attribute that names a component's element by its `useId()`, the same on the server and
 * in the browser: hydration finds by it the light parts the server rendered in the element.
 */
export const REACT_ID_ATTRIBUTE = 'data-gouv-react-id';

/** The attribute of an element's own light-DOM wrapper (`@gouvkit/core`'s light parts). */
export const PART_ATTRIBUTE = 'data-gouv-part';

/** The props a component receives, as the platform sees them. */
export type HostProps = Record<string, unknown> & { children?: ReactNode };

/** Renders the element of one component; a hook (it may call hooks), the same ones at each render. */
export type UseHost = (props: HostProps, id: string) => ReactElement;

/** What each platform (`./browser.ts`, `./server.ts`) provides, as `#platform`. */
export type CreateHost = <T extends HTMLElement>(definition: GouvComponentDefinition<T>) => UseHost;
