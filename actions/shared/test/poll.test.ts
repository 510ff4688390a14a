import { describe, expect, it } from '@jest/globals';
import { duration, pollUntil, realClock, type Clock, type PollRequest } from '../src/poll.js';
import { fakeClock } from '../../test-support/fake-clock.js';
import { recordingLogger, type RecordingLogger } from '../../test-support/recording-logger.js';

interface Outcome {
  state: string;
  at: number;
}

type TestPoll = PollRequest<string, Outcome> & { log: RecordingLogger; progress: string[] };

/** A resource that reports `states` one per describe, the last one from then on. */
function request(states: string[], overrides: Partial<PollRequest<string, Outcome>> = {}): TestPoll {
  const progress: string[] = [];
  let calls = 0;
  return {
    describe: () => {
      calls += 1;
      return Promise.resolve(states[Math.min(calls, states.length) - 1] ?? '');
    },
    progressLine: (state) => `status ${state}`,
    decide: (state) => (state === 'done' || state === 'failed' ? { state, at: calls } : undefined),
    timedOut: (state, line) => ({ state: `timed-out after ${line} (${state})`, at: calls }),
    timeoutMs: 60_000,
    pollIntervalMs: 10_000,
    clock: fakeClock('2026-12-06T10:00:00Z'),
    onProgress: (line) => progress.push(line),
    ...overrides,
    log: recordingLogger(),
    progress,
  };
}

describe('pollUntil', () => {
  it("returns the action's decision, logging each progress line once with its time", async () => {
    const poll = request(['pending', 'pending', 'moving', 'done']);
    await expect(pollUntil(poll)).resolves.toEqual({ state: 'done', at: 4 });
    expect(poll.log.lines).toEqual([
      '2026-12-06T10:00:00.000Z status pending',
      '2026-12-06T10:00:20.000Z status moving',
      '2026-12-06T10:00:30.000Z status done',
    ]);
    expect(poll.progress).toEqual(['status pending', 'status moving', 'status done']);
  });

  it('stops at the deadline, the last sleep cut to what is left, with the last line', async () => {
    const clock = fakeClock('2026-12-06T10:00:00Z');
    const poll = request(['pending'], { timeoutMs: 25_000, clock });
    await expect(pollUntil(poll)).resolves.toEqual({ state: 'timed-out after status pending (pending)', at: 4 });
    expect(clock.slept).toEqual([10_000, 10_000, 5_000]);
  });

  it('stops on cancel with the cancel outcome, without waiting out the interval', async () => {
    const controller = new AbortController();
    const clock: Clock = {
      now: () => 0,
      // The run is cancelled while the action sleeps; a real clock wakes on the abort.
      sleep: (ms, signal) => {
        controller.abort();
        return realClock.sleep(ms, signal);
      },
    };
    const poll = request(['pending'], {
      timeoutMs: 3_600_000,
      pollIntervalMs: 3_600_000,
      clock,
      cancel: { signal: controller.signal, outcome: (state, line) => ({ state: `cancelled at ${line} (${state})`, at: 0 }) },
    });
    await expect(pollUntil(poll)).resolves.toEqual({ state: 'cancelled at status pending (pending)', at: 0 });
  });

  it('decides before it checks the deadline: a final state seen at the deadline is not a timeout', async () => {
    const poll = request(['pending', 'failed'], { timeoutMs: 10_000 });
    await expect(pollUntil(poll)).resolves.toEqual({ state: 'failed', at: 2 });
  });
});

describe('realClock.sleep', () => {
  it('resolves at once for an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(realClock.sleep(3_600_000, controller.signal)).resolves.toBeUndefined();
  });
});

describe('duration', () => {
  it('gives seconds under two minutes and minutes from there', () => {
    expect(duration(12_500)).toBe('12.5 s');
    expect(duration(119_999)).toBe('120 s');
    expect(duration(120_000)).toBe('2 min');
    expect(duration(630_000)).toBe('10.5 min');
  });
});
