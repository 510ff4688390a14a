// Polls the service until our deployment is steady, fails, is replaced, or time runs out.
import type { Service } from '@aws-sdk/client-ecs';
import { assessDeployment, progressLine } from './assess.js';
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
  deploymentId: string;
  timeoutMs: number;
  pollIntervalMs: number;
  describe: () => Promise<Service>;
  log: Logger;
  clock: Clock;
}

export interface WaitOutcome {
  state: 'completed' | 'failed' | 'timed-out';
  reason: string;
  service: Service;
}

export function duration(ms: number): string {
  return ms < 120_000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Number((ms / 60_000).toFixed(1))} min`;
}

export async function waitForDeployment(request: WaitRequest): Promise<WaitOutcome> {
  const { deploymentId, log, clock } = request;
  const started = clock.now();
  let lastLine = '';
  for (;;) {
    const service = await request.describe();
    const line = progressLine(service, deploymentId);
    // Print on change only: a long rollout stays readable.
    if (line !== lastLine) log.info(`${new Date(clock.now()).toISOString()} ${line}`);
    lastLine = line;
    const assessment = assessDeployment(service, deploymentId);
    if (assessment.state === 'completed')
      return { state: 'completed', reason: `deployment ${deploymentId} is COMPLETED and steady`, service };
    if (assessment.state === 'failed') return { state: 'failed', reason: assessment.reason, service };
    const elapsed = clock.now() - started;
    if (elapsed >= request.timeoutMs) {
      return {
        state: 'timed-out',
        reason: `deployment ${deploymentId} did not reach a steady state within ${duration(request.timeoutMs)} (${line})`,
        service,
      };
    }
    await clock.sleep(Math.min(request.pollIntervalMs, request.timeoutMs - elapsed));
  }
}
