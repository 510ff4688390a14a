// Reads one DescribeServices answer and says where our deployment stands. Pure.
import type { Deployment, Service } from '@aws-sdk/client-ecs';

export type Assessment =
  | { state: 'in-progress'; deployment: Deployment }
  | { state: 'completed'; deployment: Deployment }
  | { state: 'failed'; reason: string; deployment?: Deployment };

export function assessDeployment(service: Service, deploymentId: string): Assessment {
  const deployments = service.deployments ?? [];
  const ours = deployments.find((d) => d.id === deploymentId);
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  if (!ours) {
    const now = primary ? `; the PRIMARY deployment is now ${primary.id ?? '?'} with ${primary.taskDefinition ?? '?'}` : '';
    return { state: 'failed', reason: `deployment ${deploymentId} is no longer listed by the service${now}` };
  }
  if (ours.rolloutState === 'FAILED') {
    return {
      state: 'failed',
      reason: `deployment ${deploymentId} FAILED: ${ours.rolloutStateReason ?? 'no reason given'}`,
      deployment: ours,
    };
  }
  if (primary && primary.id !== deploymentId) {
    // The circuit breaker's rollback starts a new PRIMARY deployment of the previous revision.
    return {
      state: 'failed',
      reason: `deployment ${deploymentId} was replaced: the PRIMARY deployment is now ${primary.id ?? '?'} with ${primary.taskDefinition ?? '?'} (rolled back)`,
      deployment: ours,
    };
  }
  // Steady: ECS says COMPLETED (or, for services without rollout states, the old
  // deployments are gone) and every desired task of ours runs.
  const rolloutDone = ours.rolloutState === undefined || ours.rolloutState === 'COMPLETED';
  const steady = rolloutDone && deployments.length === 1 && ours.runningCount === ours.desiredCount;
  return { state: steady ? 'completed' : 'in-progress', deployment: ours };
}

/** One progress line: counts and rollout state of our deployment. */
export function progressLine(service: Service, deploymentId: string): string {
  const ours = service.deployments?.find((d) => d.id === deploymentId);
  const others = (service.deployments?.length ?? 1) - (ours ? 1 : 0);
  if (!ours) return `deployment ${deploymentId}: not listed (${service.deployments?.length ?? 0} deployments)`;
  const rollout = ours.rolloutState ?? 'no rollout state';
  const otherText = others > 0 ? `, ${others} older deployment${others === 1 ? '' : 's'} draining` : '';
  return `deployment ${deploymentId} ${rollout}: running ${ours.runningCount ?? 0}, pending ${ours.pendingCount ?? 0}, desired ${ours.desiredCount ?? 0}, failed tasks ${ours.failedTasks ?? 0}${otherText}`;
}
