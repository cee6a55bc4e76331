// @ts-check
// The server side of the test runner's SSR mode: rebuilds a serialized Lit template and
// renders it with gouvkit's element renderer. See wtr-ssr-plugin.mjs.
import { parentPort, workerData } from 'node:worker_threads';

const { renderToString } = await import('@gouvkit/core/ssr.js');
const { nothing, noChange } = await import('lit');
for (const module of workerData.modules) await import(module);

/** @param {any} value */
function revive(value) {
  if (value === null || typeof value !== 'object') return value;
  switch (value.t) {
    case 'tpl': {
      const strings = [...value.s];
      Object.defineProperty(strings, 'raw', { value: [...value.s] });
      return { ['_$litType$']: value.k, strings, values: value.v.map(revive) };
    }
    case 'nothing':
      return nothing;
    case 'noChange':
      return noChange;
    case 'fn':
      return () => {};
    case 'arr':
      return value.v.map(revive);
    case 'json':
      return value.v;
    case 'undefined':
      return undefined;
    default:
      throw new Error(`ssr worker: unknown value ${JSON.stringify(value)}`);
  }
}

parentPort?.on('message', async ({ id, template }) => {
  try {
    const html = await renderToString(revive(template));
    parentPort?.postMessage({ id, html });
  } catch (error) {
    parentPort?.postMessage({
      id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
