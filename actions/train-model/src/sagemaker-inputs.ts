// The inputs of the sagemaker backend, over the project spec's `training:` section, over the
// defaults. Read only when the backend is sagemaker; bad values are rejected, quoted.
import * as core from '@actions/core';
import { parseBoolean, type ProjectSpec, type TrainingSection } from '@slipway/shared';
import { JOB_NAME, TRAINING_DEFAULTS, type SageMakerSettings } from './backends/sagemaker/settings.js';

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const IMAGE = /^[a-z0-9][a-z0-9.-]*(:\d+)?\/[a-z0-9._/-]+(:[\w][\w.-]{0,127}|@sha256:[0-9a-f]{64})$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX = /^[A-Za-z0-9!_.*'()-]+(\/[A-Za-z0-9!_.*'()-]+)*$/;
const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;
/** SageMaker's longest runtime, 28 days. */
const MAX_SECONDS = 2_419_200;

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function required(name: string, pattern: RegExp, example: string): string {
  const value = optional(name);
  if (value === undefined) throw new Error(`input ${name}: required with backend sagemaker; e.g. ${example}`);
  if (!pattern.test(value)) throw new Error(`input ${name}: "${value}" is not valid; e.g. ${example}`);
  return value;
}

export function parseWholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new Error(`input ${name}: "${raw}" is not a whole number from ${min} to ${max}`);
  return value;
}

function numberInput(name: string, fromSpec: number | undefined, fallback: number, min: number, max: number): number {
  const raw = optional(name);
  return raw === undefined ? (fromSpec ?? fallback) : parseWholeNumber(name, raw, min, max);
}

function instanceType(fromSpec: string | undefined): string {
  const raw = optional('instance-type');
  if (raw !== undefined && !INSTANCE_TYPE.test(raw))
    throw new Error(`input instance-type: "${raw}" is not a SageMaker instance type; e.g. ml.m5.large`);
  return raw ?? fromSpec ?? TRAINING_DEFAULTS.instanceType;
}

function spot(section: TrainingSection, maxRuntimeSeconds: number): SageMakerSettings['spot'] {
  const raw = optional('spot');
  const enabled = raw === undefined ? (section.spot?.enabled ?? false) : parseBoolean('spot', raw);
  const maxWaitSeconds = numberInput('spot-max-wait-seconds', section.spot?.max_wait_seconds, 2 * maxRuntimeSeconds, 1, MAX_SECONDS);
  if (enabled && maxWaitSeconds < maxRuntimeSeconds)
    throw new Error(
      `spot max wait ${maxWaitSeconds} s is less than the max runtime ${maxRuntimeSeconds} s (SageMaker's rule); ` +
        'raise spot-max-wait-seconds (training.spot.max_wait_seconds) or lower max-runtime-seconds',
    );
  return { enabled, maxWaitSeconds: Math.min(maxWaitSeconds, MAX_SECONDS) };
}

function jobName(): string | undefined {
  const raw = optional('training-job-name');
  if (raw !== undefined && !JOB_NAME.test(raw))
    throw new Error(`input training-job-name: "${raw}" is not a SageMaker job name (letters, digits and hyphens, at most 63)`);
  return raw;
}

export function readSageMakerInputs(spec: ProjectSpec): SageMakerSettings {
  const section = spec.training ?? {};
  const maxRuntimeSeconds = numberInput(
    'max-runtime-seconds',
    section.max_runtime_seconds,
    TRAINING_DEFAULTS.maxRuntimeSeconds,
    1,
    MAX_SECONDS,
  );
  const name = jobName();
  const prefix = optional('sagemaker-prefix') ?? TRAINING_DEFAULTS.prefix;
  if (!PREFIX.test(prefix))
    throw new Error(`input sagemaker-prefix: "${prefix}" is not an S3 key prefix (no leading or trailing /); e.g. sagemaker`);
  return {
    roleArn: required('sagemaker-role-arn', ROLE_ARN, 'arn:aws:iam::123456789012:role/slipway-sagemaker-execution'),
    image: required('sagemaker-image', IMAGE, '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/trainer:<git sha>'),
    bucket: required('sagemaker-bucket', BUCKET, 'the artifacts bucket, my-slipway-artifacts'),
    prefix,
    instanceType: instanceType(section.instance_type),
    instanceCount: numberInput('instance-count', section.instance_count, TRAINING_DEFAULTS.instanceCount, 1, 1),
    volumeGb: numberInput('volume-gb', section.volume_gb, TRAINING_DEFAULTS.volumeGb, 1, 16384),
    maxRuntimeSeconds,
    spot: spot(section, maxRuntimeSeconds),
    ...(name === undefined ? {} : { jobName: name }),
  };
}
