// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that quotes them; helpers never read inputs themselves.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  contractFileFor,
  loadProjectSpec,
  loadProjectWithContract,
  resolveInWorkspace,
  resolveProjectSpecFile,
  runnerContext,
  type ProjectSpec,
  type RunnerContext,
} from '@slipway/shared';
import { checkBackendName } from './backends/registry.js';

export interface TrainInputs {
  specFile: string;
  spec: ProjectSpec;
  backend: string;
  dataFile?: string;
  outputDir: string;
  python: string;
  seed?: number;
  trackingUri?: string;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function parseSeed(raw: string): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value)) {
    throw new Error(`input seed: "${raw}" is not a non-negative integer`);
  }
  return value;
}

/** The spec, checked against its dataset contract when the workspace has one. */
function loadSpec(specFile: string, workspace: string): ProjectSpec {
  const spec = loadProjectSpec(specFile);
  const contractFile = contractFileFor({ dataset: spec.dataset, dataRoot: join(workspace, 'data') });
  // Without a contract here the trainer reports the missing dataset with its own fix.
  return existsSync(contractFile) ? loadProjectWithContract({ specFile, contractFile }).spec : spec;
}

function parseDataFile(raw: string | undefined, workspace: string): string | undefined {
  if (raw === undefined) return undefined;
  const file = resolveInWorkspace(raw, workspace);
  if (!existsSync(file)) throw new Error(`input data: "${raw}" does not exist (resolved to ${file})`);
  return file;
}

export function readInputs(context: RunnerContext = runnerContext()): TrainInputs {
  const specFile = resolveProjectSpecFile({ project: core.getInput('project', { required: true }), workspace: context.workspace });
  const backend = checkBackendName(core.getInput('backend') || 'local');
  const spec = loadSpec(specFile, context.workspace);
  const dataFile = parseDataFile(optional('data'), context.workspace);
  const seed = optional('seed');
  const trackingUri = optional('mlflow-tracking-uri');
  return {
    specFile,
    spec,
    backend,
    outputDir: resolveInWorkspace(optional('output-dir') ?? join(context.runnerTemp, 'slipway'), context.workspace),
    python: optional('python') ?? 'python3',
    ...(dataFile === undefined ? {} : { dataFile }),
    ...(seed === undefined ? {} : { seed: parseSeed(seed) }),
    ...(trackingUri === undefined ? {} : { trackingUri }),
  };
}
