import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FailedConstraint, FieldAdapter, FieldControl } from './adapters.js';
import { inDisabledContainer, watchContainers } from './disabled-scope.js';
import {
  firstMessage,
  messageVisible,
  nextInteraction,
  PENDING,
  PRISTINE,
  type FieldCheck,
  type FieldEvent,
  type FieldInteraction,
  type ValidateOn,
} from './field-state.js';
import type { ValidityFlag } from './validity-flags.js';

/** The element a `FieldController` serves: a form-associated custom element. */
export interface FieldHost extends ReactiveControllerHost, HTMLElement {
  /** When messages show: `blur` (the default) or `submit`. */
  validateOn: ValidateOn | string;
  /** An error to show at once (from the server); it stands until the value changes. */
  error: string;
  /** The element's own `disabled`. */
  disabled: boolean;
  readonly internals: ElementInternals;
  readonly hasUpdated: boolean;
}

export interface FieldControllerOptions {
  adapter: FieldAdapter;
  /** The value the checks run on, as text ('' when empty); a server `error` is about this value. */
  value(): string;
  /** The message of a failed constraint (« Saisissez … »). */
  constraintMessage(failed: FailedConstraint): string;
  /** The element's own check, after the constraints: a message, or '' when it passes. */
  elementCheck?(): string;
  /** Checks of a non-empty value, in order: the named French validators, then custom ones. */
  checks?(): readonly FieldCheck[];
  /** The message while a check's code is loading (the field is not valid until it answers). */
  pendingMessage(): string;
  /** Puts property values set by script on the native controls, before they are checked. */
  syncControls?(): void;
  /** For a field that owns its value: what the form submits, and what the browser restores. */
  formValue?(): [value: File | string | FormData | null, state?: File | string | FormData | null];
  /** The form was reset: go back to the default value (native controls are reset already). */
  reset?(): void;
}

/** Native controls whose `change` is a choice made (no typing to wait for). */
const CHOICE_TYPES = new Set([
  'checkbox',
  'radio',
  'range',
  'file',
  'color',
  'date',
  'month',
  'week',
  'time',
]);

function isChoice(target: EventTarget | null): boolean {
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && CHOICE_TYPES.has(target.type);
}

/**
 * The one field kernel of gouvkit: what a form field does besides drawing itself.
 *
 * - **Interaction**: dirty and shown (`field-state.ts`): a message shows after the user leaves
 *   a field they changed (`validate-on="blur"`) or after a submit attempt (`validate-on="submit"`),
 *   never while they type their first characters, then follows each keystroke.
 * - **Messages**, first that speaks: `setCustomValidity()` and the server's `error` (until the
 *   value changes), the native constraints, the element's own check, then the checks of a
 *   non-empty value (the French validators, then custom ones).
 * - **Validity**: the message is the custom validity of the native controls, or the element's
 *   `ElementInternals` validity (the adapter), so the form won't submit while it stands; it is
 *   right before the first render, and never valid while a validator's code is still loading.
 * - **States**: `:state(user-invalid)` and `[data-user-invalid]` while a message shows
 *   (`:state(user-valid)` and `[data-user-valid]` once a shown field is valid); `aria-invalid`
 *   says the same (`false` until an error is visible, so assistive technologies never announce
 *   an error the screen doesn't show).
 * - **Form lifecycle**: reset, disabled fieldsets and containers, the submitted value.
 */
export class FieldController implements ReactiveController {
  #interaction: FieldInteraction = PRISTINE;
  #customError = '';
  /** The `error` the controller last saw, and the value it was about. */
  #error = '';
  #errorValue: string | undefined;
  #message: string | typeof PENDING = '';
  #formDisabled = false;
  /** Whether the last render showed the field disabled. */
  #renderedDisabled = false;
  #unwatch: (() => void) | undefined;

  constructor(
    readonly host: FieldHost,
    private readonly options: FieldControllerOptions,
  ) {
    host.addController(this);
  }

  // ── what the element renders ────────────────────────────────────────────────────────────

  /** The message that stands now, shown or not ('' when the value is valid). */
  get message(): string {
    return this.#message === PENDING ? this.options.pendingMessage() : this.#message;
  }

  /** The message shows: render it, and mark the controls invalid. */
  get visible(): boolean {
    return messageVisible(this.#interaction, this.message, this.#standing() !== '');
  }

  /** For the controls' `aria-invalid`: `true` only while the error is visible. */
  get ariaInvalid(): 'true' | 'false' {
    return this.visible ? 'true' : 'false';
  }

  /** The field can't be used: its `disabled`, a `<fieldset disabled>`, or a container that disables it. */
  get disabled(): boolean {
    return (
      this.host.disabled || this.#formDisabled || (this.host.isConnected && inDisabledContainer(this.host))
    );
  }

  get interaction(): FieldInteraction {
    return this.#interaction;
  }

  get validity(): ValidityState {
    this.#ensureValidated();
    return this.options.adapter.validity;
  }

  // ── the validity API, as on a native control ───────────────────────────────────────────

  checkValidity(): boolean {
    this.#ensureValidated();
    return this.message === '';
  }

  /** Shows the message now (as a submit attempt does); false when the field is invalid. */
  reportValidity(): boolean {
    this.#ensureValidated();
    this.handle('submit');
    return this.message === '';
  }

  setCustomValidity(message: string) {
    this.#customError = String(message ?? '');
    this.validate();
    this.host.requestUpdate();
  }

  /** Back to pristine, as after a form reset. */
  resetInteraction() {
    this.#interaction = PRISTINE;
    this.host.requestUpdate();
  }

  /** Records what the user did; the element re-renders when what shows changes. */
  handle(event: FieldEvent) {
    const before = this.#interaction;
    this.#interaction = nextInteraction(before, event, this.host.validateOn === 'submit' ? 'submit' : 'blur');
    if (this.#interaction !== before) this.host.requestUpdate();
  }

  /** Recomputes the message and puts it where the form validates. */
  validate() {
    const { adapter } = this.options;
    this.#trackServerError();
    if (this.disabled) {
      // Disabled fields are neither validated nor submitted.
      adapter.constraint();
      this.#message = '';
      adapter.write('', null);
      return;
    }
    let failed: FailedConstraint | null = null;
    const message = firstMessage({
      standing: () => this.#standing(),
      constraint: () => {
        failed = adapter.constraint();
        return failed ? this.options.constraintMessage(failed) : '';
      },
      element: () => this.options.elementCheck?.() ?? '',
      value: () => this.options.value(),
      checks: () => this.options.checks?.() ?? [],
    });
    this.#message = message;
    const flag = (failed as FailedConstraint | null)?.flag ?? null;
    adapter.write(this.message, message === PENDING ? null : flag);
  }

  /**
   * On the server, where no controller hook runs: only an error given as data (`error`) can
   * show, and it renders in the server's markup.
   */
  prerender() {
    this.#trackServerError();
    this.#message = this.#standing();
  }

  // ── form lifecycle (the element forwards its form callbacks) ────────────────────────────

  formDisabledCallback(disabled: boolean) {
    this.#formDisabled = disabled;
    // Outside an update this schedules one. Inside one (Lit reflects `disabled` to its attribute
    // after render, and the browser calls this back at once) it is merged into the update that
    // already rendered the old state: `hostUpdated` renders again.
    this.host.requestUpdate();
  }

  formResetCallback() {
    // The browser calls it once the whole form is reset (the native controls hold their
    // defaults already, whether `reset()` was called or a reset button clicked).
    this.#interaction = PRISTINE;
    this.options.reset?.();
    this.host.requestUpdate();
  }

  // ── controller hooks ────────────────────────────────────────────────────────────────────

  hostConnected() {
    this.host.addEventListener('input', this.#onInput);
    this.host.addEventListener('change', this.#onChange);
    this.host.addEventListener('focusout', this.#onFocusOut);
    // `invalid` doesn't bubble: listen in the capture phase.
    this.host.addEventListener('invalid', this.#onInvalid, true);
    this.#unwatch = watchContainers(this);
  }

  hostDisconnected() {
    this.host.removeEventListener('input', this.#onInput);
    this.host.removeEventListener('change', this.#onChange);
    this.host.removeEventListener('focusout', this.#onFocusOut);
    this.host.removeEventListener('invalid', this.#onInvalid, true);
    this.#unwatch?.();
  }

  /** Before each render: the message renders in the same update. */
  hostUpdate() {
    this.#renderedDisabled = this.disabled;
    // Hydrating server markup: its controls hold what the user typed; the element reads it next.
    if (!this.#hydrating) this.options.syncControls?.();
    this.validate();
    this.#syncStates();
  }

  /** After each render: the constraints rendered just now may change the message. */
  hostUpdated() {
    const shownBefore = this.visible ? this.message : '';
    // Controls rendered just now take the state set by script (`checked` is never bound in
    // templates: a server render would write it as `checked="false"`).
    if (!this.#hydrating) this.options.syncControls?.();
    this.validate();
    this.#submitValue();
    if ((this.visible ? this.message : '') !== shownBefore || this.disabled !== this.#renderedDisabled)
      this.host.requestUpdate();
    this.#syncStates();
  }

  /** A container around the field opened, closed, was enabled or disabled. */
  containerChanged() {
    this.host.requestUpdate();
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────

  get #hydrating(): boolean {
    return (this.host as FieldHost & { hydrating?: boolean }).hydrating === true;
  }

  #ensureValidated() {
    // Before the first render, render now, so the native controls exist and are checked.
    const host = this.host as FieldHost & { performUpdate(): void; isUpdatePending: boolean };
    if (!host.hasUpdated && host.isConnected && host.isUpdatePending) host.performUpdate();
    else this.validate();
  }

  #standing(): string {
    if (this.#customError) return this.#customError;
    if (this.host.error && this.#errorValue === this.options.value()) return this.host.error;
    return '';
  }

  /** A new `error` is about the value the user sees now; it stands until that value changes. */
  #trackServerError() {
    const error = this.host.error ?? '';
    if (error === this.#error) return;
    this.#error = error;
    this.#errorValue = error ? this.options.value() : undefined;
  }

  #submitValue() {
    const formValue = this.options.formValue;
    if (!formValue) return;
    if (this.disabled) this.host.internals.setFormValue(null);
    else this.host.internals.setFormValue(...formValue());
  }

  #syncStates() {
    const shown = this.visible;
    const valid = this.#interaction.shown && !shown && this.message === '';
    toggleState(this.host, 'user-invalid', shown);
    toggleState(this.host, 'user-valid', valid);
    // A field that owns its validity is invalid in its ElementInternals from the start, and
    // Chromium would expose the host as invalid: its inner controls say it, when it shows.
    if (this.options.formValue) this.host.internals.ariaInvalid = 'false';
  }

  #onInput = () => {
    this.handle('input');
    // Every change re-validates, so the form never submits a stale value.
    this.host.requestUpdate();
  };

  #onChange = (event: Event) => {
    if (isChoice(event.composedPath()[0] ?? null)) this.handle('commit');
    this.host.requestUpdate();
  };

  #onFocusOut = (event: FocusEvent) => {
    // Focus moving between the field's own parts is not leaving the field.
    if (event.relatedTarget instanceof Node && this.host.contains(event.relatedTarget)) return;
    this.handle('leave');
  };

  #onInvalid = (event: Event) => {
    // The message shows inline (and in the error summary): no browser bubble in another language.
    event.preventDefault();
    this.handle('submit');
  };
}

function toggleState(host: FieldHost, name: 'user-invalid' | 'user-valid', on: boolean) {
  const states = host.internals.states;
  if (on) states?.add(name);
  else states?.delete(name);
  // The matching attribute, for styles and tools that can't read custom states.
  host.toggleAttribute(`data-${name}`, on);
}

export type { FieldControl };
export type { ValidityFlag };
