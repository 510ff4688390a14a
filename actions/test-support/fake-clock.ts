// A Clock that advances only when the code under test sleeps: no real waiting, and the sleeps
// are kept for the test to read.
import type { Clock } from '@slipway/shared';

export interface FakeClock extends Clock {
  slept: number[];
}

/** Starts at `start` (an ISO time, so the logged progress lines have known times). */
export function fakeClock(start: string): FakeClock {
  let now = Date.parse(start);
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}
