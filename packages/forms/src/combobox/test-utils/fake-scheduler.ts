import type { Scheduler } from '../scheduler.js';

/** A `Scheduler` whose time moves only when the test says: `advance(ms)` runs the calls due. */
export function fakeScheduler() {
  let now = 0;
  let nextId = 1;
  const calls = new Map<number, { at: number; callback: () => void }>();
  const scheduler: Scheduler = {
    delay(callback, ms) {
      const id = nextId++;
      calls.set(id, { at: now + ms, callback });
      return id;
    },
    cancel(handle) {
      calls.delete(handle as number);
    },
  };
  return {
    scheduler,
    /** Calls waiting. */
    get pending() {
      return calls.size;
    },
    get now() {
      return now;
    },
    /** Moves time forward by `ms`, running each call when its time comes, in order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...calls]
          .filter(([, c]) => c.at <= end)
          .sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
        if (!due) break;
        calls.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
  };
}
