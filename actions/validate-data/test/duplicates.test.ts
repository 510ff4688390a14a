import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract } from '@slipway/shared';
import { DuplicateFinder, type DuplicateOptions, type DuplicateReport } from '../src/checks/duplicates.js';
import { validateFile } from '../src/validate.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('duplicates');
afterAll(() => {
  tmp.cleanup();
});

/** Rows by ref (the ref is the row's index); lines start at 2, as after a header. */
async function find(
  rows: string[][],
  options: DuplicateOptions = {},
  key?: number[],
): Promise<{ report: DuplicateReport; fetched: number }> {
  const project = key === undefined ? (f: string[]) => f : (f: string[]) => key.map((i) => f[i] ?? '');
  const finder = new DuplicateFinder(project, { tempDir: tmp.dir, ...options });
  rows.forEach((row, i) => {
    finder.add(row, i + 2, i);
  });
  let fetched = 0;
  const report = await finder.finish((refs) => {
    fetched += refs.length;
    return Promise.resolve(new Map(refs.map((ref) => [ref, rows[ref] ?? []])));
  });
  return { report, fetched };
}

/** A seeded table of rows with known repeats: row i repeats row i - 7 when i % 10 === 9. */
function table(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => (i % 10 === 9 ? [`r${i - 7}`, 'same'] : [`r${i}`, 'same']));
}

describe('DuplicateFinder', () => {
  it('reports each repeat with the first line holding the same fields', async () => {
    const { report } = await find([
      ['a', '1'],
      ['b', '2'],
      ['a', '1'],
      ['a', '1'],
      ['b', '2'],
      ['a', '2'],
    ]);
    expect(report.count).toBe(3);
    expect(report.examples).toEqual([
      { line: 4, firstLine: 2, fields: ['a', '1'] },
      { line: 5, firstLine: 2, fields: ['a', '1'] },
      { line: 6, firstLine: 3, fields: ['b', '2'] },
    ]);
  });

  it('tells fields apart that join to the same text', async () => {
    expect(
      (
        await find([
          ['a,b', 'c'],
          ['a', 'b,c'],
          ['a', 'b', 'c'],
        ])
      ).report.count,
    ).toBe(0);
  });

  it('compares only the key fields for a key check', async () => {
    const { report } = await find(
      [
        ['1', 'x'],
        ['2', 'x'],
        ['1', 'y'],
      ],
      {},
      [0],
    );
    expect(report).toEqual({ count: 1, examples: [{ line: 4, firstLine: 2, fields: ['1'] }] });
  });

  it('never reports a hash collision as a duplicate: 2-bit hashes collide all the time', async () => {
    const rows = table(200);
    const exact = await find(rows);
    const colliding = await find(rows, { hashBits: 2 });
    expect(exact.report.count).toBe(20);
    expect(colliding.report).toEqual(exact.report);
    // Nearly every row collided, so nearly every row was read again to compare.
    expect(colliding.fetched).toBeGreaterThan(150);
    expect(exact.fetched).toBe(40);
  });

  it('a repeat of a row that only collided with an earlier one points at its own first line', async () => {
    const rows = [['a'], ['b'], ['c'], ['b'], ['c'], ['a']];
    const { report } = await find(rows, { hashBits: 1 });
    expect(report.examples.map((e) => [e.line, e.firstLine])).toEqual([
      [5, 3],
      [6, 4],
      [7, 2],
    ]);
  });

  it('gives the same answers when a tiny budget spills partitions to disk, and removes them', async () => {
    const rows = table(5000);
    const inMemory = await find(rows);
    const spilled = await find(rows, { budgetBytes: 32 * 100 });
    const spilledColliding = await find(rows, { budgetBytes: 32 * 100, hashBits: 6 });
    expect(inMemory.report.count).toBe(500);
    expect(spilled.report).toEqual(inMemory.report);
    expect(spilledColliding.report).toEqual(inMemory.report);
    expect(readdirSync(tmp.dir).filter((name) => name.startsWith('slipway-duplicates-'))).toEqual([]);
  });

  it('streams a row repeated past the budget (every hash bit spent) with the same answers', async () => {
    // 10,000 rows cycling through 5 distinct rows: 9,995 repeats. With a budget of 16 rows the
    // repeats of one hash end in a partition no hash bit can split, confirmed in batches.
    const rows = Array.from({ length: 10_000 }, (_, i) => [`r${i % 5}`, 'same']);
    const inMemory = await find(rows);
    expect(inMemory.report.count).toBe(9_995);
    expect(inMemory.report.examples[0]).toEqual({ line: 7, firstLine: 2, fields: ['r0', 'same'] });
    expect((await find(rows, { budgetBytes: 32 * 16 })).report).toEqual(inMemory.report);
    // 1-bit hashes: the five rows collide, so the batches must carry each group's distinct rows.
    expect((await find(rows, { budgetBytes: 32 * 16, hashBits: 1 })).report).toEqual(inMemory.report);
    expect(readdirSync(tmp.dir).filter((name) => name.startsWith('slipway-duplicates-'))).toEqual([]);
  });

  it('knows when it spilled', () => {
    const finder = new DuplicateFinder((f) => f, { budgetBytes: 32 * 16, tempDir: tmp.dir });
    for (let i = 0; i < 15; i++) finder.add([String(i)], i + 2, i);
    expect(finder.spilled).toBe(false);
    finder.add(['15'], 17, 15);
    expect(finder.spilled).toBe(true);
  });

  it('rejects a hash width outside 1..64', () => {
    expect(() => new DuplicateFinder((f) => f, { hashBits: 65 })).toThrow('hash bits 65 must be an integer in 1..64');
  });
});

describe('duplicate checks through validateFile', () => {
  const contract = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));
  const header = 'sqft,bedrooms,bathrooms,location,condition,year_built,price';
  const rows = Array.from(
    { length: 400 },
    (_, i) => `${600 + i},${1 + (i % 6)},2,Suburb,Good,${1900 + (i % 120)},${200_000 + ((i * 7907) % 90_000)}`,
  );
  // Row 300 repeats row 10 written with quotes; row 350 repeats row 20 with CRLF.
  rows[300] = (rows[10] ?? '')
    .split(',')
    .map((f) => `"${f}"`)
    .join(',');
  rows[350] = `${rows[20] ?? ''}\r`;
  const file = tmp.write('quoted.csv', `${[header, ...rows].join('\n')}\n`);
  const expected = [
    { line: 302, value: 'same as line 12' },
    { line: 352, value: 'same as line 22' },
  ];

  it.each([
    ['in memory', {}],
    ['spilled to disk, with colliding 4-bit hashes', { budgetBytes: 32 * 50, hashBits: 4 }],
  ])('finds a quoted or CRLF repeat of a plain row (%s)', async (_name, duplicates: DuplicateOptions) => {
    const result = await validateFile(file, contract, { duplicates: { tempDir: tmp.dir, ...duplicates } });
    const found = result.findings.find((f) => f.id === 'duplicate-rows');
    expect(found).toMatchObject({ count: 2, message: '2 rows repeat an earlier row; remove the duplicates', examples: expected });
  });
});
