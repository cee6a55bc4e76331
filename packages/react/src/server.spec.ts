// The built components (`@gouvkit/react`, as a server imports it) rendered by React 19 in Node:
// the elements' own markup is in React's, as `@gouvkit/core/ssr.js` writes it for a Lit page.
import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { createElement as h, type ReactNode } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  GouvAlert,
  GouvButton,
  GouvConditionalReveal,
  GouvDateInput,
  GouvInput,
  GouvRadioGroup,
} from '@gouvkit/react';

/** React's streamed markup, once all of it is ready. */
function renderToStream(node: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => (html += chunk.toString('utf8')));
    sink.on('end', () => resolve(html));
    const stream = renderToPipeableStream(node, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

/** The markup with its generated ids (gouvkit's and React's) replaced by placeholders. */
const withoutIds = (html: string) =>
  html
    .replace(/gouv-[a-z0-9]+-[a-z0-9]+/g, 'gouv-ID')
    .replace(/data-gouv-react-id="[^"]*"/g, 'data-gouv-react-id=""');

describe('server rendering with React 19', () => {
  it('writes a field’s light DOM as its first child, with its props as properties and attributes', () => {
    const html = renderToString(
      h(GouvInput, {
        label: 'Nom',
        name: 'nom',
        required: true,
        value: 'Dupont',
        className: 'champ',
        'aria-describedby': 'aide',
        onInput: () => {},
      }),
    );
    expect(html).toMatch(
      /^<gouv-input [^>]*><div data-gouv-part="main" data-gouv-uid="gouv-[a-z0-9]+-[a-z0-9]+" data-gouv-lang="fr">/,
    );
    const host = /^<gouv-input ([^>]*)>/.exec(html)![1];
    for (const attribute of [
      'class="champ"',
      'aria-describedby="aide"',
      'name="nom"',
      'required=""',
      'defer-hydration=""',
    ])
      expect(host).toContain(attribute);
    expect(host).toMatch(/data-gouv-react-id="[^"]+"/);
    // The native control, its label and the value set as a property.
    expect(html).toMatch(/<label class="gouv-label" for="(gouv-[a-z0-9]+-[a-z0-9]+-control)"/);
    expect(html).toMatch(/<input\s+class="gouv-input"\s+id="gouv-[a-z0-9]+-[a-z0-9]+-control"\s+name="nom"/);
    expect(html).toContain('value="Dupont"');
    expect(html).toContain('-->Nom<!--');
    // A light-DOM element: no shadow root, its hydration markers prefixed, no carrier template.
    expect(html).not.toContain('<template');
    expect(html).not.toMatch(/<!--\/?lit-part/);
    expect(html).toMatch(/<!--gouv:gouv-[a-z0-9]+-[a-z0-9]+ lit-part/);
    expect(html).not.toMatch(/gouv-light|data-gouv-end|oninput|function/i);
  });

  it('writes a shadow root as declarative shadow DOM, then the children React renders', () => {
    const html = renderToString(
      h(
        GouvAlert,
        { type: 'success', heading: 'Demande envoyée', headingLevel: '2', tabIndex: -1 },
        'Voici.',
      ),
    );
    expect(html).toMatch(
      /^<gouv-alert [^>]*><template shadowroot="open" shadowrootmode="open"><!--gouv-lang:fr--><style>/,
    );
    const host = /^<gouv-alert ([^>]*)>/.exec(html)![1];
    expect(host).toContain('type="success"');
    expect(host).toContain('heading-level="2"');
    expect(host).toContain('tabindex="-1"');
    expect(html).toMatch(/<h2 class="title"[^>]*>.*Demande envoyée/s);
    expect(html).toMatch(/<\/template>Voici\.<\/gouv-alert>$/);
  });

  it('writes a group’s rows as light parts in their slots, before the children', () => {
    const html = renderToString(
      h(
        GouvRadioGroup,
        {
          label: 'Comment vous contacter ?',
          name: 'contact',
          options: [
            { value: 'courriel', label: 'Par courriel' },
            { value: 'telephone', label: 'Par téléphone' },
          ],
        },
        h(GouvConditionalReveal, { when: 'courriel' }, h(GouvInput, { label: 'Adresse', name: 'adresse' })),
      ),
    );
    const order = [
      '<template shadowroot="open" shadowrootmode="open">',
      '</template><div data-gouv-part="option:courriel"',
      'slot="option:courriel"',
      'type="radio"',
      'value="courriel"',
      '<div data-gouv-part="option:telephone"',
      'value="telephone"',
      '<gouv-conditional-reveal ',
      '<gouv-input ',
      'name="adresse"',
    ].map((text) => html.indexOf(text));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('writes a submit button’s native proxy, and its shadow root delegates focus', () => {
    const html = renderToString(h(GouvButton, { type: 'submit' }, 'Envoyer'));
    expect(html).toContain('shadowrootdelegatesfocus=""');
    expect(html).toMatch(
      /<\/template><div data-gouv-part="gouv-submit" [^>]*slot="gouv-submit">.*<button\s+type="submit"\s+hidden/s,
    );
    expect(html).toMatch(/<\/div>Envoyer<\/gouv-button>$/);
  });

  it('renders a date field with its default value and with a date', () => {
    expect(renderToString(h(GouvDateInput, { label: 'Date', name: 'date', value: '' }))).toContain(
      'data-gouv-part="main"',
    );
    const html = renderToString(h(GouvDateInput, { label: 'Date', name: 'date', value: '1990-07-14' }));
    for (const part of ['14', '07', '1990']) expect(html).toContain(`value="${part}"`);
  });

  it('streams the same markup (renderToPipeableStream)', async () => {
    const page = () =>
      h(
        'form',
        null,
        h(GouvInput, { label: 'Nom', name: 'nom' }),
        h(GouvAlert, { type: 'info', heading: 'Information' }, 'Texte.'),
      );
    const streamed = await renderToStream(page());
    expect(streamed).toContain('<div data-gouv-part="main"');
    expect(withoutIds(streamed)).toBe(withoutIds(renderToString(page())));
  });

  it('defines the elements when Node imports the package, whatever was imported before it', async () => {
    const run = promisify(execFile);
    const script = (first: string) => `${first}
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import { GouvInput } from '@gouvkit/react';
      const html = renderToString(createElement(GouvInput, { label: 'Nom', name: 'nom' }));
      console.log(JSON.stringify([!!customElements.get('gouv-input'), html.includes('data-gouv-part="main"')]));`;
    for (const first of ['', "import '@gouvkit/forms/all.js';"]) {
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script(first)], {
        cwd: new URL('..', import.meta.url),
      });
      expect(JSON.parse(stdout.trim().split('\n').at(-1)!), first || 'nothing before').toEqual([true, true]);
    }
  });
});
