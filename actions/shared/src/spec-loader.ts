// Loads model project specs and dataset contracts: YAML → schema validation → semantic checks
// the schema cannot express (columns a spec or contract refers to must exist).
import { readYamlFile } from './read-document.js';
import { validateDocument } from './schemas.js';
import { SpecValidationError, type ValidationProblem } from './validation-errors.js';
import type { DatasetContract, ProjectSpec } from './types.js';

export function loadProjectSpec(file: string): ProjectSpec {
  return validateDocument<ProjectSpec>('model-project', readYamlFile(file, 'model project spec'), file);
}

export function loadDatasetContract(file: string): DatasetContract {
  const contract = validateDocument<DatasetContract>('dataset-contract', readYamlFile(file, 'dataset contract'), file);
  const problems = contractProblems(contract);
  if (problems.length > 0) throw new SpecValidationError(file, problems);
  return contract;
}

export function contractProblems(contract: DatasetContract): ValidationProblem[] {
  const names = new Set(contract.columns.map((c) => c.name));
  const problems: ValidationProblem[] = [];
  if (!names.has(contract.target)) {
    problems.push({ path: 'target', message: `column "${contract.target}" is not among the columns (${[...names].join(', ')})` });
  }
  (contract.primary_key ?? []).forEach((key, i) => {
    if (!names.has(key)) problems.push({ path: `primary_key[${i}]`, message: `column "${key}" is not among the columns` });
  });
  contract.columns.forEach((column, i) => {
    if (column.min !== undefined && column.max !== undefined && column.min > column.max) {
      problems.push({ path: `columns[${i}].min`, message: `min ${column.min} is greater than max ${column.max}` });
    }
    if (column.max_null_rate !== undefined && column.nullable !== true) {
      problems.push({ path: `columns[${i}].max_null_rate`, message: 'applies to nullable columns only; set nullable: true or remove it' });
    }
  });
  return [...problems, ...checksProblems(contract, names)];
}

function checksProblems(contract: DatasetContract, names: Set<string>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  (contract.checks?.leakage?.exempt ?? []).forEach((column, i) => {
    if (!names.has(column)) problems.push({ path: `checks.leakage.exempt[${i}]`, message: `column "${column}" is not among the columns` });
  });
  const drift = contract.checks?.drift;
  if (drift?.psi_warning !== undefined && drift.psi_error !== undefined && drift.psi_warning > drift.psi_error) {
    problems.push({
      path: 'checks.drift.psi_warning',
      message: `psi_warning ${drift.psi_warning} is greater than psi_error ${drift.psi_error}`,
    });
  }
  return problems;
}

/** Checks a spec's column references against its dataset's contract. */
export function projectContractProblems(spec: ProjectSpec, contract: DatasetContract): ValidationProblem[] {
  const known = new Set(contract.columns.map((c) => c.name));
  const problems: ValidationProblem[] = [];
  (spec.features?.derived ?? []).forEach((feature, i) => {
    feature.inputs.forEach((input, j) => {
      const path = `features.derived[${i}].inputs[${j}]`;
      if (input === contract.target) {
        problems.push({ path, message: `"${input}" is the target; a feature computed from the target leaks it` });
      } else if (!known.has(input)) {
        problems.push({ path, message: `column "${input}" is not in dataset "${contract.dataset}" (${[...known].join(', ')})` });
      }
    });
    known.add(feature.name);
  });
  (spec.features?.exclude ?? []).forEach((column, i) => {
    if (!known.has(column))
      problems.push({ path: `features.exclude[${i}]`, message: `column "${column}" is not in dataset "${contract.dataset}"` });
  });
  return [...problems, ...splitProblems(spec, contract)];
}

/** split.group_by must be a column other than the target; split.stratify.column a category column. */
function splitProblems(spec: ProjectSpec, contract: DatasetContract): ValidationProblem[] {
  const columns = new Map(contract.columns.map((c) => [c.name, c]));
  const problems: ValidationProblem[] = [];
  const groupBy = spec.split.group_by;
  if (groupBy !== undefined && (!columns.has(groupBy) || groupBy === contract.target)) {
    problems.push({
      path: 'split.group_by',
      message: `"${groupBy}" is not a column of dataset "${contract.dataset}" other than the target`,
    });
  }
  const stratify = spec.split.stratify;
  if (stratify !== undefined && 'column' in stratify && columns.get(stratify.column)?.type !== 'category') {
    problems.push({
      path: 'split.stratify.column',
      message: `"${stratify.column}" is not a category column of dataset "${contract.dataset}"`,
    });
  }
  return problems;
}

/** Loads a spec and its contract together; problems are reported against the spec file. */
export function loadProjectWithContract(options: { specFile: string; contractFile: string }): {
  spec: ProjectSpec;
  contract: DatasetContract;
} {
  const spec = loadProjectSpec(options.specFile);
  const contract = loadDatasetContract(options.contractFile);
  const problems = projectContractProblems(spec, contract);
  if (problems.length > 0) throw new SpecValidationError(options.specFile, problems);
  return { spec, contract };
}
