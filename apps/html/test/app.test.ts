// The plain HTML page: no framework, no build step, the CDN bundle under /gouvkit/.
import { describeExampleApp, serveStatic } from '@gouvkit/testing/example-app';
// @ts-expect-error: a plain ES module script, without types.
import { mounts } from '../scripts/serve.mjs';

describeExampleApp({ name: 'HTML', start: () => serveStatic(mounts) });
