// The SageMaker client: adaptive retries and a user agent naming Slipway. The endpoint comes
// from the standard settings (AWS_ENDPOINT_URL_SAGEMAKER, AWS_ENDPOINT_URL), which is how tests
// point it at moto. A hanging connection times out (and is retried).
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { USER_AGENT } from './version.js';

export function createSageMakerClient(options: { region: string; maxAttempts: number }): SageMakerClient {
  return new SageMakerClient({
    region: options.region,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts,
    customUserAgent: USER_AGENT,
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
  });
}
