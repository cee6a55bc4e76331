import { describe, expect, it } from 'vitest';
import { ANNOUNCE_PAUSE, PauseAnnouncer } from './announcer.js';
import { fakeScheduler } from './test-utils/fake-scheduler.js';

describe('PauseAnnouncer', () => {
  it('announces once typing pauses, what is shown then', () => {
    const clock = fakeScheduler();
    const said: string[] = [];
    const announcer = new PauseAnnouncer((text) => said.push(text), clock.scheduler);
    let count = 2;
    announcer.schedule(() => `${count} résultats`);
    clock.advance(ANNOUNCE_PAUSE - 100);
    count = 1;
    announcer.schedule(() => `${count} résultat`);
    clock.advance(ANNOUNCE_PAUSE - 1);
    expect(said).toEqual([]);
    expect(announcer.waiting).toBe(true);
    clock.advance(1);
    expect(said).toEqual(['1 résultat\u00a0']);
    expect(announcer.waiting).toBe(false);
  });

  it('makes a repeated text differ so it is read again, and says nothing for an empty text', () => {
    const clock = fakeScheduler();
    const said: string[] = [];
    const announcer = new PauseAnnouncer((text) => said.push(text), clock.scheduler, 100);
    for (let i = 0; i < 3; i++) {
      announcer.schedule(() => 'Aucun résultat');
      clock.advance(100);
    }
    announcer.schedule(() => '');
    clock.advance(100);
    expect(said).toEqual(['Aucun résultat\u00a0', 'Aucun résultat', 'Aucun résultat\u00a0', '']);
  });

  it('cancel() drops the announcement that waits', () => {
    const clock = fakeScheduler();
    const said: string[] = [];
    const announcer = new PauseAnnouncer((text) => said.push(text), clock.scheduler);
    announcer.schedule(() => '3 résultats');
    announcer.cancel();
    clock.advance(10 * ANNOUNCE_PAUSE);
    expect(said).toEqual([]);
    expect(clock.pending).toBe(0);
  });
});
