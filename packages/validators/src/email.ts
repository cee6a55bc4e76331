import { fail, ok, type ValidationResult } from './result.js';
import { toText } from './normalize.js';

export type EmailKey =
  'email.empty' | 'email.format' | 'email.tooLong' | 'email.localTooLong' | 'email.domain';

/**
 * The HTML standard's "valid email address" (input type=email), as its ABNF
 * `1*( atext / "." ) "@" label *( "." label )`, labels being letters, digits and inner
 * hyphens, 63 characters at most. It deliberately ignores RFC 5322 quoting and comments.
 * Using the same rule as the browser means the server never accepts what the field refused,
 * nor the reverse.
 */
const HTML_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const HTML_LOCAL_PART = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;

// SMTP limits (RFC 5321): 64 octets before the @, 254 for a whole address that fits in a path.
const MAX_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/**
 * Internationalised domains ("mairie-égletons.fr") are accepted and converted to their
 * ASCII (punycode) form, as browsers do for type=email; that is also the form mail servers
 * expect. The URL parser, standard in Node and browsers, does the IDNA mapping. Non-ASCII
 * local parts (SMTPUTF8) are refused, as the HTML rule does: many mail systems can't deliver them.
 */
function toAsciiDomain(domain: string): string | null {
  // eslint-disable-next-line no-control-regex -- the range is "every ASCII character"
  if (!/[^\x00-\x7f]/.test(domain)) return domain;
  // Only letters, digits, dots and hyphens besides the non-ASCII ones: anything else could
  // change how the URL is parsed.
  // eslint-disable-next-line no-control-regex -- same range as above
  if (!/^[a-zA-Z0-9.-]*$/.test(domain.replace(/[^\x00-\x7f]/g, ''))) return null;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

/** Pragmatic email address check: the HTML rule, plus a dot in the domain and SMTP length limits. */
export function validateEmail(input: unknown): ValidationResult<string, EmailKey> {
  const text = toText(input).trim();
  if (text === '') return fail('email.empty');
  if (text.length > MAX_LENGTH) return fail('email.tooLong', { max: MAX_LENGTH });

  const at = text.lastIndexOf('@');
  if (at <= 0 || text.indexOf('@') !== at) return fail('email.format');
  const local = text.slice(0, at);
  if (local.length > MAX_LOCAL_LENGTH) return fail('email.localTooLong', { max: MAX_LOCAL_LENGTH });
  if (!HTML_LOCAL_PART.test(local)) return fail('email.format');

  const domain = toAsciiDomain(text.slice(at + 1));
  if (domain === null || domain === '') return fail('email.domain');
  const address = `${local}@${domain.toLowerCase()}`;
  if (address.length > MAX_LENGTH) return fail('email.tooLong', { max: MAX_LENGTH });
  if (!HTML_EMAIL.test(address)) return fail('email.domain');
  // HTML allows "name@localhost"; a public service needs an address on the internet, whose
  // top-level domain is never all digits (that would be an IP address without brackets).
  const topLevel = domain.slice(domain.lastIndexOf('.') + 1);
  if (!domain.includes('.') || /^\d+$/.test(topLevel)) return fail('email.domain');
  return ok(address);
}
