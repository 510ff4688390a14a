// The shared data-file vectors in /schemas/vectors/data: the trainer's reader runs the same list
// (ml/tests/test_data_vectors.py). Each file is validated through both the byte fast path and the
// text path, which must give the same result.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract } from '@slipway/shared';
import { validateFile, type ValidationResult } from '../src/validate.js';
import { repoRoot } from '../../test-support/paths.js';

const vectorsDir = join(repoRoot, 'schemas', 'vectors', 'data');
interface DataVector {
  name: string;
  file: string;
  contract: string;
  accept: boolean;
  rows?: unknown[][];
  warnings?: string[];
  error?: { check: string; line?: number; column?: string; mentions?: string[] };
}
const manifest = JSON.parse(readFileSync(join(vectorsDir, 'manifest.json'), 'utf8')) as { cases: DataVector[] };

async function validate(vector: DataVector): Promise<ValidationResult> {
  const file = join(vectorsDir, vector.file);
  const contract = loadDatasetContract(join(vectorsDir, vector.contract));
  const result = await validateFile(file, contract);
  expect(await validateFile(file, contract, { slowPath: true })).toEqual(result);
  return result;
}

const errors = (r: ValidationResult): ValidationResult['findings'] => r.findings.filter((f) => f.severity === 'error');

describe('data vectors', () => {
  it('has cases of both outcomes', () => {
    expect(manifest.cases.filter((c) => c.accept).length).toBeGreaterThanOrEqual(5);
    expect(manifest.cases.filter((c) => !c.accept).length).toBeGreaterThanOrEqual(20);
  });

  it.each(manifest.cases.filter((c) => c.accept))('accepts $name', async (vector) => {
    const r = await validate(vector);
    expect(errors(r)).toEqual([]);
    expect(r.rows).toBe(vector.rows?.length);
    expect(r.findings.map((f) => f.id)).toEqual(vector.warnings ?? []);
  });

  it.each(manifest.cases.filter((c) => !c.accept))('refuses $name', async (vector) => {
    const r = await validate(vector);
    const expected = vector.error ?? { check: '' };
    // The trainer stops at its first error; validate-data reports them all, this one first by line.
    const found = errors(r).find((f) => f.id === expected.check && (expected.column === undefined || f.column === expected.column));
    expect(found).toBeDefined();
    const line = (f: ValidationResult['findings'][number]): number =>
      f.examples[0]?.line ?? Number(/ line (\d+)/.exec(f.message)?.[1] ?? Number.NaN);
    if (expected.line !== undefined) {
      expect(line(found!)).toBe(expected.line);
      for (const other of errors(r)) expect(line(other)).not.toBeLessThan(expected.line);
    } else {
      expect(errors(r).map((f) => f.id)).toEqual([expected.check]);
    }
    for (const text of expected.mentions ?? []) expect(found!.message).toContain(text);
  });
});
