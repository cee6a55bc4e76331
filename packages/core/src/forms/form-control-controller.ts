import type { ReactiveController } from 'lit';
import type { GouvElement } from '../gouv-element.js';
import type { FormAssociatedElement } from './form-associated.js';

export type FormValue = string | File | FormData | null;

export interface ValidationOutcome {
  flags: ValidityStateFlags;
  message: string;
  /** The inner element the browser points at when it reports the error. */
  anchor?: HTMLElement;
}

export interface FormControlOptions {
  /** The value submitted with the form (`null`: nothing submitted). */
  value(): FormValue;
  /** What the browser keeps for back/forward restore, when it differs from the value. */
  state?(): FormValue;
  /** The element's own constraints; `null` when the value is valid. */
  validate?(): ValidationOutcome | null;
}

type Host = GouvElement & FormAssociatedElement;

/**
 * Keeps an element's form value and validity in `ElementInternals` in step with its state,
 * after every update. It also decides when errors may show: after the user leaves a field
 * they changed, or after a submit attempt, never while they type the first characters
 * (the `user-invalid` state, readable in CSS as `:state(user-invalid)`).
 */
export class FormControlController implements ReactiveController {
  #customError = '';
  #dirty = false;
  #interacted = false;

  constructor(
    private readonly host: Host,
    private readonly options: FormControlOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.host.addEventListener('input', this.#onInput);
    this.host.addEventListener('focusout', this.#onFocusOut);
    this.host.addEventListener('invalid', this.#onInvalid);
  }

  hostDisconnected() {
    this.host.removeEventListener('input', this.#onInput);
    this.host.removeEventListener('focusout', this.#onFocusOut);
    this.host.removeEventListener('invalid', this.#onInvalid);
  }

  hostUpdated() {
    this.sync();
  }

  /** True once errors may be shown to the user. */
  get showErrors(): boolean {
    return this.#interacted && !this.host.internals.validity.valid;
  }

  setCustomValidity(message: string) {
    this.#customError = message;
    this.sync();
  }

  /** Back to pristine (after a reset): errors hide until the next interaction. */
  resetInteraction() {
    this.#dirty = false;
    this.#interacted = false;
    this.sync();
  }

  /** Shows errors now, as a submit attempt does (used by an error summary). */
  markInteracted() {
    this.#interacted = true;
    this.sync();
    this.host.requestUpdate();
  }

  sync() {
    const { host, options } = this;
    const { internals } = host;
    internals.setFormValue(host.isDisabled ? null : options.value(), options.state?.() ?? undefined);
    const outcome = host.isDisabled ? null : options.validate?.();
    if (this.#customError) internals.setValidity({ customError: true }, this.#customError, outcome?.anchor);
    else if (outcome) internals.setValidity(outcome.flags, outcome.message, outcome.anchor);
    else internals.setValidity({});
    this.#setState('user-invalid', this.showErrors);
  }

  #setState(name: string, on: boolean) {
    const states = this.host.internals.states;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  #onInput = () => {
    this.#dirty = true;
  };

  #onFocusOut = (event: FocusEvent) => {
    // Focus moving between the element's own parts is not leaving the field.
    if (event.relatedTarget instanceof Node && this.host.contains(event.relatedTarget)) return;
    if (!this.#dirty || this.#interacted) return;
    this.#interacted = true;
    this.sync();
    this.host.requestUpdate();
  };

  #onInvalid = () => {
    if (!this.#interacted) this.markInteracted();
  };
}
