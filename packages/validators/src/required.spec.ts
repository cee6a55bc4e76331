import { describe, expect, it } from 'vitest';
import { required } from './required.js';

describe('required', () => {
  it.each([null, undefined, '', '   \n', false, [], Number.NaN])('refuses %j', (input) => {
    expect(required(input)).toEqual({ valid: false, key: 'required' });
  });

  it.each([
    [' texte ', 'texte'],
    [0, 0],
    [true, true],
    [['a'], ['a']],
  ])('accepts %j', (input, value) => {
    expect(required(input)).toEqual({ valid: true, value });
  });
});
