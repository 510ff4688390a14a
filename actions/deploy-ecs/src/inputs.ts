// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that quotes them; helpers never read inputs themselves.
import * as core from '@actions/core';
import { parseBoolean, resolveInWorkspace, runnerContext, type RunnerContext } from '@slipway/shared';
import { parseContainerImages, parseEnvironment, withBundleDigest, type ContainerImages, type EnvironmentOverrides } from './input-maps.js';

export interface DeployInputs {
  cluster: string;
  service: string;
  /** Absolute path of the task definition JSON; absent: start from the service's current one. */
  taskDefinitionFile?: string;
  containerImages: ContainerImages;
  environment: EnvironmentOverrides;
  waitForSteadyState: boolean;
  timeoutMs: number;
  pollIntervalMs: number;
  rollbackOnFailure: boolean;
  /** Keep this many newest revisions of the family; absent: no pruning. */
  pruneKeep?: number;
  region: string;
  maxAttempts: number;
}

// Commercial, China, GovCloud and ISO partitions: us-east-1, cn-north-1, us-gov-west-1, us-isob-east-1.
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
// Cluster and service names: up to 255 letters, digits, - and _; ARNs are accepted as well.
const RESOURCE_NAME = /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:[a-z-]+\/[A-Za-z0-9_/-]+)$/;

export function parseRegion(raw: string): string {
  const value = raw.trim();
  if (!REGION.test(value)) throw new Error(`input region: "${raw}" is not an AWS region name (e.g. us-east-1)`);
  return value;
}

export function parseResourceName(name: string, raw: string): string {
  const value = raw.trim();
  if (!RESOURCE_NAME.test(value)) {
    throw new Error(`input ${name}: "${raw}" is not an ECS ${name} name or ARN (letters, digits, - and _, up to 255 characters)`);
  }
  return value;
}

export function parsePositiveNumber(name: string, raw: string, unit: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new Error(`input ${name}: "${raw}" is not a positive number of ${unit}`);
  }
  return value;
}

export function parseCount(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new Error(`input ${name}: "${raw}" is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function regionInput(env: NodeJS.ProcessEnv): string {
  const raw = optional('region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
  if (raw === undefined) {
    throw new Error('input region: not set, and neither is AWS_REGION; give region, or set it with aws-actions/configure-aws-credentials');
  }
  return parseRegion(raw);
}

function environmentInput(): EnvironmentOverrides {
  const environment = parseEnvironment(core.getInput('environment'));
  const digest = optional('bundle-sha256');
  if (digest === undefined) return environment;
  return withBundleDigest(environment, optional('bundle-container') ?? 'inference-api', digest);
}

export function readInputs(context: RunnerContext = runnerContext(), env: NodeJS.ProcessEnv = process.env): DeployInputs {
  const taskDefinition = optional('task-definition');
  const pruneKeep = optional('prune-keep');
  return {
    cluster: parseResourceName('cluster', core.getInput('cluster', { required: true })),
    service: parseResourceName('service', core.getInput('service', { required: true })),
    ...(taskDefinition === undefined ? {} : { taskDefinitionFile: resolveInWorkspace(taskDefinition, context.workspace) }),
    containerImages: parseContainerImages(core.getInput('container-images')),
    environment: environmentInput(),
    waitForSteadyState: parseBoolean('wait-for-steady-state', core.getInput('wait-for-steady-state') || 'true'),
    timeoutMs: parsePositiveNumber('timeout-minutes', core.getInput('timeout-minutes') || '30', 'minutes') * 60_000,
    pollIntervalMs: parsePositiveNumber('poll-interval-seconds', core.getInput('poll-interval-seconds') || '15', 'seconds') * 1000,
    rollbackOnFailure: parseBoolean('rollback-on-failure', core.getInput('rollback-on-failure') || 'false'),
    ...(pruneKeep === undefined ? {} : { pruneKeep: parseCount('prune-keep', pruneKeep, 1, 1000) }),
    region: regionInput(env),
    maxAttempts: parseCount('max-attempts', core.getInput('max-attempts') || '8', 1, 20),
  };
}
