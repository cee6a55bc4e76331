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
 * @cssprop --gouv-color-background-contrast - Background of the field.
 * @cssprop --gouv-color-border-plain - The underline of the field.
 * @cssprop --gouv-color-text-error - The error message and the error bar.
 */
export class GouvInput extends GouvFieldElement {
  static override lightStyles = [...GouvFieldElement.lightStyles, inputStyles];

  /** `text`, `email`, `tel`, `url`, `number`, `password` (with a « Afficher » checkbox) or `search`. */
  @property() type: InputType = 'text';

  /** The value. The `value` attribute is also the value a form reset goes back to. */
  @property() value = '';

  /** The autofill token (`given-name`, `email`, `postal-code`…): required on personal data (RGAA 11.13). */
  @property() autocomplete?: AutoFill;

  /** The virtual keyboard to show (`numeric` for a SIRET typed as text). */
  @property() inputmode?: string;

  /** An example inside the field; prefer `hint`, which stays visible. */
  @property() placeholder?: string;

  @property({ type: Number }) minlength?: number;
  @property({ type: Number }) maxlength?: number;
  @property() min?: string;
  @property() max?: string;
  @property() step?: string;

  /** A regular expression the whole value must match (the `pattern` of HTML). */
  @property() pattern?: string;

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
  #defaultValue = '';

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasUpdated) this.#defaultValue = this.getAttribute('value') ?? '';
  }

  /** The native input. */
  get input(): HTMLInputElement | null {
    return this.querySelector(`#${this.ids.control}`);
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
  }

  protected override afterReset() {
    this.value = this.input?.value ?? this.#defaultValue;
    this.passwordShown = false;
  }

  #onInput(event: Event) {
    this.value = (event.target as HTMLInputElement).value;
  }

  #passwordToggle() {
    const id = `${this.ids.control}-show`;
    return html`<div class="gouv-password-toggle">
      <input
        type="checkbox"
        id=${id}
        .checked=${this.passwordShown}
        ?disabled=${this.disabled}
        aria-controls=${this.ids.control}
        @change=${(e: Event) => (this.passwordShown = (e.target as HTMLInputElement).checked)}
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
        ?disabled=${this.disabled}
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
