// The whole set by name, on its own entry: `@gouvkit/core` loads it lazily for `icon="…"`
// attributes, so element bundles keep only the icons they import by name.
import { iconPaths } from './generated/icon-paths.js';

export { iconPaths };

/** The name of an icon, as in DSFR's `fr-icon-<name>` classes. */
export type IconName = keyof typeof iconPaths;

export function iconNames(): IconName[] {
  return Object.keys(iconPaths) as IconName[];
}

export function isIconName(name: unknown): name is IconName {
  return typeof name === 'string' && Object.hasOwn(iconPaths, name);
}
