// The tests every example app in `apps/` passes, whatever its framework: one form (the same
// fields, names and choices in each app, described by `EVERY_FIELD` below) driven in headless
// Chromium by playwright-core, as a person would: an empty submit, then the keyboard alone.
//
// An app's own spec calls `describeExampleApp({ name, start })` and adds what only its
// framework has (controlled values, v-model, server rendering) with `openApp()`.
// Nothing waits for wall-clock time: navigations, events and conditions only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

/** The choices of the form's option fields: each app shows these labels and sends these values. */
export const EVERY_FIELD = {
  regions: [
    { value: '84', label: 'Auvergne-Rhône-Alpes' },
    { value: '53', label: 'Bretagne' },
    { value: '11', label: 'Île-de-France' },
  ],
  interests: [
    { value: 'sport', label: 'Sport' },
    { value: 'culture', label: 'Culture' },
    { value: 'nature', label: 'Nature' },
  ],
  contact: [
    { value: 'courriel', label: 'Par courriel' },
    { value: 'telephone', label: 'Par téléphone' },
  ],
  countries: [
    { value: 'FR', label: 'France' },
    { value: 'BE', label: 'Belgique' },
    { value: 'CH', label: 'Suisse' },
  ],
  /** Fields marked `required`: the empty submit lists exactly these, in this order. */
  required: ['nom', 'email', 'region', 'cgu', 'contact', 'naissance', 'pays'],
} as const;

/**
 * What a valid submission of the keyboard fill sends (`new FormData(form)`, a file as its name),
 * in the form's order. The app shows it after the submit: a `[data-submitted]` list of
 * `<dt>name</dt><dd>value</dd>` pairs, under a success alert that takes focus.
 */
export const KEYBOARD_ENTRIES: [string, string][] = [
  ['nom', 'Dupont'],
  ['email', 'camille.dupont@example.fr'],
  ['tel', '06 12 34 56 78'],
  ['enfants', '2'],
  ['message', 'Bonjour,\nmerci.'],
  ['region', '53'],
  ['cgu', 'oui'],
  ['nouvelles', 'on'],
  ['interets', 'sport'],
  ['interets', 'nature'],
  ['contact', 'courriel'],
  ['adresse-contact', 'camille@example.fr'],
  ['satisfaction', '7'],
  ['justificatif', 'attestation.txt'],
  ['naissance', '1990-07-14'],
  ['rendez-vous', '2026-02-03'],
  ['pays', 'BE'],
];

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export interface ExampleApp {
  /** The framework, as the test titles say it: « React 19 », « Vue 3 »… */
  name: string;
  /** Starts the built app on 127.0.0.1 (`serveStatic(dist)` for a static build). */
  start(): Promise<RunningApp>;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves folders on 127.0.0.1 on `port` (a free one by default): `mounts` maps a URL prefix (`/`, `/gouvkit/`) to
 * a folder; a folder's path gets its `index.html`, an unknown path under `/` gets `/index.html`
 * (a single-page app's fallback).
 */
export async function serveStatic(mounts: Record<string, string>, port = 0): Promise<RunningApp> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix || path.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    const root = mounts[prefix]!;
    let file = join(root, path.slice(prefix.length));
    const isFile = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!isFile) {
      // A folder with a page of its own (`/ssr/` → `ssr/index.html`) serves it, as any static host.
      const index = join(file, 'index.html');
      const isPage = await stat(index).then(
        (s) => s.isFile(),
        () => false,
      );
      file = isPage ? index : extname(path) ? '' : join(mounts['/'] ?? root, 'index.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a page says on its console and throws, from the start (Lit's dev banner aside). */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    const url = message.location().url;
    // The browser asks for /favicon.ico on its own: not the app's request.
    if (message.type() === 'error' && !url.endsWith('/favicon.ico')) errors.push(`${text} (${url})`);
    else if (message.type() === 'warning' && !text.startsWith('Lit is in dev mode')) warnings.push(text);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  return { errors, warnings };
}

/** The deepest focused element, through open shadow roots. */
export function deepFocus(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.outerHTML.slice(0, 160) ?? 'nothing';
  });
}

/**
 * Presses Tab until the focused element matches `selector`, at most `max` times: a field's other
 * controls (a calendar button, a password's « Afficher » box) come between two fields.
 */
export async function tabTo(page: Page, selector: string, max = 3) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const matches = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    if (matches) return;
  }
  throw new Error(`Tab never reached ${selector} (focus: ${await deepFocus(page)})`);
}

/**
 * Space on the focused file input opens the chooser. On a loaded 2-core machine Chromium has
 * been seen to drop that first activation: press again once rather than fail the whole fill.
 */
async function openFileChooser(page: Page) {
  for (let attempt = 1; ; attempt++) {
    try {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: attempt === 1 ? 10_000 : 30_000 }),
        page.keyboard.press('Space'),
      ]);
      return chooser;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

/** Fills the form with the keyboard alone, from the page's first field: gives `KEYBOARD_ENTRIES`. */
export async function fillWithKeyboard(page: Page) {
  await page.locator('input[name="nom"]').focus();
  await page.keyboard.type('Dupont');
  await tabTo(page, 'input[name="email"]', 1);
  await page.keyboard.type('camille.dupont@example.fr');
  await tabTo(page, 'input[name="tel"]', 1);
  await page.keyboard.type('06 12 34 56 78');
  await tabTo(page, 'input[name="enfants"]', 1);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await tabTo(page, 'textarea[name="message"]', 1);
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
  await tabTo(page, 'input[name="contact"]', 1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await tabTo(page, 'input[name="adresse-contact"]', 1);
  await page.keyboard.type('camille@example.fr');
  await tabTo(page, 'input[name="satisfaction"]', 1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, 'input[name="justificatif"]', 1);
  const chooser = await openFileChooser(page);
  await chooser.setFiles({
    name: 'attestation.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Attestation'),
  });
  // Composite fields name their controls only in server-rendered markup (without JavaScript);
  // once defined, the host carries the name and the value goes through ElementInternals.
  await tabTo(page, 'gouv-date-input[name="naissance"] input[autocomplete="bday-day"]', 3);
  await page.keyboard.type('14');
  await tabTo(page, 'gouv-date-input[name="naissance"] input[autocomplete="bday-month"]', 1);
  await page.keyboard.type('07');
  await tabTo(page, 'gouv-date-input[name="naissance"] input[autocomplete="bday-year"]', 1);
  await page.keyboard.type('1990');
  await tabTo(page, 'gouv-date-picker[name="rendez-vous"] input', 1);
  await page.keyboard.type('03/02/2026');
  await tabTo(page, 'gouv-combobox[name="pays"] input', 2);
  await page.keyboard.type('Belg');
  await page.locator('[role="option"]', { hasText: 'Belgique' }).first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The entries the app shows after a valid submit. */
export async function submittedEntries(page: Page): Promise<[string, string][]> {
  await page.locator('[data-submitted] dd').first().waitFor();
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-submitted] dt')].map((dt) => [
      dt.textContent!.trim(),
      (dt.nextElementSibling?.textContent ?? '').trim(),
    ]),
  ) as Promise<[string, string][]>;
}

/** The shared scenarios; `open()` in the returned helpers gives a fresh page on the app. */
export function describeExampleApp(app: ExampleApp) {
  let running: RunningApp;
  let browser: Browser;
  const opened: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    running = await app.start();
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of opened) await context.close();
    await browser?.close();
    await running?.close();
  });

  /** A new page on the app's `path`, with every element of the form defined. */
  async function openApp(path = '/') {
    const context = await browser.newContext();
    opened.push(context);
    const page = await context.newPage();
    const seen = watchConsole(page);
    await page.goto(running.url + path);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('form *')]
        .filter((el) => el.localName.startsWith('gouv-'))
        .every((el) => customElements.get(el.localName)),
    );
    return { page, seen };
  }

  describe(`${app.name}: the example form`, () => {
    it('shows every field, the error summary, a conditional child and an alert, with no console error', async () => {
      const { page, seen } = await openApp();
      const tags = await page.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('gouv-')),
        ),
      ]);
      for (const tag of [
        'gouv-error-summary',
        'gouv-fieldset',
        'gouv-input',
        'gouv-textarea',
        'gouv-select',
        'gouv-checkbox',
        'gouv-toggle',
        'gouv-checkbox-group',
        'gouv-radio-group',
        'gouv-conditional-reveal',
        'gouv-range',
        'gouv-file-upload',
        'gouv-date-input',
        'gouv-date-picker',
        'gouv-combobox',
        'gouv-button',
        'gouv-alert',
      ]) {
        expect(tags, tag).toContain(tag);
      }
      // The conditional child stays hidden until its choice is made.
      expect(await page.locator('input[name="adresse-contact"]').isVisible()).toBe(false);
      expect(seen.errors).toEqual([]);
    });

    it('sent empty, shows the error summary with focus, one entry per required field', async () => {
      const { page, seen } = await openApp();
      await page.getByRole('button', { name: /Envoyer/ }).click();
      const summary = page.locator('gouv-error-summary');
      await page.waitForFunction(() => {
        const box = document.querySelector('gouv-error-summary');
        return !!box && box.contains(document.activeElement) && box.querySelectorAll('a').length > 0;
      });
      const targets = await summary
        .locator('a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
      const named = await page.evaluate(
        // A link leads to a control; the field it belongs to is the closest element with a name.
        (hashes) =>
          hashes.map((hash) => document.querySelector(hash)?.closest('[name]')?.getAttribute('name') ?? hash),
        targets,
      );
      expect(named).toEqual(EVERY_FIELD.required);
      expect(await page.title()).toMatch(/^Erreur/);
      expect(await page.locator('[data-submitted]').count()).toBe(0);
      expect(seen.errors).toEqual([]);
    });

    it('filled in with the keyboard alone and submitted, sends every value', async () => {
      const { page, seen } = await openApp();
      await fillWithKeyboard(page);
      await tabTo(page, 'gouv-button, button[type="submit"]', 2);
      await page.keyboard.press('Enter');
      expect(await submittedEntries(page)).toEqual(KEYBOARD_ENTRIES);
      // The success alert takes focus, so the result is announced.
      expect(await page.evaluate(() => !!document.activeElement?.closest('gouv-alert'))).toBe(true);
      expect(seen.errors).toEqual([]);
    });

    it('sends the conditional child only while its choice is made', async () => {
      const { page } = await openApp();
      await page.locator('input[name="contact"][value="courriel"]').check();
      const child = page.locator('input[name="adresse-contact"]');
      await child.waitFor({ state: 'visible' });
      await child.fill('camille@example.fr');
      await page.locator('input[name="contact"][value="telephone"]').check();
      await child.waitFor({ state: 'hidden' });
      const names = await page.evaluate(() => [...new FormData(document.querySelector('form')!).keys()]);
      expect(names).not.toContain('adresse-contact');
    });
  });

  return { openApp };
}
