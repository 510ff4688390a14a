import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { assessEndpoint, progressLine } from '../src/assess.js';
import { belongsTo, resourceName } from '../src/names.js';
import { toDelete } from '../src/prune.js';
import { deploymentConfig, endpointConfigRequest, modelRequest } from '../src/requests.js';
import { ACTION_VERSION } from '../src/version.js';
import { baseInputs, digest } from './support/inputs.js';

describe('names', () => {
  it('names a model and config after the endpoint, the digest and the time', () => {
    const name = resourceName('slipway-staging-abalone', digest, new Date('2026-12-06T19:45:07.123Z'));
    expect(name).toBe('slipway-staging-abalone-3f3f3f3f-20261206194507');
    expect(resourceName('a'.repeat(39), digest, new Date()).length).toBe(63);
  });

  it('tells this endpoint’s resources from a longer-named endpoint’s', () => {
    expect(belongsTo('abalone-3f3f3f3f-20261206194507', 'abalone')).toBe(true);
    expect(belongsTo('abalone-eu-3f3f3f3f-20261206194507', 'abalone')).toBe(false);
    expect(belongsTo('abalone-manual-model', 'abalone')).toBe(false);
  });

  it('keeps the version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ACTION_VERSION).toBe(pkg.version);
  });
});

describe('requests', () => {
  it('gives the server the bundle, its digest and the demand that it be checked', () => {
    const request = modelRequest(baseInputs, 'm');
    expect(request.PrimaryContainer?.Environment).toEqual({
      SLIPWAY_LOG_LEVEL: 'debug',
      AWS_DEFAULT_REGION: 'us-east-1',
      SLIPWAY_BUNDLE: baseInputs.bundleUri,
      SLIPWAY_BUNDLE_SHA256: digest,
      SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'true',
    });
    expect(request.ExecutionRoleArn).toBe(baseInputs.executionRoleArn);
    expect(request.PrimaryContainer?.Image).toBe(baseInputs.image);
  });

  it('builds an instance or a serverless variant', () => {
    expect(endpointConfigRequest(baseInputs, 'c').ProductionVariants).toEqual([
      { VariantName: 'AllTraffic', ModelName: 'c', InitialVariantWeight: 1, InstanceType: 'ml.m5.large', InitialInstanceCount: 2 },
    ]);
    const serverless = { ...baseInputs, capacity: { kind: 'serverless' as const, memoryMb: 2048, maxConcurrency: 5 } };
    expect(endpointConfigRequest(serverless, 'c').ProductionVariants?.[0]?.ServerlessConfig).toEqual({
      MemorySizeInMB: 2048,
      MaxConcurrency: 5,
    });
  });

  it('shifts traffic as a canary with auto-rollback on the alarms', () => {
    expect(deploymentConfig(baseInputs)).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'CANARY', CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 }, WaitIntervalInSeconds: 300 },
        TerminationWaitInSeconds: 60,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'slipway-staging-abalone-5xx' }] },
    });
    const serverless = { ...baseInputs, alarmNames: [], capacity: { kind: 'serverless' as const, memoryMb: 1024, maxConcurrency: 1 } };
    expect(deploymentConfig(serverless)).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 300 },
        TerminationWaitInSeconds: 60,
      },
    });
  });
});

describe('assessEndpoint', () => {
  const target = 'ep-3f3f3f3f-20261206194507';
  it('is done only on the new config', () => {
    expect(assessEndpoint({ EndpointName: 'ep', EndpointStatus: 'InService', EndpointConfigName: target }, target, true).state).toBe(
      'completed',
    );
    expect(assessEndpoint({ EndpointName: 'ep', EndpointStatus: 'Updating', EndpointConfigName: 'old' }, target, true).state).toBe(
      'in-progress',
    );
  });

  it('reads InService on the old config as not started before any move, as a rollback after one', () => {
    const endpoint = { EndpointName: 'ep', EndpointStatus: 'InService' as const, EndpointConfigName: 'old' };
    expect(assessEndpoint(endpoint, target, false).state).toBe('in-progress');
    expect(assessEndpoint(endpoint, target, true)).toEqual({
      state: 'rolled-back',
      reason: 'SageMaker rolled endpoint ep back to old: an auto-rollback alarm fired or the new fleet did not pass its health checks',
    });
  });

  it('fails with the FailureReason', () => {
    expect(assessEndpoint({ EndpointName: 'ep', EndpointStatus: 'Failed', FailureReason: 'boom' }, target, true)).toEqual({
      state: 'failed',
      reason: 'endpoint ep is Failed: boom',
    });
  });

  it('prints the weights and the new fleet’s stages', () => {
    const line = progressLine({
      EndpointName: 'ep',
      EndpointStatus: 'Updating',
      EndpointConfigName: 'old',
      ProductionVariants: [{ VariantName: 'AllTraffic', CurrentWeight: 1, CurrentInstanceCount: 2, DesiredInstanceCount: 2 }],
      PendingDeploymentSummary: {
        EndpointConfigName: target,
        ProductionVariants: [
          { VariantName: 'AllTraffic', VariantStatus: [{ Status: 'Baking', StatusMessage: 'canary 10 %', StartTime: new Date() }] },
        ],
      },
    });
    expect(line).toBe(`Updating on old — AllTraffic weight 1, instances 2/2; new ${target}: AllTraffic Baking (canary 10 %)`);
  });
});

describe('toDelete', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 19, minute));
  const listed = [1, 2, 3, 4, 5].map((m) => ({ name: `ep-3f3f3f3f-2026120619${String(m).padStart(2, '0')}00`, created: at(m) }));
  it('keeps the newest N, the protected ones and anything newer than the run', () => {
    const request = { endpointName: 'ep', keep: 2, protect: [listed[0]!.name], startedAt: at(5) };
    expect(toDelete([...listed, { name: 'other-3f3f3f3f-20261206190000', created: at(0) }], request)).toEqual([
      listed[2]!.name,
      listed[1]!.name,
    ]);
    expect(toDelete(listed, { ...request, startedAt: at(3) })).toEqual([listed[1]!.name]);
  });
});
