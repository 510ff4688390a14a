import { afterEach, describe, expect, it } from '@jest/globals';
import { readInputs } from '../src/inputs.js';

const context = { workspace: '/repo', runnerTemp: '/tmp/runner' };
const clear = (): void => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) Reflect.deleteProperty(process.env, key);
};
const set = (inputs: Record<string, string>): void => {
  clear();
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
};
afterEach(clear);

describe('readInputs', () => {
  it('applies the defaults and takes the region from AWS_REGION', () => {
    set({ cluster: 'slipway-staging', service: 'house-prices-api' });
    expect(readInputs(context, { AWS_REGION: 'eu-west-1' })).toEqual({
      cluster: 'slipway-staging',
      service: 'house-prices-api',
      containerImages: {},
      environment: {},
      waitForSteadyState: true,
      timeoutMs: 30 * 60_000,
      pollIntervalMs: 15_000,
      rollbackOnFailure: false,
      region: 'eu-west-1',
      maxAttempts: 8,
    });
  });

  it('puts bundle-sha256 on the serving container (inference-api unless bundle-container names another)', () => {
    const digest = 'b'.repeat(64);
    set({ cluster: 'c', service: 's', environment: 'inference-api.SLIPWAY_MODEL_VERSION=v2', 'bundle-sha256': digest });
    expect(readInputs(context, { AWS_REGION: 'eu-west-1' }).environment).toEqual({
      'inference-api': { SLIPWAY_MODEL_VERSION: 'v2', SLIPWAY_BUNDLE_SHA256: digest, SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'true' },
    });
    set({ cluster: 'c', service: 's', 'bundle-sha256': digest, 'bundle-container': 'api' });
    expect(readInputs(context, { AWS_REGION: 'eu-west-1' }).environment).toEqual({
      api: { SLIPWAY_BUNDLE_SHA256: digest, SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'true' },
    });
  });

  it('reads every input, resolving the task definition path in the workspace', () => {
    set({
      cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/slipway-prod',
      service: 'house-prices-api',
      'task-definition': 'deploy/task-definition.json',
      'container-images': 'api=api:2',
      environment: 'api.SLIPWAY_MODEL_VERSION=v2',
      'wait-for-steady-state': 'FALSE',
      'timeout-minutes': '7.5',
      'poll-interval-seconds': '0.5',
      'rollback-on-failure': 'true',
      'prune-keep': '10',
      region: 'us-gov-west-1',
      'max-attempts': '3',
    });
    const inputs = readInputs(context, {});
    expect(inputs.taskDefinitionFile).toBe('/repo/deploy/task-definition.json');
    expect(inputs.cluster).toBe('arn:aws:ecs:us-east-1:123456789012:cluster/slipway-prod');
    expect([inputs.waitForSteadyState, inputs.timeoutMs, inputs.pollIntervalMs, inputs.rollbackOnFailure]).toEqual([
      false,
      450_000,
      500,
      true,
    ]);
    expect([inputs.pruneKeep, inputs.region, inputs.maxAttempts]).toEqual([10, 'us-gov-west-1', 3]);
    expect(inputs.environment).toEqual({ api: { SLIPWAY_MODEL_VERSION: 'v2' } });
  });

  it('asks for a region when none is given or set', () => {
    set({ cluster: 'c', service: 's' });
    expect(() => readInputs(context, {})).toThrow('input region: not set, and neither is AWS_REGION');
  });

  it('rejects bad values, quoting them', () => {
    const cases: [Record<string, string>, string][] = [
      [{ cluster: 'my cluster' }, 'input cluster: "my cluster" is not an ECS cluster name or ARN'],
      [{ 'wait-for-steady-state': 'yes' }, 'input wait-for-steady-state: "yes" is not a boolean; use true or false'],
      [{ 'timeout-minutes': '-1' }, 'input timeout-minutes: "-1" is not a positive number of minutes'],
      [{ 'poll-interval-seconds': '0' }, 'input poll-interval-seconds: "0" is not a positive number of seconds'],
      [{ 'prune-keep': '2.5' }, 'input prune-keep: "2.5" is not a whole number from 1 to 1000'],
      [{ 'max-attempts': '50' }, 'input max-attempts: "50" is not a whole number from 1 to 20'],
    ];
    for (const [inputs, message] of cases) {
      set({ cluster: 'c', service: 's', region: 'us-east-1', ...inputs });
      expect(() => readInputs(context, {})).toThrow(message);
    }
  });

  it('requires cluster and service', () => {
    set({ service: 's', region: 'us-east-1' });
    expect(() => readInputs(context, {})).toThrow('Input required and not supplied: cluster');
  });
});
