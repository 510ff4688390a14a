// Reads the report-relevant files of a model bundle (docs/ARCHITECTURE.md, "Model bundle").
import { join } from 'node:path';
import {
  readJsonFile,
  readMetricsFile,
  validateDocument,
  type BundleManifest,
  type DataFingerprint,
  type FeatureImportance,
  type FeatureImportanceFile,
  type MetricsFile,
  type PredictionSample,
} from '@slipway/shared';

// manifest.json and fingerprint.json: schemas/bundle-manifest.schema.json, data-fingerprint.schema.json.
export type { BundleManifest, DataFingerprint };

export interface BundleContents {
  dir: string;
  metrics: MetricsFile;
  manifest: BundleManifest;
  fingerprint: DataFingerprint;
  importance: FeatureImportance[];
  predictions: PredictionSample;
  target: string;
}

function readTarget(file: string): string {
  const schema = readJsonFile(file, 'input schema') as { target?: unknown } | null;
  if (typeof schema?.target !== 'string') throw new Error(`${file}: target: expected the target column's name`);
  return schema.target;
}

export function readBundle(dir: string): BundleContents {
  const file = (name: string): string => join(dir, name);
  const read = (name: string, what: string): unknown => readJsonFile(file(name), what);
  return {
    dir,
    metrics: readMetricsFile(file('metrics.json')).metrics,
    manifest: validateDocument<BundleManifest>('bundle-manifest', read('manifest.json', 'bundle manifest'), file('manifest.json')),
    fingerprint: validateDocument<DataFingerprint>(
      'data-fingerprint',
      read('fingerprint.json', 'data fingerprint'),
      file('fingerprint.json'),
    ),
    importance: validateDocument<FeatureImportanceFile>(
      'feature-importance',
      read('feature_importance.json', 'feature importance'),
      file('feature_importance.json'),
    ),
    predictions: validateDocument<PredictionSample>(
      'predictions-sample',
      read('predictions_sample.json', 'predictions sample'),
      file('predictions_sample.json'),
    ),
    target: readTarget(file('input_schema.json')),
  };
}
