// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that quotes them; helpers never read inputs themselves.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import {
  contractFileFor,
  dataRootFor,
  loadDatasetContract,
  loadProjectSpec,
  resolveInWorkspace,
  resolveProjectSpecFile,
  runnerContext,
  parseBoolean,
  type DatasetContract,
  type RunnerContext,
} from '@slipway/shared';
import { readReferenceProfile, type ProfileDocument } from './statistics/profile-file.js';

export interface ValidateInputs {
  contractFile: string;
  contract: DatasetContract;
  dataFile: string;
  reportFile: string;
  profileFile: string;
  failOnError: boolean;
  /** The drift reference (a profile of an earlier run), checked against the contract. */
  referenceProfile?: ProfileDocument;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

/** A contract path, or a dataset name under <workspace>/data. */
function resolveContractFile(value: string, workspace: string): string {
  const asName = /^[a-z0-9][a-z0-9-]*$/.test(value);
  const file = asName ? contractFileFor({ dataset: value, dataRoot: join(workspace, 'data') }) : resolveInWorkspace(value, workspace);
  if (!existsSync(file)) throw new Error(`input contract: "${value}": ${file} does not exist; give a dataset name or a contract path`);
  return file;
}

/** The contract's own data when its source is a local path or an s3:// object; for a url or a
 * generator source the data input is needed (resolve it first: python -m slipway_ml resolve-data). */
function defaultDataFile(contract: DatasetContract, contractFile: string): string {
  const { kind, path, uri } = contract.source;
  if (kind === 'path' && typeof path === 'string') return isAbsolute(path) ? path : resolve(dirname(contractFile), path);
  if (kind === 's3' && typeof uri === 'string') return uri;
  throw new Error(
    `input data: dataset "${contract.dataset}" has a ${kind} source; give the file in the data input (python -m slipway_ml resolve-data prints it)`,
  );
}

/** A local path is resolved in the workspace; an s3:// URI is read from S3 as it is. */
function dataLocation(raw: string, workspace: string): string {
  return raw.startsWith('s3://') ? raw : resolveInWorkspace(raw, workspace);
}

function contractInput(context: RunnerContext): string {
  const contract = optional('contract');
  if (contract !== undefined) return resolveContractFile(contract, context.workspace);
  const project = optional('project');
  if (project === undefined) throw new Error('inputs: give either contract (a dataset name or contract path) or project');
  const specFile = resolveProjectSpecFile({ project, workspace: context.workspace });
  const spec = loadProjectSpec(specFile);
  const file = contractFileFor({ dataset: spec.dataset, dataRoot: dataRootFor(specFile, context.workspace) });
  if (!existsSync(file))
    throw new Error(`input project: dataset "${spec.dataset}" of ${specFile}: ${file} does not exist; add the contract there`);
  return file;
}

export function readInputs(context: RunnerContext = runnerContext()): ValidateInputs {
  const contractFile = contractInput(context);
  const contract = loadDatasetContract(contractFile);
  const data = optional('data');
  const report = optional('report-file');
  const profile = optional('profile-file');
  const reference = optional('reference-profile');
  const outDir = join(context.runnerTemp, 'slipway-validate-data');
  return {
    contractFile,
    contract,
    dataFile: data === undefined ? defaultDataFile(contract, contractFile) : dataLocation(data, context.workspace),
    reportFile: report === undefined ? join(outDir, 'report.json') : resolveInWorkspace(report, context.workspace),
    profileFile: profile === undefined ? join(outDir, 'profile.json') : resolveInWorkspace(profile, context.workspace),
    failOnError: parseBoolean('fail-on-error', core.getInput('fail-on-error') || 'true'),
    ...(reference === undefined
      ? {}
      : { referenceProfile: readReferenceProfile(resolveInWorkspace(reference, context.workspace), contract) }),
  };
}
