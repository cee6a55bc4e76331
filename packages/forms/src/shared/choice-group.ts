import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DEV, baseStyles, icon, visuallyHiddenStyles, warnOnce, type LightPartTemplate } from '@gouvkit/core';
import { checkLine } from '@gouvkit/icons';
import { GouvChoiceField } from './choice-field.js';
import { choiceStyles } from './choice.styles.js';
import { describeTrigger, refreshReveals } from './reveal-registry.js';
import { fieldStyles } from './field.styles.js';
import { normalizeOptions, optionFromElement, type ChoiceOption } from './choice-options.js';
import { optionSlot, revealSlot } from './choice-slots.js';

const groupStyles = css`
  :host {
    display: block;
  }
  /* The rows are the element's own light DOM, slotted: slots lay them out as children. */
  .gouv-choices--tile.gouv-choices--inline ::slotted([data-gouv-part]) {
    flex: 1 1 16rem;
  }
  .gouv-choice-fieldset--disabled > .gouv-legend {
    color: var(--gouv-color-text-disabled);
  }
`;

/**
 * The base of `gouv-radio-group` and `gouv-checkbox-group`: a `<fieldset>` whose `<legend>` is
 * the question, its hint and error, and one native control per option, all sharing the group's
 * `name`.
 *
 * The `<fieldset>`, legend, hint and error are in the element's shadow root. Each option is a
 * row of the element's own in its light DOM (a native input and its label, which must be in the
 * page's form and tree), shown in a slot of the fieldset. The page's children are never moved:
 *
 * - `<option>` children (plain HTML) are read as the options when `options` is empty, left in
 *   place, hidden, and observed: a framework can add, remove and reorder them;
 * - a `<gouv-conditional-reveal when="value">` child goes to the slot right after the option of
 *   that value (it assigns itself), so its content follows the choice that reveals it.
 */
export abstract class GouvChoiceGroup extends GouvChoiceField {
  static override lightDom = false;
  static override styles = [baseStyles, visuallyHiddenStyles, fieldStyles, choiceStyles, groupStyles];
  static override lightStyles = [visuallyHiddenStyles, fieldStyles, choiceStyles];

  /** The choices: `{ value, label, hint?, disabled?, checked?, image? }[]`. */
  @property({ attribute: false }) options: ChoiceOption[] = [];

  /** Lays the options side by side (short labels only, two or three options). */
  @property({ type: Boolean, reflect: true }) inline = false;

  /** The options as rendered: the usable ones, values unique. */
  protected choices: ChoiceOption[] = [];

  /** `radio` or `checkbox`. */
  protected abstract readonly inputType: 'radio' | 'checkbox';

  /** Whether the option of this value is checked now. */
  protected abstract isChecked(value: string): boolean;

  /** Whether the option of this value is checked after a form reset. */
  protected abstract isDefault(value: string): boolean;

  /** Takes the checked state from the native controls, after the user changed it. */
  protected abstract readControls(): void;

  /** The options the page wrote as `<option>` children, read again whenever they change. */
  #childOptions: ChoiceOption[] = [];
  #observer: MutationObserver | undefined;

  override connectedCallback() {
    super.connectedCallback();
    this.#observer ??= new MutationObserver(() => this.#readChildren());
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    this.#readChildren();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #readChildren() {
    const options = [...this.children]
      .filter((child) => child.localName === 'option')
      .map((option) => optionFromElement(option));
    if (JSON.stringify(options) === JSON.stringify(this.#childOptions)) return;
    this.#childOptions = options;
    this.requestUpdate();
  }

  /** The native controls, one per option, in their order (those of the element's own rows only). */
  get inputs(): HTMLInputElement[] {
    return this.queryAll<HTMLInputElement>(
      `:scope > [data-gouv-part] input.gouv-choice__input[type="${this.inputType}"]`,
    );
  }

  protected get controls() {
    return this.inputs;
  }

  protected override syncControls() {
    for (const input of this.inputs) {
      const checked = this.isChecked(input.value);
      if (input.checked !== checked) input.checked = checked;
    }
  }

  /** What the user chose in the server's rows before scripts ran. */
  protected override adoptServerState() {
    if (this.inputs.length) this.readControls();
  }

  /** Focuses the checked option, or the first one that can be. */
  override focus(options?: FocusOptions) {
    const enabled = this.inputs.filter((input) => !input.disabled);
    (enabled.find((input) => input.checked) ?? enabled[0])?.focus(options);
  }

  /**
   * Called when the options change, before validation: `first` on the first render. The group
   * takes its initial and reset state from the options marked `checked` (`<option selected>`).
   */
  protected abstract choicesChanged(first: boolean): void;

  #source: unknown;

  protected override willUpdate(changed: PropertyValues<this>) {
    // Hydrating server markup: the server could not see the `<option>` children.
    const own = Array.isArray(this.options) && this.options.length;
    const source: unknown = own || this.hydrating ? this.options : this.#childOptions;
    if (source !== this.#source || changed.has('options')) {
      this.#source = source;
      const { options, problems } = normalizeOptions(source);
      const before = JSON.stringify(this.choices);
      this.choices = options;
      if (DEV) for (const problem of problems) warnOnce(this.localName, `options-${problem}`, problem);
      if (!this.hasUpdated || JSON.stringify(options) !== before) this.choicesChanged(!this.hasUpdated);
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (DEV && !this.choices.length && !this.#childOptions.length)
      warnOnce(
        this.localName,
        'no-options',
        'n’a aucune option : donnez-lui des <option> ou la propriété options.',
      );
    refreshReveals();
    for (const input of this.inputs) describeTrigger(input);
  }

  #onToggle = () => this.readControls();

  protected optionId(index: number): string {
    return index === 0 ? this.ids.control : `${this.ids.control}-${index}`;
  }

  /** Extra content of an option, after its text (the tile's image). */
  protected renderOptionExtra(_choice: ChoiceOption): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Extra classes of each option's box (`gouv-choice--tile`). */
  protected get choiceClass(): string {
    return 'gouv-choice';
  }

  /** Extra classes of the options' list. */
  protected get choicesClass(): string {
    return this.inline ? 'gouv-choices gouv-choices--inline' : 'gouv-choices';
  }

  /** Whether the native `required` goes on the controls now. */
  protected get controlsRequired(): boolean {
    return this.required;
  }

  /** The name shared by the controls. */
  protected get controlName(): string | typeof nothing {
    return this.name || nothing;
  }

  /** The fieldset's role: `radiogroup` for radios, which can say « required » itself. */
  protected get groupRole(): 'radiogroup' | typeof nothing {
    return nothing;
  }

  #renderRow(choice: ChoiceOption, index: number) {
    const id = this.optionId(index);
    const hintId = `${id}-hint`;
    const item = this.showError ? 'gouv-choice-item gouv-choice-item--error' : 'gouv-choice-item';
    return html`<div class=${item}>
      <div class=${this.choiceClass}>
        <input
          class="gouv-choice__input"
          type=${this.inputType}
          id=${id}
          name=${this.controlName}
          value=${choice.value}
          ?checked=${this.isDefault(choice.value)}
          ?required=${this.controlsRequired}
          ?disabled=${this.isDisabled || !!choice.disabled}
          aria-describedby=${choice.hint ? hintId : nothing}
          aria-invalid=${this.controlAriaInvalid}
          @input=${this.#onToggle}
          @change=${this.#onToggle}
        />${
          this.inputType === 'checkbox'
            ? html`<span class="gouv-choice__mark" aria-hidden="true">${icon(checkLine)}</span>`
            : nothing
        }
        <div class="gouv-choice__body">
          <label class="gouv-choice__label" for=${id}>${choice.label}</label>
          ${choice.hint ? html`<p class="gouv-hint gouv-choice__hint" id=${hintId}>${choice.hint}</p>` : nothing}
        </div>
        ${this.renderOptionExtra(choice)}
      </div>
    </div>`;
  }

  /** One row of the element's own per option, in the light DOM, each in its slot. */
  protected override renderLightParts(): LightPartTemplate[] {
    return this.choices.map((choice, index) => ({
      name: optionSlot(choice.value),
      slot: optionSlot(choice.value),
      template: this.#renderRow(choice, index),
    }));
  }

  override render() {
    const fieldset = this.isDisabled
      ? 'gouv-choice-fieldset gouv-choice-fieldset--disabled'
      : 'gouv-choice-fieldset';
    return html`<div class=${this.fieldClass}>
      <fieldset
        class=${fieldset}
        ?disabled=${this.isDisabled}
        role=${this.groupRole}
        aria-required=${this.groupRole !== nothing && this.required ? 'true' : nothing}
        aria-describedby=${this.describedBy}
      >
        ${this.renderLegend()} ${this.renderHint()}
        <div class=${this.choicesClass}>
          ${this.choices.map(
            (choice) =>
              html`<slot name=${optionSlot(choice.value)}></slot
                ><slot name=${revealSlot(choice.value)}></slot>`,
          )}
        </div>
        ${this.renderError()}
      </fieldset>
      <slot></slot>
    </div>`;
  }
}
