// The Angular app in headless Chromium (its built `dist`): the shared scenarios, then what only
// Angular's forms have: the FormGroup follows the fields, sets them, disables them, takes their
// validity, and `@for` adds and removes options. Run `pnpm build` first.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeExampleApp, fillWithKeyboard, serveStatic } from '@gouvkit/testing/example-app';

const dist = fileURLToPath(new URL('../dist/browser/', import.meta.url));

const { openApp } = describeExampleApp({ name: 'Angular 21', start: () => serveStatic({ '/': dist }) });

/** What the app shows of its FormGroup: `form.value` (a file as its name). */
const model = async (page: Page) => JSON.parse((await page.locator('[data-model]').textContent()) ?? 'null');

/** What the app shows of each invalid control's `errors`. */
const errors = async (page: Page) =>
  JSON.parse((await page.locator('[data-errors]').textContent()) ?? 'null');

/** Waits for the page to match (Angular and the elements render after the event). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

/** What every field shows, read from its native controls. */
function shown(page: Page) {
  return page.evaluate(() => {
    const value = (selector: string) => document.querySelector<HTMLInputElement>(selector)?.value;
    const checked = (selector: string) =>
      [...document.querySelectorAll<HTMLInputElement>(selector)].filter((i) => i.checked).map((i) => i.value);
    return {
      nom: value('input[name="nom"]'),
      email: value('input[name="email"]'),
      tel: value('input[name="tel"]'),
      enfants: value('input[name="enfants"]'),
      message: value('textarea[name="message"]'),
      region: value('select[name="region"]'),
      cgu: checked('input[name="cgu"]'),
      nouvelles: checked('input[name="nouvelles"]'),
      interets: checked('input[name="interets"]'),
      contact: checked('input[name="contact"]'),
      satisfaction: value('input[name="satisfaction"]'),
      naissance: [...document.querySelectorAll<HTMLInputElement>('gouv-date-input input')].map(
        (i) => i.value,
      ),
      rendezVous: value('gouv-date-picker input'),
      pays: value('gouv-combobox input[role="combobox"]'),
    };
  });
}

/** What the form would send now (a file as its name). */
const formData = (page: Page) =>
  page.evaluate(() =>
    [...new FormData(document.querySelector('form')!)].map(([name, v]) => [
      name,
      typeof v === 'string' ? v : v.name,
    ]),
  );

describe('Angular 21: reactive forms', () => {
  it('the form model follows the keyboard fill, every control’s value', async () => {
    const { page, seen } = await openApp();
    await fillWithKeyboard(page);
    await eventually(() => model(page)).toEqual({
      nom: 'Dupont',
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
      justificatif: ['attestation.txt'],
      naissance: '1990-07-14',
      rendezVous: '2026-02-03',
      pays: 'BE',
    });
    // Valid for the browser, valid for Angular.
    expect(await errors(page)).toEqual({});
    expect(seen.errors).toEqual([]);
  });

  it('takes each control’s validity from its element: one error per field, as the element says', async () => {
    const { page, seen } = await openApp();
    const required = { required: true };
    // Angular's own `required` is off: it would add `required` to the date's error, and miss
    // the unticked box (`false` is a value to it).
    await eventually(() => errors(page)).toEqual({
      nom: required,
      email: required,
      region: required,
      cgu: required,
      contact: required,
      // The date field says a missing date with its own message (a custom error).
      naissance: { customError: 'Saisissez la date de naissance' },
      pays: required,
    });
    // A constraint Angular has no validator for here: the element's own message.
    await page.locator('input[name="email"]').fill('camille');
    const message = await page
      .locator('input[name="email"]')
      .evaluate((i: HTMLInputElement) => i.validationMessage);
    expect(message).not.toBe('');
    await eventually(async () => (await errors(page)).email).toEqual({ typeMismatch: message });
    // A ticked box is no longer missing (Angular's `required` alone would not see `false`).
    await page.locator('input[name="cgu"]').check();
    await eventually(async () => Object.keys(await errors(page))).toEqual([
      'nom',
      'email',
      'region',
      'contact',
      'naissance',
      'pays',
    ]);
    expect(seen.errors).toEqual([]);
  });

  it('setValue/patchValue from a button shows in every field', async () => {
    const { page, seen } = await openApp();
    await page.getByRole('button', { name: 'Préremplir' }).click();
    await eventually(() => shown(page)).toEqual({
      nom: 'Martin',
      email: 'claude.martin@example.fr',
      tel: '01 23 45 67 89',
      enfants: '3',
      message: 'Plutôt\nle matin.',
      region: '11',
      cgu: ['oui'],
      nouvelles: ['on'],
      interets: ['culture'],
      contact: ['telephone'],
      satisfaction: '9',
      naissance: ['21', '03', '1985'],
      rendezVous: '12/05/2026',
      pays: 'Suisse',
    });
    expect(await formData(page)).toEqual([
      ['nom', 'Martin'],
      ['email', 'claude.martin@example.fr'],
      ['tel', '01 23 45 67 89'],
      ['enfants', '3'],
      ['message', 'Plutôt\nle matin.'],
      ['region', '11'],
      ['cgu', 'oui'],
      ['nouvelles', 'on'],
      ['interets', 'culture'],
      ['contact', 'telephone'],
      ['satisfaction', '9'],
      ['justificatif', ''],
      ['naissance', '1985-03-21'],
      ['rendez-vous', '2026-05-12'],
      ['pays', 'CH'],
    ]);
    // Every required field is filled in: the fields, then Angular, say it is valid.
    await eventually(() => errors(page)).toEqual({});
    expect(seen.errors).toEqual([]);
  });

  it('disable() disables every field, enable() gives them back', async () => {
    const { page, seen } = await openApp();
    const state = () =>
      page.evaluate(() => ({
        fields: [
          ...document.querySelectorAll<HTMLElement & { disabled: boolean }>('form [formcontrolname]'),
        ].map((field) => [field.getAttribute('name'), field.disabled]),
        controls: [...document.querySelectorAll<HTMLInputElement>('form input, form select, form textarea')]
          .filter((control) => !control.disabled)
          .map((control) => control.name || control.id),
        sent: [...new FormData(document.querySelector('form')!).keys()],
      }));
    await page.locator('input[name="nom"]').waitFor();
    const before = await state();
    const names = before.fields.map(([name]) => name);
    expect(names).toHaveLength(16);
    expect(before.fields.every(([, disabled]) => disabled === false)).toBe(true);
    // The reveal's field is disabled while its choice is not made.
    expect(before.controls).toContain('nom');
    expect(before.controls).not.toContain('adresse-contact');
    await page.getByRole('button', { name: 'Désactiver le formulaire' }).click();
    await eventually(state).toEqual({ fields: names.map((name) => [name, true]), controls: [], sent: [] });

    await page.getByRole('button', { name: 'Réactiver le formulaire' }).click();
    await eventually(state).toEqual(before);
    expect(seen.errors).toEqual([]);
  });

  it('options added and removed by @for show in the field, and the model follows', async () => {
    const { page, seen } = await openApp();
    const options = () =>
      page.evaluate(() => {
        const field = document.querySelector('gouv-select')!;
        const select = field.querySelector('select')!;
        return {
          // Angular's nodes, where it put them; the select the element draws from them.
          children: [...field.querySelectorAll(':scope > option')].map((o) => o.getAttribute('value')),
          rendered: [...select.options].slice(1).map((o) => [o.value, o.text.trim()]),
        };
      });
    const regions = [
      ['84', 'Auvergne-Rhône-Alpes'],
      ['53', 'Bretagne'],
      ['11', 'Île-de-France'],
    ];
    expect(await options()).toEqual({ children: ['84', '53', '11'], rendered: regions });

    await page.getByRole('button', { name: 'Ajouter la Corse' }).click();
    await eventually(options).toEqual({
      children: ['84', '53', '11', '94'],
      rendered: [...regions, ['94', 'Corse']],
    });
    await page.locator('select[name="region"]').focus();
    await page.keyboard.type('Cor');
    await eventually(async () => (await model(page)).region).toBe('94');

    await page.getByRole('button', { name: 'Retirer la Corse' }).click();
    await eventually(options).toEqual({ children: ['84', '53', '11'], rendered: regions });
    await eventually(async () => (await model(page)).region).toBe('');
    expect(await page.locator('select[name="region"]').inputValue()).toBe('');
    expect((await formData(page)).filter(([name]) => name === 'region')).toEqual([]);
    // The required region is missing again, for the field and for Angular.
    await eventually(async () => (await errors(page)).region).toEqual({ required: true });
    expect(seen.errors).toEqual([]);
  });
});
