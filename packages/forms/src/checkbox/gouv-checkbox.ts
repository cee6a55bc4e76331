import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { icon } from '@gouvkit/core';
import { checkLine } from '@gouvkit/icons';
import { refreshReveals } from '../conditional-reveal/reveal-registry.js';
import { GouvFieldElement } from '../shared/field-element.js';
import { checkboxStrings } from './checkbox.strings.js';
import { GouvChoiceField } from './choice-field.js';
import { choiceStyles } from './choice.styles.js';

/**
 * A single checkbox, in the style of DSFR's « Case à cocher »: a native
 * `<input type="checkbox">` with its label, hint and error message, all in the light DOM, so it
 * is submitted, reset and disabled with its form like plain HTML. For several boxes answering
 * one question, use `gouv-checkbox-group`.
 *
 * @tag gouv-checkbox
 * @summary Case à cocher seule : accepter des conditions, confirmer une déclaration.
 *
 * @fires change - The native event, when the box is ticked or unticked (it bubbles from the input).
 * @fires input - The native event, at the same time as `change`.
 *
 * @cssprop --gouv-color-border-action-high - The border of the box.
 * @cssprop --gouv-color-background-action-high - The ticked box.
 * @cssprop --gouv-color-text-inverted - The tick.
 * @cssprop --gouv-color-text-error - The error message, label and bar.
 */
export class GouvCheckbox extends GouvChoiceField {
  static override lightStyles = [...GouvFieldElement.lightStyles, choiceStyles];
  protected static override valueMissingMessages = checkboxStrings;

  /** Ticked. The `checked` attribute is also the state a form reset goes back to. */
  @property({ type: Boolean }) checked = false;

  /** The value submitted when the box is ticked. */
  @property() value = 'on';

  #defaultChecked = false;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasUpdated) this.#defaultChecked = this.hasAttribute('checked');
  }

  /** The native checkbox. */
  get input(): HTMLInputElement | null {
    return this.querySelector(`#${this.ids.control}`);
  }

  protected get controls() {
    const input = this.input;
    return input ? [input] : [];
  }

  /** The submitted value when ticked, '' otherwise (validators run on a ticked box only). */
  protected get fieldValue() {
    return this.checked ? this.value : '';
  }

  protected override syncControls() {
    const input = this.input;
    if (input && input.checked !== this.checked) input.checked = this.checked;
  }

  protected override afterReset() {
    // The reset put the box back to its `checked` attribute; a render still pending from before
    // the reset may have undone that on the input, so the default is taken from the source.
    this.checked = this.#defaultChecked;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (changed.has('checked') || changed.has('disabled')) refreshReveals();
  }

  // `input` comes before `change`, and the field base re-renders on `input`: the state must be
  // taken at once, or that render would put the old state back on the box.
  #onToggle(event: Event) {
    this.checked = (event.target as HTMLInputElement).checked;
  }

  override render() {
    return html`<div class=${this.fieldClass}>
      <div class="gouv-choice">
        <input
          class="gouv-choice__input"
          type="checkbox"
          id=${this.ids.control}
          name=${this.name || nothing}
          value=${this.value}
          ?checked=${this.#defaultChecked}
          .checked=${live(this.checked)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          aria-describedby=${this.describedBy}
          aria-invalid=${this.controlAriaInvalid}
          @input=${this.#onToggle}
          @change=${this.#onToggle}
        /><span class="gouv-choice__mark" aria-hidden="true">${icon(checkLine)}</span>
        <div class="gouv-choice__body">
          <label class="gouv-choice__label" for=${this.ids.control}
            >${this.label}${this.renderRequiredMarker()}</label
          >
          ${this.hint ? html`<p class="gouv-hint gouv-choice__hint" id=${this.ids.hint}>${this.hint}</p>` : nothing}
        </div>
      </div>
      ${this.renderError()}
    </div>`;
  }
}
