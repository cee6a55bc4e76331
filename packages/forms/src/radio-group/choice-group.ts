import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { icon, warnOnce } from '@gouvkit/core';
import { checkLine } from '@gouvkit/icons';
import { GouvChoiceField } from '../checkbox/choice-field.js';
import { choiceStyles } from '../checkbox/choice.styles.js';
import { refreshReveals } from '../conditional-reveal/reveal-registry.js';
import { GouvFieldElement } from '../shared/field-element.js';
import { normalizeOptions, optionFromElement, type ChoiceOption } from './options.js';

const REVEAL_TAG = 'gouv-conditional-reveal';

/**
 * The base of `gouv-radio-group` and `gouv-checkbox-group`: a `<fieldset>` whose `<legend>` is
 * the question, its hint and error, and one native control per option, all sharing the group's
 * `name`, in the light DOM. The options come from the `options` property or, in plain HTML,
 * from child `<option>` elements, read once when the element connects and then removed, since
 * the element renders its own content.
 *
 * A `<gouv-conditional-reveal when="value">` child is moved right after the option of that
 * value, so its content follows the choice that reveals it in reading order.
 */
export abstract class GouvChoiceGroup extends GouvChoiceField {
  static override lightStyles = [...GouvFieldElement.lightStyles, choiceStyles];

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

  #reveals = new Set<Element>();
  #observer?: MutationObserver;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasUpdated) {
      const children = [...this.children];
      const optionElements = children.filter((child) => child.localName === 'option');
      if (optionElements.length && !this.options.length)
        this.options = optionElements.map((option) => optionFromElement(option));
      optionElements.forEach((option) => option.remove());
      for (const child of children) if (child.localName === REVEAL_TAG) this.#reveals.add(child);
    }
    this.#observer ??= new MutationObserver((records) => {
      let added = false;
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element && node.localName === REVEAL_TAG && node.parentNode === this) {
            this.#reveals.add(node);
            added = true;
          }
      if (added) this.#placeReveals();
    });
    this.#observer.observe(this, { childList: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** The native controls, one per option, in their order. */
  get inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input.gouv-choice__input[type="${this.inputType}"]`)];
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

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('options')) {
      const { options, problems } = normalizeOptions(this.options);
      this.choices = options;
      for (const problem of problems) warnOnce(this.localName, `options-${problem}`, problem);
      this.choicesChanged(!this.hasUpdated);
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (!this.choices.length)
      warnOnce(
        this.localName,
        'no-options',
        'n’a aucune option : donnez-lui des <option> ou la propriété options.',
      );
    this.#placeReveals();
    refreshReveals();
  }

  /** Puts each conditional reveal right after the option whose value it names. */
  #placeReveals() {
    if (!this.#reveals.size) return;
    const slots = [...this.querySelectorAll<HTMLElement>('.gouv-choice__conditional')];
    for (const reveal of this.#reveals) {
      const index = this.choices.findIndex((choice) => choice.value === reveal.getAttribute('when'));
      const slot = slots[index];
      if (slot && reveal.parentNode !== slot) slot.append(reveal);
    }
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

  #renderChoice(choice: ChoiceOption, index: number) {
    const id = this.optionId(index);
    const hintId = `${id}-hint`;
    return html`<div class="gouv-choice-item">
      <div class=${this.choiceClass}>
        <input
          class="gouv-choice__input"
          type=${this.inputType}
          id=${id}
          name=${this.controlName}
          value=${choice.value}
          ?checked=${this.isDefault(choice.value)}
          .checked=${live(this.isChecked(choice.value))}
          ?required=${this.controlsRequired}
          ?disabled=${this.disabled || !!choice.disabled}
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
      <div class="gouv-choice__conditional"></div>
    </div>`;
  }

  override render() {
    return html`<div class=${this.fieldClass}>
      <fieldset class="gouv-choice-fieldset" aria-describedby=${this.describedBy}>
        ${this.renderLegend()} ${this.renderHint()}
        <div class=${this.choicesClass}>
          ${this.choices.map((choice, index) => this.#renderChoice(choice, index))}
        </div>
        ${this.renderError()}
      </fieldset>
    </div>`;
  }
}
