import { property } from 'lit/decorators.js';
import { GouvChoiceGroup } from '../shared/choice-group.js';
import { checkboxGroupStrings } from './checkbox-group.strings.js';

/**
 * A question with any number of answers, in the style of DSFR's « Cases à cocher » in a
 * fieldset: a `<fieldset>` whose `<legend>` is the question, and one native
 * `<input type="checkbox">` per option sharing the group's `name`, all in the light DOM. Each
 * ticked box is submitted under that name (`FormData.getAll(name)`), reset and disabled with
 * the form.
 *
 * `required` means at least one box: native checkboxes can't say that, so while none is
 * ticked every box carries `required` (the form won't submit), and the message is
 * « Sélectionnez au moins une option ».
 *
 * Options come from child `<option>` elements (`value`, `disabled`, `selected`, `data-hint`)
 * or from the `options` property. A `<gouv-conditional-reveal when="value">` child shows extra
 * fields right after that option while it is ticked.
 *
 * @tag gouv-checkbox-group
 * @summary Cases à cocher : plusieurs réponses possibles à une question, en liste ou en ligne.
 *
 * @slot - `<option>` elements, read once as the options (then removed), and
 *   `<gouv-conditional-reveal when="…">` elements, moved after their option.
 *
 * @fires {Event} change - The native event, when a box is ticked or unticked (it bubbles from the box).
 * @fires {Event} input - The native event, at the same time as `change`.
 *
 * @cssprop --gouv-color-border-action-high - The border of each box.
 * @cssprop --gouv-color-background-action-high - A ticked box.
 * @cssprop --gouv-color-text-inverted - The tick.
 * @cssprop --gouv-color-text-error - The error message, labels and bar.
 */
export class GouvCheckboxGroup extends GouvChoiceGroup {
  protected static override valueMissingMessages = checkboxGroupStrings;
  protected readonly inputType = 'checkbox';

  /** The ticked values, in the options' order. Those at the first render are what a form reset goes back to. */
  @property({ attribute: false }) value: string[] = [];

  #defaultValue: string[] = [];

  /** The ticked values joined by commas: what `validators` receive. */
  protected get fieldValue() {
    return this.#values().join(',');
  }

  #values(): string[] {
    return Array.isArray(this.value) ? this.value.map(String) : [];
  }

  protected isChecked(value: string) {
    return this.#values().includes(value);
  }

  protected isDefault(value: string) {
    return this.#defaultValue.includes(value);
  }

  protected readControls() {
    this.value = this.inputs.filter((input) => input.checked).map((input) => input.value);
  }

  protected override afterReset() {
    this.value = [...this.#defaultValue];
  }

  protected choicesChanged(first: boolean) {
    const preset = this.choices.filter((choice) => choice.checked).map((choice) => choice.value);
    if (!preset.length) {
      if (first) this.#defaultValue = [...this.#values()];
      return;
    }
    const untouched =
      first || this.#values().length === 0 || this.#values().join('\n') === this.#defaultValue.join('\n');
    if (untouched) this.value = preset;
    this.#defaultValue = preset;
  }

  // Native checkboxes have no « at least one » rule: while none is ticked, each one is required.
  protected override get controlsRequired() {
    return this.required && !this.isDisabled && this.#values().length === 0;
  }

  protected override syncControls() {
    super.syncControls();
    // Before validation, which reads the native flags; the render that follows sets the same.
    const required = this.controlsRequired;
    for (const input of this.inputs) input.required = required;
  }
}
