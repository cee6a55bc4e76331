/**
 * The address for a link built from an attribute or from data (a CMS, a config): a `javascript:`,
 * `vbscript:` or `data:` address would run script or show forged content when followed, so it
 * is replaced by `fallback`. Browsers ignore tabs, line breaks and control characters in a
 * scheme, so they are removed before checking.
 */
export function safeHref(href: string | null | undefined, fallback = '/'): string {
  const value = (href ?? '').trim();
  // eslint-disable-next-line no-control-regex -- control characters are what we strip
  const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return !value || /^(javascript|vbscript|data):/.test(scheme) ? fallback : value;
}
