import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { I18nController, icon, warnOnce, type Message } from '@gouvkit/core';
import { arrowDownSLine } from '@gouvkit/icons';
import { GouvFieldElement, type FieldStrings } from '../shared/field-element.js';
import { groupOptions, normalizeOptions, type SelectItem, type SelectOption } from './options.js';
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
 * `options` property, or from `<option>` and `<optgroup>` elements written inside the element
 * (read, then removed: the element renders its own list), so a plain HTML page works:
 *
 * ```html
 * <gouv-select label="Région" name="region">
 *   <option value="11">Île-de-France</option>
 *   <option value="84">Auvergne-Rhône-Alpes</option>
 * </gouv-select>
 * ```
 *
 * @tag gouv-select
 * @summary Liste déroulante : un choix parmi une liste d’options, éventuellement groupées.
 *
 * @slot - `<option>` and `<optgroup>` elements, read when they are added, then removed.
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
   * under one `<optgroup>`. Options written as child elements are added to this list.
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
  #defaultValue = '';
  #items: SelectItem[] = [];
  #values = new Set<string>();
  #observer: MutationObserver | undefined;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasUpdated) this.#defaultValue = this.getAttribute('value') ?? '';
    this.#adoptChildOptions();
    // Children parsed after the element was defined (a script before the markup), or added
    // later by a script, are taken in the same way.
    this.#observer ??= new MutationObserver(() => this.#adoptChildOptions());
    this.#observer.observe(this, { childList: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** The native select. */
  get select(): HTMLSelectElement | null {
    return this.querySelector(`#${this.ids.control}`);
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
    if (changed.has('options')) {
      const raw: unknown = this.options;
      const options = normalizeOptions(raw);
      if (!Array.isArray(raw) || options.length !== raw.length)
        warnOnce(
          this.localName,
          'bad-options',
          'options contient des entrées sans value ni label : elles sont ignorées. Format attendu : { value, label, disabled?, group? }[].',
        );
      this.#items = groupOptions(options);
      this.#values = new Set(options.map((option) => option.value));
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>) {
    // Options render after the select's own bindings: choose the value once they exist.
    this.#applyValue();
    super.updated(changed);
    if (this.value && this.#values.size && !this.#values.has(this.value))
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

  /**
   * Turns the `<option>`/`<optgroup>` children an author wrote into `options`, and removes
   * them: the element renders its own select. A first `<option value="">` gives the placeholder,
   * an option with `selected` the default value.
   */
  #adoptChildOptions() {
    const children = [...this.children].filter(
      (child): child is HTMLOptionElement | HTMLOptGroupElement =>
        child instanceof HTMLOptionElement || child instanceof HTMLOptGroupElement,
    );
    if (!children.length) return;
    const adopted: SelectOption[] = [];
    let selected: string | undefined;
    const take = (option: HTMLOptionElement, group?: HTMLOptGroupElement) => {
      if (option.value === '' && !group && !adopted.length && !this.options.length) {
        if (this.placeholder === undefined && option.label) this.placeholder = option.label;
        return;
      }
      const entry: SelectOption = { value: option.value, label: option.label };
      if (option.disabled || group?.disabled) entry.disabled = true;
      if (group?.label) entry.group = group.label;
      if (option.defaultSelected) selected = option.value;
      adopted.push(entry);
    };
    for (const child of children) {
      if (child instanceof HTMLOptGroupElement)
        for (const option of child.querySelectorAll('option')) take(option, child);
      else take(child);
      child.remove();
    }
    this.options = [...(Array.isArray(this.options) ? this.options : []), ...adopted];
    if (selected !== undefined && !this.hasAttribute('value') && this.value === '') {
      this.#defaultValue = selected;
      this.value = selected;
    }
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
    const placeholder = this.placeholder || this.#selectI18n.t('placeholder');
    return html`<div class=${this.fieldClass}>
      ${this.renderLabel()} ${this.renderHint()}
      <div class="gouv-select-wrapper">
        <select
          class="gouv-select"
          id=${this.ids.control}
          name=${this.name || nothing}
          ?required=${this.required}
          ?disabled=${this.disabled}
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
