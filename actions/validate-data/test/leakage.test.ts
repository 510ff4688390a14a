// Leakage on real data: generated house prices with a leaky column added, and the shipped
// files (generated data, the original 84-row house file, abalone) which must not trip it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract, type DatasetContract } from '@slipway/shared';
import { validateFile, type ValidationResult } from '../src/validate.js';
import { dataMirror, repoRoot, venvPython } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('leakage');
afterAll(() => {
  tmp.cleanup();
});

const house = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));
const abalone = loadDatasetContract(join(repoRoot, 'data', 'abalone', 'contract.yaml'));
const generated = join(tmp.dir, 'houses.csv');

beforeAll(() => {
  const script = join(repoRoot, 'data', 'house-prices', 'generate.py');
  execFileSync(venvPython, [script, '--out', generated, '--rows', '2000', '--seed', '42', '--noise', '0.03']);
});

/** The generated file with one more column computed from each row (fields by header name). */
function withColumn(name: string, compute: (row: Record<string, number>, index: number) => string): string {
  const [header = '', ...rows] = readFileSync(generated, 'utf8').trimEnd().split('\n');
  const names = header.split(',');
  const lines = rows.map((line, i) => {
    const fields = line.split(',');
    const row = Object.fromEntries(names.map((n, j) => [n, Number(fields[j])]));
    return `${line},${compute(row, i)}`;
  });
  const file = join(tmp.dir, `${name}.csv`);
  writeFileSync(file, `${header},${name}\n${lines.join('\n')}\n`);
  return file;
}

function contractWith(name: string, extra: Partial<DatasetContract> = {}): DatasetContract {
  return { ...house, ...extra, columns: [...house.columns, { name, type: 'number' }] };
}

const leakage = (r: ValidationResult): { column?: string; severity: string; message: string }[] =>
  r.findings.filter((f) => f.id === 'leakage').map(({ column, severity, message }) => ({ column, severity, message }));

describe('leaky columns', () => {
  it('price_per_sqft = price / sqft is a ratio leak, named with its evidence', async () => {
    const file = withColumn('price_per_sqft', (r) => (r.price! / r.sqft!).toFixed(2));
    const result = await validateFile(file, contractWith('price_per_sqft'));
    expect(result.passed).toBe(false);
    expect(leakage(result)).toEqual([
      {
        column: 'price_per_sqft',
        severity: 'error',
        message:
          'column "price_per_sqft" leaks the target: price ≈ price_per_sqft × sqft (R² 1.00000 of log|price| on 2,000 sampled rows, threshold 0.999); drop the column or, if it will be known at prediction time, list it in checks.leakage.exempt',
      },
    ]);
  });

  it('the target plus tiny noise is a correlation leak', async () => {
    // Deterministic "noise": ±0.5% of the price, alternating by row.
    const file = withColumn('appraisal', (r, i) => (r.price! * (1 + (i % 2 === 0 ? 0.005 : -0.005))).toFixed(0));
    const result = await validateFile(file, contractWith('appraisal'));
    expect(leakage(result)).toEqual([
      {
        column: 'appraisal',
        severity: 'error',
        message:
          'column "appraisal" leaks the target: |Pearson| 0.9999, |Spearman| 0.9999 with price on 2,000 sampled rows (threshold 0.995); drop the column or, if it will be known at prediction time, list it in checks.leakage.exempt',
      },
    ]);
  });

  it('a non-monotone function: price = min + |u| (correlation ratio over quantile bins)', async () => {
    // u = ±(price − the lowest price), the sign alternating by row: |Pearson| and |Spearman| near
    // 0 and no power law, yet every u gives one price (a V shape); the binned correlation ratio sees it.
    const prices = readFileSync(generated, 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => Number(l.split(',').at(-1)));
    const lowest = Math.min(...prices);
    const file = withColumn('u', (r, i) => String((i % 2 === 0 ? 1 : -1) * (r.price! - lowest)));
    const result = await validateFile(file, contractWith('u'));
    expect(leakage(result)).toEqual([
      {
        column: 'u',
        severity: 'error',
        message:
          'column "u" leaks the target: price is a near-deterministic function of it: the correlation ratio of the ranks of price over 100 bins of its values is 0.99956 on 2,000 sampled rows (threshold 0.999); drop the column or, if it will be known at prediction time, list it in checks.leakage.exempt',
      },
    ]);
  });

  it('an exempted column is not reported', async () => {
    const file = withColumn('price_per_sqft', (r) => (r.price! / r.sqft!).toFixed(2));
    const result = await validateFile(file, contractWith('price_per_sqft', { checks: { leakage: { exempt: ['price_per_sqft'] } } }));
    expect(leakage(result)).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('severity warning reports the leak without failing; off skips it', async () => {
    const file = withColumn('price_per_sqft', (r) => (r.price! / r.sqft!).toFixed(2));
    const warned = await validateFile(file, contractWith('price_per_sqft', { checks: { leakage: { severity: 'warning' } } }));
    expect(leakage(warned).map((f) => [f.column, f.severity])).toEqual([['price_per_sqft', 'warning']]);
    expect(warned.passed).toBe(true);
    const off = await validateFile(file, contractWith('price_per_sqft', { checks: { leakage: { severity: 'off' } } }));
    expect(leakage(off)).toEqual([]);
  });

  it('a category that maps one-to-one onto the target (price bands of 10,000)', async () => {
    const band = (price: number): string => `band${Math.floor(price / 10000)}`;
    const file = withColumn('price_band', (r) => band(r.price!));
    const bands = [
      ...new Set(
        readFileSync(file, 'utf8')
          .trimEnd()
          .split('\n')
          .slice(1)
          .map((l) => l.split(',').at(-1)!),
      ),
    ];
    const contract: DatasetContract = {
      ...house,
      columns: [...house.columns, { name: 'price_band', type: 'category', categories: bands }],
    };
    const result = await validateFile(file, contract);
    expect(leakage(result)).toEqual([
      {
        column: 'price_band',
        severity: 'error',
        message: `column "price_band" leaks the target: its ${bands.length} categories map almost one-to-one onto price: the correlation ratio of the ranks of price over them is 0.99950 on 2,000 sampled rows (threshold 0.999); drop the column or, if it will be known at prediction time, list it in checks.leakage.exempt`,
      },
    ]);
  });
});

describe('shipped data does not trip it', () => {
  it('generated house prices', async () => {
    const result = await validateFile(generated, house);
    expect(result.findings).toEqual([]);
  });

  it('the original 84-row house file', async () => {
    const result = await validateFile(join(dataMirror, 'house-prices', 'house_data.csv'), house);
    expect(leakage(result)).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('abalone', async () => {
    const result = await validateFile(join(dataMirror, 'abalone', 'abalone.data'), abalone);
    expect(leakage(result)).toEqual([]);
    expect(result.rows).toBe(4177);
  });
});
