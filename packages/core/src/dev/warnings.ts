import { DEV } from '#dev';

/**
 * Where the documentation lives, for the links in warnings. None by default: a published copy
 * of the Storybook is the team's own (`setDocsBaseUrl('https://design.example.gouv.fr/')`).
 */
let docsBaseUrl = '';
const warned = new Set<string>();

export { DEV };

/** Sets where warnings link to: the base URL of a published gouvkit Storybook ('' for no link). */
export function setDocsBaseUrl(url: string) {
  docsBaseUrl = url;
}

/**
 * Prints a development warning once per element name and code, with a link to the docs when a
 * docs base URL is set. Warnings point at mistakes that axe or users would find later (no
 * accessible name, a typo in a variant) while the developer is still looking at the console.
 *
 * Only in development: `DEV` comes from the `development` export condition, and production
 * bundles drop every `if (DEV)` branch. Call sites guard with `if (DEV)` too, so the message
 * texts leave the bundle as well.
 */
export function warnOnce(tagName: string, code: string, message: string, docsId?: string) {
  if (!DEV) return;
  const key = `${tagName}:${code}`;
  if (warned.has(key)) return;
  warned.add(key);
  const docs = docsId && docsBaseUrl ? ` Documentation : ${docsBaseUrl}?path=/docs/${docsId}` : '';
  console.warn(`[gouvkit] <${tagName}> ${message}${docs}`);
}

/**
 * Returns `value` when it is one of `allowed`, else `fallback`; in development, also warns
 * about the unknown value.
 */
export function checkAllowedValue<T extends string>(
  host: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  docsId?: string,
): T {
  if (value == null || (allowed as readonly string[]).includes(value)) return (value ?? fallback) as T;
  if (DEV)
    warnOnce(
      host.localName,
      `unknown-${attribute}-${value}`,
      `${attribute}="${value}" n’est pas une valeur connue (${allowed.join(', ')}) ; « ${fallback} » est utilisé.`,
      docsId,
    );
  return fallback;
}

/** For tests: forget which warnings were printed. */
export function resetWarnings() {
  warned.clear();
}
