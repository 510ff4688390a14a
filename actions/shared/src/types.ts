// Shapes of the specs and contracts the actions read; the JSON Schemas in /schemas are the
// authority. The other documents' types are generated from their schemas (generated/documents.ts).

export const METRIC_NAMES = ['mse', 'rmse', 'mae', 'r2', 'mape'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
export type Comparator = '<=' | '<' | '>=' | '>';
export type MetricValues = Record<MetricName, number>;
/** A metrics block as a file holds it: a metric may be absent, and mape null (undefined_metrics says why). */
export type MetricBlock = Partial<Record<MetricName, number | null>>;

export interface Gate {
  metric: MetricName;
  op: Comparator;
  threshold: number;
}

export interface DerivedFeature {
  name: string;
  description?: string;
  transform: 'age' | 'ratio' | 'product' | 'log1p';
  inputs: string[];
  params?: { reference_year?: number };
}

export interface Candidate {
  name: string;
  model: string;
  params?: Record<string, number | string | boolean | null>;
}

export interface ProjectSpec {
  project: string;
  description?: string;
  dataset: string;
  task: 'regression';
  features?: { derived?: DerivedFeature[]; exclude?: string[] };
  preprocessing?: { numeric?: 'standard' | 'none'; categorical?: 'one_hot' };
  split: {
    test_fraction: number;
    seed: number;
    cv_folds: number;
    /** Rows with the same value stay on one side of the split and of every CV fold. */
    group_by?: string;
    stratify?: { target_quantiles: number } | { column: string };
  };
  candidates: Candidate[];
  selection: { metric: MetricName };
  gates: Gate[];
  regression?: { tolerance: number };
  /** Where the gated model is served (schemas/model-project.schema.json, `deploy`). */
  deploy?: DeploySpec;
  training?: TrainingSection;
  monitoring?: MonitoringSpec;
}

export interface DeploySpec {
  target?: 'ecs' | 'sagemaker';
  sagemaker?: {
    instance_type?: string;
    instance_count?: number;
    serverless?: { memory_mb: 1024 | 2048 | 3072 | 4096 | 5120 | 6144; max_concurrency?: number };
    canary_percent?: number;
    canary_bake_minutes?: number;
    termination_wait_minutes?: number;
  };
}

/** Where the model trains (schemas/model-project.schema.json, $defs.training). */
export interface TrainingSection {
  backend?: 'local' | 'sagemaker';
  instance_type?: string;
  instance_count?: number;
  volume_gb?: number;
  max_runtime_seconds?: number;
  spot?: { enabled?: boolean; max_wait_seconds?: number };
}

/** The monitor action's thresholds (schemas/model-project.schema.json $defs.monitoring); every key optional. */
export interface MonitoringSpec {
  min_predictions?: number;
  min_labels?: number;
  confidence?: number;
  drift?: { psi_warning?: number; psi_retrain?: number; p_value?: number };
  prediction_drift?: { psi_warning?: number; psi_retrain?: number };
  live_error?: { metric?: 'rmse' | 'mae'; ratio_warning?: number; ratio_retrain?: number };
  coverage?: { shortfall_warning?: number; shortfall_retrain?: number };
}

export interface ContractColumn {
  name: string;
  type: 'integer' | 'number' | 'category' | 'boolean' | 'string';
  description?: string;
  unit?: string;
  min?: number;
  max?: number;
  categories?: string[];
  nullable?: boolean;
  step?: number;
  /** Nullable columns: the largest allowed share (0-1) of empty values. */
  max_null_rate?: number;
}

export type CheckSeverity = 'error' | 'warning' | 'off';

/** Check ids whose severity a contract may set (schemas/dataset-contract.schema.json#/$defs/checks). */
export const CONFIGURABLE_CHECKS = [
  'header-name-mismatch',
  'unexpected-columns',
  'field-count',
  'nulls',
  'null-rate',
  'non-finite',
  'type',
  'range',
  'category',
  'min-rows',
  'duplicate-rows',
  'duplicate-keys',
  'constant-column',
  'leakage',
  'drift',
  'drift-new-category',
] as const;
export type ConfigurableCheck = (typeof CONFIGURABLE_CHECKS)[number];

export interface CheckConfig {
  severity?: CheckSeverity;
}

export interface ChecksConfig extends Partial<Record<ConfigurableCheck, CheckConfig>> {
  'null-rate'?: CheckConfig & { max?: number };
  leakage?: CheckConfig & { correlation?: number; determinism?: number; min_rows?: number; exempt?: string[] };
  drift?: CheckConfig & { psi_warning?: number; psi_error?: number; p_value?: number };
}

export interface DatasetContract {
  dataset: string;
  description?: string;
  source: { kind: 'path' | 'url' | 's3' | 'generator'; [key: string]: unknown };
  format?: { delimiter?: string; header?: boolean; encoding?: 'utf-8' };
  columns: ContractColumn[];
  target: string;
  primary_key?: string[];
  min_rows?: number;
  checks?: ChecksConfig;
}

// The documents' shapes are generated from their JSON Schemas (schemas/, `npm run generate`).
export type { MetricsFile, MetricsFileCandidate as CandidateMetrics, PairedComparison } from './generated/documents.js';
