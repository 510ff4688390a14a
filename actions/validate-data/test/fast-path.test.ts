// The byte fast path (plain records read as numbers and categories straight from the bytes)
// must give exactly what the text path gives: the readers of a cell, the distinct-value set, the
// record hash, and whole validations of files full of near-miss values.
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract, type DatasetContract } from '@slipway/shared';
import { fastColumn, parsePlainDecimal, type ParsedDecimal } from '../src/checks/fast-cells.js';
import { NumberSet } from '../src/statistics/number-set.js';
import { emptyPlainRecord, plainFields, scanPlainRecord } from '../src/reading/plain-record.js';
import { hashFieldBytes, hashRecordBytes, type RowHash } from '../src/reading/row-hash.js';
import { seededRandom } from '@slipway/shared/sample';
import { validateFile } from '../src/validate.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('fast-path');
afterAll(() => {
  tmp.cleanup();
});

const parse = (text: string): ParsedDecimal | undefined => {
  const bytes = Buffer.from(text);
  const out: ParsedDecimal = { value: Number.NaN, canonical: false };
  return parsePlainDecimal(bytes, 0, bytes.length, out) ? out : undefined;
};

describe('parsePlainDecimal', () => {
  it('reads plain decimals exactly as Number() does, and says when the text is String(value)', () => {
    const cases = [
      '0',
      '7',
      '-7',
      '1500',
      '2.5',
      '0.5',
      '-0.25',
      '603700.00000000',
      '1.',
      '007',
      '0.0',
      '-0',
      '123456789012345',
      '0.000001',
      '0.1234567',
      '99999.99',
    ];
    for (const text of cases) {
      const parsed = parse(text);
      expect(parsed?.value).toBe(Number(text));
      if (parsed?.canonical === true) expect(String(parsed.value)).toBe(text);
    }
    expect(parse('2.5')?.canonical).toBe(true);
    expect(parse('603700.00000000')?.canonical).toBe(false);
    expect(parse('007')?.canonical).toBe(false);
    expect(parse('-0')?.canonical).toBe(false);
    expect(Object.is(parse('-0')?.value, -0)).toBe(true);
  });

  it('leaves everything else to the text path', () => {
    for (const text of [
      '',
      ' 5',
      '5 ',
      '+5',
      '.5',
      '1e3',
      '1E3',
      'NaN',
      'inf',
      '1,5',
      '1.2.3',
      '-',
      '1234567890123456',
      '0.1234567890123456',
      '١٢',
    ]) {
      expect(parse(text)).toBeUndefined();
    }
  });

  it('agrees with Number() on 20,000 random decimals of up to 15 digits', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 20_000; n++) {
      const digits = 1 + Math.floor(random() * 15);
      let text = '';
      for (let d = 0; d < digits; d++) text += String(Math.floor(random() * 10));
      const dot = Math.floor(random() * (digits + 1));
      if (dot < digits && random() < 0.7) text = `${text.slice(0, dot) || '0'}.${text.slice(dot)}`;
      if (text.replace(/\D/g, '').length > 15) continue;
      if (random() < 0.3) text = `-${text}`;
      const parsed = parse(text);
      expect(parsed?.value).toBe(Number(text));
      if (parsed?.canonical === true) expect(String(parsed.value)).toBe(text);
    }
  });
});

describe("a category column's byte matcher", () => {
  const { matcher } = fastColumn({ name: 'place', type: 'category', categories: ['Urban', 'Suburb', 'Zürich', ' Padded', ''] });
  const match = (text: string): number => {
    const bytes = Buffer.from(text);
    return matcher?.match(bytes, 0, bytes.length) ?? Number.NaN;
  };
  it('matches exact bytes only, UTF-8 included', () => {
    expect(match('Urban')).toBe(0);
    expect(match('Suburb')).toBe(1);
    expect(match('Zürich')).toBe(2);
    expect(match('urban')).toBe(-1);
    expect(match('Urban ')).toBe(-1);
    expect(match('Urba')).toBe(-1);
  });
  it('never matches a category the text path would compare after trimming, nor an empty cell', () => {
    expect(match(' Padded')).toBe(-1);
    expect(match('')).toBe(-1);
  });
});

describe('NumberSet', () => {
  it('counts distinct values like a Set (0 and -0 are one)', () => {
    const random = seededRandom(3);
    const set = new NumberSet(1001);
    const reference = new Set<number>();
    for (let n = 0; n < 5000 && reference.size < 1000; n++) {
      const x = random() < 0.5 ? Math.floor(random() * 400) : Math.round(random() * 1e6) / 100;
      set.add(x);
      reference.add(x);
    }
    set.add(0);
    set.add(-0);
    reference.add(0);
    expect(set.size).toBe(reference.size);
  });
});

describe('scanPlainRecord', () => {
  it('finds the fields and hashes them as the quoted-record path does', () => {
    const record = emptyPlainRecord();
    const line = Buffer.from('x,1500,,Zürich,2.5\n');
    const hash: RowHash = { hi: 0, lo: 0 };
    scanPlainRecord(line, 2, line.length - 1, 44, record, hash);
    record.ascii = false;
    expect(plainFields(record)).toEqual(['1500', '', 'Zürich', '2.5']);
    const split: RowHash = { hi: 0, lo: 0 };
    hashFieldBytes(['1500', '', 'Zürich', '2.5'], ',', split);
    expect(hash).toEqual(split);
    const other: RowHash = { hi: 0, lo: 0 };
    hashRecordBytes(Buffer.from('1500,,Zürich,2.6'), 0, 17, other);
    expect(other).not.toEqual(split);
  });

  it('grows for wide records', () => {
    const record = emptyPlainRecord();
    const wide = Buffer.from(Array.from({ length: 100 }, (_, i) => String(i)).join(','));
    scanPlainRecord(wide, 0, wide.length, 44, record, { hi: 0, lo: 0 });
    expect(record.fields).toBe(100);
    expect(plainFields(record)[99]).toBe('99');
  });
});

describe('validateFile: byte fast path = text path', () => {
  const house = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));
  const NEAR_MISSES = ['1500', ' 1500', '1500 ', '+1500', '1.5e3', '1500.0', '01500', '-0', '', 'NaN', 'inf', '99999', '1500.5', 'x'];
  const CATEGORY_NEAR_MISSES = ['Urban', 'urban', ' Urban', 'Urban ', '', 'Downtown', 'Nowhere', 'Zürich'];

  function generated(rows: number, seed: number): string {
    const random = seededRandom(seed);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
    const lines = ['sqft,bedrooms,bathrooms,location,condition,year_built,price'];
    for (let i = 0; i < rows; i++) {
      const odd = random() < 0.05;
      const sqft = odd ? pick(NEAR_MISSES) : String(600 + Math.floor(random() * 4000));
      const location = odd ? pick(CATEGORY_NEAR_MISSES) : pick(['Downtown', 'Urban', 'Suburb']);
      const row = [
        sqft,
        String(1 + Math.floor(random() * 6)),
        pick(['1', '1.5', '2.0', '2.5']),
        location,
        pick(['Poor', 'Good']),
        String(1900 + Math.floor(random() * 125)),
        `${Math.floor(random() * 9e5) + 1e4}.${i % 7}0`,
      ];
      const shape = random();
      if (shape < 0.01) lines.push(row.slice(0, 6).join(','));
      else if (shape < 0.02) lines.push(`"${row[0]}",${row.slice(1).join(',')}`);
      else if (shape < 0.03 && lines.length > 1) lines.push(lines[lines.length - 1]!);
      else lines.push(row.join(','));
    }
    return `${lines.join('\n')}\n`;
  }

  const both = async (text: string, contract: DatasetContract): Promise<void> => {
    const path = join(tmp.dir, `generated-${Math.floor(Math.random() * 1e9)}.csv`);
    writeFileSync(path, text);
    const fast = await validateFile(path, contract);
    expect(fast.findings.length).toBeGreaterThan(0);
    expect(fast).toEqual(await validateFile(path, contract, { slowPath: true }));
  };

  it('on 20,000 rows full of near-miss values, quoted records, short rows and repeats', async () => {
    await both(generated(20_000, 11), house);
  });

  it('a quoted field holding the delimiter is not a duplicate of the plain record with the same bytes', async () => {
    const path = join(tmp.dir, 'same-bytes.csv');
    const contract: DatasetContract = {
      ...house,
      min_rows: 2,
      columns: [...house.columns, { name: 'note', type: 'string', nullable: true }],
    };
    const header = 'sqft,bedrooms,bathrooms,location,condition,year_built,price,note';
    writeFileSync(
      path,
      `${header},extra\n1500,3,2,Urban,Good,1990,450000,"a,b"\n1500,3,2,Urban,Good,1990,450000,a,b\n1500,3,2,Urban,Good,1990,450000,a,b\n`,
    );
    const result = await validateFile(path, contract);
    expect(result.findings.find((f) => f.id === 'duplicate-rows')).toMatchObject({
      count: 1,
      examples: [{ line: 4, value: 'same as line 3' }],
    });
  });

  it('with a primary key, and with a numeric column past 1,000 distinct values', async () => {
    await both(generated(3_000, 12), { ...house, primary_key: ['sqft', 'year_built'] });
  });
});
