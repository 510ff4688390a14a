import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract, type DatasetContract } from '@slipway/shared';
import { isParquetFile } from '../src/reading/parquet-reader.js';
import { validateFile, type ValidationResult } from '../src/validate.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { csvToParquet, HOUSE_TYPES, houseRows } from './parquet-support.js';

const tmp = scratch('parquet');
afterAll(() => {
  tmp.cleanup();
});

const contract: DatasetContract = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));
const HEADER = 'sqft,bedrooms,bathrooms,location,condition,year_built,price';

/** The same table as CSV and as Parquet (several row groups), validated both ways. */
async function both(
  name: string,
  rows: string[],
  types = HOUSE_TYPES,
  with_ = contract,
): Promise<{ csv: ValidationResult; parquet: ValidationResult; file: string }> {
  const csvFile = tmp.write(`${name}.csv`, `${[HEADER, ...rows].join('\n')}\n`);
  const file = csvToParquet(csvFile, join(tmp.dir, `${name}.parquet`), types, 40);
  return { csv: await validateFile(csvFile, with_), parquet: await validateFile(file, with_), file };
}

/** Findings with the file's own name taken out, to compare a CSV's with a Parquet's. */
const anonymous = (r: ValidationResult): unknown => JSON.parse(JSON.stringify(r.findings).replaceAll(r.file, '<file>'));

describe('Parquet input', () => {
  it('is recognised by its magic bytes, whatever the file is called', () => {
    const csvFile = tmp.write('magic.csv', `${HEADER}\n${houseRows(3).join('\n')}\n`);
    const disguised = csvToParquet(csvFile, join(tmp.dir, 'magic.data'), HOUSE_TYPES);
    expect(isParquetFile(disguised)).toBe(true);
    expect(isParquetFile(csvFile)).toBe(false);
  });

  it('a valid file passes with the same rows and profile as the same table in CSV; the fingerprint hashes its bytes', async () => {
    const { csv, parquet, file } = await both('valid', houseRows(150));
    expect(parquet.findings).toEqual([]);
    expect(parquet.passed).toBe(true);
    expect(parquet.rows).toBe(150);
    expect(parquet.profile).toEqual(csv.profile);
    expect(parquet.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  it('a bad file fails with the same findings, lines and examples as the CSV case', async () => {
    const rows = houseRows(120);
    rows[10] = '1500,3,2,Suburb,Good,1990,5'; // price out of range
    rows[55] = '1500,3,2,Harbour,Good,1990,450000'; // unknown category
    rows[70] = '1500,,2,Suburb,Good,1990,450000'; // empty bedrooms
    rows[100] = rows[3] ?? ''; // a duplicate in another row group
    const { csv, parquet } = await both('bad', rows);
    expect(parquet.passed).toBe(false);
    expect(anonymous(parquet)).toEqual(anonymous(csv));
    expect(parquet.findings.map((f) => f.id).sort()).toEqual(['category', 'duplicate-rows', 'nulls', 'range']);
    expect(parquet.findings.find((f) => f.id === 'duplicate-rows')?.examples).toEqual([{ line: 102, value: 'same as line 5' }]);
  });

  it('a column stored with a type the contract does not allow is an error naming the column and both types', async () => {
    const { parquet, file } = await both('typed', houseRows(60), { ...HOUSE_TYPES, price: 'string', year_built: 'string' }, contract);
    const typed = parquet.findings.filter((f) => f.id === 'parquet-type');
    expect(typed.map((f) => f.message)).toEqual([
      `${file}: column "year_built" is stored as BYTE_ARRAY (STRING) in the Parquet file but the contract says integer; write the column as an integer or floating-point type or fix the contract`,
      `${file}: column "price" is stored as BYTE_ARRAY (STRING) in the Parquet file but the contract says number; write the column as an integer or floating-point type or fix the contract`,
    ]);
  }, 30_000);

  it('a truncated Parquet file is refused with the reason', async () => {
    const csvFile = tmp.write('cut.csv', `${HEADER}\n${houseRows(60).join('\n')}\n`);
    const whole = readFileSync(csvToParquet(csvFile, join(tmp.dir, 'whole.parquet'), HOUSE_TYPES));
    const cut = join(tmp.dir, 'cut.parquet');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(validateFile(cut, contract)).rejects.toThrow(`${cut} starts like a Parquet file but its footer cannot be read`);
  });
});
