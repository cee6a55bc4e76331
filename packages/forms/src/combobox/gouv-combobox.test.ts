import {
  accessibilityTree,
  collectA11yNodes,
  expect,
  expectNoAxeViolations,
  fakeClock,
  findA11yNode,
  fixture,
  html,
  loadReact,
  mountReact,
  mountVue,
  nextFrame,
  plainText,
  press,
  renderMode,
  type,
  type ReactSetState,
  useFrameworkPage,
} from '@gouvkit/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatMessage } from '@gouvkit/validators';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import { communeSource, loadCommuneIndex } from '../communes/commune-source.js';
import '../combobox.js';
import { ANNOUNCE_PAUSE } from './announcer.js';
import {
  registerComboboxSource,
  type ComboboxOption,
  type ComboboxResultsDetail,
  type ComboboxSource,
  type GouvCombobox,
} from './gouv-combobox.js';

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

/**
 * Resolves with the detail of the `gouv-results` event for `query` (the list shows its outcome).
 * Call it before typing: the event may come before the keystrokes are done.
 */
function resultsFor(el: GouvCombobox, query: string): Promise<ComboboxResultsDetail> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<ComboboxResultsDetail>).detail;
      if (detail.query !== query) return;
      el.removeEventListener('gouv-results', listener);
      resolve(detail);
    };
    el.addEventListener('gouv-results', listener);
  });
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

/** Silences the element's warning about a failed source while `run` runs. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const original = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = original;
  }
}

/** A source whose answers the test releases by hand, recording the calls and their signals. */
function manualSource() {
  const calls: {
    query: string;
    signal: AbortSignal;
    answer: (o: ComboboxOption[]) => void;
    fail: (e: unknown) => void;
  }[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const source: ComboboxSource = (query, signal) =>
    new Promise((resolve, reject) => {
      calls.push({ query, signal, answer: resolve, fail: reject });
      for (const w of waiting.filter((w) => calls.length >= w.count)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    });
  /** Resolves once the source has been called `count` times. */
  const called = (count: number) =>
    calls.length >= count
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiting.push({ count, resolve }));
  return { source, calls, called };
}

/** The events the host fires, in order, with the value it holds when each is fired. */
function recordEvents(el: GouvCombobox, types = ['input', 'change']) {
  const events: string[] = [];
  for (const t of types) el.addEventListener(t, () => events.push(`${t}:${el.value}`));
  return events;
}

describe('gouv-combobox', () => {
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
    // Server-rendered, the element took the server's nodes over (its id base comes from there).
    const part = el.querySelector(':scope > [data-gouv-part="main"]')!;
    expect(part.hasAttribute('data-gouv-uid')).to.equal(renderMode === 'ssr');
    expect(input.labels![0]!.textContent!.trim()).to.equal('Région');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-controls')).to.equal(listOf(el).id);
    // The element submits the value itself: its input has no name once it runs.
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
      const { form, el, submissions } = await fieldInForm(
        html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox>`,
        'gouv-combobox',
        { submitButton: true },
      );
      let seen: FormDataEntryValue | null = null;
      el.addEventListener('change', () => (seen = new FormData(form).get('region')));
      const events = recordEvents(el);
      await typeIn(el, 'bre');
      await press('ArrowDown');
      await press('Enter');
      await el.updateComplete;
      expect(submissions).to.have.length(0); // Enter chose; it didn't submit
      expect(inputOf(el).value).to.equal('Bretagne');
      expect(el.value).to.equal('53');
      expect(el.selectedOption?.label).to.equal('Bretagne');
      expect(new FormData(form).get('region')).to.equal('53');
      expect(isShown(el)).to.equal(false);
      // Three keystrokes (the value stays empty: no choice yet), then the choice: input, then change.
      expect(events).to.deep.equal(['input:', 'input:', 'input:', 'input:53', 'change:53']);
      expect(seen).to.equal('53'); // the form already has the new value in a change listener
      // With the list closed, Enter submits the form as in any text field.
      await press('Enter');
      expect(submissions).to.have.length(1);
      expect(submissions[0]!.get('region')).to.equal('53');
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
      const events = recordEvents(el);
      await press('Escape');
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(el.value).to.equal('');
      expect(new FormData(form).get('region')).to.equal('');
      expect(events).to.deep.equal(['input:']);
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
      const { form, el } = await inForm(
        html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox
          ><button type="button">Suite</button>`,
      );
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
      const { form, el } = await inForm(
        html`<button type="button">Avant</button>
          <gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox>`,
      );
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

  it('chooses an option with the pointer without losing focus, firing input then change', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox>`,
    );
    await typeIn(el, 'b');
    const events = recordEvents(el);
    optionsOf(el)[1]!.click();
    await el.updateComplete;
    expect(input.value).to.equal('Bretagne');
    expect(new FormData(form).get('region')).to.equal('53');
    expect(document.activeElement).to.equal(input);
    expect(events).to.deep.equal(['input:53', 'change:53']);
  });

  describe('events', () => {
    it('fires input (bubbling) on each keystroke with the value up to date; free text changes on leaving', async () => {
      const { form, el } = await inForm(
        html`<gouv-combobox label="Région" name="region" free-text .options=${REGIONS}></gouv-combobox
          ><button type="button">Suite</button>`,
      );
      const seenByForm: string[] = [];
      form.addEventListener('input', () => seenByForm.push(el.value));
      const events = recordEvents(el);
      await typeIn(el, 'Nord');
      expect(seenByForm).to.deep.equal(['N', 'No', 'Nor', 'Nord']);
      await press('Tab');
      await el.updateComplete;
      expect(events).to.deep.equal(['input:N', 'input:No', 'input:Nor', 'input:Nord', 'change:Nord']);
    });

    it('takes the option whose label is typed in full on leaving: input then change', async () => {
      const { form, el } = await inForm(
        html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox
          ><button>OK</button>`,
      );
      await typeIn(el, 'bretagne');
      const events = recordEvents(el);
      await press('Tab');
      await el.updateComplete;
      expect(new FormData(form).get('region')).to.equal('53');
      expect(el.querySelector('.gouv-error')).to.equal(null);
      expect(events).to.deep.equal(['input:53', 'change:53']);
    });

    it('fires nothing for a value set by script, nor when leaving afterwards', async () => {
      const { el } = await inForm(
        html`<gouv-combobox label="Région" name="region" .options=${REGIONS}></gouv-combobox
          ><button>OK</button>`,
      );
      const events = recordEvents(el);
      el.value = '84';
      await el.updateComplete;
      inputOf(el).focus();
      await press('Tab');
      await el.updateComplete;
      expect(events).to.deep.equal([]);
    });
  });

  describe('live count', () => {
    it('announces the number of suggestions politely once typing pauses, and « Aucun résultat »', async () => {
      const { el } = await inForm(html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`);
      const status = el.querySelector('[role="status"]')!;
      const clock = await fakeClock();
      try {
        await typeIn(el, 'b');
        await clock.tick(ANNOUNCE_PAUSE);
        await el.updateComplete;
        expect(statusText(el)).to.equal('2 résultats disponibles');
        await type('r');
        await clock.tick(ANNOUNCE_PAUSE);
        await el.updateComplete;
        expect(statusText(el)).to.equal('1 résultat disponible');
        await type('z');
        await clock.tick(ANNOUNCE_PAUSE);
        await el.updateComplete;
        expect(statusText(el)).to.equal('Aucun résultat');
      } finally {
        clock.restore();
      }
      expect(messageText(el)).to.equal('Aucun résultat');
      expect(isShown(el)).to.equal(true);
      expect(inputOf(el).getAttribute('aria-expanded')).to.equal('false');
      // A polite live region in the field's own tree, present before its text changes.
      expect(el.contains(status)).to.equal(true);
      const region = await findA11yNode((n) => n.role === 'status');
      expect((region as { live?: string } | null)?.live).to.equal('polite');
    });

    it('does not announce every keystroke: the count waits for a pause', async () => {
      const { el } = await inForm(html`<gouv-combobox label="Région" .options=${REGIONS}></gouv-combobox>`);
      const clock = await fakeClock();
      try {
        await typeIn(el, 'b');
        await clock.tick(ANNOUNCE_PAUSE - 100);
        await type('r');
        await clock.tick(ANNOUNCE_PAUSE - 100);
        await el.updateComplete;
        expect(statusText(el)).to.equal('');
        await clock.tick(100);
        await el.updateComplete;
        expect(statusText(el)).to.equal('1 résultat disponible');
        // Closing the list silences the count.
        await press('Escape');
        await el.updateComplete;
        expect(statusText(el)).to.equal('');
      } finally {
        clock.restore();
      }
    });
  });

  describe('communes', () => {
    before(() => loadCommuneIndex());

    it('submits the INSEE code of « Lyon (69) » after typing « lyo », Down and Enter', async () => {
      const { form, el, input } = await inForm(
        html`<gouv-combobox label="Commune" name="commune" source="communes"></gouv-combobox>`,
      );
      const shown = resultsFor(el, 'lyo');
      await typeIn(el, 'lyo');
      expect(await shown).to.deep.equal({ query: 'lyo', count: 3, failed: false });
      await el.updateComplete;
      expect(labelsOf(el)[0]).to.equal('Lyon (69)');
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
          .search=${communeSource({ limit: 20 })}
        ></gouv-combobox>`,
      );
      const shown = resultsFor(el, 'sainte-colombe');
      await typeIn(el, 'sainte-colombe');
      expect((await shown).count).to.be.greaterThan(5);
      await el.updateComplete;
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
      await el.labelComplete;
      expect(input.value).to.equal('Paris (75)');
      expect(el.selectedOption).to.include({ code: '75056', nom: 'Paris' });
      input.select();
      const shown = resultsFor(el, '6900');
      await type('6900');
      await shown;
      await el.updateComplete;
      expect(labelsOf(el)[0]).to.equal('Lyon (69)');
      expect(plainText(optionsOf(el)[0]!.querySelector('.gouv-combobox__description')?.textContent)).to.equal(
        '69001, 69002, 69003…',
      );
    });

    it('shows the label of a value set by script', async () => {
      const { el, input } = await inForm(
        html`<gouv-combobox label="Commune" name="commune" source="communes"></gouv-combobox>`,
      );
      el.value = '69123';
      await el.labelComplete;
      expect(input.value).to.equal('Lyon (69)');
      expect(el.selectedOption).to.include({ code: '69123' });
      // A code the source doesn't know stays, shown as is.
      el.value = '00000';
      await el.labelComplete;
      expect(input.value).to.equal('00000');
      expect(el.value).to.equal('00000');
    });

    it('asks for a commune from the list, in French, and only then says « invalid »', async () => {
      const { form, el, input } = await inForm(
        html`<gouv-combobox label="Commune" name="commune" source="communes" required></gouv-combobox>`,
      );
      const shown = resultsFor(el, 'lyo');
      await typeIn(el, 'lyo');
      await shown;
      // Typing: no error shown, so none announced.
      let node = await findA11yNode((n) => n.role === 'combobox');
      expect(node?.invalid ?? 'false').to.equal('false');
      expect(node?.required).to.equal(true);
      await press('Escape');
      form.requestSubmit();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Erreur : Sélectionnez une commune dans la liste');
      expect(input.value).to.equal('lyo');
      expect(form.checkValidity()).to.equal(false);
      node = await findA11yNode((n) => n.role === 'combobox');
      expect(node?.invalid).to.equal('true');
      expect(node?.description).to.contain('Sélectionnez une commune dans la liste');
    });
  });

  describe('sources', () => {
    it('shows « Chargement… » while the source answers, then the options', async () => {
      const { source, calls, called } = manualSource();
      const { el } = await inForm(html`<gouv-combobox label="Pays" .search=${source}></gouv-combobox>`);
      await typeIn(el, 'fr');
      await called(2);
      await el.updateComplete;
      expect(messageText(el)).to.equal('Chargement…');
      expect(listOf(el).getAttribute('aria-busy')).to.equal('true');
      const shown = resultsFor(el, 'fr');
      calls[1]!.answer([{ value: 'FR', label: 'France' }]);
      await shown;
      await el.updateComplete;
      expect(labelsOf(el)).to.deep.equal(['France']);
      expect(messageText(el)).to.equal('');
      expect(listOf(el).hasAttribute('aria-busy')).to.equal(false);
    });

    it('aborts the previous query, and an older answer never overwrites newer results', async () => {
      const { source, calls, called } = manualSource();
      const { el } = await inForm(html`<gouv-combobox label="Pays" .search=${source}></gouv-combobox>`);
      await typeIn(el, 'f');
      await type('r');
      await called(2);
      expect(calls[0]!.signal.aborted).to.equal(true);
      expect(calls[1]!.signal.aborted).to.equal(false);
      const shown = resultsFor(el, 'fr');
      calls[1]!.answer([{ value: 'FR', label: 'France' }]);
      await shown;
      // The slow, older query answers last (a source that ignores its signal): it is dropped.
      calls[0]!.answer([
        { value: 'FI', label: 'Finlande' },
        { value: 'FJ', label: 'Fidji' },
      ]);
      await nextFrame();
      await el.updateComplete;
      expect(labelsOf(el)).to.deep.equal(['France']);
    });

    it('waits for `debounce` ms of pause before asking the source', async () => {
      const { source, calls } = manualSource();
      const { el } = await inForm(
        html`<gouv-combobox label="Pays" debounce="300" .search=${source}></gouv-combobox>`,
      );
      const clock = await fakeClock();
      try {
        await typeIn(el, 'fra');
        await clock.tick(299);
        expect(calls).to.have.length(0);
        expect(messageText(el)).to.equal('Chargement…');
        await clock.tick(1);
        expect(calls.map((c) => c.query)).to.deep.equal(['fra']);
      } finally {
        clock.restore();
      }
    });

    it('shows « La liste n’a pas pu être chargée » when the source fails, and keeps the typed text', async () => {
      const { source, calls, called } = manualSource();
      const { el, input } = await inForm(
        html`<gouv-combobox label="Pays" .search=${source}></gouv-combobox>`,
      );
      await typeIn(el, 'fra');
      await called(3);
      const clock = await fakeClock();
      try {
        const failed = resultsFor(el, 'fra');
        await quietly(async () => {
          calls[2]!.fail(new Error('503'));
          expect(await failed).to.deep.equal({ query: 'fra', count: 0, failed: true });
        });
        await el.updateComplete;
        expect(messageText(el)).to.equal(
          'La liste n’a pas pu être chargée. Réessayez en modifiant votre saisie.',
        );
        expect(isShown(el)).to.equal(true);
        expect(input.value).to.equal('fra');
        await clock.tick(ANNOUNCE_PAUSE);
        await el.updateComplete;
        expect(statusText(el)).to.match(/^La liste n’a pas pu être chargée/);
      } finally {
        clock.restore();
      }
      // The next keystroke tries again.
      await type('n');
      await called(4);
      const shown = resultsFor(el, 'fran');
      calls[3]!.answer([{ value: 'FR', label: 'France' }]);
      await shown;
      await el.updateComplete;
      expect(labelsOf(el)).to.deep.equal(['France']);
      expect(input.value).to.equal('fran');
    });

    it('treats an answer that is not a list as a failure', async () => {
      const bad = (() => Promise.resolve({ nope: true })) as unknown as ComboboxSource;
      const { el } = await inForm(html`<gouv-combobox label="Pays" .search=${bad}></gouv-combobox>`);
      await quietly(async () => {
        const failed = resultsFor(el, 'f');
        await typeIn(el, 'f');
        expect((await failed).failed).to.equal(true);
      });
      await el.updateComplete;
      expect(messageText(el)).to.match(/^La liste/);
    });

    it('`search` (a function, property only) wins over the `source` name', async () => {
      registerComboboxSource('test-named', {
        load: () => Promise.resolve(() => Promise.resolve([{ value: 'N', label: 'Nommée' }])),
      });
      const search: ComboboxSource = () => Promise.resolve([{ value: 'F', label: 'Fonction' }]);
      const { el } = await inForm(
        html`<gouv-combobox label="Source" source="test-named" .search=${search}></gouv-combobox>`,
      );
      // A function is never an attribute: frameworks that pass strings cannot reach it.
      expect(el.hasAttribute('search')).to.equal(false);
      let shown = resultsFor(el, 'n');
      await typeIn(el, 'n');
      await shown;
      await el.updateComplete;
      expect(labelsOf(el)).to.deep.equal(['Fonction']);
      el.search = undefined;
      await el.updateComplete;
      shown = resultsFor(el, 'no');
      await press('o');
      await shown;
      await el.updateComplete;
      expect(labelsOf(el)).to.deep.equal(['Nommée']);
    });

    it('takes a source registered under a name, as the attribute or as the property', async () => {
      const countries: ComboboxOption[] = [
        { value: 'FR', label: 'France' },
        { value: 'FI', label: 'Finlande' },
      ];
      const source: ComboboxSource = (query) =>
        Promise.resolve(countries.filter((c) => c.label.toLowerCase().startsWith(query.toLowerCase())));
      source.resolve = (value) => Promise.resolve(countries.find((c) => c.value === value) ?? null);
      registerComboboxSource('test-pays', {
        load: () => Promise.resolve(source),
        notInListMessage: { fr: 'Sélectionnez un pays dans la liste', en: 'Select a country from the list' },
      });
      const { form, el, input } = await inForm(
        html`<gouv-combobox label="Pays" name="pays" source="test-pays" value="FI"></gouv-combobox>`,
      );
      await el.labelComplete;
      expect(input.value).to.equal('Finlande');
      input.select();
      const shown = resultsFor(el, 'fr');
      await type('fr');
      expect((await shown).count).to.equal(1);
      await press('ArrowDown');
      await press('Enter');
      expect(new FormData(form).get('pays')).to.equal('FR');
      // The property takes the same names as the attribute (React and Vue set properties).
      el.source = 'test-pays';
      input.select();
      await type('zz');
      el.reportValidity();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Erreur : Sélectionnez un pays dans la liste');
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
      // The field takes its default once the form's reset is done (a microtask).
      await null;
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
      expect(inputOf(el).getAttribute('aria-invalid')).to.equal('false');
      const typing = await findA11yNode((n) => n.role === 'combobox');
      expect(typing?.invalid ?? 'false').to.equal('false');
      await press('Tab');
      await el.updateComplete;
      expect(errorText(el)).to.equal('Erreur : Sélectionnez une valeur dans la liste');
      expect(new FormData(form).get('region')).to.equal('');
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Sélectionnez une valeur dans la liste');
      const shown = await findA11yNode((n) => n.role === 'combobox');
      expect(shown?.invalid).to.equal('true');
    });

    it('is required: exposed as required at once, the French message shows on submit', async () => {
      const { form, el } = await inForm(
        html`<gouv-combobox label="Région" name="region" required .options=${REGIONS}></gouv-combobox>`,
      );
      let node = await findA11yNode((n) => n.role === 'combobox');
      expect(node?.required).to.equal(true);
      expect(node?.invalid ?? 'false').to.equal('false');
      form.requestSubmit();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Erreur : Renseignez ce champ, il est obligatoire');
      node = await findA11yNode((n) => n.role === 'combobox');
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

  describe('<option> children', () => {
    it('reads them as a static list written in HTML, and leaves them in place, hidden', async () => {
      const { form, el } = await inForm(
        html`<gouv-combobox label="Civilité" name="civilite">
          <option value="mme" selected>Madame</option>
          <option value="m">Monsieur</option>
        </gouv-combobox>`,
      );
      const written = [...el.querySelectorAll(':scope > option')];
      expect(written).to.have.length(2);
      for (const option of written) expect(getComputedStyle(option).display).to.equal('none');
      expect(inputOf(el).value).to.equal('Madame');
      expect(new FormData(form).get('civilite')).to.equal('mme');
      inputOf(el).select();
      await typeIn(el, 'mo');
      await press('ArrowDown');
      await press('Enter');
      await el.updateComplete;
      expect(new FormData(form).get('civilite')).to.equal('m');
      expect([...el.querySelectorAll(':scope > option')]).to.deep.equal(written);
      // Not exposed: with the list closed, no option is in the accessibility tree.
      const tree = await accessibilityTree();
      expect(collectA11yNodes(tree, (n) => n.role === 'option')).to.have.length(0);
      expect(collectA11yNodes(tree, (n) => n.name === 'Madame')).to.have.length(0);
      form.reset();
      await null;
      await el.updateComplete;
      expect(el.value).to.equal('mme');
    });

    it('follows the options added, removed, reordered and edited by the page', async () => {
      const { el, input } = await inForm(
        html`<gouv-combobox label="Ville" name="ville">
          <option value="1">Brest</option>
          <option value="2">Bordeaux</option>
        </gouv-combobox>`,
      );
      const shownLabels = async () => {
        input.focus();
        await press('Escape');
        await press('Alt+ArrowDown');
        await el.updateComplete;
        return labelsOf(el);
      };
      expect(await shownLabels()).to.deep.equal(['Brest', 'Bordeaux']);
      const added = document.createElement('option');
      added.value = '3';
      added.textContent = 'Besançon';
      el.append(added);
      await nextFrame(); // the observer's records come in a microtask after the change
      await el.updateComplete;
      // The open list follows at once.
      expect(labelsOf(el)).to.deep.equal(['Brest', 'Bordeaux', 'Besançon']);
      el.querySelector('option[value="1"]')!.remove();
      el.prepend(added);
      await nextFrame();
      expect(await shownLabels()).to.deep.equal(['Besançon', 'Bordeaux']);
      added.firstChild!.textContent = 'Belfort';
      added.setAttribute('value', '90');
      await nextFrame();
      expect(await shownLabels()).to.deep.equal(['Belfort', 'Bordeaux']);
      await press('ArrowDown');
      await press('Enter');
      expect(el.value).to.equal('90');
    });

    it('adds the children after the options property', async () => {
      const { el, input } = await inForm(
        html`<gouv-combobox label="Région" .options=${REGIONS.slice(0, 2)}>
          <option value="53">Bretagne</option>
        </gouv-combobox>`,
      );
      input.focus();
      await press('Alt+ArrowDown');
      await el.updateComplete;
      expect(labelsOf(el)).to.deep.equal(['Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté', 'Bretagne']);
    });
  });

  describe('frameworks', () => {
    const page = useFrameworkPage();

    it('React 19 adds, removes and reorders <option> children; source="communes" works as a prop', async () => {
      const h = await loadReact();
      let setItems!: ReactSetState<ComboboxOption[]>;
      function Field() {
        const [items, set] = h.useState<ComboboxOption[]>(REGIONS.slice(0, 3));
        setItems = set;
        return h.createElement(
          'form',
          null,
          h.createElement(
            'gouv-combobox',
            { label: 'Région', name: 'region' },
            items.map((o) => h.createElement('option', { key: o.value, value: o.value }, o.label)),
          ),
          h.createElement('gouv-combobox', { label: 'Commune', name: 'commune', source: 'communes' }),
        );
      }
      const mount = await mountReact(page.container, () => h.createElement(Field, null));
      try {
        const [region, commune] = [...page.container.querySelectorAll('gouv-combobox')];
        await region!.updateComplete;
        const open = async () => {
          inputOf(region!).focus();
          await press('Escape');
          await press('Alt+ArrowDown');
          await region!.updateComplete;
          return labelsOf(region!);
        };
        expect(await open()).to.deep.equal(['Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté', 'Bretagne']);
        mount.update(() => setItems([REGIONS[2]!, REGIONS[0]!]));
        await nextFrame();
        expect(await open()).to.deep.equal(['Bretagne', 'Auvergne-Rhône-Alpes']);
        mount.update(() => setItems([REGIONS[2]!, REGIONS[0]!, REGIONS[4]!]));
        await nextFrame();
        expect(await open()).to.deep.equal(['Bretagne', 'Auvergne-Rhône-Alpes', 'Île-de-France']);
        expect(region!.querySelectorAll(':scope > option')).to.have.length(3);
        // React set the `source` property to the name: the communes are searched.
        expect(commune!.source).to.equal('communes');
        await loadCommuneIndex();
        const shown = resultsFor(commune!, 'lyo');
        await typeIn(commune!, 'lyo');
        expect((await shown).count).to.equal(3);
        page.expectNoErrors();
      } finally {
        mount.unmount();
      }
    });

    it('Vue 3 v-model gets the choice (input, then change) and keeps it through re-renders', async () => {
      const mount = await mountVue<{ region: string; regions: ComboboxOption[]; renders: number }>(
        page.container,
        {
          template: `<form>
          <gouv-combobox label="Région" name="region" v-model="region" :options="regions"></gouv-combobox>
          <output>{{ region }}</output>
        </form>`,
          data: () => ({ region: '', regions: REGIONS, renders: 0 }),
        },
      );
      try {
        const el = page.container.querySelector('gouv-combobox')!;
        await el.updateComplete;
        await typeIn(el, 'bre');
        await press('ArrowDown');
        await press('Enter');
        await mount.nextTick();
        expect(mount.vm.region).to.equal('53');
        expect(page.container.querySelector('output')!.textContent).to.equal('53');
        // A re-render keeps the field as chosen.
        mount.vm.regions = [...REGIONS];
        await mount.nextTick();
        await el.updateComplete;
        expect(inputOf(el).value).to.equal('Bretagne');
        expect(el.value).to.equal('53');
        // And the model drives the field.
        mount.vm.region = '11';
        await mount.nextTick();
        await el.updateComplete;
        expect(inputOf(el).value).to.equal('Île-de-France');
        expect(mount.warnings).to.deep.equal([]);
        page.expectNoErrors();
      } finally {
        mount.unmount();
      }
    });
  });

  describe('server markup, before and without JavaScript', () => {
    /** The server's HTML for a template without values (`@gouvkit/core/ssr.js`, in the test runner). */
    async function serverHtml(template: { strings: TemplateStringsArray }): Promise<string> {
      return executeServerCommand<string, unknown>('gouv-ssr-render', {
        template: { t: 'tpl', k: 1, s: [...template.strings], v: [] },
      });
    }

    /** The server's markup parsed in a document without scripts (no element runs there). */
    async function noScriptPage(template: { strings: TemplateStringsArray }) {
      const page = document.implementation.createHTMLDocument('sans JavaScript');
      page.body.setHTMLUnsafe(await serverHtml(template));
      return page;
    }

    it('submits the typed text under the field’s name when JavaScript doesn’t run', async () => {
      const page = await noScriptPage(
        html`<form><gouv-combobox label="Commune" name="commune" source="communes"></gouv-combobox></form>`,
      );
      const input = page.querySelector<HTMLInputElement>('gouv-combobox input[role="combobox"]')!;
      expect(input.name).to.equal('commune');
      input.value = 'Lyon';
      // The server receives the text, not an INSEE code.
      expect(new FormData(page.querySelector('form')!).get('commune')).to.equal('Lyon');
    });

    it('keeps the text typed before scripts ran, then submits the value itself', async () => {
      const page = await noScriptPage(
        html`<form>
          <gouv-combobox label="Civilité" name="civilite" value="mme">
            <option value="mme">Madame</option>
            <option value="m">Monsieur</option>
          </gouv-combobox>
          <gouv-combobox label="Commune" name="commune" source="communes"></gouv-combobox>
        </form>`,
      );
      const [civilite, commune] = [...page.querySelectorAll<HTMLInputElement>('input[role="combobox"]')];
      civilite!.value = 'Monsieur';
      commune!.value = 'Lyo';
      const form = page.querySelector('form')!;
      // Scripts run now: the page's nodes come into this document and the elements upgrade.
      const host = document.createElement('div');
      document.body.append(host);
      try {
        host.append(document.adoptNode(form));
        const [a, b] = [...form.querySelectorAll('gouv-combobox')];
        await a!.updateComplete;
        await b!.updateComplete;
        expect(inputOf(a!).value).to.equal('Monsieur');
        // Typed in full, a label of the static list is that option.
        expect(a!.value).to.equal('m');
        expect(inputOf(b!).value).to.equal('Lyo');
        expect(b!.value).to.equal('');
        const data = new FormData(form);
        expect(data.getAll('civilite')).to.deep.equal(['m']);
        expect(data.getAll('commune')).to.deep.equal(['']);
        expect(form.querySelectorAll('gouv-combobox [data-gouv-part]')).to.have.length(2);
        expect(inputOf(a!).hasAttribute('name')).to.equal(false);
      } finally {
        host.remove();
      }
    });
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-combobox label="Region" name="region" .options=${REGIONS}></gouv-combobox></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-combobox')!;
    await el.updateComplete;
    const clock = await fakeClock();
    try {
      await typeIn(el, 'b');
      await clock.tick(ANNOUNCE_PAUSE);
      await el.updateComplete;
      expect(statusText(el)).to.equal('2 results available');
      await type('z');
      await clock.tick(ANNOUNCE_PAUSE);
      await el.updateComplete;
      expect(statusText(el)).to.equal('No results');
    } finally {
      clock.restore();
    }
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
          <gouv-combobox label="Chargement" name="g" .search=${source}></gouv-combobox>
          <gouv-combobox label="Échec" name="h" .search=${failing}></gouv-combobox>
          <gouv-combobox label="Ouvert" name="i" .options=${REGIONS}></gouv-combobox>
        </form>`,
      );
      const all = [...wrapper.querySelectorAll('gouv-combobox')];
      await Promise.all(all.map((e) => e.updateComplete));
      const byName = (name: string) => all.find((e) => e.name === name)!;
      await quietly(async () => {
        // The loading and failure states, shown (focus then leaves them, which closes their lists).
        for (const name of ['g', 'h']) {
          const el = byName(name);
          const settled = name === 'h' ? resultsFor(el, 'fr') : null;
          await typeIn(el, 'fr');
          await settled;
          await el.updateComplete;
          expect(isShown(el)).to.equal(true);
          await expectNoAxeViolations(wrapper);
        }
        // One open list with visual focus on an option.
        const open = byName('i');
        await typeIn(open, 'b');
        await press('ArrowDown');
        await open.updateComplete;
        expect(isShown(open)).to.equal(true);
        await expectNoAxeViolations(wrapper);
      });
    });
  }
});
