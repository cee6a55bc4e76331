// @ts-check
// Writes the server's markup of the app into dist/ssr/index.html (the page Vite built around
// src/entry-client.tsx): the page shows and submits the form before JavaScript, then hydrates.
// The server build of src/entry-server.tsx is in node_modules/.ssr, where Vite keeps its own
// caches: out of git, of the lint and of what `dist` serves.
import { readFile, writeFile } from 'node:fs/promises';

const app = new URL('../', import.meta.url);
/** @type {{ render(): string }} */
const server = await import(new URL('node_modules/.ssr/entry-server.js', app).href);
const page = new URL('dist/ssr/index.html', app);
const template = await readFile(page, 'utf8');
if (!template.includes('<div id="root"><!--app--></div>'))
  throw new Error(`${page.pathname}: no <!--app--> in #root`);
await writeFile(
  page,
  template.replace('<!--app-->', () => server.render()),
);
console.log('dist/ssr/index.html: server-rendered');
