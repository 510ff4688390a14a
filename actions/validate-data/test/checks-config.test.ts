// The contract's checks block: every configurable check honours its severity (error, warning,
// off), null-rate limits come from the column or the block, and defaults keep the old behaviour.
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract, type ChecksConfig, type DatasetContract } from '@slipway/shared';
import { CheckSettings } from '../src/checks/checks-config.js';
import { validateFile, type ValidationResult } from '../src/validate.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('checks-config');
afterAll(() => {
  tmp.cleanup();
});

const house = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));
const HEADER = 'sqft,bedrooms,bathrooms,location,condition,year_built,price';
const ROW_A = '1500,3,2,Suburb,Good,1990,450000';
const ROW_B = '2100,4,2.5,Urban,Excellent,2005,720000';

let counter = 0;
async function check(lines: string[], checks?: ChecksConfig, contract: DatasetContract = house): Promise<ValidationResult> {
  counter += 1;
  const path = join(tmp.dir, `case-${counter}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return validateFile(path, { ...contract, min_rows: 2, ...(checks ? { checks } : {}) });
}
const severities = (r: ValidationResult): [string, string][] => r.findings.map((f) => [f.id, f.severity]);

describe('severity per check id', () => {
  it('defaults: a duplicate row is an error, an extra column a warning', async () => {
    const r = await check([`${HEADER},note`, `${ROW_A},x`, `${ROW_A},x`, `${ROW_B},y`]);
    expect(severities(r)).toEqual([
      ['unexpected-columns', 'warning'],
      ['duplicate-rows', 'error'],
    ]);
    expect(r.passed).toBe(false);
  });

  it('raised and lowered: the extra column becomes an error, the duplicate a warning', async () => {
    const r = await check([`${HEADER},note`, `${ROW_A},x`, `${ROW_A},x`, `${ROW_B},y`], {
      'unexpected-columns': { severity: 'error' },
      'duplicate-rows': { severity: 'warning' },
    });
    expect(severities(r)).toEqual([
      ['unexpected-columns', 'error'],
      ['duplicate-rows', 'warning'],
    ]);
    expect(r.findings[1]?.examples).toEqual([{ line: 3, value: 'same as line 2' }]);
  });

  it('off: out-of-range values and a constant column are not reported, other checks still run', async () => {
    const rows = [HEADER, '50,3,2,Suburb,Good,1990,450000', '60,3,2,Suburb,Good,1990,450000x'];
    const before = await check(rows);
    expect(severities(before)).toEqual([
      ...['bedrooms', 'bathrooms', 'location', 'condition', 'year_built'].map(() => ['constant-column', 'warning'] as [string, string]),
      ['range', 'error'],
      ['type', 'error'],
    ]);
    const after = await check(rows, { range: { severity: 'off' }, 'constant-column': { severity: 'off' } });
    expect(severities(after)).toEqual([['type', 'error']]);
  });

  it('a warning-only type check lets the file pass', async () => {
    const r = await check([HEADER, ROW_A, '2100,four,2.5,Urban,Excellent,2005,720000'], { type: { severity: 'warning' } });
    expect(severities(r)).toEqual([['type', 'warning']]);
    expect(r.passed).toBe(true);
  });
});

describe('null rate', () => {
  const nullable: DatasetContract = {
    ...house,
    columns: house.columns.map((c) => (c.name === 'year_built' ? { ...c, nullable: true } : c)),
  };
  const rows = [HEADER, ROW_A, ROW_B, '1800,3,2,Rural,Fair,,300000', '1900,3,2,Rural,Fair,,310000'];

  it('no limit set: empty values in a nullable column are fine (as before)', async () => {
    expect((await check(rows, undefined, nullable)).findings).toEqual([]);
  });

  it('checks.null-rate.max applies to every nullable column', async () => {
    const r = await check(rows, { 'null-rate': { max: 0.25 } }, nullable);
    expect(r.findings.map((f) => [f.id, f.severity, f.column, f.count, f.message])).toEqual([
      [
        'null-rate',
        'error',
        'year_built',
        2,
        'column "year_built": 50% of values are empty (2 of 4), above the allowed 25%; fill them or raise max_null_rate',
      ],
    ]);
  });

  it("a column's max_null_rate overrides the block, and severity warning keeps the file passing", async () => {
    const lenient: DatasetContract = {
      ...nullable,
      columns: nullable.columns.map((c) => (c.name === 'year_built' ? { ...c, max_null_rate: 0.5 } : c)),
    };
    expect((await check(rows, { 'null-rate': { max: 0.1 } }, lenient)).findings).toEqual([]);
    const strict = await check(rows, { 'null-rate': { max: 0.1, severity: 'warning' } }, nullable);
    expect(severities(strict)).toEqual([['null-rate', 'warning']]);
    expect(strict.passed).toBe(true);
  });
});

describe('CheckSettings', () => {
  it('fills the defaults', () => {
    const s = new CheckSettings();
    expect(s.leakage).toEqual({ correlation: 0.995, determinism: 0.999, minRows: 50, exempt: new Set() });
    expect(s.drift).toEqual({ psiWarning: 0.1, psiError: 0.25, pValue: 0.001 });
    expect(s.severity('range', 'error')).toBe('error');
  });

  it('caps graded drift at the configured severity but never raises a warning', () => {
    const warning = new CheckSettings({ drift: { severity: 'warning' } });
    expect(warning.severity('drift', 'error')).toBe('warning');
    const error = new CheckSettings({ drift: { severity: 'error' } });
    expect(error.severity('drift', 'warning')).toBe('warning');
    expect(new CheckSettings({ drift: { severity: 'off' } }).enabled('drift')).toBe(false);
  });
});
