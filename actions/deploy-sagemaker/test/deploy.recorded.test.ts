// deploy() on recorded SageMaker answers (aws-sdk-client-mock) for what moto cannot do: a
// blue/green canary update, an alarm rollback, an update whose fleet fails its health check,
// a failed endpoint, access denied.
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DescribeEndpointCommand,
  ListEndpointConfigsCommand,
  ListModelsCommand,
  SageMakerClient,
  SageMakerServiceException,
  UpdateEndpointCommand,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { deploy } from '../src/deploy.js';
import { renderSummary } from '../src/summary.js';
import { Timeline } from '@slipway/shared';
import * as rec from './fixtures/endpoint-update.js';
import { baseInputs } from './support/inputs.js';
import { fakeClock } from '../../test-support/fake-clock.js';
import { recordingLogger } from '../../test-support/recording-logger.js';

const client = new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
const sagemaker = mockClient(client);
afterEach(() => {
  sagemaker.reset();
});

const newConfig = 'slipway-staging-abalone-3f3f3f3f-20261206195010';
const inputs = { ...baseInputs, endpointName: rec.endpointName };

function awsError(name: string, message: string): SageMakerServiceException {
  return new SageMakerServiceException({ name, message, $fault: 'client', $metadata: { httpStatusCode: 400 } });
}

function recordCreates(): void {
  sagemaker.on(CreateModelCommand).resolves({ ModelArn: `arn:aws:sagemaker:us-east-1:123456789012:model/${newConfig}` });
  sagemaker
    .on(CreateEndpointConfigCommand)
    .resolves({ EndpointConfigArn: `arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/${newConfig}` });
  sagemaker.on(UpdateEndpointCommand).resolves({ EndpointArn: `arn:aws:sagemaker:us-east-1:123456789012:endpoint/${rec.endpointName}` });
}

function recordPolls(...answers: ReturnType<typeof rec.inService>[]): void {
  const describe = sagemaker.on(DescribeEndpointCommand).resolvesOnce(rec.inService(rec.oldConfig));
  for (const answer of answers) describe.resolvesOnce(answer);
}

async function run(overrides: Partial<typeof inputs> = {}) {
  const log = recordingLogger();
  const timeline = new Timeline(() => new Date('2026-12-06T19:50:10Z'));
  const clock = fakeClock('2026-12-06T19:50:10Z');
  const result = await deploy({ client, inputs: { ...inputs, ...overrides }, log, clock, timeline });
  return { result, log, timeline, clock };
}

describe('deploy on recorded SageMaker answers', () => {
  it('updates blue/green with a canary, follows it to the end and prunes', async () => {
    recordCreates();
    recordPolls(
      rec.updating(newConfig, 'Creating'),
      rec.updating(newConfig, 'Creating'),
      rec.updating(newConfig, 'Baking', 'Baking period started.'),
      rec.updating(newConfig, 'ActivatingTraffic'),
      rec.inService(newConfig),
    );
    const old = (m: number) => `${rec.endpointName}-0a0a0a0a-202612051${m}1500`;
    const listed = [0, 1, 2, 3].map((m) => ({ name: old(m), created: new Date(Date.UTC(2026, 11, 5, 10 + m, 15)) }));
    sagemaker.on(ListEndpointConfigsCommand).resolves({
      EndpointConfigs: [...listed, { name: newConfig, created: new Date('2026-12-06T19:50:11Z') }].map((c) => ({
        EndpointConfigName: c.name,
        EndpointConfigArn: `arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/${c.name}`,
        CreationTime: c.created,
      })),
    });
    sagemaker.on(ListModelsCommand).resolves({
      Models: [...listed, { name: newConfig, created: new Date('2026-12-06T19:50:11Z') }].map((c) => ({
        ModelName: c.name,
        ModelArn: `arn:aws:sagemaker:us-east-1:123456789012:model/${c.name}`,
        CreationTime: c.created,
      })),
    });
    sagemaker.on(DeleteEndpointConfigCommand).resolves({});
    sagemaker.on(DeleteModelCommand).resolves({});
    const { result, log, timeline, clock } = await run();
    expect(result).toMatchObject({
      outcome: 'completed',
      endpointConfigName: newConfig,
      modelName: newConfig,
      previousEndpointConfigName: rec.oldConfig,
      created: false,
    });
    const update = sagemaker.commandCalls(UpdateEndpointCommand)[0]!.args[0].input;
    expect(update).toEqual({
      EndpointName: rec.endpointName,
      EndpointConfigName: newConfig,
      RetainAllVariantProperties: false,
      DeploymentConfig: {
        BlueGreenUpdatePolicy: {
          TrafficRoutingConfiguration: { Type: 'CANARY', CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 }, WaitIntervalInSeconds: 300 },
          TerminationWaitInSeconds: 60,
        },
        AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'slipway-staging-abalone-5xx' }] },
      },
    });
    expect(sagemaker.commandCalls(CreateEndpointCommand)).toHaveLength(0);
    // Printed on change only: the repeated "Creating" poll is one line.
    expect(log.groups).toEqual([`Waiting for endpoint ${rec.endpointName} to serve ${newConfig}`]);
    expect(log.lines).toHaveLength(4);
    expect(log.lines[1]).toContain(
      `Updating on ${rec.oldConfig} — AllTraffic weight 1, instances 2/2; new ${newConfig}: AllTraffic Baking (Baking period started.)`,
    );
    expect(clock.slept).toEqual([30_000, 30_000, 30_000, 30_000]);
    // Keep the 2 newest and the previous one (old(0), the endpoint's config before); the rest go.
    expect(rec.oldConfig).toBe(old(0));
    expect(result.pruned).toEqual({ endpointConfigs: [old(2), old(1)], models: [old(2), old(1)] });
    expect(sagemaker.commandCalls(DeleteEndpointConfigCommand).map((c) => c.args[0].input.EndpointConfigName)).toEqual([old(2), old(1)]);
    expect(sagemaker.commandCalls(DeleteModelCommand).map((c) => c.args[0].input.ModelName)).toEqual([old(2), old(1)]);
    const summary = renderSummary(inputs, result, timeline.entries);
    expect(summary).toContain(`## deploy-sagemaker: ${rec.endpointName} — ✅ in service`);
    expect(summary).toContain(
      '| traffic shift | blue/green: canary 10 % of capacity (1 of 2 instances) for 5 min, then all; old fleet kept 1 min after |',
    );
    expect(summary).toContain(`| model | \`${old(1)}\` |`);
  });

  it('fails with the alarm when SageMaker rolls back, and prunes nothing', async () => {
    recordCreates();
    recordPolls(rec.updating(newConfig, 'Baking', 'Baking period started.'), rec.rollingBack(newConfig), rec.rolledBack());
    const { result, log } = await run();
    expect(result.outcome).toBe('rolled-back');
    expect(result.reason).toBe(
      `SageMaker rolled endpoint ${rec.endpointName} back to ${rec.oldConfig}: Rolled back because alarm slipway-staging-abalone-5xx was in ALARM state during the baking period.`,
    );
    expect(log.lines.some((l) => l.includes('RollingBack'))).toBe(true);
    expect(sagemaker.commandCalls(ListEndpointConfigsCommand)).toHaveLength(0);
  });

  it('fails with the health check reason when the new fleet never becomes healthy', async () => {
    recordCreates();
    recordPolls(rec.updating(newConfig, 'Creating'), rec.failedUpdate());
    const { result } = await run();
    expect(result.outcome).toBe('rolled-back');
    expect(result.reason).toContain('did not pass the ping health check');
  });

  it('creates a missing endpoint and fails with SageMaker’s reason when creation fails', async () => {
    sagemaker.on(CreateModelCommand).resolves({});
    sagemaker.on(CreateEndpointConfigCommand).resolves({});
    sagemaker.on(CreateEndpointCommand).resolves({});
    sagemaker
      .on(DescribeEndpointCommand)
      .rejectsOnce(awsError(rec.missingEndpoint.name, rec.missingEndpoint.message))
      .resolvesOnce({ ...rec.inService(newConfig), EndpointStatus: 'Creating' })
      .resolvesOnce(rec.failedCreate(newConfig));
    const { result } = await run();
    expect(sagemaker.commandCalls(CreateEndpointCommand)[0]!.args[0].input).toEqual({
      EndpointName: rec.endpointName,
      EndpointConfigName: newConfig,
    });
    expect(sagemaker.commandCalls(UpdateEndpointCommand)).toHaveLength(0);
    expect(result).toMatchObject({ outcome: 'failed', created: true, previousEndpointConfigName: '' });
    expect(result.reason).toMatch(/^endpoint slipway-staging-abalone is Failed: Failed to download model data/);
  });

  it('times out with the last state, SageMaker going on', async () => {
    recordCreates();
    sagemaker
      .on(DescribeEndpointCommand)
      .resolvesOnce(rec.inService(rec.oldConfig))
      .resolves(rec.updating(newConfig, 'Baking', 'Baking period started.'));
    const { result, clock } = await run({ timeoutMs: 70_000 });
    expect(result.outcome).toBe('timed-out');
    expect(result.reason).toMatch(
      /did not finish the deployment within 70 s \(last: Updating on .* Baking \(Baking period started\.\)\); SageMaker goes on with it/,
    );
    expect(clock.slept).toEqual([30_000, 30_000, 10_000]);
  });

  it('refuses an endpoint that is already updating or Failed', async () => {
    sagemaker.on(DescribeEndpointCommand).resolvesOnce(rec.updating('other', 'Creating')).resolvesOnce(rec.failedCreate(rec.oldConfig));
    await expect(run()).rejects.toThrow(
      `endpoint ${rec.endpointName} is Updating: another deployment is under way; rerun when it is InService`,
    );
    await expect(run()).rejects.toThrow(
      /is Failed \(Failed to download model data.*\) and cannot be updated; delete it \(aws sagemaker delete-endpoint --endpoint-name slipway-staging-abalone\)/,
    );
    expect(sagemaker.commandCalls(CreateModelCommand)).toHaveLength(0);
  });

  it('names the missing permission', async () => {
    sagemaker.on(DescribeEndpointCommand).resolves(rec.inService(rec.oldConfig));
    sagemaker
      .on(CreateModelCommand)
      .rejects(
        awsError(
          'AccessDeniedException',
          'User: arn:aws:sts::123456789012:assumed-role/slipway-staging-deploy/GitHubActions is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/slipway-sagemaker-execution',
        ),
      );
    await expect(run()).rejects.toThrow(
      /^CreateModel: access denied — the role running this step is missing iam:PassRole\. .* allow iam:PassRole on it with the condition iam:PassedToService = sagemaker\.amazonaws\.com\./,
    );
  });
});
