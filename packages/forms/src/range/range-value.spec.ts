import { describe, expect, it } from 'vitest';
import { formatRangeValue, rangeBounds, rangeProgress, sanitizeRangeValue } from './range-value.js';

describe('rangeBounds', () => {
  it('defaults to 0–100 by 1, as the browser does', () => {
    expect(rangeBounds()).to.deep.equal({ min: 0, max: 100, step: 1 });
    expect(rangeBounds('', 'abc', '0')).to.deep.equal({ min: 0, max: 100, step: 1 });
    expect(rangeBounds('10', '20', '-5')).to.deep.equal({ min: 10, max: 20, step: 1 });
  });

  it('never puts max below min, and keeps step="any"', () => {
    expect(rangeBounds(50, 10, 'any')).to.deep.equal({ min: 50, max: 50, step: 'any' });
  });
});

describe('sanitizeRangeValue', () => {
  const b = rangeBounds(0, 5000, 100);

  it('starts in the middle when there is no value', () => {
    expect(sanitizeRangeValue(undefined, b)).to.equal(2500);
    expect(sanitizeRangeValue('', rangeBounds())).to.equal(50);
    expect(sanitizeRangeValue('douze', rangeBounds(0, 10, 3))).to.equal(6);
  });

  it('clamps to the bounds and snaps to the nearest step from min', () => {
    expect(sanitizeRangeValue(-20, b)).to.equal(0);
    expect(sanitizeRangeValue(99999, b)).to.equal(5000);
    expect(sanitizeRangeValue('1449', b)).to.equal(1400);
    expect(sanitizeRangeValue('1450', b)).to.equal(1500);
    expect(sanitizeRangeValue(7, rangeBounds(1, 10, 3))).to.equal(7);
    expect(sanitizeRangeValue(8.5, rangeBounds(1, 10, 3))).to.equal(10);
  });

  it('never steps above max', () => {
    expect(sanitizeRangeValue(10, rangeBounds(0, 10, 4))).to.equal(8);
  });

  it('keeps decimal steps exact', () => {
    expect(sanitizeRangeValue(0.3, rangeBounds(0, 1, 0.1))).to.equal(0.3);
    expect(sanitizeRangeValue(0.26, rangeBounds(0, 1, 0.05))).to.equal(0.25);
  });

  it('takes any value with step="any"', () => {
    expect(sanitizeRangeValue(3.14159, rangeBounds(0, 10, 'any'))).to.equal(3.14159);
  });
});

describe('rangeProgress', () => {
  it('is the share of the way from min to max', () => {
    expect(rangeProgress(1500, rangeBounds(0, 5000))).to.equal(0.3);
    expect(rangeProgress(5, rangeBounds(5, 5))).to.equal(0);
  });
});

describe('formatRangeValue', () => {
  it('reads 1500 with a unit as « 1 500 € » in French', () => {
    expect(formatRangeValue(1500, 'fr', '€')).to.equal('1\u202f500\u00a0€');
  });

  it('follows the language, and takes no unit', () => {
    expect(formatRangeValue(1500.5, 'en')).to.equal('1,500.5');
    expect(formatRangeValue(0.25, 'fr', ' % ')).to.equal('0,25\u00a0%');
  });
});
