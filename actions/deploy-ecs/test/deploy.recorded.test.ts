// deploy() on recorded ECS answers (aws-sdk-client-mock) for what moto cannot do: the circuit
// breaker failing a deployment and rolling it back, stopped tasks' reasons, access denied.
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  AccessDeniedException,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { deploy } from '../src/deploy.js';
import { EcsApi } from '../src/ecs-api.js';
import type { DeployInputs } from '../src/inputs.js';
import { renderSummary } from '../src/summary.js';
import { Timeline } from '@slipway/shared';
import * as rec from './fixtures/circuit-breaker.js';
import { fakeClock } from '../../test-support/fake-clock.js';
import { recordingLogger } from '../../test-support/recording-logger.js';

const client = new ECSClient({ region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
const ecs = mockClient(client);
afterEach(() => {
  ecs.reset();
});

const inputs: DeployInputs = {
  cluster: rec.cluster,
  service: rec.serviceName,
  containerImages: { api: '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway-api:bbbb222' },
  environment: { api: { SLIPWAY_MODEL_VERSION: 'house-prices-0123456789ab' } },
  waitForSteadyState: true,
  timeoutMs: 30 * 60_000,
  pollIntervalMs: 15_000,
  rollbackOnFailure: true,
  region: 'us-east-1',
  maxAttempts: 3,
};

function recordUpTo(polls: (typeof rec.steadyBefore)[]): void {
  const describe = ecs.on(DescribeServicesCommand).resolvesOnce(rec.steadyBefore);
  for (const poll of polls) describe.resolvesOnce(poll);
  ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: rec.previousDefinition });
  ecs
    .on(RegisterTaskDefinitionCommand)
    .resolves({ taskDefinition: { ...rec.previousDefinition, taskDefinitionArn: rec.newArn, revision: 8 } });
  ecs.on(UpdateServiceCommand).resolves({ service: rec.updated });
  ecs.on(ListTasksCommand).resolves({ taskArns: rec.stoppedTaskArns });
  ecs.on(DescribeTasksCommand).resolves(rec.stoppedTasks);
}

async function run(overrides: Partial<DeployInputs> = {}) {
  const log = recordingLogger();
  const timeline = new Timeline(() => new Date('2026-11-22T08:10:00Z'));
  const api = new EcsApi(client, { cluster: rec.cluster, service: rec.serviceName, region: 'us-east-1' });
  const clock = fakeClock('2026-11-22T08:10:04Z');
  const result = await deploy({ api, inputs: { ...inputs, ...overrides }, log, clock, timeline });
  return { result, log, timeline, clock };
}

describe('a deployment the circuit breaker rolls back', () => {
  it('fails with the rollout reason, the service events and the stopped tasks of the new revision', async () => {
    recordUpTo([rec.failingInProgress, rec.rolledBack]);
    const { result, log, clock } = await run();
    expect(result.outcome).toBe('failed');
    expect(result.reason).toBe(`deployment ${rec.newDeploymentId} FAILED: ECS deployment circuit breaker: tasks failed to start.`);
    expect(result.deploymentId).toBe(rec.newDeploymentId);
    expect(result.rolledBack).toBe(true);
    expect(clock.slept).toEqual([15_000]);
    expect(result.failure?.events.map((e) => e.message)).toEqual([
      `(service ${rec.serviceName}) rolling back to deployment ${rec.rollbackDeploymentId}.`,
      `(service ${rec.serviceName}) (deployment ${rec.newDeploymentId}) deployment failed: tasks failed to start.`,
      `(service ${rec.serviceName}) has started 1 tasks: (task 6b0e3c1f9a2d4e5f8a7b6c5d4e3f2a1b).`,
    ]);
    expect(result.failure?.stoppedTasks).toEqual([
      {
        taskId: '6b0e3c1f9a2d4e5f8a7b6c5d4e3f2a1b',
        stoppedAt: new Date('2026-11-22T08:13:42.019Z'),
        stopCode: 'TaskFailedToStart',
        stoppedReason: rec.stoppedTasks.tasks?.[1]?.stoppedReason,
        containers: ['api: CannotPullContainerError: pull image manifest has been retried 5 time(s)'],
      },
      {
        taskId: '0f9e8d7c6b5a49382716a5b4c3d2e1f0',
        stoppedAt: new Date('2026-11-22T08:11:08.776Z'),
        stopCode: 'EssentialContainerExited',
        stoppedReason: 'Essential container in task exited',
        containers: ['api: exit 1'],
      },
    ]);
    // ECS rolled back itself: the step must not issue a second UpdateService.
    expect(ecs.commandCalls(UpdateServiceCommand)).toHaveLength(1);
    expect(log.lines).toContain(
      'stopped task 0f9e8d7c6b5a49382716a5b4c3d2e1f0 (EssentialContainerExited): Essential container in task exited [api: exit 1]',
    );
    expect(
      log.lines.filter((l) => l.includes('IN_PROGRESS: running 0, pending 1, desired 2, failed tasks 4, 1 older deployment draining')),
    ).toHaveLength(1);
  });

  it('shows the failure, the timeline and both deployments in the job summary', async () => {
    recordUpTo([rec.rolledBack]);
    const { result, timeline } = await run();
    const summary = renderSummary({ cluster: rec.cluster, service: rec.serviceName, result, timeline: timeline.entries });
    expect(summary).toContain(`## deploy-ecs: ${rec.serviceName} on ${rec.cluster} — ❌ failed`);
    expect(summary).toContain('**rolled back to the previous one**');
    expect(summary).toContain(
      '| api | image | `123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway-api:aaaa111` | `123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway-api:bbbb222` |',
    );
    expect(summary).toContain('| api | env SLIPWAY_MODEL_VERSION | `house-prices-000000000001` | `house-prices-0123456789ab` |');
    expect(summary).toContain(`| ${rec.newDeploymentId} (this run) | ACTIVE | FAILED | ${rec.newArn} | 0 / 0 / 2 |`);
    expect(summary).toContain(`| ${rec.rollbackDeploymentId} | PRIMARY | IN_PROGRESS | ${rec.previousArn} | 2 / 0 / 2 |`);
    expect(summary).toContain(
      '| 2026-11-22T08:10:00.000Z | registered arn:aws:ecs:us-east-1:123456789012:task-definition/house-prices:8 |',
    );
    expect(summary).toContain(
      '| 6b0e3c1f9a2d4e5f8a7b6c5d4e3f2a1b | 2026-11-22T08:13:42.019Z | TaskFailedToStart | CannotPullContainerError',
    );
  });

  it('registers the previous revision minus its read-only fields', async () => {
    recordUpTo([rec.rolledBack]);
    await run();
    const sent = ecs.commandCalls(RegisterTaskDefinitionCommand)[0]?.args[0].input;
    expect(Object.keys(sent ?? {}).sort()).toEqual(
      [
        'containerDefinitions',
        'cpu',
        'executionRoleArn',
        'family',
        'memory',
        'networkMode',
        'placementConstraints',
        'requiresCompatibilities',
        'taskRoleArn',
        'volumes',
      ].sort(),
    );
    expect(sent?.containerDefinitions?.[0]?.environment).toEqual([{ name: 'SLIPWAY_MODEL_VERSION', value: 'house-prices-0123456789ab' }]);
  });

  it('still fails, with a warning, when the stopped tasks cannot be read', async () => {
    recordUpTo([rec.rolledBack]);
    ecs.on(ListTasksCommand).rejects(
      new AccessDeniedException({
        $metadata: { httpStatusCode: 400 },
        message: `User: arn:aws:sts::${rec.account}:assumed-role/slipway-deploy/GitHubActions is not authorized to perform: ecs:ListTasks on resource: ${rec.clusterArn} because no identity-based policy allows the ecs:ListTasks action`,
      }),
    );
    const { result, log } = await run();
    expect(result.outcome).toBe('failed');
    expect(result.failure?.stoppedTasks).toEqual([]);
    expect(log.warnings[0]).toMatch(
      /^could not read the stopped tasks: ListTasks: access denied — the role running this step is missing ecs:ListTasks on arn:aws:ecs:/,
    );
  });
});

describe('a deployment that never settles', () => {
  const withoutBreaker = { ...rec.steadyBefore, services: rec.steadyBefore.services?.map((s) => ({ ...s, deploymentConfiguration: {} })) };

  it('times out on the last state seen and re-points a service without circuit breaker at the previous revision', async () => {
    recordUpTo([]);
    ecs.on(DescribeServicesCommand).resolvesOnce(withoutBreaker).resolves(rec.failingInProgress);
    ecs
      .on(UpdateServiceCommand)
      .resolvesOnce({ service: rec.updated })
      .resolves({ service: { ...rec.updated, taskDefinition: rec.previousArn } });
    const { result, clock } = await run({ timeoutMs: 60_000 });
    expect(result.outcome).toBe('timed-out');
    expect(clock.slept).toEqual([15_000, 15_000, 15_000, 15_000]);
    expect(result.reason).toBe(
      `deployment ${rec.newDeploymentId} did not reach a steady state within 60 s (deployment ${rec.newDeploymentId} IN_PROGRESS: running 0, pending 1, desired 2, failed tasks 4, 1 older deployment draining)`,
    );
    expect(result.rolledBack).toBe(true);
    expect(ecs.commandCalls(UpdateServiceCommand).map((c) => c.args[0].input.taskDefinition)).toEqual([rec.newArn, rec.previousArn]);
  });

  it('leaves the rollback to ECS when the service has the circuit breaker with rollback', async () => {
    recordUpTo([]);
    ecs.on(DescribeServicesCommand).resolvesOnce(rec.steadyBefore).resolves(rec.failingInProgress);
    const { result, log } = await run({ timeoutMs: 30_000 });
    expect(result.outcome).toBe('timed-out');
    expect(result.rolledBack).toBe(false);
    expect(ecs.commandCalls(UpdateServiceCommand)).toHaveLength(1);
    expect(log.lines).toContain('the service has the deployment circuit breaker with rollback: ECS rolls back, this step does not');
  });
});

describe('access denied', () => {
  it('names the missing iam:PassRole and the role, and does not touch the service', async () => {
    recordUpTo([]);
    const message = `User: arn:aws:sts::${rec.account}:assumed-role/slipway-deploy/GitHubActions is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${rec.account}:role/slipway-api-task because no identity-based policy allows the iam:PassRole action`;
    ecs.on(RegisterTaskDefinitionCommand).rejects(new AccessDeniedException({ $metadata: { httpStatusCode: 400 }, message }));
    await expect(run()).rejects.toThrow(
      `RegisterTaskDefinition: access denied — the role running this step is missing iam:PassRole on arn:aws:iam::${rec.account}:role/slipway-api-task. Add it to the deploy role's policy`,
    );
    expect(ecs.commandCalls(UpdateServiceCommand)).toHaveLength(0);
  });
});
