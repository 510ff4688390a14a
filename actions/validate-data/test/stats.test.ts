// The statistics behind leakage and drift (the distribution tests are @slipway/shared's, which
// drift.ts uses), checked against scipy/numpy in ml/.venv on the same seeded inputs (computed by a
// Python process in this test, not copied numbers).
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chiSquareHomogeneity, chiSquareSf, ksTwoSample, kolmogorovSf, psi, quantile } from '@slipway/shared';
import { seededRandom } from '@slipway/shared/sample';
import { codedCorrelationRatio, pearson, rankCodes, ranks, sortedRankCodes } from '../src/statistics/stats.js';
import { venvPython } from '../../test-support/paths.js';

const SCIPY = `
import json, sys
import numpy as np
from scipy import stats
q = json.load(sys.stdin)
x, y, a, b = (np.array(q[k]) for k in ("x", "y", "a", "b"))
ks = stats.ks_2samp(a, b, method="asymp")
en = len(a) * len(b) / (len(a) + len(b))
table = np.array([q["ref_counts"], q["cur_counts"]])
chi = stats.chi2_contingency(table, correction=False)
groups = np.array(q["groups"])
ss_tot = ((y - y.mean()) ** 2).sum()
ss_within = sum(((y[groups == g] - y[groups == g].mean()) ** 2).sum() for g in np.unique(groups))
k = len(np.unique(groups))
print(json.dumps({
    "pearson": stats.pearsonr(x, y)[0],
    "spearman": stats.spearmanr(x, y)[0],
    "ks_d": ks.statistic,
    "kstwobign": stats.kstwobign.sf(np.sqrt(en) * ks.statistic),
    "kstwobign_small": [stats.kstwobign.sf(v) for v in q["lambdas"]],
    "chi2": chi.statistic,
    "chi2_p": chi.pvalue,
    "chi2_sf": [stats.chi2.sf(v, d) for v, d in q["chi2_points"]],
    "eta_adj": 1 - (ss_within / (len(y) - k)) / (ss_tot / (len(y) - 1)),
    "quantiles": [float(np.quantile(x, p)) for p in (0.1, 0.5, 0.9)],
}))
`;

const random = seededRandom(7);
const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const x = Array.from({ length: 500 }, () => Math.round(normal() * 100) / 10);
const y = x.map((v) => v * 2 + normal() * 3);
const a = Array.from({ length: 800 }, () => Math.round(normal() * 20) / 10).sort((p, q) => p - q);
const b = Array.from({ length: 600 }, () => Math.round((normal() + 0.15) * 20) / 10).sort((p, q) => p - q);
const refCounts = [120, 340, 95, 0, 45];
const curCounts = [150, 290, 110, 12, 40];
const groups = x.map((v) => Math.floor(v / 5));
const lambdas = [0.3, 0.6, 0.99, 1.0, 1.5, 2.5];
const chi2Points: [number, number][] = [
  [0.5, 1],
  [3.2, 2],
  [11.07, 5],
  [40, 10],
  [250, 200],
];

interface ScipyFigures {
  pearson: number;
  spearman: number;
  ks_d: number;
  kstwobign: number;
  kstwobign_small: number[];
  chi2: number;
  chi2_p: number;
  chi2_sf: number[];
  eta_adj: number;
  quantiles: number[];
}

const scipy = JSON.parse(
  execFileSync(venvPython, ['-c', SCIPY], {
    input: JSON.stringify({ x, y, a, b, ref_counts: refCounts, cur_counts: curCounts, groups, lambdas, chi2_points: chi2Points }),
  }).toString(),
) as ScipyFigures;

describe('agrees with scipy', () => {
  it('Pearson and Spearman (ties averaged)', () => {
    expect(pearson(x, y)).toBeCloseTo(scipy.pearson, 12);
    // The leakage check's rank correlation: Pearson on the ranks (Spearman's rho).
    expect(pearson(ranks(x), ranks(y))).toBeCloseTo(scipy.spearman, 12);
  });

  it('adjusted correlation ratio', () => {
    // Groups coded in order of first appearance, with one code no value has (not a group).
    const codeOf = new Map<number, number>();
    const codes = Int32Array.from(groups, (g) => {
      if (!codeOf.has(g)) codeOf.set(g, codeOf.size);
      return codeOf.get(g) ?? -1;
    });
    expect(codedCorrelationRatio(codes, codeOf.size + 1, y)).toBeCloseTo(scipy.eta_adj, 12);
  });

  it('quantiles (numpy linear interpolation)', () => {
    const sorted = [...x].sort((p, q) => p - q);
    expect([0.1, 0.5, 0.9].map((p) => quantile(sorted, p))).toEqual(scipy.quantiles.map((v) => expect.closeTo(v, 12)));
  });

  it('two-sample KS statistic with ties, and its asymptotic p-value (kstwobign)', () => {
    const ks = ksTwoSample(a, b);
    expect(ks.statistic).toBeCloseTo(scipy.ks_d, 14);
    expect(ks.pValue).toBeCloseTo(scipy.kstwobign, 10);
    expect(ks.pValue).toBeLessThan(0.05);
    expect(lambdas.map(kolmogorovSf)).toEqual(scipy.kstwobign_small.map((v) => expect.closeTo(v, 10)));
  });

  it('chi-square homogeneity on a 2 × k table and the chi-square tail', () => {
    const chi = chiSquareHomogeneity(refCounts, curCounts);
    expect(chi.statistic).toBeCloseTo(scipy.chi2, 10);
    expect(chi.pValue).toBeCloseTo(scipy.chi2_p, 12);
    expect(chi.dof).toBe(4);
    expect(chi2Points.map(([v, d]) => chiSquareSf(v, d))).toEqual(scipy.chi2_sf.map((v) => expect.closeTo(v, 10)));
  });
});

describe('sorted rank codes', () => {
  const random = seededRandom(11);
  const columns: Record<string, Float64Array> = {
    'few distinct values (counted in a map)': Float64Array.from(
      { length: 5_000 },
      () => [2.5, 1, -3.25, 4, 1.5][Math.floor(random() * 5)] ?? 0,
    ),
    'integers over a small range (counted in an array)': Float64Array.from({ length: 5_000 }, () => Math.floor(random() * 9_600) - 400),
    'spread-out values (sorted)': Float64Array.from({ length: 5_000 }, () => (random() - 0.5) * 1e9),
    'integers over a wide range (sorted)': Float64Array.from({ length: 5_000 }, () => Math.floor(random() * 2 ** 40)),
  };
  it.each(Object.entries(columns))('%s: equal to a sort and a binary search per value', (_name, values) => {
    const sorted = Float64Array.from(values).sort();
    const counted = sortedRankCodes(values);
    expect(Array.from(counted.sorted)).toEqual(Array.from(sorted));
    const searched = rankCodes(values, sorted);
    expect(Array.from(counted.codes)).toEqual(Array.from(searched.codes));
    expect(Array.from(counted.distinct)).toEqual(Array.from(searched.distinct));
    expect(Array.from(counted.averageRank)).toEqual(Array.from(searched.averageRank));
  });
});

describe('PSI', () => {
  it('is 0 for equal proportions and uses the stated epsilon for an empty bin', () => {
    expect(psi([10, 20, 30], [20, 40, 60])).toBe(0);
    // One empty reference bin: proportion 1e-4 instead of 0.
    const expected = (0.5 - 0.5) * Math.log(1) + (0.25 - 0.5) * Math.log(0.25 / 0.5) + (0.25 - 1e-4) * Math.log(0.25 / 1e-4);
    expect(psi([50, 50, 0], [50, 25, 25])).toBeCloseTo(expected, 12);
  });
});
