import { codePointLength, toText } from './normalize.js';
import { fail, ok, type Validator } from './result.js';

/**
 * At least `min` characters, counted in code points after trimming and NFC normalisation, so
 * "é" typed as e + accent counts once. An empty value passes: pair with `required`.
 */
export function minLength(min: number): Validator<string, 'text.minLength'> {
  return (input) => {
    const text = toText(input).trim().normalize('NFC');
    if (text !== '' && codePointLength(text) < min) return fail('text.minLength', { min });
    return ok(text);
  };
}
