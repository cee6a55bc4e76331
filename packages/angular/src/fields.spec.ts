import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIELD_KINDS,
  FIELD_SELECTOR,
  kindOf,
  ownTarget,
  readField,
  validityErrors,
  writeField,
  type FieldLike,
} from './fields.js';

/** A ValidityState with the given flags up (`valid` follows them, as in a browser). */
function validity(...flags: (keyof ValidityState)[]): Partial<ValidityState> {
  return Object.fromEntries([...flags.map((flag) => [flag, true]), ['valid', flags.length === 0]]);
}

describe('the directive’s selector', () => {
  it('lists every field with formControlName, formControl and ngModel, nothing else', () => {
    const expected = Object.keys(FIELD_KINDS).flatMap((tag) =>
      ['formControlName', 'formControl', 'ngModel'].map((binding) => `${tag}[${binding}]`),
    );
    expect(FIELD_SELECTOR.split(',').sort()).toEqual(expected.sort());
  });

  it('covers every form-associated field of @gouvkit/forms that has a value', () => {
    // The manifest lists the elements; those without a form value are not bound to a control.
    const manifest = JSON.parse(
      readFileSync(new URL('../../forms/custom-elements.json', import.meta.url), 'utf8'),
    ) as { modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[] };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []);
    const valueless = [
      'gouv-fieldset',
      'gouv-conditional-reveal',
      'gouv-error-summary',
      'gouv-franceconnect-button',
      'gouv-question-page',
      'gouv-check-answers',
      'gouv-task-list',
    ];
    expect(tags.filter((tag) => !valueless.includes(tag)).sort()).toEqual(Object.keys(FIELD_KINDS).sort());
  });
});

describe('reading and writing a field', () => {
  it('gives text fields’ value as a string, and writes null as empty, a number as text', () => {
    const field: FieldLike = { value: 'Dupont' };
    expect(readField('text', field)).toBe('Dupont');
    writeField('text', field, 3);
    expect(field.value).toBe('3');
    writeField('text', field, null);
    expect(field.value).toBe('');
    expect(readField('text', { value: undefined })).toBe('');
  });

  it('gives a checkbox group’s ticked values as a new array, and writes null as none', () => {
    const ticked = ['sport', 'nature'];
    const field: FieldLike = { value: ticked };
    const read = readField('choices', field) as string[];
    expect(read).toEqual(['sport', 'nature']);
    expect(read).not.toBe(ticked);
    writeField('choices', field, ['culture']);
    expect(field.value).toEqual(['culture']);
    writeField('choices', field, null);
    expect(field.value).toEqual([]);
  });

  it('binds checkboxes and switches by checked, a boolean, and leaves their value alone', () => {
    const field: FieldLike = { value: 'oui', checked: false };
    writeField('checked', field, true);
    expect(field).toEqual({ value: 'oui', checked: true });
    expect(readField('checked', field)).toBe(true);
    writeField('checked', field, null);
    expect(readField('checked', field)).toBe(false);
  });

  it('reads the chosen files, and never writes them (no script can choose a file)', () => {
    const file = { name: 'attestation.txt' } as File;
    const field: FieldLike = { files: [file] };
    expect(readField('files', field)).toEqual([file]);
    writeField('files', field, null);
    expect(field.files).toEqual([file]);
  });

  it('knows each tag’s kind', () => {
    expect(kindOf('gouv-checkbox-group')).toBe('choices');
    expect(kindOf('gouv-toggle')).toBe('checked');
    expect(kindOf('gouv-file-upload')).toBe('files');
    expect(kindOf('gouv-date-picker')).toBe('text');
  });
});

describe('the element’s validity as Angular errors', () => {
  it('is null when valid, or when the element has no validity yet (not defined)', () => {
    expect(validityErrors(validity(), '')).toBeNull();
    expect(validityErrors(undefined, undefined)).toBeNull();
  });

  it('says a missing value as Angular’s required does, so the two merge into one error', () => {
    // The element writes its message as the controls' custom validity: both flags are up.
    expect(validityErrors(validity('valueMissing', 'customError'), 'Renseignez ce champ')).toEqual({
      required: true,
    });
  });

  it('gives any other constraint its flag and the element’s message', () => {
    const message = 'Saisissez une adresse électronique valide';
    expect(validityErrors(validity('typeMismatch', 'customError'), message)).toEqual({
      typeMismatch: message,
    });
    expect(validityErrors(validity('customError'), 'Numéro SIRET invalide')).toEqual({
      customError: 'Numéro SIRET invalide',
    });
    expect(validityErrors(validity('rangeOverflow'), '')).toEqual({ rangeOverflow: true });
  });
});

describe('events that are the field’s own', () => {
  const host = { closest: () => null };
  it('takes the host’s events and those of its parts, not those of a field nested in it', () => {
    expect(ownTarget(host, host)).toBe(true);
    expect(
      ownTarget(host, { closest: (selector) => (selector.includes('gouv-radio-group') ? host : null) }),
    ).toBe(true);
    const nested = { closest: () => ({ localName: 'gouv-input' }) };
    expect(ownTarget(host, nested)).toBe(false);
    expect(ownTarget(host, null)).toBe(false);
  });
});
