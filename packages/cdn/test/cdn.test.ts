// The CDN bundle as a page without a build step uses it: each file served over HTTP and loaded
// by one <script type="module"> in Chromium.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic, watchConsole, type RunningApp } from '@gouvkit/testing/example-app';
import { cdnEntries } from '../scripts/build.mjs';

const require = createRequire(import.meta.url);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const entries = await cdnEntries();

let server: RunningApp;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic({ '/': dist });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The `gouv-*` elements a package's defining entry defines: its `defineElement` calls. */
async function tagsOf(specifier: string): Promise<string[]> {
  const source = await readFile(require.resolve(specifier), 'utf8');
  return [...source.matchAll(/defineElement\(\s*['"](gouv-[a-z-]+)['"]/g)].map((match) => match[1]!);
}

/** Opens a blank page that loads `files` (modules) and `gouvkit.css`; resolves once loaded. */
async function pageWith(files: string[]) {
  const page = await browser.newPage();
  const seen = watchConsole(page);
  const scripts = files.map((f) => `<script type="module" src="/${f}"></script>`).join('');
  await page.route(`${server.url}/test.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="fr"><head><link rel="stylesheet" href="/gouvkit.css">${scripts}</head><body></body></html>`,
    }),
  );
  await page.goto(`${server.url}/test.html`, { waitUntil: 'load' });
  return { page, seen };
}

describe('the CDN bundle', () => {
  it('has one file per defining entry of @gouvkit/components and @gouvkit/forms', () => {
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining(['input', 'combobox', 'button', 'alert', 'header']),
    );
  });

  for (const [file, specifier] of Object.entries(entries)) {
    it(`${file}.js alone defines what ${specifier} defines, with no console error`, async () => {
      const expected = await tagsOf(specifier);
      // Every entry defines an element, but the one that registers the communes' data source.
      if (file !== 'communes') expect(expected.length, specifier).toBeGreaterThan(0);
      const { page, seen } = await pageWith([`${file}.js`]);
      const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), expected);
      expect(defined).toEqual(expected);
      expect(seen.errors).toEqual([]);
      await page.close();
    });
  }

  it('all.js defines every element of both packages, and a field works in a form', async () => {
    const expected = (await Promise.all(Object.values(entries).map(tagsOf))).flat();
    expect(expected.length).toBeGreaterThan(20);
    const { page, seen } = await pageWith(['all.js']);
    expect(await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), expected)).toEqual(
      [],
    );
    await page.setContent('<form><gouv-input label="Nom" name="nom" required></gouv-input></form>');
    await page.locator('input[name="nom"]').fill('Dupont');
    expect(await page.evaluate(() => [...new FormData(document.querySelector('form')!)])).toEqual([
      ['nom', 'Dupont'],
    ]);
    expect(seen.errors).toEqual([]);
  });

  it('gouvkit.css carries the tokens and both packages’ field styles', async () => {
    const css = await readFile(join(dist, 'gouvkit.css'), 'utf8');
    for (const source of [
      '@gouvkit/tokens/tokens.css',
      '@gouvkit/components/components.css',
      '@gouvkit/forms/forms.css',
    ]) {
      expect(css, source).toContain(await readFile(require.resolve(source), 'utf8'));
    }
  });

  it('ships production code: no development warnings, Lit not in dev mode', async () => {
    const all = await readFile(join(dist, 'all.js'), 'utf8');
    const chunks = JSON.parse(await readFile(join(dist, 'meta.json'), 'utf8')).outputs as Record<
      string,
      unknown
    >;
    const code = (
      await Promise.all(
        Object.keys(chunks)
          .filter((f) => f.endsWith('.js'))
          .map((f) => readFile(join(fileURLToPath(new URL('..', import.meta.url)), f), 'utf8')),
      )
    ).join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(code).not.toContain('Lit is in dev mode');
    // Development warnings leave the bundle with their texts (runtime errors stay).
    expect(code).not.toContain('pas une valeur connue');
    expect(code).not.toContain('aucune option : donnez-lui');
  });
});
