// The parsed inputs the unit and recorded tests start from.
import type { DeployInputs } from '../../src/inputs.js';

export const digest = '3f'.repeat(32);
export const baseInputs: DeployInputs = {
  endpointName: 'slipway-staging-abalone',
  image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/abalone-api:abalone-0123abc',
  bundleUri: 's3://slipway-artifacts/bundles/abalone/abalone-0123456789ab.tar.gz',
  bundleSha256: digest,
  executionRoleArn: 'arn:aws:iam::123456789012:role/slipway-sagemaker-execution',
  variantName: 'AllTraffic',
  capacity: { kind: 'instances', instanceType: 'ml.m5.large', instanceCount: 2 },
  traffic: { canaryPercent: 10, bakeSeconds: 300, terminationWaitSeconds: 60 },
  alarmNames: ['slipway-staging-abalone-5xx'],
  environment: { SLIPWAY_LOG_LEVEL: 'debug' },
  wait: true,
  timeoutMs: 60 * 60_000,
  pollIntervalMs: 30_000,
  pruneKeep: 2,
  region: 'us-east-1',
  maxAttempts: 3,
};
