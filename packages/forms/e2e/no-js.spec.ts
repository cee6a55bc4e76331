// End to end, in headless Chromium: a form with every field of @gouvkit/forms, rendered on the
// server (`@gouvkit/core/ssr.js`, with the packages' built definitions), linked to tokens.css,
// forms.css and components.css.
//
// - Without JavaScript, it is styled, a person fills every field with the keyboard and submits:
//   the server gets every value.
// - With JavaScript held back, a person types first; then the script runs and hydrates: no error,
//   no duplicated DOM, what was typed is kept and submitted.
//
// Nothing waits for wall-clock time: navigations, server events and conditions only.
// `pnpm build` first (turbo's `test` task does): it bundles the packages' `dist/`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
// The server renderer first: it installs the DOM shim the elements need in Node.
import { renderToString } from '@gouvkit/core/ssr.js';
import '@gouvkit/components/all.js';
import '../dist/all.js';
import { lightCss } from '../../../scripts/build-light-css.mjs';
import { CONTACT, COUNTRIES, INTERESTS, REGIONS, everyField } from './every-field.js';
import {
  bundlePageScript,
  launchChromium,
  pageHtml,
  repoRoot,
  servePage,
  type PageServer,
  type Posted,
  type PostedValue,
} from './harness.js';

let server: PageServer;
let browser: Browser;

beforeAll(async () => {
  const body = await renderToString(everyField(), { lang: 'fr' });
  server = await servePage({ page: pageHtml(body), script: await bundlePageScript() });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a page says on its console and throws, from the start. */
function watch(page: Page) {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    if (message.type() === 'error') errors.push(`${text} (${message.location().url})`);
    else if (message.type() === 'warning' && !text.startsWith('Lit is in dev mode')) warnings.push(text);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  return { errors, warnings };
}

/** The focused control's markup, through open shadow roots. */
function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.outerHTML.slice(0, 160) ?? 'nothing';
  });
}

/**
 * Presses Tab until the focused element matches `selector` (a person tabbing through the form),
 * at most `max` times: a field's other controls (a calendar button, a password's « Afficher »
 * box) and a group's other options come between two fields.
 */
async function tabTo(page: Page, selector: string, max = 3) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const matches = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    if (matches) return;
  }
  throw new Error(`Tab never reached ${selector} (focus: ${await focused(page)})`);
}

describe('light-DOM stylesheets (forms.css, components.css)', () => {
  for (const [pkg, file] of [
    ['forms', 'forms.css'],
    ['components', 'components.css'],
  ] as const) {
    it(`dist/${file} holds the elements' light styles, and Chromium parses every rule of it`, async () => {
      const dir = fileURLToPath(new URL(`../../${pkg}/`, import.meta.url));
      const sheets = JSON.parse(
        execFileSync(process.execPath, [`${repoRoot}/scripts/build-light-css.mjs`, 'dist/all.js', '--json'], {
          cwd: dir,
          encoding: 'utf8',
        }),
      ) as { text: string; tags: string[] }[];
      const css = readFileSync(`${dir}/dist/${file}`, 'utf8');
      // The built file is what the built elements adopt now (not a stale build).
      expect(css).toBe(lightCss(sheets, `@gouvkit/${pkg}`));
      expect(new Set(sheets.map((sheet) => sheet.text)).size).toBe(sheets.length);

      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}/packages/${pkg}/dist/${file}`);
        const parsed = await page.evaluate(
          ({ css, texts }) => {
            const rules = (text: string) => {
              const sheet = new CSSStyleSheet();
              sheet.replaceSync(text);
              return [...sheet.cssRules];
            };
            const all = rules(css);
            return {
              total: all.length,
              each: texts.map((text) => rules(text).length),
              layers: all.filter((rule) => rule instanceof CSSLayerBlockRule).map((rule) => rule.name),
            };
          },
          { css, texts: sheets.map((sheet) => sheet.text) },
        );
        // Each sheet parses to rules of its own, and together to as many: none swallows the next.
        expect(parsed.each.every((count) => count > 0)).toBe(true);
        expect(parsed.total).toBe(parsed.each.reduce((sum, count) => sum + count, 0));
        // Every element of the package that has light styles (from its manifest) is in the file,
        // and every rule of its light styles.
        const manifest = JSON.parse(readFileSync(`${dir}/custom-elements.json`, 'utf8')) as {
          modules: { declarations?: { tagName?: string }[] }[];
        };
        const tags = manifest.modules.flatMap((module) =>
          (module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []),
        );
        const inFile = new Set(sheets.flatMap((sheet) => sheet.tags));
        for (const tag of tags) {
          const styles = (customElements.get(tag) as { lightStyles?: { cssText: string }[] } | undefined)
            ?.lightStyles;
          expect(customElements.get(tag), tag).toBeDefined();
          if (styles?.length) {
            expect(inFile, tag).toContain(tag);
            for (const style of styles) expect(css).toContain(style.cssText.trim());
          }
        }
        if (pkg === 'forms') {
          // Every forms sheet is one block in the components' layer (a page's own CSS wins).
          expect(parsed.layers).toEqual(sheets.map(() => 'gouvkit.components'));
          expect(inFile.size).toBeGreaterThanOrEqual(15);
        }
      } finally {
        await context.close();
      }
    });
  }
});

describe('a server-rendered form with every field', () => {
  let context: BrowserContext;

  afterAll(async () => {
    await context?.close();
  });

  it('is styled, filled in with the keyboard and submitted without JavaScript', async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(server.url);

    // Styled by the linked stylesheets alone: DSFR's label grey and the field's grey background,
    // not the browser's black text and white box.
    const looks = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        label: style('gouv-input label').color,
        input: style('gouv-input input').backgroundColor,
        underline: style('gouv-input input').boxShadow,
        checkbox: style('gouv-checkbox input').appearance,
      };
    });
    expect(looks.label).toBe('rgb(22, 22, 22)'); // --gouv-color-text-label, #161616
    expect(looks.input).toBe('rgb(238, 238, 238)'); // --gouv-color-background-contrast, #eeeeee
    expect(looks.underline).toContain('inset');
    expect(looks.checkbox).toBe('none'); // DSFR's own box, not the native one

    // Tab through the form as a person would, typing, ticking and choosing.
    await tabTo(page, 'input[name="nom"]', 1);
    await page.keyboard.type('Dupont');
    await tabTo(page, 'input[name="email"]', 1);
    await page.keyboard.type('camille.dupont@example.fr');
    await tabTo(page, 'input[name="tel"]', 1);
    await page.keyboard.type('06 12 34 56 78');
    await tabTo(page, 'input[name="enfants"]', 1);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await tabTo(page, 'input[name="secret"]', 1);
    await page.keyboard.type('s3cret !');
    await tabTo(page, 'textarea[name="message"]');
    await page.keyboard.type('Bonjour,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('merci.');
    await tabTo(page, 'select[name="region"]', 1);
    await page.keyboard.type('Bre');
    await tabTo(page, 'input[name="cgu"]', 1);
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name="nouvelles"]', 1);
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name="interets"][value="sport"]', 1);
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name="interets"][value="nature"]', 2);
    await page.keyboard.press('Space');
    // One tab stop per radio group; the arrows move the choice.
    await tabTo(page, 'input[name="contact"][value="courriel"]', 1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    // The revealed field shows before scripts run (as GOV.UK's conditional reveal does).
    await tabTo(page, 'input[name="adresse-contact"]', 1);
    await page.keyboard.type('camille@example.fr');
    await tabTo(page, 'input[name="satisfaction"]', 1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'input[name="justificatif"]', 1);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles({
      name: 'attestation.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Attestation'),
    });
    await tabTo(page, 'input[name="naissance-day"]', 1);
    await page.keyboard.type('14');
    await tabTo(page, 'input[name="naissance-month"]', 1);
    await page.keyboard.type('07');
    await tabTo(page, 'input[name="naissance-year"]', 1);
    await page.keyboard.type('1990');
    await tabTo(page, 'input[name="rendez-vous"]', 1);
    await page.keyboard.type('03/02/2026');
    await tabTo(page, 'input[name="pays"]', 2);
    await page.keyboard.type('Belgique');

    // Enter in a text field submits the form (implicit submission), as in any HTML form.
    const posted = server.nextPost();
    await Promise.all([page.waitForURL(`${server.url}/submit`), page.keyboard.press('Enter')]);
    expect(await posted).toEqual([
      ['nom', 'Dupont'],
      ['email', 'camille.dupont@example.fr'],
      ['tel', '06 12 34 56 78'],
      ['enfants', '2'],
      ['secret', 's3cret !'],
      ['message', 'Bonjour,\r\nmerci.'],
      ['region', REGIONS[1]!.value],
      ['cgu', 'oui'],
      ['nouvelles', 'on'],
      ['interets', INTERESTS[0]!.value],
      ['interets', INTERESTS[2]!.value],
      ['contact', CONTACT[0]!.value],
      ['adresse-contact', 'camille@example.fr'],
      ['satisfaction', '7'],
      ['justificatif', { file: 'attestation.txt', type: 'text/plain', text: 'Attestation' }],
      // Composite fields send their parts, as typed: the server assembles and checks them.
      ['naissance-day', '14'],
      ['naissance-month', '07'],
      ['naissance-year', '1990'],
      ['rendez-vous', '03/02/2026'],
      ['pays', 'Belgique'],
    ]);
    expect(seen.errors).toEqual([]);
  });
});

/** What the elements hold after hydration, and what their native controls show. */
interface Kept {
  nom: [string, string];
  cgu: [boolean, boolean];
  naissance: [string, string[]];
  rendezVous: [string, string];
  pays: [string, string];
}

describe('the same form, typed in before its script runs, then hydrated', () => {
  let seen: ReturnType<typeof watch>;
  let dom: Awaited<ReturnType<typeof snapshotDom>>;
  let kept: Kept;
  let formData: Posted | undefined;
  let posted: Posted;
  let context: BrowserContext;

  // The whole visit, once; the tests below look at what it saw.
  beforeAll(async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    seen = watch(page);
    const script = server.holdScript();
    await page.goto(server.url, { waitUntil: 'commit' });
    // The whole form is parsed (the module script is last, and held): a person starts typing.
    await page.waitForSelector('gouv-button', { state: 'attached' });
    expect(await page.evaluate(() => customElements.get('gouv-input') === undefined)).toBe(true);

    await tabTo(page, 'input[name="nom"]', 1);
    await page.keyboard.type('Martin');
    await tabTo(page, 'input[name="cgu"]', 8);
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name="naissance-day"]', 12);
    await page.keyboard.type('14');
    await tabTo(page, 'input[name="naissance-month"]', 1);
    await page.keyboard.type('07');
    await tabTo(page, 'input[name="naissance-year"]', 1);
    await page.keyboard.type('1990');
    await tabTo(page, 'input[name="rendez-vous"]', 1);
    await page.keyboard.type('03/02/2026');
    await tabTo(page, 'input[name="pays"]', 2);
    await page.keyboard.type('Belgique');

    await script.requested;
    script.release();
    await page.waitForFunction(() => (window as { __gouvHydrated?: boolean }).__gouvHydrated === true);

    dom = await snapshotDom(page);
    kept = await page.evaluate(() => {
      type Field = HTMLElement & { value: string; checked?: boolean };
      const el = (selector: string) => document.querySelector(selector) as Field;
      const input = (selector: string) => document.querySelector(selector) as HTMLInputElement;
      return {
        nom: [el('gouv-input[name="nom"]').value, input('gouv-input[name="nom"] input').value],
        cgu: [el('gouv-checkbox').checked!, input('gouv-checkbox input').checked],
        naissance: [
          el('gouv-date-input').value,
          [...document.querySelectorAll<HTMLInputElement>('gouv-date-input input')].map((box) => box.value),
        ],
        rendezVous: [el('gouv-date-picker').value, input('gouv-date-picker input').value],
        pays: [el('gouv-combobox').value, input('gouv-combobox input').value],
      } satisfies Kept;
    });

    // Submit: the form's FormData as the browser builds it, and the server's copy of it.
    await page.exposeFunction('__reportFormData', (entries: Posted) => (formData = entries));
    await page.evaluate(() => {
      document.querySelector('form')!.addEventListener('formdata', (event) => {
        const entries = [...event.formData].map(([key, value]) => [
          key,
          typeof value === 'string' ? value : { file: value.name, type: value.type, text: '' },
        ]);
        (window as unknown as { __reportFormData(entries: unknown): void }).__reportFormData(entries);
      });
    });
    const post = server.nextPost();
    await Promise.all([page.waitForURL(`${server.url}/submit`), page.locator('gouv-button').click()]);
    posted = await post;
  });

  afterAll(async () => {
    await context?.close();
  });

  it('hydrates with no console error, no page error and no gouvkit warning', () => {
    expect(seen.errors).toEqual([]);
    expect(seen.warnings.filter((text) => text.startsWith('[gouvkit]'))).toEqual([]);
  });

  it('has no duplicated DOM: one wrapper of its own per field part, one native control per option', () => {
    expect(dom.undefinedElements).toEqual([]);
    expect(dom.serverTemplates).toBe(0);
    expect(dom.duplicateIds).toEqual([]);
    for (const { tag, name, parts, nestedParts } of dom.parts) {
      const label = `${tag}${name ? `[name=${name}]` : ''}`;
      expect(nestedParts, label).toBe(0);
      if (tag === 'gouv-radio-group')
        expect(parts, label).toEqual(CONTACT.map((option) => `option:${option.value}`));
      else if (tag === 'gouv-checkbox-group')
        expect(parts, label).toEqual(INTERESTS.map((option) => `option:${option.value}`));
      else if (tag === 'gouv-error-summary') expect(parts, label).toEqual(['summary']);
      else if (tag === 'gouv-button') expect(parts, label).toEqual(['gouv-submit']);
      else if (['gouv-fieldset', 'gouv-conditional-reveal'].includes(tag)) expect(parts, label).toEqual([]);
      else expect(parts, label).toEqual(['main']);
    }
    expect(dom.controls).toEqual({
      // One native control per field (one per option in a group); the fields that own their
      // value (date input, date picker, combobox) submit it themselves: no inner name.
      named: {
        nom: 1,
        email: 1,
        tel: 1,
        enfants: 1,
        secret: 1,
        message: 1,
        region: 1,
        cgu: 1,
        nouvelles: 1,
        interets: INTERESTS.length,
        contact: CONTACT.length,
        'adresse-contact': 1,
        satisfaction: 1,
        justificatif: 1,
        naissance: 0,
        'rendez-vous': 0,
        pays: 0,
      },
      regionOptions: REGIONS.length + 1, // and the placeholder
      dateBoxes: 3,
      datePickerInputs: 1,
      comboboxInputs: 1,
      comboboxListboxes: 1,
      fieldsetShadow: 1,
      groupShadow: 1,
      buttonShadow: 1,
    });
  });

  it('keeps the text, the tick and the combobox text typed before the script ran', () => {
    expect(kept.nom).toEqual(['Martin', 'Martin']);
    expect(kept.cgu).toEqual([true, true]);
    // The combobox found the option of the typed label: its value is the option's.
    expect(kept.pays).toEqual([COUNTRIES[1]!.value, COUNTRIES[1]!.label]);
  });

  it('keeps the dates typed before the script ran', () => {
    expect(kept.naissance).toEqual(['1990-07-14', ['14', '07', '1990']]);
    expect(kept.rendezVous).toEqual(['2026-02-03', '03/02/2026']);
  });

  it('submits what it holds: the FormData and the server get the same entries', () => {
    expect(formData).toEqual(
      posted.map(([key, value]) => [key, typeof value === 'string' ? value : { ...value, text: '' }]),
    );
    const sent = new Map<string, PostedValue[]>();
    for (const [key, value] of posted) sent.set(key, [...(sent.get(key) ?? []), value]);
    expect(sent.get('nom')).toEqual(['Martin']);
    expect(sent.get('cgu')).toEqual(['oui']);
    expect(sent.get('satisfaction')).toEqual(['5']);
    // Composite fields now send their value under their name (an ISO date, the option's value), not their parts.
    expect(sent.get('naissance')).toEqual([kept.naissance[0]]);
    expect(sent.get('rendez-vous')).toEqual([kept.rendezVous[0]]);
    expect(sent.get('pays')).toEqual([COUNTRIES[1]!.value]);
    expect([...sent.keys()].filter((key) => /-(day|month|year)$/.test(key))).toEqual([]);
    // Nothing from the closed conditional reveal, nor from unticked boxes.
    expect(sent.has('adresse-contact')).toBe(false);
    expect(sent.has('nouvelles')).toBe(false);
  });
});

/** The DOM after hydration: each element's own wrappers, leftovers of the server markup, ids, controls. */
function snapshotDom(page: Page) {
  return page.evaluate(() => {
    const app = document.getElementById('app')!;
    const gouv = [...app.querySelectorAll('*')].filter((el) => el.localName.startsWith('gouv-'));
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    const count = (selector: string) => app.querySelectorAll(selector).length;
    return {
      undefinedElements: gouv.filter((el) => !customElements.get(el.localName)).map((el) => el.localName),
      parts: gouv.map((el) => ({
        tag: el.localName,
        name: el.getAttribute('name'),
        parts: [...el.children]
          .filter((child) => child.hasAttribute('data-gouv-part'))
          .map((child) => child.getAttribute('data-gouv-part')),
        // Anywhere inside, not only as children: a nested copy would be a duplicate too.
        nestedParts: el.querySelectorAll(':scope [data-gouv-part] [data-gouv-part]').length,
      })),
      serverTemplates: count('template[shadowrootmode="gouv-light"], template[data-gouv-end]'),
      duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
      controls: {
        // Native controls by the name of their field.
        named: Object.fromEntries(
          [...app.querySelectorAll('[data-gouv-field][name]')]
            .map((field) => field.getAttribute('name')!)
            .map((name) => [
              name,
              count(`input[name="${name}"], select[name="${name}"], textarea[name="${name}"]`),
            ]),
        ),
        regionOptions: count('gouv-select select option'),
        dateBoxes: count('gouv-date-input input'),
        datePickerInputs: count('gouv-date-picker input'),
        comboboxInputs: count('gouv-combobox input'),
        comboboxListboxes: count('gouv-combobox [role="listbox"]'),
        fieldsetShadow: app.querySelector('gouv-fieldset')?.shadowRoot?.querySelectorAll('fieldset').length,
        groupShadow: app.querySelector('gouv-radio-group')?.shadowRoot?.querySelectorAll('fieldset').length,
        buttonShadow: app.querySelector('gouv-button')?.shadowRoot?.querySelectorAll('button').length,
      },
    };
  });
}
