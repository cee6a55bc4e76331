// Installs `@lit-labs/ssr`'s DOM shim at once, before any element module runs, and keeps its
// registry for `./server.ts` to put back.
//
// `@gouvkit/core/ssr.js` installs the shim through `@lit-labs/ssr/lib/install-global-dom-shim.js`,
// whose first import (`@lit-labs/ssr-dom-shim`'s CSS module hook) has a top-level await. While
// it waits, ESM runs the modules imported beside it: the element modules define their elements
// in the registry there is then; the shim, installed afterwards, replaces it with an empty one
// (its "already installed" check never holds: it leaves `window` undefined), and the elements
// would render as empty tags.
import { installWindowOnGlobal } from '@lit-labs/ssr/lib/dom-shim.js';

// Elements defined before this module ran (a page importing `@gouvkit/forms/all.js` first)
// stay defined: their registry is kept.
const defined = globalThis.customElements as CustomElementRegistry | undefined;
installWindowOnGlobal();
if (defined) globalThis.customElements = defined;

/** The registry the elements are defined in. */
export const registry: CustomElementRegistry = globalThis.customElements;
