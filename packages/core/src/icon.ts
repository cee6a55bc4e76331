import { nothing, svg, type SVGTemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import type { IconData } from '@gouvkit/icons';
import { warnOnce } from './a11y/dev-warnings.js';

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

let iconsByName: Readonly<Record<string, IconData>> | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the whole icon set once, on the first icon asked for by name. */
function loadIcons() {
  loading ??= import('@gouvkit/icons/icon-paths.js').then((module) => (iconsByName = module.iconPaths));
  return loading;
}

/**
 * An icon chosen by name in an attribute (`<gouv-button icon="download-line">`). The set is
 * loaded on first use, in its own chunk, so elements that never take an icon by name don't
 * carry it. An unknown name draws nothing and warns once.
 */
export function namedIcon(name: string, tagName: string, className = 'gouv-icon'): unknown {
  if (!iconsByName)
    return until(
      loadIcons().then(() => namedIcon(name, tagName, className)),
      nothing,
    );
  if (Object.hasOwn(iconsByName, name)) return icon(iconsByName[name]!, className);
  warnOnce(tagName, `unknown-icon-${name}`, `icon="${name}" n’existe pas dans @gouvkit/icons.`);
  return nothing;
}

/** Resolves once the icon set is loaded (for tests and server-side rendering). */
export function iconsReady(): Promise<unknown> {
  return loadIcons();
}
