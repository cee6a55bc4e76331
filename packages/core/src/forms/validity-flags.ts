/** The native constraint flags, in the order a user should fix them (empty first, then format, then range). */
export const VALIDITY_FLAGS = [
  'valueMissing',
  'badInput',
  'typeMismatch',
  'patternMismatch',
  'tooShort',
  'tooLong',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
] as const;
export type ValidityFlag = (typeof VALIDITY_FLAGS)[number];

/** The first failed flag of a native control, or null when it is valid by its own rules. */
export function firstFailedFlag(validity: Partial<Record<ValidityFlag, boolean>>): ValidityFlag | null {
  return VALIDITY_FLAGS.find((flag) => validity[flag]) ?? null;
}
