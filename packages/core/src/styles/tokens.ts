// The CSS-only entry: the token record with its descriptions stays out of element bundles.
import { tokensCss } from '@gouvkit/tokens/css.js';

const FLAG = Symbol.for('gouvkit.tokens-adopted');
type FlaggedDocument = Document & { [FLAG]?: boolean };

/**
 * Puts the design tokens on the document once, so an element works without any stylesheet link.
 * They sit in `@layer gouvkit.tokens`: a team's own `:root { --gouv-… }` wins without `!important`.
 * The flag is global, so two copies of gouvkit on a page still adopt them once.
 */
export function ensureTokens(doc: Document = document) {
  const flagged = doc as FlaggedDocument;
  if (flagged[FLAG]) return;
  flagged[FLAG] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(tokensCss);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}
