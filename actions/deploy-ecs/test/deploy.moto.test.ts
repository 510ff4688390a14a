// deploy() against moto in server mode through the real SDK client the action builds
// (endpoint from AWS_ENDPOINT_URL, adaptive retries): register, update, wait, several
// containers, environment overrides, not-found and validation errors, timeout, rollback, pruning.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { ECSClient } from '@aws-sdk/client-ecs';
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { resetMoto, type MotoServer } from '../../test-support/moto.js';
import { scratch } from '../../test-support/temp.js';
import { deploy, type DeployResult } from '../src/deploy.js';
import { EcsApi } from '../src/ecs-api.js';
import { createEcsClient } from '../src/ecs-client.js';
import type { DeployInputs } from '../src/inputs.js';
import { realClock, Timeline } from '@slipway/shared';
import {
  apiContainer,
  seedService,
  startEcsMoto,
  uiContainer,
  useMotoEnvironment,
  STEADY_DESIRED_COUNT,
  UNSETTLED_DESIRED_COUNT,
} from './support/ecs-moto.js';
import { recordingLogger, type RecordingLogger } from '../../test-support/recording-logger.js';

let moto: MotoServer;
let restoreEnv: () => void;
let ecs: ECSClient;
const tmp = scratch('deploy-ecs');

beforeAll(async () => {
  moto = await startEcsMoto();
  restoreEnv = useMotoEnvironment(moto);
  ecs = createEcsClient({ region: 'us-east-1', maxAttempts: 3 });
});
afterEach(async () => {
  await resetMoto(moto.endpoint);
});
afterAll(async () => {
  ecs.destroy();
  restoreEnv();
  await moto.stop();
  tmp.cleanup();
});

const registry = '123456789012.dkr.ecr.us-east-1.amazonaws.com';

function inputsFor(overrides: Partial<DeployInputs> = {}): DeployInputs {
  return {
    cluster: 'slipway-staging',
    service: 'house-prices-api',
    containerImages: {},
    environment: {},
    waitForSteadyState: true,
    timeoutMs: 5_000,
    pollIntervalMs: 10,
    rollbackOnFailure: false,
    region: 'us-east-1',
    maxAttempts: 3,
    ...overrides,
  };
}

async function run(inputs: DeployInputs): Promise<{ result: DeployResult; log: RecordingLogger; timeline: Timeline }> {
  const log = recordingLogger();
  const timeline = new Timeline();
  const api = new EcsApi(ecs, { cluster: inputs.cluster, service: inputs.service, region: inputs.region });
  const result = await deploy({ api, inputs, log, clock: realClock, timeline });
  return { result, log, timeline };
}

const seedApi = (desiredCount = STEADY_DESIRED_COUNT) =>
  seedService(moto.endpoint, {
    cluster: 'slipway-staging',
    service: 'house-prices-api',
    family: 'house-prices',
    desiredCount,
    containers: [apiContainer(`${registry}/slipway-api:aaaa111`), uiContainer(`${registry}/slipway-ui:aaaa111`)],
  });

async function containersOf(arn: string) {
  const described = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }));
  return described.taskDefinition?.containerDefinitions ?? [];
}

async function serviceTaskDefinition(): Promise<string | undefined> {
  const answer = await ecs.send(new DescribeServicesCommand({ cluster: 'slipway-staging', services: ['house-prices-api'] }));
  return answer.services?.[0]?.taskDefinition;
}

describe('deploy against moto', () => {
  it('registers a revision with new images for two containers and an env override, updates the service and waits', async () => {
    const seeded = await seedApi();
    const { result, log, timeline } = await run(
      inputsFor({
        containerImages: { api: `${registry}/slipway-api:bbbb222`, ui: `${registry}/slipway-ui:bbbb222` },
        environment: { api: { SLIPWAY_MODEL_VERSION: 'house-prices-0123456789ab', NEW_FLAG: 'on' } },
      }),
    );
    expect(result.outcome).toBe('completed');
    expect(result.previousTaskDefinitionArn).toBe(seeded.firstArn);
    expect(result.taskDefinitionArn).toBe(seeded.firstArn.replace(/:1$/, ':2'));
    expect(result.deploymentId).toMatch(/^ecs-svc\/\d+$/);
    expect(result.rolledBack).toBe(false);
    expect(await serviceTaskDefinition()).toBe(result.taskDefinitionArn);

    const [api, ui] = await containersOf(result.taskDefinitionArn);
    expect(api?.image).toBe(`${registry}/slipway-api:bbbb222`);
    expect(ui?.image).toBe(`${registry}/slipway-ui:bbbb222`);
    expect(api?.environment).toEqual([
      { name: 'SLIPWAY_MODEL_VERSION', value: 'house-prices-0123456789ab' },
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'NEW_FLAG', value: 'on' },
    ]);
    expect(api?.portMappings?.[0]?.containerPort).toBe(8000); // the rest of the definition is kept
    const registered = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: result.taskDefinitionArn }));
    expect(registered.taskDefinition?.executionRoleArn).toBe('arn:aws:iam::123456789012:role/slipway-task-execution');
    expect(registered.taskDefinition?.cpu).toBe('512');

    expect(result.changes).toEqual([
      {
        container: 'api',
        image: { before: `${registry}/slipway-api:aaaa111`, after: `${registry}/slipway-api:bbbb222` },
        environment: [
          { name: 'SLIPWAY_MODEL_VERSION', before: 'house-prices-000000000001', after: 'house-prices-0123456789ab' },
          { name: 'NEW_FLAG', after: 'on' },
        ],
      },
      { container: 'ui', image: { before: `${registry}/slipway-ui:aaaa111`, after: `${registry}/slipway-ui:bbbb222` }, environment: [] },
    ]);
    expect(log.groups).toEqual(['Waiting for house-prices-api to reach a steady state']);
    expect(log.lines.some((l) => l.includes(`deployment ${result.deploymentId} COMPLETED: running 0, pending 0, desired 0`))).toBe(true);
    expect(timeline.entries.map((e) => e.event.split(':')[0])).toEqual([
      `service house-prices-api runs arn`,
      'registered arn',
      'service updated',
      'steady',
    ]);
  });

  it('starts from a task definition file, even as describe-task-definition output', async () => {
    const seeded = await seedApi();
    const described = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: seeded.firstArn }));
    const file = tmp.write(
      'task-definition.json',
      JSON.stringify({ taskDefinition: { ...described.taskDefinition, family: 'house-prices-v2' } }),
    );
    const { result } = await run(inputsFor({ taskDefinitionFile: file, containerImages: { api: `${registry}/slipway-api:cccc333` } }));
    expect(result.outcome).toBe('completed');
    expect(result.family).toBe('house-prices-v2');
    expect(result.taskDefinitionArn).toMatch(/task-definition\/house-prices-v2:1$/);
    expect((await containersOf(result.taskDefinitionArn)).map((c) => c.image)).toEqual([
      `${registry}/slipway-api:cccc333`,
      `${registry}/slipway-ui:aaaa111`,
    ]);
  });

  it('names the real containers when asked to change one that does not exist, and registers nothing', async () => {
    await seedApi();
    await expect(run(inputsFor({ containerImages: { apii: `${registry}/slipway-api:x` } }))).rejects.toThrow(
      'input container-images: no container "apii" in task definition family "house-prices"; its containers are api, ui',
    );
    const listed = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'house-prices' }));
    expect(listed.taskDefinitionArns).toHaveLength(1);
  });

  it('explains a missing cluster and a missing service with the names and the region', async () => {
    await seedApi();
    await expect(run(inputsFor({ cluster: 'slipway-prod' }))).rejects.toThrow(
      'cluster "slipway-prod" not found in region us-east-1; check the cluster input, the region and the AWS account of the assumed role',
    );
    await expect(run(inputsFor({ service: 'house-prices-ui' }))).rejects.toThrow(
      'service "house-prices-ui" not found (or not active) in cluster "slipway-staging" in region us-east-1',
    );
  });

  it('explains a task definition ECS rejects, naming the field', async () => {
    await seedApi();
    const file = tmp.write(
      'no-image.json',
      JSON.stringify({ family: 'house-prices', containerDefinitions: [{ name: 'api', memory: 512 }] }),
    );
    await expect(run(inputsFor({ taskDefinitionFile: file }))).rejects.toThrow(
      'the task definition "house-prices" is invalid (field Container.image): Container.image should not be null or empty.',
    );
  });

  it('fails a deployment that does not settle in time, with the state it was stuck in, and rolls back when asked', async () => {
    const seeded = await seedApi(UNSETTLED_DESIRED_COUNT); // moto never starts it
    const { result, log } = await run(inputsFor({ timeoutMs: 200, pollIntervalMs: 20, rollbackOnFailure: true }));
    expect(result.outcome).toBe('timed-out');
    expect(result.reason).toBe(
      `deployment ${result.deploymentId} did not reach a steady state within 0.2 s (deployment ${result.deploymentId} IN_PROGRESS: running 0, pending 1, desired 1, failed tasks 0)`,
    );
    expect(result.rolledBack).toBe(true);
    expect(await serviceTaskDefinition()).toBe(seeded.firstArn);
    expect(log.groups).toContain('Why the deployment failed: service events and stopped tasks');
    expect(result.failure?.stoppedTasks).toEqual([]);
  });

  it('does not touch the service after a timeout unless rollback-on-failure is set', async () => {
    await seedApi(UNSETTLED_DESIRED_COUNT);
    const { result } = await run(inputsFor({ timeoutMs: 100, pollIntervalMs: 20 }));
    expect(result.outcome).toBe('timed-out');
    expect(result.rolledBack).toBe(false);
    expect(await serviceTaskDefinition()).toBe(result.taskDefinitionArn);
  });

  it('prunes revisions beyond the newest N, never the running or the previous one, nor another family', async () => {
    const seeded = await seedApi();
    for (let i = 0; i < 3; i++) {
      await ecs.send(
        new RegisterTaskDefinitionCommand({
          family: 'house-prices',
          containerDefinitions: [apiContainer(`${registry}/slipway-api:old${i}`)],
        }),
      );
    }
    await ecs.send(new RegisterTaskDefinitionCommand({ family: 'house-prices-batch', containerDefinitions: [apiContainer('batch:1')] }));
    // house-prices:1 runs; :2..:4 were registered but never deployed; this run registers :5.
    const { result } = await run(inputsFor({ pruneKeep: 2, containerImages: { api: `${registry}/slipway-api:dddd444` } }));
    expect(result.outcome).toBe('completed');
    const arn = (revision: number) => seeded.firstArn.replace(/:1$/, `:${revision}`);
    expect(result.taskDefinitionArn).toBe(arn(5));
    expect(result.pruned).toEqual([arn(3), arn(2)]);
    const active = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'house-prices', status: 'ACTIVE' }));
    expect(active.taskDefinitionArns?.sort()).toEqual([arn(1), arn(4), arn(5)]);
    const otherFamily = await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'house-prices-batch', status: 'ACTIVE' }));
    expect(otherFamily.taskDefinitionArns).toHaveLength(1);
  });

  it('returns after the update when not waiting', async () => {
    await seedApi(UNSETTLED_DESIRED_COUNT);
    const { result, log } = await run(inputsFor({ waitForSteadyState: false }));
    expect(result.outcome).toBe('not-waited');
    expect(log.groups).toEqual([]);
    expect(await serviceTaskDefinition()).toBe(result.taskDefinitionArn);
  });
});
