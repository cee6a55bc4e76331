import { timers, type Scheduler } from './scheduler.js';

/** Finds the answer to `query`; the signal is aborted as soon as a newer search starts. */
export type SearchTask<T> = (query: string, signal: AbortSignal) => T | PromiseLike<T>;

/** How a search ended: its answer, or what it failed with. */
export type SearchOutcome<T> =
  | { readonly query: string; readonly ok: true; readonly results: T }
  | { readonly query: string; readonly ok: false; readonly error: unknown };

export interface SearchRunOptions {
  /** Waits this long (ms) before calling the task; a newer search restarts the wait. */
  debounce?: number;
}

/**
 * Asynchronous search where the latest query wins: each search aborts the one under way (its
 * `AbortSignal`) and drops its answer, whenever and in whatever order the answers come back.
 * `settle` hears the outcome of the latest search only, once; never that of a search replaced
 * or cancelled. A task that answers synchronously (a static list) settles before `run` returns.
 *
 * Plain logic, no DOM: tested in Node with a fake `Scheduler`.
 */
export class LatestSearch<T> {
  #id = 0;
  #controller: AbortController | undefined;
  #timer: unknown;
  #waiting = false;
  #pending: string | null = null;

  constructor(
    private readonly settle: (outcome: SearchOutcome<T>) => void,
    private readonly scheduler: Scheduler = timers,
  ) {}

  /** The query whose answer is awaited (waiting for its debounce, or asked), null when none. */
  get pending(): string | null {
    return this.#pending;
  }

  /** Searches `query` with `task`, replacing the search under way. */
  run(query: string, task: SearchTask<T>, { debounce = 0 }: SearchRunOptions = {}): void {
    this.cancel();
    const id = this.#id;
    this.#pending = query;
    const start = () => {
      this.#waiting = false;
      if (id !== this.#id) return;
      const controller = new AbortController();
      this.#controller = controller;
      let answer: T | PromiseLike<T>;
      try {
        answer = task(query, controller.signal);
      } catch (error) {
        this.#finish(id, { query, ok: false, error });
        return;
      }
      if (isThenable(answer))
        answer.then(
          (results) => this.#finish(id, { query, ok: true, results }),
          (error: unknown) => this.#finish(id, { query, ok: false, error }),
        );
      else this.#finish(id, { query, ok: true, results: answer });
    };
    if (debounce > 0) {
      this.#waiting = true;
      this.#timer = this.scheduler.delay(start, debounce);
    } else start();
  }

  /** Stops the search under way, if any: its signal is aborted and its answer will be dropped. */
  cancel(): void {
    this.#id++;
    this.#controller?.abort();
    this.#controller = undefined;
    if (this.#waiting) {
      this.scheduler.cancel(this.#timer);
      this.#waiting = false;
    }
    this.#pending = null;
  }

  #finish(id: number, outcome: SearchOutcome<T>) {
    if (id !== this.#id) return;
    this.#pending = null;
    this.#controller = undefined;
    this.settle(outcome);
  }
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
