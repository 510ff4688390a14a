// The CreateTrainingJob request: the trainer image under SageMaker's training-container contract
// (ml/slipway_ml/sagemaker_train.py), its channels and hyperparameters.
import type { CreateTrainingJobCommandInput, TrainingInstanceType } from '@aws-sdk/client-sagemaker';
import type { SageMakerSettings } from './settings.js';

export interface JobInputs {
  jobName: string;
  /** s3:// of the data file (channel `train`). */
  dataUri: string;
  /** s3:// prefix holding the spec and data/<dataset>/contract.yaml (channel `config`). */
  configUri: string;
  /** s3:// of the production bundle's .tar.gz (channel `production`), for the paired check. */
  productionUri?: string;
  /** The spec's file name in the config channel. */
  projectFile: string;
  seed?: number;
  overrides?: unknown;
  gitSha?: string;
  /** What the bundle records as the data's source (the local backend's description). */
  dataSource?: string;
  project: string;
}

/** SageMaker's limit on one hyperparameter value. */
export const HYPERPARAMETER_MAX = 2500;

export function hyperparameters(job: JobInputs): Record<string, string> {
  const values: Record<string, string | undefined> = {
    project: job.projectFile,
    seed: job.seed === undefined ? undefined : String(job.seed),
    overrides: job.overrides === undefined ? undefined : JSON.stringify(job.overrides),
    git_sha: job.gitSha,
    data_source: job.dataSource,
  };
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (value.length > HYPERPARAMETER_MAX)
      throw new Error(`${name}: ${value.length} characters, more than SageMaker's ${HYPERPARAMETER_MAX} for a hyperparameter; shorten it`);
    result[name] = value;
  }
  return result;
}

function channel(
  name: string,
  uri: string,
  distribution: 'FullyReplicated',
): NonNullable<CreateTrainingJobCommandInput['InputDataConfig']>[number] {
  return {
    ChannelName: name,
    DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: uri, S3DataDistributionType: distribution } },
    InputMode: 'File',
  };
}

export function outputPath(settings: SageMakerSettings): string {
  return `s3://${settings.bucket}/${settings.prefix}/output`;
}

/** Where the trainer writes its checkpoints (ml/slipway_ml/checkpoints.py); SageMaker's default,
 * named so that the contract does not depend on a default. */
export const CHECKPOINT_LOCAL_PATH = '/opt/ml/checkpoints';

export function checkpointUri(settings: SageMakerSettings, jobName: string): string {
  return `s3://${settings.bucket}/${settings.prefix}/checkpoints/${jobName}`;
}

export function trainingJobRequest(settings: SageMakerSettings, job: JobInputs): CreateTrainingJobCommandInput {
  const channels = [channel('train', job.dataUri, 'FullyReplicated'), channel('config', job.configUri, 'FullyReplicated')];
  if (job.productionUri !== undefined) channels.push(channel('production', job.productionUri, 'FullyReplicated'));
  return {
    TrainingJobName: job.jobName,
    RoleArn: settings.roleArn,
    AlgorithmSpecification: { TrainingImage: settings.image, TrainingInputMode: 'File' },
    HyperParameters: hyperparameters(job),
    InputDataConfig: channels,
    OutputDataConfig: { S3OutputPath: outputPath(settings) },
    ResourceConfig: {
      InstanceType: settings.instanceType as TrainingInstanceType,
      InstanceCount: settings.instanceCount,
      VolumeSizeInGB: settings.volumeGb,
    },
    StoppingCondition: {
      MaxRuntimeInSeconds: settings.maxRuntimeSeconds,
      ...(settings.spot.enabled ? { MaxWaitTimeInSeconds: settings.spot.maxWaitSeconds } : {}),
    },
    EnableManagedSpotTraining: settings.spot.enabled,
    // The trainer checkpoints each fitted candidate and the finished bundle in LocalPath;
    // SageMaker copies it to S3Uri as it runs and back when an interrupted Spot job restarts.
    ...(settings.spot.enabled
      ? { CheckpointConfig: { S3Uri: checkpointUri(settings, job.jobName), LocalPath: CHECKPOINT_LOCAL_PATH } }
      : {}),
    Tags: [
      { Key: 'slipway:project', Value: job.project },
      ...(job.gitSha === undefined ? [] : [{ Key: 'slipway:git-sha', Value: job.gitSha }]),
    ],
  };
}
