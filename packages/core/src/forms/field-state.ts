/**
 * When a field's message shows: plain state, no DOM, tested in Node.
 *
 * GOV.UK's and DSFR's rule: never while the user types their first characters. A message shows
 * once the user leaves a field they changed (`validate-on="blur"`, the default) or only after a
 * submit attempt (`validate-on="submit"`); then it follows each keystroke, so it clears as soon
 * as the value is fixed. An error the application or the server set stands at once.
 */

export const VALIDATE_ON = ['blur', 'submit'] as const;
export type ValidateOn = (typeof VALIDATE_ON)[number];

export interface FieldInteraction {
  /** The user changed the value since the field was loaded or reset. */
  readonly dirty: boolean;
  /** Messages may show: the user left a changed field, or tried to submit. */
  readonly shown: boolean;
}

/**
 * What the user did: typed (`input`), committed a choice without typing (`commit`: a radio,
 * a box, a select, a file), left the field (`leave`), tried to submit or asked for validity
 * (`submit`), or reset the form (`reset`).
 */
export type FieldEvent = 'input' | 'commit' | 'leave' | 'submit' | 'reset';

export const PRISTINE: FieldInteraction = { dirty: false, shown: false };

export function nextInteraction(
  state: FieldInteraction,
  event: FieldEvent,
  validateOn: ValidateOn,
): FieldInteraction {
  switch (event) {
    case 'input':
      return state.dirty ? state : { ...state, dirty: true };
    case 'commit':
      // Choosing is leaving: no first characters to spare the user.
      return { dirty: true, shown: state.shown || validateOn === 'blur' };
    case 'leave':
      return validateOn === 'blur' && state.dirty && !state.shown ? { ...state, shown: true } : state;
    case 'submit':
      return state.shown ? state : { ...state, shown: true };
    case 'reset':
      return PRISTINE;
  }
}

/** The message is visible: there is one, and the user is past the point where it may show (or it stands). */
export function messageVisible(state: FieldInteraction, message: string, standing: boolean): boolean {
  return message !== '' && (state.shown || standing);
}

/** A check of a field's value: a message when it fails, '' when it passes, `PENDING` while it loads. */
export type FieldCheck = (value: string) => string | typeof PENDING;

/** A check that cannot answer yet (its code is loading): the field is not valid until it does. */
export const PENDING = Symbol('pending');

/** Where a field's message comes from, in the order they are asked: the first that speaks wins. */
export interface MessageSources {
  /** An error the application (`setCustomValidity`) or the server (`error`) set. */
  standing(): string;
  /** The native constraints (`required`, `minlength`…), or a composite field's own. */
  constraint(): string;
  /** The element's own check (a date that exists, a file's type…). */
  element(): string;
  /** The value the checks below run on; they are skipped while it is empty. */
  value(): string;
  /** The French validators the field names, then the custom ones. */
  checks(): readonly FieldCheck[];
}

/** The first message, or '' when the value is valid; `PENDING` when a check cannot answer yet. */
export function firstMessage(sources: MessageSources): string | typeof PENDING {
  const standing = sources.standing();
  if (standing) return standing;
  const constraint = sources.constraint();
  if (constraint) return constraint;
  const own = sources.element();
  if (own) return own;
  const value = sources.value();
  if (value.trim() === '') return '';
  for (const check of sources.checks()) {
    const outcome = check(value);
    if (outcome === PENDING || outcome) return outcome;
  }
  return '';
}
