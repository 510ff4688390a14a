// The job summary: what changed, the timeline, the final state and, on failure, ECS's reasons.
import type { Service } from '@aws-sdk/client-ecs';
import { inlineCode, markdownTable, type TimelineEntry } from '@slipway/shared';
import type { DeployResult } from './deploy.js';
import type { FailureDetails } from './failure-details.js';

const VERDICT: Record<DeployResult['outcome'], string> = {
  completed: '✅ steady',
  'not-waited': '🚀 started (not waited for)',
  failed: '❌ failed',
  'timed-out': '❌ timed out',
};

/** Values of variables named like secrets are masked here as in the log. */
export function isSensitiveName(name: string): boolean {
  return /SECRET|PASSWORD|TOKEN|PRIVATE|CREDENTIAL|API_?KEY/i.test(name);
}

function shown(name: string, value: string | undefined): string {
  if (value === undefined) return '(not set)';
  return isSensitiveName(name) ? '(masked)' : inlineCode(value);
}

function changesSection(result: DeployResult): string {
  if (result.changes.length === 0) return 'No image or environment changes: the same definition as a new revision.';
  const rows = result.changes.flatMap((c) => [
    ...(c.image ? [[c.container, 'image', inlineCode(c.image.before), inlineCode(c.image.after)]] : []),
    ...c.environment.map((e) => [c.container, `env ${e.name}`, shown(e.name, e.before), shown(e.name, e.after)]),
  ]);
  return markdownTable({ headers: ['container', 'what', 'before', 'after'], rows });
}

function timelineSection(entries: TimelineEntry[]): string {
  return markdownTable({ headers: ['time (UTC)', 'event'], rows: entries.map((e) => [e.at.toISOString(), e.event]) });
}

function finalState(service: Service, result: DeployResult): string {
  const rows = (service.deployments ?? []).map((d) => [
    `${d.id ?? '?'}${d.id === result.deploymentId ? ' (this run)' : ''}`,
    d.status ?? '',
    d.rolloutState ?? '—',
    d.taskDefinition ?? '',
    `${d.runningCount ?? 0} / ${d.pendingCount ?? 0} / ${d.desiredCount ?? 0}`,
  ]);
  return markdownTable({ headers: ['deployment', 'status', 'rollout', 'task definition', 'running / pending / desired'], rows });
}

function failureSection(failure: FailureDetails): string {
  const events =
    failure.events.length === 0
      ? 'No service events.'
      : markdownTable({
          headers: ['time (UTC)', 'service event'],
          rows: failure.events.map((e) => [e.at?.toISOString() ?? '', e.message]),
        });
  const tasks =
    failure.stoppedTasks.length === 0
      ? 'No stopped tasks of the new revision.'
      : markdownTable({
          headers: ['task', 'stopped (UTC)', 'stop code', 'reason', 'containers'],
          rows: failure.stoppedTasks.map((t) => [
            t.taskId,
            t.stoppedAt?.toISOString() ?? '',
            t.stopCode ?? '',
            t.stoppedReason,
            t.containers.join('; '),
          ]),
        });
  return ['### Service events', events, '### Stopped tasks', tasks].join('\n\n');
}

export function renderSummary(options: { cluster: string; service: string; result: DeployResult; timeline: TimelineEntry[] }): string {
  const { result } = options;
  const parts = [
    `## deploy-ecs: ${options.service} on ${options.cluster} — ${VERDICT[result.outcome]}`,
    result.outcome === 'completed' ? result.reason : `**${result.reason}**`,
    `Task definition ${inlineCode(result.taskDefinitionArn)} (previous: ${inlineCode(result.previousTaskDefinitionArn)})${result.rolledBack ? ' — **rolled back to the previous one**' : ''}.`,
    '### What changed',
    changesSection(result),
    '### Timeline',
    timelineSection(options.timeline),
    '### Final state',
    finalState(result.finalService, result),
  ];
  if (result.failure) parts.push(failureSection(result.failure));
  if (result.pruned.length > 0) parts.push(`Deregistered old revisions: ${result.pruned.map(inlineCode).join(', ')}.`);
  return `${parts.join('\n\n')}\n`;
}
