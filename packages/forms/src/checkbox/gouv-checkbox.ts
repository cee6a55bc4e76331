import { html, nothing } from 'lit';
import { icon } from '@gouvkit/core';
import { checkLine } from '@gouvkit/icons';
import { GouvFieldElement } from '../shared/field-element.js';
import { checkboxStrings } from './checkbox.strings.js';
import { GouvCheckedField } from '../shared/checked-field.js';
import { choiceStyles } from '../shared/choice.styles.js';

/**
 * A single checkbox, in the style of DSFR's « Case à cocher »: a native
 * `<input type="checkbox">` with its label, hint and error message, all in the light DOM, so it
 * is submitted, reset and disabled with its form like plain HTML. For several boxes answering
 * one question, use `gouv-checkbox-group`.
 *
 * @tag gouv-checkbox
 * @summary Case à cocher seule : accepter des conditions, confirmer une déclaration.
 *
 * @fires {Event} change - The native event, when the box is ticked or unticked (it bubbles from the input).
 * @fires {Event} input - The native event, at the same time as `change`.
 *
 * @cssprop --gouv-color-border-action-high - The border of the box.
 * @cssprop --gouv-color-background-action-high - The ticked box.
 * @cssprop --gouv-color-text-inverted - The tick.
 * @cssprop --gouv-color-text-error - The error message, label and bar.
 */
export class GouvCheckbox extends GouvCheckedField {
  static override lightStyles = [...GouvFieldElement.lightStyles, choiceStyles];
  protected static override valueMissingMessages = checkboxStrings;

  override render() {
    return html`<div class=${this.fieldClass}>
      <div class="gouv-choice">
        ${this.renderInput('gouv-choice__input')}<span class="gouv-choice__mark" aria-hidden="true"
          >${icon(checkLine)}</span
        >
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
