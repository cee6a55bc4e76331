import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyAction, openIndex, stepIndex, type KeyContext } from './keyboard.js';

const closed: KeyContext = { open: false, current: false, active: false, hasText: false };
const open: KeyContext = { open: true, current: true, active: false, hasText: true };
const onOption: KeyContext = { ...open, active: true };

describe('keyAction (WAI-ARIA combobox, list autocomplete)', () => {
  it('Down opens the list on the first option, then moves to the next one', () => {
    expect(keyAction({ key: 'ArrowDown' }, closed)).toEqual({
      action: { type: 'open', move: 'first' },
      preventDefault: true,
    });
    expect(keyAction({ key: 'ArrowDown' }, open)?.action).toEqual({ type: 'move', step: 1 });
  });

  it('Up opens the list on the last option, then moves to the previous one', () => {
    expect(keyAction({ key: 'ArrowUp' }, closed)?.action).toEqual({ type: 'open', move: 'last' });
    expect(keyAction({ key: 'ArrowUp' }, onOption)?.action).toEqual({ type: 'move', step: -1 });
  });

  it('Down and Up search again when the list shows the suggestions of another text', () => {
    const stale = { ...open, current: false };
    expect(keyAction({ key: 'ArrowDown' }, stale)?.action).toEqual({ type: 'open', move: 'first' });
    expect(keyAction({ key: 'ArrowUp' }, stale)?.action).toEqual({ type: 'open', move: 'last' });
  });

  it('Alt+Down opens without moving; Alt+Up closes', () => {
    expect(keyAction({ key: 'ArrowDown', altKey: true }, closed)?.action).toEqual({
      type: 'open',
      move: null,
    });
    expect(keyAction({ key: 'ArrowUp', altKey: true }, onOption)).toEqual({
      action: { type: 'close' },
      preventDefault: true,
    });
  });

  it('Enter chooses the option under visual focus, or takes the typed label; a closed list submits', () => {
    expect(keyAction({ key: 'Enter' }, onOption)).toEqual({
      action: { type: 'choose' },
      preventDefault: true,
    });
    expect(keyAction({ key: 'Enter' }, open)).toEqual({ action: { type: 'accept' }, preventDefault: true });
    expect(keyAction({ key: 'Enter' }, { ...closed, hasText: true })).toBe(null);
  });

  it('Escape closes the list, then clears the field; an empty closed field leaves it to the browser', () => {
    expect(keyAction({ key: 'Escape' }, open)?.action).toEqual({ type: 'close' });
    expect(keyAction({ key: 'Escape' }, { ...closed, hasText: true })).toEqual({
      action: { type: 'clear' },
      preventDefault: true,
    });
    expect(keyAction({ key: 'Escape' }, closed)).toBe(null);
  });

  it('Tab chooses the option under visual focus and lets focus move; otherwise does nothing', () => {
    expect(keyAction({ key: 'Tab' }, onOption)).toEqual({
      action: { type: 'choose' },
      preventDefault: false,
    });
    expect(keyAction({ key: 'Tab' }, open)).toBe(null);
    expect(keyAction({ key: 'Tab' }, closed)).toBe(null);
  });

  it('Home, End, Left and Right move the caret and take visual focus back to the field', () => {
    for (const key of ['Home', 'End', 'ArrowLeft', 'ArrowRight'])
      expect(keyAction({ key }, onOption)).toEqual({ action: { type: 'caret' }, preventDefault: false });
  });

  it('leaves every key to the input method while composing, and letters to the browser', () => {
    for (const key of ['ArrowDown', 'Enter', 'Escape', 'Tab'])
      expect(keyAction({ key, isComposing: true }, onOption)).toBe(null);
    expect(keyAction({ key: 'a' }, onOption)).toBe(null);
  });

  it('never prevents a key it leaves to the browser, and prevents Enter only on an open list', () => {
    const context = fc.record({
      open: fc.boolean(),
      current: fc.boolean(),
      active: fc.boolean(),
      hasText: fc.boolean(),
    });
    const key = fc.constantFrom('ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'Tab', 'Home', 'End', 'a', ' ');
    fc.assert(
      fc.property(key, fc.boolean(), context, (k, altKey, ctx) => {
        const outcome = keyAction({ key: k, altKey }, ctx);
        if (k === 'Enter') expect(outcome?.preventDefault ?? false).toBe(ctx.open);
        if (k === 'Tab') expect(outcome?.preventDefault ?? false).toBe(false);
        if (outcome?.action.type === 'choose') expect(ctx.active).toBe(true);
      }),
    );
  });
});

describe('stepIndex and openIndex', () => {
  it('wraps around at both ends, and starts at the first or last option', () => {
    expect(stepIndex(-1, 1, 5)).toBe(0);
    expect(stepIndex(-1, -1, 5)).toBe(4);
    expect(stepIndex(4, 1, 5)).toBe(0);
    expect(stepIndex(0, -1, 5)).toBe(4);
    expect(stepIndex(2, 1, 0)).toBe(-1);
    expect(openIndex('first', 3)).toBe(0);
    expect(openIndex('last', 3)).toBe(2);
    expect(openIndex(null, 3)).toBe(-1);
    expect(openIndex('first', 0)).toBe(-1);
  });

  it('stays on an option, and comes back after as many steps as there are options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -1, max: 60 }),
        fc.constantFrom(1 as const, -1 as const),
        (count, start, step) => {
          const first = stepIndex(start, step, count);
          expect(first).toBeGreaterThanOrEqual(0);
          expect(first).toBeLessThan(count);
          let index = first;
          for (let i = 0; i < count; i++) index = stepIndex(index, step, count);
          expect(index).toBe(first);
        },
      ),
    );
  });
});
