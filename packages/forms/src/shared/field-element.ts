import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  DEV,
  FieldController,
  GouvElement,
  I18nController,
  InternalsAdapter,
  NativeControlsAdapter,
  PENDING,
  icon,
  visuallyHiddenStyles,
  warnOnce,
  type FailedConstraint,
  type FieldAdapter,
  type FieldCheck,
  type FieldControl,
  type Message,
  type ValidateOn,
  type ValidityFlag,
} from '@gouvkit/core';
import { errorWarningFill } from '@gouvkit/icons';
import { errorMessage } from '@gouvkit/validators/result.js';
import { fieldStrings, type FieldStringKey } from './field.strings.js';
import { fieldStyles } from './field.styles.js';
import { namedValidator, onValidatorsChange, type FieldValidator } from './validator-registry.js';
import { nativeMessage } from './validity-messages.js';

export type { FieldControl, FieldValidator };
export { builtinValidatorsReady, registerValidator } from './validator-registry.js';

/** Messages a field can override: its own strings and one per native constraint. */
export type FieldStrings = Partial<Record<FieldStringKey | ValidityFlag, Message>>;

/**
 * The base of every gouvkit form field: its properties, its rendering helpers, and the field
 * kernel of `@gouvkit/core` (`FieldController`), which decides when messages show and keeps the
 * form's validity in step.
 *
 * Fields render in the light DOM: the native control, its label, hint and error message share
 * one tree, so `<label for>`, `aria-describedby`, autofill, password managers, native form
 * submission, validation and auditors' tools all work as with plain HTML. Every field is also
 * form-associated: the form tells it when it is reset or disabled by a `<fieldset>`.
 *
 * - Messages show after the user leaves a field they changed (`validate-on="blur"`, the
 *   default), or only after a submit attempt (`validate-on="submit"`); never while they type
 *   the first characters; once shown, the message follows each keystroke until it is fixed.
 * - `error` shows a message at once (a server-side error) until the value changes.
 * - `validate="siret"` (any of @gouvkit/validators' French checks, or a name given to
 *   `registerValidator()`) and `validators` (functions) run on a non-empty value, after the
 *   native constraints.
 *
 * The message is also the control's `validationMessage`, so the form won't submit while it
 * stands and `gouv-error-summary` can list it.
 *
 * @cssstate user-invalid - An error message shows (also the `data-user-invalid` attribute).
 * @cssstate user-valid - The field was checked in front of the user and is valid (also `data-user-valid`).
 */
export abstract class GouvFieldElement extends GouvElement {
  static formAssociated = true;
  static override lightDom = true;
  static override lightStyles = [visuallyHiddenStyles, fieldStyles];

  /**
   * A field that owns its value (a date from three inputs, a combobox's choice) submits it and
   * carries its validity through `ElementInternals`; its inner inputs have no `name`. Plain
   * fields leave the native control in charge.
   */
  protected static ownsValue = false;

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

  /** Disables the field: not focusable, not submitted, not validated. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** When errors show: `blur` (on leaving a changed field, and on submit) or `submit` (on submit only). */
  @property({ attribute: 'validate-on' }) validateOn: ValidateOn = 'blur';

  /** A French check from @gouvkit/validators: `siren`, `siret`, `vat-fr`, `nir`, `iban`, `phone-fr`, `postcode`, `email`, `url`. */
  @property() validate?: string;

  /** Extra checks, run in order after the native constraints and `validate`. */
  @property({ attribute: false }) validators: FieldValidator[] = [];

  /** Per-instance strings, including one message per native constraint (`valueMissing`…). */
  @property({ attribute: false }) strings: FieldStrings = {};

  /**
   * The element's `ElementInternals`: form value (for fields that own one), validity, states.
   * @internal
   */
  readonly internals: ElementInternals = this.attachInternals();

  protected readonly i18n = new I18nController<FieldStringKey | ValidityFlag>(this, fieldStrings as never);

  /** The field kernel: interaction, messages, validity, states. */
  protected readonly field: FieldController = new FieldController(this, {
    adapter: this.#createAdapter(),
    value: () => String(this.fieldValue ?? ''),
    constraintMessage: (failed) => this.#constraintMessage(failed),
    elementCheck: () => this.elementCheck(),
    checks: () => this.#checks(),
    pendingMessage: () => this.i18n.t('validationPending'),
    syncControls: () => this.syncControls(),
    formValue: (this.constructor as typeof GouvFieldElement).ownsValue ? () => this.formValue() : undefined,
    reset: () => this.afterReset(),
  });

  #stopWaiting: (() => void) | undefined;
  /** Set after the first update in the browser: the element's script runs. */
  #enhanced = false;

  /**
   * For fields that own their value: the name an inner input submits under in server markup,
   * so the form sends what was typed when JavaScript doesn't run (`naissance-day`…). Once the
   * element runs, the element submits the value itself and its inputs have no name.
   */
  protected noScriptName(suffix = ''): string | typeof nothing {
    const serverMarkup = isServer || (this.serverRendered && !this.#enhanced);
    return serverMarkup && this.name ? `${this.name}${suffix}` : nothing;
  }

  /** The ids of the field's parts, the same on the server and in the browser. */
  protected get ids() {
    return { control: `${this.uid}-control`, hint: `${this.uid}-hint`, error: `${this.uid}-error` };
  }

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

  /** For fields that own their value: the constraint of their own that fails now (`valueMissing`…). */
  protected ownConstraint(): ValidityFlag | null {
    return null;
  }

  /** For fields that own their value: what the form submits, and what the browser restores. */
  protected formValue(): [string | File | FormData | null, (string | File | FormData | null)?] {
    return [null];
  }

  /**
   * Puts property values set by script (`el.value = …`) on the native controls before they are
   * validated, since the render that would do it comes after validation.
   */
  protected syncControls(): void {}

  #createAdapter(): FieldAdapter {
    const ctor = this.constructor as typeof GouvFieldElement;
    if (!ctor.ownsValue) return new NativeControlsAdapter(() => this.#renderedControls(), this.internals);
    return new InternalsAdapter(this.internals, {
      constraint: () => this.ownConstraint(),
      anchor: () => this.#renderedControls()[0],
    });
  }

  #renderedControls(): FieldControl[] {
    // No DOM queries on the server.
    return isServer ? [] : this.controls;
  }

  // ── the validity API, as on a native control ─────────────────────────────────────────────

  get validity(): ValidityState {
    return this.field.validity;
  }
  get validationMessage(): string {
    return this.field.checkValidity() ? '' : this.field.message;
  }
  get willValidate(): boolean {
    return !this.field.disabled;
  }
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  checkValidity(): boolean {
    return this.field.checkValidity();
  }
  /** Shows the error now, and moves focus to the field when invalid. */
  reportValidity(): boolean {
    const valid = this.field.reportValidity();
    if (!valid) this.focus();
    return valid;
  }
  /** An error of the application's own; '' removes it. */
  setCustomValidity(message: string) {
    this.field.setCustomValidity(message);
  }
  override focus(options?: FocusOptions) {
    this.controls.find((control) => !control.disabled)?.focus(options);
  }

  /** True when an error is visible. */
  protected get showError(): boolean {
    return this.field.visible;
  }

  /** The message that stands now, shown or not. */
  protected get message(): string {
    return this.field.message;
  }

  /** The field can't be used: `disabled`, a `<fieldset disabled>`, or a closed conditional reveal around it. */
  get isDisabled(): boolean {
    return this.field.disabled;
  }

  /** The ids the control's `aria-describedby` lists: the hint, then the visible error. */
  protected get describedBy(): string | typeof nothing {
    const ids = [this.hint ? this.ids.hint : '', this.showError ? this.ids.error : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  /** `true` while the error is visible, `false` otherwise (Chromium would read the custom validity). */
  protected get controlAriaInvalid(): 'true' | 'false' {
    return this.field.ariaInvalid;
  }

  // ── form callbacks ────────────────────────────────────────────────────────────────────────

  formDisabledCallback(disabled: boolean) {
    this.field.formDisabledCallback(disabled);
  }

  formResetCallback() {
    this.field.formResetCallback();
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────

  override connectedCallback() {
    super.connectedCallback();
    // Marks the host as a field, for styles and for the error summary (one entry per field).
    this.setAttribute('data-gouv-field', '');
    this.#stopWaiting = onValidatorsChange(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopWaiting?.();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (isServer) {
      // In the server's markup too: styles that lay the field out match it before scripts run.
      this.setAttribute('data-gouv-field', '');
      // No controller hooks on the server: a server error still renders there.
      this.field.prerender();
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>) {
    super.firstUpdated(changed);
    const ctor = this.constructor as typeof GouvFieldElement;
    if (ctor.ownsValue && this.serverRendered) {
      // Hydrated as the server wrote it: the inner inputs lose their server-side names now.
      this.#enhanced = true;
      this.requestUpdate();
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (DEV && !this.label.trim())
      warnOnce(
        this.localName,
        'no-label',
        'n’a pas de libellé (label) : chaque champ en a besoin (RGAA 11.1).',
      );
  }

  // ── validation ──────────────────────────────────────────────────────────────────────────

  #constraintMessage({ flag, control }: FailedConstraint): string {
    if (this.strings[flag]) return this.i18n.t(flag);
    return (
      this.constraintMessage(flag) ??
      nativeMessage(flag, control ? constraintsOf(control) : {}, this.i18n.lang)
    );
  }

  #checks(): FieldCheck[] {
    const checks: FieldValidator[] = [];
    if (this.validate) {
      const named = namedValidator(this.validate);
      if (named === 'loading') return [() => PENDING];
      if (named === 'unknown') {
        if (DEV)
          warnOnce(
            this.localName,
            `unknown-validate-${this.validate}`,
            `validate="${this.validate}" n’existe pas.`,
          );
      } else checks.push(named);
    }
    if (Array.isArray(this.validators))
      checks.push(...this.validators.filter((v) => typeof v === 'function'));
    return checks.map((check) => (value: string) => {
      const outcome = check(value);
      return typeof outcome === 'string' ? outcome : outcome ? errorMessage(outcome, this.i18n.lang) : '';
    });
  }

  // ── rendering helpers ───────────────────────────────────────────────────────────────────

  /** The asterisk after a label, for the eyes: the control itself says « required ». */
  protected renderRequiredMarker() {
    return this.required
      ? html`<span class="gouv-required" aria-hidden="true" title=${this.i18n.t('requiredMarker')}> *</span>`
      : nothing;
  }

  /**
   * The label. A control whose role can't say « required » (a file input is a button) has it
   * said in words, after its label.
   */
  protected renderLabel({ sayRequired = false } = {}): TemplateResult {
    return html`<label class="gouv-label" for=${this.ids.control}
      >${this.label}${this.renderRequiredMarker()}${
        sayRequired && this.required
          ? html`<span class="gouv-visually-hidden"> ${this.i18n.t('requiredLegend')}</span>`
          : nothing
      }</label
    >`;
  }

  /**
   * For fields that group several controls in a `<fieldset>` (radios, checkboxes, a date). A
   * group's controls don't all say « required »: the legend does, in words read after it.
   */
  protected renderLegend(): TemplateResult {
    return html`<legend class="gouv-legend">
      ${this.label}${this.renderRequiredMarker()}${
        this.required
          ? html`<span class="gouv-visually-hidden"> ${this.i18n.t('requiredLegend')}</span>`
          : nothing
      }
    </legend>`;
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
