import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEV, I18nController, icon, warnOnce, type Message } from '@gouvkit/core';
import { arrowDownSLine } from '@gouvkit/icons';
import { GouvFieldElement, type FieldStrings } from '../shared/field-element.js';
import {
  groupOptions,
  normalizeOptions,
  readChildOptions,
  type ChildOptions,
  type SelectItem,
  type SelectOption,
} from './options.js';
import { selectStrings, type SelectStringKey } from './select.strings.js';
import { selectStyles } from './select.styles.js';

export type { SelectOption } from './options.js';

/**
 * A drop-down list, in the style of DSFR's « Liste déroulante »: a native `<select>` with its
 * label, hint and error message in the light DOM, so it is submitted, reset, autofilled and
 * used with the keyboard (arrows, type-ahead) and on mobile as the platform's own list.
 *
 * It starts on a placeholder, « Sélectionner une option », that can't be chosen: with
 * `required`, the form won't submit until a real option is chosen. The options come from the
 * `options` property, or from `<option>` and `<optgroup>` elements written inside the element,
 * so a plain HTML page works. Those are read as data and left where they are, hidden: a
 * framework that renders them can add, remove and reorder them, and the list follows.
 *
 * ```html
 * <gouv-select label="Région" name="region">
 *   <option value="11">Île-de-France</option>
 *   <option value="84">Auvergne-Rhône-Alpes</option>
 * </gouv-select>
 * ```
 *
 * Server-rendered, only the `options` property reaches the server (children are not the
 * element's): give options as data to get a select that works without JavaScript.
 *
 * @tag gouv-select
 * @summary Liste déroulante : un choix parmi une liste d’options, éventuellement groupées.
 *
 * @slot - `<option>` and `<optgroup>` elements: read as the options (after those of `options`), observed, never moved.
 *
 * @fires {Event} input - The native event, when an option is chosen (it bubbles from the select).
 * @fires {Event} change - The native event, at the same time as `input`.
 *
 * @cssprop --gouv-color-background-contrast - Background of the field.
 * @cssprop --gouv-color-border-plain - The underline of the field.
 * @cssprop --gouv-color-text-error - The error message and the error bar.
 */
export class GouvSelect extends GouvFieldElement {
  static override lightStyles = [...GouvFieldElement.lightStyles, selectStyles];

  /**
   * The value of the chosen option ('' for none). The `value` attribute, or the option written
   * with `selected`, is also the value a form reset goes back to. A value no option has yet
   * (options loaded later) is kept, and chosen when its option comes.
   */
  @property() value = '';

  /**
   * The options: `{ value, label, disabled?, group? }`; options of the same `group` are shown
   * under one `<optgroup>`. Options written as child elements come after these.
   */
  @property({ attribute: false }) options: SelectOption[] = [];

  /** The text shown while nothing is chosen (« Sélectionner une option » by default). */
  @property() placeholder?: string;

  /** The autofill token (`country-name`, `sex`…), for personal data (RGAA 11.13). */
  @property() autocomplete?: AutoFill;

  /** Per-instance strings: constraint messages, and `placeholder`. */
  @property({ attribute: false }) override strings: FieldStrings & Partial<Record<SelectStringKey, Message>> =
    {};

  readonly #selectI18n = new I18nController<SelectStringKey>(this, selectStrings);
  #items: SelectItem[] = [];
  #values = new Set<string>();
  /** What the child `<option>` elements say, read again whenever they change. */
  #children: ChildOptions = { options: [], placeholder: undefined, selected: undefined };
  #observer: MutationObserver | undefined;

  override connectedCallback() {
    super.connectedCallback();
    // Children parsed after the element was defined (a script before the markup), or added,
    // removed, reordered or edited later by a script or a framework, are read again.
    this.#observer ??= new MutationObserver(() => this.#readChildOptions());
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    this.#readChildOptions();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** The `value` attribute, else the child option written `selected`: what a form reset goes back to. */
  get #defaultValue(): string {
    return this.getAttribute('value') ?? this.#children.selected ?? '';
  }

  /** What the user chose in the server's select before scripts ran. */
  protected override adoptServerState() {
    // An empty value is the placeholder: a value whose option comes later stays.
    const select = this.select;
    if (select?.value && select.value !== this.#defaultValue) this.value = select.value;
  }

  /** The native select. */
  get select(): HTMLSelectElement | null {
    return this.query(`#${this.ids.control}`);
  }

  protected get controls() {
    const select = this.select;
    return select ? [select] : [];
  }

  /** The value the select holds now, which is the one submitted. */
  protected get fieldValue() {
    return this.select?.value ?? this.value;
  }

  protected override syncControls() {
    this.#applyValue();
  }

  protected override afterReset() {
    this.value = this.select?.value ?? this.#defaultValue;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const raw: unknown = this.options;
    const own = normalizeOptions(raw);
    if (DEV && changed.has('options') && (!Array.isArray(raw) || own.length !== raw.length))
      warnOnce(
        this.localName,
        'bad-options',
        'options contient des entrées sans value ni label : elles sont ignorées. Format attendu : { value, label, disabled?, group? }[].',
      );
    // Hydrating server markup: the server could not see the child options, render as it did.
    const options = this.hydrating ? own : [...own, ...this.#children.options];
    this.#items = groupOptions(options);
    this.#values = new Set(options.map((option) => option.value));
    if (!this.hasUpdated && !this.hasAttribute('value') && this.value === '' && this.#children.selected)
      this.value = this.#children.selected;
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>) {
    // Options render after the select's own bindings: choose the value once they exist.
    this.#applyValue();
    super.updated(changed);
    if (DEV && this.value && this.#values.size && !this.#values.has(this.value))
      warnOnce(
        this.localName,
        `unknown-value-${this.value}`,
        `value="${this.value}" ne correspond à aucune option : rien n’est choisi.`,
      );
  }

  /** Puts `value` on the select; the placeholder when no option has it. */
  #applyValue() {
    const select = this.select;
    if (!select) return;
    if (select.value !== this.value) select.value = this.value;
    if (select.selectedIndex === -1) select.selectedIndex = 0;
  }

  /** Reads the child `<option>`/`<optgroup>` elements as data; they stay where they are. */
  #readChildOptions() {
    const read = readChildOptions(this.children);
    if (JSON.stringify(read) === JSON.stringify(this.#children)) return;
    this.#children = read;
    this.requestUpdate();
  }

  #onChange(event: Event) {
    this.value = (event.target as HTMLSelectElement).value;
  }

  #renderOption(option: SelectOption) {
    return html`<option
      value=${option.value}
      ?disabled=${option.disabled === true}
      ?selected=${option.value === this.#defaultValue}
    >
      ${option.label}
    </option>`;
  }

  override render() {
    const placeholder = this.placeholder || this.#children.placeholder || this.#selectI18n.t('placeholder');
    return html`<div class=${this.fieldClass}>
      ${this.renderLabel()} ${this.renderHint()}
      <div class="gouv-select-wrapper">
        <select
          class="gouv-select"
          id=${this.ids.control}
          name=${this.name || nothing}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          autocomplete=${ifDefined(this.autocomplete)}
          aria-describedby=${this.describedBy}
          aria-invalid=${this.controlAriaInvalid}
          @input=${this.#onChange}
          @change=${this.#onChange}
        >
          <option value="" disabled hidden ?selected=${this.#defaultValue === ''}>${placeholder}</option>
          ${this.#items.map((item) =>
            item.kind === 'group'
              ? html`<optgroup label=${item.label}>
                  ${item.options.map((option) => this.#renderOption(option))}
                </optgroup>`
              : this.#renderOption(item.option),
          )}
        </select>
        ${icon(arrowDownSLine, 'gouv-icon gouv-select-arrow')}
      </div>
      ${this.renderError()}
    </div>`;
  }
}
