import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { I18nController, icon, warnOnce, type Message } from '@gouvkit/core';
import { arrowDownSLine } from '@gouvkit/icons';
import { COMMUNE_NOT_IN_LIST } from '../communes/commune-messages.js';
import { GouvFieldElement, type FieldStrings } from '../shared/field-element.js';
import type { ComboboxOption, ComboboxSource } from './combobox-option.js';
import { comboboxStrings, type ComboboxStringKey } from './combobox.strings.js';
import { comboboxStyles } from './combobox.styles.js';
import { filterOptions, optionWithLabel, toOptions } from './filter-options.js';

export type { ComboboxOption, ComboboxSource } from './combobox-option.js';

/** The sources `source="…"` names, for plain HTML. */
export const COMBOBOX_SOURCES = ['communes'] as const;

let communes: Promise<ComboboxSource> | undefined;

/** The source a `source` attribute names; its code (and its data) load on first use. */
function namedSource(name: string): Promise<ComboboxSource> | undefined {
  if (name !== 'communes') return undefined;
  if (!communes) {
    communes = import('../communes/commune-source.js').then((module) => module.communeSource());
    communes.catch(() => (communes = undefined));
  }
  return communes;
}

type Move = 'first' | 'last' | null;

/**
 * A text field that suggests choices as you type, in a list: the WAI-ARIA « combobox with
 * listbox popup » (list autocomplete with manual selection). The field shows the chosen
 * option's label (« Lyon (69) ») and the form receives its value (the INSEE code `69123`).
 *
 * Suggestions come from `options` (a static list, or `<option>` elements written inside),
 * from an asynchronous `source` (`el.source = communeSource()`, or any function of the typed
 * text and an `AbortSignal`), or from `source="communes"`: the 34,969 French communes, loaded
 * on the first search in a chunk of their own.
 *
 * By default only a choice from the list is valid (« Sélectionnez une commune dans la liste »);
 * `free-text` accepts any text, which is then the value.
 *
 * @tag gouv-combobox
 * @summary Liste avec recherche : un champ qui propose des choix pendant la saisie (communes…).
 *
 * @slot - `<option>` elements (a static list), read when they are added, then removed.
 *
 * @fires change - When the value changes by the user: an option chosen, or the text changed and the field left.
 * @fires gouv-results - When suggestions are shown for a query; `detail: { query, count }`.
 *
 * @cssprop --gouv-color-background-contrast - Background of the field.
 * @cssprop --gouv-color-background-overlap - Background of the list.
 * @cssprop --gouv-shadow-overlap - Shadow of the list.
 * @cssprop --gouv-color-background-action-low - The option under visual focus.
 * @cssprop --gouv-color-border-plain - The underline of the field.
 * @cssprop --gouv-color-text-error - The error message and the error bar.
 */
export class GouvCombobox extends GouvFieldElement {
  static formAssociated = true;
  static override lightStyles = [...GouvFieldElement.lightStyles, comboboxStyles];

  /** How long the result count waits for typing to pause before it is announced, in ms. */
  static announceDelay = 500;

  /**
   * The submitted value: the chosen option's `value` (a commune's INSEE code), or the text in
   * `free-text` mode. Set by script or attribute, the field shows the option's label once known
   * (`options`, or the source's `resolve`). The `value` attribute is also the reset value.
   */
  @property()
  get value(): string {
    return this.#value;
  }
  set value(value: string) {
    this.#value = value ?? '';
    // Set by script or attribute, even to the same value: the field shows that value's label.
    this.#valueFromOutside = true;
    this.requestUpdate();
  }

  /** A static list of suggestions, `{ value, label, description? }[]`, filtered as you type. */
  @property({ attribute: false }) options: readonly ComboboxOption[] = [];

  /**
   * Where suggestions come from: `(query, signal) => Promise<ComboboxOption[]>`. A newer query
   * aborts the previous one; a rejection shows « La liste n’a pas pu être chargée ».
   */
  @property({ attribute: false }) source?: ComboboxSource;

  /** A built-in source, for plain HTML: `communes` (the French communes; the INSEE code is submitted). */
  @property({ attribute: 'source' }) sourceName?: string;

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

  /** What the field shows. */
  @state() private text = '';
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
  #value = '';
  #valueFromOutside = false;
  /** The chosen option; its value is `value` and its label the text, until the text is edited. */
  #selected: ComboboxOption | null = null;
  /** The selection stands for a value set by script whose label is not known yet. */
  #provisional = false;
  #defaultValue = '';
  /** The value at the last `change` event. */
  #committed = '';
  /** The query `results` answer; null when they answer none (never searched, or cancelled). */
  #resultsFor: string | null = null;
  /** Bumped by each search and each cancel: an answer of an older search is dropped. */
  #searchId = 0;
  #controller: AbortController | undefined;
  #resolveController: AbortController | undefined;
  #pendingMove: Move = null;
  /** The query the search under way is for. */
  #loadingFor: string | null = null;
  #debounceTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #flip = false;
  #observer: MutationObserver | undefined;
  #scrolledTo = -1;
  /** Results rendered but not reported by `gouv-results` yet. */
  #unreported = false;

  // ── validation ─────────────────────────────────────────────────────────────────────────

  /** Only a choice from the list is valid, unless `free-text`. */
  protected override elementCheck(): string {
    return !this.freeText && this.text.trim() !== '' && !this.#selected ? this.#notInListMessage() : '';
  }

  #notInListMessage(): string {
    if (this.strings.notInList) return this.#i18n.t('notInList');
    const own =
      this.source?.notInListMessage ?? (this.sourceName === 'communes' ? COMMUNE_NOT_IN_LIST : undefined);
    return own ? own[this.#i18n.lang] : this.#i18n.t('notInList');
  }

  // ── public API ──────────────────────────────────────────────────────────────────────────

  /** The native input (role combobox). */
  get input(): HTMLInputElement | null {
    return this.querySelector(`#${this.ids.control}`);
  }

  /** The chosen option (with its extra fields, such as a commune's `codesPostaux`), or null. */
  get selectedOption(): ComboboxOption | null {
    return this.#provisional ? null : this.#selected;
  }

  protected get controls() {
    const input = this.input;
    return input ? [input] : [];
  }

  /** What the checks run on: the value, or the text while no option is chosen. */
  protected get fieldValue() {
    return this.value || this.text;
  }

  get #listId() {
    return `${this.ids.control}-list`;
  }
  #optionId(index: number) {
    return `${this.ids.control}-option-${index}`;
  }

  get #usesSource(): boolean {
    return Boolean(this.source || this.sourceName);
  }

  /** The list is displayed: wanted open, with options or a message to show. */
  get #isOpen(): boolean {
    return (
      this.expanded &&
      !this.disabled &&
      (this.results.length > 0 || this.loading || this.loadFailed || Boolean(this.#resultsFor?.trim()))
    );
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasUpdated) this.#defaultValue = this.#committed = this.getAttribute('value') ?? '';
    this.#adoptChildOptions();
    this.#observer ??= new MutationObserver(() => this.#adoptChildOptions());
    this.#observer.observe(this, { childList: true });
    this.addEventListener('focusout', this.#onFocusOut);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.removeEventListener('focusout', this.#onFocusOut);
    this.#cancel();
    this.#resolveController?.abort();
    clearTimeout(this.#announceTimer);
  }

  /** `<option>` children become options (a static list written in HTML), then leave the DOM. */
  #adoptChildOptions() {
    const children = [...this.children].filter((c): c is HTMLOptionElement => c instanceof HTMLOptionElement);
    if (!children.length) return;
    const adopted = children.map((option) => ({
      value: option.value,
      label: option.label,
      description: option.dataset.description || undefined,
    }));
    // An option written `selected` is the value, and the reset value, unless `value` is set.
    const selected = children.find((option) => option.defaultSelected);
    if (selected && !this.hasUpdated && !this.hasAttribute('value')) {
      this.#defaultValue = this.#committed = selected.value;
      this.value = selected.value;
    }
    children.forEach((child) => child.remove());
    this.options = [...this.options, ...adopted];
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('options')) {
      const raw: unknown = this.options;
      const options = toOptions(raw);
      if (!Array.isArray(raw) || options.length !== raw.length) {
        warnOnce(
          this.localName,
          'bad-options',
          'options contient des entrées sans value ni label : elles sont ignorées. Format attendu : { value, label, description? }[].',
        );
        this.options = options;
      }
      if (this.#provisional) this.#applyValue(this.value);
      if (!this.#usesSource && this.#resultsFor !== null)
        this.#showResults(filterOptions(options, this.text));
    }
    if (this.#valueFromOutside) {
      this.#valueFromOutside = false;
      this.#applyValue(this.value);
    }
    if (changed.has('freeText') && !this.#selected) this.#setValue(this.freeText ? this.text : '');
    if (changed.has('disabled') && this.disabled) this.#close();
    if (
      changed.has('sourceName') &&
      this.sourceName &&
      !(COMBOBOX_SOURCES as readonly string[]).includes(this.sourceName)
    )
      warnOnce(
        this.localName,
        `unknown-source-${this.sourceName}`,
        `source="${this.sourceName}" n’existe pas (sources connues : ${COMBOBOX_SOURCES.join(', ')}).`,
      );
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#syncFormValue();
    // Browsers don't scroll to an aria-activedescendant as they do to focus.
    if (this.activeIndex !== this.#scrolledTo && this.activeIndex >= 0)
      this.querySelector(`#${this.#optionId(this.activeIndex)}`)?.scrollIntoView({ block: 'nearest' });
    this.#scrolledTo = this.activeIndex;
    if (this.#unreported && this.#isOpen && !this.loading) {
      this.#unreported = false;
      this.dispatchEvent(
        new CustomEvent('gouv-results', {
          bubbles: true,
          composed: true,
          detail: { query: this.#resultsFor ?? '', count: this.results.length },
        }),
      );
    }
  }

  protected override afterReset() {
    this.#close();
    this.results = [];
    this.#resultsFor = null;
    this.value = this.#defaultValue;
    this.#committed = this.#defaultValue;
  }

  formDisabledCallback(disabled: boolean) {
    if (disabled) this.#close();
  }

  /** The browser restores the field (back/forward navigation, autocomplete). */
  formStateRestoreCallback(state: unknown) {
    if (typeof state !== 'string') return;
    let saved: { v?: unknown; l?: unknown; t?: unknown };
    try {
      saved = JSON.parse(state) as typeof saved;
    } catch {
      return;
    }
    if (typeof saved.v !== 'string') return;
    this.#committed = saved.v;
    if (typeof saved.l !== 'string' && saved.v && !this.freeText) {
      // A value whose label wasn't known yet: look it up again.
      this.value = saved.v;
      return;
    }
    const label = typeof saved.l === 'string' ? saved.l : null;
    this.#selected = label !== null ? { value: saved.v, label } : null;
    this.#provisional = false;
    this.text = label ?? (typeof saved.t === 'string' ? saved.t : saved.v);
    this.#setValue(saved.v);
  }

  // ── value ───────────────────────────────────────────────────────────────────────────────

  /** Changes the value from inside (the user's choice or text): the text stays as it is. */
  #setValue(value: string) {
    const old = this.#value;
    this.#value = value;
    this.requestUpdate('value', old);
    // At once, so a `change` listener reading the form's data gets the new value.
    this.#syncFormValue();
  }

  /** Gives the form the value, and the browser what to restore (the label too). */
  #syncFormValue() {
    const saved = JSON.stringify({ v: this.value, l: this.selectedOption?.label ?? null, t: this.text });
    this.internals?.setFormValue(this.value, saved);
  }

  /** The value the field's state stands for: the choice's, the text in free-text mode, else none. */
  #expectedValue(): string {
    return this.#selected ? this.#selected.value : this.freeText ? this.text : '';
  }

  /** Shows the label of `value`, set by script, attribute or reset. */
  #applyValue(value: string) {
    this.#resolveController?.abort();
    const current = this.#selected?.value === value && !this.#provisional ? this.#selected : undefined;
    this.#provisional = false;
    if (!value) {
      this.#selected = null;
      this.text = '';
      return;
    }
    const known =
      current ??
      toOptions(this.options).find((o) => o.value === value) ??
      this.results.find((o) => o.value === value);
    if (known) {
      this.#selected = known;
      this.text = known.label;
      return;
    }
    if (this.freeText && !this.#usesSource) {
      this.#selected = null;
      this.text = value;
      return;
    }
    // Shown as is until the source tells its label.
    this.#selected = { value, label: value };
    this.#provisional = true;
    this.text = value;
    if (this.#usesSource) void this.#resolve(value);
  }

  async #resolve(value: string) {
    const controller = new AbortController();
    this.#resolveController = controller;
    try {
      const source = await this.#source();
      const option = source?.resolve ? await source.resolve(value, controller.signal) : null;
      if (controller.signal.aborted || !this.#provisional || this.value !== value) return;
      const [found] = toOptions(option ? [option] : []);
      if (!found) return;
      this.#selected = found;
      this.#provisional = false;
      this.text = found.label;
    } catch {
      // The value stays, shown as is.
    }
  }

  #choose(option: ComboboxOption) {
    this.#selected = option;
    this.#provisional = false;
    this.text = option.label;
    this.#setValue(option.value);
    this.#close();
    this.#commit();
  }

  /** Fires `change` when the value differs from the last one reported. */
  #commit() {
    if (this.value === this.#committed) return;
    this.#committed = this.value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ── searching ───────────────────────────────────────────────────────────────────────────

  async #source(): Promise<ComboboxSource | undefined> {
    if (this.source) return this.source;
    return this.sourceName ? namedSource(this.sourceName) : undefined;
  }

  /**
   * Looks for the suggestions of `query`. On an answer: the list opens (`open`, or when the
   * query is not empty), and visual focus goes to the first or last option (`move`).
   */
  #search(query: string, { move = null, open = false }: { move?: Move; open?: boolean } = {}) {
    this.#cancel();
    const id = this.#searchId;
    this.#pendingMove = move;
    this.activeIndex = -1;
    this.loadFailed = false;
    if (open || query.trim()) this.expanded = true;
    else this.#close();
    if (!this.#usesSource) {
      this.#settle(id, query, filterOptions(toOptions(this.options), query));
      return;
    }
    if (!query.trim()) {
      this.#settle(id, query, []);
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.loading = true;
    this.#loadingFor = query;
    const run = async () => {
      try {
        const source = await this.#source();
        const found: unknown = source ? await source(query, controller.signal) : [];
        if (id !== this.#searchId) return;
        if (!Array.isArray(found)) throw new TypeError('gouv-combobox: a source must resolve to an array');
        this.#settle(id, query, toOptions(found));
      } catch (error) {
        if (id !== this.#searchId) return; // aborted: a newer query runs
        this.loading = false;
        this.loadFailed = true;
        this.results = [];
        this.#resultsFor = query;
        this.#announceSoon();
        console.warn('[gouvkit] <gouv-combobox> la source a échoué :', error);
      }
    };
    if (this.debounce > 0) this.#debounceTimer = setTimeout(run, this.debounce);
    else void run();
  }

  #settle(id: number, query: string, results: ComboboxOption[]) {
    if (id !== this.#searchId) return;
    this.loading = false;
    this.#showResults(results);
    this.#resultsFor = query;
    const move = this.#pendingMove;
    this.#pendingMove = null;
    if (move && results.length) this.activeIndex = move === 'first' ? 0 : results.length - 1;
    this.#announceSoon();
  }

  #showResults(results: ComboboxOption[]) {
    this.results = results;
    this.activeIndex = -1;
    this.#unreported = true;
  }

  /** Stops the search under way, if any: its answer will be dropped. */
  #cancel() {
    this.#searchId++;
    this.#controller?.abort();
    this.#controller = undefined;
    clearTimeout(this.#debounceTimer);
    this.loading = false;
  }

  /** Opens the list (searching first if the suggestions are not those of the text), then moves. */
  #open(move: Move) {
    if (this.loading && this.#loadingFor === this.text) {
      // The answer is on its way: open, and move once it comes.
      this.expanded = true;
      this.#pendingMove = move;
    } else if (this.#resultsFor === this.text && !this.loadFailed) {
      this.expanded = true;
      if (move && this.results.length) this.activeIndex = move === 'first' ? 0 : this.results.length - 1;
      this.#announceSoon();
    } else this.#search(this.text, { move, open: true });
  }

  #close() {
    if (this.loading) this.#cancel();
    this.expanded = false;
    this.activeIndex = -1;
    this.#pendingMove = null;
    clearTimeout(this.#announceTimer);
    this.status = '';
  }

  #move(step: 1 | -1) {
    const count = this.results.length;
    if (!count) return;
    if (this.activeIndex < 0) this.activeIndex = step === 1 ? 0 : count - 1;
    else this.activeIndex = (this.activeIndex + step + count) % count;
  }

  /** The live count, once typing pauses: « 12 résultats disponibles », « Aucun résultat ». */
  #announceSoon() {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(
      () => {
        const text = this.#statusText();
        // A repeated text is changed (a no-break space comes and goes) so it is read again.
        this.#flip = !this.#flip;
        this.status = text ? `${text}${this.#flip ? '\u00a0' : ''}` : '';
      },
      (this.constructor as typeof GouvCombobox).announceDelay,
    );
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
    this.text = text;
    if (this.#selected && text !== this.#selected.label) {
      this.#selected = null;
      this.#provisional = false;
    }
    this.#setValue(this.#expectedValue());
    this.#search(text);
  }

  #onKeyDown(event: KeyboardEvent) {
    if (event.isComposing || this.disabled) return;
    const open = this.#isOpen;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) this.#open(null);
        else if (open && this.#resultsFor === this.text) this.#move(1);
        else this.#open('first');
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.#close();
        else if (open && this.#resultsFor === this.text) this.#move(-1);
        else this.#open('last');
        break;
      case 'Enter': {
        if (!open) break;
        // The list is open: Enter chooses or closes it, and doesn't submit the form.
        event.preventDefault();
        const option = this.results[this.activeIndex];
        if (option) this.#choose(option);
        else {
          this.#chooseExactLabel();
          this.#close();
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.#close();
        } else if (this.text) {
          // Second Escape: clears the field, as if the text had been deleted.
          event.preventDefault();
          const input = event.target as HTMLInputElement;
          input.value = '';
          input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContent' }));
        }
        break;
      case 'Tab': {
        // Leaving with an option under visual focus chooses it; otherwise the choice stays.
        const option = open ? this.results[this.activeIndex] : undefined;
        if (option) this.#choose(option);
        break;
      }
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text: visual focus goes back to the field.
        this.activeIndex = -1;
        break;
    }
  }

  /** A strict field whose text is exactly one listed label takes that option. */
  #chooseExactLabel() {
    if (this.#selected || !this.text.trim() || this.#resultsFor !== this.text) return;
    const option = optionWithLabel(this.results, this.text);
    if (option) this.#choose(option);
  }

  #onFocus() {
    if (this.#usesSource)
      void this.#source().then(
        (source) => source?.preload?.(),
        () => {},
      );
  }

  #onClick() {
    if (this.disabled) return;
    if (this.#isOpen) this.#close();
    else this.#open(null);
  }

  #onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    this.#chooseExactLabel();
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
          autocomplete=${this.autocomplete}
          autocapitalize="off"
          spellcheck="false"
          placeholder=${ifDefined(this.placeholder)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          .value=${live(this.text)}
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
