// Polls the service until our deployment is steady, fails, is replaced, or time runs out.
import type { Service } from '@aws-sdk/client-ecs';
import { duration, pollUntil, type Clock, type Logger } from '@slipway/shared';
import { assessDeployment, progressLine } from './assess.js';

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

function decide(service: Service, deploymentId: string): WaitOutcome | undefined {
  const assessment = assessDeployment(service, deploymentId);
  if (assessment.state === 'completed')
    return { state: 'completed', reason: `deployment ${deploymentId} is COMPLETED and steady`, service };
  if (assessment.state === 'failed') return { state: 'failed', reason: assessment.reason, service };
  return undefined;
}

export function waitForDeployment(request: WaitRequest): Promise<WaitOutcome> {
  const { deploymentId } = request;
  return pollUntil({
    ...request,
    progressLine: (service) => progressLine(service, deploymentId),
    decide: (service) => decide(service, deploymentId),
    timedOut: (service, line) => ({
      state: 'timed-out',
      reason: `deployment ${deploymentId} did not reach a steady state within ${duration(request.timeoutMs)} (${line})`,
      service,
    }),
  });
}
