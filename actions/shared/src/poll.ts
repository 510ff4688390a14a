// The polling loop the deploy actions share: describe the resource, print a progress line when it
// changes, and stop on the action's own decision, at the deadline, or when the run is cancelled.
// What a state means (done, failed, rolled back) stays with each action.
import type { Logger } from './logger.js';

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` is aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export const realClock: Clock = { now: () => Date.now(), sleep };

/** `12.5 s` under two minutes, `3.5 min` from there. */
export function duration(ms: number): string {
  return ms < 120_000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Number((ms / 60_000).toFixed(1))} min`;
}

export interface PollRequest<State, Outcome> {
  describe: () => Promise<State>;
  /** One line about the state: logged (and given to onProgress) only when it changes. */
  progressLine: (state: State) => string;
  /** The outcome once the state is final; undefined to poll again. */
  decide: (state: State) => Outcome | undefined;
  /** The outcome when the deadline passes first; `line` is the last progress line. */
  timedOut: (state: State, line: string) => Outcome;
  /** Stops the wait early: when `signal` is aborted, the outcome is `outcome(state, line)`. */
  cancel?: { signal: AbortSignal; outcome: (state: State, line: string) => Outcome };
  timeoutMs: number;
  pollIntervalMs: number;
  log: Logger;
  clock: Clock;
  onProgress?: (line: string) => void;
}

export async function pollUntil<State, Outcome>(request: PollRequest<State, Outcome>): Promise<Outcome> {
  const { log, clock, cancel } = request;
  const started = clock.now();
  let lastLine = '';
  for (;;) {
    const state = await request.describe();
    const line = request.progressLine(state);
    // Print on change only: a rollout or a canary that bakes for minutes stays readable.
    if (line !== lastLine) {
      log.info(`${new Date(clock.now()).toISOString()} ${line}`);
      request.onProgress?.(line);
    }
    lastLine = line;
    const decided = request.decide(state);
    if (decided !== undefined) return decided;
    if (cancel?.signal.aborted) return cancel.outcome(state, line);
    const elapsed = clock.now() - started;
    if (elapsed >= request.timeoutMs) return request.timedOut(state, line);
    await clock.sleep(Math.min(request.pollIntervalMs, request.timeoutMs - elapsed), cancel?.signal);
  }
}
