// Why a deployment failed, in ECS's own words: the service's recent events and the reasons its
// tasks of the new revision stopped. Pure formatting of what the API returned.
import type { Service, Task } from '@aws-sdk/client-ecs';

export interface ServiceEvent {
  at?: Date;
  message: string;
}

export interface StoppedTask {
  taskId: string;
  stoppedAt?: Date;
  stopCode?: string;
  stoppedReason: string;
  /** e.g. `api: exit 1 (Essential container in task exited)`. */
  containers: string[];
}

export interface FailureDetails {
  events: ServiceEvent[];
  stoppedTasks: StoppedTask[];
}

export const EVENTS_SHOWN = 10;
export const STOPPED_TASKS_SHOWN = 10;

/** Events since the deployment began (newest first), else the latest few. */
export function recentEvents(service: Service, since?: Date): ServiceEvent[] {
  const events = (service.events ?? []).map((e) => ({ ...(e.createdAt ? { at: e.createdAt } : {}), message: e.message ?? '' }));
  const fresh = since ? events.filter((e) => e.at === undefined || e.at.getTime() >= since.getTime()) : events;
  return (fresh.length > 0 ? fresh : events).slice(0, EVENTS_SHOWN);
}

function containerLine(container: NonNullable<Task['containers']>[number]): string | undefined {
  const parts = [container.exitCode === undefined ? undefined : `exit ${container.exitCode}`, container.reason].filter(Boolean);
  return parts.length > 0 ? `${container.name ?? '?'}: ${parts.join(', ')}` : undefined;
}

/** Stopped tasks of the given revision, as read from DescribeTasks. */
export function stoppedTasksOf(tasks: Task[], taskDefinitionArn: string): StoppedTask[] {
  return tasks
    .filter((task) => task.taskDefinitionArn === taskDefinitionArn)
    .slice(0, STOPPED_TASKS_SHOWN)
    .map((task) => ({
      taskId: task.taskArn?.split('/').at(-1) ?? '?',
      ...(task.stoppedAt ? { stoppedAt: task.stoppedAt } : {}),
      ...(task.stopCode ? { stopCode: task.stopCode } : {}),
      stoppedReason: task.stoppedReason ?? 'no reason given',
      containers: (task.containers ?? []).map(containerLine).filter((line): line is string => line !== undefined),
    }));
}

export function detailLines(details: FailureDetails): string[] {
  const lines = details.events.map((e) => `event ${e.at?.toISOString() ?? ''} ${e.message}`.replace('  ', ' '));
  for (const task of details.stoppedTasks) {
    const containers = task.containers.length > 0 ? ` [${task.containers.join('; ')}]` : '';
    lines.push(`stopped task ${task.taskId}${task.stopCode ? ` (${task.stopCode})` : ''}: ${task.stoppedReason}${containers}`);
  }
  return lines;
}
