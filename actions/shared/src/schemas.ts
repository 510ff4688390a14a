// Validators for the repository's JSON Schemas, precompiled into standalone code by
// scripts/generate-validators.mjs (ajv 2020, allErrors). Compiling the schemas at run time
// cost ~200 ms of every action start; the generated code is checked against the schemas by a
// test, so it cannot drift.
import type { ValidateFunction } from 'ajv';
import { validateDatasetContract, validateMetricsFile, validateModelProject, validatePairedComparison } from './generated/validators.js';
import { problemsFromAjv, SpecValidationError } from './validation-errors.js';

export type SchemaName = 'model-project' | 'dataset-contract' | 'metrics-file' | 'paired-comparison';

const validators: Record<SchemaName, ValidateFunction> = {
  'model-project': validateModelProject,
  'dataset-contract': validateDatasetContract,
  'metrics-file': validateMetricsFile,
  'paired-comparison': validatePairedComparison,
};

/** Throws SpecValidationError naming `file` and each offending path; returns the document typed. */
// T is the caller's name for what the schema guarantees; ajv cannot infer it from JSON.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function validateDocument<T>(name: SchemaName, data: unknown, file: string): T {
  const validate = validators[name];
  if (!validate(data)) throw new SpecValidationError(file, problemsFromAjv(validate.errors ?? [], data));
  return data as T;
}
