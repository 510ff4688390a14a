// What a SageMaker training job is made of, resolved from the action's inputs over the project
// spec's `training:` section (schemas/model-project.schema.json) over the defaults.

export interface SpotSettings {
  enabled: boolean;
  /** Waiting for capacity plus training, at most (SageMaker's MaxWaitTimeInSeconds). */
  maxWaitSeconds: number;
}

export interface SageMakerSettings {
  /** The execution role the job runs as (SAGEMAKER_EXECUTION_ROLE_ARN). */
  roleArn: string;
  /** The trainer image: the `train` target of ml/Dockerfile in ECR. */
  image: string;
  /** Bucket for the data, the job's config and its output (the artifacts bucket). */
  bucket: string;
  /** Key prefix under the bucket, without a trailing slash. */
  prefix: string;
  instanceType: string;
  instanceCount: number;
  volumeGb: number;
  maxRuntimeSeconds: number;
  spot: SpotSettings;
  /** A fixed job name (else one is made from the project and the time). */
  jobName?: string;
}

export const TRAINING_DEFAULTS = {
  instanceType: 'ml.m5.large',
  instanceCount: 1,
  volumeGb: 30,
  maxRuntimeSeconds: 3600,
  prefix: 'sagemaker',
} as const;

/** SageMaker's limits on a training job name. */
export const JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** `slipway-<project>-<yyyymmddhhmmss>-<4 hex>`: unique enough per account, sortable by time. */
export function makeJobName(project: string, now: Date, random: () => number = Math.random): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const suffix = Math.floor(random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  const head = `slipway-${project}`.slice(0, 63 - stamp.length - suffix.length - 2).replace(/-+$/, '');
  return `${head}-${stamp}-${suffix}`;
}
