import type { SageMakerSettings } from './sagemaker/settings.js';

// The seam between the action and wherever training runs. `local` runs the Python trainer
// in-process on the runner; a remote backend (sagemaker) implements the same interface and
// returns the same result once its bundle is available locally.

export interface TrainingRequest {
  /** Absolute path of the model project spec. */
  specFile: string;
  /** Folder receiving bundles/<version>/ and bundles/<version>.tar.gz. */
  outputDir: string;
  workspace: string;
  /** Optional CSV replacing the dataset's configured source. */
  dataFile?: string;
  seed?: number;
  /** Hyperparameters per candidate for this run, e.g. { xgboost: { max_depth: 4 } }. */
  overrides?: Overrides;
  trackingUri?: string;
  gitSha?: string;
  /** Production's bundle: scored on this run's test rows (paired comparison). */
  productionBundle?: string;
}

export type Overrides = Record<string, Record<string, string | number | boolean | null>>;

/** What the trainer reports in its --result-file (docs/ARCHITECTURE.md); all paths absolute. */
export interface TrainingResult {
  version: string;
  bundleDir: string;
  bundleTarball: string;
  metricsFile: string;
  mlflowRunId: string;
  trackingUri: string;
  /** Present when a production bundle was given. */
  pairedComparisonFile?: string;
  /** Where a remote backend trained, for the summary. */
  remote?: RemoteTraining;
}

export interface RemoteTraining {
  backend: string;
  jobName: string;
  jobArn?: string;
  instanceType: string;
  instanceCount: number;
  spot: boolean;
  trainingSeconds?: number;
  billableSeconds?: number;
  /** 1 − billable / training seconds (0 without Spot). */
  spotSaving?: number;
  /** Times Spot interrupted the job (SageMaker restarted it each time). */
  spotInterruptions?: number;
  /** The checkpoint stages a restarted job resumed from, as its trainer logged them. */
  resumedStages?: string[];
}

export interface TrainingBackend {
  readonly name: string;
  train(request: TrainingRequest): Promise<TrainingResult>;
}

/** Settings a backend is constructed with, from the action's inputs. */
export interface BackendSettings {
  python: string;
  /** Required by the sagemaker backend (inputs.ts checks it is there). */
  sagemaker?: SageMakerSettings;
  /** Aborted when the run is cancelled; a remote backend stops its job. */
  cancel?: AbortSignal;
}
