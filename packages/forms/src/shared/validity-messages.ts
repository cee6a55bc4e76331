// Deep imports: the package index would pull every validator into each field's bundle.
import { VALIDITY_FLAGS, firstFailedFlag, type ValidityFlag } from '@gouvkit/core';
import { formatMessage, type MessageKey, type MessageParams } from '@gouvkit/validators/messages.js';

/** The constraints of a native control that its messages quote. */
export interface Constraints {
  type?: string;
  minLength?: number;
  maxLength?: number;
  min?: string;
  max?: string;
  step?: string;
  length?: number;
}

export { VALIDITY_FLAGS, firstFailedFlag, type ValidityFlag };

/**
 * The message key and parameters for a native constraint failure, from @gouvkit/validators'
 * catalogue, so the browser's own messages (in the browser's language, often vague) never show.
 */
export function messageForFlag(
  flag: ValidityFlag,
  c: Constraints,
): { key: MessageKey; params?: MessageParams } {
  switch (flag) {
    case 'valueMissing':
      return { key: 'required' };
    case 'badInput':
      return { key: 'number.invalid' };
    case 'typeMismatch':
      return { key: c.type === 'email' ? 'email.format' : c.type === 'url' ? 'url.format' : 'text.pattern' };
    case 'patternMismatch':
      return { key: 'text.pattern' };
    case 'tooShort':
      return { key: 'text.minLength', params: { min: c.minLength ?? 0 } };
    case 'tooLong':
      return { key: 'text.maxLength', params: { max: c.maxLength ?? 0, length: c.length ?? 0 } };
    case 'rangeUnderflow':
      return { key: 'number.min', params: { min: c.min ?? '' } };
    case 'rangeOverflow':
      return { key: 'number.max', params: { max: c.max ?? '' } };
    case 'stepMismatch':
      return { key: 'number.step', params: { step: c.step ?? '' } };
  }
}

/** The French (or English) text for a native constraint failure. */
export function nativeMessage(flag: ValidityFlag, constraints: Constraints, lang: string): string {
  const { key, params } = messageForFlag(flag, constraints);
  return formatMessage(key, params, lang);
}
