// The client the action builds, against moto behind a proxy that throttles: adaptive retries
// get through, the user agent names Slipway, and a throttle that outlasts max-attempts is
// explained.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { ECSClient } from '@aws-sdk/client-ecs';
import { resetMoto, type MotoServer } from '../../test-support/moto.js';
import { EcsApi } from '../src/ecs-api.js';
import { createEcsClient } from '../src/ecs-client.js';
import { ACTION_VERSION } from '../src/version.js';
import { seedService, startEcsMoto, STEADY_DESIRED_COUNT, apiContainer } from './support/ecs-moto.js';
import { startFaultProxy, type Fault, type FaultProxy } from './support/fault-proxy.js';

let moto: MotoServer;
let proxy: FaultProxy | undefined;
let client: ECSClient | undefined;
const saved = { ...process.env };

beforeAll(async () => {
  moto = await startEcsMoto();
  Object.assign(process.env, moto.env);
  await seedService(moto.endpoint, {
    cluster: 'slipway-staging',
    service: 'house-prices-api',
    family: 'house-prices',
    desiredCount: STEADY_DESIRED_COUNT,
    containers: [apiContainer('api:1')],
  });
});
afterEach(async () => {
  client?.destroy(); // no keep-alive sockets left to the proxy
  await proxy?.close();
  proxy = undefined;
});
afterAll(async () => {
  process.env = saved;
  await resetMoto(moto.endpoint);
  await moto.stop();
});

// ECS's throttling answer to the JSON protocol.
const throttle = (times: number): Fault => ({
  operation: 'DescribeServices',
  times,
  status: 400,
  type: 'ThrottlingException',
  message: 'Rate exceeded',
});

async function apiBehind(faults: Fault[], maxAttempts: number): Promise<EcsApi> {
  proxy = await startFaultProxy(moto.endpoint, faults);
  process.env.AWS_ENDPOINT_URL_ECS = proxy.endpoint; // the service-specific setting wins over AWS_ENDPOINT_URL
  client = createEcsClient({ region: 'us-east-1', maxAttempts });
  return new EcsApi(client, { cluster: 'slipway-staging', service: 'house-prices-api', region: 'us-east-1' });
}

describe('ECS client retries and user agent', () => {
  it('retries throttled calls and gets the answer', async () => {
    const api = await apiBehind([throttle(2)], 4);
    const service = await api.describeService();
    expect(service.serviceName).toBe('house-prices-api');
    expect(proxy?.seen.map((s) => [s.faulted, s.sdkRequest.split(';')[0]])).toEqual([
      [true, 'attempt=1'],
      [true, 'attempt=2'],
      [false, 'attempt=3'],
    ]);
  });

  it('names Slipway in the user agent', async () => {
    const api = await apiBehind([], 2);
    await api.describeService();
    expect(proxy?.seen[0]?.userAgent).toContain(`slipway-deploy-ecs/${ACTION_VERSION}`);
  });

  it('explains a throttle that outlasts max-attempts', async () => {
    const api = await apiBehind([throttle(5)], 2);
    await expect(api.describeService()).rejects.toThrow(
      'DescribeServices: ECS kept throttling the requests after 2 attempts; raise max-attempts or deploy less often at once (Rate exceeded)',
    );
    expect(proxy?.seen).toHaveLength(2);
  });
});
