import { parseNumber } from './parse-number.js';
import { fail, ok, type Validator } from './result.js';

/**
 * A number on a grid of `size` from `base` (HTML's `step`): 0.5 accepts 1 and 1.5, not 1.3.
 * The value is the parsed number, null when empty. The check tolerates floating-point noise
 * (0.1 + 0.2), as browsers do.
 */
export function step(size: number, base = 0): Validator<number | null, 'number.invalid' | 'number.step'> {
  return (input) => {
    const value = parseNumber(input);
    if (value === undefined) return fail('number.invalid');
    if (value === null || !(size > 0)) return ok(value);
    const steps = (value - base) / size;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) return fail('number.step', { step: size });
    return ok(value);
  };
}
