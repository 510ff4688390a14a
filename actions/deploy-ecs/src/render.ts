// Applies new images and environment overrides to a task definition, and lists what changed.
// Pure: the input definition is not modified.
import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import type { ContainerImages, EnvironmentOverrides } from './input-maps.js';
import type { TaskDefinitionInput } from './task-definition.js';

export interface EnvironmentChange {
  name: string;
  /** Absent when the variable is new. */
  before?: string;
  after: string;
}

export interface ContainerChange {
  container: string;
  image?: { before: string; after: string };
  environment: EnvironmentChange[];
}

export interface Rendered {
  definition: TaskDefinitionInput;
  changes: ContainerChange[];
}

function checkNamesExist(input: string, wanted: string[], containers: ContainerDefinition[], family: string): void {
  const known = containers.map((c) => c.name ?? '');
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const list = unknown.map((u) => `"${u}"`).join(', ');
    throw new Error(`input ${input}: no container ${list} in task definition family "${family}"; its containers are ${known.join(', ')}`);
  }
}

function applyEnvironment(container: ContainerDefinition, overrides: Record<string, string>): EnvironmentChange[] {
  const environment = container.environment ?? [];
  const changes: EnvironmentChange[] = [];
  for (const [name, value] of Object.entries(overrides)) {
    const existing = environment.find((pair) => pair.name === name);
    if (existing?.value === value) continue;
    changes.push({ name, ...(existing?.value === undefined ? {} : { before: existing.value }), after: value });
    if (existing) existing.value = value;
    else environment.push({ name, value });
  }
  container.environment = environment;
  return changes;
}

export function renderTaskDefinition(base: TaskDefinitionInput, images: ContainerImages, environment: EnvironmentOverrides): Rendered {
  const definition = structuredClone(base);
  const containers = definition.containerDefinitions ?? [];
  checkNamesExist('container-images', Object.keys(images), containers, definition.family ?? '');
  checkNamesExist('environment', Object.keys(environment), containers, definition.family ?? '');
  const changes: ContainerChange[] = [];
  for (const container of containers) {
    const name = container.name ?? '';
    const newImage = images[name];
    const change: ContainerChange = { container: name, environment: applyEnvironment(container, environment[name] ?? {}) };
    if (newImage !== undefined && newImage !== container.image) {
      change.image = { before: container.image ?? '', after: newImage };
      container.image = newImage;
    }
    if (change.image || change.environment.length > 0) changes.push(change);
  }
  return { definition, changes };
}
