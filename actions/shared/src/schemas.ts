// Validators for the repository's JSON Schemas (schemas/), precompiled into standalone code by
// scripts/generate-validators.mjs (ajv 2020, allErrors). Compiling the schemas at run time
// cost ~200 ms of every action start; the generated code is checked against the schemas by a
// test, so it cannot drift. The documents' types are generated from the same schemas
// (generated/documents.ts).
import type { ValidateFunction } from 'ajv';
import {
  validateBundleManifest,
  validateDataFingerprint,
  validateDataProfile,
  validateDatasetContract,
  validateFeatureImportance,
  validateFeedbackRecord,
  validateGateVerdicts,
  validateMetricsFile,
  validateModelProject,
  validatePairedComparison,
  validatePredictionRecord,
  validatePredictionsSample,
  validateProductionRecord,
  validateTrainerResult,
  validateValidationReport,
} from './generated/validators.js';
import { problemsFromAjv, SpecValidationError } from './validation-errors.js';

const validators = {
  'model-project': validateModelProject,
  'dataset-contract': validateDatasetContract,
  'metrics-file': validateMetricsFile,
  'paired-comparison': validatePairedComparison,
  'bundle-manifest': validateBundleManifest,
  'data-fingerprint': validateDataFingerprint,
  'feature-importance': validateFeatureImportance,
  'predictions-sample': validatePredictionsSample,
  'trainer-result': validateTrainerResult,
  'validation-report': validateValidationReport,
  'data-profile': validateDataProfile,
  'gate-verdicts': validateGateVerdicts,
  'production-record': validateProductionRecord,
  'prediction-record': validatePredictionRecord,
  'feedback-record': validateFeedbackRecord,
} satisfies Record<string, ValidateFunction>;

/** A schema in schemas/, by its file name without `.schema.json`. */
export type SchemaName = keyof typeof validators;

/** Throws SpecValidationError naming `file` and each offending path; returns the document typed. */
// T is the caller's name for what the schema guarantees; ajv cannot infer it from JSON.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function validateDocument<T>(name: SchemaName, data: unknown, file: string): T {
  const validate = validators[name];
  if (!validate(data)) throw new SpecValidationError(file, problemsFromAjv(validate.errors ?? [], data));
  return data as T;
}
