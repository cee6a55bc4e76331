// What the accessor knows of gouvkit's fields, without Angular: which property holds each
// field's value and of which type, and how the element's validity becomes Angular's errors.
// Kept apart from the directive so it is tested in Node.
import type { ValidationErrors } from '@angular/forms';

/**
 * How a field's value goes to and from the form model:
 * - `text`: `value`, a string (a date is ISO `YYYY-MM-DD`, a range or number field text too);
 * - `choices`: `value`, the ticked values (`string[]`);
 * - `checked`: `checked`, a boolean (the box submits its own `value` when ticked);
 * - `files`: `files`, the chosen `File`s; read-only, since no script can choose a file.
 */
export type FieldKind = 'text' | 'choices' | 'checked' | 'files';

/** Every gouvkit field that has a value in a form, and its kind. */
export const FIELD_KINDS = {
  'gouv-input': 'text',
  'gouv-textarea': 'text',
  'gouv-select': 'text',
  'gouv-combobox': 'text',
  'gouv-date-input': 'text',
  'gouv-date-picker': 'text',
  'gouv-range': 'text',
  'gouv-radio-group': 'text',
  'gouv-checkbox-group': 'choices',
  'gouv-checkbox': 'checked',
  'gouv-toggle': 'checked',
  'gouv-file-upload': 'files',
} as const satisfies Record<string, FieldKind>;

export type FieldTag = keyof typeof FIELD_KINDS;

/** The tags, as one CSS selector: the nearest field around an event's target. */
export const FIELD_TAGS = Object.keys(FIELD_KINDS).join(',');

/**
 * The directive's selector: every field with a form binding (`formControlName`, `formControl`,
 * `ngModel`). A literal, since Angular's compiler reads it statically; `fields.spec.ts` checks
 * that it lists every tag of `FIELD_KINDS` with each binding.
 */
export const FIELD_SELECTOR =
  'gouv-input[formControlName],gouv-input[formControl],gouv-input[ngModel],' +
  'gouv-textarea[formControlName],gouv-textarea[formControl],gouv-textarea[ngModel],' +
  'gouv-select[formControlName],gouv-select[formControl],gouv-select[ngModel],' +
  'gouv-combobox[formControlName],gouv-combobox[formControl],gouv-combobox[ngModel],' +
  'gouv-date-input[formControlName],gouv-date-input[formControl],gouv-date-input[ngModel],' +
  'gouv-date-picker[formControlName],gouv-date-picker[formControl],gouv-date-picker[ngModel],' +
  'gouv-range[formControlName],gouv-range[formControl],gouv-range[ngModel],' +
  'gouv-radio-group[formControlName],gouv-radio-group[formControl],gouv-radio-group[ngModel],' +
  'gouv-checkbox-group[formControlName],gouv-checkbox-group[formControl],gouv-checkbox-group[ngModel],' +
  'gouv-checkbox[formControlName],gouv-checkbox[formControl],gouv-checkbox[ngModel],' +
  'gouv-toggle[formControlName],gouv-toggle[formControl],gouv-toggle[ngModel],' +
  'gouv-file-upload[formControlName],gouv-file-upload[formControl],gouv-file-upload[ngModel]';

/** A gouvkit field, as far as the accessor reads and writes it. */
export interface FieldLike {
  value?: unknown;
  checked?: boolean;
  readonly files?: readonly File[];
}

export function kindOf(tag: string): FieldKind {
  return (FIELD_KINDS as Record<string, FieldKind>)[tag] ?? 'text';
}

/** The field's value, as the form model holds it (arrays are copies the model can keep). */
export function readField(kind: FieldKind, field: FieldLike): unknown {
  switch (kind) {
    case 'text':
      return field.value == null ? '' : String(field.value);
    case 'choices':
      return Array.isArray(field.value) ? field.value.map(String) : [];
    case 'checked':
      return field.checked === true;
    case 'files':
      return [...(field.files ?? [])];
  }
}

/**
 * Puts the model's value on the field. `null` (a new or reset control) empties it; a number is
 * text, as on a native input. Files can't be set by script: the field keeps those chosen.
 */
export function writeField(kind: FieldKind, field: FieldLike, value: unknown): void {
  switch (kind) {
    case 'text':
      field.value = value == null ? '' : String(value);
      return;
    case 'choices':
      field.value = Array.isArray(value) ? value.map(String) : [];
      return;
    case 'checked':
      field.checked = Boolean(value);
      return;
    case 'files':
      return;
  }
}

/** The constraint flags, in the order their message would be given (native first). */
const FLAGS = [
  'valueMissing',
  'typeMismatch',
  'patternMismatch',
  'tooLong',
  'tooShort',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
  'badInput',
  'customError',
] as const;

/**
 * The element's validity as Angular's errors: one entry, the first failed constraint. A missing
 * value is `{ required: true }`, the very error of Angular's `required` validator, which also
 * runs on `<gouv-input required formControlName>`: the two merge into one. Any other flag
 * (`typeMismatch`, `customError` for a French check or the element's own…) carries the
 * element's message, the one it shows.
 */
export function validityErrors(
  validity: Partial<ValidityState> | undefined,
  message: string | undefined,
): ValidationErrors | null {
  if (!validity || validity.valid !== false) return null;
  const flag = FLAGS.find((name) => validity[name]) ?? 'customError';
  if (flag === 'valueMissing') return { required: true };
  return { [flag]: message || true };
}

/** Whether `target` (an event's) belongs to `host` itself, not to a field nested in it (a reveal's). */
export function ownTarget(host: unknown, target: { closest?(selector: string): unknown } | null): boolean {
  if (target === host) return true;
  return typeof target?.closest === 'function' && target.closest(FIELD_TAGS) === host;
}
