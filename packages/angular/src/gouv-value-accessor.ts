import { DestroyRef, Directive, ElementRef, forwardRef, inject } from '@angular/core';
import {
  MaxLengthValidator,
  MinLengthValidator,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  PatternValidator,
  RequiredValidator,
  type ControlValueAccessor,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';
import {
  FIELD_SELECTOR,
  kindOf,
  ownTarget,
  readField,
  validityErrors,
  writeField,
  type FieldLike,
} from './fields.js';

/** A gouvkit field element, as the directive uses it (structural: no import of the elements). */
type FieldElement = HTMLElement &
  FieldLike & {
    disabled: boolean;
    readonly validity?: ValidityState;
    readonly validationMessage?: string;
    /** Lit's reactive controllers: told after each update of the element. */
    addController?(controller: { hostUpdated(): void }): void;
    removeController?(controller: { hostUpdated(): void }): void;
  };

/**
 * Binds a gouvkit field to Angular forms (`formControlName`, `formControl`, `ngModel`): the
 * control's value follows the field (`input`), the field shows the control's value, Angular's
 * `disable()` disables it, and it is touched when left (`focusout`) or committed (`change`).
 *
 * It is also the control's validator: the control is invalid exactly when the element is (its
 * `required`, `type`, `validate="siret"`, its own checks), with the error the element shows;
 * Angular's `required`, `minlength`, `maxlength` and `pattern` validators on the same element
 * are turned off, since the element checks those attributes itself.
 *
 * Values: a string for text fields, selects, radio groups, ranges and dates (ISO); `string[]`
 * for `gouv-checkbox-group`; a boolean (`checked`) for `gouv-checkbox` and `gouv-toggle`; the
 * chosen `File[]` for `gouv-file-upload`, which the model can read but not set.
 */
@Directive({
  selector: FIELD_SELECTOR,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => GouvValueAccessor), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => GouvValueAccessor), multi: true },
  ],
  host: {
    '(input)': 'onInput($event)',
    '(change)': 'onCommit($event)',
    '(focusout)': 'onLeave($event)',
  },
})
export class GouvValueAccessor implements ControlValueAccessor, Validator {
  readonly #field = inject<ElementRef<FieldElement>>(ElementRef).nativeElement;
  readonly #kind = kindOf(this.#field.localName);
  #changed: (value: unknown) => void = () => {};
  #touched: () => void = () => {};
  #validatorChanged: () => void = () => {};
  /** The errors Angular has now (from the last `validate()`), as JSON. */
  #errors = 'null';

  constructor() {
    // `required`, `minlength`, `maxlength` and `pattern` on a field also bring Angular's own
    // validators, which would check the model on their own: a second error, or a different one
    // (a required field inside a closed reveal is not required; a date half typed is not
    // « required »). The element checks these attributes itself: its validity is the only one.
    // (Those directives keep setting the attributes the element reads.)
    for (const token of [RequiredValidator, MinLengthValidator, MaxLengthValidator, PatternValidator]) {
      const angular = inject<Validator>(token, { self: true, optional: true });
      if (angular) angular.validate = () => null;
    }
    this.#watchValidity();
  }

  /**
   * The element's validity also changes without an event Angular sees: a value set by the model
   * reaches the native controls in the element's next update, options arrive after the field,
   * a reveal around it closes. After each update of the element (a Lit controller), Angular is
   * told when the errors are no longer those it has.
   */
  #watchValidity() {
    const field = this.#field;
    let queued = false;
    const check = () => {
      queued = false;
      const now = JSON.stringify(validityErrors(field.validity, field.validationMessage));
      if (now !== this.#errors) this.#validatorChanged();
    };
    // After the update, not in it: an update may run inside Angular's own checks (the element
    // renders at once when its validity is first read), where the control can't change again.
    const watcher = {
      hostUpdated: () => {
        if (queued) return;
        queued = true;
        queueMicrotask(check);
      },
    };
    const watch = () => field.addController?.(watcher);
    if (field.addController) watch();
    else void customElements.whenDefined(field.localName).then(watch);
    inject(DestroyRef).onDestroy(() => field.removeController?.(watcher));
  }

  writeValue(value: unknown): void {
    writeField(this.#kind, this.#field, value);
  }

  registerOnChange(fn: (value: unknown) => void): void {
    this.#changed = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.#touched = fn;
  }

  setDisabledState(disabled: boolean): void {
    // The attribute, not the property: set as a property, `disabled = false` leaves the native
    // control disabled until the element's next update (the browser's formDisabledCallback for
    // the reflected attribute comes during the update, and the new one it requests is dropped).
    this.#field.toggleAttribute('disabled', disabled);
    // A disabled control has no errors, and Angular checks it again when enabled.
    if (disabled) this.#errors = 'null';
  }

  validate(): ValidationErrors | null {
    const errors = validityErrors(this.#field.validity, this.#field.validationMessage);
    this.#errors = JSON.stringify(errors);
    return errors;
  }

  registerOnValidatorChange(fn: () => void): void {
    this.#validatorChanged = fn;
  }

  // Events from a field nested in this one (a conditional reveal's, inside a radio group) are
  // that field's business.

  protected onInput(event: Event): void {
    // A file input fires `input` before the element takes the new files, on `change`.
    if (this.#kind === 'files' || !ownTarget(this.#field, event.target as Element | null)) return;
    this.#changed(readField(this.#kind, this.#field));
  }

  protected onCommit(event: Event): void {
    if (!ownTarget(this.#field, event.target as Element | null)) return;
    if (this.#kind === 'files') this.#changed(readField(this.#kind, this.#field));
    this.#touched();
  }

  protected onLeave(event: FocusEvent): void {
    if (!ownTarget(this.#field, event.target as Element | null)) return;
    // Focus moving between the field's own parts (a date's three boxes) is not leaving it.
    if (event.relatedTarget instanceof Node && this.#field.contains(event.relatedTarget)) return;
    this.#touched();
  }
}
