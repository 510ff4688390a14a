// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that quotes them; helpers never read inputs themselves.
import * as core from '@actions/core';
import { parseBoolean, resolveInWorkspace, runnerContext, type RunnerContext } from '@slipway/shared';

/** Where the new model runs: instances (blue/green canary on update) or serverless. */
export type Capacity =
  { kind: 'instances'; instanceType: string; instanceCount: number } | { kind: 'serverless'; memoryMb: number; maxConcurrency: number };

export interface TrafficShift {
  /** Share of the new fleet's capacity that takes traffic first (instances only). */
  canaryPercent: number;
  /** How long the canary (or, serverless, the whole new fleet) bakes before the rest moves. */
  bakeSeconds: number;
  /** How long the old fleet stays after all traffic moved (rollback still possible). */
  terminationWaitSeconds: number;
}

/** A local bundle tarball this step puts in S3 at `bundleUri` (content-addressed) first. */
export interface BundleUpload {
  file: string;
  bucket: string;
  key: string;
}

export interface DeployInputs {
  endpointName: string;
  image: string;
  bundleUri: string;
  upload?: BundleUpload;
  bundleSha256: string;
  executionRoleArn: string;
  variantName: string;
  capacity: Capacity;
  traffic: TrafficShift;
  alarmNames: string[];
  environment: Record<string, string>;
  wait: boolean;
  timeoutMs: number;
  pollIntervalMs: number;
  pruneKeep: number;
  region: string;
  maxAttempts: number;
}

// Model and endpoint-config names are `<endpoint>-<digest 8>-<yyyymmddhhmmss>` and SageMaker
// names hold 63 characters: 39 are left for the endpoint's.
export const MAX_ENDPOINT_NAME = 39;
const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const IMAGE = /^[a-z0-9][a-z0-9.-]*(:\d+)?\/[a-z0-9][a-z0-9._/-]*(:[\w][\w.-]{0,127}|@sha256:[0-9a-f]{64})$/;
const S3_TARBALL = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/\S+\.tar\.gz$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const KEY_PREFIX = /^([\w.!*'()-]+\/)*$/;
const SHA256 = /^[0-9a-f]{64}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const INSTANCE_TYPE = /^ml\.[a-z0-9-]+\.[a-z0-9]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,1023}$/;
// No control characters (code points below 32), no leading space.
const ALARM_NAME_LENGTH = 255;
/** Set by this action from the bundle inputs: an environment line may not change them. */
export const RESERVED_ENV = ['SLIPWAY_BUNDLE', 'SLIPWAY_BUNDLE_SHA256', 'SLIPWAY_REQUIRE_BUNDLE_DIGEST'];
const MAX_ALARMS = 10; // SageMaker's limit for AutoRollbackConfiguration

function matching(name: string, raw: string, pattern: RegExp, what: string): string {
  const value = raw.trim();
  if (!pattern.test(value)) throw new Error(`input ${name}: "${raw}" is not ${what}`);
  return value;
}

export function parseEndpointName(raw: string): string {
  const value = matching(
    'endpoint-name',
    raw,
    NAME,
    'a SageMaker endpoint name (letters, digits and -, starting and ending with a letter or digit)',
  );
  if (value.length > MAX_ENDPOINT_NAME) {
    throw new Error(
      `input endpoint-name: "${raw}" has ${value.length} characters; at most ${MAX_ENDPOINT_NAME} (model and config names add 24 to it, SageMaker allows 63)`,
    );
  }
  return value;
}

export function parseWhole(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new Error(`input ${name}: "${raw}" is not a whole number from ${min} to ${max}`);
  }
  return value;
}

export function parsePositive(name: string, raw: string, unit: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0)
    throw new Error(`input ${name}: "${raw}" is not a positive number of ${unit}`);
  return value;
}

/** Whole minutes from 0 to 60 as seconds (SageMaker's wait intervals are 0–3600 s). */
export function parseMinutes(name: string, raw: string): number {
  return parseWhole(name, raw, 0, 60) * 60;
}

function alarmNameOk(name: string): boolean {
  return name.length > 0 && name.length <= ALARM_NAME_LENGTH && name.trim() === name && !/[\p{Cc}]/u.test(name);
}

/** Alarm names: a JSON array (as in the ALARM_NAMES variable) or one name per line. */
export function parseAlarmNames(raw: string): string[] {
  const text = raw.trim();
  if (text === '') return [];
  let names: unknown;
  if (text.startsWith('[')) {
    try {
      names = JSON.parse(text);
    } catch {
      throw new Error(`input alarm-names: "${raw}" is not a JSON array of alarm names`);
    }
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) {
      throw new Error(`input alarm-names: "${raw}" is not a JSON array of alarm names (strings)`);
    }
  } else {
    names = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  const list = [...new Set(names as string[])];
  for (const name of list) {
    if (!alarmNameOk(name))
      throw new Error(`input alarm-names: "${name}" is not a CloudWatch alarm name (1–255 characters, no control characters)`);
  }
  if (list.length > MAX_ALARMS) throw new Error(`input alarm-names: ${list.length} alarms given; SageMaker watches at most ${MAX_ALARMS}`);
  return list;
}

/** `NAME=value` per line. */
export function parseEnvironment(raw: string): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    const at = line.indexOf('=');
    const name = (at < 0 ? line : line.slice(0, at)).trim();
    if (at < 0 || !ENV_NAME.test(name)) throw new Error(`input environment: "${line}" is not a NAME=value line`);
    if (RESERVED_ENV.includes(name)) {
      throw new Error(`input environment: "${name}" is set from bundle-uri and bundle-sha256; remove the line`);
    }
    environment[name] = line.slice(at + 1);
  }
  return environment;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function capacityInput(): Capacity {
  const memory = optional('serverless-memory-mb');
  if (memory !== undefined) {
    const memoryMb = parseWhole('serverless-memory-mb', memory, 1024, 6144);
    if (memoryMb % 1024 !== 0) throw new Error(`input serverless-memory-mb: "${memory}" is not one of 1024, 2048, 3072, 4096, 5120, 6144`);
    if (optional('instance-type') !== undefined)
      throw new Error('inputs instance-type and serverless-memory-mb: give one of them, not both');
    return {
      kind: 'serverless',
      memoryMb,
      maxConcurrency: parseWhole('serverless-max-concurrency', core.getInput('serverless-max-concurrency') || '5', 1, 200),
    };
  }
  return {
    kind: 'instances',
    instanceType: matching(
      'instance-type',
      core.getInput('instance-type') || 'ml.m5.large',
      INSTANCE_TYPE,
      'a SageMaker instance type (e.g. ml.m5.large)',
    ),
    instanceCount: parseWhole('instance-count', core.getInput('instance-count') || '1', 1, 100),
  };
}

function regionInput(env: NodeJS.ProcessEnv): string {
  const raw = optional('region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
  if (raw === undefined)
    throw new Error('input region: not set, and neither is AWS_REGION; give region, or set it with aws-actions/configure-aws-credentials');
  return matching('region', raw, REGION, 'an AWS region name (e.g. us-east-1)');
}

/** bundle-uri (already in S3), or bundle-file put at s3://<bundle-bucket>/<bundle-prefix><sha256>.tar.gz. */
function bundleInputs(sha256: string, context: RunnerContext): { bundleUri: string; upload?: BundleUpload } {
  const uri = optional('bundle-uri');
  const file = optional('bundle-file');
  if ((uri === undefined) === (file === undefined)) {
    throw new Error('inputs bundle-uri and bundle-file: give one of them (an s3:// tarball, or a local tarball this step uploads)');
  }
  if (uri !== undefined) return { bundleUri: matching('bundle-uri', uri, S3_TARBALL, 'an s3:// URI of a bundle .tar.gz') };
  const bucketRaw = optional('bundle-bucket');
  if (bucketRaw === undefined) throw new Error('input bundle-bucket: required with bundle-file (the artifacts bucket, ARTIFACTS_BUCKET)');
  const bucket = matching('bundle-bucket', bucketRaw, BUCKET, 'an S3 bucket name');
  const prefix = matching(
    'bundle-prefix',
    core.getInput('bundle-prefix') || 'bundles/',
    KEY_PREFIX,
    'an S3 key prefix ending in / (e.g. bundles/abalone/)',
  );
  const key = `${prefix}${sha256}.tar.gz`;
  return { bundleUri: `s3://${bucket}/${key}`, upload: { file: resolveInWorkspace(file ?? '', context.workspace), bucket, key } };
}

export function readInputs(env: NodeJS.ProcessEnv = process.env, context: RunnerContext = runnerContext(env)): DeployInputs {
  const bundleSha256 = matching(
    'bundle-sha256',
    core.getInput('bundle-sha256', { required: true }),
    SHA256,
    "a sha256 digest (64 lowercase hex characters, train-model's bundle-sha256 output)",
  );
  return {
    endpointName: parseEndpointName(core.getInput('endpoint-name', { required: true })),
    image: matching(
      'image',
      core.getInput('image', { required: true }),
      IMAGE,
      'an image reference with a tag or digest (e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/abalone-api:abalone-<sha>)',
    ),
    ...bundleInputs(bundleSha256, context),
    bundleSha256,
    executionRoleArn: matching('execution-role-arn', core.getInput('execution-role-arn', { required: true }), ROLE_ARN, 'an IAM role ARN'),
    variantName: matching(
      'variant-name',
      core.getInput('variant-name') || 'AllTraffic',
      NAME,
      'a production variant name (letters, digits and -)',
    ),
    capacity: capacityInput(),
    traffic: {
      canaryPercent: parseWhole('canary-percent', core.getInput('canary-percent') || '10', 1, 50),
      bakeSeconds: parseMinutes('canary-bake-minutes', core.getInput('canary-bake-minutes') || '5'),
      terminationWaitSeconds: parseMinutes('termination-wait-minutes', core.getInput('termination-wait-minutes') || '0'),
    },
    alarmNames: parseAlarmNames(core.getInput('alarm-names')),
    environment: parseEnvironment(core.getInput('environment')),
    wait: parseBoolean('wait', core.getInput('wait') || 'true'),
    timeoutMs: parsePositive('timeout-minutes', core.getInput('timeout-minutes') || '60', 'minutes') * 60_000,
    pollIntervalMs: parsePositive('poll-interval-seconds', core.getInput('poll-interval-seconds') || '30', 'seconds') * 1000,
    pruneKeep: parseWhole('prune-keep', core.getInput('prune-keep') || '3', 1, 100),
    region: regionInput(env),
    maxAttempts: parseWhole('max-attempts', core.getInput('max-attempts') || '8', 1, 20),
  };
}
