// Runs the committed dist/index.js as its own Node 24 process under the runner contract (inputs,
// file commands), with the SDK pointed at moto in server mode by AWS_ENDPOINT_URL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient } from '@aws-sdk/client-ecs';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { resetMoto, type MotoServer } from '../../test-support/moto.js';
import { actionDir, repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { apiContainer, seedService, startEcsMoto, STEADY_DESIRED_COUNT, UNSETTLED_DESIRED_COUNT, uiContainer } from './support/ecs-moto.js';
import { startFaultProxy } from './support/fault-proxy.js';

let moto: MotoServer;
let ecs: ECSClient;
const tmp = scratch('deploy-ecs-action');
const registry = '123456789012.dkr.ecr.us-east-1.amazonaws.com';

beforeAll(async () => {
  moto = await startEcsMoto();
  ecs = new ECSClient({
    region: 'us-east-1',
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
});
afterEach(async () => {
  await resetMoto(moto.endpoint);
});
afterAll(async () => {
  ecs.destroy();
  await moto.stop();
  tmp.cleanup();
});

const seed = (desiredCount: number) =>
  seedService(moto.endpoint, {
    cluster: 'slipway-staging',
    service: 'house-prices-api',
    family: 'house-prices',
    desiredCount,
    containers: [apiContainer(`${registry}/slipway-api:aaaa111`), uiContainer(`${registry}/slipway-ui:aaaa111`)],
  });

function runDeploy(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRunResult> {
  return runActionProcess({
    actionDir: actionDir('deploy-ecs'),
    inputs: { cluster: 'slipway-staging', service: 'house-prices-api', 'poll-interval-seconds': '0.01', ...inputs },
    workspace: repoRoot,
    runnerTemp: tmp.dir,
    env: { ...moto.env, ...env },
  });
}

const BUNDLE_SHA256 = '5f'.repeat(32);

describe('deploy-ecs bundle against moto', () => {
  it('deploys new images and the model version, publishes outputs and a summary', async () => {
    const seeded = await seed(STEADY_DESIRED_COUNT);
    const result = await runDeploy({
      'container-images': `api=${registry}/slipway-api:bbbb222\nui=${registry}/slipway-ui:bbbb222`,
      environment: 'api.SLIPWAY_MODEL_VERSION=house-prices-0123456789ab\napi.HF_TOKEN=hf_a1b2c3d4e5',
      'bundle-sha256': BUNDLE_SHA256,
      'bundle-container': 'api',
      'prune-keep': '5',
    });
    expect(result.errorMessage).toBeUndefined();
    expect(result.exitCode).toBe(0);
    const newArn = seeded.firstArn.replace(/:1$/, ':2');
    expect(result.outputs).toEqual({
      'task-definition-arn': newArn,
      'deployment-id': expect.stringMatching(/^ecs-svc\/\d+$/) as unknown as string,
      'previous-task-definition-arn': seeded.firstArn,
      'rolled-back': 'false',
      outcome: 'completed',
    });
    const service = await ecs.send(new DescribeServicesCommand({ cluster: 'slipway-staging', services: ['house-prices-api'] }));
    expect(service.services?.[0]?.taskDefinition).toBe(newArn);
    const registered = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: newArn }));
    expect(registered.taskDefinition?.containerDefinitions?.[0]?.environment?.[0]).toEqual({
      name: 'SLIPWAY_MODEL_VERSION',
      value: 'house-prices-0123456789ab',
    });
    // The server on this task loads only the bundle with this digest, and none without one.
    expect(registered.taskDefinition?.containerDefinitions?.[0]?.environment).toEqual(
      expect.arrayContaining([
        { name: 'SLIPWAY_BUNDLE_SHA256', value: BUNDLE_SHA256 },
        { name: 'SLIPWAY_REQUIRE_BUNDLE_DIGEST', value: 'true' },
      ]),
    );
    expect(result.stdout).toContain('::group::Waiting for house-prices-api to reach a steady state');
    expect(result.summary).toContain('## deploy-ecs: house-prices-api on slipway-staging — ✅ steady');
    expect(result.summary).toContain(`| ui | image | \`${registry}/slipway-ui:aaaa111\` | \`${registry}/slipway-ui:bbbb222\` |`);
    // A value whose name looks secret is masked in the log and left out of the summary.
    expect(result.stdout).toContain('::add-mask::hf_a1b2c3d4e5');
    expect(result.summary).toContain('| api | env HF_TOKEN | (not set) | (masked) |');
    expect(result.summary).not.toContain('hf_a1b2c3d4e5');
    expect(result.summary).toMatch(/\| \d{4}-\d\d-\d\dT[\d:.]+Z \| steady: deployment ecs-svc\/\d+ is COMPLETED and steady \|/);
  });

  it('fails a deployment that does not settle, rolls back when asked, and says so', async () => {
    const seeded = await seed(UNSETTLED_DESIRED_COUNT);
    const result = await runDeploy({ 'timeout-minutes': '0.005', 'rollback-on-failure': 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toMatch(
      new RegExp(
        `^house-prices-api: deployment ecs-svc/\\d+ did not reach a steady state within 0.3 s \\(.*IN_PROGRESS: running 0, pending 1, desired 1.*\\); the service was rolled back to ${seeded.firstArn}$`,
      ),
    );
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.outputs.outcome).toBe('timed-out');
    expect(result.summary).toContain('❌ timed out');
    const service = await ecs.send(new DescribeServicesCommand({ cluster: 'slipway-staging', services: ['house-prices-api'] }));
    expect(service.services?.[0]?.taskDefinition).toBe(seeded.firstArn);
  });

  it('explains a missing cluster', async () => {
    await seed(STEADY_DESIRED_COUNT);
    const result = await runDeploy({ cluster: 'slipway-prod' });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toBe(
      'cluster "slipway-prod" not found in region us-east-1; check the cluster input, the region and the AWS account of the assumed role',
    );
    expect(result.outputs).toEqual({});
  });

  it('explains a missing permission', async () => {
    await seed(STEADY_DESIRED_COUNT);
    const denied =
      'User: arn:aws:sts::123456789012:assumed-role/slipway-deploy/GitHubActions is not authorized to perform: ecs:RegisterTaskDefinition on resource: * because no identity-based policy allows the ecs:RegisterTaskDefinition action';
    const proxy = await startFaultProxy(moto.endpoint, [
      { operation: 'RegisterTaskDefinition', times: 1, status: 400, type: 'AccessDeniedException', message: denied },
    ]);
    try {
      const result = await runDeploy({}, { AWS_ENDPOINT_URL_ECS: proxy.endpoint });
      expect(result.exitCode).toBe(1);
      expect(result.errorMessage).toMatch(
        /^RegisterTaskDefinition: access denied — the role running this step is missing ecs:RegisterTaskDefinition on \*\. /,
      );
    } finally {
      await proxy.close();
    }
  });

  it('rejects bad inputs before calling AWS, quoting them', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ region: 'us-east1' }, 'input region: "us-east1" is not an AWS region name (e.g. us-east-1)'],
      [{ 'timeout-minutes': 'ten' }, 'input timeout-minutes: "ten" is not a positive number of minutes'],
      [{ 'container-images': 'api=' }, 'input container-images: container "api": "" is not an image reference'],
      [{ 'prune-keep': '0' }, 'input prune-keep: "0" is not a whole number from 1 to 1000'],
    ];
    for (const [inputs, message] of cases) {
      const result = await runDeploy(inputs);
      expect(result.exitCode).toBe(1);
      expect(result.errorMessage).toContain(message);
    }
  });
});
