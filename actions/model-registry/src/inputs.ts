// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that quotes them and says the fix; helpers never read inputs themselves.
import * as core from '@actions/core';
import {
  githubEnvironment,
  resolveInWorkspace,
  runnerContext,
  type GitHubEnvironment,
  type Repository,
  type RunnerContext,
} from '@slipway/shared';

export type Mode = 'register' | 'approve' | 'reject';

export interface S3Location {
  bucket: string;
  /** Key prefix without a trailing slash; '' for the bucket's root. */
  prefix: string;
}

export interface RegisterInputs {
  bundleDir: string;
  /** The bundle's .tar.gz: its sha256 is recorded with the package. */
  bundleTarball?: string;
  /** Where the bundle is kept (artifact URL or s3:// URI), recorded with the package. */
  bundleLocation?: string;
  /** Root under which the model-quality statistics are written for ModelMetrics. */
  metricsLocation?: S3Location;
  /** Image and model data: the package's InferenceSpecification, when both are given. */
  inference?: { image: string; modelDataUrl: string };
}

export interface ApproveInputs {
  modelPackageArn: string;
  /** The Slipway model version just deployed: the package must be this model. */
  modelVersion: string;
  token: string;
  apiUrl: string;
  repository: Repository;
  runId: string;
  /** The GitHub environment whose required reviewers approved the deploy. */
  environment: string;
}

export interface RejectInputs {
  modelPackageArn: string;
  reason: string;
}

interface CommonInputs {
  project: string;
  group: string;
  region: string;
  runUrl?: string;
  gitSha?: string;
  /** https://github.com/<owner>/<repo>, when known: the package's MetadataProperties.Repository. */
  repositoryUrl?: string;
}

export type RegistryInputs = CommonInputs &
  ({ mode: 'register'; register: RegisterInputs } | { mode: 'approve'; approve: ApproveInputs } | { mode: 'reject'; reject: RejectInputs });

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
// The contract's project names (CONTRACTS.md) that also make a valid group name: no trailing '-'.
const PROJECT = /^[a-z](?:[a-z0-9-]{0,29}[a-z0-9])?$/;
// SageMaker's ModelPackageGroupName pattern.
const GROUP = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const PACKAGE_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/[a-zA-Z0-9-]{1,63}\/\d+$/;
const MODEL_VERSION = /^[a-z][a-z0-9-]{0,30}-[0-9a-f]{12}$/;
const ECR_IMAGE = /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/[a-z0-9._/-]+(:[\w.-]+|@sha256:[0-9a-f]{64})$/;

export function parseMode(raw: string): Mode {
  const mode = raw.trim();
  if (mode !== 'register' && mode !== 'approve' && mode !== 'reject') {
    throw new Error(`input mode: "${raw}" is not register, approve or reject`);
  }
  return mode;
}

export function parseProject(raw: string): string {
  const project = raw.trim();
  if (!PROJECT.test(project)) {
    throw new Error(
      `input project: "${raw}" is not a project name (lower-case letters, digits and '-', starting with a letter, not ending with '-'); give the name of ml/projects/<name>.yaml`,
    );
  }
  return project;
}

export function parseGroup(raw: string | undefined, project: string): string {
  if (raw === undefined) return `slipway-${project}`;
  if (!GROUP.test(raw))
    throw new Error(`input model-package-group: "${raw}" is not a model package group name (letters, digits and '-', up to 63)`);
  return raw;
}

export function parseRegion(raw: string): string {
  const value = raw.trim();
  if (!REGION.test(value)) throw new Error(`input region: "${raw}" is not an AWS region name (e.g. us-east-1)`);
  return value;
}

export function parseModelPackageArn(raw: string): string {
  const value = raw.trim();
  if (!PACKAGE_ARN.test(value)) {
    throw new Error(
      `input model-package-arn: "${raw}" is not a versioned model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>); pass the register step's model-package-arn output`,
    );
  }
  return value;
}

export function parseModelVersion(raw: string): string {
  const value = raw.trim();
  if (!MODEL_VERSION.test(value)) {
    throw new Error(
      `input model-version: "${raw}" is not a Slipway model version (<project>-<12 hex>); pass train-model's model-version output`,
    );
  }
  return value;
}

export function parseS3Location(name: string, raw: string): S3Location {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(raw.trim());
  if (!match?.[1]) throw new Error(`input ${name}: "${raw}" is not an s3://<bucket>[/<prefix>] location`);
  return { bucket: match[1], prefix: (match[2] ?? '').replace(/\/+$/, '') };
}

export function parseModelDataUrl(raw: string): string {
  const { prefix } = parseS3Location('model-data-url', raw);
  if (!prefix.endsWith('.tar.gz'))
    throw new Error(`input model-data-url: "${raw}" is not an s3:// URI of a .tar.gz (the bundle's tarball)`);
  return raw.trim();
}

export function parseImage(raw: string): string {
  const value = raw.trim();
  if (!ECR_IMAGE.test(value)) {
    throw new Error(
      `input image-uri: "${raw}" is not an ECR image reference (<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> or @sha256:<digest>)`,
    );
  }
  return value;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function requiredFor(mode: Mode, name: string): string {
  const value = optional(name);
  if (value === undefined) throw new Error(`input ${name}: required when mode is ${mode}`);
  return value;
}

function regionInput(env: NodeJS.ProcessEnv): string {
  const raw = optional('region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
  if (raw === undefined) {
    throw new Error('input region: not set, and neither is AWS_REGION; give region, or set it with aws-actions/configure-aws-credentials');
  }
  return parseRegion(raw);
}

function readRegister(context: RunnerContext): RegisterInputs {
  const tarball = optional('bundle-tarball');
  const location = optional('bundle-location');
  const metrics = optional('metrics-location');
  const image = optional('image-uri');
  const modelData = optional('model-data-url');
  if ((image === undefined) !== (modelData === undefined)) {
    throw new Error('inputs image-uri and model-data-url: give both (the package can then be deployed as it is) or neither');
  }
  return {
    bundleDir: resolveInWorkspace(requiredFor('register', 'bundle-path'), context.workspace),
    ...(tarball === undefined ? {} : { bundleTarball: resolveInWorkspace(tarball, context.workspace) }),
    ...(location === undefined ? {} : { bundleLocation: location }),
    ...(metrics === undefined ? {} : { metricsLocation: parseS3Location('metrics-location', metrics) }),
    ...(image === undefined || modelData === undefined
      ? {}
      : { inference: { image: parseImage(image), modelDataUrl: parseModelDataUrl(modelData) } }),
  };
}

function readApprove(github: GitHubEnvironment): ApproveInputs {
  const token = requiredFor('approve', 'github-token');
  core.setSecret(token);
  if (github.repository === undefined)
    throw new Error('GITHUB_REPOSITORY is not set: approve mode reads who approved from this run, in this repository');
  if (github.runId === undefined)
    throw new Error('GITHUB_RUN_ID is not set: approve mode reads who approved from this run’s environment approvals');
  return {
    modelPackageArn: parseModelPackageArn(requiredFor('approve', 'model-package-arn')),
    modelVersion: parseModelVersion(requiredFor('approve', 'model-version')),
    token,
    apiUrl: github.apiUrl,
    repository: github.repository,
    runId: github.runId,
    environment: optional('environment') ?? 'production',
  };
}

export function readInputs(
  context: RunnerContext = runnerContext(),
  github: GitHubEnvironment = githubEnvironment(),
  env: NodeJS.ProcessEnv = process.env,
): RegistryInputs {
  const mode = parseMode(core.getInput('mode', { required: true }));
  const project = parseProject(core.getInput('project', { required: true }));
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const common: CommonInputs = {
    project,
    group: parseGroup(optional('model-package-group'), project),
    region: regionInput(env),
    ...(github.runUrl === undefined ? {} : { runUrl: github.runUrl }),
    ...(context.gitSha === undefined ? {} : { gitSha: context.gitSha }),
    ...(github.repository === undefined ? {} : { repositoryUrl: `${server}/${github.repository.owner}/${github.repository.repo}` }),
  };
  switch (mode) {
    case 'register':
      return { ...common, mode, register: readRegister(context) };
    case 'approve':
      return { ...common, mode, approve: readApprove(github) };
    case 'reject':
      return {
        ...common,
        mode,
        reject: {
          modelPackageArn: parseModelPackageArn(requiredFor('reject', 'model-package-arn')),
          reason: requiredFor('reject', 'reason'),
        },
      };
  }
}
