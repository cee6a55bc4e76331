import { firstFailedFlag, type ValidityFlag } from './validity-flags.js';

/** A native control a field renders in its light DOM. */
export type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A failed constraint, and the native control it is about (none for a composite field's own). */
export interface FailedConstraint {
  flag: ValidityFlag;
  control: FieldControl | null;
}

/**
 * Where a field's validity lives, for its `FieldController`: on the native controls it renders,
 * or in its `ElementInternals` for a field that owns a value of its own.
 */
export interface FieldAdapter {
  /** The constraint that fails now, read afresh (the adapter's own message cleared first). */
  constraint(): FailedConstraint | null;
  /** Puts `message` where the form validates, so the form won't submit while it stands. */
  write(message: string, flag: ValidityFlag | null): void;
  /** What `validity` answers. */
  readonly validity: ValidityState;
}

/**
 * Native light-DOM controls (an input, a select, a group's radios): the browser checks their
 * constraints and the form submits their values; the field's message becomes their custom
 * validity, so the form won't submit while it stands and `validationMessage` says why.
 */
export class NativeControlsAdapter implements FieldAdapter {
  constructor(
    private readonly controls: () => readonly FieldControl[],
    private readonly internals: ElementInternals,
  ) {}

  constraint(): FailedConstraint | null {
    const controls = this.controls();
    // Clear first: our custom message would hide the native flags.
    for (const control of controls) control.setCustomValidity('');
    for (const control of controls) {
      const flag = firstFailedFlag(control.validity);
      if (flag) return { flag, control };
    }
    return null;
  }

  write(message: string) {
    for (const control of this.controls()) control.setCustomValidity(message);
  }

  get validity(): ValidityState {
    return this.controls()[0]?.validity ?? this.internals.validity;
  }
}

/**
 * A field that owns its value (a date typed in three boxes, a combobox's choice): the value
 * goes to the form and the validity to the browser through `ElementInternals`; the browser
 * points at `anchor` (the box to fix) when it reports the error.
 */
export class InternalsAdapter implements FieldAdapter {
  constructor(
    private readonly internals: ElementInternals,
    private readonly options: {
      /** The element's own constraint that fails now (`valueMissing`…), if any. */
      constraint(): ValidityFlag | null;
      /** The inner control to focus when the error is reported. */
      anchor(): HTMLElement | null | undefined;
    },
  ) {}

  constraint(): FailedConstraint | null {
    const flag = this.options.constraint();
    return flag ? { flag, control: null } : null;
  }

  write(message: string, flag: ValidityFlag | null) {
    if (!message) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.options.anchor() ?? undefined;
    this.internals.setValidity({ [flag ?? 'customError']: true }, message, anchor);
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }
}
