// Shapes of the documents the actions read. The JSON Schemas in /schemas are the
// authority for specs and contracts; these types describe what a validated document holds.

export const METRIC_NAMES = ['mse', 'rmse', 'mae', 'r2', 'mape'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
export type Comparator = '<=' | '<' | '>=' | '>';
export type MetricValues = Record<MetricName, number>;

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
  monitoring?: MonitoringSpec;
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

/** Bootstrap uncertainty of a test metric: the percentile interval and standard deviation. */
export interface MetricInterval {
  low: number;
  high: number;
  sd: number;
}
export type MetricIntervals = Partial<Record<MetricName, MetricInterval>>;

export interface BootstrapDescription {
  method: string;
  resamples: number;
  confidence: number;
  seed: number;
  rows: number;
}

export interface CandidateMetrics {
  name: string;
  model: string;
  /** std: sample standard deviation across folds; se: std / √folds (absent before issue 19). */
  cv: Partial<Record<MetricName, { mean: number; std: number; se?: number }>>;
  test: MetricValues;
  test_intervals?: MetricIntervals;
  fit_seconds: number;
}

/** metrics.json of a model bundle (docs/ARCHITECTURE.md). */
export interface MetricsFile {
  project: string;
  primary_metric: MetricName;
  chosen: string;
  n_train: number;
  n_test: number;
  cv_folds: number;
  /** mape may be null (see undefined_metrics); the other metrics are numbers. */
  test: MetricValues;
  /** Absent in metrics files written before issue 19 (and in old production records). */
  test_intervals?: MetricIntervals;
  bootstrap?: BootstrapDescription;
  baseline_mean: MetricValues;
  /** Metrics that are null in this file, with the reason. */
  undefined_metrics?: Partial<Record<MetricName, string>>;
  candidates: CandidateMetrics[];
}

/** One metric of paired-comparison.json: both models on the candidate's test rows. */
export interface PairedMetric {
  candidate: number;
  production: number;
  /** Positive is worse: (candidate − production) / |production|, negated for r2. */
  relative_worsening: number;
  /** One-sided lower confidence bound of relative_worsening: above 0, worse beyond the noise. */
  worsening_lower: number;
  worsening_upper: number;
}

/** paired-comparison.json, written by the trainer's --production-bundle option. */
export interface PairedComparison {
  format: 1;
  project: string;
  candidate_version: string;
  production_version: string;
  production_bundle?: string;
  /** false: production may have trained on some of these rows, which favours it. */
  same_split: boolean;
  method: string;
  rows: number;
  resamples: number;
  confidence: number;
  seed: number;
  metrics: Partial<Record<MetricName, PairedMetric>>;
}
