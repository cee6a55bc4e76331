import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LatestSearch, type SearchOutcome } from './latest-search.js';
import { fakeScheduler } from './test-utils/fake-scheduler.js';

/** Lets the promise callbacks run (Node: every microtask runs before an immediate). */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A task whose answers the test gives by hand, recording the calls. */
function manualTask() {
  const calls: {
    query: string;
    signal: AbortSignal;
    answer: (results: string[]) => void;
    fail: (error: unknown) => void;
  }[] = [];
  const task = (query: string, signal: AbortSignal) =>
    new Promise<string[]>((answer, fail) => calls.push({ query, signal, answer, fail }));
  return { task, calls };
}

function recorder() {
  const settled: SearchOutcome<string[]>[] = [];
  return { settled, settle: (outcome: SearchOutcome<string[]>) => settled.push(outcome) };
}

describe('LatestSearch', () => {
  afterEach(() => vi.useRealTimers());

  it('settles a synchronous answer before run returns', () => {
    const { settled, settle } = recorder();
    const search = new LatestSearch(settle);
    search.run('b', (query) => [`${query}1`]);
    expect(settled).toEqual([{ query: 'b', ok: true, results: ['b1'] }]);
    expect(search.pending).toBe(null);
  });

  it('aborts the previous query and drops its answer, even when it comes last', async () => {
    const { settled, settle } = recorder();
    const { task, calls } = manualTask();
    const search = new LatestSearch(settle);
    search.run('f', task);
    search.run('fr', task);
    expect(calls.map((c) => c.query)).toEqual(['f', 'fr']);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(calls[1]!.signal.aborted).toBe(false);
    expect(search.pending).toBe('fr');
    calls[1]!.answer(['France']);
    await flush();
    calls[0]!.answer(['Finlande', 'Fidji']);
    await flush();
    expect(settled).toEqual([{ query: 'fr', ok: true, results: ['France'] }]);
    expect(search.pending).toBe(null);
  });

  it('reports a failure of the latest query, and a task that throws', async () => {
    const { settled, settle } = recorder();
    const { task, calls } = manualTask();
    const search = new LatestSearch(settle);
    search.run('fra', task);
    const error = new Error('503');
    calls[0]!.fail(error);
    await flush();
    expect(settled).toEqual([{ query: 'fra', ok: false, error }]);
    search.run('x', () => {
      throw error;
    });
    expect(settled.at(-1)).toEqual({ query: 'x', ok: false, error });
  });

  it('cancel() aborts the query under way and nothing settles', async () => {
    const { settled, settle } = recorder();
    const { task, calls } = manualTask();
    const search = new LatestSearch(settle);
    search.run('ly', task);
    search.cancel();
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(search.pending).toBe(null);
    calls[0]!.answer(['Lyon']);
    await flush();
    expect(settled).toEqual([]);
  });

  it('debounces: asks once the typing pauses, for the last text only', async () => {
    const { settled, settle } = recorder();
    const { task, calls } = manualTask();
    const clock = fakeScheduler();
    const search = new LatestSearch(settle, clock.scheduler);
    search.run('f', task, { debounce: 300 });
    clock.advance(200);
    search.run('fr', task, { debounce: 300 });
    clock.advance(200);
    search.run('fra', task, { debounce: 300 });
    expect(calls).toHaveLength(0);
    expect(search.pending).toBe('fra');
    clock.advance(299);
    expect(calls).toHaveLength(0);
    clock.advance(1);
    expect(calls.map((c) => c.query)).toEqual(['fra']);
    expect(clock.pending).toBe(0);
    calls[0]!.answer(['France']);
    await flush();
    expect(settled).toEqual([{ query: 'fra', ok: true, results: ['France'] }]);
  });

  it('cancel() also drops a query waiting for its debounce', () => {
    const { settled, settle } = recorder();
    const clock = fakeScheduler();
    const search = new LatestSearch(settle, clock.scheduler);
    const task = vi.fn((query: string) => [query]);
    search.run('f', task, { debounce: 300 });
    search.cancel();
    expect(clock.pending).toBe(0);
    clock.advance(1000);
    expect(task).not.toHaveBeenCalled();
    expect(settled).toEqual([]);
  });

  it('uses the page’s timers by default (read when called, so fake timers work)', () => {
    vi.useFakeTimers();
    const { settled, settle } = recorder();
    const search = new LatestSearch(settle);
    search.run('a', (query) => [query], { debounce: 100 });
    expect(settled).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(settled).toEqual([{ query: 'a', ok: true, results: ['a'] }]);
  });

  it('settles the latest query only, once, whatever the order the answers arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }).chain((count) =>
          fc.tuple(
            fc.constant(count),
            // The order the answers arrive in, and whether each succeeds.
            fc.shuffledSubarray([...Array(count).keys()], { minLength: count, maxLength: count }),
            fc.array(fc.boolean(), { minLength: count, maxLength: count }),
          ),
        ),
        async ([count, order, succeeds]) => {
          const { settled, settle } = recorder();
          const { task, calls } = manualTask();
          const search = new LatestSearch(settle);
          for (let i = 0; i < count; i++) search.run(`q${i}`, task);
          const last = count - 1;
          calls.forEach((call, i) => expect(call.signal.aborted).toBe(i !== last));
          for (const i of order) {
            if (succeeds[i]) calls[i]!.answer([`r${i}`]);
            else calls[i]!.fail(new Error(`e${i}`));
            await flush();
          }
          expect(settled).toHaveLength(1);
          const outcome = settled[0]!;
          expect(outcome.query).toBe(`q${last}`);
          expect(outcome.ok).toBe(succeeds[last]);
          if (outcome.ok) expect(outcome.results).toEqual([`r${last}`]);
        },
      ),
    );
  });

  it('with queries, answers and cancels interleaved, only an answer to the latest live query settles', async () => {
    type Step = { kind: 'run' } | { kind: 'answer'; pick: number; ok: boolean } | { kind: 'cancel' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.constant<Step>({ kind: 'run' }),
      fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(20), ok: fc.boolean() }),
      fc.constant<Step>({ kind: 'cancel' }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const { settled, settle } = recorder();
        const { task, calls } = manualTask();
        const search = new LatestSearch(settle);
        const answered = new Set<number>();
        /** The index of the call whose answer would settle, or -1. */
        let live = -1;
        const expected: string[] = [];
        for (const s of steps) {
          if (s.kind === 'run') {
            search.run(`q${calls.length}`, task);
            live = calls.length - 1;
          } else if (s.kind === 'cancel') {
            search.cancel();
            live = -1;
          } else if (calls.length) {
            const i = s.pick % calls.length;
            if (answered.has(i)) continue;
            answered.add(i);
            if (s.ok) calls[i]!.answer([`r${i}`]);
            else calls[i]!.fail(new Error(`e${i}`));
            await flush();
            if (i === live) {
              expected.push(`q${i}`);
              live = -1;
            }
          }
          // Only the live call's signal may be un-aborted.
          calls.forEach((call, i) => {
            if (i !== live && !answered.has(i)) expect(call.signal.aborted).toBe(true);
          });
        }
        expect(settled.map((o) => o.query)).toEqual(expected);
      }),
    );
  });
});
