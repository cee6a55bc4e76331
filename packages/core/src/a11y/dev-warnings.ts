/** Where the Storybook docs live; a team can point warnings at its own published copy. */
let docsBaseUrl = 'http://127.0.0.1:6006/';
const warned = new Set<string>();

export function setDocsBaseUrl(url: string) {
  docsBaseUrl = url;
}

/**
 * Prints a development warning once per element name and code, with a link to the docs.
 * Warnings point at mistakes that axe or users would find later (no accessible name, a typo
 * in a variant) while the developer is still looking at the console.
 */
export function warnOnce(tagName: string, code: string, message: string, docsId?: string) {
  const key = `${tagName}:${code}`;
  if (warned.has(key)) return;
  warned.add(key);
  const docs = docsId ? ` Documentation : ${docsBaseUrl}?path=/docs/${docsId}` : '';
  console.warn(`[gouvkit] <${tagName}> ${message}${docs}`);
}

/** Warns when an attribute holds a value the element doesn't know, and returns the fallback. */
export function checkAllowedValue<T extends string>(
  host: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  docsId?: string,
): T {
  if (value == null || (allowed as readonly string[]).includes(value)) return (value ?? fallback) as T;
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
