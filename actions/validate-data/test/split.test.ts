// A big file read in two parts (split.ts) must give what one pass gives: the mergeable pieces
// (row sample, column accumulator, duplicate finder, tallies) each, and whole validations with
// the second part read in this thread — errors in both parts with the file's line numbers,
// duplicates across the parts, spilled duplicate logs, and a split point inside a quoted field.
// The worker thread itself is exercised through the bundled action (action.integration.test.ts).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetContract, type ContractColumn, type DatasetContract } from '@slipway/shared';
import { ColumnAccumulator } from '../src/statistics/profile.js';
import { lowest, rowPriority, RowReservoir, seededRandom } from '@slipway/shared/sample';
import { READ_CHUNK } from '../src/reading/csv-reader.js';
import { inThreadPartRunner, SplitClaim, type PartHandle, type PartJob } from '../src/parallel/split.js';
import { validateFile, type ValidateOptions, type ValidationResult } from '../src/validate.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('split');
afterAll(() => {
  tmp.cleanup();
});

describe('the claim where the parts meet', () => {
  it('the part starts at or after what the first reader claimed, which then stops there', () => {
    const main = new SplitClaim();
    const part = new SplitClaim(main.buffer);
    expect(main.claimTo(1_000)).toBeUndefined();
    expect(part.claimPart((claimed) => claimed + 500)).toBe(1_500);
    // Every later claim of the first reader is told where to stop.
    expect(main.claimTo(2_000)).toBe(1_500);
    expect(main.claimTo(3_000)).toBe(1_500);
    expect(() => part.claimPart(() => 2_500)).toThrow('the second part of the file was claimed twice');
  });

  it('a claim the first reader makes while the part chooses is seen: the part chooses again', () => {
    const main = new SplitClaim();
    const part = new SplitClaim(main.buffer);
    main.claimTo(1_000);
    const seen: number[] = [];
    const start = part.claimPart((claimed) => {
      seen.push(claimed);
      // The first reader claims another chunk between the part's look and its swap.
      if (seen.length === 1) main.claimTo(4_000);
      return claimed + 100;
    });
    expect(seen).toEqual([1_000, 4_000]);
    expect(start).toBe(4_100);
    expect(main.claimTo(5_000)).toBe(4_100);
  });

  it('nothing is claimed when too little is left', async () => {
    const path = join(tmp.dir, 'claim.csv');
    writeFileSync(path, 'a,b\n' + '1,2\n'.repeat(1_000));
    const main = new SplitClaim();
    main.claimTo(2_000);
    expect(await partFrom(path, main, 3_000)).toBeNull();
    expect(main.claimTo(4_004)).toBeUndefined();
    // Enough left: the part starts just past a line end, halfway through what is left and half
    // the worker's warm-up on (here an eighth of what is left: 2,000 + (2,004 + 250) / 2 = 3,127).
    const again = new SplitClaim();
    again.claimTo(2_000);
    expect(await partFrom(path, again, 1_000)).toBe(3_128);
    expect(again.claimTo(4_004)).toBe(3_128);
  });
});

/**
 * Where a part (read on this thread) claims a file from, the first reader having claimed what
 * main says; null when it leaves the rest to the first reader.
 */
async function partFrom(path: string, main: SplitClaim, minPartBytes = 0, contract?: DatasetContract): Promise<number | null> {
  const fields = (readFileSync(path, 'utf8').split('\n', 1)[0] ?? '').split(',');
  const columns = fields.map((name) => ({ name, type: 'string' as const, nullable: true }));
  const state = await inThreadPartRunner({
    file: path,
    contract: contract ?? { ...loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml')), columns },
    header: { fields, line: 1 },
    duplicates: { tempDir: tmp.dir },
    claim: main.buffer,
    minPartBytes,
  }).result;
  return state?.start ?? null;
}

describe('the row sample', () => {
  it('holds exactly the k rows with the lowest (priority, ref), in file order', () => {
    const reservoir = new RowReservoir(500, 7);
    const refs = Array.from({ length: 30_000 }, (_, i) => i * 29 + 11);
    for (const ref of refs) {
      const slot = reservoir.offer(ref);
      if (slot >= 0) reservoir.setNumber(slot, 0, ref);
    }
    const expected = refs
      .map((ref) => ({ ref, priority: rowPriority(ref, 7) }))
      .sort((a, b) => a.priority - b.priority || a.ref - b.ref)
      .slice(0, 500)
      .map((r) => r.ref)
      .sort((a, b) => a - b);
    expect(Array.from(reservoir.numbers(0))).toEqual(expected);
    expect(() => reservoir.offer(11)).toThrow('sample: row ref 11 is not after the last one; rows must be offered in file order');
  });

  it('texts as ids: a table outgrowing the rows is rebuilt, and two parts still merge into the whole', () => {
    const whole = new RowReservoir(50, 3);
    const first = new RowReservoir(50, 3);
    const second = new RowReservoir(50, 3);
    const refs = Array.from({ length: 20_000 }, (_, i) => i * 13 + 1);
    refs.forEach((ref, i) => {
      // Every text distinct (the table would grow with every row let in), some rows without one.
      const text = i % 7 === 0 ? null : `note ${i}`;
      for (const reservoir of [whole, i < 12_000 ? first : second]) {
        const slot = reservoir.offer(ref);
        if (slot >= 0) reservoir.set(slot, 0, text);
      }
    });
    const expected = refs
      .map((ref, i) => ({ ref, i, priority: rowPriority(ref, 3) }))
      .sort((a, b) => a.priority - b.priority || a.ref - b.ref)
      .slice(0, 50)
      .sort((a, b) => a.ref - b.ref)
      .map(({ i }) => (i % 7 === 0 ? null : `note ${i}`));
    expect(whole.texts(0)).toEqual(expected);
    expect(whole.textIds(0).texts.length).toBeLessThanOrEqual(100);
    first.absorb(second.state());
    expect(first.texts(0)).toEqual(expected);
  });

  it('a trim keeps the first rows among those tied with the k-th priority', () => {
    const priorities = Uint32Array.from([9, 4, 7, 4, 2 ** 32 - 1, 7, 0, 7, 7]);
    expect(lowest(priorities, priorities.length, 5)).toEqual({ keep: Int32Array.from([1, 2, 3, 5, 6]), kth: 7 });
    expect(lowest(priorities, priorities.length, 9)).toEqual({ keep: Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8]), kth: 2 ** 32 - 1 });
    expect(lowest(priorities, 4, 1)).toEqual({ keep: Int32Array.from([1]), kth: 4 });
  });

  it('two parts absorbed give exactly the sample of the whole, in file order', () => {
    const whole = new RowReservoir(500, 7);
    const first = new RowReservoir(500, 7);
    const second = new RowReservoir(500, 7);
    for (let i = 0; i < 20_000; i++) {
      const ref = i * 41 + 3;
      const part = i < 9_000 ? first : second;
      for (const reservoir of [whole, part]) {
        const slot = reservoir.offer(ref);
        if (slot < 0) continue;
        reservoir.setNumber(slot, 0, i);
        reservoir.set(slot, 1, i % 3 === 0 ? `t${i}` : null);
      }
    }
    first.absorb(second.state());
    expect(first.offered).toBe(20_000);
    expect(first.rows).toBe(500);
    expect(Array.from(first.numbers(0))).toEqual(Array.from(whole.numbers(0)));
    expect(first.texts(1)).toEqual(whole.texts(1));
    // File order, and a fair share of both parts.
    const kept = Array.from(whole.numbers(0));
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    const early = kept.filter((i) => i < 9_000).length;
    expect(early).toBeGreaterThan(180);
    expect(early).toBeLessThan(270);
  });
});

describe('the column accumulator', () => {
  const location: ContractColumn = { name: 'location', type: 'category', categories: ['Urban', 'Rural', 'Coast'] };
  const price: ContractColumn = { name: 'price', type: 'number' };

  it('absorbing the second part gives one pass: counts, first-seen order, distinct values, moments', () => {
    const random = seededRandom(3);
    const texts = Array.from({ length: 4_000 }, () => ['Rural', 'Urban', 'Coast', 'urban', 'Coast '][Math.floor(random() * 5)] ?? '');
    const numbers = Array.from({ length: 4_000 }, () => Math.round(random() * 1e6) / 100);
    const one = { location: new ColumnAccumulator(location), price: new ColumnAccumulator(price) };
    const parts = [0, 1].map(() => ({ location: new ColumnAccumulator(location), price: new ColumnAccumulator(price) }));
    texts.forEach((text, i) => {
      const known = location.categories?.indexOf(text) ?? -1;
      for (const acc of [one, parts[i < 1_500 ? 0 : 1]]) {
        if (acc === undefined) continue;
        if (known >= 0 && i % 2 === 0) acc.location.addCategory(known);
        else acc.location.add(text);
        acc.price.add(String(numbers[i]), numbers[i]);
      }
    });
    const [head, tail] = parts;
    if (head === undefined || tail === undefined) throw new Error('two parts');
    head.location.absorb(tail.location.state());
    head.price.absorb(tail.price.state());
    const merged = head.location.profile();
    expect(merged).toEqual(one.location.profile());
    expect(Object.keys(merged.categories ?? {})).toEqual(Object.keys(one.location.profile().categories ?? {}));
    const p = head.price.profile();
    const q = one.price.profile();
    expect({ ...p, mean: 0, std: 0 }).toEqual({ ...q, mean: 0, std: 0 });
    expect(p.mean).toBeCloseTo(q.mean ?? Number.NaN, 9);
    expect(p.std).toBeCloseTo(q.std ?? Number.NaN, 9);
  });

  it('past 1,000 distinct values the merged column stops counting them, as one pass does', () => {
    const one = new ColumnAccumulator(price);
    const head = new ColumnAccumulator(price);
    const tail = new ColumnAccumulator(price);
    for (let i = 0; i < 1_600; i++) {
      one.add(String(i * 1.5), i * 1.5);
      (i < 800 ? head : tail).add(String(i * 1.5), i * 1.5);
    }
    head.absorb(tail.state());
    expect(head.distinct()).toBe(1_001);
    expect(head.distinct()).toBe(one.distinct());
  });
});

describe('validateFile in two parts', () => {
  const house = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));
  const HEADER = 'sqft,bedrooms,bathrooms,location,condition,year_built,price';

  function rows(count: number, seed: number, odd: (i: number) => string | undefined = () => undefined): string[] {
    const random = seededRandom(seed);
    return Array.from({ length: count }, (_, i) => {
      const planted = odd(i);
      if (planted !== undefined) return planted;
      const sqft = 600 + Math.floor(random() * 4000);
      const location = ['Downtown', 'Urban', 'Suburb', 'Rural'][Math.floor(random() * 4)] ?? '';
      const price = Math.round(sqft * (150 + random() * 150));
      return `${sqft},${1 + Math.floor(random() * 5)},${1 + Math.floor(random() * 3)},${location},Good,${1950 + Math.floor(random() * 70)},${price}.${i}`;
    });
  }

  /**
   * Reads the second part on this thread (jest runs TypeScript; the worker needs the bundle),
   * noting the parts started (and where each claimed the file from) and cancelled, and the
   * duplicate searches asked of the part.
   */
  const inThread =
    (started: PartJob[], cancelled: PartJob[], searched: number[] = [], starts: number[] = []) =>
    (job: PartJob): PartHandle => {
      started.push(job);
      const part = inThreadPartRunner(job);
      return {
        ...part,
        result: part.result.then((state) => {
          if (state !== null) starts.push(state.start);
          return state;
        }),
        search: (segments) => {
          searched.push(segments.reduce((n, s) => n + s.log.length, 0));
          return part.search(segments);
        },
        cancel: () => {
          cancelled.push(job);
        },
      };
    };

  async function bothWays(
    text: string,
    contract: DatasetContract = house,
    options: ValidateOptions = {},
  ): Promise<{ split: ValidationResult; started: PartJob[]; cancelled: PartJob[]; searched: number[]; starts: number[] }> {
    const path = join(tmp.dir, `parts-${Math.floor(Math.random() * 1e9)}.csv`);
    writeFileSync(path, text);
    const started: PartJob[] = [];
    const cancelled: PartJob[] = [];
    const searched: number[] = [];
    const starts: number[] = [];
    const split = await validateFile(path, contract, {
      ...options,
      split: { minBytes: 1, runPart: inThread(started, cancelled, searched, starts) },
    });
    const whole = await validateFile(path, contract, { ...options, split: { minBytes: Infinity } });
    const moments = (r: ValidationResult) => r.profile.map((p) => [p.mean, p.std]);
    const withoutMoments = (r: ValidationResult) => ({ ...r, profile: r.profile.map((p) => ({ ...p, mean: 0, std: 0 })) });
    expect(withoutMoments(split)).toEqual(withoutMoments(whole));
    moments(split).forEach(([mean, std], i) => {
      const [wholeMean, wholeStd] = moments(whole)[i] ?? [];
      if (mean === null || std === null) expect([mean, std]).toEqual([wholeMean, wholeStd]);
      else {
        expect(mean).toBeCloseTo(wholeMean ?? Number.NaN, 6);
        expect(std).toBeCloseTo(wholeStd ?? Number.NaN, 6);
      }
    });
    return { split, started, cancelled, searched, starts };
  }

  it('errors in both parts keep the file line numbers; a row of the second part repeating one of the first is found', async () => {
    const body = rows(60_000, 5, (i) => {
      if (i === 10 || i === 45_000) return `99999,3,2,Urban,Good,1990,450000.${i}`;
      if (i === 40_000) return '1500,3,2,Atlantis,Good,1990,450000';
      if (i === 50_000) return '1500,3,2,Urban,Good,1990';
      return undefined;
    });
    body[55_000] = body[100] ?? '';
    const text = `${HEADER}\n${body.join('\n')}\n`;
    const { split, started, searched, starts } = await bothWays(text);
    expect(started).toHaveLength(1);
    // The part starts on a line, halfway through what the first reader had not claimed (one chunk).
    const start = starts[0] ?? 0;
    expect(start).toBeGreaterThan(READ_CHUNK + (text.length - READ_CHUNK) / 2);
    expect(text[start - 1]).toBe('\n');
    // Both parts' duplicate logs were in memory: one search where the part was read, over every
    // row but the one with a wrong field count.
    expect(searched).toEqual([59_999]);
    expect(split.rows).toBe(60_000);
    const byId = Object.fromEntries(split.findings.map((f) => [f.id, f]));
    expect(byId.range?.examples.map((e) => e.line)).toEqual([12, 45_002]);
    expect(byId.category?.examples).toEqual([{ line: 40_002, value: 'Atlantis' }]);
    expect(byId['field-count']?.examples).toEqual([{ line: 50_002, value: '6 fields' }]);
    expect(byId['duplicate-rows']?.examples).toEqual([{ line: 55_002, value: 'same as line 102' }]);
  });

  it('with duplicate logs spilled to disk in both parts, and a primary key', async () => {
    const body = rows(30_000, 6);
    body[20_000] = body[3] ?? '';
    body[29_000] = body[25_000] ?? '';
    const { split, started, searched } = await bothWays(
      `${HEADER}\n${body.join('\n')}\n`,
      { ...house, primary_key: ['price'] },
      {
        duplicates: { budgetBytes: 64 * 1024, tempDir: tmp.dir },
      },
    );
    expect(started).toHaveLength(1);
    // Spilled logs are read from their partition files here, not searched where the part was read.
    expect(searched).toEqual([]);
    expect(split.findings.find((f) => f.id === 'duplicate-rows')?.examples.map((e) => e.value)).toEqual([
      'same as line 5',
      'same as line 25002',
    ]);
    expect(split.findings.find((f) => f.id === 'duplicate-keys')?.count).toBe(2);
  });

  it('two parts in memory but over the budget together go to disk, not to one search', async () => {
    // About 3.2 MB for the first part (a chunk, then half the rest) and 2.2 MB for the second:
    // each part's log fits a budget of 80,000 rows, both together (120,000 rows) do not.
    const body = rows(120_000, 8);
    body[100_000] = body[3] ?? '';
    const { split, searched, starts } = await bothWays(`${HEADER}\n${body.join('\n')}\n`, house, {
      duplicates: { budgetBytes: 80_000 * 32, tempDir: tmp.dir },
    });
    expect(starts).toHaveLength(1);
    expect(searched).toEqual([]);
    expect(split.findings.find((f) => f.id === 'duplicate-rows')?.examples).toEqual([{ line: 100_002, value: 'same as line 5' }]);
  });

  it('one row repeated, spilled in both parts: every repeat counted, the first ones named', async () => {
    // Each part's partitions hold one hash: streamed against the first row, not split 15 times.
    const row = '1500,3,2,Urban,Good,1990,450000';
    const text = `${HEADER}\n${`${row}\n`.repeat(60_000)}`;
    const { split, searched } = await bothWays(text, house, { duplicates: { budgetBytes: 64 * 1024, tempDir: tmp.dir } });
    expect(searched).toEqual([]);
    const found = split.findings.find((f) => f.id === 'duplicate-rows');
    expect(found?.count).toBe(59_999);
    expect(found?.examples.slice(0, 2)).toEqual([
      { line: 3, value: 'same as line 2' },
      { line: 4, value: 'same as line 2' },
    ]);
    expect(readdirSync(tmp.dir).filter((name) => name.startsWith('slipway-duplicates-'))).toEqual([]);
  });

  it('a split point inside a quoted field leaves the file to one reader', async () => {
    const contract: DatasetContract = { ...house, columns: [...house.columns, { name: 'note', type: 'string', nullable: true }] };
    const body = rows(12_000, 7).map((row) => `${row},`);
    const path = join(tmp.dir, 'probe.csv');
    // Long, but within the record limit (1 MiB, README's Limits).
    const note = `"${'a long note\n'.repeat(80_000)}"`;
    const text = `${HEADER},note\n${body.slice(0, 10_000).join('\n')}\n1500,3,2,Urban,Good,1990,450000.5,${note}\n${body.slice(10_000).join('\n')}\n`;
    writeFileSync(path, text);
    // The note spans the point where the file would be split.
    // The first reader has claimed one chunk when the part (on this thread) claims the rest.
    const main = new SplitClaim();
    main.claimTo(READ_CHUNK);
    const at = (await partFrom(path, main, 0, contract)) ?? 0;
    const noteStart = text.indexOf(note);
    expect(at).toBeGreaterThan(noteStart);
    expect(at).toBeLessThan(noteStart + note.length);
    const { split, started, cancelled } = await bothWays(text, contract);
    expect(started).toHaveLength(1);
    expect(cancelled).toHaveLength(1);
    expect(split.rows).toBe(12_001);
    expect(split.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a quoted field left open at the end of the second part is named by its line in the file', async () => {
    const body = rows(30_000, 10);
    const { split, started } = await bothWays(`${HEADER}\n${body.join('\n')}\n1500,3,2,Urban,Good,1990,"450000\n`);
    expect(started).toHaveLength(1);
    expect(split.findings.find((f) => f.id === 'unclosed-quote')?.message).toContain('line 30002: a quoted field is never closed');
  });

  it('a byte that is not UTF-8 in the second part is named by its offset in the file', async () => {
    const body = rows(30_000, 11);
    const text = `${HEADER}\n${body.join('\n')}\n`;
    const bad = Buffer.from(text);
    const at = bad.length - 100;
    bad[at] = 0xff;
    const path = join(tmp.dir, 'bad-utf8.csv');
    writeFileSync(path, bad);
    const started: PartJob[] = [];
    const split = await validateFile(path, house, { split: { minBytes: 1, runPart: inThread(started, []) } });
    const whole = await validateFile(path, house, { split: { minBytes: Infinity } });
    expect(started).toHaveLength(1);
    const encoding = split.findings.find((f) => f.id === 'encoding');
    expect(encoding?.message).toBe(`${path}: byte ${at} is not valid UTF-8; save the file as UTF-8`);
    expect(encoding).toEqual(whole.findings.find((f) => f.id === 'encoding'));
    expect(split.passed).toBe(false);
  });

  it('the leakage check on the merged sample names the same column with the same evidence', async () => {
    const contract: DatasetContract = { ...house, columns: [...house.columns, { name: 'price_per_sqft', type: 'number' }] };
    const body = rows(30_000, 9).map((row) => {
      const fields = row.split(',');
      return `${row},${(Number(fields[6]) / Number(fields[0])).toFixed(2)}`;
    });
    const { split, started } = await bothWays(`${HEADER},price_per_sqft\n${body.join('\n')}\n`, contract);
    expect(started).toHaveLength(1);
    const leak = split.findings.find((f) => f.id === 'leakage');
    expect(leak?.column).toBe('price_per_sqft');
    expect(leak?.message).toContain('column "price_per_sqft" leaks the target');
  });

  it('a file below the size threshold is read in one part', async () => {
    const path = join(tmp.dir, 'small.csv');
    writeFileSync(path, `${HEADER}\n${rows(100, 8).join('\n')}\n`);
    const started: PartJob[] = [];
    await validateFile(path, house, { split: { runPart: inThread(started, []) } });
    expect(started).toHaveLength(0);
  });
});
