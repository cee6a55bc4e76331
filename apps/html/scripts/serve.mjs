// Serves the page as a web server would, with the CDN bundle under /gouvkit/ (in production,
// a CDN's URL or your own copy of node_modules/@gouvkit/cdn/dist).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@gouvkit/testing/example-app';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
export const mounts = {
  '/gouvkit/': join(dirname(createRequire(import.meta.url).resolve('@gouvkit/cdn/package.json')), 'dist'),
  '/': here,
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serveStatic(mounts, Number(process.env.PORT ?? 5174));
  console.log(`Exemple HTML : ${url}/`);
}
