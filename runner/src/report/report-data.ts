// Everything the combined report shows, read from the real run: the bundle's metrics.json,
// predictions_sample.json and feature_importance.json, and the quality gate's verdicts.
// Each file is checked (metrics.json and the verdicts against their schemas), naming the file
// and field on error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  validateDocument,
  type FeatureImportance,
  type FeatureImportanceFile,
  type GateVerdict,
  type GateVerdicts,
  type MetricsFile,
  type PredictionSample,
} from '@slipway/shared';

// The bundle's documents and quality-gate's verdicts: their schemas in schemas/ (generated types).
export type Metrics = MetricsFile;
export type Verdict = GateVerdict;

export type Predictions = PredictionSample;
export type Importance = FeatureImportance;

/** Where the model came from: data fingerprint, seed, code version, MLflow run. */
export interface Provenance {
  label: string;
  value: string;
}

export interface StepRecord {
  id: string;
  action: string;
  ok: boolean;
  durationMs: number;
  summary: string;
}

export interface ReportData {
  project: string;
  version: string;
  target: string;
  createdAt: string;
  steps: StepRecord[];
  metrics: Metrics;
  predictions: Predictions;
  importance: Importance[];
  verdicts: Verdict[];
  passed: boolean;
  provenance: Provenance[];
}

function fail(file: string, field: string, what: string): never {
  throw new Error(`${file}: ${field}: ${what}`);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(file, '(file)', 'cannot be read — did the train-model step write its bundle here?');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    fail(file, '(file)', `is not valid JSON (${(error as Error).message})`);
  }
}

export function readPredictions(file: string): Predictions {
  const doc = validateDocument<PredictionSample>('predictions-sample', readJson(file), file);
  if (doc.actual.length !== doc.predicted.length)
    fail(file, 'predicted', `has ${doc.predicted.length} values but actual has ${doc.actual.length}`);
  return doc;
}

export function readImportance(file: string): Importance[] {
  return validateDocument<FeatureImportanceFile>('feature-importance', readJson(file), file);
}

export function readMetrics(file: string): Metrics {
  return validateDocument<MetricsFile>('metrics-file', readJson(file), file);
}

export function parseVerdicts(json: string, source: string): Verdict[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    fail(source, 'verdicts', `is not valid JSON (${(error as Error).message})`);
  }
  return validateDocument<GateVerdicts>('gate-verdicts', doc, `${source}: verdicts`);
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '—';
}

/** Provenance rows from fingerprint.json and manifest.json (shown as given, never required). */
export function readProvenance(bundleDir: string): Provenance[] {
  const fingerprint = readJson(join(bundleDir, 'fingerprint.json')) as Record<string, unknown> | null;
  const manifest = readJson(join(bundleDir, 'manifest.json')) as Record<string, unknown> | null;
  return [
    { label: 'data source', value: text(fingerprint?.source) },
    { label: 'data sha256', value: text(fingerprint?.sha256) },
    { label: 'data rows', value: text(fingerprint?.rows) },
    { label: 'seed', value: text(manifest?.seed) },
    { label: 'git sha', value: text(manifest?.git_sha) },
    { label: 'python', value: text(manifest?.python) },
  ];
}

/** The bundle files the report draws from. */
export function readBundle(bundleDir: string): { metrics: Metrics; predictions: Predictions; importance: Importance[]; target: string } {
  const schema = readJson(join(bundleDir, 'input_schema.json')) as { target?: unknown } | null;
  return {
    target: typeof schema?.target === 'string' ? schema.target : 'target',
    metrics: readMetrics(join(bundleDir, 'metrics.json')),
    predictions: readPredictions(join(bundleDir, 'predictions_sample.json')),
    importance: readImportance(join(bundleDir, 'feature_importance.json')),
  };
}
