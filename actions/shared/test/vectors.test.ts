// The shared vectors in /schemas/vectors: the Python validator is tested against the same list.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadDatasetContract, loadProjectSpec } from '../src/spec-loader.js';
import { SpecValidationError } from '../src/validation-errors.js';

const vectorsDir = fileURLToPath(new URL('../../../schemas/vectors/', import.meta.url));
interface VectorCase {
  file: string;
  schema: 'model-project' | 'dataset-contract';
  valid: boolean;
  path?: string;
}
const manifest = JSON.parse(readFileSync(join(vectorsDir, 'manifest.json'), 'utf8')) as { cases: VectorCase[] };

function load(testCase: VectorCase): unknown {
  const file = join(vectorsDir, testCase.file);
  return testCase.schema === 'model-project' ? loadProjectSpec(file) : loadDatasetContract(file);
}

describe('schema vectors', () => {
  it('has cases of both kinds', () => {
    expect(manifest.cases.filter((c) => c.valid).length).toBeGreaterThanOrEqual(2);
    expect(manifest.cases.filter((c) => !c.valid).length).toBeGreaterThanOrEqual(2);
  });

  it.each(manifest.cases.filter((c) => c.valid))('accepts $file', (testCase) => {
    expect(load(testCase)).toMatchObject({});
  });

  it.each(manifest.cases.filter((c) => !c.valid))('rejects $file at $path', (testCase) => {
    let caught: unknown;
    try {
      load(testCase);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SpecValidationError);
    const error = caught as SpecValidationError;
    expect(error.problems.map((p) => p.path)).toContain(testCase.path);
    expect(error.message).toContain(`${join(vectorsDir, testCase.file)}: ${testCase.path}: `);
  });
});
