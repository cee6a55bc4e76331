import type { ContrastKind } from './contrast.js';
import type { TokenName } from './index.js';

/** A foreground drawn on a background somewhere in gouvkit. */
export interface ContrastPair {
  readonly foreground: TokenName;
  readonly background: TokenName;
  readonly kind: ContrastKind;
}

/**
 * Every foreground / background pair the components use, checked in both themes by
 * contrast.spec.ts and shown in the Fondations/Couleurs story. Add a line when a component
 * puts a colour on a new background.
 *
 * Left out on purpose:
 * - disabled text and borders: WCAG 1.4.3 and 1.4.11 exempt inactive controls;
 * - border-default: decorative separators and card outlines, never a control's only boundary;
 * - action-high text on action-low hover/active: DSFR's dark values give 2.6:1 and 1.9:1, so
 *   components keep text on the idle action-low tint (or change only the border on hover).
 */
export const contrastPairs: readonly ContrastPair[] = [
  // Body text on every surface: paragraphs, table cells, card bodies, menus and modals.
  { foreground: 'color-text-default', background: 'color-background-default', kind: 'text' },
  { foreground: 'color-text-default', background: 'color-background-alt', kind: 'text' }, // alternate sections
  { foreground: 'color-text-default', background: 'color-background-contrast', kind: 'text' }, // input values, callouts
  { foreground: 'color-text-default', background: 'color-background-raised', kind: 'text' }, // cards, tiles
  { foreground: 'color-text-default', background: 'color-background-overlap', kind: 'text' }, // menus, modals
  // Titles and labels.
  { foreground: 'color-text-title', background: 'color-background-default', kind: 'text' },
  { foreground: 'color-text-title', background: 'color-background-alt', kind: 'text' },
  { foreground: 'color-text-title', background: 'color-background-contrast', kind: 'text' },
  { foreground: 'color-text-title', background: 'color-background-raised', kind: 'text' }, // card titles
  { foreground: 'color-text-title', background: 'color-background-overlap', kind: 'text' }, // modal titles
  { foreground: 'color-text-label', background: 'color-background-default', kind: 'text' }, // form labels
  { foreground: 'color-text-label', background: 'color-background-alt', kind: 'text' }, // forms in alt sections
  // Blue France headings: large bold text only.
  { foreground: 'color-text-title-blue-france', background: 'color-background-default', kind: 'large-text' },
  { foreground: 'color-text-title-blue-france', background: 'color-background-alt', kind: 'large-text' },
  { foreground: 'color-text-title-blue-france', background: 'color-background-raised', kind: 'large-text' },
  // Secondary text: hints under labels, captions, card details, hints inside alerts.
  { foreground: 'color-text-mention', background: 'color-background-default', kind: 'text' },
  { foreground: 'color-text-mention', background: 'color-background-alt', kind: 'text' },
  { foreground: 'color-text-mention', background: 'color-background-contrast', kind: 'text' }, // input placeholder
  { foreground: 'color-text-mention', background: 'color-background-raised', kind: 'text' },
  { foreground: 'color-text-mention', background: 'color-background-info', kind: 'text' },
  { foreground: 'color-text-mention', background: 'color-background-success', kind: 'text' },
  { foreground: 'color-text-mention', background: 'color-background-warning', kind: 'text' },
  { foreground: 'color-text-mention', background: 'color-background-error', kind: 'text' },
  // Primary button: inverted text on the blue France fill, in every state.
  { foreground: 'color-text-inverted', background: 'color-background-action-high', kind: 'text' },
  { foreground: 'color-text-inverted', background: 'color-background-action-high-hover', kind: 'text' },
  { foreground: 'color-text-inverted', background: 'color-background-action-high-active', kind: 'text' },
  // Links, secondary and tertiary buttons, tags: action-high text.
  { foreground: 'color-text-action-high', background: 'color-background-default', kind: 'text' },
  { foreground: 'color-text-action-high', background: 'color-background-alt', kind: 'text' },
  { foreground: 'color-text-action-high', background: 'color-background-contrast', kind: 'text' }, // links in callouts
  { foreground: 'color-text-action-high', background: 'color-background-raised', kind: 'text' }, // card links
  { foreground: 'color-text-action-high', background: 'color-background-overlap', kind: 'text' }, // menu items
  { foreground: 'color-text-action-high', background: 'color-background-action-low', kind: 'text' }, // tags
  { foreground: 'color-text-action-high', background: 'color-background-transparent-hover', kind: 'text' }, // tertiary button hover
  { foreground: 'color-text-action-high', background: 'color-background-transparent-active', kind: 'text' }, // tertiary button pressed
  // Status text on the page (field messages) and on its own tint (alerts, notices).
  { foreground: 'color-text-info', background: 'color-background-default', kind: 'text' },
  { foreground: 'color-text-info', background: 'color-background-info', kind: 'text' },
  { foreground: 'color-text-success', background: 'color-background-default', kind: 'text' },
  { foreground: 'color-text-success', background: 'color-background-success', kind: 'text' },
  { foreground: 'color-text-warning', background: 'color-background-default', kind: 'text' },
  { foreground: 'color-text-warning', background: 'color-background-warning', kind: 'text' },
  { foreground: 'color-text-error', background: 'color-background-default', kind: 'text' },
  { foreground: 'color-text-error', background: 'color-background-error', kind: 'text' },
  // Body and title text inside an alert or notice, on its tint.
  { foreground: 'color-text-default', background: 'color-background-info', kind: 'text' },
  { foreground: 'color-text-default', background: 'color-background-success', kind: 'text' },
  { foreground: 'color-text-default', background: 'color-background-warning', kind: 'text' },
  { foreground: 'color-text-default', background: 'color-background-error', kind: 'text' },
  { foreground: 'color-text-title', background: 'color-background-info', kind: 'text' },
  { foreground: 'color-text-title', background: 'color-background-success', kind: 'text' },
  { foreground: 'color-text-title', background: 'color-background-warning', kind: 'text' },
  { foreground: 'color-text-title', background: 'color-background-error', kind: 'text' },
  // Focus ring (WCAG 2.4.13 / 1.4.11): drawn 2px outside the element, on the surface around it.
  { foreground: 'color-focus', background: 'color-background-default', kind: 'ui' },
  { foreground: 'color-focus', background: 'color-background-alt', kind: 'ui' },
  { foreground: 'color-focus', background: 'color-background-contrast', kind: 'ui' },
  { foreground: 'color-focus', background: 'color-background-raised', kind: 'ui' },
  { foreground: 'color-focus', background: 'color-background-overlap', kind: 'ui' },
  // Control boundaries (WCAG 1.4.11).
  { foreground: 'color-border-plain', background: 'color-background-default', kind: 'ui' }, // checkbox and radio outlines
  { foreground: 'color-border-plain', background: 'color-background-contrast', kind: 'ui' }, // input underline on its fill
  { foreground: 'color-border-action-high', background: 'color-background-default', kind: 'ui' }, // secondary button outline
  { foreground: 'color-border-action-high', background: 'color-background-alt', kind: 'ui' },
  { foreground: 'color-background-action-high', background: 'color-background-default', kind: 'ui' }, // primary button fill, checked box
  { foreground: 'color-background-action-high', background: 'color-background-alt', kind: 'ui' },
  // Field state bars and alert borders (WCAG 1.4.11), on the page and on their own tint.
  { foreground: 'color-border-info', background: 'color-background-default', kind: 'ui' },
  { foreground: 'color-border-success', background: 'color-background-default', kind: 'ui' },
  { foreground: 'color-border-warning', background: 'color-background-default', kind: 'ui' },
  { foreground: 'color-border-error', background: 'color-background-default', kind: 'ui' },
  { foreground: 'color-border-info', background: 'color-background-info', kind: 'ui' },
  { foreground: 'color-border-success', background: 'color-background-success', kind: 'ui' },
  { foreground: 'color-border-warning', background: 'color-background-warning', kind: 'ui' },
  { foreground: 'color-border-error', background: 'color-background-error', kind: 'ui' },
  // Brand accents and pictograms (graphics that carry meaning, WCAG 1.4.11).
  { foreground: 'color-border-red-marianne', background: 'color-background-default', kind: 'ui' },
  { foreground: 'color-artwork-major-blue-france', background: 'color-background-default', kind: 'ui' },
  { foreground: 'color-artwork-major-blue-france', background: 'color-background-alt', kind: 'ui' },
  { foreground: 'color-artwork-minor-red-marianne', background: 'color-background-default', kind: 'ui' },
];
