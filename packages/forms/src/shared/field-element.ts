import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GouvElement,
  I18nController,
  icon,
  uniqueId,
  visuallyHiddenStyles,
  warnOnce,
  type Message,
} from '@gouvkit/core';
import { errorWarningFill } from '@gouvkit/icons';
import { errorMessage, type ValidationResult } from '@gouvkit/validators/result.js';
import { fieldStrings, type FieldStringKey } from './field.strings.js';
import { fieldStyles } from './field.styles.js';
import { firstFailedFlag, nativeMessage, type ValidityFlag } from './validity-messages.js';

export type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

type BuiltinValidators = (typeof import('./builtin-validators.js'))['BUILTIN_VALIDATORS'];
let builtinValidators: BuiltinValidators | undefined;
let loadingBuiltins: Promise<void> | undefined;

/**
 * The French validators a field names in HTML (`validate="iban"`) load on first use, in their
 * own chunk: fields that don't name one don't carry them (IBAN checks alone weigh 18 KB).
 * The server validates anyway; the few milliseconds before they load change nothing a user sees.
 */
export function builtinValidatorsReady(): Promise<void> {
  loadingBuiltins ??= import('./builtin-validators.js').then((module) => {
    builtinValidators = module.BUILTIN_VALIDATORS;
  });
  return loadingBuiltins;
}

/** A check of the field's value: a message (or a validator result) when it fails, nothing when it passes. */
export type FieldValidator = (value: string) => string | ValidationResult<unknown> | null | undefined;

/** Messages a field can override: its own strings and one per native constraint. */
export type FieldStrings = Partial<Record<FieldStringKey | ValidityFlag, Message>>;

/**
 * The base of every gouvkit form field. Fields render in the light DOM: the native control,
 * its label, hint and error message share one tree, so `<label for>`, `aria-describedby`,
 * autofill, password managers, native form submission, validation and auditors' tools all
 * work as with plain HTML. The native control takes part in the form itself (FormData, reset,
 * disabled fieldset); this class adds French messages and when to show them:
 *
 * - after the user leaves a field they changed (`validate-on="blur"`, the default), or only
 *   after a submit attempt (`validate-on="submit"`); never while they type the first
 *   characters; once shown, the message follows each keystroke so it clears as it is fixed;
 * - `error` shows a message at once (a server-side error) until the value changes;
 * - `validate="siret"` (any of @gouvkit/validators' French checks) and `validators`
 *   (functions) run on a non-empty value, after the native constraints.
 *
 * The message is also the control's `validationMessage` (custom validity), so the form won't
 * submit while it stands and `gouv-error-summary` can list it.
 */
export abstract class GouvFieldElement extends GouvElement {
  static override lightDom = true;
  static override lightStyles = [visuallyHiddenStyles, fieldStyles];

  /** The label: what to enter, visible at all times (RGAA 11.1, 11.2). */
  @property() label = '';

  /** Help to fill the field in (format, example), read after the label. */
  @property() hint = '';

  /** An error to show at once, e.g. from server-side validation; it clears when the value changes. */
  @property() error = '';

  /** The name under which the value is submitted. */
  @property({ reflect: true }) name = '';

  /** A value is required. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the field: not focusable, not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** When errors show: `blur` (on leaving a changed field, and on submit) or `submit` (on submit only). */
  @property({ attribute: 'validate-on' }) validateOn: 'blur' | 'submit' = 'blur';

  /** A French check from @gouvkit/validators: `siren`, `siret`, `vat-fr`, `nir`, `iban`, `phone-fr`, `postcode`, `email`, `url`. */
  @property() validate?: string;

  /** Extra checks, run in order after the native constraints and `validate`. */
  @property({ attribute: false }) validators: FieldValidator[] = [];

  /** Per-instance strings, including one message per native constraint (`valueMissing`…). */
  @property({ attribute: false }) strings: FieldStrings = {};

  /** The message that stands now, shown or not ('' when the value is valid). */
  protected message = '';
  @state() protected touched = false;

  protected readonly i18n = new I18nController<FieldStringKey | ValidityFlag>(this, fieldStrings as never);
  protected readonly ids = {
    control: uniqueId('gouv-control'),
    hint: uniqueId('gouv-hint'),
    error: uniqueId('gouv-error'),
  };

  /**
   * Set for fields that own a value of their own (a date from three inputs, a combobox choice):
   * they declare `static formAssociated = true`, submit through `internals.setFormValue()`, and
   * their inner inputs carry no `name`. Plain fields leave the native control in charge.
   */
  protected readonly internals: ElementInternals | undefined;

  constructor() {
    super();
    const ctor = this.constructor as typeof GouvFieldElement & { formAssociated?: boolean };
    if (ctor.formAssociated) this.internals = this.attachInternals();
  }

  #dirty = false;
  #customError = '';
  /** The value the `error` attribute was about; the error stands while the value is the same. */
  #errorValue: string | undefined;
  #form: HTMLFormElement | null = null;

  /** The native controls the field renders (one, or a group's inputs), in their order. */
  protected abstract get controls(): FieldControl[];

  /** The value the checks run on. */
  protected abstract get fieldValue(): string;

  /** Called when the form resets, after the native controls took their default values back. */
  protected afterReset(): void {}

  /**
   * The element's own default message for a native constraint, when a generic one would be
   * vague (« Ajoutez un fichier » rather than « Renseignez ce champ »). Per-instance `strings` win.
   */
  protected constraintMessage(_flag: ValidityFlag): string | undefined {
    return undefined;
  }

  /**
   * The element's own checks (a file's format, a group's minimum of choices, a text over its
   * limit), run after the native constraints and before `validate`/`validators`; '' when they pass.
   */
  protected elementCheck(): string {
    return '';
  }

  /**
   * Puts property values set by script (`el.value = …`) on the native controls before they are
   * validated, since the render that would do it comes after validation.
   */
  protected syncControls(): void {}

  // ── the validity API, as on a native control ─────────────────────────────────────────────

  get validity(): ValidityState | undefined {
    return this.controls[0]?.validity;
  }
  get validationMessage(): string {
    return this.message;
  }
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? this.controls[0]?.form ?? null;
  }
  checkValidity(): boolean {
    const before = this.message;
    this.#validate();
    if (this.message !== before) this.requestUpdate();
    return this.message === '';
  }
  /** Shows the error now, and moves focus to the field when invalid. */
  reportValidity(): boolean {
    this.touched = true;
    const valid = this.checkValidity();
    if (!valid) this.focus();
    return valid;
  }
  /** An error of the application's own; '' removes it. */
  setCustomValidity(message: string) {
    this.#customError = message;
    this.#validate();
    this.requestUpdate();
  }
  override focus(options?: FocusOptions) {
    this.controls.find((control) => !control.disabled)?.focus(options);
  }

  /** True when an error is visible. */
  protected get showError(): boolean {
    return this.message !== '' && (this.touched || this.#standingError() !== '');
  }

  /** The ids the control's `aria-describedby` lists: the hint, then the visible error. */
  protected get describedBy(): string | typeof nothing {
    const ids = [this.hint ? this.ids.hint : '', this.showError ? this.ids.error : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  protected get controlAriaInvalid(): 'true' | typeof nothing {
    return this.showError ? 'true' : nothing;
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────

  override connectedCallback() {
    super.connectedCallback();
    // Marks the host as a field for styles and for the error summary (one entry per field).
    this.setAttribute('data-gouv-field', '');
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('focusout', this.#onFocusOut);
    // `invalid` doesn't bubble: listen in the capture phase.
    this.addEventListener('invalid', this.#onInvalid, true);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('change', this.#onChange);
    this.removeEventListener('focusout', this.#onFocusOut);
    this.removeEventListener('invalid', this.#onInvalid, true);
    this.#form?.removeEventListener('reset', this.#onReset);
    this.#form = null;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('validate') && this.validate && !builtinValidators)
      void builtinValidatorsReady().then(() => this.requestUpdate());
    // A new `error` is about the value the user sees now.
    if (changed.has('error')) this.#errorValue = this.error ? this.fieldValue : undefined;
    // Validate before rendering, so the message renders in the same update. Controls exist from
    // the second update on; before the first render only a standing (server) error can show.
    if (this.hasUpdated) {
      this.syncControls();
      this.#validate();
    } else {
      this.message = this.#standingError();
    }
  }

  protected override updated(_changed: PropertyValues<this>) {
    this.#watchForm();
    // Constraints rendered just now (required, minlength…) may change the message: render once
    // more only if what the user sees changes (a message that doesn't show yet needs no render).
    const shownBefore = this.showError ? this.message : '';
    this.#validate();
    if ((this.showError ? this.message : '') !== shownBefore) this.requestUpdate();
    if (!this.label.trim())
      warnOnce(
        this.localName,
        'no-label',
        'n’a pas de libellé (label) : chaque champ en a besoin (RGAA 11.1).',
      );
  }

  // ── validation ──────────────────────────────────────────────────────────────────────────

  /** The server or application error that stands regardless of interaction. */
  #standingError(): string {
    if (this.#customError) return this.#customError;
    if (this.error && this.#errorValue === this.fieldValue) return this.error;
    return '';
  }

  #firstMessage(): string {
    const standing = this.#standingError();
    if (standing) return standing;
    const controls = this.controls;
    for (const control of controls) {
      const flag = firstFailedFlag(control.validity);
      if (!flag) continue;
      if (this.strings[flag]) return this.i18n.t(flag);
      return this.constraintMessage(flag) ?? nativeMessage(flag, constraintsOf(control), this.i18n.lang);
    }
    const own = this.elementCheck();
    if (own) return own;
    const value = this.fieldValue;
    if (value.trim() === '') return '';
    const checks: FieldValidator[] = [...this.validators];
    if (this.validate && builtinValidators) {
      if (Object.hasOwn(builtinValidators, this.validate))
        checks.unshift(builtinValidators[this.validate as keyof BuiltinValidators]);
      else
        warnOnce(
          this.localName,
          `unknown-validate-${this.validate}`,
          `validate="${this.validate}" n’existe pas.`,
        );
    }
    for (const check of checks) {
      const outcome = check(value);
      const text =
        typeof outcome === 'string' ? outcome : outcome ? errorMessage(outcome, this.i18n.lang) : '';
      if (text) return text;
    }
    return '';
  }

  /** Recomputes the message and puts it on the controls, so the form won't submit while it stands. */
  #validate() {
    const controls = this.controls;
    if (!controls.length) return;
    // Clear first: a custom error would hide the native flags we read.
    for (const control of controls) control.setCustomValidity('');
    // Disabled controls (the attribute, or a `<fieldset disabled>` around them) are not validated.
    const disabled = this.disabled || controls.every((control) => control.matches(':disabled'));
    const message = disabled ? '' : this.#firstMessage();
    for (const control of controls) control.setCustomValidity(message);
    // A form-associated field carries the error itself too, anchored on its first input.
    this.internals?.setValidity(message ? { customError: true } : {}, message, controls[0]);
    this.message = message;
  }

  // Every change re-validates (in willUpdate), so the form never submits a stale value; the
  // message only shows once `touched`, and then follows each keystroke until it is fixed.
  #onInput = () => {
    this.#dirty = true;
    this.requestUpdate();
  };

  #onChange = (event: Event) => {
    // Choices (select, radios, checkboxes) change without typing: that is leaving the field.
    if (this.validateOn === 'blur' && !(event.target instanceof HTMLInputElement && isTextual(event.target)))
      this.touched = true;
    this.requestUpdate();
  };

  #onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    if (this.validateOn === 'blur' && this.#dirty) this.touched = true;
  };

  #onInvalid = (event: Event) => {
    // Our message shows inline (and in the error summary): no browser bubble in its own language.
    event.preventDefault();
    this.touched = true;
  };

  #watchForm() {
    const form = this.form;
    if (form === this.#form) return;
    this.#form?.removeEventListener('reset', this.#onReset);
    this.#form = form;
    form?.addEventListener('reset', this.#onReset);
  }

  #onReset = () => {
    // The controls take their default values after the reset event: wait for them.
    setTimeout(() => {
      this.#dirty = false;
      this.touched = false;
      this.error = '';
      this.afterReset();
      this.requestUpdate();
    });
  };

  // ── rendering helpers ───────────────────────────────────────────────────────────────────

  protected renderRequiredMarker() {
    return this.required
      ? html`<span class="gouv-required" aria-hidden="true" title=${this.i18n.t('requiredMarker')}> *</span>`
      : nothing;
  }

  protected renderLabel(): TemplateResult {
    return html`<label class="gouv-label" for=${this.ids.control}
      >${this.label}${this.renderRequiredMarker()}</label
    >`;
  }

  /** For fields that group several controls in a `<fieldset>` (radios, checkboxes, a date). */
  protected renderLegend(): TemplateResult {
    return html`<legend class="gouv-legend">${this.label}${this.renderRequiredMarker()}</legend>`;
  }

  protected renderHint() {
    return this.hint ? html`<p class="gouv-hint" id=${this.ids.hint}>${this.hint}</p>` : nothing;
  }

  /** The error, in a polite live region (DSFR's messages group) so it is read when it appears. */
  protected renderError(): TemplateResult {
    return html`<div class="gouv-messages" aria-live="polite">
      ${
        this.showError
          ? html`<p class="gouv-error" id=${this.ids.error}>
              ${icon(errorWarningFill)}<span
                ><span class="gouv-visually-hidden">${this.i18n.t('errorPrefix')} </span>${this.message}</span
              >
            </p>`
          : nothing
      }
    </div>`;
  }

  /** The classes of the field's wrapper. */
  protected get fieldClass(): string {
    return this.showError ? 'gouv-field gouv-field--error' : 'gouv-field';
  }
}

function isTextual(input: HTMLInputElement): boolean {
  return !['checkbox', 'radio', 'range', 'file', 'color', 'date', 'month', 'week', 'time'].includes(
    input.type,
  );
}

function constraintsOf(control: FieldControl) {
  return {
    type: control instanceof HTMLInputElement ? control.type : undefined,
    minLength: 'minLength' in control ? control.minLength : undefined,
    maxLength: 'maxLength' in control ? control.maxLength : undefined,
    min: control instanceof HTMLInputElement ? control.min : undefined,
    max: control instanceof HTMLInputElement ? control.max : undefined,
    step: control instanceof HTMLInputElement ? control.step : undefined,
    length: control.value.length,
  };
}
