export { GouvElement, defineElement } from './gouv-element.js';
export { type LightPartTemplate } from './element/light-part.js';
export { I18nController } from './i18n/i18n-controller.js';
export {
  translate,
  interpolate,
  defineStrings,
  type Catalogs,
  type Message,
  type MessageParams,
} from './i18n/translate.js';
export { registerLanguage, registeredLanguages } from './i18n/registry.js';
export {
  matchLanguage,
  findLangTag,
  SUPPORTED_LANGUAGES,
  DEFAULT_LANGUAGE,
  type Language,
} from './i18n/lang.js';
export {
  announce,
  liveRegion,
  whenAnnounced,
  type AnnounceOptions,
  type Politeness,
} from './a11y/announcer.js';
export { uniqueId } from './a11y/ids.js';
export { DEV, warnOnce, checkAllowedValue, setDocsBaseUrl, resetWarnings } from './dev/warnings.js';
export { adoptOnce } from './styles/adopt.js';
export { ensureTokens } from './styles/tokens.js';
export { baseStyles, focusRing, visuallyHiddenStyles } from './styles/shared.js';
export { icon, namedIcon, iconsReady } from './icon.js';
export { focusTemporarily } from './a11y/focus.js';
export { FieldController, type FieldHost, type FieldControllerOptions } from './forms/field-controller.js';
export {
  NativeControlsAdapter,
  InternalsAdapter,
  type FieldAdapter,
  type FieldControl,
  type FailedConstraint,
} from './forms/adapters.js';
export {
  VALIDATE_ON,
  PENDING,
  PRISTINE,
  nextInteraction,
  messageVisible,
  firstMessage,
  type ValidateOn,
  type FieldInteraction,
  type FieldEvent,
  type FieldCheck,
  type MessageSources,
} from './forms/field-state.js';
export { VALIDITY_FLAGS, firstFailedFlag, type ValidityFlag } from './forms/validity-flags.js';
export {
  inDisabledContainer,
  containerChanged,
  watchContainers,
  type DisablingContainer,
} from './forms/disabled-scope.js';
