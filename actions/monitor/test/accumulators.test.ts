// Merging what two threads accumulated gives what one pass would: counts exactly, moments to
// rounding, and a sample that is still uniform over both streams.
import { describe, expect, it } from '@jest/globals';
import { Reservoir, RunningMoments } from '../src/accumulators.js';

describe('merging accumulators', () => {
  it('combines moments as one pass over both parts would', () => {
    const whole = new RunningMoments();
    const a = new RunningMoments();
    const b = new RunningMoments();
    for (let i = 0; i < 1000; i++) {
      const x = Math.sin(i) * 1000 + i;
      whole.add(x);
      (i < 300 ? a : b).add(x);
    }
    a.absorb(b.state());
    expect(a.n).toBe(1000);
    expect(a.mean).toBeCloseTo(whole.mean, 9);
    expect(a.variance / whole.variance).toBeCloseTo(1, 12);
  });

  it('keeps a merged sample uniform: each stream in proportion to its size', () => {
    const zeros = new Reservoir(5000, 1);
    const ones = new Reservoir(5000, 2);
    for (let i = 0; i < 30_000; i++) zeros.add(0);
    for (let i = 0; i < 10_000; i++) ones.add(1);
    zeros.absorb(ones.state());
    const sample = zeros.sorted();
    expect(sample).toHaveLength(5000);
    expect(zeros.count).toBe(40_000);
    const share = sample.reduce((s, v) => s + v, 0) / sample.length;
    // Hypergeometric: mean 0.25, sd ≈ 0.0057; six sd either side.
    expect(Math.abs(share - 0.25)).toBeLessThan(0.035);
  });

  it('concatenates two small samples whole', () => {
    const a = new Reservoir(10, 1);
    const b = new Reservoir(10, 2);
    [1, 2, 3].forEach((x) => {
      a.add(x);
    });
    [4, 5].forEach((x) => {
      b.add(x);
    });
    a.absorb(b.state());
    expect(Array.from(a.sorted())).toEqual([1, 2, 3, 4, 5]);
  });
});
