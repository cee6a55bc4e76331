import { codePointLength, toText } from './normalize.js';
import { fail, ok, type Validator } from './result.js';

/** At most `max` characters, counted like `minLength`. The message tells how many were typed. */
export function maxLength(max: number): Validator<string, 'text.maxLength'> {
  return (input) => {
    const text = toText(input).trim().normalize('NFC');
    const length = codePointLength(text);
    if (length > max) return fail('text.maxLength', { max, length });
    return ok(text);
  };
}
