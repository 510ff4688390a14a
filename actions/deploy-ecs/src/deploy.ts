// The deployment: render → register → update the service → wait → (on failure) explain and
// optionally roll back → (on success) prune. Returns what happened; only unexpected errors throw.
import type { Service } from '@aws-sdk/client-ecs';
import type { EcsApi } from './ecs-api.js';
import { detailLines, recentEvents, stoppedTasksOf, type FailureDetails } from './failure-details.js';
import type { DeployInputs } from './inputs.js';
import type { Clock, Logger, Timeline } from '@slipway/shared';
import { revisionsToPrune } from './prune.js';
import { renderTaskDefinition, type ContainerChange } from './render.js';
import { fromDescribed, readTaskDefinitionFile, type TaskDefinitionInput } from './task-definition.js';
import { waitForDeployment } from './wait.js';

export type Outcome = 'completed' | 'failed' | 'timed-out' | 'not-waited';

export interface DeployResult {
  outcome: Outcome;
  reason: string;
  family: string;
  taskDefinitionArn: string;
  previousTaskDefinitionArn: string;
  deploymentId: string;
  rolledBack: boolean;
  changes: ContainerChange[];
  finalService: Service;
  failure?: FailureDetails;
  pruned: string[];
}

export interface DeployRequest {
  api: EcsApi;
  inputs: DeployInputs;
  log: Logger;
  clock: Clock;
  timeline: Timeline;
}

async function baseDefinition(request: DeployRequest, currentArn: string): Promise<TaskDefinitionInput> {
  const file = request.inputs.taskDefinitionFile;
  if (file !== undefined) return readTaskDefinitionFile(file);
  return fromDescribed(await request.api.describeTaskDefinition(currentArn));
}

function logChanges(log: Logger, changes: ContainerChange[]): void {
  if (changes.length === 0) log.info('no image or environment changes: registering the same definition as a new revision');
  for (const change of changes) {
    if (change.image) log.info(`${change.container}: image ${change.image.before} → ${change.image.after}`);
    for (const env of change.environment) log.info(`${change.container}: ${env.name} ${env.before === undefined ? 'set' : 'changed'}`);
  }
}

function startedDeployment(service: Service, taskDefinitionArn: string): { id: string; createdAt?: Date } {
  // UpdateService answers with the deployment it started as the PRIMARY one.
  const ours = service.deployments?.find((d) => d.status === 'PRIMARY');
  if (!ours?.id) throw new Error(`UpdateService answered without a PRIMARY deployment for ${taskDefinitionArn}`);
  return { id: ours.id, ...(ours.createdAt ? { createdAt: ours.createdAt } : {}) };
}

async function gatherFailure(request: DeployRequest, service: Service, arn: string, since?: Date): Promise<FailureDetails> {
  const events = recentEvents(service, since);
  try {
    return { events, stoppedTasks: stoppedTasksOf(await request.api.stoppedTasks(), arn) };
  } catch (error) {
    // The failure itself is the message that matters; a missing ecs:ListTasks must not hide it.
    request.log.warning(`could not read the stopped tasks: ${(error as Error).message}`);
    return { events, stoppedTasks: [] };
  }
}

/** The circuit breaker's rollback makes a new deployment PRIMARY, so ours is not any more. */
function ecsRolledBack(service: Service, deploymentId: string): boolean {
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
  return primary !== undefined && primary.id !== deploymentId;
}

/** Revisions some deployment of the service still runs: never pruned. */
function inUse(service: Service): string[] {
  return (service.deployments ?? []).flatMap((d) => (d.taskDefinition ? [d.taskDefinition] : []));
}

function hasCircuitBreakerRollback(service: Service): boolean {
  const breaker = service.deploymentConfiguration?.deploymentCircuitBreaker;
  return breaker?.enable === true && breaker.rollback === true;
}

async function rollBack(request: DeployRequest, before: Service, after: Service, deploymentId: string, previous: string): Promise<boolean> {
  if (ecsRolledBack(after, deploymentId)) {
    request.timeline.add(
      `ECS rolled the service back (PRIMARY deployment runs ${after.deployments?.find((d) => d.status === 'PRIMARY')?.taskDefinition ?? '?'})`,
    );
    return true;
  }
  if (!request.inputs.rollbackOnFailure) return false;
  if (hasCircuitBreakerRollback(before)) {
    request.log.info('the service has the deployment circuit breaker with rollback: ECS rolls back, this step does not');
    return false;
  }
  await request.api.pointServiceAt(previous);
  request.timeline.add(`rolled back: service re-pointed at ${previous}`);
  return true;
}

async function prune(request: DeployRequest, family: string, protectedArns: string[]): Promise<string[]> {
  const keep = request.inputs.pruneKeep;
  if (keep === undefined) return [];
  const doomed = revisionsToPrune({ family, active: await request.api.activeRevisions(family), keep, protectedArns });
  for (const arn of doomed) {
    await request.api.deregister(arn);
    request.log.info(`deregistered ${arn}`);
  }
  request.timeline.add(`pruned ${doomed.length} old revision${doomed.length === 1 ? '' : 's'} of ${family} (keeping the newest ${keep})`);
  return doomed;
}

export async function deploy(request: DeployRequest): Promise<DeployResult> {
  const { api, inputs, log, timeline } = request;
  const before = await api.describeService();
  const previous = before.taskDefinition ?? '';
  timeline.add(`service ${before.serviceName ?? inputs.service} runs ${previous}`);
  const rendered = renderTaskDefinition(await baseDefinition(request, previous), inputs.containerImages, inputs.environment);
  logChanges(log, rendered.changes);
  const family = rendered.definition.family ?? '';
  const registered = await api.register(rendered.definition);
  const arn = registered.taskDefinitionArn ?? '';
  timeline.add(`registered ${arn}`);
  const updated = await api.pointServiceAt(arn);
  const deployment = startedDeployment(updated, arn);
  timeline.add(`service updated: deployment ${deployment.id} started`);
  const base = {
    family,
    taskDefinitionArn: arn,
    previousTaskDefinitionArn: previous,
    deploymentId: deployment.id,
    changes: rendered.changes,
  };
  if (!inputs.waitForSteadyState) {
    const pruned = await prune(request, family, [arn, previous, ...inUse(updated)]);
    return { ...base, outcome: 'not-waited', reason: 'not waiting for a steady state', rolledBack: false, finalService: updated, pruned };
  }
  const waited = await log.group(`Waiting for ${inputs.service} to reach a steady state`, () =>
    waitForDeployment({
      timeoutMs: inputs.timeoutMs,
      pollIntervalMs: inputs.pollIntervalMs,
      deploymentId: deployment.id,
      describe: () => api.describeService(),
      log,
      clock: request.clock,
    }),
  );
  if (waited.state === 'completed') {
    timeline.add(`steady: ${waited.reason}`);
    const pruned = await prune(request, family, [arn, previous, ...inUse(waited.service)]);
    return { ...base, outcome: 'completed', reason: waited.reason, rolledBack: false, finalService: waited.service, pruned };
  }
  timeline.add(`${waited.state}: ${waited.reason}`);
  const failure = await gatherFailure(request, waited.service, arn, deployment.createdAt);
  await log.group('Why the deployment failed: service events and stopped tasks', () => {
    for (const line of detailLines(failure)) log.info(line);
    return Promise.resolve();
  });
  const rolledBack = await rollBack(request, before, waited.service, deployment.id, previous);
  return { ...base, outcome: waited.state, reason: waited.reason, rolledBack, finalService: waited.service, failure, pruned: [] };
}
