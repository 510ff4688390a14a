// The catalogue of hostile shapes: files no CSV reader should hold, each written to a temp folder
// (at most ~24 MiB) and refused by the reading limit it breaks (README, Limits), at the line the
// record starts on, with a message naming the limit and the fix; or, when within the limits,
// read to the end. bench/hostile-bench.mjs runs the same shapes far bigger through the bundle,
// with time and peak memory (docs/benchmarks-validate-data.md).
import { afterAll, describe, expect, it } from '@jest/globals';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract, type DatasetContract } from '@slipway/shared';
import type { PartState } from '../src/file-validator.js';
import { inThreadPartRunner, type PartRunner } from '../src/parallel/split.js';
import { validateFile, type ValidateOptions, type ValidationResult } from '../src/validate.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

/** The documented reading limits (README, Limits), which the messages must quote. */
const READ_LIMITS = { recordBytes: 1_048_576, headerBytes: 262_144, fields: 10_000, columns: 10_000 };

const tmp = scratch('hostile');
afterAll(() => {
  tmp.cleanup();
});

const contract: DatasetContract = { ...loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml')), min_rows: 1 };
const HEADER = 'sqft,bedrooms,bathrooms,location,condition,year_built,price';
const ROW = '1500,3,2,Suburb,Good,1990,450000';

/** Writes pieces (repeated as asked) without building the whole file in memory. */
function writeFile(name: string, pieces: [string, number][]): string {
  const path = join(tmp.dir, name);
  const fd = openSync(path, 'w');
  try {
    for (const [text, times] of pieces) {
      const block = Buffer.from(text.repeat(Math.max(1, Math.floor((1 << 20) / Math.max(1, text.length)))));
      const perBlock = block.length / Buffer.byteLength(text);
      for (let left = times; left > 0; left -= perBlock) {
        writeSync(fd, left >= perBlock ? block : Buffer.from(text.repeat(left)));
      }
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

async function refused(path: string, options: ValidateOptions = {}): Promise<ValidationResult['findings'][number]> {
  const result = await validateFile(path, contract, options);
  expect(result.passed).toBe(false);
  const errors = result.findings.filter((f) => f.severity === 'error');
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

const MIB = 1 << 20;
const LOCATIONS = ['Downtown', 'Urban', 'Suburb', 'Rural'];
const CONDITIONS = ['Poor', 'Good', 'Excellent'];
/** A valid row, distinct for each i, its columns unrelated (no leakage, no constant column). */
const row = (i: number): string =>
  `${400 + ((i * 7919) % 9000)},${1 + (i % 8)},${1 + (i % 5)},${LOCATIONS[i % 4]},${CONDITIONS[i % 3]},${1900 + (i % 120)},${10000 + ((i * 104729) % 1000000)}\n`;

describe('hostile files are refused by a named limit', () => {
  it('a very long line without a newline', async () => {
    const path = writeFile('long-line.csv', [
      [`${HEADER}\n`, 1],
      ['a', 8 * MIB],
    ]);
    const finding = await refused(path);
    expect(finding.id).toBe('record-too-long');
    expect(finding.message).toBe(
      `${path} line 2: the record starting here is longer than the limit of ${READ_LIMITS.recordBytes} bytes (a line, or lines joined by a quoted field); look for a quote that is never closed, or shorten the values (is this a CSV file with line breaks?)`,
    );
  });

  it('a line of half a million fields', async () => {
    const finding = await refused(
      writeFile('many-fields.csv', [
        [`${HEADER}\n${ROW}\n`, 1],
        [',', 500_000],
        ['\n', 1],
      ]),
    );
    expect(finding.id).toBe('too-many-fields');
    expect(finding.message).toContain(`line 3: 500001 fields, more than the limit of ${READ_LIMITS.fields}`);
  });

  it('millions of fields in one line, past the record limit', async () => {
    const finding = await refused(
      writeFile('million-fields.csv', [
        [`${HEADER}\n`, 1],
        [',', 3_000_000],
        ['\n', 1],
      ]),
    );
    expect(finding.id).toBe('record-too-long');
    expect(finding.message).toContain('line 2:');
  });

  it('a huge header', async () => {
    const finding = await refused(
      writeFile('huge-header.csv', [
        ['column,', 2 * MIB],
        [`\n${ROW}\n`, 1],
      ]),
    );
    expect(finding).toMatchObject({ id: 'header-too-long' });
    expect(finding.message).toContain(`line 1: the header line is longer than the limit of ${READ_LIMITS.headerBytes} bytes`);
  });

  it('a header of more columns than the limit, after blank lines', async () => {
    const names = Array.from({ length: 12_000 }, (_, i) => `c${i}`).join(',');
    const finding = await refused(
      writeFile('wide-header.csv', [
        ['\n', 3],
        [`${names}\n${ROW}\n`, 1],
      ]),
    );
    expect(finding.id).toBe('too-many-columns');
    expect(finding.message).toContain(`line 4: the header has 12000 columns, more than the limit of ${READ_LIMITS.columns}`);
  });

  it('a quoted field never closed, across a file big enough to be read in two parts', async () => {
    const path = writeFile('unclosed.csv', [
      [`${HEADER}\n${ROW}\n1500,3,2,Suburb,Good,1990,"`, 1],
      [`${ROW}\n`, 700_000],
    ]);
    const finding = await refused(path, { split: { minBytes: 16 * MIB, runPart: inThreadPartRunner } });
    expect(finding.id).toBe('record-too-long');
    expect(finding.message).toContain('line 3: the record starting here');
  });

  it('a limit broken in the second part of a split file is named by its line in the file', async () => {
    // Rows padded by a column the contract does not name, so the part starts well before the long line.
    const pad = `,${'x'.repeat(100)}\n`;
    const rows = Array.from({ length: 40_000 }, (_, i) => row(i).replace('\n', pad)).join('');
    const tail = Array.from({ length: 1_000 }, (_, i) => row(40_000 + i)).join('');
    const path = writeFile('late-long-line.csv', [
      [`${HEADER},note\n${rows}`, 1],
      ['9', 1.5 * MIB],
      [`\n${tail}`, 1],
    ]);
    const parts: (PartState | null)[] = [];
    const runPart: PartRunner = (job) => {
      const handle = inThreadPartRunner(job);
      void handle.result.then((state) => parts.push(state));
      return handle;
    };
    const finding = await refused(path, { split: { minBytes: MIB, runPart } });
    // The second part was read, and broke the limit.
    expect(parts[0]?.limit?.check).toBe('record-too-long');
    expect(finding.id).toBe('record-too-long');
    expect(finding.message).toContain('line 40002:');
  });
});

describe('hostile but within the limits: read to the end', () => {
  it('a record of exactly the limit, its line end included, is read; one byte more is not', async () => {
    const noted: DatasetContract = { ...contract, columns: [...contract.columns, { name: 'note', type: 'string' }] };
    const note = 'x'.repeat(READ_LIMITS.recordBytes - ROW.length - 2);
    const fits = writeFile('edge.csv', [[`${HEADER},note\n${ROW},${note}\n`, 1]]);
    expect(await validateFile(fits, noted)).toMatchObject({ passed: true, rows: 1 });
    const over = writeFile('edge-over.csv', [[`${HEADER},note\n${ROW},${note}x\n`, 1]]);
    const result = await validateFile(over, noted);
    expect(result.findings.map((f) => f.id)).toEqual(['record-too-long']);
  });
  it('many tiny lines with thousands of columns', async () => {
    const extra = Array.from({ length: 3_000 }, (_, i) => `,e${i}`).join('');
    const values = ',1'.repeat(3_000);
    const rows = Array.from({ length: 600 }, (_, i) => `${row(i).trimEnd()}${values}\n`).join('');
    const path = writeFile('wide.csv', [[`${HEADER}${extra}\n${rows}`, 1]]);
    const result = await validateFile(path, contract);
    expect(result).toMatchObject({ passed: true, rows: 600 });
    expect(result.findings.map((f) => f.id)).toEqual(['unexpected-columns']);
  });

  it('millions of blank lines', async () => {
    const result = await validateFile(
      writeFile('blank.csv', [
        ['\n', 5_000_000],
        [`${HEADER}\n${ROW}\n`, 1],
      ]),
      contract,
    );
    expect(result).toMatchObject({ passed: true, rows: 1 });
  });
});
