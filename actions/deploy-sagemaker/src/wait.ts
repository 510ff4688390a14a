// Polls the endpoint until this deploy completes, is rolled back, fails, or time runs out.
import { assessEndpoint, progressLine, type Endpoint } from './assess.js';
import type { Logger } from './logger.js';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface WaitRequest {
  targetConfig: string;
  timeoutMs: number;
  pollIntervalMs: number;
  describe: () => Promise<Endpoint>;
  log: Logger;
  clock: Clock;
  /** Called with each new progress line (the summary's timeline). */
  onProgress: (line: string) => void;
}

export interface WaitOutcome {
  state: 'completed' | 'rolled-back' | 'failed' | 'timed-out';
  reason: string;
  endpoint: Endpoint;
}

export function duration(ms: number): string {
  return ms < 120_000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Number((ms / 60_000).toFixed(1))} min`;
}

export async function waitForEndpoint(request: WaitRequest): Promise<WaitOutcome> {
  const { log, clock } = request;
  const started = clock.now();
  let lastLine = '';
  let moved = false;
  for (;;) {
    const endpoint = await request.describe();
    moved ||= endpoint.EndpointStatus !== 'InService';
    const line = progressLine(endpoint);
    // Print on change only: a canary that bakes for minutes stays readable.
    if (line !== lastLine) {
      log.info(`${new Date(clock.now()).toISOString()} ${line}`);
      request.onProgress(line);
    }
    lastLine = line;
    const assessment = assessEndpoint(endpoint, request.targetConfig, moved);
    if (assessment.state !== 'in-progress') return { ...assessment, endpoint };
    const elapsed = clock.now() - started;
    if (elapsed >= request.timeoutMs) {
      return {
        state: 'timed-out',
        reason: `endpoint ${endpoint.EndpointName ?? ''} did not finish the deployment within ${duration(request.timeoutMs)} (last: ${line}); SageMaker goes on with it — see the endpoint in the console`,
        endpoint,
      };
    }
    await clock.sleep(Math.min(request.pollIntervalMs, request.timeoutMs - elapsed));
  }
}
