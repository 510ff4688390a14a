// The SageMaker requests of one deploy, built from the inputs (pure: no calls here).
import type {
  CreateEndpointConfigCommandInput,
  CreateModelCommandInput,
  DeploymentConfig,
  ProductionVariantInstanceType,
  UpdateEndpointCommandInput,
} from '@aws-sdk/client-sagemaker';
import type { DeployInputs } from './inputs.js';

/** The serving image reads the bundle itself from S3 and checks its digest before unpickling
 * anything (SLIPWAY_REQUIRE_BUNDLE_DIGEST): SageMaker's own ModelDataUrl would leave only an
 * unpacked folder in /opt/ml/model, whose tarball digest can no longer be checked. The region
 * is given for boto3's S3 client in the container. */
export function modelRequest(inputs: DeployInputs, name: string): CreateModelCommandInput {
  return {
    ModelName: name,
    ExecutionRoleArn: inputs.executionRoleArn,
    PrimaryContainer: {
      Image: inputs.image,
      Mode: 'SingleModel',
      Environment: {
        ...inputs.environment,
        AWS_DEFAULT_REGION: inputs.region,
        SLIPWAY_BUNDLE: inputs.bundleUri,
        SLIPWAY_BUNDLE_SHA256: inputs.bundleSha256,
        SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'true',
      },
    },
    Tags: [{ Key: 'slipway:bundle-sha256', Value: inputs.bundleSha256 }],
  };
}

export function endpointConfigRequest(inputs: DeployInputs, name: string): CreateEndpointConfigCommandInput {
  const { capacity } = inputs;
  const where =
    capacity.kind === 'instances'
      ? { InstanceType: capacity.instanceType as ProductionVariantInstanceType, InitialInstanceCount: capacity.instanceCount }
      : { ServerlessConfig: { MemorySizeInMB: capacity.memoryMb, MaxConcurrency: capacity.maxConcurrency } };
  return {
    EndpointConfigName: name,
    ProductionVariants: [{ VariantName: inputs.variantName, ModelName: name, InitialVariantWeight: 1, ...where }],
    Tags: [{ Key: 'slipway:bundle-sha256', Value: inputs.bundleSha256 }],
  };
}

/** Blue/green: a canary share of the new fleet takes traffic for the bake time, then all of it
 * (serverless endpoints shift all at once after the bake); SageMaker rolls back by itself when
 * one of the alarms fires during the shift or the termination wait. */
export function deploymentConfig(inputs: DeployInputs): DeploymentConfig {
  const { traffic } = inputs;
  const routing =
    inputs.capacity.kind === 'instances'
      ? {
          Type: 'CANARY' as const,
          CanarySize: { Type: 'CAPACITY_PERCENT' as const, Value: traffic.canaryPercent },
          WaitIntervalInSeconds: traffic.bakeSeconds,
        }
      : { Type: 'ALL_AT_ONCE' as const, WaitIntervalInSeconds: traffic.bakeSeconds };
  return {
    BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: routing, TerminationWaitInSeconds: traffic.terminationWaitSeconds },
    ...(inputs.alarmNames.length === 0
      ? {}
      : { AutoRollbackConfiguration: { Alarms: inputs.alarmNames.map((AlarmName) => ({ AlarmName })) } }),
  };
}

export function updateRequest(inputs: DeployInputs, configName: string): UpdateEndpointCommandInput {
  return {
    EndpointName: inputs.endpointName,
    EndpointConfigName: configName,
    RetainAllVariantProperties: false,
    DeploymentConfig: deploymentConfig(inputs),
  };
}
