import type { ValidationResult } from '@gouvkit/validators/result.js';

/** A check of the field's value: a message (or a validator result) when it fails, nothing when it passes. */
export type FieldValidator = (value: string) => string | ValidationResult<unknown> | null | undefined;

/** What a name given in `validate="…"` stands for now. */
export type NamedValidator = FieldValidator | 'loading' | 'unknown';

const registry = new Map<string, FieldValidator>();
let builtins: Promise<void> | undefined;
let builtinsLoaded = false;
const waiting = new Set<() => void>();

/**
 * Registers a validator under a name, for `validate="name"` in HTML. The French validators of
 * `@gouvkit/validators` (`siren`, `siret`, `vat-fr`, `nir`, `iban`, `phone-fr`, `postcode`,
 * `email`, `url`) are registered on first use, in a chunk of their own.
 */
export function registerValidator(name: string, validator: FieldValidator) {
  registry.set(name, validator);
  waiting.forEach((wake) => wake());
}

/** Loads the French validators once; every field waiting for one renders again. */
export function builtinValidatorsReady(): Promise<void> {
  builtins ??= import('./builtin-validators.js').then((module) => {
    for (const [name, validator] of Object.entries(module.BUILTIN_VALIDATORS))
      if (!registry.has(name)) registry.set(name, validator as FieldValidator);
    builtinsLoaded = true;
    waiting.forEach((wake) => wake());
  });
  return builtins;
}

/**
 * The validator registered as `name`, `loading` while the French validators load (the field is
 * not valid until they answer), or `unknown`.
 */
export function namedValidator(name: string): NamedValidator {
  const found = registry.get(name);
  if (found) return found;
  if (builtinsLoaded) return 'unknown';
  void builtinValidatorsReady();
  return 'loading';
}

/** Calls `wake` whenever validators are registered (the fields waiting for one re-validate). */
export function onValidatorsChange(wake: () => void): () => void {
  waiting.add(wake);
  return () => waiting.delete(wake);
}
