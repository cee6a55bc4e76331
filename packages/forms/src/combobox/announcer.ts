import { timers, type Scheduler } from './scheduler.js';

/**
 * How long the live count waits for typing to pause, in ms: a count read at each keystroke
 * would cover what the user types (and what their screen reader echoes).
 */
export const ANNOUNCE_PAUSE = 500;

/** A no-break space: added to every other announcement so a repeated text is read again. */
const NBSP = '\u00a0';

/**
 * The text of the combobox's polite live region (« 12 résultats disponibles »), put there once
 * typing pauses. Each `schedule()` restarts the wait; the text is read when the wait ends, so it
 * tells what is shown then. Plain logic, no DOM: tested in Node with a fake `Scheduler`.
 */
export class PauseAnnouncer {
  #timer: unknown;
  #waiting = false;
  #flip = false;

  constructor(
    private readonly announce: (text: string) => void,
    private readonly scheduler: Scheduler = timers,
    readonly pause: number = ANNOUNCE_PAUSE,
  ) {}

  /** True while an announcement waits for the pause. */
  get waiting(): boolean {
    return this.#waiting;
  }

  /** Announces `text()` after the pause ('' says nothing); a newer call replaces this one. */
  schedule(text: () => string): void {
    this.cancel();
    this.#waiting = true;
    this.#timer = this.scheduler.delay(() => {
      this.#waiting = false;
      const said = text();
      // The same words twice would not be read again: they differ by a trailing no-break space.
      this.#flip = !this.#flip;
      this.announce(said ? `${said}${this.#flip ? NBSP : ''}` : '');
    }, this.pause);
  }

  /** Drops the announcement that waits, if any. */
  cancel(): void {
    if (!this.#waiting) return;
    this.scheduler.cancel(this.#timer);
    this.#waiting = false;
  }
}
