// The React 19 example app, built (`dist`), in headless Chromium: the shared scenarios on the page
// rendered in the browser and on the page rendered on the server then hydrated, then what only
// React adds: controlled values both ways on every field, <option> children React adds and
// removes, and server rendering with hydration.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  describeExampleApp,
  fillWithKeyboard,
  serveStatic,
  type RunningApp,
} from '@gouvkit/testing/example-app';
import { emptyRegistration, exampleDraft, type Registration } from '../src/model.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

async function serveDist(): Promise<RunningApp> {
  if (!existsSync(dist)) throw new Error('Build the app first: pnpm --filter @gouvkit/example-react build');
  return serveStatic({ '/': dist });
}

const { openApp } = describeExampleApp({ name: 'React 19', start: serveDist });

// The same scenarios on the server-rendered page: the form must work as well once hydrated.
describeExampleApp({
  name: 'React 19, rendered on the server and hydrated',
  async start() {
    const app = await serveDist();
    return { url: `${app.url}/ssr`, close: app.close };
  },
});

/** The state the page shows (`<pre data-state>`). */
async function shownState(page: Page): Promise<Registration> {
  return JSON.parse((await page.locator('pre[data-state]').textContent()) ?? 'null') as Registration;
}

/** Waits until the state the page shows has `key` at `value` (React renders after the event). */
async function stateHas<K extends keyof Registration>(page: Page, key: K, value: Registration[K]) {
  await page.waitForFunction(
    ([key, value]) =>
      JSON.stringify(JSON.parse(document.querySelector('pre[data-state]')?.textContent ?? '{}')[key]) ===
      JSON.stringify(value),
    [key, value] as const,
  );
}

/** What every field's native control shows, read from the DOM (not from the state). */
function shownFields(page: Page) {
  return page.evaluate(() => {
    const text = (selector: string) => document.querySelector<HTMLInputElement>(selector)?.value ?? null;
    const ticked = (name: string) =>
      [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)]
        .filter((box) => box.checked)
        .map((box) => box.value);
    return {
      nom: text('input[name="nom"]'),
      email: text('input[name="email"]'),
      tel: text('input[name="tel"]'),
      enfants: text('input[name="enfants"]'),
      message: text('textarea[name="message"]'),
      region: text('select[name="region"]'),
      cgu: ticked('cgu'),
      nouvelles: ticked('nouvelles'),
      interets: ticked('interets'),
      contact: ticked('contact'),
      adresseContact: text('input[name="adresse-contact"]'),
      satisfaction: text('input[name="satisfaction"]'),
      // Fields that submit their value themselves: their inputs have no name once enhanced.
      naissance: ['day', 'month', 'year'].map((part) =>
        text(`gouv-date-input[name="naissance"] input[autocomplete="bday-${part}"]`),
      ),
      rendezVous: text('gouv-date-picker[name="rendez-vous"] input'),
      pays: text('gouv-combobox[name="pays"] input[role="combobox"]'),
    };
  });
}

/** What the form would send now, a file as its name. */
function formData(page: Page) {
  return page.evaluate(() =>
    [...new FormData(document.querySelector('form')!)].map(([name, value]) => [
      name,
      typeof value === 'string' ? value : value.name,
    ]),
  );
}

/** Waits until every gouv-* element took its props from React and rendered. */
async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[defer-hydration]'));
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('gouv-'))
        .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    ),
  );
}

describe('React 19: controlled values', () => {
  it('a state set from a button shows in every field, and is what the form sends', async () => {
    const { page, seen } = await openApp();
    await page.getByRole('button', { name: 'Remplir avec un exemple' }).click();
    await stateHas(page, 'pays', 'CH');
    await settled(page);
    const draft = exampleDraft();
    expect(await shownState(page)).toEqual({ ...draft, justificatif: '' });
    expect(await shownFields(page)).toEqual({
      nom: 'Martin',
      email: 'lea.martin@example.fr',
      tel: '01 23 45 67 89',
      enfants: '3',
      message: 'Merci de me rappeler.',
      region: '11',
      cgu: ['oui'],
      nouvelles: ['on'],
      interets: ['culture', 'nature'],
      contact: ['courriel'],
      adresseContact: 'lea@example.fr',
      satisfaction: '9',
      naissance: ['21', '03', '1985'],
      rendezVous: '12/05/2026',
      pays: 'Suisse',
    });
    expect((await formData(page)).filter(([name]) => name !== 'justificatif')).toEqual([
      ['nom', 'Martin'],
      ['email', 'lea.martin@example.fr'],
      ['tel', '01 23 45 67 89'],
      ['enfants', '3'],
      ['message', 'Merci de me rappeler.'],
      ['region', '11'],
      ['cgu', 'oui'],
      ['nouvelles', 'on'],
      ['interets', 'culture'],
      ['interets', 'nature'],
      ['contact', 'courriel'],
      ['adresse-contact', 'lea@example.fr'],
      ['satisfaction', '9'],
      ['naissance', '1985-03-21'],
      ['rendez-vous', '2026-05-12'],
      ['pays', 'CH'],
    ]);

    await page.getByRole('button', { name: 'Tout effacer' }).click();
    await stateHas(page, 'pays', '');
    await settled(page);
    expect(await shownState(page)).toEqual(emptyRegistration());
    expect(await shownFields(page)).toEqual({
      nom: '',
      email: '',
      tel: '',
      enfants: '',
      message: '',
      region: '',
      cgu: [],
      nouvelles: [],
      interets: [],
      contact: [],
      adresseContact: '',
      satisfaction: '5',
      naissance: ['', '', ''],
      rendezVous: '',
      pays: '',
    });
    expect(seen.errors).toEqual([]);
    expect(seen.warnings).toEqual([]);
  });

  it('what is typed and chosen with the keyboard goes into the state, field by field', async () => {
    const { page, seen } = await openApp();
    await page.locator('input[name="nom"]').focus();
    await page.keyboard.type('Dup');
    await stateHas(page, 'nom', 'Dup');
    expect((await shownFields(page)).nom).toBe('Dup');

    await fillWithKeyboard(page);
    await stateHas(page, 'pays', 'BE');
    expect(await shownState(page)).toEqual({
      nom: 'DupDupont',
      email: 'camille.dupont@example.fr',
      tel: '06 12 34 56 78',
      enfants: '2',
      message: 'Bonjour,\nmerci.',
      region: '53',
      cgu: true,
      nouvelles: true,
      interets: ['sport', 'nature'],
      contact: 'courriel',
      adresseContact: 'camille@example.fr',
      satisfaction: '7',
      justificatif: 'attestation.txt',
      naissance: '1990-07-14',
      rendezVous: '2026-02-03',
      pays: 'BE',
    } satisfies Registration);
    expect(seen.errors).toEqual([]);
    expect(seen.warnings).toEqual([]);
  });

  it('a field set from the state can be typed in again, and the state follows', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Remplir avec un exemple' }).click();
    await stateHas(page, 'nom', 'Martin');
    await settled(page);
    await page.locator('input[name="nom"]').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('-Durand');
    await stateHas(page, 'nom', 'Martin-Durand');
    expect((await shownFields(page)).nom).toBe('Martin-Durand');
  });
});

describe('React 19: children React adds and removes', () => {
  const COMBOBOX = 'gouv-combobox[name="pays"] input[role="combobox"]';

  /**
   * Types `text` in the combobox and returns the suggestions it shows, once it reported them
   * (`gouv-results`, with the count; none shown for 0).
   */
  async function suggestions(page: Page, text: string) {
    await page.locator(COMBOBOX).focus();
    await page.keyboard.press('Control+A');
    await page.evaluate((query) => {
      const box = document.querySelector('gouv-combobox')!;
      (window as Window & { results?: Promise<number> }).results = new Promise((resolve) => {
        box.addEventListener('gouv-results', function listen(event) {
          const { detail } = event as CustomEvent<{ query: string; count: number }>;
          if (detail.query !== query) return;
          box.removeEventListener('gouv-results', listen);
          resolve(detail.count);
        });
      });
    }, text);
    await page.keyboard.type(text);
    const count = await page.evaluate(() => (window as Window & { results?: Promise<number> }).results);
    if (count === 0) return [];
    return page
      .locator('gouv-combobox [role="option"]')
      .evaluateAll((options) =>
        options.map((option) => option.querySelector('.gouv-combobox__label')?.textContent?.trim()),
      );
  }

  /** The combobox's <option> children (React's), and whether its own part is still first. */
  function children(page: Page) {
    return page.evaluate(() => {
      const box = document.querySelector('gouv-combobox')!;
      return {
        options: [...box.querySelectorAll(':scope > option')].map((o) => (o as HTMLOptionElement).value),
        ownPartFirst: box.firstElementChild?.getAttribute('data-gouv-part') === 'main',
      };
    });
  }

  it('an <option> added from the state is suggested and chosen; removed, it is gone', async () => {
    const { page, seen } = await openApp();
    // Nodes kept by key must stay the same nodes: marked now, checked after each change.
    await page.evaluate(() => {
      const box = document.querySelector('gouv-combobox')!;
      for (const node of [box.firstElementChild!, ...box.querySelectorAll(':scope > option')])
        (node as Element & { kept?: boolean }).kept = true;
    });
    const kept = () =>
      page.evaluate(() =>
        [...document.querySelector('gouv-combobox')!.children].map(
          (node) => !!(node as Element & { kept?: boolean }).kept,
        ),
      );
    expect(await children(page)).toEqual({ options: ['FR', 'BE', 'CH'], ownPartFirst: true });

    await page.getByRole('button', { name: 'Proposer le Luxembourg' }).click();
    await page.locator('gouv-combobox > option[value="LU"]').waitFor({ state: 'attached' });
    expect(await children(page)).toEqual({ options: ['FR', 'BE', 'CH', 'LU'], ownPartFirst: true });
    expect(await kept()).toEqual([true, true, true, true, false]);
    expect(await suggestions(page, 'Lux')).toEqual(['Luxembourg']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await stateHas(page, 'pays', 'LU');
    expect(await formData(page)).toContainEqual(['pays', 'LU']);

    expect(await suggestions(page, 'Bel')).toEqual(['Belgique']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await stateHas(page, 'pays', 'BE');
    await page.getByRole('button', { name: 'Retirer le Luxembourg' }).click();
    await page.locator('gouv-combobox > option[value="LU"]').waitFor({ state: 'detached' });
    expect(await children(page)).toEqual({ options: ['FR', 'BE', 'CH'], ownPartFirst: true });
    expect(await kept()).toEqual([true, true, true, true]);
    expect(await suggestions(page, 'Lux')).toEqual([]);
    expect(await suggestions(page, 'Su')).toEqual(['Suisse']);
    expect(seen.errors).toEqual([]);
    expect(seen.warnings).toEqual([]);
  });
});

describe('React 19: server rendering and hydration', () => {
  const FIELDS = [
    'input[name="nom"]',
    'input[name="email"][type="email"]',
    'input[name="tel"][type="tel"]',
    'input[name="enfants"][type="number"]',
    'textarea[name="message"]',
    'select[name="region"]',
    'input[name="cgu"][type="checkbox"]',
    'input[name="nouvelles"]',
    'input[name="interets"][value="sport"]',
    'input[name="interets"][value="nature"]',
    'input[name="contact"][type="radio"][value="courriel"]',
    'input[name="contact"][type="radio"][value="telephone"]',
    'input[name="adresse-contact"]',
    'input[name="satisfaction"][type="range"]',
    'input[name="justificatif"][type="file"]',
    'input[name="naissance-day"]',
    'input[name="naissance-month"]',
    'input[name="naissance-year"]',
    'input[name="rendez-vous"]',
    'input[name="pays"]',
  ];

  it('the HTML response has every field, its label, and the shadow roots, before JavaScript', async () => {
    const { page } = await openApp('/ssr/');
    const response = await page.request.get(page.url());
    expect(response.headers()['content-type']).toMatch(/^text\/html/);
    const markup = await response.text();
    // Parsed as the browser parses it, with no script run.
    const parsed = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const labelOf = (control: Element | null) =>
        control?.id ? doc.querySelector(`label[for="${control.id}"]`)?.textContent?.trim() : undefined;
      return {
        nom: labelOf(doc.querySelector('input[name="nom"]')),
        regions: [...doc.querySelectorAll('select[name="region"] option')].map((o) =>
          o.getAttribute('value'),
        ),
      };
    }, markup);
    expect(parsed.nom).toMatch(/^Nom/);
    expect(parsed.regions).toEqual(['', '84', '53', '11']);
    const missing = await page.evaluate(
      ([html, selectors]) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return selectors.filter((selector) => !doc.querySelector(selector));
      },
      [markup, FIELDS] as const,
    );
    expect(missing).toEqual([]);
    // Shadow roots as declarative shadow DOM; light-DOM fields with no carrier template left.
    expect(markup).toMatch(/<gouv-alert[^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(markup).toMatch(/<gouv-fieldset[^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(markup).toMatch(/<gouv-input[^>]*><div data-gouv-part="main"/);
    expect(markup).not.toContain('gouv-light');
  });

  it('shows the fields while its script loads, then hydrates keeping the server nodes and what was typed', async () => {
    const { page, seen } = await openApp('/ssr/');
    // Again, with the page's module held until the fields are marked and typed in.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/ssr\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await page.locator('input[name="nom"]').waitFor();
    expect(await page.evaluate(() => customElements.get('gouv-input'))).toBeUndefined();
    expect(await page.getByRole('textbox', { name: /^Nom/ }).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Par téléphone' }).isVisible()).toBe(true);
    await page.evaluate(() => {
      for (const node of document.querySelectorAll('input[name="nom"], gouv-input, [data-gouv-part]'))
        (node as Element & { fromServer?: boolean }).fromServer = true;
    });
    await page.locator('input[name="nom"]').fill('Dupont');
    await page.locator('input[name="contact"][value="telephone"]').check();

    release();
    await page.waitForFunction(() => customElements.get('gouv-input'));
    await settled(page);
    await stateHas(page, 'nom', 'Dupont');
    await stateHas(page, 'contact', 'telephone');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('input[name="nom"], gouv-input, [data-gouv-part]')].every(
          (node) => (node as Element & { fromServer?: boolean }).fromServer,
        ),
      ),
    ).toBe(true);
    expect((await shownFields(page)).nom).toBe('Dupont');
    expect((await shownFields(page)).contact).toEqual(['telephone']);

    // React took over: the state follows the fields, and the fields the state.
    await page.locator('input[name="nom"]').focus();
    await page.keyboard.type('-Martin');
    await stateHas(page, 'nom', 'Dupont-Martin');
    await page.getByRole('button', { name: 'Remplir avec un exemple' }).click();
    await stateHas(page, 'pays', 'CH');
    await settled(page);
    expect((await shownFields(page)).pays).toBe('Suisse');
    // React's hydration warnings are console errors (the page is built in development mode).
    expect(seen.errors).toEqual([]);
    expect(seen.warnings).toEqual([]);
  });

  it('hydrates with no warning and no console error', async () => {
    const { page, seen } = await openApp('/ssr/');
    await settled(page);
    await page.locator('input[name="email"]').focus();
    await page.keyboard.type('a@b.fr');
    await stateHas(page, 'email', 'a@b.fr');
    expect(seen.errors).toEqual([]);
    expect(seen.warnings).toEqual([]);
  });
});
