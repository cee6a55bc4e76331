/**
 * Hydration support for server-rendered gouvkit pages (`@gouvkit/core/ssr.js`). Load it before
 * any element, first in the page:
 *
 * ```html
 * <script type="module">
 *   import '@gouvkit/core/ssr-client.js';
 *   import '@gouvkit/forms/all.js';
 * </script>
 * ```
 *
 * It installs Lit's hydration of declarative shadow roots and gouvkit's own for light DOM: the
 * server's nodes are kept, with what the user typed in them before scripts ran. Without it, a
 * server-rendered element renders afresh over its server markup.
 */
// Must come first: Lit's element class reads it when its module is evaluated.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { setLightHydrator } from '../element/light-part.js';

setLightHydrator(hydrate);
