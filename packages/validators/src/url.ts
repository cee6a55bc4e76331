import { toText } from './normalize.js';
import { fail, ok, type ValidationResult } from './result.js';

export type UrlKey = 'url.empty' | 'url.format';

/**
 * A web address a person can visit: `http:` or `https:` with a host, as `input type="url"`
 * accepts, minus the schemes (`javascript:`, `data:`) that are never a page to link to.
 * The value is the address as the URL parser normalises it.
 */
export function validateUrl(input: unknown): ValidationResult<string, UrlKey> {
  const text = toText(input).trim();
  if (text.length > 2048) return fail('url.format');
  if (text === '') return fail('url.empty');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('url.format');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return fail('url.format');
  return ok(url.href);
}
