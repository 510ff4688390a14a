// Compiled validators for the repository's JSON Schemas. The schemas are imported as JSON so
// ncc bundles them into each action: an action never reads /schemas at run time.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import contractSchema from '../../../schemas/dataset-contract.schema.json' with { type: 'json' };
import projectSchema from '../../../schemas/model-project.schema.json' with { type: 'json' };
import metricsSchema from './metrics-file.schema.json' with { type: 'json' };
import { SpecValidationError } from './validation-errors.js';
import { problemsFromAjv } from './validation-errors.js';

export type SchemaName = 'model-project' | 'dataset-contract' | 'metrics-file';

const schemas: Record<SchemaName, object> = {
  'model-project': projectSchema,
  'dataset-contract': contractSchema,
  'metrics-file': metricsSchema,
};

const compiled = new Map<SchemaName, ValidateFunction>();

function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    // Compiled on first use: an action pays only for the schemas it needs (cold start).
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
    validate = ajv.compile(schemas[name]);
    compiled.set(name, validate);
  }
  return validate;
}

/** Throws SpecValidationError naming `file` and each offending path; returns the document typed. */
// T is the caller's name for what the schema guarantees; ajv cannot infer it from JSON.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function validateDocument<T>(name: SchemaName, data: unknown, file: string): T {
  const validate = validatorFor(name);
  if (!validate(data)) throw new SpecValidationError(file, problemsFromAjv(validate.errors ?? [], data));
  return data as T;
}
