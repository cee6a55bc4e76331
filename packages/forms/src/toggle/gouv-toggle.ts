import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { I18nController, icon } from '@gouvkit/core';
import { checkLine } from '@gouvkit/icons';
import { GouvCheckedField } from '../shared/checked-field.js';
import { GouvFieldElement } from '../shared/field-element.js';
import { toggleMessages, toggleStrings, type ToggleStringKey } from './toggle.strings.js';
import { toggleStyles } from './toggle.styles.js';

/**
 * A switch, in the style of DSFR's « Interrupteur »: a native `<input type="checkbox">` with
 * `role="switch"`, its label and hint, in the light DOM. Assistive technologies announce a
 * switch that is on or off; the form submits it as a checkbox (its `value` when on, nothing
 * when off), resets and disables it like plain HTML. Use it for a setting that applies at once
 * or a yes/no preference; for a consent in a form, prefer `gouv-checkbox`.
 *
 * @tag gouv-toggle
 * @summary Interrupteur : activer ou désactiver une option, avec l’état « Activé / Désactivé ».
 *
 * @fires {Event} change - The native event, when the switch is turned on or off (it bubbles from the input).
 * @fires {Event} input - The native event, at the same time as `change`.
 *
 * @cssprop --gouv-color-border-action-high - The track and the thumb.
 * @cssprop --gouv-color-background-action-high - The track when on.
 * @cssprop --gouv-color-text-action-high - The tick in the thumb, and the state text.
 * @cssprop --gouv-motion-duration-short - The slide of the thumb (none with reduced motion).
 */
export class GouvToggle extends GouvCheckedField<ToggleStringKey> {
  static override lightStyles = [...GouvFieldElement.lightStyles, toggleStyles];
  protected static override valueMissingMessages = toggleMessages;

  /** Shows the state (« Activé » / « Désactivé ») under the switch. */
  @property({ attribute: 'show-state', type: Boolean }) showState = false;

  readonly #toggleI18n = new I18nController<ToggleStringKey>(this, toggleStrings);

  override render() {
    return html`<div class=${this.fieldClass}>
      <div class="gouv-toggle">
        ${this.renderInput('gouv-toggle__input', 'switch')}<span class="gouv-toggle__thumb" aria-hidden="true"
          >${icon(checkLine)}</span
        >
        ${
          this.showState
            ? // The switch itself says on or off to assistive technologies: this text is for the eyes.
              html`<span class="gouv-toggle__state" aria-hidden="true"
                >${this.#toggleI18n.t(this.checked ? 'on' : 'off')}</span
              >`
            : nothing
        }
        <div class="gouv-toggle__body">
          <label class="gouv-toggle__label" for=${this.ids.control}
            >${this.label}${this.renderRequiredMarker()}</label
          >
          ${this.renderHint()}
        </div>
      </div>
      ${this.renderError()}
    </div>`;
  }
}
