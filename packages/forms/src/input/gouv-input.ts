import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { I18nController, type Message } from '@gouvkit/core';
import { GouvFieldElement, type FieldStrings } from '../shared/field-element.js';
import { inputStrings, type InputStringKey } from './input.strings.js';
import { inputStyles } from './input.styles.js';

export const INPUT_TYPES = ['text', 'email', 'tel', 'url', 'number', 'password', 'search'] as const;
export type InputType = (typeof INPUT_TYPES)[number];

/**
 * A text field, in the style of DSFR's « Champ de saisie »: a native `<input>` with its label,
 * hint and error message, all in the light DOM, so the value is submitted with the form,
 * reset with it, autofilled by the browser and by password managers.
 *
 * @tag gouv-input
 * @summary Champ de saisie : texte, adresse électronique, téléphone, nombre, mot de passe, recherche.
 *
 * @fires {Event} input - The native event, on each change of the text (it bubbles from the input).
 * @fires {Event} change - The native event, when the field is left after a change.
 *
 * @cssprop --gouv-color-background-contrast - Background of the field.
 * @cssprop --gouv-color-border-plain - The underline of the field.
 * @cssprop --gouv-color-text-error - The error message and the error bar.
 */
export class GouvInput extends GouvFieldElement {
  static override lightStyles = [...GouvFieldElement.lightStyles, inputStyles];

  /** `text`, `email`, `tel`, `url`, `number`, `password` (with a « Afficher » checkbox) or `search`. */
  @property() type: InputType = 'text';

  /** The value. The `value` attribute is also the value a form reset goes back to. */
  @property()
  get value(): string {
    return this.#value;
  }
  set value(value: string) {
    // A number or nothing from a script or a framework (`value={3}`) is text, as on a native control.
    this.#value = value == null ? '' : String(value);
  }
  #value = '';

  /** The autofill token (`given-name`, `email`, `postal-code`…): required on personal data (RGAA 11.13). */
  @property() autocomplete?: AutoFill;

  /** The virtual keyboard to show (`numeric` for a SIRET typed as text). */
  @property() inputmode?: string;

  /** An example inside the field; prefer `hint`, which stays visible. */
  @property() placeholder?: string;

  /** The fewest characters a non-empty value may have (the `minlength` of HTML). */
  @property({ type: Number }) minlength?: number;
  /** The most characters the value may have (the `maxlength` of HTML). */
  @property({ type: Number }) maxlength?: number;
  /** The smallest value, for `type="number"` (the `min` of HTML). */
  @property() min?: string;
  /** The largest value, for `type="number"` (the `max` of HTML). */
  @property() max?: string;
  /** The granularity of the value, for `type="number"` (the `step` of HTML, `any` for none). */
  @property() step?: string;

  /** A regular expression the whole value must match (the `pattern` of HTML). */
  @property() pattern?: string;

  /** The value can be read and submitted, not changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Turns spell checking off, for identifiers and codes (the host's own `spellcheck` is not the input's). */
  @property({ attribute: 'no-spellcheck', type: Boolean }) noSpellcheck = false;

  /** The expected length in characters: `2`, `3`, `4`, `5`, `10`, `20` or `30`. */
  @property({ reflect: true }) width?: string;

  /** Per-instance strings: constraint messages, and `showPassword`. */
  @property({ attribute: false }) override strings: FieldStrings & Partial<Record<InputStringKey, Message>> =
    {};

  @state() private passwordShown = false;

  readonly #inputI18n = new I18nController<InputStringKey>(this, inputStrings);

  /** The `value` attribute: the value a form reset goes back to, as on a native input. */
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }
  get #defaultValue(): string {
    return this.defaultValue;
  }

  /** What the user typed in the server's input before scripts ran. */
  protected override adoptServerState() {
    const input = this.input;
    if (input && input.value !== this.#defaultValue) this.value = input.value;
  }

  /** The native input. */
  get input(): HTMLInputElement | null {
    return this.query(`#${this.ids.control}`);
  }

  protected get controls() {
    const input = this.input;
    return input ? [input] : [];
  }

  protected get fieldValue() {
    return this.value;
  }

  protected override syncControls() {
    const input = this.input;
    if (input && input.value !== this.value) input.value = this.value;
    // Set here, not bound in the template: a server render would write `checked="false"`.
    const toggle = this.query<HTMLInputElement>(`#${this.ids.control}-show`);
    if (toggle && toggle.checked !== this.passwordShown) toggle.checked = this.passwordShown;
  }

  protected override afterReset() {
    this.value = this.input?.value ?? this.#defaultValue;
    this.passwordShown = false;
  }

  #onInput(event: Event) {
    this.value = (event.target as HTMLInputElement).value;
  }

  // On `input` already: the field renders on `input`, and would put the old state back.
  #onPasswordToggle = (event: Event) => {
    this.passwordShown = (event.target as HTMLInputElement).checked;
  };

  #passwordToggle() {
    const id = `${this.ids.control}-show`;
    return html`<div class="gouv-password-toggle">
      <input
        type="checkbox"
        id=${id}
        ?disabled=${this.isDisabled}
        aria-controls=${this.ids.control}
        @input=${this.#onPasswordToggle}
        @change=${this.#onPasswordToggle}
      /><label for=${id}
        >${this.#inputI18n.t('showPassword')}<span class="gouv-visually-hidden">
          ${this.#inputI18n.t('showPasswordName')}</span
        ></label
      >
    </div>`;
  }

  override render() {
    const type = this.type === 'password' && this.passwordShown ? 'text' : this.type;
    return html`<div class=${this.fieldClass}>
      ${this.renderLabel()} ${this.renderHint()}
      <input
        class="gouv-input"
        id=${this.ids.control}
        name=${this.name || nothing}
        type=${type}
        value=${this.#defaultValue}
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        autocomplete=${ifDefined(this.autocomplete)}
        inputmode=${ifDefined(this.inputmode)}
        placeholder=${ifDefined(this.placeholder)}
        minlength=${ifDefined(this.minlength)}
        maxlength=${ifDefined(this.maxlength)}
        min=${ifDefined(this.min)}
        max=${ifDefined(this.max)}
        step=${ifDefined(this.step)}
        pattern=${ifDefined(this.pattern)}
        spellcheck=${this.noSpellcheck ? 'false' : nothing}
        aria-describedby=${this.describedBy}
        aria-invalid=${this.controlAriaInvalid}
        @input=${this.#onInput}
      />
      ${this.type === 'password' ? this.#passwordToggle() : nothing} ${this.renderError()}
    </div>`;
  }
}
