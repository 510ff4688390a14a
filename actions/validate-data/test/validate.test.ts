// The catalogue of hostile files: each is written to a temp folder and checked for the exact
// finding it must produce, against the real house-prices contract (min_rows lowered to 2 so
// the files stay small, except where min_rows is the point). Each is also validated through the
// text-only path, which must give the same result as the byte fast path.
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract, type DatasetContract } from '@slipway/shared';
import { validateFile, type ValidationResult } from '../src/validate.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('validate');
afterAll(() => {
  tmp.cleanup();
});

const houseContract = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));
const contract: DatasetContract = { ...houseContract, min_rows: 2 };
const HEADER = 'sqft,bedrooms,bathrooms,location,condition,year_built,price';
const ROW_A = '1500,3,2,Suburb,Good,1990,450000';
const ROW_B = '2100,4,2.5,Urban,Excellent,2005,720000';

let counter = 0;
async function check(text: string | Buffer, with_: DatasetContract = contract): Promise<ValidationResult & { path: string }> {
  counter += 1;
  const path = join(tmp.dir, `case-${counter}.csv`);
  writeFileSync(path, text);
  const result = await validateFile(path, with_);
  // Every case also proves the byte fast path equal to the text path, finding for finding.
  expect(result).toEqual(await validateFile(path, with_, { slowPath: true }));
  return { ...result, path };
}
const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;
const ids = (r: ValidationResult): string[] => r.findings.map((f) => f.id);
const only = (r: ValidationResult): ValidationResult['findings'][number] => {
  expect(r.findings).toHaveLength(1);
  return r.findings[0]!;
};

describe('files that must pass', () => {
  it('CRLF line ends', async () => {
    const r = await check(`${HEADER}\r\n${ROW_A}\r\n${ROW_B}\r\n`);
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({ passed: true, rows: 2 });
  });

  it('a UTF-8 BOM', async () => {
    const r = await check(`\uFEFF${csv(HEADER, ROW_A, ROW_B)}`);
    expect(r.findings).toEqual([]);
    expect(r.profile[0]?.name).toBe('sqft');
  });

  it('scientific notation, for integer columns too when the value is whole', async () => {
    const r = await check(csv(HEADER, '1.5e3,3,2,Suburb,Good,1990,4.5e5', ROW_B));
    expect(r.findings).toEqual([]);
    expect(r.profile.find((p) => p.name === 'sqft')?.min).toBe(1500);
    expect(r.profile.find((p) => p.name === 'price')?.min).toBe(450000);
  });

  it('quoted commas and a quoted newline in an extra column (a warning only), line numbers still physical', async () => {
    const r = await check(csv(`${HEADER},note`, `${ROW_A},"big, sunny"`, `${ROW_B},"two`, `lines"`, '900,3,2,Suburb,Good,1990,450000,x'));
    expect(r.passed).toBe(true);
    expect(r.rows).toBe(3);
    expect(r.findings.map((f) => [f.id, f.severity, f.message])).toEqual([
      [
        'unexpected-columns',
        'warning',
        `${r.path}: 1 column not in the contract: note; they are ignored — add them to the contract to use them`,
      ],
    ]);
  });

  it('a trailing empty line and blank lines before the header', async () => {
    const r = await check(`\n\n${csv(HEADER, ROW_A, ROW_B)}\n\n`);
    expect(r).toMatchObject({ passed: true, rows: 2, findings: [] });
  });

  it('reordered columns', async () => {
    const r = await check(
      csv(
        'price,sqft,bedrooms,bathrooms,location,year_built,condition',
        '450000,1500,3,2,Suburb,1990,Good',
        '720000,2100,4,2.5,Urban,2005,Excellent',
      ),
    );
    expect(r).toMatchObject({ passed: true, findings: [] });
    expect(r.profile.find((p) => p.name === 'price')?.max).toBe(720000);
  });
});

describe('readability', () => {
  it('semicolons when the contract says commas', async () => {
    const r = await check(csv(HEADER.replaceAll(',', ';'), ROW_A.replaceAll(',', ';')));
    expect(only(r)).toMatchObject({
      id: 'delimiter',
      severity: 'error',
      message: `${r.path} line 1: the file uses ';' but the contract says ','; save the file with ',' or set format.delimiter in the contract`,
    });
  });

  it('a binary file', async () => {
    const r = await check(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
    expect(only(r).message).toBe(`${r.path}: a NUL byte at byte 5: this is a binary file, not CSV text`);
    expect(r.passed).toBe(false);
  });

  it('an empty file and a blank-only file', async () => {
    const empty = await check('');
    expect(only(empty)).toMatchObject({ id: 'empty-file', message: `${empty.path} is empty; it needs a header line and data rows` });
    const blank = await check('\n\r\n\n');
    expect(only(blank)).toMatchObject({
      id: 'header',
      message: `${blank.path} has only blank lines; it needs a header line and data rows`,
    });
  });

  it('duplicate and empty column names', async () => {
    const r = await check(csv(`${HEADER},price,`, `${ROW_A},1,`, `${ROW_B},2,`));
    expect(ids(r)).toEqual(['duplicate-column-name', 'empty-column-name', 'unexpected-columns']);
    expect(r.findings[0]?.message).toBe(
      `${r.path} line 1: columns 7 and 8 are both named "price" (spaces around names are ignored); rename or remove one`,
    );
    expect(r.findings[1]?.message).toBe(`${r.path} line 1: column 9 of the header has no name; name it or remove the column`);
  });

  it('rows with the wrong field count, by line number', async () => {
    const r = await check(csv(HEADER, ROW_A, '1500,3,2,Suburb,Good,1990', ROW_B, `${ROW_B},extra`));
    expect(only(r)).toMatchObject({
      id: 'field-count',
      count: 2,
      message: `${r.path}: 2 rows with a field count other than the header's 7; check for unquoted delimiters or missing values`,
      examples: [
        { line: 3, value: '6 fields' },
        { line: 5, value: '8 fields' },
      ],
    });
  });

  it('a quoted field that is never closed', async () => {
    const r = await check(csv(HEADER, ROW_A, '1500,3,2,"Suburb,Good,1990,450000', ROW_B));
    expect(ids(r)).toContain('unclosed-quote');
    expect(r.findings.find((f) => f.id === 'unclosed-quote')?.message).toBe(
      `${r.path} line 3: a quoted field is never closed; add the closing '"'`,
    );
  });
});

describe('schema', () => {
  it('a 1-column file', async () => {
    const r = await check(csv('price', '450000', '720000'));
    expect(only(r)).toMatchObject({
      id: 'missing-columns',
      message: `${r.path} line 1: required 6 columns missing from the header: sqft, bedrooms, bathrooms, location, condition, year_built; add them or fix the contract`,
    });
  });

  it('a header differing only in case (spaces around names are ignored)', async () => {
    const r = await check(csv(HEADER.replace('sqft', ' SqFt ').replace('price', 'Price').replace('bedrooms', ' bedrooms '), ROW_A, ROW_B));
    expect(r.findings.map((f) => f.message)).toEqual([
      `${r.path} line 1: header "SqFt" differs from contract column "sqft" only in case; rename it to "sqft"`,
      `${r.path} line 1: header "Price" differs from contract column "price" only in case; rename it to "price"`,
    ]);
    expect(r.passed).toBe(false);
  });

  it('a missing column', async () => {
    const r = await check(csv(HEADER.replace(',condition', ''), ROW_A.replace(',Good', ''), ROW_B.replace(',Excellent', '')));
    expect(only(r).message).toBe(`${r.path} line 1: required 1 column missing from the header: condition; add it or fix the contract`);
  });

  it('wrong types', async () => {
    const r = await check(csv(HEADER, '1500.5,three,2,Suburb,Good,1990,450000', ROW_B, '1500,3,two,Suburb,Good,1990,450000'));
    expect(r.findings.map((f) => [f.column, f.message, f.examples])).toEqual([
      ['sqft', 'column "sqft": 1 value not an integer', [{ line: 2, value: '1500.5' }]],
      ['bedrooms', 'column "bedrooms": 1 value not an integer', [{ line: 2, value: 'three' }]],
      ['bathrooms', 'column "bathrooms": 1 value not a number', [{ line: 4, value: 'two' }]],
    ]);
  });

  it('values out of range', async () => {
    const r = await check(csv(HEADER, ROW_A.replace('1990', '1700'), ROW_B.replace('2005', '2030'), ROW_A.replace('450000', '5')));
    expect(r.findings.map((f) => [f.id, f.message, f.examples.map((e) => e.line)])).toEqual([
      ['range', 'column "year_built": 2 values outside [1850, 2025]', [2, 3]],
      ['range', 'column "price": 1 value outside [10000, 20000000]', [4]],
    ]);
  });

  it('unknown categories, listed with counts', async () => {
    const r = await check(csv(HEADER, ROW_A.replace('Suburb', 'Moon'), ROW_A.replace('Suburb', 'Mars'), ROW_B.replace('Urban', 'Moon')));
    expect(only(r)).toMatchObject({
      id: 'category',
      column: 'location',
      count: 3,
      message:
        'column "location": unknown categories "Moon" (2), "Mars" (1); allowed: Downtown, Urban, Suburb, Rural, Waterfront, Mountain',
    });
  });

  it('NaN and Inf', async () => {
    const r = await check(csv(HEADER, ROW_A.replace('450000', 'NaN'), ROW_B.replace('720000', '-inf'), ROW_A));
    expect(only(r)).toMatchObject({
      id: 'non-finite',
      message: 'column "price": 2 NaN/Inf values; write an empty value for a missing one',
      examples: [
        { line: 2, value: 'NaN' },
        { line: 3, value: '-inf' },
      ],
    });
  });

  it('empty values in a column that is not nullable, and none reported when it is', async () => {
    const text = csv(HEADER, ROW_A.replace(',3,', ',,'), ROW_B);
    const r = await check(text);
    expect(only(r).message).toBe('column "bedrooms": 1 empty value but the column is not nullable; fill them or set nullable: true');
    const nullable = { ...contract, columns: contract.columns.map((c) => (c.name === 'bedrooms' ? { ...c, nullable: true } : c)) };
    const ok = await check(text, nullable);
    expect(ok.findings).toEqual([]);
    expect(ok.profile.find((p) => p.name === 'bedrooms')).toMatchObject({ count: 2, nulls: 1 });
  });

  it('a file without a header when the contract says so', async () => {
    const noHeader = { ...contract, format: { delimiter: ',', header: false } };
    const r = await check(csv(ROW_A, ROW_B), noHeader);
    expect(r).toMatchObject({ passed: true, rows: 2, findings: [] });
  });
});

describe('content', () => {
  it('a header-only file', async () => {
    const r = await check(csv(HEADER));
    expect(only(r)).toMatchObject({ id: 'min-rows', message: `${r.path}: 0 data rows, the contract requires at least 2` });
  });

  it('too few rows for the real contract', async () => {
    const r = await check(csv(HEADER, ROW_A, ROW_B), houseContract);
    expect(only(r).message).toBe(`${r.path}: 2 data rows, the contract requires at least 50`);
  });

  it('duplicate rows, pointing at the first occurrence', async () => {
    const r = await check(csv(HEADER, ROW_A, ROW_B, ROW_A, ROW_A));
    expect(only(r)).toMatchObject({
      id: 'duplicate-rows',
      severity: 'error',
      message: '2 rows repeat an earlier row; remove the duplicates',
      examples: [
        { line: 4, value: 'same as line 2' },
        { line: 5, value: 'same as line 2' },
      ],
    });
  });

  it('duplicate primary keys', async () => {
    const keyed = { ...contract, primary_key: ['sqft', 'year_built'] };
    const r = await check(csv(HEADER, ROW_A, ROW_B, ROW_A.replace('450000', '460000')), keyed);
    expect(only(r)).toMatchObject({
      id: 'duplicate-keys',
      message: 'primary key (sqft, year_built): 1 row repeats a key; keys must be unique',
      examples: [{ line: 4, value: '1500,1990' }],
    });
  });

  it('a constant column is a warning', async () => {
    const r = await check(csv(HEADER, ROW_A, ROW_B.replace('Excellent', 'Good')));
    expect(only(r)).toMatchObject({
      id: 'constant-column',
      severity: 'warning',
      column: 'condition',
      message: 'column "condition" holds one value in every row; it carries no information',
    });
    expect(r.passed).toBe(true);
  });

  it('keeps at most 5 examples but counts every occurrence', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ROW_A.replace('1500', String(100 + i)));
    const r = await check(csv(HEADER, ...rows));
    const range = r.findings.find((f) => f.id === 'range')!;
    expect(range.count).toBe(12);
    expect(range.examples.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
  });
});

it('a file that does not exist is an error naming it', async () => {
  await expect(validateFile(join(tmp.dir, 'nope.csv'), contract)).rejects.toThrow(
    `data file ${join(tmp.dir, 'nope.csv')} does not exist; give the CSV path in the data input`,
  );
});
