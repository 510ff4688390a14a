// Shapes of the inference API's answers (docs/API.md). The UI reads everything it shows from
// these; nothing about a project is hard-coded.

export type FeatureType = 'integer' | 'number' | 'category' | 'boolean' | 'string';

export interface Feature {
  name: string;
  type: FeatureType;
  unit?: string;
  description?: string;
  min?: number;
  max?: number;
  step?: number;
  categories?: string[];
  /** An empty value is allowed (sent as null). */
  nullable?: boolean;
}

export type MetricName = string;

export interface Gate {
  metric: MetricName;
  op: string;
  threshold: number;
}

export interface ModelInfo {
  project: string;
  version: string;
  trained_at: string;
  /** null when the bundle was trained outside a git checkout. */
  git_sha: string | null;
  chosen_model: string;
  /** `unit` is null or absent when the contract gives the target none. */
  target: { name: string; unit?: string | null; description?: string | null };
  features: Feature[];
  metrics: {
    primary_metric: MetricName;
    test: Record<MetricName, number>;
    baseline_mean: Record<MetricName, number>;
    n_train: number;
    n_test: number;
  };
  gates: Gate[];
  /** half_width is null when the width varies per row (normalised intervals); older servers omit varies_per_row. */
  interval: { method: string; coverage: number; calibration_rows: number; half_width: number | null; varies_per_row?: boolean };
  fingerprint: { sha256: string; rows: number; columns: string[]; source: string };
  /** sd and includes: bundles since issue 19 (raw inputs shuffled, derived features recomputed). */
  feature_importance: { feature: string; importance: number; sd?: number; includes?: string[] }[];
  predictions_sample: { actual: number[]; predicted: number[] };
  batch_limit: number;
}

export type FeatureValue = number | string | boolean | null;
export type FeatureRow = Record<string, FeatureValue>;

export interface Interval {
  lower: number;
  upper: number;
  coverage: number;
}

export interface Prediction {
  prediction: number;
  interval: Interval;
  /** Inputs outside the training rows' range or categories: the interval's coverage does not apply. */
  out_of_profile?: string[];
  /** 32 hex digits: feedback (the actual value) refers to the prediction by it. */
  prediction_id?: string;
  model_version: string;
  unit?: string | null;
}

export interface BatchPredictions {
  predictions: { prediction: number; interval: Interval; prediction_id?: string }[];
  model_version: string;
  unit?: string | null;
}

/** One entry of an error body's `errors`: `row` is the 0-based batch index, null for one prediction. */
export interface FieldError {
  row: number | null;
  field: string | null;
  message: string;
}

// Written by hand for the records routes (helper records); the lead regenerates this file at merge.
/** POST /api/v1/feedback: 201 recorded now, 200 the same value was already recorded. */
export interface FeedbackAnswer {
  prediction_id: string;
  actual: number;
  model_version: string;
  status: 'recorded' | 'already-recorded';
}

/** GET /api/v1/live: a summary of the last hours of prediction records (no raw rows). */
export interface LiveSummary {
  project: string;
  model_version: string;
  window: { start: string; end: string; hours: number; generated_at: string };
  predictions: number;
  labelled: number;
  model_versions: string[];
  per_hour: { hour: string; predictions: number; labelled: number }[];
  error: {
    primary_metric: string;
    labels: number;
    small_sample: boolean;
    live: Record<string, number | null>;
    test: Record<string, number | null>;
    ratio: number | null;
  };
  coverage: { nominal: number; labels: number; live: number | null };
  drift: {
    available: boolean;
    reason: string | null;
    thresholds: Record<string, number>;
    features: LiveDriftRow[];
  };
}

export interface LiveDriftRow {
  feature: string;
  live_count: number;
  psi: number;
  test: 'KS' | 'chi-square';
  statistic: number;
  p_value: number;
  new_categories: Record<string, number>;
  verdict: 'ok' | 'warning' | 'error' | 'too-few-values';
}
