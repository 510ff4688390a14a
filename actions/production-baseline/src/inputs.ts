// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that names the input and the fix; helpers never read inputs themselves.
import * as core from '@actions/core';
import { join } from 'node:path';
import { resolveInWorkspace, runnerContext, type RunnerContext } from '@slipway/shared';
import { githubEnvironment, parseRepository, type GitHubEnvironment, type Repository } from '@slipway/shared';
import type { DataSource } from './record.js';

export interface RecordInputs {
  bundleDir: string;
  imageUri: string;
  imageDigest: string;
  bundleLocation: string;
  /** sha256 of the bundle's .tar.gz (train-model's bundle-sha256): what the server verifies. */
  bundleSha256?: string;
  /** Undefined: read from the run's environment approvals. */
  approvedBy?: string;
  /** The run whose approvals name the approver. */
  runId?: string;
  ref: string;
  runUrl: string;
  environmentUrl?: string;
  /** validate-data's profile.json of the training data, kept with the record. */
  profileFile?: string;
  /** The s3:// object (and version) the model was trained on, in a data-arrived run. */
  dataSource?: DataSource;
}

export interface BaselineInputs {
  mode: 'read' | 'record';
  token: string;
  apiUrl: string;
  repository: Repository;
  project: string;
  environment: string;
  /** Where the baseline metrics.json is written (read mode). */
  outputFile: string;
  /** Where the production data profile is written (read mode, when the record has one). */
  profileOutputFile: string;
  record?: RecordInputs;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

function requiredFor(mode: string, name: string): string {
  const value = optional(name);
  if (value === undefined) throw new Error(`input ${name}: required when mode is ${mode}`);
  return value;
}

export function parseMode(raw: string): 'read' | 'record' {
  const mode = raw.trim() || 'read';
  if (mode !== 'read' && mode !== 'record') throw new Error(`input mode: "${raw}" is not read or record`);
  return mode;
}

export function parseProjectName(raw: string): string {
  const name = raw.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name)) {
    throw new Error(`input project: "${raw}" is not a project name (letters, digits, ".", "_", "-"); give the name, not a spec path`);
  }
  return name;
}

/** data-uri and data-version-id: where the training data came from, when it came from S3. */
export function parseDataSource(uri: string | undefined, versionId: string | undefined): DataSource | undefined {
  if (uri === undefined) {
    if (versionId !== undefined) throw new Error('input data-version-id: given without data-uri; pass the s3:// URI it is a version of');
    return undefined;
  }
  if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/[^\s]+$/.test(uri)) {
    throw new Error(`input data-uri: "${uri}" is not an s3://<bucket>/<key> URI`);
  }
  if (versionId !== undefined && !/^[A-Za-z0-9._-]{1,1024}$/.test(versionId)) {
    throw new Error(`input data-version-id: "${versionId}" is not an S3 version id`);
  }
  return { uri, version_id: versionId ?? null };
}

export function parseImageDigest(raw: string): string {
  const digest = raw.trim();
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`input image-digest: "${raw}" is not "sha256:" followed by 64 hex digits`);
  return digest;
}

export function parseBundleSha256(raw: string): string {
  const digest = raw.trim();
  if (!/^[0-9a-f]{64}$/.test(digest)) {
    throw new Error(`input bundle-sha256: "${raw}" is not a sha256 (64 lowercase hex digits; train-model's output bundle-sha256)`);
  }
  return digest;
}

function readRecordInputs(context: RunnerContext, github: GitHubEnvironment): RecordInputs {
  const runUrl = optional('run-url') ?? github.runUrl;
  if (runUrl === undefined) throw new Error('input run-url: required when GITHUB_RUN_ID and GITHUB_REPOSITORY are not set');
  const ref = optional('ref') ?? context.gitSha;
  if (ref === undefined) throw new Error('input ref: required when GITHUB_SHA is not set');
  const environmentUrl = optional('environment-url');
  const profileFile = optional('profile-file');
  const bundleSha256 = optional('bundle-sha256');
  const dataSource = parseDataSource(optional('data-uri'), optional('data-version-id'));
  return {
    bundleDir: resolveInWorkspace(requiredFor('record', 'bundle-path'), context.workspace),
    imageUri: requiredFor('record', 'image-uri'),
    imageDigest: parseImageDigest(requiredFor('record', 'image-digest')),
    bundleLocation: requiredFor('record', 'bundle-location'),
    ...(bundleSha256 === undefined ? {} : { bundleSha256: parseBundleSha256(bundleSha256) }),
    approvedBy: optional('approved-by'),
    runId: github.runId,
    ref,
    runUrl,
    ...(environmentUrl === undefined ? {} : { environmentUrl }),
    ...(profileFile === undefined ? {} : { profileFile: resolveInWorkspace(profileFile, context.workspace) }),
    ...(dataSource === undefined ? {} : { dataSource }),
  };
}

export function readInputs(context: RunnerContext = runnerContext(), github: GitHubEnvironment = githubEnvironment()): BaselineInputs {
  const token = core.getInput('github-token', { required: true });
  core.setSecret(token);
  const mode = parseMode(core.getInput('mode'));
  const project = parseProjectName(core.getInput('project', { required: true }));
  const repositoryInput = optional('repository');
  const repository = repositoryInput === undefined ? github.repository : parseRepository(repositoryInput, 'input repository');
  if (repository === undefined) throw new Error('input repository: required when GITHUB_REPOSITORY is not set');
  const output = optional('output-file');
  const profileOutput = optional('profile-output-file');
  return {
    mode,
    token,
    apiUrl: github.apiUrl,
    repository,
    project,
    environment: core.getInput('environment') || 'production',
    outputFile:
      output === undefined
        ? join(context.runnerTemp, 'slipway-production-baseline', `${project}-metrics.json`)
        : resolveInWorkspace(output, context.workspace),
    profileOutputFile:
      profileOutput === undefined
        ? join(context.runnerTemp, 'slipway-production-baseline', `${project}-profile.json`)
        : resolveInWorkspace(profileOutput, context.workspace),
    ...(mode === 'record' ? { record: readRecordInputs(context, github) } : {}),
  };
}
