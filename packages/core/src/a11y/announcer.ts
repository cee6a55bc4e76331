export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  politeness?: Politeness;
  /** The language of the message, when it is not the page's. */
  lang?: string;
}

const REGION_ATTRIBUTE = 'data-gouv-live-region';
/** Screen readers read a live region's change, not its content: clear, then write on the next frame. */
const WRITE_DELAY_MS = 50;

function region(politeness: Politeness): HTMLElement {
  const existing = document.querySelector<HTMLElement>(`[${REGION_ATTRIBUTE}="${politeness}"]`);
  if (existing) return existing;
  const el = document.createElement('div');
  el.setAttribute(REGION_ATTRIBUTE, politeness);
  // role=status / role=alert imply aria-live polite / assertive and aria-atomic.
  el.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
  // Visually hidden but read (the classic "sr-only" set, inline so no stylesheet is needed).
  el.style.cssText =
    'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0';
  document.body.append(el);
  return el;
}

/**
 * Reads `message` to screen-reader users through one shared pair of live regions in the document
 * (regions must exist before their text changes, and a region inside a shadow root may be missed).
 * Repeating the same message reads it again.
 */
export function announce(
  message: string,
  { politeness = 'polite', lang }: AnnounceOptions = {},
): Promise<void> {
  const el = region(politeness);
  el.textContent = '';
  if (lang) el.setAttribute('lang', lang);
  else el.removeAttribute('lang');
  const written = new Promise<void>((resolve) =>
    setTimeout(() => {
      el.textContent = message;
      resolve();
    }, WRITE_DELAY_MS),
  );
  pending.set(politeness, written);
  return written;
}

const pending = new Map<Politeness, Promise<void>>();

/**
 * Resolves once the last message given to `announce()` is written in its region (for tests,
 * and for tools that read what a page announces).
 */
export function whenAnnounced(politeness: Politeness = 'polite'): Promise<void> {
  return pending.get(politeness) ?? Promise.resolve();
}

/** The live region elements, for tests and for the audit tool. */
export function liveRegion(politeness: Politeness): HTMLElement {
  return region(politeness);
}
