import { iconPaths } from './generated/icons.js';

export { iconPaths };

/** The name of an icon, as in DSFR's `fr-icon-<name>` classes. */
export type IconName = keyof typeof iconPaths;

export const iconNames = Object.keys(iconPaths) as IconName[];

export function isIconName(name: unknown): name is IconName {
  return typeof name === 'string' && Object.hasOwn(iconPaths, name);
}

/**
 * The icon as SVG markup, for pages that render HTML on the server. Decorative by default
 * (`aria-hidden`); it takes the text colour (`currentColor`), so it follows the theme and
 * forced colours.
 */
export function iconSvg(name: IconName, size = '1.5rem'): string {
  const paths = iconPaths[name].map((d) => `<path d="${d}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}" fill="currentColor" aria-hidden="true" focusable="false">${paths}</svg>`;
}
