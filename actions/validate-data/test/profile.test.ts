// The profile as a drift reference: bounded whatever the row count (a 60,000-row file against
// the 50,000-row sample), seeded (the same file, the same profile), deciles as bin edges.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { countInBins, countSortedInBins, decileHistogram, loadDatasetContract } from '@slipway/shared';
import { RowReservoir, seededRandom } from '@slipway/shared/sample';
import { validateFile, type ValidationResult } from '../src/validate.js';
import { repoRoot, venvPython } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('profile');
afterAll(() => {
  tmp.cleanup();
});

const house = loadDatasetContract(join(repoRoot, 'data', 'house-prices', 'contract.yaml'));
const big = join(tmp.dir, 'big.csv');
let first: ValidationResult;
beforeAll(async () => {
  execFileSync(venvPython, [join(repoRoot, 'data', 'house-prices', 'generate.py'), '--out', big, '--rows', '60000', '--seed', '5']);
  first = await validateFile(big, house);
});

describe('a file larger than the row sample', () => {
  it('counts every row but histograms the 50,000 sampled ones and keeps 5,000 values per column', () => {
    const sqft = first.profile.find((p) => p.name === 'sqft');
    expect(first.rows).toBe(60000);
    expect(sqft?.count).toBe(60000);
    expect(sqft?.histogram?.counts.reduce((a, b) => a + b, 0)).toBe(50000);
    expect(sqft?.histogram?.edges).toHaveLength(11);
    expect(sqft?.sample).toHaveLength(5000);
    expect(sqft?.sample).toEqual([...(sqft?.sample ?? [])].sort((a, b) => a - b));
    expect(sqft?.histogram?.edges[0]).toBe(sqft?.min);
    expect(sqft?.histogram?.edges.at(-1)).toBe(sqft?.max);
    const location = first.profile.find((p) => p.name === 'location');
    expect(Object.values(location?.categories ?? {}).reduce((a, b) => a + b, 0)).toBe(60000);
    expect(location?.sample).toBeNull();
  });

  it('is reproducible: the same file gives the same profile', async () => {
    const second = await validateFile(big, house);
    expect(second.profile).toEqual(first.profile);
  });

  it('deciles split the sampled values into ten near-equal bins', () => {
    const counts = first.profile.find((p) => p.name === 'price')?.histogram?.counts ?? [];
    expect(counts).toHaveLength(10);
    // Prices repeat (rounded), so a bin edge may hold a few more than a tenth.
    for (const c of counts) expect(Math.abs(c - 5000)).toBeLessThanOrEqual(100);
  });
});

describe('pieces', () => {
  it('counting sorted values per bin in one walk equals a search per value', () => {
    const random = seededRandom(5);
    const edges = [1, 2, 2.5, 4, 10];
    // Below the first edge, on edges, between them, past the last: the end bins are open.
    const values = Float64Array.from([
      ...Array.from({ length: 2_000 }, () => Math.round(random() * 240 - 20) / 20),
      1,
      2,
      2.5,
      4,
      10,
    ]).sort();
    expect(countSortedInBins(edges, values)).toEqual(countInBins(edges, values));
    expect(countSortedInBins([3, 3], Float64Array.from([1, 3, 5]))).toEqual([3]);
  });

  it('the reservoir keeps every row up to its capacity, then a uniform share of later rows', () => {
    const reservoir = new RowReservoir(100, 1);
    let kept = 0;
    for (let i = 0; i < 10000; i++) {
      const slot = reservoir.offer(i * 37);
      if (slot >= 0) {
        reservoir.set(slot, 0, i);
        kept += 1;
      }
    }
    expect(reservoir.rows).toBe(100);
    expect(reservoir.offered).toBe(10000);
    // Row i enters while its priority is below the bound, about k/i of the range once the buffer
    // of 2k has been trimmed: k·(1 + ln(n/k)) rows (100·(1 + ln 100) ≈ 561) plus at most k more
    // between trims, never all 10,000.
    expect(kept).toBeGreaterThan(400);
    expect(kept).toBeLessThan(900);
    const late = reservoir.numbers(0).filter((v) => v >= 5000).length;
    expect(late).toBeGreaterThan(30);
    expect(late).toBeLessThan(70);
  });

  it('a histogram of a constant or few-valued column merges equal edges', () => {
    expect(decileHistogram(Float64Array.from([3, 3, 3]), 3, 3)).toEqual({ edges: [3, 3], counts: [3] });
    expect(decileHistogram(Float64Array.from([1, 1, 1, 1, 2, 2]), 1, 2)).toEqual({ edges: [1, 1.5, 2], counts: [4, 2] });
  });
});
