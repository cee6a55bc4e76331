// @ts-check
// A @web/test-runner (@web/dev-server) plugin that serves browser ES modules of the frameworks
// element tests mount gouv-* elements in:
//   /__frameworks/react.js  React 19 + react-dom (client, flushSync) + renderToString, bundled by
//                           esbuild once per run (React ships CommonJS only), development build.
//   /__frameworks/vue.js    Vue 3's full browser build (template compiler included), as shipped.
// One bundle holds React and ReactDOM, so a test can never load two copies of React.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(new URL('../package.json', import.meta.url));

export const REACT_PATH = '/__frameworks/react.js';
export const VUE_PATH = '/__frameworks/vue.js';
/** @sinonjs/fake-timers (CommonJS too), for tests that control time instead of waiting. */
export const FAKE_TIMERS_PATH = '/__frameworks/fake-timers.js';

// Named re-exports (not `export *`): esbuild cannot list a CommonJS module's exports statically.
const REACT_ENTRY = `
export {
  Children, Component, Fragment, PureComponent, StrictMode, Suspense,
  act, cloneElement, createContext, createElement, createRef, forwardRef, isValidElement, memo,
  startTransition, use, useCallback, useContext, useEffect, useId, useImperativeHandle,
  useLayoutEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore, useTransition,
  version,
} from 'react';
export { createPortal, flushSync } from 'react-dom';
export { createRoot, hydrateRoot } from 'react-dom/client';
export { renderToString } from 'react-dom/server';
`;

/**
 * @param {string} contents the entry module
 * @param {string} name its name in messages
 * @param {string[]} [external] modules left out of the bundle
 * @returns {Promise<string>}
 */
async function bundle(contents, name, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, sourcefile: `${name}-entry.js` },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    legalComments: 'none',
    external,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`wtr-frameworks-plugin: esbuild produced no ${name} bundle`);
  return file.text;
}

const bundleReact = () => bundle(REACT_ENTRY, 'react');
// `util` is only required under Node.
const bundleFakeTimers = () =>
  bundle(`export { install } from '@sinonjs/fake-timers';`, 'fake-timers', ['util']);

export function frameworksPlugin() {
  /** @type {Map<string, Promise<string>>} */
  const cache = new Map();
  /** @type {Record<string, () => Promise<string>>} */
  const sources = {
    [REACT_PATH]: bundleReact,
    [VUE_PATH]: () => readFile(require.resolve('vue/dist/vue.esm-browser.js'), 'utf8'),
    [FAKE_TIMERS_PATH]: bundleFakeTimers,
  };
  return {
    name: 'gouvkit-frameworks',
    /** @param {{ path: string }} context */
    async serve(context) {
      const load = sources[context.path];
      if (!load) return undefined;
      let body = cache.get(context.path);
      if (!body) {
        body = load();
        cache.set(context.path, body);
        // A failed build is retried on the next request rather than cached.
        body.catch(() => cache.delete(context.path));
      }
      return { body: await body, type: 'js' };
    },
  };
}
