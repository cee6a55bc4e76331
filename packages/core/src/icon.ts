import { svg, type SVGTemplateResult } from 'lit';
import { iconPaths, type IconName } from '@gouvkit/icons';

/**
 * A decorative icon for a shadow-root or light-DOM template. It is hidden from assistive
 * technologies: the text next to it carries the meaning (RGAA 1.2).
 */
export function icon(name: IconName, className = 'gouv-icon'): SVGTemplateResult {
  return svg`<svg class=${className} viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">${iconPaths[
    name
  ].map((d) => svg`<path d=${d}></path>`)}</svg>`;
}
