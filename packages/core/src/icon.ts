import { isServer, svg, type ReactiveElement, type SVGTemplateResult } from 'lit';
import type { IconData } from '@gouvkit/icons';
import { DEV, warnOnce } from './dev/warnings.js';

/**
 * A decorative icon for a template, from its path data (`import { closeLine } from
 * '@gouvkit/icons'`), so a bundle carries only the icons it draws. It is hidden from assistive
 * technologies: the text next to it carries the meaning (RGAA 1.2).
 */
export function icon(paths: IconData, className = 'gouv-icon'): SVGTemplateResult {
  return svg`<svg class=${className} viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">${paths.map(
    (d) => svg`<path d=${d}></path>`,
  )}</svg>`;
}

let byName: Readonly<Record<string, IconData>> | undefined;
let loading: Promise<void> | undefined;
/** Elements that drew an icon before the set was loaded: they render again once it is. */
const waiting = new Set<ReactiveElement>();

function loadIcons(): Promise<void> {
  loading ??= import('@gouvkit/icons/icon-paths.js').then((module) => {
    byName = module.iconPaths;
    for (const host of waiting) host.requestUpdate();
    waiting.clear();
  });
  return loading;
}

// On the server, load the set at once: server markup then carries the icons, for pages without
// JavaScript (the browser loads it on first use).
if (isServer) void loadIcons();

/**
 * A decorative icon chosen by name in an attribute (`<gouv-button icon="download-line">`), with
 * the same markup whether the icon set is loaded or not: one `<svg>` whose path is filled in
 * once the set has loaded (in its own chunk, on first use, so elements that never take an icon
 * by name don't carry it). A server render and the browser's first render therefore have the
 * same structure, and the icon's box is there from the start (no layout shift). Every icon of
 * the set is a single path. An unknown name draws nothing (`data-missing`, not displayed by
 * `baseStyles`) and warns once.
 */
export function namedIcon(host: ReactiveElement, name: string, className = 'gouv-icon'): SVGTemplateResult {
  let d = '';
  let unknown = false;
  if (!byName) {
    if (!isServer) waiting.add(host);
    void loadIcons();
  } else if (Object.hasOwn(byName, name)) {
    d = byName[name]!.join(' ');
  } else {
    unknown = true;
    if (DEV)
      warnOnce(host.localName, `unknown-icon-${name}`, `icon="${name}" n’existe pas dans @gouvkit/icons.`);
  }
  return svg`<svg class=${className} viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false" ?data-missing=${unknown}><path d=${d}></path></svg>`;
}

/**
 * Resolves once the icon set is loaded and the elements waiting for it asked to render (for
 * tests, and for a server render that must carry the icons: await it before rendering).
 */
export function iconsReady(): Promise<void> {
  return loadIcons();
}
