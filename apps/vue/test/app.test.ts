// The Vue 3 example app, built (`dist`), in headless Chromium: the shared scenarios, then what
// only Vue adds: `v-model` both ways on every field, and children Vue adds and removes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  describeExampleApp,
  fillWithKeyboard,
  serveStatic,
  submittedEntries,
  tabTo,
} from '@gouvkit/testing/example-app';
import { emptyRegistration, exampleDraft, type Registration } from '../src/model.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

const { openApp } = describeExampleApp({
  name: 'Vue 3',
  async start() {
    if (!existsSync(dist)) throw new Error('Build the app first: pnpm --filter @gouvkit/example-vue build');
    return serveStatic({ '/': dist });
  },
});

/** The model the page shows (`JSON.stringify` in `pre[data-model]`). */
async function shownModel(page: Page): Promise<Registration> {
  return JSON.parse((await page.locator('pre[data-model]').textContent()) ?? 'null') as Registration;
}

/**
 * Waits until `read` gives `expected`: Vue renders after the event, the elements after Vue. The
 * bound only ends a run that would never get there.
 */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** What every field's native control shows, read from the DOM (not from the model). */
function shownFields(page: Page) {
  return page.evaluate(() => {
    const one = <T extends Element>(selector: string) => document.querySelector<T>(selector);
    const text = (name: string) =>
      one<HTMLInputElement>(`:is(input, textarea, select)[name="${name}"]`)?.value ?? null;
    // The composite fields' own controls (the host carries the name).
    const inner = (selector: string) =>
      [...document.querySelectorAll<HTMLInputElement>(`${selector} input:not([type="hidden"])`)].map(
        (i) => i.value,
      );
    const ticked = (name: string) =>
      [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)]
        .filter((box) => box.checked)
        .map((box) => box.value);
    return {
      nom: text('nom'),
      email: text('email'),
      tel: text('tel'),
      enfants: text('enfants'),
      message: text('message'),
      region: text('region'),
      cgu: ticked('cgu'),
      nouvelles: ticked('nouvelles'),
      interets: ticked('interets'),
      contact: ticked('contact'),
      adresseContact: text('adresse-contact'),
      satisfaction: text('satisfaction'),
      naissance: inner('gouv-date-input[name="naissance"]'),
      rendezVous: inner('gouv-date-picker[name="rendez-vous"]'),
      pays: inner('gouv-combobox[name="pays"]'),
    };
  });
}

const COUNTRY = 'gouv-combobox[name="pays"] input[role="combobox"]';

const KEYBOARD_MODEL: Registration = {
  nom: 'Dupont',
  email: 'camille.dupont@example.fr',
  tel: '06 12 34 56 78',
  enfants: 2,
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
};

describe('Vue 3: v-model on every field', () => {
  it('the keyboard fill updates the model, field by field', async () => {
    const { page, seen } = await openApp();
    await eventually(() => shownModel(page)).toEqual(emptyRegistration());
    await fillWithKeyboard(page);
    await eventually(() => shownModel(page)).toEqual(KEYBOARD_MODEL);
    // A draft set by the app leaves the chosen file, and its name in the model.
    await page.getByRole('button', { name: 'Remplir avec un exemple' }).click();
    await eventually(() => shownModel(page)).toEqual({ ...exampleDraft(), justificatif: 'attestation.txt' });
    // Removing the file empties its key (the upload's `change`).
    await page.locator('gouv-file-upload .gouv-upload__remove').click();
    await eventually(async () => (await shownModel(page)).justificatif).toBe('');
    expect(seen.errors).toEqual([]);
  });

  it('setting the whole model shows in every field, and is what the form sends', async () => {
    const { page, seen } = await openApp();
    await page.getByRole('button', { name: 'Remplir avec un exemple' }).click();
    await eventually(() => shownModel(page)).toEqual({ ...exampleDraft(), justificatif: '' });
    await eventually(() => shownFields(page)).toEqual({
      nom: 'Martin',
      email: 'lea.martin@example.fr',
      tel: '01 23 45 67 89',
      enfants: '3',
      message: 'Merci de me rappeler.',
      region: '11',
      cgu: ['oui'],
      nouvelles: [],
      interets: ['culture'],
      contact: ['telephone'],
      // Its choice is not made: Vue has not rendered it (v-if).
      adresseContact: null,
      satisfaction: '9',
      naissance: ['21', '03', '1985'],
      rendezVous: ['12/05/2026'],
      pays: ['Suisse'],
    });
    await page.getByRole('button', { name: /Envoyer/ }).click();
    expect(await submittedEntries(page)).toEqual([
      ['nom', 'Martin'],
      ['email', 'lea.martin@example.fr'],
      ['tel', '01 23 45 67 89'],
      ['enfants', '3'],
      ['message', 'Merci de me rappeler.'],
      ['region', '11'],
      ['cgu', 'oui'],
      ['interets', 'culture'],
      ['contact', 'telephone'],
      ['satisfaction', '9'],
      // No file chosen: the browser sends an empty file, as for <input type="file">.
      ['justificatif', ''],
      ['naissance', '1985-03-21'],
      ['rendez-vous', '2026-05-12'],
      ['pays', 'CH'],
    ]);

    // And back to empty: every field follows.
    await page.getByRole('button', { name: 'Tout effacer' }).click();
    await eventually(() => shownModel(page)).toEqual(emptyRegistration());
    await eventually(() => shownFields(page)).toEqual({
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
      adresseContact: null,
      satisfaction: '5',
      naissance: ['', '', ''],
      rendezVous: [''],
      pays: [''],
    });
    expect(seen.errors).toEqual([]);
  });

  it('the keyboard goes on from a model set by the app', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Remplir avec un exemple' }).click();
    await page.locator('input[name="nom"]').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('-Durand');
    await tabTo(page, 'input[name="email"]', 1);
    await tabTo(page, 'input[name="tel"]', 1);
    await tabTo(page, 'input[name="enfants"]', 1);
    await page.keyboard.press('ArrowUp');
    await page.locator(COUNTRY).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Fra');
    await page.locator('[role="option"]', { hasText: 'France' }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await eventually(() => shownModel(page)).toEqual({
      ...exampleDraft(),
      justificatif: '',
      nom: 'Martin-Durand',
      enfants: 4,
      pays: 'FR',
    });
  });
});

describe('Vue 3: children Vue adds and removes', () => {
  it('v-for: options added to and removed from the lists show in the fields, and can be chosen', async () => {
    const { page, seen } = await openApp();
    const optionsOf = () =>
      page.evaluate(() => ({
        regions: [...document.querySelector<HTMLSelectElement>('select[name="region"]')!.options]
          .map((o) => o.value)
          .filter(Boolean),
        interets: [...document.querySelectorAll<HTMLInputElement>('input[name="interets"]')].map(
          (i) => i.value,
        ),
      }));
    await page.getByRole('button', { name: 'Proposer plus de choix' }).click();
    await page.locator('input[name="interets"][value="lecture"]').waitFor();
    await eventually(optionsOf).toEqual({
      regions: ['84', '53', '11', '28'],
      interets: ['sport', 'culture', 'nature', 'lecture'],
    });

    // The new options, with the keyboard.
    await page.locator('select[name="region"]').focus();
    await page.keyboard.type('Nor');
    await page.locator('input[name="interets"][value="lecture"]').focus();
    await page.keyboard.press('Space');
    await page.locator(COUNTRY).focus();
    await page.keyboard.type('Lux');
    await page.locator('[role="option"]', { hasText: 'Luxembourg' }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await eventually(() => shownModel(page)).toMatchObject({
      region: '28',
      interets: ['lecture'],
      pays: 'LU',
    });

    // Back to the first choices, then the added options go.
    await page.locator('select[name="region"]').selectOption('53');
    await page.locator('input[name="interets"][value="lecture"]').uncheck();
    await page.locator('input[name="interets"][value="sport"]').check();
    await page.locator(COUNTRY).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Bel');
    await page.locator('[role="option"]', { hasText: 'Belgique' }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Retirer les choix ajoutés' }).click();
    await page.locator('input[name="interets"][value="lecture"]').waitFor({ state: 'detached' });
    await eventually(optionsOf).toEqual({
      regions: ['84', '53', '11'],
      interets: ['sport', 'culture', 'nature'],
    });
    await eventually(() => shownModel(page)).toMatchObject({ region: '53', interets: ['sport'], pays: 'BE' });
    await eventually(() => shownFields(page)).toMatchObject({
      region: '53',
      interets: ['sport'],
      pays: ['Belgique'],
    });
    // The combobox suggests the list as it is now: emptied, Alt+Down shows every option.
    await page.locator(COUNTRY).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Alt+ArrowDown');
    await page.locator('[role="option"]', { hasText: 'Suisse' }).first().waitFor();
    const suggested = await page
      .locator('gouv-combobox[name="pays"] [role="option"] .gouv-combobox__label')
      .allTextContents();
    expect(suggested.map((label) => label.trim())).toEqual(['France', 'Belgique', 'Suisse']);
    expect(seen.errors).toEqual([]);
  });

  it('v-if: the conditional field is rendered while its choice is made, with its model value back', async () => {
    const { page, seen } = await openApp();
    const field = page.locator('input[name="adresse-contact"]');
    expect(await field.count()).toBe(0);
    await page.locator('input[name="contact"][value="courriel"]').check();
    await field.waitFor({ state: 'visible' });
    await field.fill('camille@example.fr');
    await eventually(async () => (await shownModel(page)).adresseContact).toBe('camille@example.fr');

    await page.locator('input[name="contact"][value="telephone"]').check();
    await field.waitFor({ state: 'detached' });
    const sent = () => page.evaluate(() => [...new FormData(document.querySelector('form')!).keys()]);
    expect(await sent()).not.toContain('adresse-contact');
    // The model keeps what was typed…
    await eventually(() => shownModel(page)).toMatchObject({
      contact: 'telephone',
      adresseContact: 'camille@example.fr',
    });

    // …and the field gets it back when Vue renders it again.
    await page.locator('input[name="contact"][value="courriel"]').check();
    await field.waitFor({ state: 'visible' });
    expect(await field.inputValue()).toBe('camille@example.fr');
    expect(await sent()).toContain('adresse-contact');
    expect(seen.errors).toEqual([]);
  });
});
