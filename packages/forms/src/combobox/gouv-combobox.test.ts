import {
  aTimeout,
  collectA11yNodes,
  accessibilityTree,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  plainText,
  press,
  type,
} from '@gouvkit/testing';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import { formatMessage } from '@gouvkit/validators';
import { communeSource } from '../combobox.js';
import { GouvCombobox, type ComboboxOption, type ComboboxSource } from './gouv-combobox.js';

const REGIONS: ComboboxOption[] = [
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '27', label: 'Bourgogne-Franche-Comté' },
  { value: '53', label: 'Bretagne' },
  { value: '24', label: 'Centre-Val de Loire' },
  { value: '11', label: 'Île-de-France' },
];

const inputOf = (el: GouvCombobox) => el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const listOf = (el: GouvCombobox) => el.querySelector<HTMLUListElement>('[role="listbox"]')!;
const optionsOf = (el: GouvCombobox) => [...el.querySelectorAll<HTMLLIElement>('[role="option"]')];
const labelsOf = (el: GouvCombobox) =>
  optionsOf(el).map((o) => plainText(o.querySelector('.gouv-combobox__label')?.textContent));
const statusText = (el: GouvCombobox) => plainText(el.querySelector('[role="status"]')?.textContent);
const messageText = (el: GouvCombobox) => plainText(el.querySelector('.gouv-combobox__message')?.textContent);
const isShown = (el: GouvCombobox) => !el.querySelector<HTMLElement>('.gouv-combobox__popup')!.hidden;
const activeOption = (el: GouvCombobox) => {
  const id = inputOf(el).getAttribute('aria-activedescendant');
  return id ? el.querySelector<HTMLLIElement>(`#${id}`) : null;
};
const activeLabel = (el: GouvCombobox) =>
  plainText(activeOption(el)?.querySelector('.gouv-combobox__label')?.textContent);

/** Waits until `check` holds (the element answers asynchronously), or fails after `timeout` ms. */
async function until(check: () => boolean, what = 'condition', timeout = 5000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

async function inForm(template: unknown) {
  const { form, el } = await fieldInForm(template, 'gouv-combobox');
  return { form, el, input: inputOf(el) };
}

/** Focuses the field and types `text` with real key presses, then lets the element render. */
async function typeIn(el: GouvCombobox, text: string) {
  inputOf(el).focus();
  await type(text);
  await el.updateComplete;
}

/** A source whose answers the test releases by hand, recording the signals it got. */
function manualSource() {
  const calls: {
    query: string;
    signal: AbortSignal;
    answer: (o: ComboboxOption[]) => void;
    fail: (e: unknown) => void;
  }[] = [];
  const source: ComboboxSource = (query, signal) =>
    new Promise((resolve, reject) => calls.push({ query, signal, answer: resolve, fail: reject }));
  return { source, calls };
}

describe('gouv-combobox', () => {
  const announceDelay = GouvCombobox.announceDelay;
  before(() => (GouvCombobox.announceDelay = 50));
  after(() => (GouvCombobox.announceDelay = announceDelay));

  it('renders a native input with the combobox role, its label, hint and list in the light DOM', async () => {
    const { el, input } = await inForm(
      html`<gouv-combobox
        label="Région"
        hint="Celle de votre domicile"
        name="region"
        .options=${REGIONS}
      ></gouv-combobox>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(input.labels![0]!.textContent!.trim()).to.equal('Région');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-controls')).to.equal(listOf(el).id);
    expect(input.hasAttribute('name')).to.equal(false);
    const node = await findA11yNode((n) => n.role === 'combobox');
    expect(node?.name).to.equal('Région');
    expect(node?.description).to.equal('Celle de votre domicile');
    expect(node?.expanded).to.equal(false);
  });

  it('suggests the matching options as the user types, and exposes them in the accessibility tree', async () => {
    const { el } = await inForm(html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`);
    await typeIn(el, 'b');
    expect(isShown(el)).to.equal(true);
    expect(labelsOf(el)).to.deep.equal(['Bourgogne-Franche-Comté', 'Bretagne']);
    const tree = await accessibilityTree();
    const [combobox] = collectA11yNodes(tree, (n) => n.role === 'combobox');
    expect(combobox?.expanded).to.equal(true);
    const [listbox] = collectA11yNodes(tree, (n) => n.role === 'listbox');
    expect(listbox?.name).to.equal('Région');
    expect(listbox?.children?.map((o) => [o.role, o.name])).to.deep.equal([
      ['option', 'Bourgogne-Franche-Comté'],
      ['option', 'Bretagne'],
    ]);
    // DOM focus stays on the field.
    expect(document.activeElement).to.equal(inputOf(el));
  });

  describe('keyboard (WAI-ARIA combobox with list autocomplete)', () => {
    it('Down on an empty field opens the list and puts visual focus on the first option', async () => {
      const { el, input } = await inForm(
        html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`,
      );
      input.focus();
      await press('ArrowDown');
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      expect(optionsOf(el)).to.have.length(5);
      expect(activeLabel(el)).to.equal('Auvergne-Rhône-Alpes');
      expect(activeOption(el)!.getAttribute('aria-selected')).to.equal('true');
      expect(document.activeElement).to.equal(input);
      // The plugin copies `selected` too; the shared A11yNode type doesn't list it.
      const focused = await findA11yNode(
        (n) => n.role === 'option' && (n as { selected?: boolean }).selected === true,
      );
      expect(focused?.name).to.equal('Auvergne-Rhône-Alpes');
    });

    it('Down and Up move visual focus, aria-activedescendant follows, and both wrap around', async () => {
      const { el, input } = await inForm(
        html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`,
      );
      input.focus();
      await press('ArrowDown');
      await press('ArrowDown');
      await el.updateComplete;
      expect(activeLabel(el)).to.equal('Bourgogne-Franche-Comté');
      expect(optionsOf(el).filter((o) => o.getAttribute('aria-selected') === 'true')).to.have.length(1);
      await press('ArrowUp');
      await press('ArrowUp');
      await el.updateComplete;
      expect(activeLabel(el)).to.equal('Île-de-France');
      await press('ArrowDown');
      await el.updateComplete;
      expect(activeLabel(el)).to.equal('Auvergne-Rhône-Alpes');
    });

    it('Up on a closed field opens the list on the last option', async () => {
      const { el } = await inForm(html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`);
      await typeIn(el, 'b');
      await press('Escape');
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
      await press('ArrowUp');
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      expect(activeLabel(el)).to.equal('Bretagne');
    });

    it('Alt+Down opens the list without moving visual focus; Alt+Up closes it', async () => {
      const { el, input } = await inForm(
        html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`,
      );
      input.focus();
      await press('Alt+ArrowDown');
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      await press('Alt+ArrowUp');
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
    });

    it('Enter chooses the option under visual focus: the field shows its label, the form gets its value', async () => {
      let submitted = false;
      const form = await fixture<HTMLFormElement>(
        html`<form
          @submit=${(e: Event) => {
            e.preventDefault();
            submitted = true;
          }}
        >
          <gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox
          ><button>Envoyer</button>
        </form>`,
      );
      const el = form.querySelector('gouv-combobox')!;
      await el.updateComplete;
      let changes = 0;
      let seen: FormDataEntryValue | null = null;
      el.addEventListener('change', () => {
        changes++;
        seen = new FormData(form).get('region');
      });
      await typeIn(el, 'bre');
      await press('ArrowDown');
      await press('Enter');
      await el.updateComplete;
      expect(submitted).to.equal(false); // Enter chose; it didn't submit
      expect(inputOf(el).value).to.equal('Bretagne');
      expect(el.value).to.equal('53');
      expect(el.selectedOption?.label).to.equal('Bretagne');
      expect(new FormData(form).get('region')).to.equal('53');
      expect(isShown(el)).to.equal(false);
      expect(changes).to.equal(1);
      expect(seen).to.equal('53'); // the form already has the new value in a change listener
      // With the list closed, Enter submits the form as in any text field.
      await press('Enter');
      expect(submitted).to.equal(true);
    });

    it('Escape closes the list and keeps the text; a second Escape clears the field', async () => {
      const { form, el, input } = await inForm(
        html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox>`,
      );
      await typeIn(el, 'bre');
      await press('ArrowDown');
      await press('Enter');
      await el.updateComplete;
      await press('ArrowDown');
      await el.updateComplete;
      expect(isShown(el)).to.equal(true);
      await press('Escape');
      await el.updateComplete;
      expect(isShown(el)).to.equal(false);
      expect(input.value).to.equal('Bretagne');
      expect(el.value).to.equal('53');
      await press('Escape');
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(el.value).to.equal('');
      expect(new FormData(form).get('region')).to.equal('');
    });

    it('Home and End move the caret in the text and take visual focus back to the field', async () => {
      const { el, input } = await inForm(
        html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`,
      );
      await typeIn(el, 'bre');
      await press('ArrowDown');
      await el.updateComplete;
      expect(activeOption(el)).to.not.equal(null);
      await press('Home');
      await el.updateComplete;
      expect(input.selectionStart).to.equal(0);
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(isShown(el)).to.equal(true);
      await press('ArrowDown');
      await press('End');
      await el.updateComplete;
      expect(input.selectionStart).to.equal(3);
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(input.value).to.equal('bre');
    });

    it('Tab closes the list and keeps the choice: the option under visual focus, or the previous one', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox
          ><button type="button">Suite</button>
        </form>`,
      );
      const el = form.querySelector('gouv-combobox')!;
      await el.updateComplete;
      await typeIn(el, 'ce');
      await press('ArrowDown');
      await press('Tab');
      await el.updateComplete;
      expect(document.activeElement).to.equal(form.querySelector('button'));
      expect(isShown(el)).to.equal(false);
      expect(inputOf(el).value).to.equal('Centre-Val de Loire');
      expect(new FormData(form).get('region')).to.equal('24');
      // Back in the field: opening and leaving without moving keeps the choice.
      inputOf(el).focus();
      await press('Alt+ArrowDown');
      await press('Tab');
      await el.updateComplete;
      expect(new FormData(form).get('region')).to.equal('24');
      expect(el.querySelector('.gouv-error')).to.equal(null);
    });

    it('is operated with the keyboard alone: label click is not needed, the field is in the tab order', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <button type="button">Avant</button>
          <gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox>
        </form>`,
      );
      const el = form.querySelector('gouv-combobox')!;
      await el.updateComplete;
      form.querySelector('button')!.focus();
      await press('Tab');
      expect(document.activeElement).to.equal(inputOf(el));
      await type('ile');
      await press('ArrowDown');
      await press('Enter');
      await el.updateComplete;
      expect(new FormData(form).get('region')).to.equal('11');
    });
  });

  it('chooses an option with the pointer without losing focus', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox>`,
    );
    await typeIn(el, 'b');
    optionsOf(el)[1]!.click();
    await el.updateComplete;
    expect(input.value).to.equal('Bretagne');
    expect(new FormData(form).get('region')).to.equal('53');
    expect(document.activeElement).to.equal(input);
  });

  it('announces the number of suggestions politely once typing pauses, and « Aucun résultat »', async () => {
    const { el } = await inForm(html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`);
    const status = el.querySelector('[role="status"]')!;
    await typeIn(el, 'b');
    await until(() => statusText(el) !== '', 'the count');
    expect(statusText(el)).to.equal('2 résultats disponibles');
    await type('r');
    await until(() => statusText(el) === '1 résultat disponible', 'one result');
    await type('z');
    await until(() => statusText(el) === 'Aucun résultat', 'no result');
    expect(messageText(el)).to.equal('Aucun résultat');
    expect(isShown(el)).to.equal(true);
    expect(inputOf(el).getAttribute('aria-expanded')).to.equal('false');
    // A polite live region in the field's own tree, present before its text changes.
    expect(el.contains(status)).to.equal(true);
    const region = await findA11yNode((n) => n.role === 'status');
    expect((region as { live?: string } | null)?.live).to.equal('polite');
  });

  it('does not announce every keystroke: the count waits for a pause', async () => {
    GouvCombobox.announceDelay = 300;
    try {
      const { el } = await inForm(html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`);
      await typeIn(el, 'b');
      await aTimeout(50);
      await type('r');
      await aTimeout(50);
      expect(statusText(el)).to.equal('');
      await until(() => statusText(el) !== '', 'the count');
      expect(statusText(el)).to.equal('1 résultat disponible');
    } finally {
      GouvCombobox.announceDelay = 50;
    }
  });

  describe('communes', () => {
    it('submits the INSEE code of « Lyon (69) » after typing « lyo », Down and Enter', async () => {
      const { form, el, input } = await inForm(
        html`<gouv-combobox label="Commune" name="commune" source="communes"></gouv-combobox>`,
      );
      const reported: unknown[] = [];
      el.addEventListener('gouv-results', (e) => reported.push((e as CustomEvent).detail));
      await typeIn(el, 'lyo');
      await until(() => labelsOf(el)[0] === 'Lyon (69)', 'Lyon');
      expect(reported.at(-1)).to.deep.equal({ query: 'lyo', count: 3 });
      await press('ArrowDown');
      await press('Enter');
      await el.updateComplete;
      expect(input.value).to.equal('Lyon (69)');
      expect(new FormData(form).get('commune')).to.equal('69123');
      expect(el.selectedOption).to.include({ code: '69123', nom: 'Lyon', departement: '69' });
    });

    it('tells homonyms apart by their département and postcodes', async () => {
      const { el } = await inForm(
        html`<gouv-combobox
          label="Commune"
          name="commune"
          .source=${communeSource({ limit: 20 })}
        ></gouv-combobox>`,
      );
      await typeIn(el, 'sainte-colombe');
      await until(() => optionsOf(el).length > 5, 'homonyms');
      const options = collectA11yNodes(await accessibilityTree(), (n) => n.role === 'option').map(
        (n) => n.name,
      );
      const homonyms = options.filter((name) => name.startsWith('Sainte-Colombe ('));
      expect(homonyms.length).to.be.greaterThan(5);
      expect(new Set(homonyms).size).to.equal(homonyms.length);
      // The postcode is read after the label: « Sainte-Colombe (05) 05700 ».
      for (const name of homonyms) expect(name).to.match(/^Sainte-Colombe \(\w+\) \d{5}/);
    });

    it('searches by postcode and shows the label of a value set by attribute', async () => {
      const { el, input } = await inForm(
        html`<gouv-combobox label="Commune" name="commune" source="communes" value="75056"></gouv-combobox>`,
      );
      await until(() => input.value === 'Paris (75)', 'the label of 75056');
      input.select();
      await type('6900');
      await until(() => labelsOf(el)[0] === 'Lyon (69)', 'Lyon by postcode');
      expect(plainText(optionsOf(el)[0]!.querySelector('.gouv-combobox__description')?.textContent)).to.equal(
        '69001, 69002, 69003…',
      );
    });

    it('asks for a commune from the list, in French', async () => {
      const { form, el, input } = await inForm(
        html`<gouv-combobox label="Commune" name="commune" source="communes" required></gouv-combobox>`,
      );
      await typeIn(el, 'lyo');
      await until(() => labelsOf(el).length > 0, 'suggestions');
      await press('Escape');
      form.requestSubmit();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Erreur : Sélectionnez une commune dans la liste');
      expect(input.value).to.equal('lyo');
      expect(form.checkValidity()).to.equal(false);
      const node = await findA11yNode((n) => n.role === 'combobox');
      expect(node?.invalid).to.equal('true');
      expect(node?.description).to.contain('Sélectionnez une commune dans la liste');
    });
  });

  describe('asynchronous source', () => {
    it('shows « Chargement… » while the source answers, then the options', async () => {
      const { source, calls } = manualSource();
      const { el } = await inForm(html`<gouv-combobox label="Pays" .source=${source}></gouv-combobox>`);
      await typeIn(el, 'fr');
      await until(() => calls.length === 2, 'two queries');
      await el.updateComplete;
      expect(messageText(el)).to.equal('Chargement…');
      expect(listOf(el).getAttribute('aria-busy')).to.equal('true');
      calls[1]!.answer([{ value: 'FR', label: 'France' }]);
      await until(() => labelsOf(el).length === 1, 'the answer');
      expect(messageText(el)).to.equal('');
      expect(listOf(el).hasAttribute('aria-busy')).to.equal(false);
    });

    it('aborts the previous query, and an older answer never overwrites newer results', async () => {
      const { source, calls } = manualSource();
      const { el } = await inForm(html`<gouv-combobox label="Pays" .source=${source}></gouv-combobox>`);
      await typeIn(el, 'f');
      await type('r');
      await until(() => calls.length === 2, 'two queries');
      expect(calls[0]!.signal.aborted).to.equal(true);
      expect(calls[1]!.signal.aborted).to.equal(false);
      calls[1]!.answer([{ value: 'FR', label: 'France' }]);
      await until(() => labelsOf(el).length === 1, 'the newer answer');
      // The slow, older query answers last (a source that ignores its signal): it is dropped.
      calls[0]!.answer([
        { value: 'FI', label: 'Finlande' },
        { value: 'FJ', label: 'Fidji' },
      ]);
      await aTimeout(20);
      await el.updateComplete;
      expect(labelsOf(el)).to.deep.equal(['France']);
    });

    it('shows « La liste n’a pas pu être chargée » when the source fails, and keeps the typed text', async () => {
      const { source, calls } = manualSource();
      const { el, input } = await inForm(
        html`<gouv-combobox label="Pays" .source=${source}></gouv-combobox>`,
      );
      await typeIn(el, 'fra');
      await until(() => calls.length === 3, 'three queries');
      const original = console.warn;
      console.warn = () => {};
      try {
        calls[2]!.fail(new Error('503'));
        await until(() => messageText(el) !== 'Chargement…', 'the failure');
      } finally {
        console.warn = original;
      }
      expect(messageText(el)).to.equal(
        'La liste n’a pas pu être chargée. Réessayez en modifiant votre saisie.',
      );
      expect(isShown(el)).to.equal(true);
      expect(input.value).to.equal('fra');
      await until(() => statusText(el).startsWith('La liste n’a pas pu être chargée'), 'the announcement');
      // The next keystroke tries again.
      await type('n');
      await until(() => calls.length === 4, 'a new query');
      calls[3]!.answer([{ value: 'FR', label: 'France' }]);
      await until(() => labelsOf(el).length === 1, 'the answer');
      expect(input.value).to.equal('fran');
    });

    it('treats an answer that is not a list as a failure', async () => {
      const bad = (() => Promise.resolve({ nope: true })) as unknown as ComboboxSource;
      const { el } = await inForm(html`<gouv-combobox label="Pays" .source=${bad}></gouv-combobox>`);
      const original = console.warn;
      console.warn = () => {};
      try {
        await typeIn(el, 'f');
        await until(() => messageText(el).startsWith('La liste'), 'the failure');
      } finally {
        console.warn = original;
      }
    });
  });

  describe('in a form', () => {
    it('goes back to its default value and label on reset', async () => {
      const { form, el, input } = await inForm(
        html`<gouv-combobox label="Région" name="region" value="53" .options=${REGIONS}></gouv-combobox>`,
      );
      expect(input.value).to.equal('Bretagne');
      expect(new FormData(form).get('region')).to.equal('53');
      input.select();
      await type('ile');
      await press('ArrowDown');
      await press('Enter');
      await el.updateComplete;
      expect(new FormData(form).get('region')).to.equal('11');
      form.reset();
      await aTimeout(0);
      await el.updateComplete;
      expect(input.value).to.equal('Bretagne');
      expect(el.value).to.equal('53');
      expect(new FormData(form).get('region')).to.equal('53');
    });

    it('restores its value and label from the browser’s saved state', async () => {
      const { form, el, input } = await inForm(
        html`<gouv-combobox label="Commune" name="commune" source="communes"></gouv-combobox>`,
      );
      el.formStateRestoreCallback(JSON.stringify({ v: '69123', l: 'Lyon (69)', t: 'Lyon (69)' }));
      await el.updateComplete;
      expect(input.value).to.equal('Lyon (69)');
      expect(new FormData(form).get('commune')).to.equal('69123');
      expect(el.checkValidity()).to.equal(true);
      el.formStateRestoreCallback('not json');
      await el.updateComplete;
      expect(input.value).to.equal('Lyon (69)');
    });

    it('takes a value set by script and shows its label', async () => {
      const { form, el, input } = await inForm(
        html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox>`,
      );
      el.value = '84';
      await el.updateComplete;
      expect(input.value).to.equal('Auvergne-Rhône-Alpes');
      expect(new FormData(form).get('region')).to.equal('84');
      el.value = '';
      await el.updateComplete;
      expect(input.value).to.equal('');
    });

    it('accepts any text in free-text mode, which is then the value', async () => {
      const { form, el } = await inForm(
        html`<gouv-combobox label="Région" name="region" free-text .options=${REGIONS}></gouv-combobox>`,
      );
      await typeIn(el, 'Outre-mer');
      await press('Tab');
      await el.updateComplete;
      expect(new FormData(form).get('region')).to.equal('Outre-mer');
      expect(el.querySelector('.gouv-error')).to.equal(null);
      expect(form.checkValidity()).to.equal(true);
    });

    it('asks for a choice from the list after leaving a strict field, and blocks submission', async () => {
      const { form, el } = await inForm(
        html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox
          ><button>OK</button>`,
      );
      await typeIn(el, 'Outre-mer');
      expect(el.querySelector('.gouv-error')).to.equal(null); // not while typing
      await press('Tab');
      await el.updateComplete;
      expect(errorText(el)).to.equal('Erreur : Sélectionnez une valeur dans la liste');
      expect(new FormData(form).get('region')).to.equal('');
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Sélectionnez une valeur dans la liste');
    });

    it('takes the option whose label is typed in full when the field is left', async () => {
      const { form, el } = await inForm(
        html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox
          ><button>OK</button>`,
      );
      await typeIn(el, 'bretagne');
      await press('Tab');
      await el.updateComplete;
      expect(new FormData(form).get('region')).to.equal('53');
      expect(el.querySelector('.gouv-error')).to.equal(null);
    });

    it('is required: the French message shows on submit', async () => {
      const { form, el } = await inForm(
        html`<gouv-combobox label="Région" name="region" required .options=${REGIONS}></gouv-combobox>`,
      );
      form.requestSubmit();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Erreur : Renseignez ce champ, il est obligatoire');
      const node = await findA11yNode((n) => n.role === 'combobox');
      expect(node?.required).to.equal(true);
      expect(node?.invalid).to.equal('true');
    });

    it('runs the page’s validators on the chosen value', async () => {
      const { el } = await inForm(html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`);
      el.validators = [(value) => (value === '11' ? 'Ce service n’est pas ouvert en Île-de-France' : null)];
      el.value = '11';
      await el.updateComplete;
      el.reportValidity();
      await el.updateComplete;
      expect(errorText(el)).to.contain('Ce service n’est pas ouvert en Île-de-France');
    });

    it('is not submitted when disabled or inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled>
            <gouv-combobox label="A" name="a" value="53" .options=${REGIONS}></gouv-combobox>
          </fieldset>
          <gouv-combobox label="B" name="b" value="53" disabled .options=${REGIONS}></gouv-combobox>
        </form>`,
      );
      const [a, b] = [...form.querySelectorAll('gouv-combobox')];
      await a!.updateComplete;
      await b!.updateComplete;
      const data = new FormData(form);
      expect(data.has('a')).to.equal(false);
      expect(data.has('b')).to.equal(false);
      expect(inputOf(a!).matches(':disabled')).to.equal(true);
      expect(inputOf(b!).disabled).to.equal(true);
      const node = await findA11yNode((n) => n.role === 'combobox' && n.name === 'B');
      expect(node?.disabled).to.equal(true);
    });
  });

  it('reads <option> children as a static list written in HTML', async () => {
    const { form, el } = await inForm(
      html`<gouv-combobox label="Civilité" name="civilite">
        <option value="mme" selected>Madame</option>
        <option value="m">Monsieur</option>
      </gouv-combobox>`,
    );
    expect(el.querySelectorAll('option')).to.have.length(0);
    expect(inputOf(el).value).to.equal('Madame');
    expect(new FormData(form).get('civilite')).to.equal('mme');
    inputOf(el).select();
    await typeIn(el, 'mo');
    await press('ArrowDown');
    await press('Enter');
    await el.updateComplete;
    expect(new FormData(form).get('civilite')).to.equal('m');
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-combobox label="Region" name="region" .options=${REGIONS}></gouv-combobox></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-combobox')!;
    await typeIn(el, 'b');
    await until(() => statusText(el) !== '', 'the count');
    expect(statusText(el)).to.equal('2 results available');
    await type('z');
    await until(() => statusText(el) === 'No results', 'no result');
    await press('Tab');
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: Select a value from the list');
    el.value = '';
    el.required = true;
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal(`Error: ${formatMessage('required', {}, 'en')}`);
  });

  it('takes per-instance strings', async () => {
    const { el } = await inForm(
      html`<gouv-combobox
        label="Pays"
        .options=${REGIONS}
        .strings=${{ notInList: 'Sélectionnez un pays dans la liste', noResults: 'Aucun pays' }}
      ></gouv-combobox>`,
    );
    await typeIn(el, 'zz');
    expect(messageText(el)).to.equal('Aucun pays');
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Sélectionnez un pays dans la liste');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(
      html`<gouv-combobox
        label=${evil}
        hint=${evil}
        error=${evil}
        .options=${[{ value: evil, label: evil, description: evil }]}
      ></gouv-combobox>`,
    );
    await typeIn(el, '<');
    expect(optionsOf(el)).to.have.length(1);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('label')!.textContent).to.contain('<img');
    expect(optionsOf(el)[0]!.textContent).to.contain('<img');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const { source } = manualSource();
      const failing: ComboboxSource = () => Promise.reject(new Error('503'));
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-combobox label="Vide" name="a" .options=${REGIONS}></gouv-combobox>
          <gouv-combobox label="Rempli" name="b" value="53" .options=${REGIONS}></gouv-combobox>
          <gouv-combobox
            label="Avec aide"
            hint="Exemple : Bretagne"
            name="c"
            .options=${REGIONS}
          ></gouv-combobox>
          <gouv-combobox
            label="En erreur"
            name="d"
            error="Sélectionnez une région"
            .options=${REGIONS}
          ></gouv-combobox>
          <gouv-combobox label="Désactivé" name="e" disabled value="53" .options=${REGIONS}></gouv-combobox>
          <gouv-combobox label="Obligatoire" name="f" required .options=${REGIONS}></gouv-combobox>
          <gouv-combobox label="Chargement" name="g" .source=${source}></gouv-combobox>
          <gouv-combobox label="Échec" name="h" .source=${failing}></gouv-combobox>
          <gouv-combobox label="Ouvert" name="i" .options=${REGIONS}></gouv-combobox>
        </form>`,
      );
      const all = [...wrapper.querySelectorAll('gouv-combobox')];
      await Promise.all(all.map((e) => e.updateComplete));
      // One open list with visual focus on an option: the others close when focus leaves.
      const original = console.warn;
      console.warn = () => {};
      try {
        for (const name of ['g', 'h']) {
          const el = all.find((e) => e.name === name)!;
          await typeIn(el, 'fr');
        }
        await typeIn(
          all.find((e) => e.name === 'i')!,
          'b',
        );
        await press('ArrowDown');
        await all.at(-1)!.updateComplete;
        expect(isShown(all.at(-1)!)).to.equal(true);
        await expectNoAxeViolations(wrapper);
        // The loading and failure states, shown.
        for (const name of ['g', 'h']) {
          const el = all.find((e) => e.name === name)!;
          inputOf(el).focus();
          await press('ArrowDown');
          await aTimeout(20);
          await el.updateComplete;
          expect(isShown(el)).to.equal(true);
          await expectNoAxeViolations(wrapper);
        }
      } finally {
        console.warn = original;
      }
    });
  }
});
