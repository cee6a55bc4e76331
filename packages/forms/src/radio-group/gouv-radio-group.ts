import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DEV, checkAllowedValue, warnOnce } from '@gouvkit/core';
import { GouvChoiceGroup } from '../shared/choice-group.js';
import type { ChoiceOption } from '../shared/choice-options.js';
import { radioGroupStrings } from './radio-group.strings.js';

export const RADIO_VARIANTS = ['default', 'tile'] as const;
export type RadioVariant = (typeof RADIO_VARIANTS)[number];

/**
 * A question with one answer among several, in the style of DSFR's « Bouton radio » and
 * « Bouton radio riche »: a `<fieldset>` whose `<legend>` is the question, and one native
 * `<input type="radio">` per option sharing the group's `name`, all in the light DOM. The
 * browser's own radio behaviour stays: Tab reaches the group once, the arrow keys move the
 * choice, the chosen value is submitted, reset and validated with the form.
 *
 * Options come from child `<option>` elements (`value`, `disabled`, `selected`, `data-hint`,
 * `data-image`) or from the `options` property. A `<gouv-conditional-reveal when="value">`
 * child shows extra fields right after that option while it is chosen.
 *
 * @tag gouv-radio-group
 * @summary Boutons radio : une réponse parmi plusieurs, en liste, en ligne ou en tuiles riches.
 *
 * @slot - `<option>` elements, read once as the options (then removed), and
 *   `<gouv-conditional-reveal when="…">` elements, moved after their option.
 *
 * @fires {Event} change - The native event, when the choice changes (it bubbles from the radio).
 * @fires {Event} input - The native event, at the same time as `change`.
 *
 * @cssprop --gouv-color-border-action-high - The circle of each radio, the border of a chosen tile.
 * @cssprop --gouv-color-background-action-high - The dot of the chosen radio.
 * @cssprop --gouv-color-border-default - The border of tiles.
 * @cssprop --gouv-color-text-error - The error message, labels and bar.
 */
export class GouvRadioGroup extends GouvChoiceGroup {
  protected static override valueMissingMessages = radioGroupStrings;
  protected readonly inputType = 'radio';

  /** The chosen value ('' when none). The `value` attribute is also the choice a form reset goes back to. */
  @property()
  get value(): string {
    return this.#value;
  }
  set value(value: string) {
    // A number or nothing from a script or a framework (`value={3}`) is text, as on a native control.
    this.#value = value == null ? '' : String(value);
  }
  #value = '';

  /** `default` (radios in a list) or `tile` (« radio riche »: a box per option, with an optional image). */
  @property({ reflect: true }) variant: RadioVariant = 'default';

  #defaultValue = '';

  protected get fieldValue() {
    return this.value;
  }

  protected isChecked(value: string) {
    return value === this.value;
  }

  protected isDefault(value: string) {
    return value === this.#defaultValue;
  }

  protected readControls() {
    this.value = this.inputs.find((input) => input.checked)?.value ?? '';
  }

  protected override afterReset() {
    this.value = this.#defaultValue;
  }

  protected choicesChanged(first: boolean) {
    const preset = this.choices.find((choice) => choice.checked)?.value;
    if (preset === undefined) {
      // The value at the first render (the `value` attribute) is the one a reset goes back to.
      if (first) this.#defaultValue = this.value;
      return;
    }
    // Options arriving later (fetched) set the choice unless the user made one already.
    if (first || this.value === '' || this.value === this.#defaultValue) this.value = preset;
    this.#defaultValue = preset;
  }

  protected override get controlName() {
    if (this.name) return this.name;
    // Radios group (and the arrow keys move between them) by their name: without one, each
    // radio would stand alone. A name of our own keeps them together.
    if (DEV)
      warnOnce(
        this.localName,
        'no-name',
        'n’a pas de name : les boutons sont regroupés sous un nom généré, envoyé avec le formulaire.',
      );
    return `${this.uid}-name`;
  }

  get #tile() {
    return checkAllowedValue(this, 'variant', this.variant, RADIO_VARIANTS, 'default') === 'tile';
  }

  protected override get groupRole() {
    return 'radiogroup' as const;
  }

  protected override get choicesClass() {
    return this.#tile ? `${super.choicesClass} gouv-choices--tile` : super.choicesClass;
  }

  protected override get choiceClass() {
    return this.#tile ? 'gouv-choice gouv-choice--tile' : 'gouv-choice';
  }

  protected override renderOptionExtra(choice: ChoiceOption) {
    // The image illustrates the label, which carries the meaning: it is decorative (alt="").
    return this.#tile && choice.image
      ? html`<span class="gouv-choice__image"><img src=${choice.image} alt="" /></span>`
      : nothing;
  }
}
