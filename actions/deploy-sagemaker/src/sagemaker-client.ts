// The SageMaker and S3 clients: adaptive retries and a user agent naming Slipway. The endpoint comes
// from the standard settings (AWS_ENDPOINT_URL_SAGEMAKER / _S3, AWS_ENDPOINT_URL), which is how tests
// point it at moto. A hanging connection times out (and is retried).
import { S3Client } from '@aws-sdk/client-s3';
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

export function createS3Client(options: { region: string; maxAttempts: number }): S3Client {
  return new S3Client({
    region: options.region,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts,
    customUserAgent: USER_AGENT,
    // moto and other S3 stand-ins answer on one host: path-style there, virtual-hosted on AWS.
    forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL),
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 300_000 },
  });
}
