// Every element of the kit, listed from the packages' manifests, imports and renders in Node with
// gouvkit's server renderer, with no browser global at hand (no document, window,
// MutationObserver, matchMedia, history, requestAnimationFrame): none is touched at import, in a
// constructor or in a first render.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderToString } from '@gouvkit/core/ssr.js';
import { html, unsafeStatic } from 'lit/static-html.js';

interface Manifest {
  modules: { declarations?: { customElement?: boolean; tagName?: string }[] }[];
}

const BROWSER_GLOBALS = [
  'document',
  'window',
  'MutationObserver',
  'matchMedia',
  'history',
  'requestAnimationFrame',
];

const tagsOf = (pkg: string) =>
  (
    JSON.parse(
      readFileSync(new URL(`../../${pkg}/custom-elements.json`, import.meta.url), 'utf8'),
    ) as Manifest
  ).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => declaration.tagName!);

/** Runs `run` with the browser globals the DOM shim installs taken away. */
async function withoutBrowserGlobals<T>(run: () => Promise<T>): Promise<T> {
  const globals = globalThis as Record<string, unknown>;
  const saved = BROWSER_GLOBALS.map(
    (name) => [name, Object.getOwnPropertyDescriptor(globals, name)] as const,
  );
  for (const name of BROWSER_GLOBALS) delete globals[name];
  try {
    return await run();
  } finally {
    for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(globals, name, descriptor);
  }
}

const tags = [...tagsOf('components'), ...tagsOf('forms')];

describe('every element on the server', () => {
  it('is listed: the manifests name every element of the kit', () => {
    expect(tags.length).toBeGreaterThan(20);
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('imports without a browser global', async () => {
    await withoutBrowserGlobals(async () => {
      await import('@gouvkit/components/all.js');
      await import('@gouvkit/forms/all.js');
    });
    for (const tag of tags) expect(customElements.get(tag), tag).toBeDefined();
  });

  for (const tag of tags)
    it(`renders <${tag}> without a browser global, light DOM as light DOM`, async () => {
      await import('@gouvkit/components/all.js');
      await import('@gouvkit/forms/all.js');
      const name = unsafeStatic(tag);
      const markup = await withoutBrowserGlobals(() =>
        renderToString(
          // A static tag name is what lit's static html is for; the lint rules only know plain html.
          // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
          html`<${name} label="Libellé" legend="Légende" heading="Titre" name="champ"></${name}>`,
        ),
      );
      expect(markup).toMatch(new RegExp(`<${tag}[\\s>]`));
      // Its own content is in the markup: a declarative shadow root, or light parts of its own.
      expect(markup).toMatch(/shadowrootmode="open"|data-gouv-part=/);
      expect(markup).not.toContain('gouv-light');
    });
});
