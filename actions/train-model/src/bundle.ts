// Reads the report-relevant files of a model bundle (docs/ARCHITECTURE.md, "Model bundle").
import { join } from 'node:path';
import { readJsonFile, readMetricsFile, type FeatureImportance, type MetricsFile, type PredictionSample } from '@slipway/shared';

export interface BundleManifest {
  project: string;
  version: string;
  created_at: string;
  git_sha: string | null;
  seed: number;
  training_seconds: number;
  libraries: Record<string, string>;
  python: string;
  chosen_model: string;
}

export interface DataFingerprint {
  sha256: string;
  rows: number;
  columns: number | string[];
  source: unknown;
}

export interface BundleContents {
  dir: string;
  metrics: MetricsFile;
  manifest: BundleManifest;
  fingerprint: DataFingerprint;
  importance: FeatureImportance[];
  predictions: PredictionSample;
  target: string;
}

function requireArray<T>(value: unknown, where: string): T[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a JSON array`);
  return value as T[];
}

function readPredictions(file: string): PredictionSample {
  const value = readJsonFile(file, 'predictions sample') as Partial<PredictionSample> | null;
  return {
    actual: requireArray<number>(value?.actual, `${file}: actual`),
    predicted: requireArray<number>(value?.predicted, `${file}: predicted`),
  };
}

function readTarget(file: string): string {
  const schema = readJsonFile(file, 'input schema') as { target?: unknown } | null;
  if (typeof schema?.target !== 'string') throw new Error(`${file}: target: expected the target column's name`);
  return schema.target;
}

export function readBundle(dir: string): BundleContents {
  return {
    dir,
    metrics: readMetricsFile(join(dir, 'metrics.json')).metrics,
    manifest: readJsonFile(join(dir, 'manifest.json'), 'bundle manifest') as BundleManifest,
    fingerprint: readJsonFile(join(dir, 'fingerprint.json'), 'data fingerprint') as DataFingerprint,
    importance: requireArray<FeatureImportance>(
      readJsonFile(join(dir, 'feature_importance.json'), 'feature importance'),
      join(dir, 'feature_importance.json'),
    ),
    predictions: readPredictions(join(dir, 'predictions_sample.json')),
    target: readTarget(join(dir, 'input_schema.json')),
  };
}
