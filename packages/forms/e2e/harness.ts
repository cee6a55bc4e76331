// What the end-to-end tests need around a page: a tiny server on 127.0.0.1 that serves the page,
// its module script (which a test can hold back until it releases it), the built stylesheets,
// and records the forms posted to it; the browser bundle of the page's script; Chromium.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../../../scripts/wtr-config.mjs';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const e2eDir = fileURLToPath(new URL('.', import.meta.url));

/** One posted field: a string, or what the server got of a file. */
export type PostedValue = string | { file: string; type: string; text: string };
/** A form as the server received it: its entries in order. */
export type Posted = [string, PostedValue][];

const MIME: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Lets a test hold a response back until it says so. */
interface Gate {
  requested: Promise<void>;
  release(): void;
}

export interface PageServer {
  url: string;
  /** Resolves with the next form posted to `/submit`. */
  nextPost(): Promise<Posted>;
  /** Holds the next response to `/page.js` until `release()`; `requested` resolves when it is asked for. */
  holdScript(): Gate;
  close(): Promise<void>;
}

/**
 * Serves `page` at `/`, `script` at `/page.js`, the packages' built files under
 * `/packages/<name>/dist/`, and records what is posted to `/submit`.
 */
export async function servePage({ page, script }: { page: string; script: string }): Promise<PageServer> {
  const posts: Posted[] = [];
  const waiting: ((posted: Posted) => void)[] = [];
  let gate: { open: Promise<void>; requested: () => void } | null = null;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (req.method === 'POST' && path === '/submit') {
      const posted = await parseForm(req);
      const waiter = waiting.shift();
      if (waiter) waiter(posted);
      else posts.push(posted);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html lang="fr"><title>Reçu</title><p>Reçu.</p></html>');
      return;
    }
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
      return;
    }
    if (path === '/page.js') {
      const held = gate;
      gate = null;
      if (held) {
        held.requested();
        await held.open;
      }
      res.writeHead(200, { 'content-type': MIME['.js'], 'cache-control': 'no-store' });
      res.end(script);
      return;
    }
    // The packages' built files only (tokens.css, forms.css…).
    const file = resolve(join(repoRoot, path));
    if (/^\/packages\/[a-z-]+\/dist\//.test(path) && file.startsWith(join(repoRoot, 'packages'))) {
      const body = await readFile(file).catch(() => null);
      if (body) {
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      }
    }
    res.writeHead(404).end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    nextPost: () => {
      const posted = posts.shift();
      return posted ? Promise.resolve(posted) : new Promise((done) => waiting.push(done));
    },
    holdScript() {
      let release!: () => void;
      let requested!: () => void;
      const open = new Promise<void>((done) => (release = done));
      const asked = new Promise<void>((done) => (requested = done));
      gate = { open, requested };
      return { requested: asked, release };
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A posted body, `application/x-www-form-urlencoded` or `multipart/form-data`, through Node's fetch API. */
async function parseForm(req: IncomingMessage): Promise<Posted> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const request = new Request('http://127.0.0.1/submit', {
    method: 'POST',
    headers: { 'content-type': req.headers['content-type'] ?? '' },
    body: Buffer.concat(chunks),
  });
  const entries: Posted = [];
  for (const [key, value] of await request.formData()) {
    entries.push([
      key,
      typeof value === 'string' ? value : { file: value.name, type: value.type, text: await value.text() },
    ]);
  }
  return entries;
}

/** The page around server-rendered markup: tokens.css, forms.css and components.css linked, the module script last. */
export function pageHtml(body: string, { title = 'Formulaire' } = {}) {
  return `<!DOCTYPE html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/packages/tokens/dist/tokens.css" />
    <link rel="stylesheet" href="/packages/forms/dist/forms.css" />
    <link rel="stylesheet" href="/packages/components/dist/components.css" />
  </head>
  <body>
    <main id="app">${body}</main>
    <script type="module" src="/page.js"></script>
  </body>
</html>`;
}

/**
 * The page's module script, bundled from the packages' built files: Lit's and gouvkit's hydration
 * support first (`@gouvkit/core/ssr-client.js`), then the elements, then the hydration of the
 * page's template, which sets the data the server wrote (`.options`) on the elements. When every
 * element is defined and updated, it sets `window.__gouvHydrated`.
 */
export async function bundlePageScript(): Promise<string> {
  const contents = `
import '@gouvkit/core/ssr-client.js';
import '@gouvkit/components/all.js';
import '../dist/all.js';
import { hydrate } from '@lit-labs/ssr-client';
import { everyField } from './every-field.js';

const app = document.getElementById('app');
hydrate(everyField(), app);
const elements = () => [...app.querySelectorAll('*')].filter((el) => el.localName.startsWith('gouv-'));
await Promise.all([...new Set(elements().map((el) => el.localName))].map((name) => customElements.whenDefined(name)));
// Until no element has an update pending (an update may request another).
for (let round = 0; round < 10; round++) {
  const pending = elements().filter((el) => 'updateComplete' in el);
  await Promise.all(pending.map((el) => el.updateComplete));
  if (!pending.some((el) => el.isUpdatePending)) break;
}
window.__gouvHydrated = true;
`;
  const result = await build({
    stdin: { contents, resolveDir: e2eDir, loader: 'js', sourcefile: 'page-entry.js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Development builds: Lit's and gouvkit's warnings (a failed hydration says so) reach the console.
    conditions: ['development'],
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Debian's Chromium, headless, with the flags the test runner uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
}
