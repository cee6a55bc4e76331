import { describe, expect, it } from 'vitest';
import { step } from './step.js';

describe('step', () => {
  it('accepts numbers on the grid, the French way too', () => {
    expect(step(0.5)('1,5')).toEqual({ valid: true, value: 1.5 });
    expect(step(0.1)(0.30000000000000004)).toMatchObject({ valid: true });
    expect(step(5, 2)('12')).toMatchObject({ valid: true });
  });

  it('refuses numbers off the grid with the step in the message params', () => {
    expect(step(0.5)('1.3')).toEqual({ valid: false, key: 'number.step', params: { step: 0.5 } });
  });

  it('lets an empty value through and refuses text', () => {
    expect(step(1)('')).toEqual({ valid: true, value: null });
    expect(step(1)('douze')).toMatchObject({ valid: false, key: 'number.invalid' });
  });
});
