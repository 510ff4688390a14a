// A task definition as RegisterTaskDefinition takes it, from a file in the repository or from
// what DescribeTaskDefinition returned: read-only fields dropped, unknown fields rejected.
import type { RegisterTaskDefinitionCommandInput, TaskDefinition } from '@aws-sdk/client-ecs';
import { parseJsonText, readText } from '@slipway/shared';

export type TaskDefinitionInput = RegisterTaskDefinitionCommandInput;

/** Fields ECS fills in on registration; sending them back is an error, so they are dropped. */
export const READ_ONLY_FIELDS = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
] as const;

/** The fields RegisterTaskDefinition accepts. */
export const REGISTER_FIELDS = [
  'family',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'containerDefinitions',
  'volumes',
  'placementConstraints',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'tags',
  'pidMode',
  'ipcMode',
  'proxyConfiguration',
  'inferenceAccelerators',
  'ephemeralStorage',
  'runtimePlatform',
  'enableFaultInjection',
] as const;

const readOnly = new Set<string>(READ_ONLY_FIELDS);
const accepted = new Set<string>(REGISTER_FIELDS);

function fieldError(source: string, path: string, message: string): Error {
  return new Error(`${source}: ${path}: ${message}`);
}

function checkContainers(source: string, value: unknown): void {
  if (!Array.isArray(value) || value.length === 0) {
    throw fieldError(source, 'containerDefinitions', 'must be a non-empty list of containers');
  }
  const seen = new Set<string>();
  value.forEach((container: unknown, i) => {
    const name = (container as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || name === '') {
      throw fieldError(source, `containerDefinitions[${i}].name`, 'missing; every container needs a name');
    }
    if (seen.has(name)) throw fieldError(source, `containerDefinitions[${i}].name`, `"${name}" is used by two containers`);
    seen.add(name);
  });
}

/**
 * Keeps what RegisterTaskDefinition accepts. `source` names where the definition came from
 * (a file, or the service's current revision) in every message.
 */
export function toRegisterInput(definition: unknown, source: string): TaskDefinitionInput {
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    throw new Error(`${source}: expected a JSON object with family and containerDefinitions`);
  }
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(definition)) {
    if (readOnly.has(key) || value === null) continue;
    if (!accepted.has(key)) {
      throw fieldError(source, key, `not a task definition field; RegisterTaskDefinition accepts ${REGISTER_FIELDS.join(', ')}`);
    }
    input[key] = value;
  }
  if (typeof input.family !== 'string' || input.family === '')
    throw fieldError(source, 'family', 'missing; name the task definition family');
  checkContainers(source, input.containerDefinitions);
  return structuredClone(input) as unknown as TaskDefinitionInput;
}

/** Reads a task definition file: the registration JSON, or `aws ecs describe-task-definition` output. */
export function readTaskDefinitionFile(file: string): TaskDefinitionInput {
  const parsed = parseJsonText(readText(file, 'task definition file'), file);
  const wrapped = (parsed as { taskDefinition?: unknown } | null)?.taskDefinition;
  return toRegisterInput(wrapped ?? parsed, file);
}

export function fromDescribed(definition: TaskDefinition): TaskDefinitionInput {
  return toRegisterInput(definition, `task definition ${definition.taskDefinitionArn ?? definition.family ?? '(unnamed)'}`);
}
