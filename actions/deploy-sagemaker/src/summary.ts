// The job summary: what was deployed where, how traffic moved, the timeline and the outcome.
import { inlineCode, markdownTable, type TimelineEntry } from '@slipway/shared';
import type { DeployResult, Outcome } from './deploy.js';
import type { DeployInputs } from './inputs.js';

const VERDICT: Record<Outcome, string> = {
  completed: '✅ in service',
  'not-waited': '🚀 started (not waited for)',
  'rolled-back': '❌ rolled back by SageMaker',
  failed: '❌ failed',
  'timed-out': '❌ timed out',
};

function capacityText(inputs: DeployInputs): string {
  const c = inputs.capacity;
  return c.kind === 'instances'
    ? `${c.instanceCount} × ${c.instanceType}`
    : `serverless, ${c.memoryMb} MB, up to ${c.maxConcurrency} concurrent`;
}

/** SageMaker activates whole instances: a share of a small fleet is at least one of them. */
export function canaryInstances(count: number, percent: number): number {
  return Math.max(1, Math.ceil((count * percent) / 100));
}

function shiftText(inputs: DeployInputs, result: DeployResult): string {
  if (result.created) return 'new endpoint: all traffic to the new model';
  const bake = `${inputs.traffic.bakeSeconds / 60} min`;
  const { capacity } = inputs;
  const first =
    capacity.kind === 'instances'
      ? `canary ${inputs.traffic.canaryPercent} % of capacity (${canaryInstances(capacity.instanceCount, inputs.traffic.canaryPercent)} of ${capacity.instanceCount} instances) for ${bake}, then all`
      : `all at once after ${bake}`;
  return `blue/green: ${first}; old fleet kept ${inputs.traffic.terminationWaitSeconds / 60} min after`;
}

export function renderSummary(inputs: DeployInputs, result: DeployResult, timeline: TimelineEntry[]): string {
  const alarms = inputs.alarmNames.length === 0 ? 'none (no auto-rollback)' : inputs.alarmNames.map(inlineCode).join(', ');
  const rows = [
    ['endpoint', inlineCode(result.endpointName)],
    ['model', inlineCode(result.modelName)],
    ['endpoint config', inlineCode(result.endpointConfigName)],
    ['previous endpoint config', result.previousEndpointConfigName ? inlineCode(result.previousEndpointConfigName) : '(new endpoint)'],
    ['image', inlineCode(inputs.image)],
    ['bundle', `${inlineCode(inputs.bundleUri)} (sha256 ${inlineCode(inputs.bundleSha256)})`],
    ['capacity', capacityText(inputs)],
    ['traffic shift', shiftText(inputs, result)],
    ['auto-rollback alarms', alarms],
  ];
  const pruned = [
    ...result.pruned.endpointConfigs.map((n) => ['endpoint config', inlineCode(n)]),
    ...result.pruned.models.map((n) => ['model', inlineCode(n)]),
  ];
  return [
    `## deploy-sagemaker: ${result.endpointName} — ${VERDICT[result.outcome]}`,
    '',
    result.reason,
    '',
    markdownTable({ headers: ['what', 'value'], rows }),
    '',
    '### Timeline',
    '',
    markdownTable({ headers: ['time (UTC)', 'event'], rows: timeline.map((e) => [e.at.toISOString(), e.event]) }),
    '',
    ...(pruned.length === 0 ? [] : ['### Pruned', '', markdownTable({ headers: ['kind', 'name'], rows: pruned }), '']),
  ].join('\n');
}
