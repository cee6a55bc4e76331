import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DEV, I18nController, icon, warnOnce, type Message, type ValidityFlag } from '@gouvkit/core';
import { arrowDownSLine } from '@gouvkit/icons';
import { GouvFieldElement, type FieldStrings } from '../shared/field-element.js';
import { PauseAnnouncer } from './announcer.js';
import { combineOptions, readChildOptions, sameOptions } from './child-options.js';
import type { ComboboxOption, ComboboxSource } from './combobox-option.js';
import { comboboxStrings, type ComboboxStringKey } from './combobox.strings.js';
import { comboboxStyles } from './combobox.styles.js';
import { filterOptions, toOptions } from './filter-options.js';
import { keyAction, openIndex, stepIndex, type ComboboxAction, type Move } from './keyboard.js';
import { LatestSearch, type SearchOutcome } from './latest-search.js';
import { ComboboxSelection, type ValueLookup } from './selection.js';
import {
  comboboxSourceNames,
  sourceFunction,
  sourceNotInListMessage,
  type ComboboxSourceValue,
} from './sources.js';

export type { ComboboxOption, ComboboxSource, NotInListMessage } from './combobox-option.js';
export type { NamedSource } from './sources.js';
export { registerComboboxSource, comboboxSourceNames } from './sources.js';

/** The detail of `gouv-results`. */
export interface ComboboxResultsDetail {
  /** The text the suggestions are for. */
  query: string;
  /** How many suggestions show (0: « Aucun résultat », or the source failed). */
  count: number;
  /** The source failed: « La liste n’a pas pu être chargée » shows. */
  failed: boolean;
}

/**
 * A text field that suggests choices as you type, in a list: the WAI-ARIA « combobox with
 * listbox popup » (list autocomplete with manual selection). The field shows the chosen
 * option's label (« Lyon (69) ») and the form receives its value (the INSEE code `69123`).
 *
 * Suggestions come from a static list, filtered as you type (`options`, and `<option>`
 * children), or from a `source`: the name of a registered source (`source="communes"`: the
 * 34,969 French communes, loaded on the first search in a chunk of their own;
 * `registerComboboxSource()` adds others), or from `search`, a function of the typed text and
 * an `AbortSignal` (set as a property). A source, when given, replaces the static list.
 *
 * By default only a choice from the list is valid (« Sélectionnez une valeur dans la liste »,
 * or the source's own message: « Sélectionnez une commune dans la liste »); `free-text` accepts
 * any text, which is then the value.
 *
 * Server-rendered (`@gouvkit/core/ssr.js`), the field shows the label of its value when the
 * server knows it (`options`; `<option>` children and sources are not read on the server: the
 * value shows as is until the page's script runs). Without JavaScript, the text field itself
 * carries `name`: the form submits the text typed (« Lyon »), not an option's value, so the
 * server receives a text to look up. Once the element runs, it keeps what was typed before
 * (`adoptServerState`) and the form submits the chosen value.
 *
 * @tag gouv-combobox
 * @summary Liste avec recherche : un champ qui propose des choix pendant la saisie (communes…).
 *
 * @slot - `<option>` elements: a static list written in HTML or by a framework, read as data and
 *   left in place (hidden); adding, removing, reordering or editing them updates the suggestions.
 *
 * @fires {Event} input - On each change: typing (the native event, bubbling from the field) and a
 *   choice (from the element, before `change`). `value` is up to date: Vue's `v-model` reads it.
 * @fires {Event} change - When the value differs from the one last reported: an option chosen, or
 *   the text changed (free-text) and the field left.
 * @fires {CustomEvent<{ query: string; count: number; failed: boolean }>} gouv-results - When the
 *   list shows the outcome of a query: `count` suggestions (0: « Aucun résultat »), or `failed`.
 *
 * @cssprop --gouv-color-background-contrast - Background of the field.
 * @cssprop --gouv-color-background-overlap - Background of the list.
 * @cssprop --gouv-shadow-overlap - Shadow of the list.
 * @cssprop --gouv-color-background-action-low - The option under visual focus.
 * @cssprop --gouv-color-border-plain - The underline of the field.
 * @cssprop --gouv-color-text-error - The error message and the error bar.
 */
export class GouvCombobox extends GouvFieldElement {
  protected static override ownsValue = true;
  static override lightStyles = [...GouvFieldElement.lightStyles, comboboxStyles];

  /**
   * The submitted value: the chosen option's `value` (a commune's INSEE code), or the text in
   * `free-text` mode. Set by script or attribute, the field shows the option's label once known
   * (the static list, or the source's `resolve`). The `value` attribute is also the reset value.
   */
  @property()
  get value(): string {
    return this.#model.value;
  }
  set value(value: string) {
    const next = value == null ? '' : String(value);
    // The value it holds already, while the user types in it: a framework writing back what the
    // element reported (React's controlled fields do), and what the user types stays. Otherwise,
    // even the same value shows its label again (`el.value = ''` clears the text).
    if (next === this.#model.value && this.matches(':focus-within')) return;
    this.#model.assign(next);
    // Set by script, not by the user: no `change` to report for it.
    this.#model.setCommitted(next);
    this.requestUpdate();
  }

  /**
   * A static list of suggestions, `{ value, label, description? }[]`, filtered as you type.
   * `<option>` children add to it: the suggestions are this list's entries, then the children's,
   * in document order. Ignored while a `source` or `search` is set.
   */
  @property({ attribute: false }) options: readonly ComboboxOption[] = [];

  /**
   * The name of a registered source of suggestions: `communes` (the French communes; the INSEE
   * code is submitted), or a name given to `registerComboboxSource()`. Ignored while `search` is
   * set.
   */
  @property() source?: string;

  /**
   * A source function `(query, signal) => Promise<ComboboxOption[]>`, set as a property only
   * (it has no attribute, so frameworks never pass it a string). A newer query aborts the
   * previous one; a rejection shows « La liste n’a pas pu être chargée » and keeps the typed text.
   */
  @property({ attribute: false }) search?: ComboboxSource;

  /** Accepts any text: the value is then what is typed, unless an option is chosen. */
  @property({ type: Boolean, reflect: true, attribute: 'free-text' }) freeText = false;

  /** Waits this long (ms) after a keystroke before asking the source: for sources that call a server. */
  @property({ type: Number }) debounce = 0;

  /** An example inside the field; prefer `hint`, which stays visible. */
  @property() placeholder?: string;

  /**
   * The browser's autofill token. `off` by default, as the browser's own suggestions would
   * cover the list; `address-level2` for the commune of the user's address (RGAA 11.13).
   */
  @property() autocomplete: AutoFill = 'off';

  /** Per-instance strings: constraint messages, `notInList`, `noResults`, `results`, `loading`, `loadError`. */
  @property({ attribute: false }) override strings: FieldStrings &
    Partial<Record<ComboboxStringKey, Message>> = {};

  /** The suggestions shown. */
  @state() private results: readonly ComboboxOption[] = [];
  /** The list is wanted open (it shows when there is something to show). */
  @state() private expanded = false;
  /** The option under visual focus (aria-activedescendant), -1 for none. */
  @state() private activeIndex = -1;
  @state() private loading = false;
  @state() private loadFailed = false;
  /** The text of the polite live region. */
  @state() private status = '';

  readonly #i18n = new I18nController<ComboboxStringKey>(this, comboboxStrings);
  /** Text, value, choice: the value model. */
  readonly #model = new ComboboxSelection(() => this.freeText);
  /** The latest query wins. */
  readonly #search = new LatestSearch<readonly ComboboxOption[]>((outcome) => this.#settled(outcome));
  /** The live count, once typing pauses. */
  readonly #announcer = new PauseAnnouncer((text) => (this.status = text));

  /** The `<option>` children, read as data. */
  #childOptions: readonly ComboboxOption[] = [];
  /** The value of the first `<option selected>` child. */
  #childSelected: string | null = null;
  #childrenChanged = false;
  /** The static list: `options`, then the `<option>` children. */
  #staticOptions: readonly ComboboxOption[] = [];
  /** The query `results` answer; null when they answer none (never searched, or cancelled). */
  #resultsFor: string | null = null;
  #pendingMove: Move = null;
  #resolveController: AbortController | undefined;
  /** The lookup of a value's label under way (`resolve`), settled when done or dropped. */
  #resolving: Promise<void> = Promise.resolve();
  #observer: MutationObserver | undefined;
  #scrolledTo = -1;
  /** Results rendered but not reported by `gouv-results` yet. */
  #unreported = false;
  /** The user typed in the server's field before scripts ran. */
  #adopted = false;
  /** The text field's `value` attribute: the text of the first render (what a no-JS page shows). */
  #inputDefault: string | undefined;
  #initialized = false;

  // ── validation ─────────────────────────────────────────────────────────────────────────

  /** Only a choice from the list is valid, unless `free-text`. */
  protected override elementCheck(): string {
    if (!this.#model.notInList) return '';
    if (this.strings.notInList) return this.#i18n.t('notInList');
    return sourceNotInListMessage(this.#activeSource, this.#i18n.lang) ?? this.#i18n.t('notInList');
  }

  /** The combobox's own constraint: a required field needs a value. */
  protected override ownConstraint(): ValidityFlag | null {
    return this.required && !this.#model.value && !this.#model.text.trim() ? 'valueMissing' : null;
  }

  /** The value, and what the browser restores (the label and the text too). */
  protected override formValue(): [string, string] {
    return [this.#model.value, this.#model.saveState()];
  }

  // ── public API ──────────────────────────────────────────────────────────────────────────

  /** The native input (role combobox). */
  get input(): HTMLInputElement | null {
    return this.querySelector(`#${this.ids.control}`);
  }

  /** The chosen option (with its extra fields, such as a commune's `codesPostaux`), or null. */
  get selectedOption(): ComboboxOption | null {
    return this.#model.selected;
  }

  /**
   * Resolves once the field shows the label of the value set by script or attribute: at once
   * when the static list has it, after the source's `resolve` otherwise (it resolves too when
   * the source can't tell, or the value changes again). `el.value = '69123'; await el.labelComplete;`
   * then `selectedOption` is Lyon, with its postcodes.
   */
  get labelComplete(): Promise<void> {
    return (async () => {
      for (;;) {
        await this.updateComplete;
        const resolving = this.#resolving;
        await resolving;
        if (resolving === this.#resolving && !this.isUpdatePending && !this.#model.assigned) break;
      }
    })();
  }

  protected get controls() {
    const input = this.input;
    return input ? [input] : [];
  }

  /** What the checks run on: the value, or the text while no option is chosen. */
  protected get fieldValue() {
    return this.#model.value || this.#model.text;
  }

  get #listId() {
    return `${this.ids.control}-list`;
  }
  #optionId(index: number) {
    return `${this.ids.control}-option-${index}`;
  }

  /** Where suggestions come from now: the function, else the registered name. */
  get #activeSource(): ComboboxSourceValue | undefined {
    return this.search ?? (this.source || undefined);
  }

  get #usesSource(): boolean {
    return Boolean(this.#activeSource);
  }

  /** The list is displayed: wanted open, with options or a message to show. */
  get #isOpen(): boolean {
    return (
      this.expanded &&
      !this.isDisabled &&
      (this.results.length > 0 || this.loading || this.loadFailed || Boolean(this.#resultsFor?.trim()))
    );
  }

  /** The `value` attribute, else the first `<option selected>`: the value a form reset goes back to. */
  get #defaultValue(): string {
    return this.getAttribute('value') ?? this.#childSelected ?? '';
  }

  get #lookup(): ValueLookup {
    return {
      find: (value) =>
        this.#staticOptions.find((o) => o.value === value) ?? this.results.find((o) => o.value === value),
      resolvable: this.#usesSource,
    };
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────

  override connectedCallback() {
    super.connectedCallback();
    this.#readChildOptions();
    if (!this.#initialized) {
      this.#initialized = true;
      // An option written `selected` is the value, unless `value` is set (or the user typed).
      if (
        !this.hasAttribute('value') &&
        !this.#model.assigned &&
        !this.#adopted &&
        this.#childSelected !== null
      )
        this.#model.assign(this.#childSelected);
      this.#model.setCommitted(this.#adopted ? this.#defaultValue : this.#model.value);
    }
    this.#observer ??= new MutationObserver((records) => this.#onMutations(records));
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    this.addEventListener('focusout', this.#onFocusOut);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.removeEventListener('focusout', this.#onFocusOut);
    this.#cancel();
    this.#resolveController?.abort();
    this.#announcer.cancel();
  }

  /** What the user typed in the server's field before scripts ran. */
  protected override adoptServerState() {
    const input = this.input;
    if (!input || input.value === input.defaultValue) return;
    this.#model.adoptTyped(input.value);
    this.#adopted = true;
  }

  /** The page's nodes changed: `<option>` children added, removed, moved or edited. */
  #onMutations(records: MutationRecord[]) {
    const own = this.renderRoot as Node | undefined;
    const fromPage = records.some((record) =>
      record.target === this
        ? record.type === 'childList'
        : !(own && own !== this && own.contains(record.target)),
    );
    if (fromPage) this.#readChildOptions();
  }

  /** Reads the `<option>` children (they stay where they are, hidden by the element's styles). */
  #readChildOptions() {
    const elements = [...this.children].filter((child) => child.localName === 'option');
    const { options, selected } = readChildOptions(elements);
    const oldDefault = this.#defaultValue;
    const selectedChanged = selected !== this.#childSelected;
    this.#childSelected = selected;
    if (!sameOptions(options, this.#childOptions)) {
      this.#childOptions = options;
      this.#childrenChanged = true;
      this.requestUpdate();
    }
    // While the field holds its default value, a new `<option selected>` is the new default.
    const newDefault = this.#defaultValue;
    if (
      selectedChanged &&
      this.#initialized &&
      newDefault !== oldDefault &&
      this.#model.value === oldDefault &&
      this.#model.committed === oldDefault
    ) {
      this.#model.reset(newDefault);
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('options') || this.#childrenChanged || !this.hasUpdated) {
      this.#childrenChanged = false;
      const raw: unknown = this.options;
      const options = toOptions(raw);
      if (DEV && (!Array.isArray(raw) || options.length !== raw.length))
        warnOnce(
          this.localName,
          'bad-options',
          'options contient des entrées sans value ni label : elles sont ignorées. Format attendu : { value, label, description? }[].',
        );
      this.#staticOptions = combineOptions(options, this.#childOptions);
      this.#model.relabel(this.#lookup);
      // The list shown follows the options.
      if (!this.#usesSource && this.#resultsFor !== null)
        this.#showResults(filterOptions(this.#staticOptions, this.#model.text));
    }
    if (this.#model.assigned) this.#applyAssigned();
    if (this.#adopted) {
      this.#adopted = false;
      // Typed before scripts ran: an option's label, typed in full, is that option.
      if (!this.#usesSource) this.#model.acceptExact(this.#staticOptions);
    }
    if (changed.has('freeText')) this.#model.freeTextChanged();
    if (this.isDisabled) this.#close();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // Browsers don't scroll to an aria-activedescendant as they do to focus.
    if (this.activeIndex !== this.#scrolledTo && this.activeIndex >= 0)
      this.querySelector(`#${this.#optionId(this.activeIndex)}`)?.scrollIntoView({ block: 'nearest' });
    this.#scrolledTo = this.activeIndex;
    if (this.#unreported && this.#isOpen && !this.loading) {
      this.#unreported = false;
      this.dispatchEvent(
        new CustomEvent<ComboboxResultsDetail>('gouv-results', {
          bubbles: true,
          composed: true,
          detail: { query: this.#resultsFor ?? '', count: this.results.length, failed: this.loadFailed },
        }),
      );
    }
  }

  protected override afterReset() {
    this.#close();
    this.results = [];
    this.#resultsFor = null;
    this.#model.reset(this.#defaultValue);
    this.requestUpdate();
  }

  override formDisabledCallback(disabled: boolean) {
    super.formDisabledCallback(disabled);
    if (disabled) this.#close();
  }

  /** The browser restores the field (back/forward navigation, autocomplete). */
  formStateRestoreCallback(state: unknown) {
    if (this.#model.restore(state) === 'ignored') return;
    this.requestUpdate();
    this.#syncFormValue();
  }

  // ── value ───────────────────────────────────────────────────────────────────────────────

  /** Gives the form the value at once, so a `change` listener reading the form's data gets it. */
  #syncFormValue() {
    if (!this.isDisabled) this.internals.setFormValue(...this.formValue());
  }

  /** Shows the label of the value set by script, attribute, reset or restore. */
  #applyAssigned() {
    this.#resolveController?.abort();
    this.#resolveController = undefined;
    // No source is loaded on the server: the value shows as is there.
    if (this.#model.applyAssigned(this.#lookup) === 'resolve' && !isServer)
      this.#resolving = this.#resolve(this.#model.value);
  }

  async #resolve(value: string) {
    const controller = new AbortController();
    this.#resolveController = controller;
    // Dropped (a newer value, disconnected): done at once, whatever the source does.
    const dropped = new Promise<null>((resolve) =>
      controller.signal.addEventListener('abort', () => resolve(null), { once: true }),
    );
    try {
      const source = await Promise.race([sourceFunction(this.#activeSource), dropped]);
      const option = source?.resolve
        ? await Promise.race([source.resolve(value, controller.signal), dropped])
        : null;
      if (controller.signal.aborted) return;
      const [found] = toOptions(option ? [option] : []);
      if (this.#model.resolved(value, found ?? null)) {
        this.requestUpdate();
        this.#syncFormValue();
      }
    } catch {
      // The value stays, shown as is.
    }
  }

  /** The user chose `option`: the field shows its label, the form gets its value; `input`, then `change`. */
  #choose(option: ComboboxOption) {
    const changed = this.#model.choose(option);
    this.requestUpdate();
    this.#syncFormValue();
    this.#close();
    if (changed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.#commit();
  }

  /** Fires `change` when the value differs from the last one reported. */
  #commit() {
    if (this.#model.commit()) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** A strict field whose text is exactly one listed label takes that option. */
  #acceptExact() {
    if (this.#model.selected || this.#resultsFor !== this.#model.text) return;
    const before = this.#model.value;
    const option = this.#model.acceptExact(this.results);
    if (option && option.value !== before) {
      this.requestUpdate();
      this.#syncFormValue();
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }

  // ── searching ───────────────────────────────────────────────────────────────────────────

  /**
   * Looks for the suggestions of `query`. On an answer: the list opens (`open`, or when the
   * query is not empty), and visual focus goes to the first or last option (`move`).
   */
  #searchFor(query: string, { move = null, open = false }: { move?: Move; open?: boolean } = {}) {
    this.#pendingMove = move;
    this.activeIndex = -1;
    this.loadFailed = false;
    if (open || query.trim()) this.expanded = true;
    else this.#close();
    if (!this.#usesSource) {
      // Filtered at once.
      this.#search.run(query, () => filterOptions(this.#staticOptions, query));
      return;
    }
    if (!query.trim()) {
      this.#search.run(query, () => []);
      return;
    }
    this.loading = true;
    this.#search.run(query, (q, signal) => this.#ask(q, signal), { debounce: this.debounce });
  }

  async #ask(query: string, signal: AbortSignal): Promise<readonly ComboboxOption[]> {
    const source = await sourceFunction(this.#activeSource);
    if (!source) {
      if (DEV && !this.search && this.source)
        warnOnce(
          this.localName,
          `unknown-source-${this.source}`,
          `source="${this.source}" n’est pas enregistrée (sources connues : ${comboboxSourceNames().join(', ') || 'aucune'}).`,
        );
      return [];
    }
    signal.throwIfAborted();
    const found: unknown = await source(query, signal);
    if (!Array.isArray(found)) throw new TypeError('gouv-combobox: a source must resolve to an array');
    return toOptions(found);
  }

  /** The latest search answered (or failed). */
  #settled(outcome: SearchOutcome<readonly ComboboxOption[]>) {
    this.loading = false;
    this.#resultsFor = outcome.query;
    const move = this.#pendingMove;
    this.#pendingMove = null;
    if (outcome.ok) {
      this.loadFailed = false;
      this.#showResults(outcome.results);
      this.activeIndex = openIndex(move, outcome.results.length);
    } else {
      this.loadFailed = true;
      this.#showResults([]);
      console.warn('[gouvkit] <gouv-combobox> la source a échoué :', outcome.error);
    }
    this.#announceSoon();
  }

  #showResults(results: readonly ComboboxOption[]) {
    this.results = results;
    this.activeIndex = -1;
    this.#unreported = true;
  }

  /** Stops the search under way, if any: its answer will be dropped. */
  #cancel() {
    this.#search.cancel();
    this.loading = false;
  }

  /** Opens the list (searching first if the suggestions are not those of the text), then moves. */
  #open(move: Move) {
    const text = this.#model.text;
    if (this.loading && this.#search.pending === text) {
      // The answer is on its way: open, and move once it comes.
      this.expanded = true;
      this.#pendingMove = move;
    } else if (this.#resultsFor === text && !this.loadFailed) {
      this.expanded = true;
      this.activeIndex = openIndex(move, this.results.length);
      this.#announceSoon();
    } else this.#searchFor(text, { move, open: true });
  }

  #close() {
    if (this.loading) this.#cancel();
    this.expanded = false;
    this.activeIndex = -1;
    this.#pendingMove = null;
    this.#announcer.cancel();
    this.status = '';
  }

  /** The live count, once typing pauses: « 12 résultats disponibles », « Aucun résultat ». */
  #announceSoon() {
    this.#announcer.schedule(() => this.#statusText());
  }

  #statusText(): string {
    if (!this.#isOpen) return '';
    if (this.loadFailed) return this.#i18n.t('loadError');
    if (this.loading) return '';
    if (this.results.length) return this.#i18n.t('results', { count: this.results.length });
    return this.#i18n.t('noResults');
  }

  // ── events ──────────────────────────────────────────────────────────────────────────────

  #onInput(event: Event) {
    const text = (event.target as HTMLInputElement).value;
    this.#model.type(text);
    this.requestUpdate();
    // Before the event reaches the host: its listeners (Vue's `v-model`) read the new value.
    this.#syncFormValue();
    this.#searchFor(text);
  }

  #onKeyDown(event: KeyboardEvent) {
    if (this.isDisabled) return;
    const open = this.#isOpen;
    const outcome = keyAction(event, {
      open,
      current: this.#resultsFor === this.#model.text,
      active: open && this.results[this.activeIndex] !== undefined,
      hasText: this.#model.text !== '',
    });
    if (!outcome) return;
    if (outcome.preventDefault) event.preventDefault();
    this.#perform(outcome.action, event.target as HTMLInputElement);
  }

  #perform(action: ComboboxAction, input: HTMLInputElement) {
    switch (action.type) {
      case 'open':
        this.#open(action.move);
        break;
      case 'move':
        this.activeIndex = stepIndex(this.activeIndex, action.step, this.results.length);
        break;
      case 'close':
        this.#close();
        break;
      case 'choose': {
        const option = this.results[this.activeIndex];
        if (option) this.#choose(option);
        break;
      }
      case 'accept':
        this.#acceptExact();
        this.#close();
        this.#commit();
        break;
      case 'clear':
        // As if the text had been deleted: the input event goes the usual way.
        input.value = '';
        input.dispatchEvent(
          new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContent' }),
        );
        break;
      case 'caret':
        this.activeIndex = -1;
        break;
    }
  }

  #onFocus() {
    if (this.#usesSource)
      void sourceFunction(this.#activeSource).then(
        (source) => source?.preload?.(),
        () => {},
      );
  }

  #onClick() {
    if (this.isDisabled) return;
    if (this.#isOpen) this.#close();
    else this.#open(null);
  }

  #onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    this.#acceptExact();
    this.#close();
    this.#commit();
  };

  #onOptionClick(option: ComboboxOption) {
    this.#choose(option);
    this.input?.focus();
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────

  #message(): { text: string; error: boolean } | null {
    if (this.loadFailed) return { text: this.#i18n.t('loadError'), error: true };
    if (this.loading) return { text: this.#i18n.t('loading'), error: false };
    if (!this.results.length && this.#resultsFor?.trim())
      return { text: this.#i18n.t('noResults'), error: false };
    return null;
  }

  // The input is named by its <label for> (which the linter doesn't follow); options are
  // operated from the input's keyboard (aria-activedescendant), and clicked with the pointer.
  /* eslint-disable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
  override render() {
    const open = this.#isOpen;
    const listShown = open && this.results.length > 0;
    const active = listShown && this.activeIndex >= 0 ? this.#optionId(this.activeIndex) : undefined;
    const message = open ? this.#message() : null;
    const text = this.#model.text;
    // What the field shows before (and without) scripts, and what a native reset goes back to.
    this.#inputDefault ??= text;
    return html`<div class=${this.fieldClass}>
      ${this.renderLabel()} ${this.renderHint()}
      <div class="gouv-combobox__control${this.#usesSource ? '' : ' gouv-combobox__control--arrow'}">
        <input
          class="gouv-input gouv-combobox__input"
          id=${this.ids.control}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${listShown ? 'true' : 'false'}
          aria-controls=${this.#listId}
          aria-activedescendant=${ifDefined(active)}
          aria-describedby=${this.describedBy}
          aria-invalid=${this.controlAriaInvalid}
          aria-required=${this.required ? 'true' : nothing}
          autocomplete=${this.autocomplete}
          autocapitalize="off"
          spellcheck="false"
          placeholder=${ifDefined(this.placeholder)}
          name=${this.noScriptName()}
          value=${this.#inputDefault}
          ?disabled=${this.isDisabled}
          .value=${live(text)}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @click=${this.#onClick}
          @focus=${this.#onFocus}
          @change=${(event: Event) => event.stopPropagation()}
        />
        ${this.#usesSource ? nothing : icon(arrowDownSLine, 'gouv-icon gouv-combobox__arrow')}
        <div
          class="gouv-combobox__popup"
          ?hidden=${!open}
          @pointerdown=${(event: Event) => event.preventDefault()}
        >
          ${
            message
              ? html`<p
                  class="gouv-combobox__message${message.error ? ' gouv-combobox__message--error' : ''}"
                >
                  ${message.text}
                </p>`
              : nothing
          }
          <ul
            class="gouv-combobox__list"
            role="listbox"
            id=${this.#listId}
            aria-label=${this.label}
            ?hidden=${!listShown}
            aria-busy=${this.loading ? 'true' : nothing}
          >
            ${this.results.map(
              (option, index) =>
                html`<li
                  class="gouv-combobox__option"
                  role="option"
                  id=${this.#optionId(index)}
                  aria-selected=${index === this.activeIndex ? 'true' : 'false'}
                  @click=${() => this.#onOptionClick(option)}
                >
                  <span class="gouv-combobox__label">${option.label}</span>
                  ${
                    option.description
                      ? html`<span class="gouv-combobox__description">${option.description}</span>`
                      : nothing
                  }
                </li>`,
            )}
          </ul>
        </div>
      </div>
      <div class="gouv-visually-hidden" role="status">${this.status}</div>
      ${this.renderError()}
    </div>`;
  }
  /* eslint-enable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
}
