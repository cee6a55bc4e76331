/**
 * Where the combobox's delays come from (the debounce of a source, the pause before the live
 * count is read): the page's timers by default, a fake one in Node tests.
 */
export interface Scheduler {
  /** Calls `callback` once, after `ms` milliseconds; returns what `cancel` takes. */
  delay(callback: () => void, ms: number): unknown;
  /** Cancels a call `delay` scheduled, if it has not run yet (anything else is ignored). */
  cancel(handle: unknown): void;
}

/**
 * The global `setTimeout`, read at each call (never at import: a test installs fake timers, and
 * the server has nothing to schedule).
 */
export const timers: Scheduler = {
  delay: (callback, ms) => setTimeout(callback, ms),
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined),
};
