// Polls the endpoint until this deploy completes, is rolled back, fails, or time runs out.
import { duration, pollUntil, type Clock, type Logger } from '@slipway/shared';
import { assessEndpoint, progressLine, type Endpoint } from './assess.js';

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

export function waitForEndpoint(request: WaitRequest): Promise<WaitOutcome> {
  // Whether the endpoint has left InService since the update: until it has, InService on the
  // old config means "not started yet", not "rolled back".
  let moved = false;
  return pollUntil({
    ...request,
    progressLine,
    decide: (endpoint): WaitOutcome | undefined => {
      moved ||= endpoint.EndpointStatus !== 'InService';
      const assessment = assessEndpoint(endpoint, request.targetConfig, moved);
      return assessment.state === 'in-progress' ? undefined : { ...assessment, endpoint };
    },
    timedOut: (endpoint, line) => ({
      state: 'timed-out',
      reason: `endpoint ${endpoint.EndpointName ?? ''} did not finish the deployment within ${duration(request.timeoutMs)} (last: ${line}); SageMaker goes on with it — see the endpoint in the console`,
      endpoint,
    }),
  });
}
