import { property } from 'lit/decorators.js';
import { GouvElement } from '../gouv-element.js';

/** What a form-associated gouvkit element exposes, like a native control does. */
export interface FormAssociatedElement {
  name: string;
  disabled: boolean;
  required: boolean;
  readonly internals: ElementInternals;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  /** True when the element or an ancestor `<fieldset disabled>` disables it. */
  readonly isDisabled: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
}

/**
 * The base of elements that are form controls of their own (form-associated custom elements):
 * `name`, `disabled`, `required`, the validity API and the form lifecycle callbacks. The value
 * and validity logic live in a `FormControlController` the element creates; the callbacks here
 * forward to the hooks below, which the element overrides.
 */
export abstract class GouvFormAssociatedElement extends GouvElement implements FormAssociatedElement {
  static formAssociated = true;

  /** The name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** Disables the control: not focusable, not submitted, not validated. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A value is required before the form can be submitted. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Set when an ancestor `<fieldset disabled>` disables the control. */
  protected formDisabled = false;

  readonly internals: ElementInternals = this.attachInternals();

  get form() {
    return this.internals.form;
  }
  get labels() {
    return this.internals.labels;
  }
  get validity() {
    return this.internals.validity;
  }
  get validationMessage() {
    return this.internals.validationMessage;
  }
  get willValidate() {
    return this.internals.willValidate;
  }
  get isDisabled() {
    return this.disabled || this.formDisabled;
  }

  checkValidity() {
    return this.internals.checkValidity();
  }
  reportValidity() {
    return this.internals.reportValidity();
  }

  /** Like the native method: a non-empty message makes the control invalid (customError). */
  abstract setCustomValidity(message: string): void;

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  /** The form was reset: go back to the default value. */
  formResetCallback() {
    this.formReset();
  }

  /** The browser restores a value (back/forward navigation) or autofills one. */
  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete') {
    this.formStateRestore(state, reason);
  }

  protected formReset(): void {}
  protected formStateRestore(
    _state: string | File | FormData | null,
    _reason: 'restore' | 'autocomplete',
  ): void {}
}
