import { toText } from './normalize.js';
import { fail, ok, type Validator } from './result.js';

export interface PatternOptions {
  /** A sample of the expected format, shown in the message: "AB-123-CD". */
  example?: string;
}

/**
 * The whole trimmed value must match, as with the HTML `pattern` attribute (anchored, g and y
 * flags dropped so no lastIndex state leaks between calls). String patterns are compiled with
 * the u flag, which every supported browser has (HTML now uses v, which older Safari lacks).
 * An invalid pattern throws here, when the form is set up, not when a user types.
 */
export function pattern(
  expected: RegExp | string,
  options: PatternOptions = {},
): Validator<string, 'text.pattern' | 'text.patternExample'> {
  const source = typeof expected === 'string' ? expected : expected.source;
  const flags = typeof expected === 'string' ? 'u' : expected.flags.replace(/[gy]/g, '');
  const anchored = new RegExp(`^(?:${source})$`, flags);
  const { example } = options;
  return (input) => {
    const text = toText(input).trim();
    if (text === '' || anchored.test(text)) return ok(text);
    return example === undefined ? fail('text.pattern') : fail('text.patternExample', { example });
  };
}
