// Merging what two threads accumulated gives what one pass would: moments to rounding (the row
// sample's merge is the shared RowReservoir's, tested with validate-data's split).
import { describe, expect, it } from '@jest/globals';
import { RunningMoments } from '../src/accumulators.js';

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
});
