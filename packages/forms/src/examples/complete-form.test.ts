import { render } from 'lit';
import { validateIban, validateNir, validateSiret, nirKey } from '@gouvkit/validators';
import {
  deepActiveElement,
  expect,
  expectNoAxeViolations,
  oneEvent,
  press,
  type,
  waitFor,
} from '@gouvkit/testing';
import { completeForm } from './complete-form.js';

const SIRET = '73282932000074';
const IBAN = 'FR7630006000011234567890189';
const NIR = `1900775056123${nirKey('1900775056123')}`;

async function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  render(completeForm(), host);
  const elements = [...host.querySelectorAll('*')].filter(
    (e): e is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in e,
  );
  await Promise.all(elements.map((e) => e.updateComplete));
  return { host, form: host.querySelector('form')! };
}

/** Presses Tab until `predicate` holds for the focused element (a user tabbing along the page). */
async function tabUntil(predicate: (el: Element) => boolean, max = 40) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const active = deepActiveElement();
    if (active && predicate(active)) return active;
    seen.push(active ? `${active.localName}${active.id ? '#' + active.id : ''}` : 'none');
  }
  throw new Error(`tabUntil: never reached the element; focus went to ${seen.join(', ')}`);
}

/** The custom element whose shadow root holds `el`, if any. */
const shadowHost = (el: Element) => (el.getRootNode() as ShadowRoot).host ?? null;
const isSubmit = (el: Element) => shadowHost(el)?.localName === 'gouv-button';

const inField = (tag: string, name?: string) => (el: Element) => {
  const field = el.closest(tag);
  return !!field && (!name || field.getAttribute('name') === name);
};

describe('Formulaire complet, au clavier seul', () => {
  let host: HTMLElement;
  afterEach(() => host?.remove());

  it('uses valid test data', () => {
    expect(validateSiret(SIRET).valid).to.equal(true);
    expect(validateIban(IBAN).valid).to.equal(true);
    expect(validateNir(NIR).valid).to.equal(true);
  });

  it('shows the error summary, focused, when sent empty', async () => {
    const mounted = await mount();
    host = mounted.host;
    (document.activeElement as HTMLElement | null)?.blur();
    await tabUntil(isSubmit);
    await press('Enter');
    const summary = host.querySelector('gouv-error-summary')!;
    // The summary collects the submit attempt's errors, then takes focus.
    await waitFor(
      () => summary.contains(deepActiveElement()) || !!summary.shadowRoot?.activeElement,
      'the summary focused',
    );
    const links = [...summary.querySelectorAll('a'), ...(summary.shadowRoot?.querySelectorAll('a') ?? [])];
    expect(links.length).to.equal(9);
    expect(
      summary.contains(deepActiveElement()) || summary.shadowRoot?.contains(deepActiveElement()),
    ).to.equal(true);
    expect(document.title.startsWith('Erreur')).to.equal(true);
    await expectNoAxeViolations(host);
  });

  it('is filled in and sent with the keyboard alone', async () => {
    const mounted = await mount();
    host = mounted.host;
    (document.activeElement as HTMLElement | null)?.blur();

    await tabUntil(inField('gouv-input', 'nom'));
    await type('Dupont');
    await press('Tab');
    await type('Marie Anne');

    await tabUntil(inField('gouv-date-input'));
    await type('14');
    await press('Tab');
    await type('07');
    await press('Tab');
    await type('1990');

    await tabUntil(inField('gouv-input', 'nir'));
    await type(NIR);
    await tabUntil(inField('gouv-input', 'adresse'));
    await type('20 avenue de Ségur');

    await tabUntil(inField('gouv-combobox'));
    const combobox = host.querySelector('gouv-combobox')!;
    const results = oneEvent(combobox, 'gouv-results');
    await type('lyo');
    await results; // the communes loaded and the suggestions are shown
    await press('ArrowDown');
    await press('Enter');

    await tabUntil(inField('gouv-input', 'siret'));
    await type(SIRET);
    await tabUntil(inField('gouv-input', 'iban'));
    await type(IBAN);

    // The operating system's file picker can't be driven from a test: the file is given to the
    // native input as the picker would, then the keyboard takes over again.
    const fileInput = (await tabUntil((el) => el.matches('input[type=file]'))) as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File(['%PDF-1.7'], 'justificatif.pdf', { type: 'application/pdf' }));
    fileInput.files = files.files;
    fileInput.dispatchEvent(new Event('change', { bubbles: true }));

    await tabUntil(isSubmit);
    await press('Enter');
    const sent = host.querySelector<HTMLElement>('[data-sent]')!;
    await waitFor(() => !sent.hidden, 'the form sent');
    expect(sent.hidden).to.equal(false);
    const lines = [...sent.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).to.include('nom = Dupont');
    expect(lines).to.include('naissance = 1990-07-14');
    expect(lines).to.include('commune = 69123');
    expect(lines).to.include(`siret = ${SIRET}`);
    expect(lines).to.include(`nir = ${NIR}`);
    expect(lines.some((line) => line?.startsWith('justificatif = justificatif.pdf'))).to.equal(true);
  });
});
