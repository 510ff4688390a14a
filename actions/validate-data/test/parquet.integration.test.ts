// Parquet through the committed dist/index.js run as its own Node 24 process under the runner
// contract: a file from the dataset's own generator, converted by pyarrow, gives the same
// verdict and profile as its CSV; a column stored as text where the contract wants a number
// fails the step, naming the column and both types.
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { actionDir, repoRoot, venvExists, venvPython } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { csvToParquet, HOUSE_TYPES } from './parquet-support.js';

const tmp = scratch('validate-parquet-action');
afterAll(() => {
  tmp.cleanup();
});

function runValidate(data: string): Promise<ActionRunResult> {
  return runActionProcess({
    actionDir: actionDir('validate-data'),
    inputs: { contract: 'house-prices', data },
    workspace: repoRoot,
    runnerTemp: tmp.dir,
  });
}

const columnsOf = (file: string | undefined): unknown => (JSON.parse(readFileSync(file ?? '', 'utf8')) as { columns: unknown }).columns;

(venvExists() ? describe : describe.skip)('Parquet through the bundled action', () => {
  const csv = join(tmp.dir, 'houses.csv');

  it('passes a generated file with the same profile as its CSV; the fingerprint hashes the Parquet bytes', async () => {
    execFileSync(venvPython, [join(repoRoot, 'data', 'house-prices', 'generate.py'), '--out', csv, '--rows', '3000', '--seed', '7'], {
      stdio: 'ignore',
    });
    const parquet = csvToParquet(csv, join(tmp.dir, 'houses.parquet'), HOUSE_TYPES, 1000);
    const fromCsv = await runValidate(csv);
    const profileFromCsv = columnsOf(fromCsv.outputs['profile-file']);
    const fromParquet = await runValidate(parquet);
    expect(fromParquet.exitCode).toBe(0);
    expect(fromParquet.outputs.passed).toBe('true');
    const sha256 = createHash('sha256').update(readFileSync(parquet)).digest('hex');
    expect(JSON.parse(fromParquet.outputs.fingerprint ?? '')).toEqual({ sha256, rows: 3000 });
    expect(columnsOf(fromParquet.outputs['profile-file'])).toEqual(profileFromCsv);
  }, 60_000);

  it('fails the step on a price column stored as text, naming it and both types', async () => {
    const parquet = csvToParquet(csv, join(tmp.dir, 'text-price.parquet'), { ...HOUSE_TYPES, price: 'string' });
    const result = await runValidate(parquet);
    expect(result.exitCode).not.toBe(0);
    expect(result.outputs.passed).toBe('false');
    expect(result.stdout).toContain(
      `${parquet}: column "price" is stored as BYTE_ARRAY (STRING) in the Parquet file but the contract says number; write the column as an integer or floating-point type or fix the contract`,
    );
  }, 60_000);
});
