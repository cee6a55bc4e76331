// @ts-check
// A @web/test-runner plugin that renders test templates on the server with gouvkit's renderer
// (`@gouvkit/core/ssr.js`, on `@lit-labs/ssr`), as Web Awesome's suites do with
// `@lit-labs/testing`: every element test also runs server-rendered, then hydrated. One
// long-lived worker thread imports the packages' built element definitions once; each render
// sends it a serialized template (see `packages/testing/src/fixture.ts`).
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ modules: string[] }} options the built modules that define the elements (paths from the repo root)
 */
export function ssrPlugin({ modules }) {
  /** @type {Worker | undefined} */
  let worker;
  let nextId = 0;
  /** @type {Map<number, { resolve: (html: string) => void, reject: (error: Error) => void }>} */
  const pending = new Map();

  function start() {
    const w = new Worker(new URL('./wtr-ssr-worker.mjs', import.meta.url), {
      workerData: { modules: modules.map((module) => pathToFileURL(resolve(repoRoot, module)).href) },
    });
    w.on('message', (/** @type {{ id: number, html?: string, error?: string }} */ message) => {
      const request = pending.get(message.id);
      if (!request) return;
      pending.delete(message.id);
      if (message.error !== undefined) request.reject(new Error(message.error));
      else request.resolve(message.html ?? '');
    });
    w.on('error', (error) => {
      for (const request of pending.values()) request.reject(error);
      pending.clear();
      worker = undefined;
    });
    w.unref();
    return w;
  }

  return {
    name: 'gouvkit-ssr',
    /** @param {{ command: string, payload: any }} args */
    async executeCommand({ command, payload }) {
      if (command !== 'gouv-ssr-render') return undefined;
      worker ??= start();
      const id = nextId++;
      return new Promise((resolvePromise, reject) => {
        pending.set(id, { resolve: resolvePromise, reject });
        worker?.postMessage({ id, template: payload.template });
      });
    },
    async serverStop() {
      await worker?.terminate();
    },
  };
}
