// The shared drift vectors (schemas/vectors/drift/*.json, made by make_vectors.py with scipy):
// the TypeScript drift code must reproduce every expected figure from the same inputs. The
// inference server's live summary (Python) reads the same files.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { categoryDrift, countInBins, numericDrift } from '../src/index.js';

const folder = fileURLToPath(new URL('../../../schemas/vectors/drift/', import.meta.url));
const files = readdirSync(folder).filter((f) => f.endsWith('.json'));

interface Expected {
  live_counts: number[] | Record<string, number>;
  psi: number;
  test: string;
  statistic: number;
  p_value: number;
  new_categories?: Record<string, number>;
}

interface Vector {
  kind: 'numeric' | 'category';
  reference: { histogram?: { edges: number[]; counts: number[] }; sample?: number[]; categories?: Record<string, number> };
  live: (number | string)[] | Record<string, number>;
  expected: Expected;
}

interface VectorFile {
  cases?: (Vector & { name: string })[];
}

/** Every case: a file is one vector, or holds several under `cases` (the server's live-summary set). */
const cases: [string, Vector][] = files.flatMap((file) => {
  const parsed = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Vector & VectorFile;
  return parsed.cases ? parsed.cases.map((c): [string, Vector] => [`${file}: ${c.name}`, c]) : [[file, parsed]];
});

/** Relative agreement, or absolute near zero (p-values of 1e-60 agree in their leading digits). */
function close(actual: number, expected: number, digits = 9): void {
  if (Math.abs(expected) < 1e-300) expect(Math.abs(actual)).toBeLessThan(1e-300);
  else expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(10 ** -digits);
}

describe('shared drift vectors', () => {
  it('has the numeric and category cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  it.each(cases)('%s', (file, v) => {
    if (v.kind === 'numeric') {
      const { histogram, sample } = v.reference;
      if (!histogram || !sample) throw new Error(`${file}: numeric vector without histogram and sample`);
      const live = (v.live as number[]).slice().sort((a, b) => a - b);
      const counts = countInBins(histogram.edges, live);
      expect(counts).toEqual(v.expected.live_counts);
      const drift = numericDrift({ counts: histogram.counts, sample }, counts, live);
      expect(drift.test).toBe('KS');
      close(drift.psi, v.expected.psi);
      close(drift.statistic, v.expected.statistic);
      // The asymptotic p-value is a series; 6 significant digits down to 1e-60.
      close(drift.p_value, v.expected.p_value, 6);
    } else {
      // Live values one by one, or (the live-summary set) already counted by category.
      let live: Record<string, number> = {};
      if (Array.isArray(v.live)) {
        for (const value of v.live as string[]) live[value] = (live[value] ?? 0) + 1;
        expect(live).toEqual(v.expected.live_counts);
      } else live = v.live;
      const drift = categoryDrift(v.reference.categories ?? {}, live);
      expect(drift.test).toBe('chi-square');
      close(drift.psi, v.expected.psi);
      close(drift.statistic, v.expected.statistic);
      close(drift.p_value, v.expected.p_value, 6);
      expect(drift.new_categories).toEqual(v.expected.new_categories);
    }
  });
});
