// The ECS client: adaptive retries (client-side rate limiting on throttling) and a user agent
// naming Slipway. The endpoint comes from the standard settings (AWS_ENDPOINT_URL_ECS,
// AWS_ENDPOINT_URL), which is how tests point it at moto. A connection that hangs times out
// (and is retried) instead of holding the job until its own timeout.
import { ECSClient } from '@aws-sdk/client-ecs';
import { USER_AGENT } from './version.js';

export function createEcsClient(options: { region: string; maxAttempts: number }): ECSClient {
  return new ECSClient({
    region: options.region,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts,
    customUserAgent: USER_AGENT,
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
  });
}
