import { tokensCss } from '../index.js';
import type { ContrastKind } from '../contrast.js';

/** Page styles shared by the foundation stories; every colour comes from a token. */
const docStyles = `
  .gk-doc {
    font-family: var(--gouv-font-family-base);
    font-size: var(--gouv-font-size-md);
    line-height: var(--gouv-line-height-md);
    color: var(--gouv-color-text-default);
    background: var(--gouv-color-background-default);
    padding: var(--gouv-space-3w);
  }
  .gk-doc h2,
  .gk-doc h3 {
    color: var(--gouv-color-text-title);
    margin: var(--gouv-space-4w) 0 var(--gouv-space-2w);
  }
  .gk-doc h2 {
    margin-top: 0;
  }
  .gk-doc table {
    border-collapse: collapse;
    margin-bottom: var(--gouv-space-4w);
  }
  .gk-doc caption {
    text-align: start;
    font-weight: var(--gouv-font-weight-bold);
    color: var(--gouv-color-text-title);
    padding-bottom: var(--gouv-space-1w);
  }
  .gk-doc th,
  .gk-doc td {
    text-align: start;
    vertical-align: middle;
    padding: var(--gouv-space-1w) var(--gouv-space-2w);
    border-bottom: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
  }
  .gk-doc thead th {
    color: var(--gouv-color-text-title);
    border-bottom: var(--gouv-border-width-thick) solid var(--gouv-color-border-plain);
  }
  .gk-doc tbody th {
    font-weight: var(--gouv-font-weight-regular);
  }
  .gk-doc code {
    font-family: var(--gouv-font-family-mono);
    font-size: var(--gouv-font-size-sm);
  }
  .gk-doc .gk-mention {
    color: var(--gouv-color-text-mention);
  }
  .gk-doc .gk-swatch {
    display: inline-block;
    inline-size: var(--gouv-space-6w);
    block-size: var(--gouv-space-4w);
    border: var(--gouv-border-width-thin) solid var(--gouv-color-border-plain);
  }
`;

// Same flag as @gouvkit/core's ensureTokens, so the tokens are adopted once whoever comes first.
const TOKENS_FLAG = Symbol.for('gouvkit.tokens-adopted');
const DOC_FLAG = Symbol.for('gouvkit.doc-styles-adopted');

/** Adopts a stylesheet on the document once per flag. */
function adoptOnce(flag: symbol, cssText: string, first: boolean): void {
  const flagged = document as Document & { [key: symbol]: boolean | undefined };
  if (flagged[flag]) return;
  flagged[flag] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const others = document.adoptedStyleSheets;
  document.adoptedStyleSheets = first ? [sheet, ...others] : [...others, sheet];
}

/**
 * Puts tokens.css (first, as @gouvkit/core does) and the page styles on the document, so these
 * pages work without the core package. Used as a story decorator.
 */
export function ensureDocStyles(): void {
  adoptOnce(TOKENS_FLAG, tokensCss, true);
  adoptOnce(DOC_FLAG, docStyles, false);
}

/** 4.5 → "4,5": French decimal comma. */
export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString('fr-FR', { maximumFractionDigits: digits });
}

export const kindLabels: Record<ContrastKind, string> = {
  text: 'Texte',
  'large-text': 'Grand texte',
  ui: "Composant d'interface",
};
