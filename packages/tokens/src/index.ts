import { tokens } from './generated/tokens.js';

export { tokens } from './generated/tokens.js';
export { tokensCss } from './generated/tokens-css.js';
export type { TokenEntry } from './types.js';
export { contrastRatio, relativeLuminance, parseHexColor, minimumRatio } from './contrast.js';
export type { ContrastKind } from './contrast.js';
export { contrastPairs } from './contrast-pairs.js';
export type { ContrastPair } from './contrast-pairs.js';

/** A token name: its custom property without the `--gouv-` prefix, e.g. `color-text-title`. */
export type TokenName = keyof typeof tokens;

/** `var(--gouv-<name>)` for a known token, so a typo fails at compile time rather than in CSS. */
export function cssVar<N extends TokenName>(name: N): `var(--gouv-${N})` {
  return `var(--gouv-${name})`;
}

/**
 * DSFR's media-query breakpoints (min-width). Custom properties cannot be read in `@media`,
 * so components and pages use these in CSS-in-JS or copy them.
 */
export const breakpoints = {
  sm: tokens['breakpoint-sm'].value,
  md: tokens['breakpoint-md'].value,
  lg: tokens['breakpoint-lg'].value,
  xl: tokens['breakpoint-xl'].value,
} as const;
