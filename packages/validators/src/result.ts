import type { MessageKey, MessageParams, ParamName } from './messages.js';
import { formatMessage } from './messages.js';

export type ValidationSuccess<T = string, Extra extends object = object> = {
  valid: true;
  /** The normalised value to store or send (spaces removed, canonical case…). */
  value: T;
} & Extra;

export interface ValidationFailure<K extends MessageKey = MessageKey> {
  valid: false;
  key: K;
  params?: MessageParams;
}

export type ValidationResult<T = string, K extends MessageKey = MessageKey, Extra extends object = object> =
  ValidationSuccess<T, Extra> | ValidationFailure<K>;

/** A validator the form components can chain: any input in, a result out, never an exception. */
export type Validator<T = string, K extends MessageKey = MessageKey> = (
  input: unknown,
) => ValidationResult<T, K>;

export function ok<T>(value: T): ValidationSuccess<T>;
export function ok<T, Extra extends object>(value: T, extra: Extra): ValidationSuccess<T, Extra>;
export function ok<T, Extra extends object>(value: T, extra?: Extra): ValidationSuccess<T, Extra> {
  return { ...extra, valid: true, value } as ValidationSuccess<T, Extra>;
}

// The rest parameter makes params mandatory exactly when the key's texts have placeholders,
// so a validator cannot return a key without what its message needs.
export function fail<K extends MessageKey>(
  key: K,
  ...params: [ParamName<K>] extends [never] ? [] : [Readonly<Record<ParamName<K>, string | number>>]
): ValidationFailure<K> {
  const [values] = params;
  return values === undefined ? { valid: false, key } : { valid: false, key, params: values };
}

/** The message for a failed result, '' for a valid one: what an error slot displays. */
export function errorMessage(result: ValidationResult<unknown>, lang?: string): string {
  return result.valid ? '' : formatMessage(result.key, result.params, lang);
}
