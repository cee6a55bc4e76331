// Each icon by a camel-case name (`closeLine`), one module each, so a bundle keeps only the
// icons it imports. The whole set by name lives in `@gouvkit/icons/icon-paths.js`: importing it
// here would pull every icon into every bundle.
import type { IconData } from './types.js';

export * from './generated/icons.js';
export type { IconData };
export type { IconName } from './icon-paths.js';

/**
 * The icon as SVG markup, for pages that render HTML on the server. Decorative by default
 * (`aria-hidden`); it takes the text colour (`currentColor`), so it follows the theme and
 * forced colours.
 */
export function iconSvg(icon: IconData, size = '1.5rem'): string {
  const paths = icon.map((d) => `<path d="${d}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}" fill="currentColor" aria-hidden="true" focusable="false">${paths}</svg>`;
}
