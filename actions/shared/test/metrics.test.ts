import { describe, expect, it } from '@jest/globals';
import { betterOp, compare, notWorseOp, relativeDelta, relativeWorsening, toleratedValue } from '../src/metrics.js';

describe('metric direction', () => {
  it('treats r2 as higher-better and the error metrics as lower-better', () => {
    expect([betterOp('r2'), notWorseOp('r2')]).toEqual(['>', '>=']);
    for (const m of ['mse', 'rmse', 'mae', 'mape'] as const) expect([betterOp(m), notWorseOp(m)]).toEqual(['<', '<=']);
  });
});

describe('compare', () => {
  it('includes the threshold for <= and >= and excludes it for < and >', () => {
    expect(compare(5, '<=', 5)).toBe(true);
    expect(compare(5, '>=', 5)).toBe(true);
    expect(compare(5, '<', 5)).toBe(false);
    expect(compare(5, '>', 5)).toBe(false);
    expect(compare(4.999, '<', 5)).toBe(true);
  });
  it('never passes NaN', () => {
    for (const op of ['<=', '<', '>=', '>'] as const) expect(compare(NaN, op, 1)).toBe(false);
  });
});

describe('relative change', () => {
  it('divides by the magnitude of the reference', () => {
    expect(relativeDelta(110, 100)).toBeCloseTo(0.1, 12);
    expect(relativeDelta(-0.9, -1)).toBeCloseTo(0.1, 12);
    expect(relativeDelta(0, 0)).toBe(0);
    expect(relativeDelta(1, 0)).toBe(Infinity);
  });
  it('counts a lower r2 as worse and a lower rmse as better', () => {
    expect(relativeWorsening('r2', 0.7, 0.8)).toBeCloseTo(0.125, 12);
    expect(relativeWorsening('rmse', 90, 100)).toBeCloseTo(-0.1, 12);
  });
  it('computes the worst tolerated value in the metric direction', () => {
    expect(toleratedValue('rmse', 100, 0.05)).toBeCloseTo(105, 12);
    expect(toleratedValue('r2', 0.8, 0.05)).toBeCloseTo(0.76, 12);
  });
});
