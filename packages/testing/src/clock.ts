import type { install as Install } from '@sinonjs/fake-timers';

export interface FakeClock {
  /** Moves time forward by `ms`, running the timers due and the promises they settle. */
  tick(ms: number): Promise<void>;
  /** Runs every pending timer. */
  runAll(): Promise<void>;
  restore(): void;
}

/**
 * Fake timers for a test (`setTimeout`, `setInterval`, `Date`): delays in the code under test
 * (an announcement after a pause, a debounce) pass when the test says, never by waiting, so no
 * test depends on how loaded the machine is. Lit's updates use microtasks and keep working.
 * Restore it in a `finally` or `afterEach`.
 */
export async function fakeClock(): Promise<FakeClock> {
  // Served bundled by the test runner (the package ships CommonJS).
  const path = '/__frameworks/fake-timers.js';
  const { install } = (await import(/* @vite-ignore */ path)) as { install: typeof Install };
  const clock: ReturnType<typeof Install> = install({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  return {
    tick: async (ms: number) => {
      await clock.tickAsync(ms);
    },
    runAll: async () => {
      await clock.runAllAsync();
    },
    restore: () => clock.uninstall(),
  };
}

/**
 * Waits until `check` passes, re-checking after each animation frame: for what the browser
 * does on its own schedule (layout, focus), never for the code's timers (use `fakeClock`).
 */
export async function waitFor(check: () => boolean, what = 'the condition', frames = 300) {
  for (let i = 0; i < frames; i++) {
    if (check()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`waitFor: ${what} did not happen`);
}
