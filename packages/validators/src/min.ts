import { parseNumber } from './parse-number.js';
import { fail, ok, type Validator } from './result.js';

/** A number ≥ `limit`. The value is the parsed number, null when empty (use `required` to refuse that). */
export function min(limit: number): Validator<number | null, 'number.invalid' | 'number.min'> {
  return (input) => {
    const value = parseNumber(input);
    if (value === undefined) return fail('number.invalid');
    if (value !== null && value < limit) return fail('number.min', { min: limit });
    return ok(value);
  };
}
