export { GouvElement, defineElement } from './gouv-element.js';
export { GouvFormAssociatedElement, type FormAssociatedElement } from './forms/form-associated.js';
export {
  FormControlController,
  type FormControlOptions,
  type FormValue,
  type ValidationOutcome,
} from './forms/form-control-controller.js';
export { I18nController } from './i18n/i18n-controller.js';
export { translate, interpolate, type Catalogs, type Message, type MessageParams } from './i18n/translate.js';
export {
  matchLanguage,
  findLangTag,
  SUPPORTED_LANGUAGES,
  DEFAULT_LANGUAGE,
  type Language,
} from './i18n/lang.js';
export { announce, liveRegion, type AnnounceOptions, type Politeness } from './a11y/announcer.js';
export { uniqueId } from './a11y/ids.js';
export { warnOnce, checkAllowedValue, setDocsBaseUrl, resetWarnings } from './a11y/dev-warnings.js';
export { adoptOnce } from './styles/adopt.js';
export { ensureTokens } from './styles/tokens.js';
export { baseStyles, focusRing, visuallyHiddenStyles } from './styles/shared.js';
export { icon, namedIcon, iconsReady } from './icon.js';
export { focusTemporarily } from './a11y/focus.js';
