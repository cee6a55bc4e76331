/**
 * After hydration, Lit believes the DOM holds the values of the browser's first render. It
 * holds the server's: a value the server could not know (a function property set by the page,
 * the page's language, what the user typed before scripts ran) would never be written. This
 * marks every hydrated part so the next render writes its value, keeping the nodes.
 *
 * It reads the part fields that Lit's own hydration (`@lit-labs/ssr-client`) writes: a part's
 * committed value and a template instance's parts, `_$committedValue` and `_$parts` in Lit's
 * development build, `_$AH` and `_$AV` in its production build (names Lit keeps stable between
 * its packages). The server-rendering tests fail if they change.
 */
const STALE = Object.freeze({ stale: true });

const CHILD = 2;
const EVENT = 5;
const ELEMENT = 6;

type LitPart = { type: number } & Record<string, unknown>;

const COMMITTED = ['_$committedValue', '_$AH'];
const PARTS = ['_$parts', '_$AV'];

function committedKey(part: LitPart): string | undefined {
  return COMMITTED.find((key) => key in part);
}

function instanceParts(value: unknown): (LitPart | undefined)[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const key = PARTS.find((name) => Array.isArray((value as Record<string, unknown>)[name]));
  return key ? ((value as Record<string, unknown>)[key] as (LitPart | undefined)[]) : undefined;
}

function markStale(part: LitPart) {
  if (part.type === EVENT || part.type === ELEMENT) return;
  const key = committedKey(part);
  if (!key) return;
  const value = part[key];
  if (part.type !== CHILD) {
    part[key] = Array.isArray(value) ? value.map(() => STALE) : STALE;
    return;
  }
  const inner = instanceParts(value);
  if (inner) inner.forEach((child) => child && markStale(child));
  else if (Array.isArray(value)) (value as LitPart[]).forEach(markStale);
  else part[key] = STALE;
}

/** Marks the parts Lit hydrated in `container`, so the next render writes every value. */
export function markHydratedPartsStale(container: Element | ShadowRoot) {
  const root = (container as unknown as { _$litPart$?: LitPart })._$litPart$;
  if (root) markStale(root);
}
