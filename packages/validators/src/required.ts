import { fail, ok, type ValidationResult } from './result.js';

/**
 * Presence check, the only validator that rejects an empty value: the others follow HTML
 * constraint validation and let an empty optional field through. Strings are trimmed, an
 * unticked checkbox (false) and an empty multiple choice ([]) count as empty.
 */
export function required(input: unknown): ValidationResult<unknown, 'required'> {
  if (input === null || input === undefined || input === false) return fail('required');
  if (typeof input === 'number' && Number.isNaN(input)) return fail('required');
  if (Array.isArray(input) && input.length === 0) return fail('required');
  if (typeof input === 'string') {
    const text = input.trim();
    return text === '' ? fail('required') : ok(text);
  }
  return ok(input);
}
