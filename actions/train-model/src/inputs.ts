// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that quotes them; helpers never read inputs themselves.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  contractFileFor,
  dataRootFor,
  parseArtifactName,
  loadProjectSpec,
  loadProjectWithContract,
  resolveInWorkspace,
  resolveProjectSpecFile,
  runnerContext,
  type ProjectSpec,
  type RunnerContext,
} from '@slipway/shared';
import { checkBackendName } from './backends/registry.js';
import type { SageMakerSettings } from './backends/sagemaker/settings.js';
import type { Overrides } from './backends/types.js';
import { readSageMakerInputs } from './sagemaker-inputs.js';

export interface TrainInputs {
  specFile: string;
  spec: ProjectSpec;
  backend: string;
  /** With backend sagemaker: the training job's settings. */
  sagemaker?: SageMakerSettings;
  dataFile?: string;
  outputDir: string;
  python: string;
  seed?: number;
  overrides?: Overrides;
  trackingUri?: string;
  /** Production's bundle (folder, .tar.gz, s3://): a local path is resolved in the workspace. */
  productionBundle?: string;
  /** Upload the bundle tarball as a workflow artifact of this name. */
  uploadArtifact?: string;
  artifactRetentionDays?: number;
}

export function parseRetentionDays(raw: string): number {
  const days = Number(raw.trim());
  if (!Number.isInteger(days) || days < 1 || days > 90)
    throw new Error(`input artifact-retention-days: "${raw}" is not a whole number of days from 1 to 90`);
  return days;
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

const OVERRIDES_EXAMPLE = 'e.g. {"xgboost": {"max_depth": 4}}';

/** `overrides`: JSON of candidate name → parameters; every candidate named must be in the spec. */
export function parseOverrides(raw: string, spec: ProjectSpec): Overrides {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch (error) {
    throw new Error(`input overrides: "${raw}" is not JSON (${(error as Error).message}); ${OVERRIDES_EXAMPLE}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new Error(`input overrides: "${raw}" is not a JSON object of candidate name → parameters; ${OVERRIDES_EXAMPLE}`);
  }
  const known = spec.candidates.map((c) => c.name);
  for (const [name, params] of Object.entries(doc as Record<string, unknown>)) {
    if (!known.includes(name))
      throw new Error(`input overrides: no candidate "${name}" in ${spec.project}; candidates: ${known.join(', ')}`);
    const scalars =
      typeof params === 'object' &&
      params !== null &&
      !Array.isArray(params) &&
      Object.values(params as Record<string, unknown>).every(isScalar);
    if (!scalars)
      throw new Error(`input overrides: "${name}" must map parameter names to numbers, strings or booleans; ${OVERRIDES_EXAMPLE}`);
  }
  return doc as Overrides;
}

const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The spec, checked against its dataset contract when the workspace has one. */
function loadSpec(specFile: string, workspace: string): ProjectSpec {
  const spec = loadProjectSpec(specFile);
  const contractFile = contractFileFor({ dataset: spec.dataset, dataRoot: dataRootFor(specFile, workspace) });
  // Without a contract here the trainer reports the missing dataset with its own fix.
  return existsSync(contractFile) ? loadProjectWithContract({ specFile, contractFile }).spec : spec;
}

function parseDataFile(raw: string | undefined, workspace: string): string | undefined {
  if (raw === undefined) return undefined;
  const file = resolveInWorkspace(raw, workspace);
  if (!existsSync(file)) throw new Error(`input data: "${raw}" does not exist (resolved to ${file})`);
  return file;
}

export function parseProductionBundle(raw: string, workspace: string): string {
  if (raw.startsWith('s3://')) return raw;
  const path = resolveInWorkspace(raw, workspace);
  if (!existsSync(path))
    throw new Error(`input production-bundle: "${raw}" does not exist (resolved to ${path}); pass a bundle folder, .tar.gz or s3:// URI`);
  return path;
}

export function readInputs(context: RunnerContext = runnerContext()): TrainInputs {
  const specFile = resolveProjectSpecFile({ project: core.getInput('project', { required: true }), workspace: context.workspace });
  const spec = loadSpec(specFile, context.workspace);
  // The input wins over the spec's training.backend; local when neither says.
  const backend = checkBackendName(core.getInput('backend').trim() || spec.training?.backend || 'local');
  const dataFile = parseDataFile(optional('data'), context.workspace);
  const seed = optional('seed');
  const overrides = optional('overrides');
  const trackingUri = optional('mlflow-tracking-uri');
  const production = optional('production-bundle');
  return {
    specFile,
    spec,
    backend,
    ...(backend === 'sagemaker' ? { sagemaker: readSageMakerInputs(spec) } : {}),
    outputDir: resolveInWorkspace(optional('output-dir') ?? join(context.runnerTemp, 'slipway'), context.workspace),
    python: optional('python') ?? 'python3',
    ...(dataFile === undefined ? {} : { dataFile }),
    ...(seed === undefined ? {} : { seed: parseSeed(seed) }),
    ...(overrides === undefined ? {} : { overrides: parseOverrides(overrides, spec) }),
    ...(trackingUri === undefined ? {} : { trackingUri }),
    ...(production === undefined ? {} : { productionBundle: parseProductionBundle(production, context.workspace) }),
    ...artifactInputs(),
  };
}

function artifactInputs(): Pick<TrainInputs, 'uploadArtifact' | 'artifactRetentionDays'> {
  const name = optional('upload-artifact');
  const days = optional('artifact-retention-days');
  if (name === undefined) {
    if (days !== undefined) throw new Error('input artifact-retention-days: given without upload-artifact');
    return {};
  }
  return {
    uploadArtifact: parseArtifactName(name, 'upload-artifact'),
    ...(days === undefined ? {} : { artifactRetentionDays: parseRetentionDays(days) }),
  };
}
