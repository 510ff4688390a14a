// Turns ajv errors into `<file>: <path>: <message>` lines whose <path> matches the Python
// validator's: dotted keys, [i] for list items, and the key itself for a missing or unknown key.
import type { ErrorObject } from 'ajv';

export interface ValidationProblem {
  path: string;
  message: string;
}

/** A document failed validation; `problems` keeps the structured form for tests and callers. */
export class SpecValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ValidationProblem[],
  ) {
    super(problems.map((p) => formatProblem(file, p)).join('\n'));
    this.name = 'SpecValidationError';
  }
}

export function formatProblem(file: string, problem: ValidationProblem): string {
  return problem.path === '' ? `${file}: ${problem.message}` : `${file}: ${problem.path}: ${problem.message}`;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `/candidates/1/params` → `candidates[1].params`, using the data to tell lists from maps. */
export function pointerToPath(pointer: string, data: unknown): string {
  let path = '';
  let node: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = unescapePointer(raw);
    if (Array.isArray(node)) {
      path += `[${segment}]`;
      node = node[Number(segment)];
    } else {
      path = appendKey(path, segment);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function appendKey(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function describeValue(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function toProblem(error: ErrorObject, data: unknown): ValidationProblem | undefined {
  const at = pointerToPath(error.instancePath, data);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      // "must match then schema" only wraps the specific error reported alongside it.
      return undefined;
    case 'required':
      return { path: appendKey(at, String(params.missingProperty)), message: 'required key is missing' };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return { path: appendKey(at, key), message: `unknown key "${key}"; check its spelling against the schema` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(describeValue).join(', ');
      return { path: at, message: `${describeValue(valueAt(data, error.instancePath))} is not one of ${allowed}` };
    }
    default:
      return { path: at, message: error.message ?? error.keyword };
  }
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[unescapePointer(raw)];
  }
  return node;
}

/** Specific problems first, one per path, in document order of discovery. */
export function problemsFromAjv(errors: ErrorObject[], data: unknown): ValidationProblem[] {
  const seen = new Set<string>();
  const problems: ValidationProblem[] = [];
  for (const error of errors) {
    const problem = toProblem(error, data);
    if (!problem || seen.has(problem.path)) continue;
    seen.add(problem.path);
    problems.push(problem);
  }
  return problems;
}
