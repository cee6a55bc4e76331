import { describe, expect, it } from 'vitest';
// The server renderer first: it installs the DOM shim that Lit needs in Node.
import { renderToString } from '@gouvkit/core/ssr.js';
import { html } from 'lit';
import { GouvCombobox } from './gouv-combobox.js';
import '../communes/register.js';

if (!customElements.get('gouv-combobox')) customElements.define('gouv-combobox', GouvCombobox);

const REGIONS = [
  { value: '53', label: 'Bretagne' },
  { value: '11', label: 'Île-de-France' },
];

/** The server's `<input role="combobox">`, as markup. */
const inputOf = (markup: string) => /<input[^>]*role="combobox"[^>]*>/.exec(markup)?.[0] ?? '';

describe('gouv-combobox on the server', () => {
  it('constructs and renders with no document, window, MutationObserver or matchMedia', async () => {
    const globals = globalThis as Record<string, unknown>;
    const names = [
      'document',
      'window',
      'MutationObserver',
      'matchMedia',
      'history',
      'requestAnimationFrame',
    ];
    const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globals, name)] as const);
    for (const name of names) delete globals[name];
    try {
      expect(() => new GouvCombobox()).not.toThrow();
      const markup = await renderToString(
        html`<gouv-combobox label="Région" name="region" value="53" .options=${REGIONS}>
          <option value="x">X</option>
        </gouv-combobox>`,
      );
      expect(markup).toContain('role="combobox"');
    } finally {
      for (const [name, descriptor] of saved)
        if (descriptor) Object.defineProperty(globals, name, descriptor);
    }
  });

  it('gives the text field the name, so a form without JavaScript submits the text', async () => {
    const markup = await renderToString(
      html`<gouv-combobox label="Commune" name="commune" source="communes" required></gouv-combobox>`,
    );
    const input = inputOf(markup);
    expect(input).toContain('name="commune"');
    expect(input).toContain('aria-required="true"');
    // Never announced invalid before an error shows.
    expect(input).toContain('aria-invalid="false"');
    expect(markup).toContain('<label class="gouv-label"');
    expect(markup).not.toContain('shadowrootmode="open"');
  });

  it('shows the label of a value it knows, and a value it can’t resolve as is (no source loads on the server)', async () => {
    const known = await renderToString(
      html`<gouv-combobox label="Région" name="region" value="53" .options=${REGIONS}></gouv-combobox>`,
    );
    expect(inputOf(known)).toContain('value="Bretagne"');
    const unresolved = await renderToString(
      html`<gouv-combobox label="Commune" name="commune" source="communes" value="69123"></gouv-combobox>`,
    );
    expect(inputOf(unresolved)).toContain('value="69123"');
  });

  it('renders a server error, with the control marked invalid', async () => {
    const markup = await renderToString(
      html`<gouv-combobox
        label="Région"
        name="region"
        error="Région inconnue"
        .options=${REGIONS}
      ></gouv-combobox>`,
    );
    expect(markup).toContain('Région inconnue');
    expect(inputOf(markup)).toContain('aria-invalid="true"');
  });
});
